"""Natural-language autoencoders (NLA): sources, completions, tokenizations and explanations.

An NLA source is an activation-verbaliser / activation-reconstructor pair at one layer of a
model. ``client.nla.explain`` describes in words the activations at token positions of a prompt;
``client.nla.completion`` generates a chat turn and returns the NLA tokenization whose positions
``explain`` accepts.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..views.text import viewable

__all__ = [
    "NlaCompletion",
    "NlaCompletionDone",
    "NlaCompletionFrame",
    "NlaCompletionPrompt",
    "NlaCompletionToken",
    "NlaExplainCacheId",
    "NlaExplainFrame",
    "NlaExplainMeta",
    "NlaExplainProgress",
    "NlaExplainResult",
    "NlaExplanation",
    "NlaModelRef",
    "NlaSource",
    "NlaToken",
    "NlaTokenization",
]


@viewable
@attrs.frozen
class NlaModelRef:
    """The model of an NLA source; ``open_router_available`` says whether completions can be generated."""

    id: str
    display_name: str
    open_router_available: bool


@viewable
@attrs.frozen
class NlaSource:
    """An NLA source. Use ``model_id`` and ``id`` as ``model_id``/``nla_source_id`` of ``explain``."""

    model_id: str
    id: str
    display_name: str
    description: str
    url: str
    author: str
    av: str
    ar: str
    layer_num: int
    norm: float
    created_at: dt.datetime
    model: NlaModelRef


@viewable
@attrs.frozen
class NlaToken:
    """A token of an NLA tokenization; ``position`` is what ``explain(positions=...)`` takes."""

    token: str
    token_id: int
    position: int
    fragment_index: int | None = None
    fragment_count: int | None = None
    message_index: int | None = None
    role: str | None = None
    section: str | None = None
    channel: str | None = None


@viewable
@attrs.frozen
class NlaCompletion:
    """A generated assistant turn (``completion``), the whole chat's text, and its tokens."""

    completion: str
    full_text: str
    tokens: list[NlaToken]


@viewable
@attrs.frozen
class NlaTokenization:
    """A tokenization of a chat or text (``tokenize``, or a completion from the NLA server itself)."""

    tokens: list[NlaToken]
    prompt_length: int
    text: str


@viewable
@attrs.frozen
class NlaCompletionPrompt:
    """First frame of a completion stream: the prompt's tokens."""

    prompt_length: int
    tokens: list[NlaToken]


@viewable
@attrs.frozen
class NlaCompletionToken:
    """One generated token (a text delta; ``token_id`` is 0 on the OpenRouter path)."""

    token: NlaToken


@viewable
@attrs.frozen
class NlaCompletionDone:
    """Last frame of a completion stream from the NLA server itself: the generated text."""

    text: str


NlaCompletionFrame = NlaCompletionPrompt | NlaCompletionToken | NlaCompletionDone


@viewable
@attrs.frozen
class NlaExplanation:
    """The description of the activation at one position, with the reconstruction's quality."""

    token: str
    token_id: int
    position: int
    l2_norm: float
    description: str
    mse: float | None = None
    cosine_similarity: float | None = None
    generated: bool | None = None
    fragment_index: int | None = None
    fragment_count: int | None = None
    role: str | None = None
    section: str | None = None
    channel: str | None = None
    message_index: int | None = None


@viewable
@attrs.frozen
class NlaExplainResult:
    """The explanations of the requested positions; ``cache_id`` names the cached set."""

    results: list[NlaExplanation]
    layer_index: int
    prompt_length: int
    cache_id: str | None = None
    messages: list[tuple[str, str]] = attrs.field(factory=list)
    template_format: str | None = None


@viewable
@attrs.frozen
class NlaExplainMeta:
    """First frame of an explain stream: the layer, how many positions, the prompt length."""

    layer_index: int
    total: int
    prompt_length: int


@viewable
@attrs.frozen
class NlaExplainProgress:
    """Partial text of the explanation being generated for ``position``."""

    position: int
    text: str
    done: bool


@viewable
@attrs.frozen
class NlaExplainCacheId:
    """Last frame of an explain stream: the cache id of the cumulative result."""

    cache_id: str


NlaExplainFrame = NlaExplainMeta | NlaExplainProgress | NlaExplanation | NlaExplainCacheId
