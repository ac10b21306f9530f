"""The official ``neuronpedia.requests.source_set_request`` module path: ``SourceSetRequest``."""

from __future__ import annotations

from ..compat.requests_models import SourceSetRequest

__all__ = ["SourceSetRequest"]
