"""The official ``neuronpedia.requests.source_activation_request`` module path:
``SourceActivationRequest``, ``SourceActivationResult``."""

from __future__ import annotations

from ..compat.requests_vectors import SourceActivationRequest
from ..models.search import SourceActivationResult

__all__ = ["SourceActivationRequest", "SourceActivationResult"]
