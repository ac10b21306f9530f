"""The official ``neuronpedia.requests.feature_request`` module path: ``FeatureRequest``,
``MAX_FEATURES_PER_BATCH``.

``MAX_FEATURES_PER_BATCH`` is the server's cap per request; ``upload_batch`` sends any number
of features, that many per request.
"""

from __future__ import annotations

from ..compat.requests_features import MAX_FEATURES_PER_BATCH, FeatureRequest

__all__ = ["MAX_FEATURES_PER_BATCH", "FeatureRequest"]
