"""``Neuronpedia`` and ``AsyncNeuronpedia``: the one client object.

    from neuronpedia_ext import Neuronpedia

    with Neuronpedia() as np:                        # key and URL from the environment
        feature = np.features.get("gpt2-small", "6-res-jb", 42)

Configuration, in order of precedence: arguments, then the environment
(``NEURONPEDIA_API_KEY``, ``NEURONPEDIA_BASE_URL``), then https://www.neuronpedia.org. Both are
read when the client is built, never at import. The key is optional: public reads work without
one, and a call that needs one raises :class:`APIKeyMissingError` before anything is sent.

Each client keeps one pooled httpx connection pool and is safe to share between threads (the
async client between tasks of one event loop). Resources (``features``, ``vectors``, ``steer``,
``search``, ...) are created on first use.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._base import (
    DEFAULT_DEADLINE,
    DEFAULT_STREAM_DEADLINE,
    DEFAULT_TIMEOUT,
    AsyncTransport,
    SyncTransport,
    TimeoutTypes,
    _raw_mode,
)
from ._retry import DEFAULT_MAX_RETRIES, RetryPolicy

if TYPE_CHECKING:
    from .cache import CacheLike
    from .resources.activations import Activations, AsyncActivations
    from .resources.bookmarks import AsyncBookmarks, Bookmarks
    from .resources.explanations import AsyncExplanations, Explanations
    from .resources.features import AsyncFeatures, AsyncSparsity, Features, Sparsity
    from .resources.graphs import AsyncGraphs, Graphs
    from .resources.lens import AsyncLens, Lens
    from .resources.lists import AsyncLists, Lists
    from .resources.models import AsyncModels, Models
    from .resources.nla import AsyncNla, Nla
    from .resources.search import AsyncSearch, Search
    from .resources.source_sets import AsyncSourceSets, SourceSets
    from .resources.steer import AsyncSteer, Steer
    from .resources.vectors import AsyncVectors, Vectors

__all__ = ["AsyncNeuronpedia", "Neuronpedia"]


class Neuronpedia(SyncTransport):
    """The synchronous Neuronpedia client.

    Args:
        api_key: your API key; default ``NEURONPEDIA_API_KEY`` (or ``set_api_key``). Optional.
        base_url: e.g. ``http://localhost:3000`` for a self-hosted instance or the emulator;
            default ``NEURONPEDIA_BASE_URL``, else https://www.neuronpedia.org.
        timeout: seconds (or an ``httpx.Timeout``) for each network operation (connect, each
            read, each write, waiting for a pooled connection). A number applies to every phase,
            connect included, exactly as a per-call ``timeout=`` does. Default 60 s, 10 s to connect.
        deadline: seconds for a whole call: every attempt, the waits between them and reading
            the body (a server that sends a byte a second is cut off here). Default 120 s;
            None removes the bound. Per call: ``deadline=``.
        stream_deadline: the same for a stream (``*_stream`` methods), whose other bound is the
            idle timeout (the read timeout, per call ``idle_timeout=``). Default 300 s.
        max_retries: retries of reads (and of writes that never reached the server); default 2.
        retry_policy: full control over retries (overrides ``max_retries``).
        http_client: your own ``httpx.Client`` (you keep ownership; it is not closed here). If you
            let it follow redirects, note that the client's own pool drops ``x-api-key`` on a
            redirect to another origin and yours does not.
        transport: an httpx transport for the client's own pool (e.g. ``httpx.MockTransport``).
        default_headers: extra headers sent with every request.
        cache: an opt-in cache of the reads the spec marks ``x-cacheable`` (extra
            ``neuronpedia-ext[cache]``): a :class:`~neuronpedia_ext.cache.ResponseCache`,
            ``"memory"``, or the path of a SQLite file. Answers are kept per API key; writes are
            never cached. Default: no cache.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        deadline: float | None = DEFAULT_DEADLINE,
        stream_deadline: float | None = DEFAULT_STREAM_DEADLINE,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        default_headers: Mapping[str, str] | None = None,
        cache: CacheLike | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            deadline=deadline,
            stream_deadline=stream_deadline,
            max_retries=max_retries,
            retry_policy=retry_policy,
            default_headers=default_headers,
            http_client=http_client,
            transport=transport,
            cache=cache,
        )

    def __enter__(self) -> Neuronpedia:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def with_raw_response(self) -> Any:
        """The same client, whose calls return :class:`APIResponse` (status, headers, JSON, parsed).

        ``np.with_raw_response.features.get("gpt2-small", "6-res-jb", 42).json()``
        """
        return _RawView(self)

    @functools.cached_property
    def features(self) -> Features:
        from .resources.features import Features

        return Features(self)

    @functools.cached_property
    def sparsity(self) -> Sparsity:
        from .resources.features import Sparsity

        return Sparsity(self)

    @functools.cached_property
    def activations(self) -> Activations:
        from .resources.activations import Activations

        return Activations(self)

    @functools.cached_property
    def vectors(self) -> Vectors:
        from .resources.vectors import Vectors

        return Vectors(self)

    @functools.cached_property
    def steer(self) -> Steer:
        from .resources.steer import Steer

        return Steer(self)

    @functools.cached_property
    def search(self) -> Search:
        from .resources.search import Search

        return Search(self)

    @functools.cached_property
    def explanations(self) -> Explanations:
        from .resources.explanations import Explanations

        return Explanations(self)

    @functools.cached_property
    def lists(self) -> Lists:
        from .resources.lists import Lists

        return Lists(self)

    @functools.cached_property
    def bookmarks(self) -> Bookmarks:
        from .resources.bookmarks import Bookmarks

        return Bookmarks(self)

    @functools.cached_property
    def models(self) -> Models:
        from .resources.models import Models

        return Models(self)

    @functools.cached_property
    def source_sets(self) -> SourceSets:
        from .resources.source_sets import SourceSets

        return SourceSets(self)

    @functools.cached_property
    def graphs(self) -> Graphs:
        from .resources.graphs import Graphs

        return Graphs(self)

    @functools.cached_property
    def lens(self) -> Lens:
        from .resources.lens import Lens

        return Lens(self)

    @functools.cached_property
    def nla(self) -> Nla:
        from .resources.nla import Nla

        return Nla(self)


