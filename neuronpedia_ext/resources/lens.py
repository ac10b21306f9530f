"""``client.lens``: the J-lens (logit lens and Jacobian lens) over a prompt, a chat or token ids.

:meth:`Lens.prompt` asks for the whole run at once (``stream: false``) and returns a
:class:`LensResult`; :meth:`Lens.prompt_stream` asks for the server's default NDJSON stream and
yields typed frames as they arrive (:class:`LensMeta`, :class:`LensPromptTokens`, one
:class:`LensToken` per position, :class:`LensDone`). A run that fails midway sends an error frame
inside the 200 stream; it is raised as :class:`InternalServerError` (``status_code`` 200,
``body`` the frame). Both are one request, need no key, and count against the bucket
``/api/lens/prompt`` (240 per hour). :meth:`Lens.share` re-runs the lens on the server and stores
it: one request, bucket ``/api/lens/share`` (30 per hour; 200 shares a day per IP).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import Any, Unpack

import httpx
from neuronpedia_api.api.lens import create_lens_share, run_lens_prompt
from neuronpedia_api.models import (
    LensChatMessage,
    LensChatRole,
    LensDoneFrame,
    LensMetaFrame,
    LensMode,
    LensPromptRequest,
    LensPromptResult,
    LensPromptTokensFrame,
    LensShareChatMessage,
    LensShareRequest,
    LensShareRequestKind,
    LensSteerToken,
    LensTokenFrame,
    LensType,
    LensTypeSlice,
)
from neuronpedia_api.types import UNSET, Unset

from .._base import AsyncTransport, Call, SyncTransport, logger
from .._errors import APIResponseValidationError, InternalServerError, InvalidRequestError
from .._validate import enum_member
from ..models.lens import (
    LensDone,
    LensFrame,
    LensMeta,
    LensPromptToken,
    LensPromptTokens,
    LensReadout,
    LensResult,
    LensShare,
    LensToken,
)
from ._base import AsyncResource, RequestOptions, SyncResource
from .graphs import ChatTurn, chat_messages

__all__ = ["LENS_TYPES", "AsyncLens", "Lens"]

LENS_TYPES: tuple[str, ...] = tuple(t.value for t in LensType)


def _opt(value: Any) -> Any:
    return UNSET if value is None else value


def _unset(value: Any, default: Any = None) -> Any:
    return default if isinstance(value, Unset) else value


# --------------------------------------------------------------------------- conversions


def _meta(f: LensMetaFrame) -> LensMeta:
    return LensMeta(
        model=f.model,
        types=list(f.types),
        layers_by_type={k: list(v) for k, v in f.layers_by_type.additional_properties.items()},
        top_n=f.top_n,
        prompt_len=f.prompt_len,
        num_completion_tokens=f.num_completion_tokens,
        temperature=f.temperature,
        prepend_bos=f.prepend_bos,
        reuse_len=f.reuse_len,
    )


def _readout(r: LensTypeSlice) -> LensReadout:
    return LensReadout(r.type_, [list(x) for x in r.top_tokens], [list(x) for x in r.top_probs])


def _token(f: LensTokenFrame) -> LensToken:
    return LensToken(
        position=f.position,
        token=f.token,
        id=f.id,
        is_generated=f.is_generated,
        results=[
            LensReadout(r.type_, [list(x) for x in r.top_tokens], [list(x) for x in r.top_probs]) for r in f.results
        ],
        is_char_continuation=bool(_unset(f.is_char_continuation, False)),
        message_index=_unset(f.message_index),
        role=_unset(f.role),
        channel=_unset(f.channel),
        section=_unset(f.section),
    )


def _prompt_tokens(f: LensPromptTokensFrame) -> LensPromptTokens:
    return LensPromptTokens(
        [
            LensPromptToken(
                position=t.position,
                token=t.token,
                id=t.id,
                is_generated=t.is_generated,
                is_char_continuation=bool(_unset(t.is_char_continuation, False)),
                message_index=_unset(t.message_index),
                role=_unset(t.role),
                channel=_unset(t.channel),
                section=_unset(t.section),
            )
            for t in f.tokens
        ]
    )


def _done(f: LensDoneFrame) -> LensDone:
    return LensDone(seq_len=f.seq_len, prompt_len=f.prompt_len, vocab_size=f.vocab_size, completion=f.completion)


def _result(p: LensPromptResult) -> LensResult:
    return LensResult(meta=_meta(p.meta), tokens=[_token(t) for t in p.tokens], done=_done(p.done))


def _frame(data: Any, response: httpx.Response) -> LensFrame | None:
    """One NDJSON frame; None for a kind this version does not know. Raises on an error frame."""
    kind = data.get("kind") if isinstance(data, dict) else None
    if kind == "error":
        raise InternalServerError(
            status_code=response.status_code,
            method=response.request.method,
            url=str(response.request.url),
            body=data,
            headers=response.headers,
        )
    try:
        if kind == "meta":
            return _meta(LensMetaFrame.from_dict(data))
        if kind == "prompt":
            return _prompt_tokens(LensPromptTokensFrame.from_dict(data))
        if kind == "token":
            return _token(LensTokenFrame.from_dict(data))
        if kind == "done":
            return _done(LensDoneFrame.from_dict(data))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError.from_response(
            response, f"{type(exc).__name__}: {exc}", json.dumps(data).encode()
        ) from exc
    logger.debug("lens stream: skipping a frame of unknown kind %r", kind)
    return None


def _line(line: str, response: httpx.Response) -> LensFrame | None:
    if not line.strip():
        return None
    try:
        data = json.loads(line)
    except ValueError as exc:
        raise APIResponseValidationError.from_response(response, "a stream line is not JSON", line.encode()) from exc
    return _frame(data, response)


def _whole(body: bytes, response: httpx.Response) -> list[LensFrame]:
    """Frames of a buffered JSON answer (a server that did not stream)."""
    try:
        result = _result(LensPromptResult.from_dict(json.loads(body)))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError.from_response(response, f"{type(exc).__name__}: {exc}", body) from exc
    return [result.meta, *result.tokens, result.done]


def _is_json(response: httpx.Response) -> bool:
    return str(response.headers.get("content-type", "")).split(";")[0].strip() == "application/json"


def _iter_frames(transport: SyncTransport, call: Call[Any], options: RequestOptions) -> Iterator[LensFrame]:
    with transport.stream(call, **options) as response:
        if _is_json(response):
            yield from _whole(response.read(), response)
            return
        for line in response.iter_lines():
            frame = _line(line, response)
            if frame is not None:
                yield frame


async def _aiter_frames(
    transport: AsyncTransport, call: Call[Any], options: RequestOptions
) -> AsyncIterator[LensFrame]:
    async with transport.stream(call, **options) as response:
        if _is_json(response):
            for whole_frame in _whole(await response.aread(), response):
                yield whole_frame
            return
        async for line in response.aiter_lines():
            frame = _line(line, response)
            if frame is not None:
                yield frame


# --------------------------------------------------------------------------- validation


# Ranges, lengths, item counts and enums are the spec's (generated into ``_rules.py`` and checked
# when the Call is made); only what the spec cannot say is checked here.


def _ints(values: Sequence[int] | None, what: str) -> list[int] | None:
    if values is None:
        return None
    if isinstance(values, str | bytes) or not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        raise InvalidRequestError(f"{what} must be a list of integers")
    return list(values)


def _lens_type(value: str) -> LensType:
    return enum_member(LensType, value, "lens type")


def _source(
    model_id: str, prompt: str | None, chat: Sequence[ChatTurn] | None, input_token_ids: Sequence[int] | None
) -> tuple[str | None, list[tuple[str, str]] | None, list[int] | None]:
    ids = _ints(input_token_ids, "input_token_ids")
    turns = chat_messages(chat, roles=[r.value for r in LensChatRole]) if chat is not None else None
    if not ids and bool(prompt) == bool(turns):
        raise InvalidRequestError("give exactly one of prompt or chat (or input_token_ids)")
    return prompt, turns, ids


def _prompt(
    stream: bool,
    model_id: str,
    prompt: str | None,
    chat: Sequence[ChatTurn] | None,
    input_token_ids: Sequence[int] | None,
    types: Sequence[str] | None,
    top_n: int | None,
    temperature: float | None,
    num_completion_tokens: int | None,
    prepend_bos: bool | None,
    enable_thinking: bool | None,
    filter_non_word_tokens: bool | None,
    steer_tokens: Sequence[tuple[str, str]] | None,
    steer_layers: Sequence[int] | None,
    steer_strength: float | None,
    steer_ablate: bool | None,
    swap_token: tuple[str, str] | None,
    steer_generated_tokens: bool | None,
) -> Call[LensResult]:
    prompt, turns, ids = _source(model_id, prompt, chat, input_token_ids)
    lens_types = None
    if types is not None:
        lens_types = [_lens_type(t) for t in ([types] if isinstance(types, str) else types)]
    steer = None
    if steer_tokens is not None:
        steer = [LensSteerToken(token=t, type_=_lens_type(k)) for t, k in steer_tokens]
    body = LensPromptRequest(
        model_id=model_id,
        prompt=_opt(prompt),
        chat=[LensChatMessage(LensChatRole(r), c) for r, c in turns] if turns is not None else UNSET,
        type_=_opt(lens_types),
        top_n=_opt(top_n),
        temperature=_opt(temperature),
        num_completion_tokens=_opt(num_completion_tokens),
        prepend_bos=_opt(prepend_bos),
        enable_thinking=_opt(enable_thinking),
        input_token_ids=_opt(ids),
        filter_non_word_tokens=_opt(filter_non_word_tokens),
        steer_tokens=_opt(steer),
        steer_layers=_opt(_ints(steer_layers, "steer_layers")),
        steer_strength=_opt(steer_strength),
        steer_ablate=_opt(steer_ablate),
        swap_token=LensSteerToken(swap_token[0], _lens_type(swap_token[1])) if swap_token is not None else UNSET,
        steer_generated_tokens=_opt(steer_generated_tokens),
        stream=stream,
    )
    return Call(run_lens_prompt, {"body": body}, lambda p, _r: _result(p), names={"type_": "types"})


def _share(
    model_id: str,
    prompt: str | None,
    chat: Sequence[ChatTurn] | None,
    input_token_ids: Sequence[int] | None,
    top_n: int,
    temperature: float,
    num_completion_tokens: int,
    active_tab: str,
    hide_non_word_tokens: bool,
    kind: str | None,
    description: str | None,
    selected_positions: Sequence[int] | None,
    num_prompt_tokens: int | None,
) -> Call[LensShare]:
    prompt, turns, ids = _source(model_id, prompt, chat, input_token_ids)
    tab = enum_member(LensMode, active_tab, "active_tab")
    share_kind = enum_member(LensShareRequestKind, kind, "kind") if kind is not None else UNSET
    body = LensShareRequest(
        model_id=model_id,
        top_n=top_n,
        temperature=temperature,
        num_completion_tokens=num_completion_tokens,
        active_lens_mode_tab=tab,
        hide_non_word_tokens=bool(hide_non_word_tokens),
        kind=share_kind,
        input_token_ids=_opt(ids),
        chat=[LensShareChatMessage(LensChatRole(r), c) for r, c in turns] if turns is not None else UNSET,
        prompt=_opt(prompt),
        num_prompt_tokens=_opt(num_prompt_tokens),
        selected_positions=_opt(_ints(selected_positions, "selected_positions")),
        description=_opt(description),
    )
    names = {"active_lens_mode_tab": "active_tab"}
    return Call(create_lens_share, {"body": body}, lambda p, _r: LensShare(p.id, p.path, p.url), names=names)


class Lens(SyncResource):
    """The J-lens (sync).

    Give exactly one of ``prompt`` or ``chat`` (``{"role", "content"}`` dicts or ``(role,
    content)`` pairs; roles user/assistant/system), or ``input_token_ids`` (then both are
    ignored). Unset options take the server's defaults: both lens types, ``top_n`` 8,
    ``temperature`` 0, 128 completion tokens.
    """

    def prompt(
        self,
        model_id: str,
        prompt: str | None = None,
        *,
        chat: Sequence[ChatTurn] | None = None,
        input_token_ids: Sequence[int] | None = None,
        types: Sequence[str] | None = None,
        top_n: int | None = None,
        temperature: float | None = None,
        num_completion_tokens: int | None = None,
        prepend_bos: bool | None = None,
        enable_thinking: bool | None = None,
        filter_non_word_tokens: bool | None = None,
        steer_tokens: Sequence[tuple[str, str]] | None = None,
        steer_layers: Sequence[int] | None = None,
        steer_strength: float | None = None,
        steer_ablate: bool | None = None,
        swap_token: tuple[str, str] | None = None,
        steer_generated_tokens: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> LensResult:
        """Run the lens and return the whole run. One request; no key; bucket ``/api/lens/prompt``."""
        call = _prompt(
            False, model_id, prompt, chat, input_token_ids, types, top_n, temperature, num_completion_tokens,
            prepend_bos, enable_thinking, filter_non_word_tokens, steer_tokens, steer_layers, steer_strength,
            steer_ablate, swap_token, steer_generated_tokens,
        )  # fmt: skip
        return self._transport.run(call, **options)

    def prompt_stream(
        self,
        model_id: str,
        prompt: str | None = None,
        *,
        chat: Sequence[ChatTurn] | None = None,
        input_token_ids: Sequence[int] | None = None,
        types: Sequence[str] | None = None,
        top_n: int | None = None,
        temperature: float | None = None,
        num_completion_tokens: int | None = None,
        prepend_bos: bool | None = None,
        enable_thinking: bool | None = None,
        filter_non_word_tokens: bool | None = None,
        steer_tokens: Sequence[tuple[str, str]] | None = None,
        steer_layers: Sequence[int] | None = None,
        steer_strength: float | None = None,
        steer_ablate: bool | None = None,
        swap_token: tuple[str, str] | None = None,
        steer_generated_tokens: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[LensFrame]:
        """Run the lens and yield its frames as they arrive (inputs are checked now, the request
        is sent on first iteration). One request; no key; bucket ``/api/lens/prompt``."""
        call = _prompt(
            True, model_id, prompt, chat, input_token_ids, types, top_n, temperature, num_completion_tokens,
            prepend_bos, enable_thinking, filter_non_word_tokens, steer_tokens, steer_layers, steer_strength,
            steer_ablate, swap_token, steer_generated_tokens,
        )  # fmt: skip
        return _iter_frames(self._transport, call, options)

    def share(
        self,
        model_id: str,
        prompt: str | None = None,
        *,
        chat: Sequence[ChatTurn] | None = None,
        input_token_ids: Sequence[int] | None = None,
        top_n: int = 8,
        temperature: float = 0.0,
        num_completion_tokens: int = 128,
        active_tab: str = "JACOBIAN_LENS",
        hide_non_word_tokens: bool = True,
        kind: str | None = None,
        description: str | None = None,
        selected_positions: Sequence[int] | None = None,
        num_prompt_tokens: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> LensShare:
        """Re-run the lens on the server and store it as a permanent share (attributed to the
        caller when a key is set). One request; bucket ``/api/lens/share``; not retried."""
        call = _share(
            model_id, prompt, chat, input_token_ids, top_n, temperature, num_completion_tokens, active_tab,
            hide_non_word_tokens, kind, description, selected_positions, num_prompt_tokens,
        )  # fmt: skip
        return self._transport.run(call, **options)


class AsyncLens(AsyncResource):
    """The J-lens (async); the same methods as :class:`Lens` (``prompt_stream`` is an async iterator)."""

    async def prompt(
        self,
        model_id: str,
        prompt: str | None = None,
        *,
        chat: Sequence[ChatTurn] | None = None,
        input_token_ids: Sequence[int] | None = None,
        types: Sequence[str] | None = None,
        top_n: int | None = None,
        temperature: float | None = None,
        num_completion_tokens: int | None = None,
        prepend_bos: bool | None = None,
        enable_thinking: bool | None = None,
        filter_non_word_tokens: bool | None = None,
        steer_tokens: Sequence[tuple[str, str]] | None = None,
        steer_layers: Sequence[int] | None = None,
        steer_strength: float | None = None,
        steer_ablate: bool | None = None,
        swap_token: tuple[str, str] | None = None,
        steer_generated_tokens: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> LensResult:
        call = _prompt(
            False, model_id, prompt, chat, input_token_ids, types, top_n, temperature, num_completion_tokens,
            prepend_bos, enable_thinking, filter_non_word_tokens, steer_tokens, steer_layers, steer_strength,
            steer_ablate, swap_token, steer_generated_tokens,
        )  # fmt: skip
        return await self._transport.run(call, **options)

    def prompt_stream(
        self,
        model_id: str,
        prompt: str | None = None,
        *,
        chat: Sequence[ChatTurn] | None = None,
        input_token_ids: Sequence[int] | None = None,
        types: Sequence[str] | None = None,
        top_n: int | None = None,
        temperature: float | None = None,
        num_completion_tokens: int | None = None,
        prepend_bos: bool | None = None,
        enable_thinking: bool | None = None,
        filter_non_word_tokens: bool | None = None,
        steer_tokens: Sequence[tuple[str, str]] | None = None,
        steer_layers: Sequence[int] | None = None,
        steer_strength: float | None = None,
        steer_ablate: bool | None = None,
        swap_token: tuple[str, str] | None = None,
        steer_generated_tokens: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[LensFrame]:
        call = _prompt(
            True, model_id, prompt, chat, input_token_ids, types, top_n, temperature, num_completion_tokens,
            prepend_bos, enable_thinking, filter_non_word_tokens, steer_tokens, steer_layers, steer_strength,
            steer_ablate, swap_token, steer_generated_tokens,
        )  # fmt: skip
        return _aiter_frames(self._transport, call, options)

    async def share(
        self,
        model_id: str,
        prompt: str | None = None,
        *,
        chat: Sequence[ChatTurn] | None = None,
        input_token_ids: Sequence[int] | None = None,
        top_n: int = 8,
        temperature: float = 0.0,
        num_completion_tokens: int = 128,
        active_tab: str = "JACOBIAN_LENS",
        hide_non_word_tokens: bool = True,
        kind: str | None = None,
        description: str | None = None,
        selected_positions: Sequence[int] | None = None,
        num_prompt_tokens: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> LensShare:
        call = _share(
            model_id, prompt, chat, input_token_ids, top_n, temperature, num_completion_tokens, active_tab,
            hide_non_word_tokens, kind, description, selected_positions, num_prompt_tokens,
        )  # fmt: skip
        return await self._transport.run(call, **options)
