"""``client.nla``: natural-language autoencoders (NLA).

- :meth:`Nla.sources`: every NLA source. One request; no key; bucket ``/api/nla/sources`` (1200 per hour).
- :meth:`Nla.completion` / :meth:`Nla.completion_stream` / :meth:`Nla.tokenize`: generate a chat
  turn (or only tokenize) and get the NLA tokenization. One request; key optional (unused);
  bucket ``/api/nla/completion`` (240 per hour).
- :meth:`Nla.explain` / :meth:`Nla.explain_stream`: describe the activations at token positions
  (at most 16 positions not explained before per request). One request; key optional (unused);
  bucket ``/api/nla/explain`` (120 per hour).

The ``*_stream`` variants read the server-sent events (via httpx-sse) and yield typed frames;
inputs are checked when called, the request is sent on first iteration. An ``{error}`` frame
inside the 200 stream is raised as :class:`InternalServerError` (``status_code`` 200, ``body``
the frame). When the server answers a stream request with plain JSON (an explain whose
positions are all cached), the same frames are made from it.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any, TypeVar, Unpack

import httpx
from httpx_sse import EventSource
from neuronpedia_api.api.nla import list_nla_sources, nla_completion, nla_explain
from neuronpedia_api.models import (
    NlaChatMessage,
    NlaChatRole,
    NlaCompletionRequest,
    NlaExplainRequest,
    NlaExplainResult,
    NlaSourceList,
    NlaTokenInfo,
    NlaTokenization,
)
from neuronpedia_api.models import NlaCompletion as GeneratedCompletion
from neuronpedia_api.models import NlaExplanation as GeneratedExplanation
from neuronpedia_api.models import NlaSource as GeneratedSource
from neuronpedia_api.types import UNSET, Unset

from .._base import AsyncTransport, Call, SyncTransport, logger
from .._errors import APIResponseValidationError, InternalServerError, InvalidRequestError
from .._ids import identifier
from .._validate import rule
from ..models import nla as m
from ._base import AsyncResource, RequestOptions, SyncResource
from .graphs import ChatTurn, chat_messages

__all__ = ["AsyncNla", "Nla"]

F = TypeVar("F")
MAX_INPUT_CHARS: int = rule("nla_completion", "text").max_length or 0
"""The spec's ``text`` maxLength; upstream applies the same limit to the sum of the message contents."""


def _unset(value: Any, default: Any = None) -> Any:
    return default if isinstance(value, Unset) else value


# --------------------------------------------------------------------------- conversions


def _source(s: GeneratedSource) -> m.NlaSource:
    return m.NlaSource(
        model_id=s.model_id,
        id=s.id,
        display_name=s.display_name,
        description=s.description,
        url=s.url,
        author=s.author,
        av=s.av,
        ar=s.ar,
        layer_num=s.layer_num,
        norm=s.norm,
        created_at=s.created_at,
        model=m.NlaModelRef(s.model.id, s.model.display_name, s.model.open_router_available),
    )


def _token(t: NlaTokenInfo) -> m.NlaToken:
    return m.NlaToken(
        token=t.token,
        token_id=t.token_id,
        position=t.position,
        fragment_index=_unset(t.fragment_index),
        fragment_count=_unset(t.fragment_count),
        message_index=_unset(t.message_index),
        role=_unset(t.role),
        section=_unset(t.section),
        channel=_unset(t.channel),
    )


def _tokenization(p: NlaTokenization) -> m.NlaTokenization:
    return m.NlaTokenization(tokens=[_token(t) for t in p.tokens], prompt_length=p.prompt_length, text=p.text)


def _completion(p: GeneratedCompletion | NlaTokenization) -> m.NlaCompletion | m.NlaTokenization:
    if isinstance(p, NlaTokenization):
        return _tokenization(p)
    return m.NlaCompletion(completion=p.completion, full_text=p.full_text, tokens=[_token(t) for t in p.tokens])


