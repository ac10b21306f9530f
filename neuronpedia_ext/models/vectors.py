"""Steering vectors: ``NPVector`` (the official class, with its conveniences) and the model table.

``NPVector`` keeps the official field names and order (``label, model_id, source, index, values,
hook_name, default_steer_strength, url``) so official-style construction keeps working; the
richer fields (``created_at``, ``creator_id``) follow with defaults.

Differences from the official class, on purpose:

* ``url`` is the vector's real page, ``{base_url}/{model_id}/{source}/{index}`` (the official
  class points at ``.../api/{model}/{source}/{index}``, which is not a page, and chooses localhost
  whenever ``USE_LOCALHOST`` is set at all, even to ``false``).
* ``values`` may be given as a list, a numpy array or a torch tensor; it is stored as a list of
  floats (NaN and infinity are refused).
* :meth:`NPVector.steer_chat` generates DEFAULT from the same conversation as STEERED (the
  official method always compares against "Write a one sentence story.").

Like the official dataclass it is mutable (e.g. ``v.default_steer_strength = 20`` before
steering) and compares equal on every field but ``url``, ``created_at`` and ``creator_id``.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

import attrs

from .._arrays import to_float_list
from .._rules import SCHEMAS
from ..views.text import viewable
from ._binding import BoundClient, base_url_of, client_of, default_client
from .activations import to_index

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .activations import Activation
    from .features import UploadResult

__all__ = ["KNOWN_MODEL_SHAPES", "VALID_HOOK_TYPES", "ModelShape", "NPVector"]

#: The hook types the spec's ``VectorHookType`` lists (from the generated rules table).
VALID_HOOK_TYPES: tuple[str, ...] = tuple(str(v) for v in SCHEMAS["VectorHookType"].enum or ())


@viewable
@attrs.frozen
class ModelShape:
    """The residual-stream width and layer count of a model."""

    dimension: int
    layers: int


#: Residual-stream widths and layer counts of common Neuronpedia models, used to refuse a vector
#: of the wrong length (or a layer out of range) before it is sent. Models not listed here are
#: checked by the server only (400 "Vector dimension does not match model dimension"). Add your
#: own models of a self-hosted instance with ``KNOWN_MODEL_SHAPES["my-model"] = ModelShape(...)``.
KNOWN_MODEL_SHAPES: dict[str, ModelShape] = {
    "gpt2-small": ModelShape(768, 12),
    "pythia-70m-deduped": ModelShape(512, 6),
    "gemma-2-2b": ModelShape(2304, 26),
    "gemma-2-2b-it": ModelShape(2304, 26),
    "gemma-2-9b": ModelShape(3584, 42),
    "gemma-2-9b-it": ModelShape(3584, 42),
    "llama3.1-8b": ModelShape(4096, 32),
    "llama3.1-8b-it": ModelShape(4096, 32),
    "llama3.3-70b-it": ModelShape(8192, 80),
    "qwen2.5-7b-it": ModelShape(3584, 28),
}


def _float_values(values: Any) -> list[float]:
    if isinstance(values, list) and all(type(v) is float and math.isfinite(v) for v in values):
        return values  # already plain finite floats (every answer of the server): no copy
    return to_float_list(values)


@viewable
@attrs.define(eq=True)
class NPVector:
    """A steering vector stored on Neuronpedia (a feature with a ``values`` vector)."""

    label: str
    model_id: str
    source: str
    index: int = attrs.field(converter=to_index)
    values: list[float] = attrs.field(converter=_float_values)
    hook_name: str
    default_steer_strength: float | None
    url: str | None = attrs.field(default=None, eq=False)
    created_at: dt.datetime | None = attrs.field(default=None, eq=False)
    creator_id: str | None = attrs.field(default=None, eq=False)
    _client: BoundClient | None = attrs.field(default=None, eq=False, repr=False, kw_only=True, alias="_client")

    def __attrs_post_init__(self) -> None:
        if not self.url:
            self.url = f"{base_url_of(self)}/{self.model_id}/{self.source}/{self.index}"

    @property
    def wire_index(self) -> str:
        """The index as the official class typed it and the wire carries it (a decimal string)."""
        return str(self.index)

    # ------------------------------------------------------------------ official classmethods

    @classmethod
    def new(
        cls,
        label: str,
        model_id: str,
        layer_num: int,
        hook_type: str,
        vector: Iterable[float] | Any,
        default_steer_strength: float | None = 10,
    ) -> NPVector:
        """Store ``vector`` as a new steering vector (requires a key). One request.

        ``vector`` may be a list, a numpy array or a torch tensor. It is refused before sending
        when it holds NaN/infinity, when ``hook_type`` is not ``hook_resid_pre``/``hook_resid_post``,
        or when its length is not the width of a model in :data:`KNOWN_MODEL_SHAPES`.
        """
        vector_: NPVector = default_client().vectors.new(
            label=label,
            model_id=model_id,
            layer_num=layer_num,
            hook_type=hook_type,
            vector=vector,
            default_steer_strength=default_steer_strength,
        )
        return vector_

    @classmethod
    def get(cls, model_id: str, source: str, index: str | int) -> NPVector:
        """Fetch a vector (or a SAE feature's decoder vector). One request; no key needed."""
        vector: NPVector = default_client().vectors.get(model_id, source, index)
        return vector

    @classmethod
    def get_owned(cls) -> list[NPVector]:
        """Every vector the caller created (requires a key). One request."""
        owned: list[NPVector] = default_client().vectors.list_owned()
        return owned

    # ------------------------------------------------------------------ official methods

    def delete(self) -> dict[str, Any]:
        """Delete this vector (requires a key; only its creator can). One request.

        Returns the server's JSON answer, ``{"message": "Success"}``, as the official method does
        (upstream answers so also when nothing was deleted).
        """
        raw = client_of(self).with_raw_response.vectors.delete(self)
        result: dict[str, Any] = raw.json()
        return result

    def steer_chat(self, steered_chat_messages: list[dict[str, str]]) -> dict[str, Any]:
        """Steer a chat turn with this vector at its default strength. One request (``/api/steer`` bucket).

        Returns the raw JSON answer (``STEERED``, ``DEFAULT``, ``shareUrl``, ...) as the official
        method does; ``client.steer.chat(...)`` gives the same as a typed result. Parameters are
        the official defaults (temperature 0.5, 32 tokens, seed 16, strength multiplier 4,
        frequency penalty 2, special tokens steered).
        """
        raw = client_of(self).with_raw_response.steer.chat(
            steered_chat_messages,
            [self],
            model_id=self.model_id,
            temperature=0.5,
            n_tokens=32,
            freq_penalty=2,
            seed=16,
            strength_multiplier=4,
            steer_special_tokens=True,
        )
        result: dict[str, Any] = raw.json()
        return result

    def steer_completion(self, prompt: str) -> dict[str, Any]:
        """Steer a completion of ``prompt`` with this vector. One request (``/api/steer`` bucket).

        Returns the raw JSON answer, as the official method does (``client.steer.completion``
        is the typed form). Official defaults: temperature 0.5, 32 tokens, seed 42, multiplier 4.
        """
        raw = client_of(self).with_raw_response.steer.completion(
            prompt,
            [self],
            model_id=self.model_id,
            temperature=0.5,
            n_tokens=32,
            freq_penalty=2,
            seed=42,
            strength_multiplier=4,
        )
        result: dict[str, Any] = raw.json()
        return result

    def compute_activation_for_text(self, text: str) -> Activation:
        """This vector's activations on ``text`` (an ``Activation``). One request (``activation/new`` bucket)."""
        activation: Activation = client_of(self).activations.compute(self.model_id, self.source, self.index, text)
        return activation

    def upload_activations(self, activations: Iterable[Any]) -> UploadResult:
        """Upload activations (``Activation``s, ``{"tokens", "values"}`` dicts or pairs) for this vector.

        Requires a key (you must have created the vector). One request per 100 activations;
        returns the totals (the official method returned the raw answer of its single request).
        """
        result: UploadResult = client_of(self).activations.upload(self.model_id, self.source, self.index, activations)
        return result
