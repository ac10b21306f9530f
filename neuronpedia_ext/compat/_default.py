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

__all__ = ["default_base_url", "default_client"]

_lock = threading.Lock()
_clients: dict[tuple[str | None, str], Neuronpedia] = {}


def default_base_url() -> str:
    if os.environ.get("NEURONPEDIA_BASE_URL"):
        return resolve_base_url(None)
    if os.environ.get("USE_LOCALHOST", "").lower() == "true":
        return "http://localhost:3000"
    return resolve_base_url(None)


def default_client() -> Neuronpedia:
    """The pooled client for the current default key and base URL."""
    key = get_api_key()
    base_url = default_base_url()
    with _lock:
        client = _clients.get((key, base_url))
        if client is None:
            client = _clients[(key, base_url)] = Neuronpedia(api_key=key, base_url=base_url)
        return client
