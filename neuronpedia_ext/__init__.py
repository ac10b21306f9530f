"""neuronpedia-ext: a typed, retrying, offline-testable client for the Neuronpedia API.

    from neuronpedia_ext import Neuronpedia

    with Neuronpedia() as np:
        feature = np.features.get("gpt2-small", "6-res-jb", 42)

The official ``neuronpedia`` package's names (``NPVector``, ``SAEFeature``, ``NPList``, ...)
are available here too, as drop-ins. The emulator lives in ``neuronpedia_ext.emulator``
(extra ``neuronpedia-ext[emulator]``) and is never imported by the client.
"""

from __future__ import annotations

from ._base import APIResponse
from ._client import AsyncNeuronpedia, Neuronpedia
from ._errors import (
    APIConnectionError,
    APIKeyMissingError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    InvalidRequestError,
    NeuronpediaError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from ._ids import FeatureId, parse_feature_id
from ._keys import api_key, get_api_key, set_api_key
from ._retry import RetryPolicy
from ._version import __version__
from .compat.errors import NPInvalidResponseError, NPKeyMissingError, NPRateLimitError, NPUnauthorizedError
from .compat.requests_features import ActivationRequest, FeatureRequest, SAEFeatureRequest
from .compat.requests_lists import ListRequest
from .compat.requests_models import GraphRequest, ModelRequest, SourceSetRequest
from .compat.requests_vectors import (
    SourceActivationRequest,
    SteerChatRequest,
    SteerCompletionRequest,
    TopKByTokenRequest,
    VectorRequest,
)
from .models.activations import Activation
from .models.explanations import DeleteResult, ExplanationExportRemovedError, ExplanationScore
from .models.features import Explanation, Feature, FeatureResult, Logit, SAEFeature, Source, UploadResult
from .models.graphs import NPGraphMetadata
from .models.lists import Bookmark, NPList, NPListItem
from .models.models import Model, SourceSet
from .models.search import FeatureWithTopActivation, NPFeature, SourceActivationResult, TopKByTokenResult
from .models.steer import SteerFeature
from .models.vectors import NPVector

__all__ = [
    "APIConnectionError",
    "APIKeyMissingError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Activation",
    "ActivationRequest",
    "AsyncNeuronpedia",
    "AuthenticationError",
    "BadRequestError",
    "Bookmark",
    "DeleteResult",
    "Explanation",
    "ExplanationExportRemovedError",
    "ExplanationScore",
    "Feature",
    "FeatureId",
    "FeatureRequest",
    "FeatureResult",
    "FeatureWithTopActivation",
    "GraphRequest",
    "InternalServerError",
    "InvalidRequestError",
    "ListRequest",
    "Logit",
    "Model",
    "ModelRequest",
    "NPFeature",
    "NPGraphMetadata",
    "NPInvalidResponseError",
    "NPKeyMissingError",
    "NPList",
    "NPListItem",
    "NPRateLimitError",
    "NPUnauthorizedError",
    "NPVector",
    "Neuronpedia",
    "NeuronpediaError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "SAEFeature",
    "SAEFeatureRequest",
    "Source",
    "SourceActivationRequest",
    "SourceActivationResult",
    "SourceSet",
    "SourceSetRequest",
    "SteerChatRequest",
    "SteerCompletionRequest",
    "SteerFeature",
    "TopKByTokenRequest",
    "TopKByTokenResult",
    "UploadResult",
    "VectorRequest",
    "__version__",
    "api_key",
    "get_api_key",
    "parse_feature_id",
    "set_api_key",
]