class AsyncNeuronpedia(AsyncTransport):
    """The asynchronous Neuronpedia client; the same arguments and resources as :class:`Neuronpedia`."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        deadline: float | None = DEFAULT_DEADLINE,
        stream_deadline: float | None = DEFAULT_STREAM_DEADLINE,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        default_headers: Mapping[str, str] | None = None,
        cache: CacheLike | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            deadline=deadline,
            stream_deadline=stream_deadline,
            max_retries=max_retries,
            retry_policy=retry_policy,
            default_headers=default_headers,
            http_client=http_client,
            transport=transport,
            cache=cache,
        )

    async def __aenter__(self) -> AsyncNeuronpedia:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the connection pool (if the client owns it), and the sync twin if one was made."""
        await super().close()
        twin = self.__dict__.pop("_sync_twin", None)
        if twin is not None:
            twin.close()

    async def aclose(self) -> None:
        """The same as :meth:`close` (the name httpx uses)."""
        await self.close()

    def _binding_target(self) -> Any:
        # The methods of returned objects (NPVector.steer_chat, NPList.add_items, ...) are
        # synchronous, as in the official package: they run on a sync client with this client's
        # key, base URL, timeout, retries and headers, built on first use.
        return self._sync_twin

    @functools.cached_property
    def _sync_twin(self) -> Neuronpedia:
        return Neuronpedia(
            api_key=self._api_key.get(),
            base_url=self.base_url,
            timeout=self.timeout,
            deadline=self.deadline,
            stream_deadline=self.stream_deadline,
            retry_policy=self.retry_policy,
            default_headers=self._default_headers,
            cache=self._cache,
        )

    @property
    def with_raw_response(self) -> Any:
        """The same client, whose calls return :class:`APIResponse`."""
        return _RawView(self)

    @functools.cached_property
    def features(self) -> AsyncFeatures:
        from .resources.features import AsyncFeatures

        return AsyncFeatures(self)

    @functools.cached_property
    def sparsity(self) -> AsyncSparsity:
        from .resources.features import AsyncSparsity

        return AsyncSparsity(self)

    @functools.cached_property
    def activations(self) -> AsyncActivations:
        from .resources.activations import AsyncActivations

        return AsyncActivations(self)

    @functools.cached_property
    def vectors(self) -> AsyncVectors:
        from .resources.vectors import AsyncVectors

        return AsyncVectors(self)

    @functools.cached_property
    def steer(self) -> AsyncSteer:
        from .resources.steer import AsyncSteer

        return AsyncSteer(self)

    @functools.cached_property
    def search(self) -> AsyncSearch:
        from .resources.search import AsyncSearch

        return AsyncSearch(self)

    @functools.cached_property
    def explanations(self) -> AsyncExplanations:
        from .resources.explanations import AsyncExplanations

        return AsyncExplanations(self)

    @functools.cached_property
    def lists(self) -> AsyncLists:
        from .resources.lists import AsyncLists

        return AsyncLists(self)

    @functools.cached_property
    def bookmarks(self) -> AsyncBookmarks:
        from .resources.bookmarks import AsyncBookmarks

        return AsyncBookmarks(self)

    @functools.cached_property
    def models(self) -> AsyncModels:
        from .resources.models import AsyncModels

        return AsyncModels(self)

    @functools.cached_property
    def source_sets(self) -> AsyncSourceSets:
        from .resources.source_sets import AsyncSourceSets

        return AsyncSourceSets(self)

    @functools.cached_property
    def graphs(self) -> AsyncGraphs:
        from .resources.graphs import AsyncGraphs

        return AsyncGraphs(self)

    @functools.cached_property
    def lens(self) -> AsyncLens:
        from .resources.lens import AsyncLens

        return AsyncLens(self)

    @functools.cached_property
    def nla(self) -> AsyncNla:
        from .resources.nla import AsyncNla

        return AsyncNla(self)


class _RawView:
    """``client.with_raw_response``: resources whose calls return ``APIResponse``."""

    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if callable(value):
            return _raw_call(value)
        return _RawView(value)


def _raw_call(method: Any) -> Any:
    import inspect

    if inspect.iscoroutinefunction(method):

        async def call_async(*args: Any, **kwargs: Any) -> Any:
            token = _raw_mode.set(True)
            try:
                return await method(*args, **kwargs)
            finally:
                _raw_mode.reset(token)

        return call_async

    def call(*args: Any, **kwargs: Any) -> Any:
        token = _raw_mode.set(True)
        try:
            return method(*args, **kwargs)
        finally:
            _raw_mode.reset(token)

    return call
