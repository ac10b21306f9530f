"""The official ``neuronpedia.requests.list_request`` module path: ``ListRequest``."""

from __future__ import annotations

from ..compat.requests_lists import ListRequest

__all__ = ["ListRequest"]
