"""Steering: what to steer with (``SteerFeature``, ``SteerLogitsFeature``) and what comes back.

* :class:`SteerFeature` is the official class (a :class:`~neuronpedia_ext.Feature` with a
  ``strength``); the steering calls also take ``NPVector``s, feature ids with a strength
  (``("gpt2-small/6-res-jb/1024", 20)``), or the official wire dicts
  (``{"modelId", "layer", "index", "strength"}``).
* :class:`SteerCompletionResult` / :class:`SteerChatResult` are the answers of
  ``client.steer.completion`` / ``.chat``. The streaming variants yield the same classes: each
  frame is the whole result so far (not a delta); the last one carries ``id``/``share_url``.
* :class:`SteerLogitsResult` is the answer of ``client.steer.logits`` (attribution-graph steering).
"""

from __future__ import annotations

from typing import Any

import attrs

from ..views.text import viewable
from .features import Feature

__all__ = [
    "ChatOutput",
    "ChatTemplateMessage",
    "SteerChatResult",
    "SteerChatSettings",
    "SteerCompletionResult",
    "SteerFeature",
    "SteerLogitsFeature",
    "SteerLogitsResult",
    "SteerLogprob",
    "SteerTopLogprob",
    "TokenLogits",
    "TokenProbability",
]


@viewable
@attrs.define
class SteerFeature(Feature):
    """A feature to steer with, at ``strength`` (the official class; a :class:`Feature`).

    ``SteerFeature(modelId="gpt2-small", source="6-res-jb", index=1024, strength=20)``.
    """

    strength: float = 10
    hook_name: str | None = ""  # the official default; positionally after strength, as officially


@viewable
@attrs.frozen
class SteerLogitsFeature:
    """A graph feature to steer (or ablate) for ``client.steer.logits``.

    ``layer``/``index`` name a transcoder feature of the graph source set;
    ``token_active_position`` is the prompt position (from ``/api/graph/tokenize``) where it is
    active; ``steer_position`` where to steer (default: that position); ``delta`` the change
    of its activation; ``ablate`` zeroes it instead; ``steer_generated_tokens`` keeps steering
    on the generated tokens.
    """

    layer: int
    index: int
    token_active_position: int
    delta: float | None = None
    ablate: bool = False
    steer_position: int | None = None
    steer_generated_tokens: bool = False


@viewable
@attrs.frozen
class SteerTopLogprob:
    """An alternative token at one position, with its log-probability."""

    token: str
    logprob: float


@viewable
@attrs.frozen
class SteerLogprob:
    """A generated token with its log-probability (and the alternatives, when the server sent them)."""

    token: str
    logprob: float
    top_logprobs: list[SteerTopLogprob] | None = None


@viewable
@attrs.frozen
class SteerCompletionResult:
    """The DEFAULT (unsteered) and STEERED completions of a prompt.

    ``steered``/``default`` are the generated texts (``None`` in a stream frame before the first
    token); ``id``/``share_url`` name the saved result (its page is ``share_url``); ``limit`` is
    the rate limiter's remaining count as the server echoes it (a string, or None).
    """

    steered: str | None
    default: str | None
    steered_logprobs: list[SteerLogprob] | None = attrs.field(default=None, repr=False)
    default_logprobs: list[SteerLogprob] | None = attrs.field(default=None, repr=False)
    id: str | None = None
    share_url: str | None = None
    limit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The wire shape (``STEERED``, ``DEFAULT``, ``shareUrl`` ...), as the official client returned it."""
        return {
            "STEERED": self.steered,
            "DEFAULT": self.default,
            "steeredLogProbs": _logprobs_dict(self.steered_logprobs),
            "defaultLogProbs": _logprobs_dict(self.default_logprobs),
            "id": self.id,
            "shareUrl": self.share_url,
            "limit": self.limit,
        }


@viewable
@attrs.frozen
class ChatTemplateMessage:
    """One turn of a rendered chat (roles as the model's template names them, e.g. ``model``)."""

    role: str
    content: str


@viewable
@attrs.frozen
class ChatOutput:
    """One generated chat: the raw rendered text, the turns, and the generated tokens' logprobs.

    :attr:`reply` is the content of the last (generated) turn.
    """

    raw: str
    chat_template: list[ChatTemplateMessage]
    logprobs: list[SteerLogprob] | None = attrs.field(default=None, repr=False)

    @property
    def reply(self) -> str | None:
        return self.chat_template[-1].content if self.chat_template else None


@viewable
@attrs.frozen
class SteerChatSettings:
    """The generation parameters the server used (echoed back)."""

    temperature: float
    n_tokens: int
    freq_penalty: float
    seed: float
    strength_multiplier: float
    steer_special_tokens: bool
    steer_method: str


@viewable
@attrs.frozen
class SteerChatResult:
    """The DEFAULT (unsteered) and STEERED next chat turns.

    ``steered`` is None when no features were given (only DEFAULT is generated) and, in stream
    frames, until its first token; likewise ``default``. ``assistant_axis`` is the server's
    assistant-axis analysis (plain JSON) when it was asked for.
    """

    steered: ChatOutput | None
    default: ChatOutput | None
    id: str | None = None
    share_url: str | None = None
    limit: str | None = None
    settings: SteerChatSettings | None = None
    assistant_axis: list[dict[str, Any]] | None = attrs.field(default=None, repr=False)


@viewable
@attrs.frozen
class TokenProbability:
    """A candidate next token and its probability."""

    token: str
    prob: float


@viewable
@attrs.frozen
class TokenLogits:
    """A generated token and the top candidates at its position."""

    token: str
    top_logits: list[TokenProbability]


@viewable
@attrs.frozen
class SteerLogitsResult:
    """Both generations of ``client.steer.logits`` with the top logits of every generated token."""

    default_generation: str
    steered_generation: str
    default_logits_by_token: list[TokenLogits]
    steered_logits_by_token: list[TokenLogits]


def _logprobs_dict(items: list[SteerLogprob] | None) -> list[dict[str, Any]] | None:
    if items is None:
        return None
    return [
        {
            "token": lp.token,
            "logprob": lp.logprob,
            "topLogprobs": None
            if lp.top_logprobs is None
            else [{"token": t.token, "logprob": t.logprob} for t in lp.top_logprobs],
        }
        for lp in items
    ]