def _explanation(e: GeneratedExplanation) -> m.NlaExplanation:
    return m.NlaExplanation(
        token=e.token,
        token_id=e.token_id,
        position=e.position,
        l2_norm=e.l2_norm,
        description=e.description,
        mse=_unset(e.mse),
        cosine_similarity=_unset(e.cosine_similarity),
        generated=_unset(e.generated),
        fragment_index=_unset(e.fragment_index),
        fragment_count=_unset(e.fragment_count),
        role=_unset(e.role),
        section=_unset(e.section),
        channel=_unset(e.channel),
        message_index=_unset(e.message_index),
    )


def _explain_result(p: NlaExplainResult) -> m.NlaExplainResult:
    return m.NlaExplainResult(
        results=[_explanation(e) for e in p.results],
        layer_index=p.layer_index,
        prompt_length=p.prompt_length,
        cache_id=_unset(p.cache_id),
        messages=[(x.role, x.content) for x in _unset(p.messages, [])],
        template_format=_unset(p.template_format),
    )


# --------------------------------------------------------------------------- stream frames


def _stream_error(data: Any, response: httpx.Response) -> InternalServerError:
    return InternalServerError(
        status_code=response.status_code,
        method=response.request.method,
        url=str(response.request.url),
        body=data,
        headers=response.headers,
    )


def _completion_frame(data: dict[str, Any]) -> m.NlaCompletionFrame | None:
    kind = data.get("type")
    if kind == "prompt":
        return m.NlaCompletionPrompt(
            int(data["prompt_length"]), [_token(NlaTokenInfo.from_dict(t)) for t in data["tokens"]]
        )
    if kind == "token":
        return m.NlaCompletionToken(_token(NlaTokenInfo.from_dict(data["token"])))
    if kind == "done":
        return m.NlaCompletionDone(str(data["text"]))
    return None


def _completion_whole(data: Any) -> list[m.NlaCompletionFrame]:
    done = _completion(_parse_completion_json(data))
    if isinstance(done, m.NlaTokenization):
        return [m.NlaCompletionPrompt(done.prompt_length, done.tokens), m.NlaCompletionDone(done.text)]
    return [*(m.NlaCompletionToken(t) for t in done.tokens), m.NlaCompletionDone(done.completion)]


def _parse_completion_json(data: Any) -> GeneratedCompletion | NlaTokenization:
    if isinstance(data, dict) and "completion" in data:
        return GeneratedCompletion.from_dict(data)
    return NlaTokenization.from_dict(data)


def _explain_frame(data: dict[str, Any]) -> m.NlaExplainFrame | None:
    if "cacheId" in data:
        return m.NlaExplainCacheId(str(data["cacheId"]))
    if "description" in data and "l2_norm" in data:
        return _explanation(GeneratedExplanation.from_dict(data))
    if "layer_index" in data and "total" in data:
        return m.NlaExplainMeta(int(data["layer_index"]), int(data["total"]), int(data["prompt_length"]))
    if "position" in data and "text" in data:
        return m.NlaExplainProgress(int(data["position"]), str(data["text"]), bool(data.get("done", False)))
    return None


def _explain_whole(data: Any) -> list[m.NlaExplainFrame]:
    result = _explain_result(NlaExplainResult.from_dict(data))
    frames: list[m.NlaExplainFrame] = [m.NlaExplainMeta(result.layer_index, len(result.results), result.prompt_length)]
    frames.extend(result.results)
    if result.cache_id is not None:
        frames.append(m.NlaExplainCacheId(result.cache_id))
    return frames


