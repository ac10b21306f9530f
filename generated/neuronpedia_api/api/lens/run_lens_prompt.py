from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.lens_error import LensError
from ...models.lens_prompt_request import LensPromptRequest
from ...models.lens_prompt_result import LensPromptResult
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: LensPromptRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lens/prompt",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LensError | RateLimitError | LensPromptResult:
    if response.status_code == 200:
        response_200 = LensPromptResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = LensError.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = LensError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = LensError.from_dict(response.json())

        return response_422

    if response.status_code == 429:

        def _parse_response_429(data: object) -> LensError | RateLimitError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_429_type_0 = RateLimitError.from_dict(data)

                return response_429_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_429_type_1 = LensError.from_dict(data)

            return response_429_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = LensError.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = LensError.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = LensError.from_dict(response.json())

        return response_503

    response_default = LensError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LensError | RateLimitError | LensPromptResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LensPromptRequest,
) -> Response[LensError | RateLimitError | LensPromptResult]:
    """Run the J-lens over a prompt or chat

     Runs the logit lens and/or Jacobian lens over a prompt (`prompt`), a chat (`chat`), or an exact
    token
    sequence (`inputTokenIds`), optionally generating `numCompletionTokens` tokens first, and returns
    the
    top read-out tokens per position and layer.

    - **Streams by default**: unless `stream` is `false`, the 200 answer is `application/x-ndjson`, one
      JSON frame per line, passed through from the inference server: a `LensMetaFrame`, a
      `LensPromptTokensFrame` (chat-formatted prompt tokens, before inference runs), one
    `LensTokenFrame`
      per position, then a `LensDoneFrame`, or a `LensErrorFrame` if the run fails midway (the status is
      already 200 by then). With `stream: false` the frames are buffered into one `LensPromptResult`
      (the `prompt` frame is dropped); a mid-run failure then gives 500 `{error}`.
    - Exactly one of `prompt` or `chat` must be non-empty, unless `inputTokenIds` is non-empty (then
    both
      are ignored); otherwise 400. This rule is checked by hand and not expressed in the schema.
    - `numCompletionTokens` may be at most 1024, or 2048 for the model `deepseek-v4-flash`; a `user`
    chat
      message may be at most 1024 characters, other roles 10000.
    - Auth: none (the API key is ignored).
    - Rate limit: bucket `/api/lens/prompt` (exact), 240 requests per 60 minutes per client IP (480 on
    the
      higher tier), on top of the global buckets.
    - External services: the inference server (every host registered for the model is tried; busy hosts
      are skipped, then queued on). When the inference server refuses, its 4xx status is passed through
      with `{error}`; when every host fails, the last failure's status is passed through.
    - Every error body is `{error}` (validation errors add `details`). A malformed JSON body gives 400
      "Invalid JSON body".

    Args:
        body (LensPromptRequest): The body of `runLensPrompt` (validated with yup; extra keys are
            ignored). Exactly one of `prompt` or
            `chat` must be non-empty unless `inputTokenIds` is non-empty (checked by hand).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LensError | LensError | RateLimitError | LensPromptResult]
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
    client: AuthenticatedClient | Client,
    body: LensPromptRequest,
) -> LensError | RateLimitError | LensPromptResult | None:
    """Run the J-lens over a prompt or chat

     Runs the logit lens and/or Jacobian lens over a prompt (`prompt`), a chat (`chat`), or an exact
    token
    sequence (`inputTokenIds`), optionally generating `numCompletionTokens` tokens first, and returns
    the
    top read-out tokens per position and layer.

    - **Streams by default**: unless `stream` is `false`, the 200 answer is `application/x-ndjson`, one
      JSON frame per line, passed through from the inference server: a `LensMetaFrame`, a
      `LensPromptTokensFrame` (chat-formatted prompt tokens, before inference runs), one
    `LensTokenFrame`
      per position, then a `LensDoneFrame`, or a `LensErrorFrame` if the run fails midway (the status is
      already 200 by then). With `stream: false` the frames are buffered into one `LensPromptResult`
      (the `prompt` frame is dropped); a mid-run failure then gives 500 `{error}`.
    - Exactly one of `prompt` or `chat` must be non-empty, unless `inputTokenIds` is non-empty (then
    both
      are ignored); otherwise 400. This rule is checked by hand and not expressed in the schema.
    - `numCompletionTokens` may be at most 1024, or 2048 for the model `deepseek-v4-flash`; a `user`
    chat
      message may be at most 1024 characters, other roles 10000.
    - Auth: none (the API key is ignored).
    - Rate limit: bucket `/api/lens/prompt` (exact), 240 requests per 60 minutes per client IP (480 on
    the
      higher tier), on top of the global buckets.
    - External services: the inference server (every host registered for the model is tried; busy hosts
      are skipped, then queued on). When the inference server refuses, its 4xx status is passed through
      with `{error}`; when every host fails, the last failure's status is passed through.
    - Every error body is `{error}` (validation errors add `details`). A malformed JSON body gives 400
      "Invalid JSON body".

    Args:
        body (LensPromptRequest): The body of `runLensPrompt` (validated with yup; extra keys are
            ignored). Exactly one of `prompt` or
            `chat` must be non-empty unless `inputTokenIds` is non-empty (checked by hand).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LensError | LensError | RateLimitError | LensPromptResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LensPromptRequest,
) -> Response[LensError | RateLimitError | LensPromptResult]:
    """Run the J-lens over a prompt or chat

     Runs the logit lens and/or Jacobian lens over a prompt (`prompt`), a chat (`chat`), or an exact
    token
    sequence (`inputTokenIds`), optionally generating `numCompletionTokens` tokens first, and returns
    the
    top read-out tokens per position and layer.

    - **Streams by default**: unless `stream` is `false`, the 200 answer is `application/x-ndjson`, one
      JSON frame per line, passed through from the inference server: a `LensMetaFrame`, a
      `LensPromptTokensFrame` (chat-formatted prompt tokens, before inference runs), one
    `LensTokenFrame`
      per position, then a `LensDoneFrame`, or a `LensErrorFrame` if the run fails midway (the status is
      already 200 by then). With `stream: false` the frames are buffered into one `LensPromptResult`
      (the `prompt` frame is dropped); a mid-run failure then gives 500 `{error}`.
    - Exactly one of `prompt` or `chat` must be non-empty, unless `inputTokenIds` is non-empty (then
    both
      are ignored); otherwise 400. This rule is checked by hand and not expressed in the schema.
    - `numCompletionTokens` may be at most 1024, or 2048 for the model `deepseek-v4-flash`; a `user`
    chat
      message may be at most 1024 characters, other roles 10000.
    - Auth: none (the API key is ignored).
    - Rate limit: bucket `/api/lens/prompt` (exact), 240 requests per 60 minutes per client IP (480 on
    the
      higher tier), on top of the global buckets.
    - External services: the inference server (every host registered for the model is tried; busy hosts
      are skipped, then queued on). When the inference server refuses, its 4xx status is passed through
      with `{error}`; when every host fails, the last failure's status is passed through.
    - Every error body is `{error}` (validation errors add `details`). A malformed JSON body gives 400
      "Invalid JSON body".

    Args:
        body (LensPromptRequest): The body of `runLensPrompt` (validated with yup; extra keys are
            ignored). Exactly one of `prompt` or
            `chat` must be non-empty unless `inputTokenIds` is non-empty (checked by hand).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LensError | LensError | RateLimitError | LensPromptResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LensPromptRequest,
) -> LensError | RateLimitError | LensPromptResult | None:
    """Run the J-lens over a prompt or chat

     Runs the logit lens and/or Jacobian lens over a prompt (`prompt`), a chat (`chat`), or an exact
    token
    sequence (`inputTokenIds`), optionally generating `numCompletionTokens` tokens first, and returns
    the
    top read-out tokens per position and layer.

    - **Streams by default**: unless `stream` is `false`, the 200 answer is `application/x-ndjson`, one
      JSON frame per line, passed through from the inference server: a `LensMetaFrame`, a
      `LensPromptTokensFrame` (chat-formatted prompt tokens, before inference runs), one
    `LensTokenFrame`
      per position, then a `LensDoneFrame`, or a `LensErrorFrame` if the run fails midway (the status is
      already 200 by then). With `stream: false` the frames are buffered into one `LensPromptResult`
      (the `prompt` frame is dropped); a mid-run failure then gives 500 `{error}`.
    - Exactly one of `prompt` or `chat` must be non-empty, unless `inputTokenIds` is non-empty (then
    both
      are ignored); otherwise 400. This rule is checked by hand and not expressed in the schema.
    - `numCompletionTokens` may be at most 1024, or 2048 for the model `deepseek-v4-flash`; a `user`
    chat
      message may be at most 1024 characters, other roles 10000.
    - Auth: none (the API key is ignored).
    - Rate limit: bucket `/api/lens/prompt` (exact), 240 requests per 60 minutes per client IP (480 on
    the
      higher tier), on top of the global buckets.
    - External services: the inference server (every host registered for the model is tried; busy hosts
      are skipped, then queued on). When the inference server refuses, its 4xx status is passed through
      with `{error}`; when every host fails, the last failure's status is passed through.
    - Every error body is `{error}` (validation errors add `details`). A malformed JSON body gives 400
      "Invalid JSON body".

    Args:
        body (LensPromptRequest): The body of `runLensPrompt` (validated with yup; extra keys are
            ignored). Exactly one of `prompt` or
            `chat` must be non-empty unless `inputTokenIds` is non-empty (checked by hand).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LensError | LensError | RateLimitError | LensPromptResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
