"""The official ``neuronpedia.requests.graph_request`` module path: ``GraphRequest``,
``UPLOAD_FILE_SIZE_LIMIT_BYTES``."""

from __future__ import annotations

from ..compat.requests_models import UPLOAD_FILE_SIZE_LIMIT_BYTES, GraphRequest

__all__ = ["UPLOAD_FILE_SIZE_LIMIT_BYTES", "GraphRequest"]
