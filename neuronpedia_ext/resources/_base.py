"""Base classes of the resource namespaces (``client.features``, ``client.vectors``, ...).

Each resource module describes its calls once, as functions returning a :class:`Call`, and
exposes two thin classes over them: ``Things`` (sync) and ``AsyncThings`` (async), whose
methods have identical signatures. Per-call options are the keyword arguments of
:class:`RequestOptions`.
"""

from __future__ import annotations

import difflib
import functools
import inspect
import re
import time
from collections.abc import Callable
from typing import Any, TypedDict

from .._base import AsyncTransport, SyncTransport, TimeoutTypes

__all__ = ["AsyncResource", "RequestOptions", "SharedDeadline", "SyncResource"]


class RequestOptions(TypedDict, total=False):
    """Per-call overrides.

    ``timeout``: seconds (every phase, connect included) or an ``httpx.Timeout``, per network
    operation. ``deadline``: seconds for the whole call, every attempt, wait and the body
    included (None: no total bound). ``idle_timeout``: the longest silence tolerated between
    bytes of a body or stream (the read timeout). ``max_retries``: retries after the first attempt.
    """

    timeout: TimeoutTypes
    max_retries: int
    deadline: float | None
    idle_timeout: float


_OPTIONS = frozenset(RequestOptions.__annotations__)


class SharedDeadline:
    """One deadline over the several requests of one public call (a reconciled write: the read
    before it, the write, the lookup after it), so that the whole call ends within the deadline
    the caller gave, or the client's default, rather than within one deadline per request."""

    def __init__(self, default: float | None, options: RequestOptions) -> None:
        total = options.get("deadline", default)
        self._end = None if total is None else time.monotonic() + total
        self._options = options

    def options(self) -> RequestOptions:
        """The options of the next request: the caller's, with what is left of the deadline."""
        if self._end is None:
            return self._options
        left = self._options.copy()
        left["deadline"] = max(self._end - time.monotonic(), 1e-3)
        return left


def _namespace(cls: type) -> str:
    """``AsyncSourceSets`` -> ``source_sets``: the client attribute the resource lives under."""
    name = cls.__name__.removeprefix("Async")
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _refuse_unknown(where: str, accepted: frozenset[str], kwargs: dict[str, Any]) -> None:
    for name in kwargs:
        if name not in accepted:
            close = difflib.get_close_matches(name, sorted(accepted), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise TypeError(f"{where}() got an unexpected keyword argument {name!r}{hint}")


def _checked(where: str, method: Callable[..., Any]) -> Callable[..., Any]:
    """``method``, refusing unknown keyword arguments under its public name (the keyword
    arguments it takes, plus the per-call options of :class:`RequestOptions` when it has ``**options``)."""
    params = inspect.signature(method).parameters.values()
    named = {p.name for p in params if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)}
    if any(p.kind is p.VAR_KEYWORD for p in params):
        named |= _OPTIONS
    accepted = frozenset(named - {"self"})

    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def checked_async(*args: Any, **kwargs: Any) -> Any:
            _refuse_unknown(where, accepted, kwargs)
            return await method(*args, **kwargs)

        return checked_async
    if inspect.isasyncgenfunction(method):

        @functools.wraps(method)
        async def checked_agen(*args: Any, **kwargs: Any) -> Any:
            _refuse_unknown(where, accepted, kwargs)
            async for item in method(*args, **kwargs):
                yield item

        return checked_agen

    @functools.wraps(method)
    def checked(*args: Any, **kwargs: Any) -> Any:
        _refuse_unknown(where, accepted, kwargs)
        return method(*args, **kwargs)

    return checked


class _Resource:
    """Wraps each public method of a resource so that a misspelt keyword argument names the
    public method (``features.get_many() got an unexpected keyword argument 'concurency' (did
    you mean 'concurrency'?)``), not the transport it would otherwise reach."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        namespace = _namespace(cls)
        for name, member in list(vars(cls).items()):
            if not name.startswith("_") and inspect.isfunction(member):
                setattr(cls, name, _checked(f"{namespace}.{name}", member))


class SyncResource(_Resource):
    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport


class AsyncResource(_Resource):
    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
