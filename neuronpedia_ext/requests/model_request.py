"""The official ``neuronpedia.requests.model_request`` module path: ``ModelRequest``."""

from __future__ import annotations

from ..compat.requests_models import ModelRequest

__all__ = ["ModelRequest"]
