"""The official request classes of the vector, steering and search area, over the client:
``VectorRequest``, ``SteerChatRequest``, ``SteerCompletionRequest``, ``SourceActivationRequest``
and ``TopKByTokenRequest``, with the official method names and compatible signatures.

Differences from the official classes (all deliberate):

* No key is required for reads and steering; one given as ``api_key=`` is used, else the
  default (``set_api_key``/``api_key()``/``NEURONPEDIA_API_KEY``). The base URL is
  ``NEURONPEDIA_BASE_URL``, else ``http://localhost:3000`` when ``USE_LOCALHOST=true``, else
  neuronpedia.org. Both are read when the request object is built.
* Nothing is printed (the official steering methods print a warning for two models); errors
  are the typed ``neuronpedia_ext`` exceptions; inputs are checked before sending.
* Vectors may be numpy arrays or torch tensors. ``NPVector.url`` is the real page.
* The steering methods return the server's JSON answer as a dict, as the official ones do
  (``client.steer`` gives typed results). ``TopKByTokenRequest`` needs no pydantic.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .._base import APIResponse
from ..models.activations import Activation
from ..models.search import TopKByTokenResult
from ..models.steer import SteerFeature
from ..models.vectors import NPVector
from ._default import CompatRequest

__all__ = [
    "NNSIGHT_MODELS",
    "ChatMessage",
    "SourceActivationRequest",
    "SteerChatRequest",
    "SteerCompletionRequest",
    "TopKByTokenRequest",
    "VectorRequest",
]

ChatMessage = dict[str, str]
#: Models steered through nnsight upstream, where ``freq_penalty`` has no effect (the official
#: client printed a warning for them).
NNSIGHT_MODELS = ("llama3.3-70b-it", "gpt-oss-20b")


def _as_dict(response: APIResponse[Any]) -> dict[str, Any]:
    """The server's JSON answer as a dict, which is what the official methods returned."""
    body: dict[str, Any] = response.json()
    return body


_STORY: tuple[ChatMessage, ...] = ({"role": "user", "content": "Write a one sentence story."},)


class VectorRequest(CompatRequest):
    """``POST /api/vector/{new,get,list-owned,delete}``."""

    def new(
        self,
        label: str,
        model_id: str,
        layer_num: int,
        hook_type: str,
        vector: Sequence[float] | Any,
        default_steer_strength: float | None = 10,
    ) -> NPVector:
        """Store a steering vector (requires a key). One request. ``ValueError`` on bad input."""
        return self._np.vectors.new(label, model_id, layer_num, hook_type, vector, default_steer_strength)

    def delete(self, vector: NPVector) -> dict[str, Any]:
        """Delete one of your vectors; returns the server's answer (``{"message": "Success"}``)."""
        return _as_dict(self._np.with_raw_response.vectors.delete(vector))

    def get(self, model_id: str, source: str, index: str | int) -> NPVector:
        """A vector (or a SAE feature's decoder vector). One request; no key needed."""
        return self._np.vectors.get(model_id, source, index)

    def get_owned(self) -> list[NPVector]:
        """Every vector you created (requires a key). One request."""
        return self._np.vectors.list_owned()


class SteerChatRequest(CompatRequest):
    """``POST /api/steer-chat``: returns the server's JSON answer (``STEERED``, ``DEFAULT``, ``shareUrl``)."""

    def steer(
        self,
        model_id: str,
        vectors: Sequence[NPVector],
        default_chat_messages: Sequence[ChatMessage] = _STORY,
        steered_chat_messages: Sequence[ChatMessage] = _STORY,
        temperature: float = 0.5,
        n_tokens: int = 32,
        freq_penalty: float = 2,
        seed: int = 16,
        strength_multiplier: float = 4,
        steer_special_tokens: bool = True,
    ) -> dict[str, Any]:
        """Steer a chat turn with ``vectors`` at their default strengths. One request (steer bucket)."""
        return _as_dict(
            self._np.with_raw_response.steer.chat(
                steered_chat_messages,
                list(vectors),
                model_id=model_id,
                default_messages=default_chat_messages,
                temperature=temperature,
                n_tokens=n_tokens,
                freq_penalty=freq_penalty,
                seed=seed,
                strength_multiplier=strength_multiplier,
                steer_special_tokens=steer_special_tokens,
            )
        )

    def steer_features(
        self,
        model_id: str,
        features: Sequence[SteerFeature],
        default_chat_messages: Sequence[ChatMessage],
        steered_chat_messages: Sequence[ChatMessage],
        temperature: float = 0.5,
        n_tokens: int = 24,
        freq_penalty: float = 2,
        seed: int = 42,
        strength_multiplier: float = 4,
        steer_special_tokens: bool = True,
    ) -> dict[str, Any]:
        """Steer a chat turn with SAE features at their ``strength``. One request (steer bucket)."""
        return _as_dict(
            self._np.with_raw_response.steer.chat(
                steered_chat_messages,
                list(features),
                model_id=model_id,
                default_messages=default_chat_messages,
                temperature=temperature,
                n_tokens=n_tokens,
                freq_penalty=freq_penalty,
                seed=seed,
                strength_multiplier=strength_multiplier,
                steer_special_tokens=steer_special_tokens,
            )
        )