def _decode(
    payload: str, response: httpx.Response, parse: Callable[[dict[str, Any]], F | None]
) -> tuple[bool, F | None]:
    """(finished, frame) for one event's data."""
    if payload.strip() == "[DONE]":
        return True, None
    try:
        data = json.loads(payload)
    except ValueError as exc:
        raise APIResponseValidationError.from_response(response, "an event is not JSON", payload.encode()) from exc
    if not isinstance(data, dict):
        raise APIResponseValidationError.from_response(response, "an event is not a JSON object", payload.encode())
    if "error" in data:
        raise _stream_error(data, response)
    try:
        frame = parse(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError.from_response(
            response, f"{type(exc).__name__}: {exc}", payload.encode()
        ) from exc
    if frame is None:
        logger.debug("nla stream: skipping an unknown frame %s", payload[:200])
    return False, frame


def _whole(body: bytes, response: httpx.Response, whole: Callable[[Any], list[F]]) -> list[F]:
    try:
        return whole(json.loads(body))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError.from_response(response, f"{type(exc).__name__}: {exc}", body) from exc


def _is_json(response: httpx.Response) -> bool:
    return str(response.headers.get("content-type", "")).split(";")[0].strip() == "application/json"


def _iter_events(
    transport: SyncTransport,
    call: Call[Any],
    options: RequestOptions,
    parse: Callable[[dict[str, Any]], F | None],
    whole: Callable[[Any], list[F]],
) -> Iterator[F]:
    with transport.stream(call, **options) as response:
        if _is_json(response):
            yield from _whole(response.read(), response, whole)
            return
        for event in EventSource(response).iter_sse():
            finished, frame = _decode(event.data, response, parse)
            if finished:
                return
            if frame is not None:
                yield frame


async def _aiter_events(
    transport: AsyncTransport,
    call: Call[Any],
    options: RequestOptions,
    parse: Callable[[dict[str, Any]], F | None],
    whole: Callable[[Any], list[F]],
) -> AsyncIterator[F]:
    async with transport.stream(call, **options) as response:
        if _is_json(response):
            for whole_frame in _whole(await response.aread(), response, whole):
                yield whole_frame
            return
        async for event in EventSource(response).aiter_sse():
            finished, frame = _decode(event.data, response, parse)
            if finished:
                return
            if frame is not None:
                yield frame


# --------------------------------------------------------------------------- validation and calls


def _ids(model_id: str, nla_source_id: str) -> tuple[str, str]:
    identifier(model_id, "model_id")
    if not isinstance(nla_source_id, str) or not nla_source_id:
        raise InvalidRequestError("nla_source_id must be a non-empty string")
    return model_id, nla_source_id


def _input(messages: Sequence[ChatTurn] | None, text: str | None) -> tuple[Any, Any]:
    """(messages, text) for the body: exactly one, within 16384 characters."""
    turns = chat_messages(messages, roles=[r.value for r in NlaChatRole]) if messages is not None else None
    if text is not None and not isinstance(text, str):
        raise InvalidRequestError("text must be a string")
    if bool(turns) == bool(text):
        raise InvalidRequestError("give exactly one of messages (non-empty) or text")
    size = len(text) if text else sum(len(c) for _, c in turns or [])
    if size > MAX_INPUT_CHARS:
        raise InvalidRequestError(f"the input may be at most {MAX_INPUT_CHARS} characters, got {size}")
    body_messages = [NlaChatMessage(NlaChatRole(r), c) for r, c in turns] if turns else UNSET
    return body_messages, text if text else UNSET


def _temperature(value: float | None) -> Any:
    if value is None:
        return UNSET
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise InvalidRequestError("temperature must be a non-negative number")
    return value


def _sources() -> Call[list[m.NlaSource]]:
    return Call(
        list_nla_sources, {}, lambda p, _r: [_source(s) for s in p.sources] if isinstance(p, NlaSourceList) else []
    )


def _completion_call(
    model_id: str,
    nla_source_id: str,
    messages: Sequence[ChatTurn] | None,
    text: str | None,
    completion_tokens: int,
    temperature: float | None,
    add_generation_prompt: bool | None,
    stream: bool,
) -> Call[m.NlaCompletion | m.NlaTokenization]:
    model_id, source_id = _ids(model_id, nla_source_id)
    body_messages, body_text = _input(messages, text)
    if isinstance(completion_tokens, bool) or not isinstance(completion_tokens, int) or completion_tokens < 0:
        raise InvalidRequestError("completion_tokens must be a non-negative integer")
    body = NlaCompletionRequest(
        model_id=model_id,
        nla_source_id=source_id,
        messages=body_messages,
        text=body_text,
        completion_tokens=completion_tokens,
        temperature=_temperature(temperature),
        stream=stream,
        add_generation_prompt=add_generation_prompt if add_generation_prompt is not None else UNSET,
    )
    return Call(nla_completion, {"body": body}, lambda p, _r: _completion(p))


def _tokenize_call(
    model_id: str,
    nla_source_id: str,
    messages: Sequence[ChatTurn] | None,
    text: str | None,
    add_generation_prompt: bool | None,
) -> Call[m.NlaTokenization]:
    call = _completion_call(model_id, nla_source_id, messages, text, 0, None, add_generation_prompt, False)

    def convert(p: Any, r: httpx.Response) -> m.NlaTokenization:
        if not isinstance(p, NlaTokenization):
            raise TypeError("expected a tokenization, got a completion")
        return _tokenization(p)

    return Call(call.operation, call.args, convert)


def _explain_call(
    model_id: str,
    nla_source_id: str,
    positions: Sequence[int],
    text: str | None,
    messages: Sequence[ChatTurn] | None,
    temperature: float | None,
    prior_cache_id: str | None,
    stream: bool,
) -> Call[m.NlaExplainResult]:
    model_id, source_id = _ids(model_id, nla_source_id)
    body_messages, body_text = _input(messages, text)
    if isinstance(positions, int | str) or not isinstance(positions, Sequence):
        raise InvalidRequestError("positions must be a list of token positions")
    wanted = list(positions)
    body = NlaExplainRequest(
        model_id=model_id,
        nla_source_id=source_id,
        positions=wanted,
        text=body_text,
        messages=body_messages,
        temperature=_temperature(temperature),
        stream=stream,
        prior_cache_id=prior_cache_id if prior_cache_id is not None else UNSET,
    )
    return Call(nla_explain, {"body": body}, lambda p, _r: _explain_result(p))


class Nla(SyncResource):
    """Natural-language autoencoders (sync). Chats are ``{"role", "content"}`` dicts or
    ``(role, content)`` pairs, roles ``user``/``assistant``; give ``messages`` or ``text``."""

    def sources(self, **options: Unpack[RequestOptions]) -> list[m.NlaSource]:
        """Every NLA source, by model, layer and id. One request; no key."""
        return self._transport.run(_sources(), **options)

    def completion(
        self,
        model_id: str,
        nla_source_id: str,
        messages: Sequence[ChatTurn] | None = None,
        *,
        text: str | None = None,
        completion_tokens: int = 64,
        temperature: float | None = None,
        add_generation_prompt: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> m.NlaCompletion | m.NlaTokenization:
        """Generate up to ``completion_tokens`` (at most 512) and return the completion with its
        tokens: an :class:`NlaCompletion` (generated through OpenRouter) or, when the NLA server
        generates itself (``text`` input, or a model without OpenRouter), an
        :class:`NlaTokenization` of the whole text. ``completion_tokens=0`` only tokenizes. One request."""
        call = _completion_call(
            model_id, nla_source_id, messages, text, completion_tokens, temperature, add_generation_prompt, False
        )
        return self._transport.run(call, **options)

    def completion_stream(
        self,
        model_id: str,
        nla_source_id: str,
        messages: Sequence[ChatTurn] | None = None,
        *,
        text: str | None = None,
        completion_tokens: int = 64,
        temperature: float | None = None,
        add_generation_prompt: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[m.NlaCompletionFrame]:
        """Like :meth:`completion`, streamed: an :class:`NlaCompletionPrompt`, then one
        :class:`NlaCompletionToken` per generated token, then (NLA-server path) an
        :class:`NlaCompletionDone`. One request."""
        call = _completion_call(
            model_id, nla_source_id, messages, text, completion_tokens, temperature, add_generation_prompt, True
        )
        return _iter_events(self._transport, call, options, _completion_frame, _completion_whole)

    def tokenize(
        self,
        model_id: str,
        nla_source_id: str,
        messages: Sequence[ChatTurn] | None = None,
        *,
        text: str | None = None,
        add_generation_prompt: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> m.NlaTokenization:
        """The NLA tokenization of a chat or text, without generating (its positions are what
        :meth:`explain` takes). One request (``nlaCompletion`` with no completion tokens)."""
        return self._transport.run(
            _tokenize_call(model_id, nla_source_id, messages, text, add_generation_prompt), **options
        )

    def explain(
        self,
        model_id: str,
        nla_source_id: str,
        positions: Sequence[int],
        *,
        text: str | None = None,
        messages: Sequence[ChatTurn] | None = None,
        temperature: float | None = None,
        prior_cache_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> m.NlaExplainResult:
        """Describe the activations at ``positions`` of ``text`` (already chat-templated) or of
        ``messages``. Positions explained before come from the server's cache; at most 16 new
        ones per request. One request."""
        call = _explain_call(model_id, nla_source_id, positions, text, messages, temperature, prior_cache_id, False)
        return self._transport.run(call, **options)

    def explain_stream(
        self,
        model_id: str,
        nla_source_id: str,
        positions: Sequence[int],
        *,
        text: str | None = None,
        messages: Sequence[ChatTurn] | None = None,
        temperature: float | None = None,
        prior_cache_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[m.NlaExplainFrame]:
        """Like :meth:`explain`, streamed: an :class:`NlaExplainMeta`, :class:`NlaExplainProgress`
        frames, one :class:`NlaExplanation` per new position, then an :class:`NlaExplainCacheId`.
        One request."""
        call = _explain_call(model_id, nla_source_id, positions, text, messages, temperature, prior_cache_id, True)
        return _iter_events(self._transport, call, options, _explain_frame, _explain_whole)


class AsyncNla(AsyncResource):
    """Natural-language autoencoders (async); the same methods as :class:`Nla` (``*_stream``
    return async iterators)."""

    async def sources(self, **options: Unpack[RequestOptions]) -> list[m.NlaSource]:
        return await self._transport.run(_sources(), **options)

    async def completion(
        self,
        model_id: str,
        nla_source_id: str,
        messages: Sequence[ChatTurn] | None = None,
        *,
        text: str | None = None,
        completion_tokens: int = 64,
        temperature: float | None = None,
        add_generation_prompt: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> m.NlaCompletion | m.NlaTokenization:
        call = _completion_call(
            model_id, nla_source_id, messages, text, completion_tokens, temperature, add_generation_prompt, False
        )
        return await self._transport.run(call, **options)

    def completion_stream(
        self,
        model_id: str,
        nla_source_id: str,
        messages: Sequence[ChatTurn] | None = None,
        *,
        text: str | None = None,
        completion_tokens: int = 64,
        temperature: float | None = None,
        add_generation_prompt: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[m.NlaCompletionFrame]:
        call = _completion_call(
            model_id, nla_source_id, messages, text, completion_tokens, temperature, add_generation_prompt, True
        )
        return _aiter_events(self._transport, call, options, _completion_frame, _completion_whole)

    async def tokenize(
        self,
        model_id: str,
        nla_source_id: str,
        messages: Sequence[ChatTurn] | None = None,
        *,
        text: str | None = None,
        add_generation_prompt: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> m.NlaTokenization:
        return await self._transport.run(
            _tokenize_call(model_id, nla_source_id, messages, text, add_generation_prompt), **options
        )

    async def explain(
        self,
        model_id: str,
        nla_source_id: str,
        positions: Sequence[int],
        *,
        text: str | None = None,
        messages: Sequence[ChatTurn] | None = None,
        temperature: float | None = None,
        prior_cache_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> m.NlaExplainResult:
        call = _explain_call(model_id, nla_source_id, positions, text, messages, temperature, prior_cache_id, False)
        return await self._transport.run(call, **options)

    def explain_stream(
        self,
        model_id: str,
        nla_source_id: str,
        positions: Sequence[int],
        *,
        text: str | None = None,
        messages: Sequence[ChatTurn] | None = None,
        temperature: float | None = None,
        prior_cache_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[m.NlaExplainFrame]:
        call = _explain_call(model_id, nla_source_id, positions, text, messages, temperature, prior_cache_id, True)
        return _aiter_events(self._transport, call, options, _explain_frame, _explain_whole)
