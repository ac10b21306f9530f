"""The official ``neuronpedia.requests.vector_request`` module path: ``VALID_HOOK_TYPES``,
``VectorRequest``."""

from __future__ import annotations

from ..compat.requests_vectors import VectorRequest
from ..models.vectors import VALID_HOOK_TYPES

__all__ = ["VALID_HOOK_TYPES", "VectorRequest"]