class SteerCompletionRequest(CompatRequest):
    """``POST /api/steer``: returns the server's JSON answer (``STEERED``, ``DEFAULT``, ``shareUrl``)."""

    def steer(
        self,
        model_id: str,
        vectors: Sequence[NPVector],
        prompt: str,
        temperature: float = 0.5,
        n_tokens: int = 32,
        freq_penalty: float = 2,
        seed: int = 42,
        strength_multiplier: float = 4,
    ) -> dict[str, Any]:
        """Steer a completion of ``prompt`` with ``vectors``. One request (steer bucket)."""
        return _as_dict(
            self._np.with_raw_response.steer.completion(
                prompt,
                list(vectors),
                model_id=model_id,
                temperature=temperature,
                n_tokens=n_tokens,
                freq_penalty=freq_penalty,
                seed=seed,
                strength_multiplier=strength_multiplier,
            )
        )

    def steer_features(
        self,
        model_id: str,
        features: Sequence[SteerFeature],
        prompt: str,
        temperature: float = 0.5,
        n_tokens: int = 24,
        freq_penalty: float = 2,
        seed: int = 42,
        strength_multiplier: float = 4,
    ) -> dict[str, Any]:
        """Steer a completion of ``prompt`` with SAE features. One request (steer bucket)."""
        return _as_dict(
            self._np.with_raw_response.steer.completion(
                prompt,
                list(features),
                model_id=model_id,
                temperature=temperature,
                n_tokens=n_tokens,
                freq_penalty=freq_penalty,
                seed=seed,
                strength_multiplier=strength_multiplier,
            )
        )


def _layers(source: str | Sequence[str]) -> list[str]:
    return [source] if isinstance(source, str) else list(source)


class SourceActivationRequest(CompatRequest):
    """``POST /api/search-all``: the features of some sources that fire most on a text."""

    def compute_top_features_for_text(
        self,
        model_id: str,
        source: str | Sequence[str],
        text: str,
        ignore_bos: bool = True,
        sort_results_by_activations_at_token_indexes: Sequence[int] = (),
        density_threshold: float = -1,
        num_results: int = 20,
    ) -> list[Activation]:
        """One ``Activation`` (tokens and values) per top feature of ``source`` (one or several
        sources of one source set). One request (search-all bucket); no key needed."""
        result = self._np.search.top_features(
            text,
            model_id,
            layers=_layers(source),
            sort_indexes=sort_results_by_activations_at_token_indexes,
            ignore_bos=ignore_bos,
            density_threshold=density_threshold,
            num_results=num_results,
        )
        return result.to_activations()

    def compute_top_features_for_texts(
        self,
        model_id: str,
        source: str | Sequence[str],
        texts: Sequence[str],
        ignore_bos: bool = True,
        sort_results_by_activations_at_token_indexes: Sequence[int] = (),
        density_threshold: float = -1,
        num_results: int = 20,
    ) -> list[list[Activation]]:
        """:meth:`compute_top_features_for_text` for several texts, in one request."""
        results = self._np.search.top_features_batch(
            texts,
            model_id,
            layers=_layers(source),
            sort_indexes=sort_results_by_activations_at_token_indexes,
            ignore_bos=ignore_bos,
            density_threshold=density_threshold,
            num_results=num_results,
        )
        return [r.to_activations() for r in results]


class TopKByTokenRequest(CompatRequest):
    """``POST /api/search-topk-by-token``: the top features of a source at every token."""

    def compute_top_features_by_token_for_text(
        self,
        model_id: str,
        source: str,
        text: str,
        num_results: int = 5,
        ignore_bos: bool = True,
        density_threshold: float = 0.0,
    ) -> list[TopKByTokenResult]:
        """One ``TopKByTokenResult`` per token. One request (topk bucket); no key needed."""
        return self._np.search.topk_by_token(
            text, model_id, source, num_results=num_results, ignore_bos=ignore_bos, density_threshold=density_threshold
        )

    def compute_top_features_by_token_for_texts(
        self,
        model_id: str,
        source: str,
        texts: Sequence[str],
        num_results: int = 10,
        ignore_bos: bool = True,
        density_threshold: float = 0.0,
    ) -> list[list[TopKByTokenResult]]:
        """:meth:`compute_top_features_by_token_for_text` for several texts, in one request."""
        return self._np.search.topk_by_token_batch(
            texts, model_id, source, num_results=num_results, ignore_bos=ignore_bos, density_threshold=density_threshold
        )
