"""The official ``neuronpedia.requests.topk_by_token_request`` module path:
``FeatureWithTopActivation``, ``TopKByTokenRequest``, ``TopKByTokenResult``.

Unlike the official module (whose import needs pydantic, which it does not declare), this one
imports with no extra dependency.
"""

from __future__ import annotations

from ..compat.requests_vectors import TopKByTokenRequest
from ..models.search import FeatureWithTopActivation, TopKByTokenResult

__all__ = ["FeatureWithTopActivation", "TopKByTokenRequest", "TopKByTokenResult"]
