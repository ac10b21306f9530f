"""The process-wide default API key: ``set_api_key``, ``get_api_key`` and ``api_key()``.

These keep the official ``neuronpedia`` package's names. Unlike the official package (whose
key lives in a ContextVar and so never reaches worker threads), the default here is shared by
every thread of the process: ``set_api_key(k)`` followed by a ``ThreadPoolExecutor`` works.
``api_key(k)`` overrides it for the duration of a ``with`` block, process-wide, and restores
the previous value afterwards. Clients built with an explicit ``api_key=`` ignore both.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["api_key", "get_api_key", "get_default_api_key", "set_api_key"]

_lock = threading.Lock()
_default: str | None = None
_overrides: list[str] = []


def set_api_key(api_key: str | None) -> None:
    """Set (or with ``None`` clear) the default API key for this process."""
    global _default
    with _lock:
        _default = api_key or None


def get_default_api_key() -> str | None:
    """The innermost ``api_key()`` override, else the ``set_api_key`` value, else None."""
    with _lock:
        return _overrides[-1] if _overrides else _default


def get_api_key() -> str | None:
    """The API key that a call would use now: the default, else ``NEURONPEDIA_API_KEY``."""
    import os

    return get_default_api_key() or os.environ.get("NEURONPEDIA_API_KEY") or None


@contextmanager
def api_key(api_key: str) -> Iterator[None]:
    """Use ``api_key`` as the default API key inside the ``with`` block (in every thread)."""
    with _lock:
        _overrides.append(api_key)
    try:
        yield
    finally:
        with _lock:
            _overrides.remove(api_key)
