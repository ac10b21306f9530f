"""Base classes of the resource namespaces (``client.features``, ``client.vectors``, ...).

Each resource module describes its calls once, as functions returning a :class:`Call`, and
exposes two thin classes over them: ``Things`` (sync) and ``AsyncThings`` (async), whose
methods have identical signatures. Per-call options are the keyword arguments of
:class:`RequestOptions`.
"""

from __future__ import annotations

from typing import TypedDict

from .._base import AsyncTransport, SyncTransport, TimeoutTypes

__all__ = ["AsyncResource", "RequestOptions", "SyncResource"]


class RequestOptions(TypedDict, total=False):
    """Per-call overrides: ``timeout`` (seconds or ``httpx.Timeout``) and ``max_retries``."""

    timeout: TimeoutTypes
    max_retries: int


class SyncResource:
    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport


class AsyncResource:
    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport
