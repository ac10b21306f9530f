"""The emulator's SQLite store: a small document store (one table, JSON rows) behind one lock.

Every object is a row of ``docs(kind, key, ref, owner, data)``: ``kind`` names the upstream table
(``model``, ``neuron``, ``activation``, ...), ``key`` is its identity, ``ref`` the parent it belongs to
(for example the feature an activation belongs to) and ``owner`` the creating user. ``data`` is the JSON
row exactly as the API returns it. Rows come back in insertion order.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterator
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
"""


class Store:
    """Thread-safe: one connection, one lock."""

    def __init__(self, path: str = ":memory:") -> None:
        self.path = path
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.executescript(_SCHEMA)

    @property
    def lock(self) -> threading.RLock:
        return self._lock

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group many writes into one SQLite transaction (much faster on a file database)."""
        with self._lock:
            self._conn.execute("BEGIN")
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def clear(self) -> None:
        with self._lock:
            self._conn.execute("DELETE FROM docs")

    def put(self, kind: str, key: str, data: Any, ref: str = "", owner: str = "") -> None:
        """Insert, or replace in place (keeping the original insertion position)."""
        text = json.dumps(data)
        with self._lock:
            cur = self._conn.execute(
                "UPDATE docs SET ref = ?, owner = ?, data = ? WHERE kind = ? AND key = ?",
                (ref, owner, text, kind, key),
            )
            if cur.rowcount == 0:
                self._conn.execute(
                    "INSERT INTO docs (kind, key, ref, owner, data) VALUES (?, ?, ?, ?, ?)",
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
