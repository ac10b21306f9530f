from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...models.steer_completion_request import SteerCompletionRequest
from ...models.steer_completion_response import SteerCompletionResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SteerCompletionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/steer",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MessageError | RateLimitError | SteerCompletionResponse | None:
    if response.status_code == 200:
        response_200 = SteerCompletionResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MessageError.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = MessageError.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = MessageError.from_dict(response.json())

        return response_422

    if response.status_code == 429:

        def _parse_response_429(data: object) -> MessageError | RateLimitError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_steer_rate_limit_error_type_0 = RateLimitError.from_dict(data)

                return componentsschemas_steer_rate_limit_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_steer_rate_limit_error_type_1 = MessageError.from_dict(data)

            return componentsschemas_steer_rate_limit_error_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> Error | MessageError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_vector_steer_server_error_type_0 = Error.from_dict(data)

                return componentsschemas_vector_steer_server_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_vector_steer_server_error_type_1 = MessageError.from_dict(data)

            return componentsschemas_vector_steer_server_error_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = MessageError.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = MessageError.from_dict(response.json())

        return response_503

    if 400 <= response.status_code <= 499:
        response_4xx = MessageError.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = MessageError.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MessageError | RateLimitError | SteerCompletionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SteerCompletionRequest,
) -> Response[Error | MessageError | RateLimitError | SteerCompletionResponse]:
    """Steer a text completion

     Generates a completion of `prompt` twice, without steering (DEFAULT) and with the given
    features or vectors added (STEERED), with per-token logprobs. All `features` must be SAE
    features, or all must be vectors (400 otherwise). Results are cached: a request with the same
    prompt, parameters and features returns the saved texts and logprobs, and `id`/`shareUrl`
    point at the saved STEERED output.

    Auth: the API key is optional (a wrong key is treated as anonymous); it widens which models and
    features are visible. Rate limit: the `/api/steer` bucket (240 per hour; 1000 on the higher
    tier), shared with steer-chat and steer-logits. Needs the inference server.

    Streaming: with `stream: true` the answer is `text/event-stream`; every `data:` frame is the
    whole cumulative `SteerCompletionFrame` so far, and the last frame (after saving) carries
    `id` and `shareUrl`. A request whose outputs are all cached is answered with plain JSON even
    when `stream` is true. The inference server is only called once the 200 stream has started,
    so with `stream: true` an inference failure cannot change the status: the stream just ends
    early, without an error frame.

    Upstream behaviour to know:
    - `topLogprobs` is always null for freshly generated tokens (the route reads the inference
      server's `top_logprobs`, but the server sends `topLogprobs`).
    - `limit` echoes the rate limiter's remaining count (a string), or null when the limiter is off.
    - An inference-server error is answered with the inference server's own status code and
      `{"message": <its error text>}`; any other failure (e.g. no inference host) is 500
      `{"message": "Unknown Error"}`; a malformed JSON body is the generic 500.
    - An empty `features` list passes validation but fails with 500 (the host lookup reads the
      first feature).
    - `freq_penalty` is no longer applied by any backend, but is part of the cache key.

    Args:
        body (SteerCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageError | MessageError | MessageError | RateLimitError | SteerCompletionResponse]
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
    body: SteerCompletionRequest,
) -> Error | MessageError | RateLimitError | SteerCompletionResponse | None:
    """Steer a text completion

     Generates a completion of `prompt` twice, without steering (DEFAULT) and with the given
    features or vectors added (STEERED), with per-token logprobs. All `features` must be SAE
    features, or all must be vectors (400 otherwise). Results are cached: a request with the same
    prompt, parameters and features returns the saved texts and logprobs, and `id`/`shareUrl`
    point at the saved STEERED output.

    Auth: the API key is optional (a wrong key is treated as anonymous); it widens which models and
    features are visible. Rate limit: the `/api/steer` bucket (240 per hour; 1000 on the higher
    tier), shared with steer-chat and steer-logits. Needs the inference server.

    Streaming: with `stream: true` the answer is `text/event-stream`; every `data:` frame is the
    whole cumulative `SteerCompletionFrame` so far, and the last frame (after saving) carries
    `id` and `shareUrl`. A request whose outputs are all cached is answered with plain JSON even
    when `stream` is true. The inference server is only called once the 200 stream has started,
    so with `stream: true` an inference failure cannot change the status: the stream just ends
    early, without an error frame.

    Upstream behaviour to know:
    - `topLogprobs` is always null for freshly generated tokens (the route reads the inference
      server's `top_logprobs`, but the server sends `topLogprobs`).
    - `limit` echoes the rate limiter's remaining count (a string), or null when the limiter is off.
    - An inference-server error is answered with the inference server's own status code and
      `{"message": <its error text>}`; any other failure (e.g. no inference host) is 500
      `{"message": "Unknown Error"}`; a malformed JSON body is the generic 500.
    - An empty `features` list passes validation but fails with 500 (the host lookup reads the
      first feature).
    - `freq_penalty` is no longer applied by any backend, but is part of the cache key.

    Args:
        body (SteerCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageError | MessageError | MessageError | RateLimitError | SteerCompletionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SteerCompletionRequest,
) -> Response[Error | MessageError | RateLimitError | SteerCompletionResponse]:
    """Steer a text completion

     Generates a completion of `prompt` twice, without steering (DEFAULT) and with the given
    features or vectors added (STEERED), with per-token logprobs. All `features` must be SAE
    features, or all must be vectors (400 otherwise). Results are cached: a request with the same
    prompt, parameters and features returns the saved texts and logprobs, and `id`/`shareUrl`
    point at the saved STEERED output.

    Auth: the API key is optional (a wrong key is treated as anonymous); it widens which models and
    features are visible. Rate limit: the `/api/steer` bucket (240 per hour; 1000 on the higher
    tier), shared with steer-chat and steer-logits. Needs the inference server.

    Streaming: with `stream: true` the answer is `text/event-stream`; every `data:` frame is the
    whole cumulative `SteerCompletionFrame` so far, and the last frame (after saving) carries
    `id` and `shareUrl`. A request whose outputs are all cached is answered with plain JSON even
    when `stream` is true. The inference server is only called once the 200 stream has started,
    so with `stream: true` an inference failure cannot change the status: the stream just ends
    early, without an error frame.

    Upstream behaviour to know:
    - `topLogprobs` is always null for freshly generated tokens (the route reads the inference
      server's `top_logprobs`, but the server sends `topLogprobs`).
    - `limit` echoes the rate limiter's remaining count (a string), or null when the limiter is off.
    - An inference-server error is answered with the inference server's own status code and
      `{"message": <its error text>}`; any other failure (e.g. no inference host) is 500
      `{"message": "Unknown Error"}`; a malformed JSON body is the generic 500.
    - An empty `features` list passes validation but fails with 500 (the host lookup reads the
      first feature).
    - `freq_penalty` is no longer applied by any backend, but is part of the cache key.

    Args:
        body (SteerCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageError | MessageError | MessageError | RateLimitError | SteerCompletionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SteerCompletionRequest,
) -> Error | MessageError | RateLimitError | SteerCompletionResponse | None:
    """Steer a text completion

     Generates a completion of `prompt` twice, without steering (DEFAULT) and with the given
    features or vectors added (STEERED), with per-token logprobs. All `features` must be SAE
    features, or all must be vectors (400 otherwise). Results are cached: a request with the same
    prompt, parameters and features returns the saved texts and logprobs, and `id`/`shareUrl`
    point at the saved STEERED output.

    Auth: the API key is optional (a wrong key is treated as anonymous); it widens which models and
    features are visible. Rate limit: the `/api/steer` bucket (240 per hour; 1000 on the higher
    tier), shared with steer-chat and steer-logits. Needs the inference server.

    Streaming: with `stream: true` the answer is `text/event-stream`; every `data:` frame is the
    whole cumulative `SteerCompletionFrame` so far, and the last frame (after saving) carries
    `id` and `shareUrl`. A request whose outputs are all cached is answered with plain JSON even
    when `stream` is true. The inference server is only called once the 200 stream has started,
    so with `stream: true` an inference failure cannot change the status: the stream just ends
    early, without an error frame.

    Upstream behaviour to know:
    - `topLogprobs` is always null for freshly generated tokens (the route reads the inference
      server's `top_logprobs`, but the server sends `topLogprobs`).
    - `limit` echoes the rate limiter's remaining count (a string), or null when the limiter is off.
    - An inference-server error is answered with the inference server's own status code and
      `{"message": <its error text>}`; any other failure (e.g. no inference host) is 500
      `{"message": "Unknown Error"}`; a malformed JSON body is the generic 500.
    - An empty `features` list passes validation but fails with 500 (the host lookup reads the
      first feature).
    - `freq_penalty` is no longer applied by any backend, but is part of the cache key.

    Args:
        body (SteerCompletionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageError | MessageError | MessageError | RateLimitError | SteerCompletionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
