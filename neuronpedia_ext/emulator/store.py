"""The emulator's SQLite store: a small document store (one table, JSON rows) behind one lock.

Every object is a row of ``docs(kind, key, ref, owner, data)``: ``kind`` names the upstream table
(``model``, ``neuron``, ``activation``, ...), ``key`` is its identity, ``ref`` the parent it belongs to
(for example the feature an activation belongs to) and ``owner`` the creating user. ``data`` is the JSON
row exactly as the API returns it. Rows come back in insertion order.

A file database is shared safely: several processes may serve the same file (WAL journal, a busy
timeout, upserts instead of read-then-write), and the seed is loaded once per file (:meth:`Store.seed_once`,
recorded in the ``meta`` table), so a restart or a second process never wipes what is stored.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    ref TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL,
    UNIQUE (kind, key)
);
CREATE INDEX IF NOT EXISTS docs_ref ON docs (kind, ref);
CREATE INDEX IF NOT EXISTS docs_owner ON docs (kind, owner);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class Store:
    """Thread-safe: one connection, one lock."""

    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30.0)
        if path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.executescript(_SCHEMA)

    @property
    def lock(self) -> threading.RLock:
        return self._lock

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group many writes into one SQLite transaction (much faster on a file database).

        ``BEGIN IMMEDIATE`` takes the file's write lock at once, so two processes never deadlock
        upgrading a read lock. Nested calls join the outer transaction.
        """
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._depth = 0
                self._conn.execute("ROLLBACK")
                raise
            self._depth = 0
            self._conn.execute("COMMIT")

    def seed_once(self, load: Callable[[], None], force: bool = False) -> bool:
        """Run ``load`` (which fills the store) unless this database was seeded before; ``force`` always
        runs it. True when it ran. Atomic across processes: of two starting on a new file, one seeds."""
        with self.transaction():
            seeded = self._conn.execute("SELECT value FROM meta WHERE name = 'seeded'").fetchone()
            if seeded is not None and not force:
                return False
            load()
            self._conn.execute(
                "INSERT INTO meta (name, value) VALUES ('seeded', '1') ON CONFLICT (name) DO UPDATE SET value = '1'"
            )
            return True

    def ensure_api_keys(self, keys: Iterable[str]) -> None:
        """Accept ``keys`` on a database seeded earlier (as the owner of its first API key)."""
        keys = list(keys)
        if not keys:
            return
        with self.transaction():
            row = self._conn.execute("SELECT data FROM docs WHERE kind = 'apikey' ORDER BY seq LIMIT 1").fetchone()
            if row is None:
                return
            owner = json.loads(row[0])["userId"]
            for key in keys:
                self.insert("apikey", key, {"userId": owner})

    def clear(self) -> None:
        with self._lock:
            self._conn.execute("DELETE FROM docs")

    def put(self, kind: str, key: str, data: Any, ref: str = "", owner: str = "") -> None:
        """Insert, or replace in place (keeping the original insertion position)."""
        text = json.dumps(data)
        with self._lock:
            self._conn.execute(
                "INSERT INTO docs (kind, key, ref, owner, data) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (kind, key) DO UPDATE SET ref = excluded.ref, owner = excluded.owner, "
                "data = excluded.data",
                (kind, key, ref, owner, text),
            )

    def insert(self, kind: str, key: str, data: Any, ref: str = "", owner: str = "") -> bool:
        """Insert a new row; False when the key already exists."""
        with self._lock:
            try:
                self._conn.execute(
                    "INSERT INTO docs (kind, key, ref, owner, data) VALUES (?, ?, ?, ?, ?)",
                    (kind, key, ref, owner, json.dumps(data)),
                )
            except sqlite3.IntegrityError:
                return False
            return True

    def get(self, kind: str, key: str) -> Any:
        with self._lock:
            row = self._conn.execute("SELECT data FROM docs WHERE kind = ? AND key = ?", (kind, key)).fetchone()
        return None if row is None else json.loads(row[0])

    def get_meta(self, kind: str, key: str) -> tuple[str, str] | None:
        with self._lock:
            row = self._conn.execute("SELECT ref, owner FROM docs WHERE kind = ? AND key = ?", (kind, key)).fetchone()
        return None if row is None else (row[0], row[1])

    def delete(self, kind: str, key: str) -> bool:
        with self._lock:
            cur = self._conn.execute("DELETE FROM docs WHERE kind = ? AND key = ?", (kind, key))
        return cur.rowcount > 0

    def delete_ref(self, kind: str, ref: str) -> int:
        with self._lock:
            cur = self._conn.execute("DELETE FROM docs WHERE kind = ? AND ref = ?", (kind, ref))
        return cur.rowcount

    def find(self, kind: str, ref: str | None = None, owner: str | None = None) -> list[Any]:
        sql = "SELECT data FROM docs WHERE kind = ?"
        args: list[str] = [kind]
        if ref is not None:
            sql += " AND ref = ?"
            args.append(ref)
        if owner is not None:
            sql += " AND owner = ?"
            args.append(owner)
        sql += " ORDER BY seq"
        with self._lock:
            rows = self._conn.execute(sql, args).fetchall()
        return [json.loads(r[0]) for r in rows]

    def keys(self, kind: str, ref: str | None = None) -> list[str]:
        sql = "SELECT key FROM docs WHERE kind = ?"
        args: list[str] = [kind]
        if ref is not None:
            sql += " AND ref = ?"
            args.append(ref)
        with self._lock:
            rows = self._conn.execute(sql + " ORDER BY seq", args).fetchall()
        return [r[0] for r in rows]

    def count(self, kind: str) -> int:
        with self._lock:
            row = self._conn.execute("SELECT COUNT(*) FROM docs WHERE kind = ?", (kind,)).fetchone()
        return int(row[0])
