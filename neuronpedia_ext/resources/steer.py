"""``client.steer``: generate text with and without steering.

* :meth:`Steer.completion` / :meth:`Steer.chat` generate twice, once unsteered (DEFAULT) and once
  with features or vectors added (STEERED). ``completion_stream`` / ``chat_stream`` yield the
  server-sent frames as they arrive (each the whole result so far).
* :meth:`Steer.logits` steers attribution-graph features and returns the top logits.

Costs: one request each, counted in the ``/api/steer`` bucket (240 per hour per IP; 1000 on the
higher tier), shared by all three. No key needed (a key widens which models/features are
visible). These are generations, not reads: they are not retried once sent. Results of
completion/chat are cached by the server: the same request answers the saved texts.

What to steer with (``features``): a list of ``NPVector``s (at their default strength),
``SteerFeature``s, ``(feature_id, strength)`` pairs (any feature id: ``"model/source/index"``,
a ``FeatureId``, a URL), ``(model_id, source, index, strength)`` tuples, or the official wire
dicts ``{"modelId", "layer", "index", "strength"}``; or one mapping ``{feature_id: strength}``.
Vectors and SAE features cannot be mixed in one call (the server answers 400).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from typing import Any, TypeVar, Unpack

import httpx
from httpx_sse import EventSource
from neuronpedia_api.api.steering import steer_chat, steer_completion, steer_logits
from neuronpedia_api.models import (
    ChatMessage,
    ChatMessageRole,
    SteerChatFeature,
    SteerChatFrame,
    SteerChatOutput,
    SteerChatRequest,
    SteerChatResponse,
    SteerCompletionFrame,
    SteerCompletionRequest,
    SteerCompletionResponse,
    SteerLogitsByToken,
    SteerLogitsRequest,
    SteerLogitsResponse,
    SteerMethod,
)
from neuronpedia_api.models import SteerFeature as WireSteerFeature
from neuronpedia_api.models import SteerLogitsFeature as WireLogitsFeature
from neuronpedia_api.models import (
    SteerLogprob as GeneratedLogprob,
)
from neuronpedia_api.types import UNSET, Unset

from .._arrays import to_float
from .._base import AsyncTransport, Call, SyncTransport
from .._errors import APIResponseValidationError, InvalidRequestError
from .._ids import FeatureId, feature_id, identifier, items_of, parse_feature_id
from .._validate import enum_member
from ..models.steer import (
    ChatOutput,
    ChatTemplateMessage,
    SteerChatResult,
    SteerChatSettings,
    SteerCompletionResult,
    SteerFeature,
    SteerLogitsFeature,
    SteerLogitsResult,
    SteerLogprob,
    SteerTopLogprob,
    TokenLogits,
    TokenProbability,
)
from ..models.vectors import NPVector
from ._base import AsyncResource, RequestOptions, SyncResource

__all__ = ["AsyncSteer", "ChatMessages", "Steer", "SteerInputs"]

T = TypeVar("T")

SteerInputs = Iterable[Any] | Mapping[Any, float] | NPVector | SteerFeature
"""What to steer with; see the module docstring."""

ChatMessages = str | Iterable[Mapping[str, str] | Any]
"""A conversation: ``[{"role": "user", "content": "..."}, ...]`` (or one user message as a string)."""


# --------------------------------------------------------------------------- inputs


def _strength(value: Any) -> float:
    return to_float(value, name="strength")


def _one_target(item: Any) -> tuple[FeatureId, float]:
    if isinstance(item, NPVector):
        default = 10.0 if item.default_steer_strength is None else item.default_steer_strength
        return feature_id(item.model_id, item.source, item.index), _strength(default)
    if isinstance(item, Mapping):
        try:
            fid = feature_id(item["modelId"], item.get("layer") or item["source"], item["index"])
            return fid, _strength(item["strength"])
        except KeyError as exc:
            raise InvalidRequestError(
                f"a steering dict needs modelId, layer (or source), index and strength; missing {exc}"
            ) from None
    if isinstance(item, tuple) and len(item) == 2:
        return parse_feature_id(item[0], "features"), _strength(item[1])
    if isinstance(item, tuple) and len(item) == 4:
        return feature_id(item[0], item[1], item[2]), _strength(item[3])
    given = getattr(item, "strength", None)
    if given is not None and not isinstance(item, str | tuple):
        return parse_feature_id(item, "features"), _strength(given)
    raise InvalidRequestError(
        f"cannot steer with {item!r}: give an NPVector, a SteerFeature, (feature_id, strength) "
        "or (model_id, source, index, strength)"
    )


def _targets(features: SteerInputs | None) -> list[tuple[FeatureId, float]]:
    if features is None:
        return []
    if isinstance(features, NPVector | SteerFeature):
        return [_one_target(features)]
    if isinstance(features, Mapping):
        return [(parse_feature_id(k, "features"), _strength(v)) for k, v in features.items()]
    if isinstance(features, str):
        raise InvalidRequestError("features must be a list; a feature id alone has no strength")
    if not isinstance(features, Iterable):
        raise InvalidRequestError(f"features must be a list of features or vectors, got {type(features).__name__}")
    return [_one_target(item) for item in features]


def _model_for(model_id: str | None, targets: list[tuple[FeatureId, float]]) -> str:
    models = {fid.model_id for fid, _ in targets}
    if model_id is None:
        if not models:
            raise InvalidRequestError("model_id is required when there are no features to steer with")
        if len(models) > 1:
            raise InvalidRequestError(f"the features belong to several models {sorted(models)}; pass model_id")
        return models.pop()
    return identifier(model_id, "model_id")


def _non_negative(value: Any, name: str) -> Any:
    """Client-side only: upstream passes negative positions to the graph server, which fails."""
    if isinstance(value, int) and not isinstance(value, bool) and value < 0:
        raise InvalidRequestError(f"{name} must be non-negative, got {value}")
    return value


def _messages(messages: ChatMessages, name: str) -> list[ChatMessage]:
    """The wire messages; their roles and contents are checked by the spec's rules (``_rules.py``)."""
    if isinstance(messages, str):
        messages = [{"role": "user", "content": messages}]
    messages = items_of(messages, name)
    out = []
    for i, m in enumerate(messages):
        role = m.get("role") if isinstance(m, Mapping) else getattr(m, "role", None)
        content: Any = m.get("content") if isinstance(m, Mapping) else getattr(m, "content", None)
        out.append(ChatMessage(content=content, role=enum_member(ChatMessageRole, role, f"{name}[{i}].role")))
    if not out:  # client-side only: upstream generates from an empty conversation
        raise InvalidRequestError(f"{name} must hold at least one message")
    return out


