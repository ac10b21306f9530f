"""The J-lens (logit lens and Jacobian lens): ``client.lens`` answers and stream frames.

A run is a :class:`LensMeta` frame, a :class:`LensPromptTokens` frame (streams only), one
:class:`LensToken` per position, and a :class:`LensDone` frame. ``client.lens.prompt`` returns
them gathered as one :class:`LensResult`; ``client.lens.prompt_stream`` yields them as they come.
"""

from __future__ import annotations

import attrs

from ..views.text import viewable

__all__ = [
    "LensDone",
    "LensFrame",
    "LensMeta",
    "LensPromptToken",
    "LensPromptTokens",
    "LensReadout",
    "LensResult",
    "LensShare",
    "LensToken",
]


@viewable
@attrs.frozen
class LensMeta:
    """The run's settings: model, lens types, layers read per type, top-N, lengths."""

    model: str
    types: list[str]
    layers_by_type: dict[str, list[int]]
    top_n: int
    prompt_len: int
    num_completion_tokens: int
    temperature: float
    prepend_bos: bool
    reuse_len: int


@viewable
@attrs.frozen
class LensPromptToken:
    """A prompt token as the model sees it (after the chat template), before inference."""

    position: int
    token: str
    id: int
    is_generated: bool
    is_char_continuation: bool = False
    message_index: int | None = None
    role: str | None = None
    channel: str | None = None
    section: str | None = None


@viewable
@attrs.frozen
class LensPromptTokens:
    """The chat-formatted prompt tokens, sent before inference starts (streams only)."""

    tokens: list[LensPromptToken]


@viewable
@attrs.frozen
class LensReadout:
    """One lens type's read-out at one position: ``top_tokens[layer][k]`` with ``top_probs[layer][k]``,
    layers in the order of ``LensMeta.layers_by_type[type]``."""

    type: str
    top_tokens: list[list[str]]
    top_probs: list[list[float]]


@viewable
@attrs.frozen
class LensToken:
    """One position of the run: its token and the read-outs of each lens type."""

    position: int
    token: str
    id: int
    is_generated: bool
    results: list[LensReadout]
    is_char_continuation: bool = False
    message_index: int | None = None
    role: str | None = None
    channel: str | None = None
    section: str | None = None

    def readout(self, lens_type: str) -> LensReadout:
        """The read-out of ``lens_type`` (``"LOGIT_LENS"`` or ``"JACOBIAN_LENS"``); KeyError if absent."""
        for result in self.results:
            if result.type == lens_type:
                return result
        raise KeyError(lens_type)


@viewable
@attrs.frozen
class LensDone:
    """The end of a run: sequence and prompt length, vocabulary size, the generated text."""

    seq_len: int
    prompt_len: int
    vocab_size: int
    completion: str


LensFrame = LensMeta | LensPromptTokens | LensToken | LensDone
"""A frame of ``client.lens.prompt_stream``."""


@viewable
@attrs.frozen
class LensResult:
    """A whole lens run (``client.lens.prompt``)."""

    meta: LensMeta
    tokens: list[LensToken]
    done: LensDone

    @property
    def completion(self) -> str:
        return self.done.completion


@viewable
@attrs.frozen
class LensShare:
    """A permanent share of a lens run: its id, its Neuronpedia path and the stored run's URL."""

    id: str
    path: str
    url: str
