"""An opt-in cache of immutable reads (extra ``neuronpedia-ext[cache]``, on hishel's storages).

    from neuronpedia_ext import Neuronpedia
    from neuronpedia_ext.cache import ResponseCache

    np = Neuronpedia(cache="memory")                          # in this process only
    np = Neuronpedia(cache=ResponseCache.sqlite("np.sqlite"))  # kept on disk, shareable

What is cached is decided by the spec, per operation: ``x-cacheable: true`` (with an
``x-cacheable-reason``) on the reads whose answers do not change (the feature GET and the batch
feature read, graph metadata, the sparsity trace), copied into ``_operations.py`` by
``make generate``. Writes are never cached: the generator refuses ``x-cacheable`` on anything but
a read. Only 2xx answers are kept, never streams.

Answers are kept per API key: the cache key is a SHA-256 over the method, the full URL (base URL
included), the query, the JSON body and the SHA-256 of the API key (or of nothing, for anonymous
calls), so two clients with different keys sharing one backend never see each other's answers.
The key itself is never stored.

Entries expire after ``ttl`` seconds (default one day). Storage is hishel's SQLite storage, on a
file or in memory; hishel evicts by size and reclaims expired entries itself.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from hishel import BaseStorage

__all__ = ["DEFAULT_TTL", "CacheLike", "CachedAnswer", "ResponseCache"]

logger = logging.getLogger("neuronpedia_ext")

#: How long an answer is kept unless told otherwise: one day.
DEFAULT_TTL = 24 * 60 * 60.0

# Headers that describe the bytes on the wire, not the decoded body that is stored.
_WIRE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding", "connection", "set-cookie"})


def _storage_module() -> Any:
    try:
        import hishel
    except ImportError as exc:
        from ._extras import install_hint

        raise ImportError(f"the cache needs hishel: {install_hint('cache')}") from exc
    return hishel


@attrs.frozen
class CachedAnswer:
    """A stored answer: status, headers and the decoded body."""

    status_code: int
    headers: list[tuple[str, str]]
    content: bytes


class ResponseCache:
    """Answers of cacheable reads, kept in a hishel storage for ``ttl`` seconds.

    Use :meth:`memory` or :meth:`sqlite`, or pass any hishel ``BaseStorage``. One cache may be
    shared by several clients (and threads): answers are keyed by API key.
    """

    def __init__(self, storage: BaseStorage, *, ttl: float | None = DEFAULT_TTL) -> None:
        self._storage = storage
        self.ttl = ttl

    @classmethod
    def memory(cls, *, ttl: float | None = DEFAULT_TTL) -> ResponseCache:
        """A cache held in memory (an in-memory SQLite database), gone with the process."""
        hishel = _storage_module()
        connection = sqlite3.connect(":memory:", check_same_thread=False)
        return cls(hishel.SqliteStorage(connection=connection), ttl=ttl)

    @classmethod
    def sqlite(cls, path: str | Path, *, ttl: float | None = DEFAULT_TTL) -> ResponseCache:
        """A cache in the SQLite file ``path`` (created if missing), kept across processes."""
        hishel = _storage_module()
        return cls(hishel.SqliteStorage(database_path=str(path)), ttl=ttl)

    def __repr__(self) -> str:
        return f"ResponseCache({type(self._storage).__name__}, ttl={self.ttl!r})"

    @staticmethod
    def key(method: str, url: str, params: Mapping[str, Any] | None, body: Any, api_key: str | None) -> str:
        """The cache key of a request: it covers the whole request and whose key sent it."""
        identity = json.dumps(
            {
                "method": method.upper(),
                "url": url,
                "params": dict(params or {}),
                "body": body,
                "key": hashlib.sha256((api_key or "").encode()).hexdigest(),
            },
            sort_keys=True,
            default=str,
        )
        return hashlib.sha256(identity.encode()).hexdigest()

    def get(self, key: str) -> CachedAnswer | None:
        """The answer stored under ``key``, or None."""
        for entry in self._storage.get_entries(key):
            response = entry.response
            stream = response.stream
            assert stream is not None and not hasattr(stream, "__aiter__")
            content = b"".join(stream)
            headers = [(k, v) for k in response.headers for v in response.headers.get_list(k) or []]
            return CachedAnswer(response.status_code, headers, content)
        return None

    def put(self, key: str, method: str, url: str, answer: CachedAnswer) -> None:
        """Store ``answer`` under ``key`` for :attr:`ttl` seconds."""
        hishel = _storage_module()
        grouped: dict[str, list[str]] = {}
        for name, value in answer.headers:
            if name.lower() not in _WIRE_HEADERS:
                grouped.setdefault(name.lower(), []).append(value)
        entry = self._storage.create_entry(
            hishel.Request(method=method.upper(), url=url),
            hishel.Response(
                status_code=answer.status_code, headers=hishel.Headers(grouped), stream=iter([answer.content])
            ),
            key,
            ttl=self.ttl,
        )
        stream = entry.response.stream
        assert stream is not None and not hasattr(stream, "__aiter__")
        for _ in stream:  # reading the stream is what saves the entry
            pass

    def close(self) -> None:
        self._storage.close()


#: What ``Neuronpedia(cache=...)`` accepts: a cache, ``"memory"``, or the path of a SQLite file.
CacheLike = ResponseCache | str | Path


def resolve_cache(cache: CacheLike | None) -> ResponseCache | None:
    if cache is None or isinstance(cache, ResponseCache):
        return cache
    if isinstance(cache, str) and cache == "memory":
        return ResponseCache.memory()
    if isinstance(cache, (str, Path)):
        return ResponseCache.sqlite(cache)
    from ._errors import InvalidRequestError

    raise InvalidRequestError(f"cache must be a ResponseCache, 'memory' or a file path, got {type(cache).__name__}")
