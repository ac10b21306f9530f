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
from .models.lists import Bookmark, NPList, NPListItem

__all__ = [
    "APIConnectionError",
    "APIKeyMissingError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncNeuronpedia",
    "AuthenticationError",
    "BadRequestError",
    "Bookmark",
    "FeatureId",
    "InternalServerError",
    "InvalidRequestError",
    "NPList",
    "NPListItem",
    "Neuronpedia",
    "NeuronpediaError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "__version__",
    "api_key",
    "get_api_key",
    "parse_feature_id",
    "set_api_key",
]
