"""The deadline of a call: one wall-clock bound over every attempt, every wait and the body.

httpx's timeouts bound one network operation each (a connect, a write, one read), so a server
that sends a byte a second never trips them. A :class:`Budget` is started when a call starts
and is checked

* before each attempt and before each wait between attempts (a wait never outlasts it);
* around every network operation: each phase's httpx timeout is clamped to what is left;
* between the chunks of a body (:class:`SyncDeadlineStream`, :class:`AsyncDeadlineStream`),
  so a slow body ends the call at the deadline.

Within one network operation: the async client runs each operation under
``anyio.fail_after(remaining)``, which cancels it at the deadline whatever the transport.
The sync client cannot cancel a blocking read, so the pool it builds itself uses
:class:`DeadlineBackend`, a network backend whose every read and write is bounded by what
is left of the current call's budget (kept in a context variable). With your own
``transport=`` or ``http_client=`` (sync), the deadline is checked between reads and each
read is bounded by the read timeout, clamped to what was left when the attempt started.
"""

from __future__ import annotations

import contextlib
import contextvars
import ssl
import time
import typing
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import attrs
import httpcore
import httpx

__all__ = ["AsyncDeadlineStream", "Budget", "DeadlineBackend", "DeadlineExceeded", "SyncDeadlineStream"]

_current: contextvars.ContextVar[float | None] = contextvars.ContextVar("neuronpedia_ext_deadline", default=None)


class DeadlineExceeded(httpx.TimeoutException):
    """The call's deadline passed (raised inside the transport, mapped to APITimeoutError)."""


@attrs.define
class Budget:
    """The time a call may still take. ``deadline`` None: no total bound."""

    deadline: float | None
    started: float = attrs.field(factory=time.monotonic)
    attempts: int = 0
    sent: bool = False

    @property
    def ends(self) -> float | None:
        return None if self.deadline is None else self.started + self.deadline

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def remaining(self) -> float | None:
        ends = self.ends
        return None if ends is None else ends - time.monotonic()

    def expired(self) -> bool:
        left = self.remaining()
        return left is not None and left <= 0

    def check(self) -> None:
        if self.expired():
            raise DeadlineExceeded(f"the call's deadline of {self.deadline:g} s passed")

    def allows_wait(self, seconds: float) -> bool:
        left = self.remaining()
        return left is None or seconds < left

    def clamp(self, timeout: httpx.Timeout) -> dict[str, float | None]:
        """The request's timeout extension, each phase at most what is left."""
        phases = timeout.as_dict()
        left = self.remaining()
        if left is None:
            return phases
        left = max(left, 0.001)
        return {k: left if v is None else min(v, left) for k, v in phases.items()}

    @contextlib.contextmanager
    def active(self) -> Iterator[None]:
        """Make this budget the one the sync :class:`DeadlineBackend` bounds reads and writes by."""
        token = _current.set(self.ends)
        try:
            yield
        finally:
            _current.reset(token)

    @contextlib.asynccontextmanager
    async def guard(self) -> AsyncIterator[None]:
        """Cancel what runs inside at the deadline (async); raises DeadlineExceeded."""
        left = self.remaining()
        if left is None:
            yield
            return
        if left <= 0:
            self.check()
        try:
            with anyio.fail_after(left):
                yield
        except TimeoutError as exc:
            raise DeadlineExceeded(f"the call's deadline of {self.deadline:g} s passed") from exc


# --------------------------------------------------------------------------- body streams


class SyncDeadlineStream(httpx.SyncByteStream):
    """A response body read chunk by chunk, the deadline checked before each chunk."""

    def __init__(self, inner: httpx.SyncByteStream | httpx.AsyncByteStream, budget: Budget) -> None:
        assert isinstance(inner, httpx.SyncByteStream)
        self._inner = inner
        self._budget = budget

    def __iter__(self) -> Iterator[bytes]:
        chunks = iter(self._inner)
        while True:
            self._budget.check()
            with self._budget.active():
                try:
                    chunk = next(chunks)
                except StopIteration:
                    return
            yield chunk

    def close(self) -> None:
        self._inner.close()


class AsyncDeadlineStream(httpx.AsyncByteStream):
    """The async twin of :class:`SyncDeadlineStream`; each chunk is awaited under the deadline."""

    def __init__(self, inner: httpx.SyncByteStream | httpx.AsyncByteStream, budget: Budget) -> None:
        assert isinstance(inner, httpx.AsyncByteStream)
        self._inner = inner
        self._budget = budget

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = self._inner.__aiter__()
        while True:
            async with self._budget.guard():
                try:
                    chunk = await chunks.__anext__()
                except StopAsyncIteration:
                    return
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


# --------------------------------------------------------------------------- sync network backend


def _bounded(timeout: float | None, error: type[Exception] = httpcore.ReadTimeout) -> float | None:
    ends = _current.get()
    if ends is None:
        return timeout
    left = ends - time.monotonic()
    if left <= 0:
        raise error("the call's deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineNetworkStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _bounded(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineNetworkStream(self._inner.start_tls(ssl_context, server_hostname, _bounded(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's sync backend, every connect, read and write bounded by the current budget."""

    def __init__(self, inner: httpcore.NetworkBackend | None = None) -> None:
        self._inner = inner or httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        bounded = _bounded(timeout, httpcore.ConnectTimeout)
        stream = self._inner.connect_tcp(host, port, bounded, local_address, socket_options)
        return _DeadlineNetworkStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: typing.Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineNetworkStream(
            self._inner.connect_unix_socket(path, _bounded(timeout, httpcore.ConnectTimeout), socket_options)
        )

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def deadline_transport(**kwargs: Any) -> httpx.HTTPTransport:
    """An ``httpx.HTTPTransport`` whose connections honour the calling client's deadline.

    httpx builds the httpcore pool itself and has no argument for its network backend; the
    pool keeps it in ``_network_backend`` (httpcore 1.x). Where that attribute is missing,
    the transport is returned as it is (deadlines are then checked between reads only).
    """
    transport = httpx.HTTPTransport(**kwargs)
    pool = getattr(transport, "_pool", None)
    if pool is not None and isinstance(getattr(pool, "_network_backend", None), httpcore.NetworkBackend):
        pool._network_backend = DeadlineBackend(pool._network_backend)
    return transport
