"""The official ``neuronpedia.requests.activation_request`` module path: ``ActivationRequest``."""

from __future__ import annotations

from ..compat.requests_features import ActivationRequest

__all__ = ["ActivationRequest"]
