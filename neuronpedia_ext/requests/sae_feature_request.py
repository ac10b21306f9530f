"""The official ``neuronpedia.requests.sae_feature_request`` module path: ``SAEFeatureRequest``."""

from __future__ import annotations

from ..compat.requests_features import SAEFeatureRequest

__all__ = ["SAEFeatureRequest"]