def _freq(freq_penalty: float | None) -> float | Unset:
    return UNSET if freq_penalty is None else to_float(freq_penalty, name="freq_penalty")


# --------------------------------------------------------------------------- answers


def _logprobs(items: list[GeneratedLogprob] | None) -> list[SteerLogprob] | None:
    if items is None:
        return None
    return [
        SteerLogprob(
            lp.token,
            lp.logprob,
            None if lp.top_logprobs is None else [SteerTopLogprob(t.token, t.logprob) for t in lp.top_logprobs],
        )
        for lp in items
    ]


def _opt(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _completion_result(p: SteerCompletionResponse | SteerCompletionFrame) -> SteerCompletionResult:
    return SteerCompletionResult(
        steered=p.steered,
        default=p.default,
        steered_logprobs=_logprobs(p.steered_log_probs),
        default_logprobs=_logprobs(p.default_log_probs),
        id=p.id,
        share_url=_opt(p.share_url),
        limit=p.limit,
    )


def _chat_output(o: SteerChatOutput | None) -> ChatOutput | None:
    if o is None:
        return None
    return ChatOutput(
        raw=o.raw,
        chat_template=[ChatTemplateMessage(m.role, m.content) for m in o.chat_template],
        logprobs=_logprobs(o.logprobs),
    )


def _chat_result(p: SteerChatResponse | SteerChatFrame) -> SteerChatResult:
    s = p.settings
    axis = _opt(p.assistant_axis)
    return SteerChatResult(
        steered=_chat_output(p.steered),
        default=_chat_output(p.default),
        id=p.id,
        share_url=_opt(p.share_url),
        limit=p.limit,
        settings=SteerChatSettings(
            temperature=s.temperature,
            n_tokens=s.n_tokens,
            freq_penalty=s.freq_penalty,
            seed=s.seed,
            strength_multiplier=s.strength_multiplier,
            steer_special_tokens=s.steer_special_tokens,
            steer_method=s.steer_method,
        ),
        assistant_axis=None if axis is None else [a.to_dict() for a in axis],
    )


def _token_logits(rows: list[SteerLogitsByToken]) -> list[TokenLogits]:
    return [TokenLogits(r.token, [TokenProbability(t.token, t.prob) for t in r.top_logits]) for r in rows]


def _logits_result(p: SteerLogitsResponse) -> SteerLogitsResult:
    return SteerLogitsResult(
        default_generation=p.default_generation,
        steered_generation=p.steered_generation,
        default_logits_by_token=_token_logits(p.default_logits_by_token),
        steered_logits_by_token=_token_logits(p.steered_logits_by_token),
    )


# --------------------------------------------------------------------------- calls


def _completion(
    prompt: str,
    features: SteerInputs,
    model_id: str | None,
    temperature: float,
    n_tokens: int,
    seed: float,
    strength_multiplier: float,
    freq_penalty: float | None,
    steer_method: str,
    stream: bool,
) -> Call[SteerCompletionResult]:
    targets = _targets(features)
    if not targets:  # client-side only: upstream would answer an unsteered generation
        raise InvalidRequestError("a steered completion needs at least one feature or vector")
    body = SteerCompletionRequest(
        prompt=prompt,
        model_id=_model_for(model_id, targets),
        features=[
            WireSteerFeature(model_id=f.model_id, layer=f.source, index=f.wire_index, strength=s) for f, s in targets
        ],
        temperature=to_float(temperature, name="temperature"),
        n_tokens=n_tokens,
        seed=to_float(seed, name="seed"),
        strength_multiplier=to_float(strength_multiplier, name="strength_multiplier"),
        freq_penalty=_freq(freq_penalty),
        steer_method=enum_member(SteerMethod, steer_method, "steer_method"),
        stream=True if stream else UNSET,
    )
    return Call(steer_completion, {"body": body}, lambda p, _r: _completion_result(p))


def _chat(
    messages: ChatMessages,
    features: SteerInputs,
    model_id: str | None,
    default_messages: ChatMessages | None,
    temperature: float,
    n_tokens: int,
    seed: float,
    strength_multiplier: float,
    steer_special_tokens: bool,
    freq_penalty: float | None,
    steer_method: str,
    stream: bool,
) -> Call[SteerChatResult]:
    steered = _messages(messages, "messages")
    default = steered if default_messages is None else _messages(default_messages, "default_messages")
    targets = _targets(features)
    body = SteerChatRequest(
        default_chat_messages=default,
        steered_chat_messages=steered,
        model_id=_model_for(model_id, targets),
        features=[
            SteerChatFeature(model_id=f.model_id, layer=f.source, index=f.wire_index, strength=s) for f, s in targets
        ],
        temperature=to_float(temperature, name="temperature"),
        n_tokens=n_tokens,
        seed=to_float(seed, name="seed"),
        strength_multiplier=to_float(strength_multiplier, name="strength_multiplier"),
        steer_special_tokens=bool(steer_special_tokens),
        freq_penalty=_freq(freq_penalty),
        steer_method=enum_member(SteerMethod, steer_method, "steer_method"),
        stream=True if stream else UNSET,
    )
    names = {"steered_chat_messages": "messages"}
    names["default_chat_messages"] = "messages" if default_messages is None else "default_messages"
    return Call(steer_chat, {"body": body}, lambda p, _r: _chat_result(p), names=names)


def _logits_feature(item: SteerLogitsFeature | Mapping[str, Any]) -> WireLogitsFeature:
    if isinstance(item, Mapping):
        try:
            wire = WireLogitsFeature.from_dict(item)
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidRequestError(f"not a steer-logits feature: {item!r} ({exc})") from None
        if wire.additional_properties:
            raise InvalidRequestError(f"not a steer-logits feature: unknown keys {sorted(wire.additional_properties)}")
        # the same checks as for a SteerLogitsFeature
        item = SteerLogitsFeature(
            layer=wire.layer,
            index=wire.index,
            token_active_position=wire.token_active_position,
            delta=_opt(wire.delta),
            ablate=wire.ablate,
            steer_position=_opt(wire.steer_position),
            steer_generated_tokens=wire.steer_generated_tokens,
        )
    if not isinstance(item, SteerLogitsFeature):
        raise InvalidRequestError(f"features must be SteerLogitsFeature objects, got {type(item).__name__}")
    for name in ("layer", "index", "token_active_position", "steer_position"):
        _non_negative(getattr(item, name), name)
    if item.delta is None and item.ablate is False:  # client-side only: upstream sends a null delta on
        raise InvalidRequestError("a steer-logits feature needs a delta, or ablate=True")
    return WireLogitsFeature(
        layer=item.layer,
        index=item.index,
        token_active_position=item.token_active_position,
        steer_generated_tokens=item.steer_generated_tokens,
        ablate=item.ablate,
        steer_position=UNSET if item.steer_position is None else item.steer_position,
        delta=UNSET if item.delta is None else to_float(item.delta, name="delta"),
    )


def _logits(
    prompt: str,
    features: Iterable[SteerLogitsFeature | Mapping[str, Any]],
    model_id: str,
    source_set_name: str | None,
    n_tokens: int | None,
    top_k: int | None,
    freeze_attention: bool | None,
    temperature: float | None,
    freq_penalty: float | None,
    seed: float | None,
) -> Call[SteerLogitsResult]:
    body = SteerLogitsRequest(
        model_id=identifier(model_id, "model_id"),
        prompt=prompt,
        features=[_logits_feature(f) for f in items_of(features, "features")],
        source_set_name=UNSET if source_set_name is None else source_set_name,
        n_tokens=UNSET if n_tokens is None else n_tokens,
        top_k=UNSET if top_k is None else top_k,
        freeze_attention=UNSET if freeze_attention is None else bool(freeze_attention),
        temperature=UNSET if temperature is None else to_float(temperature, name="temperature"),
        freq_penalty=_freq(freq_penalty),
        seed=UNSET if seed is None else to_float(seed, name="seed"),
    )
    return Call(steer_logits, {"body": body}, lambda p, _r: _logits_result(p))


# --------------------------------------------------------------------------- streams


def _is_event_stream(response: httpx.Response) -> bool:
    return "text/event-stream" in response.headers.get("content-type", "")


def _frame(response: httpx.Response, data: str, parse: Callable[[dict[str, Any]], T]) -> T:
    try:
        return parse(json.loads(data))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError.from_response(
            response, f"bad stream frame: {type(exc).__name__}: {exc}", data.encode()
        ) from exc


def _parse_completion_frame(data: dict[str, Any]) -> SteerCompletionResult:
    return _completion_result(SteerCompletionFrame.from_dict(data))


def _parse_chat_frame(data: dict[str, Any]) -> SteerChatResult:
    return _chat_result(SteerChatFrame.from_dict(data))


def _iter_frames(
    transport: SyncTransport, call: Call[Any], options: RequestOptions, parse: Callable[[dict[str, Any]], T]
) -> Iterator[T]:
    with transport.stream(call, **options) as response:
        if not _is_event_stream(response):  # fully cached: one plain JSON answer
            response.read()
            yield _frame(response, response.text, parse)
            return
        for event in EventSource(response).iter_sse():
            if event.data and event.data != "[DONE]":
                yield _frame(response, event.data, parse)


async def _aiter_frames(
    transport: AsyncTransport, call: Call[Any], options: RequestOptions, parse: Callable[[dict[str, Any]], T]
) -> AsyncIterator[T]:
    async with transport.stream(call, **options) as response:
        if not _is_event_stream(response):
            await response.aread()
            yield _frame(response, response.text, parse)
            return
        async for event in EventSource(response).aiter_sse():
            if event.data and event.data != "[DONE]":
                yield _frame(response, event.data, parse)


# --------------------------------------------------------------------------- resources


class Steer(SyncResource):
    """Steering (sync)."""

    def completion(
        self,
        prompt: str,
        features: SteerInputs,
        *,
        model_id: str | None = None,
        temperature: float = 0.5,
        n_tokens: int = 32,
        seed: float = 42,
        strength_multiplier: float = 4,
        freq_penalty: float | None = None,
        steer_method: str = "SIMPLE_ADDITIVE",
        **options: Unpack[RequestOptions],
    ) -> SteerCompletionResult:
        """Complete ``prompt`` without and with steering by ``features``.

        ``model_id`` defaults to the features' model. ``strength_multiplier`` scales every
        strength. Every argument is checked against the spec's limits before sending.
        ``freq_penalty`` is sent only when given (no backend applies it any more, but it is part
        of the server's cache key).
        One request in the ``/api/steer`` bucket; no key needed; not retried once sent.
        """
        call = _completion(
            prompt, features, model_id, temperature, n_tokens, seed, strength_multiplier, freq_penalty,
            steer_method, False,
        )  # fmt: skip
        return self._transport.run(call, **options)

    def completion_stream(
        self,
        prompt: str,
        features: SteerInputs,
        *,
        model_id: str | None = None,
        temperature: float = 0.5,
        n_tokens: int = 32,
        seed: float = 42,
        strength_multiplier: float = 4,
        freq_penalty: float | None = None,
        steer_method: str = "SIMPLE_ADDITIVE",
        **options: Unpack[RequestOptions],
    ) -> Iterator[SteerCompletionResult]:
        """Like :meth:`completion`, yielding each server-sent frame (the whole result so far).

        The last frame carries ``id`` and ``share_url``. A fully cached request yields one
        frame. Arguments are checked now; the request is sent when iteration starts.
        """
        call = _completion(
            prompt, features, model_id, temperature, n_tokens, seed, strength_multiplier, freq_penalty,
            steer_method, True,
        )  # fmt: skip
        return _iter_frames(self._transport, call, options, _parse_completion_frame)

    def chat(
        self,
        messages: ChatMessages,
        features: SteerInputs = (),
        *,
        model_id: str | None = None,
        default_messages: ChatMessages | None = None,
        temperature: float = 0.5,
        n_tokens: int = 32,
        seed: float = 16,
        strength_multiplier: float = 4,
        steer_special_tokens: bool = True,
        freq_penalty: float | None = None,
        steer_method: str = "SIMPLE_ADDITIVE",
        **options: Unpack[RequestOptions],
    ) -> SteerChatResult:
        """Generate the next turn of ``messages`` without (DEFAULT) and with (STEERED) steering.

        ``messages`` is a list of ``{"role", "content"}`` (or one user message as a string);
        DEFAULT continues ``default_messages`` (default: the same conversation). With no
        features only DEFAULT is generated (``model_id`` is then required). The server caps
        ``n_tokens`` below the spec's limit for most models. One request in the ``/api/steer`` bucket.
        """
        call = _chat(
            messages, features, model_id, default_messages, temperature, n_tokens, seed, strength_multiplier,
            steer_special_tokens, freq_penalty, steer_method, False,
        )  # fmt: skip
        return self._transport.run(call, **options)

    def chat_stream(
        self,
        messages: ChatMessages,
        features: SteerInputs = (),
        *,
        model_id: str | None = None,
        default_messages: ChatMessages | None = None,
        temperature: float = 0.5,
        n_tokens: int = 32,
        seed: float = 16,
        strength_multiplier: float = 4,
        steer_special_tokens: bool = True,
        freq_penalty: float | None = None,
        steer_method: str = "SIMPLE_ADDITIVE",
        **options: Unpack[RequestOptions],
    ) -> Iterator[SteerChatResult]:
        """Like :meth:`chat`, yielding each server-sent frame (the whole result so far)."""
        call = _chat(
            messages, features, model_id, default_messages, temperature, n_tokens, seed, strength_multiplier,
            steer_special_tokens, freq_penalty, steer_method, True,
        )  # fmt: skip
        return _iter_frames(self._transport, call, options, _parse_chat_frame)

    def logits(
        self,
        prompt: str,
        features: Iterable[SteerLogitsFeature | Mapping[str, Any]],
        *,
        model_id: str,
        source_set_name: str | None = None,
        n_tokens: int | None = None,
        top_k: int | None = None,
        freeze_attention: bool | None = None,
        temperature: float | None = None,
        freq_penalty: float | None = None,
        seed: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> SteerLogitsResult:
        """Steer (or ablate) attribution-graph features at prompt positions; top logits per token.

        ``source_set_name`` defaults to the model's graph source set. Options left as None take
        the server's defaults (256 tokens, top 5, frozen attention, temperature 0.5, seed 16).
        One request in the ``/api/steer`` bucket; needs the graph server.
        """
        call = _logits(
            prompt, features, model_id, source_set_name, n_tokens, top_k, freeze_attention, temperature,
            freq_penalty, seed,
        )  # fmt: skip
        return self._transport.run(call, **options)


class AsyncSteer(AsyncResource):
    """Steering (async); the same methods as :class:`Steer`. The ``*_stream`` methods return
    async iterators (``async for frame in client.steer.chat_stream(...)``)."""

    async def completion(
        self,
        prompt: str,
        features: SteerInputs,
        *,
        model_id: str | None = None,
        temperature: float = 0.5,
        n_tokens: int = 32,
        seed: float = 42,
        strength_multiplier: float = 4,
        freq_penalty: float | None = None,
        steer_method: str = "SIMPLE_ADDITIVE",
        **options: Unpack[RequestOptions],
    ) -> SteerCompletionResult:
        call = _completion(
            prompt, features, model_id, temperature, n_tokens, seed, strength_multiplier, freq_penalty,
            steer_method, False,
        )  # fmt: skip
        return await self._transport.run(call, **options)

    def completion_stream(
        self,
        prompt: str,
        features: SteerInputs,
        *,
        model_id: str | None = None,
        temperature: float = 0.5,
        n_tokens: int = 32,
        seed: float = 42,
        strength_multiplier: float = 4,
        freq_penalty: float | None = None,
        steer_method: str = "SIMPLE_ADDITIVE",
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[SteerCompletionResult]:
        call = _completion(
            prompt, features, model_id, temperature, n_tokens, seed, strength_multiplier, freq_penalty,
            steer_method, True,
        )  # fmt: skip
        return _aiter_frames(self._transport, call, options, _parse_completion_frame)

    async def chat(
        self,
        messages: ChatMessages,
        features: SteerInputs = (),
        *,
        model_id: str | None = None,
        default_messages: ChatMessages | None = None,
        temperature: float = 0.5,
        n_tokens: int = 32,
        seed: float = 16,
        strength_multiplier: float = 4,
        steer_special_tokens: bool = True,
        freq_penalty: float | None = None,
        steer_method: str = "SIMPLE_ADDITIVE",
        **options: Unpack[RequestOptions],
    ) -> SteerChatResult:
        call = _chat(
            messages, features, model_id, default_messages, temperature, n_tokens, seed, strength_multiplier,
            steer_special_tokens, freq_penalty, steer_method, False,
        )  # fmt: skip
        return await self._transport.run(call, **options)

    def chat_stream(
        self,
        messages: ChatMessages,
        features: SteerInputs = (),
        *,
        model_id: str | None = None,
        default_messages: ChatMessages | None = None,
        temperature: float = 0.5,
        n_tokens: int = 32,
        seed: float = 16,
        strength_multiplier: float = 4,
        steer_special_tokens: bool = True,
        freq_penalty: float | None = None,
        steer_method: str = "SIMPLE_ADDITIVE",
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[SteerChatResult]:
        call = _chat(
            messages, features, model_id, default_messages, temperature, n_tokens, seed, strength_multiplier,
            steer_special_tokens, freq_penalty, steer_method, True,
        )  # fmt: skip
        return _aiter_frames(self._transport, call, options, _parse_chat_frame)

    async def logits(
        self,
        prompt: str,
        features: Iterable[SteerLogitsFeature | Mapping[str, Any]],
        *,
        model_id: str,
        source_set_name: str | None = None,
        n_tokens: int | None = None,
        top_k: int | None = None,
        freeze_attention: bool | None = None,
        temperature: float | None = None,
        freq_penalty: float | None = None,
        seed: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> SteerLogitsResult:
        call = _logits(
            prompt, features, model_id, source_set_name, n_tokens, top_k, freeze_attention, temperature,
            freq_penalty, seed,
        )  # fmt: skip
        return await self._transport.run(call, **options)
