"""The shared client behind the official-style names (``NPVector.new``, ``SAEFeature.get``, ...).

The official package has no client object: its calls take the key from ``set_api_key``/
``api_key()``/``NEURONPEDIA_API_KEY`` and the host from ``USE_LOCALHOST``. Here both are read
at call time (never at import), and one pooled client per (key, base URL) is reused, so
repeated calls share connections and work from any thread.

Base URL: ``NEURONPEDIA_BASE_URL``, else ``http://localhost:3000`` when ``USE_LOCALHOST`` is
exactly ``true`` (the official package's switch), else https://www.neuronpedia.org.
"""

from __future__ import annotations

import os
import threading

from .._base import resolve_base_url
from .._client import Neuronpedia
from .._keys import get_api_key
from ..models import _binding

__all__ = ["default_base_url", "default_client"]

_lock = threading.Lock()
_clients: dict[tuple[str | None, str], Neuronpedia] = {}


def default_base_url() -> str:
    if os.environ.get("NEURONPEDIA_BASE_URL"):
        return resolve_base_url(None)
    if os.environ.get("USE_LOCALHOST", "").lower() == "true":
        return "http://localhost:3000"
    return resolve_base_url(None)


def default_client(api_key: str | None = None) -> Neuronpedia:
    """The pooled client for ``api_key`` (else the current default key) and the default base URL."""
    key = api_key or get_api_key()
    base_url = default_base_url()
    with _lock:
        client = _clients.get((key, base_url))
        if client is None:
            client = _clients[(key, base_url)] = Neuronpedia(api_key=key, base_url=base_url)
        return client


_binding.register_default(default_client, default_base_url)


class CompatRequest:
    """Base of the official-style request classes (``VectorRequest(api_key=None)``, ...).

    Each holds the pooled client for its key; unlike the official ones, none of them needs a key
    for public reads, prints, or opens a new connection per call.
    """

    def __init__(self, api_key: str | None = None) -> None:
        self._np = default_client(api_key)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._np.base_url!r})"
