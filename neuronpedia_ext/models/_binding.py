"""How an object with methods reaches the client that produced it, without importing a client.

Objects such as ``NPVector`` (``steer_chat``, ``delete``), ``NPList`` (``add_items``) or
``NPGraphMetadata`` (``delete``) make requests. Each holds the client that built it in a
private ``_client`` slot typed by :class:`BoundClient` (a protocol: models import no client
module). The client fills the slot when it returns the object (:func:`bind`, called once per
answer by the transport), so ``Neuronpedia(base_url=X, api_key=K).vectors.new(...).steer_chat(...)``
goes to X with K.

Objects built by hand (``NPVector(label=..., ...)``) have no client; their methods, and the
official-style classmethods (``NPVector.new``, ``SAEFeature.get``, ...), use the process default
client. That one lives in :mod:`neuronpedia_ext.compat._default`, which registers itself here
with :func:`register_default` when it is imported (``import neuronpedia_ext`` does it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import attrs

__all__ = ["BoundClient", "base_url_of", "bind", "client_of", "default_base_url", "default_client", "register_default"]


class BoundClient(Protocol):
    """The part of ``Neuronpedia`` that objects with methods use (the resources, the base URL)."""

    @property
    def base_url(self) -> str: ...

    @property
    def features(self) -> Any: ...

    @property
    def activations(self) -> Any: ...

    @property
    def vectors(self) -> Any: ...

    @property
    def steer(self) -> Any: ...

    @property
    def lists(self) -> Any: ...

    @property
    def models(self) -> Any: ...

    @property
    def source_sets(self) -> Any: ...

    @property
    def graphs(self) -> Any: ...

    @property
    def with_raw_response(self) -> Any: ...


_default_client: Callable[[], BoundClient] | None = None
_default_base_url: Callable[[], str] | None = None


def register_default(client: Callable[[], BoundClient], base_url: Callable[[], str]) -> None:
    """Install the process default client (called by ``neuronpedia_ext.compat._default``)."""
    global _default_client, _default_base_url
    _default_client, _default_base_url = client, base_url


def default_client() -> BoundClient:
    """The process default client: what the official-style classmethods use."""
    if _default_client is None:  # pragma: no cover - neuronpedia_ext/__init__ always registers it
        raise RuntimeError("no default client registered; import neuronpedia_ext first")
    return _default_client()


def default_base_url() -> str:
    """The default client's base URL (read now, not at import)."""
    if _default_base_url is None:  # pragma: no cover - neuronpedia_ext/__init__ always registers it
        raise RuntimeError("no default client registered; import neuronpedia_ext first")
    return _default_base_url()


def client_of(obj: Any) -> BoundClient:
    """The client ``obj`` came from, else the process default."""
    client: BoundClient | None = getattr(obj, "_client", None)
    return client if client is not None else default_client()


def base_url_of(obj: Any) -> str:
    """The base URL of the client ``obj`` came from, else the default one."""
    client: BoundClient | None = getattr(obj, "_client", None)
    return (client.base_url if client is not None else default_base_url()).rstrip("/")


def bind(value: Any, client: BoundClient) -> None:
    """Give every object with a ``_client`` slot in ``value`` (nested attrs objects, lists,
    tuples, dict values) the client that produced it; objects already bound keep theirs.

    Lists are walked only when their first item is an attrs object, so the floats of an
    activation or a vector are not visited.
    """
    _bind(value, client, 0)


def _bind(value: Any, client: BoundClient, depth: int) -> None:
    if depth > 8 or value is None or isinstance(value, (str, bytes, int, float, bool)):
        return
    if isinstance(value, (list, tuple)):
        if value and attrs.has(type(value[0])):
            for item in value:
                _bind(item, client, depth + 1)
        return
    if isinstance(value, dict):
        for item in value.values():
            if attrs.has(type(item)) or isinstance(item, (list, tuple)):
                _bind(item, client, depth + 1)
        return
    cls = type(value)
    if not attrs.has(cls):
        return
    for field in attrs.fields(cls):
        if field.name == "_client":
            if getattr(value, "_client", None) is None:
                object.__setattr__(value, "_client", client)
        elif field.name != "raw":
            _bind(getattr(value, field.name), client, depth + 1)
