from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.nla_completion import NlaCompletion
from ...models.nla_completion_request import NlaCompletionRequest
from ...models.nla_tokenization import NlaTokenization
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: NlaCompletionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/nla/completion",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | RateLimitError | NlaCompletion | NlaTokenization:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> NlaCompletion | NlaTokenization:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = NlaCompletion.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = NlaTokenization.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BareError.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = BareError.from_dict(response.json())

        return response_422

    if response.status_code == 429:

        def _parse_response_429(data: object) -> BareError | RateLimitError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_429_type_0 = RateLimitError.from_dict(data)

                return response_429_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_429_type_1 = BareError.from_dict(data)

            return response_429_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> BareError | Error:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_500_type_0 = Error.from_dict(data)

                return response_500_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_500_type_1 = BareError.from_dict(data)

            return response_500_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = BareError.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = BareError.from_dict(response.json())

        return response_503

    response_default = BareError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BareError | Error | RateLimitError | NlaCompletion | NlaTokenization]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NlaCompletionRequest,
) -> Response[BareError | Error | RateLimitError | NlaCompletion | NlaTokenization]:
    """Generate a chat completion and its NLA tokenization

     Generates an assistant turn for `messages` and returns it with the NLA tokenization of the whole
    chat,
    whose `position`s are valid `positions` for `nlaExplain`. What happens depends on the body:

    - `messages` + `completion_tokens` > 0, not streaming, model with an OpenRouter id (every model
    except
      `qwen2.5-1.5b-it`): generation through OpenRouter, then tokenization on the NLA server ->
      `NlaCompletion`. A model without an OpenRouter id gives 400.
    - the same with `stream: true`: `text/event-stream` built by the webapp: one
      `NlaCompletionPromptFrame`, then `NlaCompletionTokenFrame`s (text deltas from OpenRouter, with
      `token_id` 0), then `data: [DONE]`; an OpenRouter failure midway is sent as a `{error}` frame.
    - otherwise with `completion_tokens` > 0 (e.g. `text` instead of `messages`, or `qwen2.5-1.5b-it`):
    the
      NLA server's own `/completion`, passed through (`NlaTokenization`, or its SSE stream with
      `NlaCompletionPromptFrame`, `NlaCompletionTokenFrame`s and an `NlaCompletionDoneFrame`).
    - `completion_tokens` missing or <= 0: **no generation at all**; the chat or text is only tokenized
      (`NlaTokenization`). Upstream's annotation marks `completion_tokens` required; the handler
    defaults
      it to 0.

    Other rules: `completion_tokens` is silently capped at 512; `temperature` defaults to 0.7; the total
    input (the `text`, or the sum of the message contents) may be at most 16384 characters. One of
    `messages` (non-empty, roles `user`/`assistant`) or `text` is required (400 otherwise); this is
    checked
    by hand. `modelId` and `nlaSourceId` select the NLA server: without a configured pair the call fails
    with the generic 500 (upstream's annotation calls `nlaSourceId` optional).

    - Auth: API key optional (unused; a wrong key is treated as anonymous).
    - Rate limit: bucket `/api/nla/completion`, 240 requests per 60 minutes per client IP, on top of the
      global buckets.
    - External services: the NLA server, and OpenRouter (`OPENROUTER_API_KEY`) on the generation path.
    - An error status from the NLA server is passed through as `{error: "NLA server error: <status> -
      <body>"}`. A malformed JSON body gives the generic 500.

    Args:
        body (NlaCompletionRequest): The body of `nlaCompletion` (checked by hand; extra keys are
            ignored). One of `messages` or `text` is
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | BareError | RateLimitError | NlaCompletion | NlaTokenization]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: NlaCompletionRequest,
) -> BareError | Error | RateLimitError | NlaCompletion | NlaTokenization | None:
    """Generate a chat completion and its NLA tokenization

     Generates an assistant turn for `messages` and returns it with the NLA tokenization of the whole
    chat,
    whose `position`s are valid `positions` for `nlaExplain`. What happens depends on the body:

    - `messages` + `completion_tokens` > 0, not streaming, model with an OpenRouter id (every model
    except
      `qwen2.5-1.5b-it`): generation through OpenRouter, then tokenization on the NLA server ->
      `NlaCompletion`. A model without an OpenRouter id gives 400.
    - the same with `stream: true`: `text/event-stream` built by the webapp: one
      `NlaCompletionPromptFrame`, then `NlaCompletionTokenFrame`s (text deltas from OpenRouter, with
      `token_id` 0), then `data: [DONE]`; an OpenRouter failure midway is sent as a `{error}` frame.
    - otherwise with `completion_tokens` > 0 (e.g. `text` instead of `messages`, or `qwen2.5-1.5b-it`):
    the
      NLA server's own `/completion`, passed through (`NlaTokenization`, or its SSE stream with
      `NlaCompletionPromptFrame`, `NlaCompletionTokenFrame`s and an `NlaCompletionDoneFrame`).
    - `completion_tokens` missing or <= 0: **no generation at all**; the chat or text is only tokenized
      (`NlaTokenization`). Upstream's annotation marks `completion_tokens` required; the handler
    defaults
      it to 0.

    Other rules: `completion_tokens` is silently capped at 512; `temperature` defaults to 0.7; the total
    input (the `text`, or the sum of the message contents) may be at most 16384 characters. One of
    `messages` (non-empty, roles `user`/`assistant`) or `text` is required (400 otherwise); this is
    checked
    by hand. `modelId` and `nlaSourceId` select the NLA server: without a configured pair the call fails
    with the generic 500 (upstream's annotation calls `nlaSourceId` optional).

    - Auth: API key optional (unused; a wrong key is treated as anonymous).
    - Rate limit: bucket `/api/nla/completion`, 240 requests per 60 minutes per client IP, on top of the
      global buckets.
    - External services: the NLA server, and OpenRouter (`OPENROUTER_API_KEY`) on the generation path.
    - An error status from the NLA server is passed through as `{error: "NLA server error: <status> -
      <body>"}`. A malformed JSON body gives the generic 500.

    Args:
        body (NlaCompletionRequest): The body of `nlaCompletion` (checked by hand; extra keys are
            ignored). One of `messages` or `text` is
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | BareError | RateLimitError | NlaCompletion | NlaTokenization
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NlaCompletionRequest,
) -> Response[BareError | Error | RateLimitError | NlaCompletion | NlaTokenization]:
    """Generate a chat completion and its NLA tokenization

     Generates an assistant turn for `messages` and returns it with the NLA tokenization of the whole
    chat,
    whose `position`s are valid `positions` for `nlaExplain`. What happens depends on the body:

    - `messages` + `completion_tokens` > 0, not streaming, model with an OpenRouter id (every model
    except
      `qwen2.5-1.5b-it`): generation through OpenRouter, then tokenization on the NLA server ->
      `NlaCompletion`. A model without an OpenRouter id gives 400.
    - the same with `stream: true`: `text/event-stream` built by the webapp: one
      `NlaCompletionPromptFrame`, then `NlaCompletionTokenFrame`s (text deltas from OpenRouter, with
      `token_id` 0), then `data: [DONE]`; an OpenRouter failure midway is sent as a `{error}` frame.
    - otherwise with `completion_tokens` > 0 (e.g. `text` instead of `messages`, or `qwen2.5-1.5b-it`):
    the
      NLA server's own `/completion`, passed through (`NlaTokenization`, or its SSE stream with
      `NlaCompletionPromptFrame`, `NlaCompletionTokenFrame`s and an `NlaCompletionDoneFrame`).
    - `completion_tokens` missing or <= 0: **no generation at all**; the chat or text is only tokenized
      (`NlaTokenization`). Upstream's annotation marks `completion_tokens` required; the handler
    defaults
      it to 0.

    Other rules: `completion_tokens` is silently capped at 512; `temperature` defaults to 0.7; the total
    input (the `text`, or the sum of the message contents) may be at most 16384 characters. One of
    `messages` (non-empty, roles `user`/`assistant`) or `text` is required (400 otherwise); this is
    checked
    by hand. `modelId` and `nlaSourceId` select the NLA server: without a configured pair the call fails
    with the generic 500 (upstream's annotation calls `nlaSourceId` optional).

    - Auth: API key optional (unused; a wrong key is treated as anonymous).
    - Rate limit: bucket `/api/nla/completion`, 240 requests per 60 minutes per client IP, on top of the
      global buckets.
    - External services: the NLA server, and OpenRouter (`OPENROUTER_API_KEY`) on the generation path.
    - An error status from the NLA server is passed through as `{error: "NLA server error: <status> -
      <body>"}`. A malformed JSON body gives the generic 500.

    Args:
        body (NlaCompletionRequest): The body of `nlaCompletion` (checked by hand; extra keys are
            ignored). One of `messages` or `text` is
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | BareError | RateLimitError | NlaCompletion | NlaTokenization]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NlaCompletionRequest,
) -> BareError | Error | RateLimitError | NlaCompletion | NlaTokenization | None:
    """Generate a chat completion and its NLA tokenization

     Generates an assistant turn for `messages` and returns it with the NLA tokenization of the whole
    chat,
    whose `position`s are valid `positions` for `nlaExplain`. What happens depends on the body:

    - `messages` + `completion_tokens` > 0, not streaming, model with an OpenRouter id (every model
    except
      `qwen2.5-1.5b-it`): generation through OpenRouter, then tokenization on the NLA server ->
      `NlaCompletion`. A model without an OpenRouter id gives 400.
    - the same with `stream: true`: `text/event-stream` built by the webapp: one
      `NlaCompletionPromptFrame`, then `NlaCompletionTokenFrame`s (text deltas from OpenRouter, with
      `token_id` 0), then `data: [DONE]`; an OpenRouter failure midway is sent as a `{error}` frame.
    - otherwise with `completion_tokens` > 0 (e.g. `text` instead of `messages`, or `qwen2.5-1.5b-it`):
    the
      NLA server's own `/completion`, passed through (`NlaTokenization`, or its SSE stream with
      `NlaCompletionPromptFrame`, `NlaCompletionTokenFrame`s and an `NlaCompletionDoneFrame`).
    - `completion_tokens` missing or <= 0: **no generation at all**; the chat or text is only tokenized
      (`NlaTokenization`). Upstream's annotation marks `completion_tokens` required; the handler
    defaults
      it to 0.

    Other rules: `completion_tokens` is silently capped at 512; `temperature` defaults to 0.7; the total
    input (the `text`, or the sum of the message contents) may be at most 16384 characters. One of
    `messages` (non-empty, roles `user`/`assistant`) or `text` is required (400 otherwise); this is
    checked
    by hand. `modelId` and `nlaSourceId` select the NLA server: without a configured pair the call fails
    with the generic 500 (upstream's annotation calls `nlaSourceId` optional).

    - Auth: API key optional (unused; a wrong key is treated as anonymous).
    - Rate limit: bucket `/api/nla/completion`, 240 requests per 60 minutes per client IP, on top of the
      global buckets.
    - External services: the NLA server, and OpenRouter (`OPENROUTER_API_KEY`) on the generation path.
    - An error status from the NLA server is passed through as `{error: "NLA server error: <status> -
      <body>"}`. A malformed JSON body gives the generic 500.

    Args:
        body (NlaCompletionRequest): The body of `nlaCompletion` (checked by hand; extra keys are
            ignored). One of `messages` or `text` is
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | BareError | RateLimitError | NlaCompletion | NlaTokenization
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
