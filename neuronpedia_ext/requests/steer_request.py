"""The official ``neuronpedia.requests.steer_request`` module path: ``ChatMessage``,
``SteerChatRequest``, ``SteerCompletionRequest``, ``nnsight_models``."""

from __future__ import annotations

from ..compat.requests_vectors import NNSIGHT_MODELS, ChatMessage, SteerChatRequest, SteerCompletionRequest

#: The official list of models whose steering ignores ``freq_penalty`` (the official client
#: printed a warning for them; nothing is printed here).
nnsight_models = list(NNSIGHT_MODELS)

__all__ = ["ChatMessage", "SteerChatRequest", "SteerCompletionRequest", "nnsight_models"]
