from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...models.steer_chat_request import SteerChatRequest
from ...models.steer_chat_response import SteerChatResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SteerChatRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/steer-chat",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MessageError | RateLimitError | SteerChatResponse | None:
    if response.status_code == 200:
        response_200 = SteerChatResponse.from_dict(response.json())

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
) -> Response[Error | MessageError | RateLimitError | SteerChatResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SteerChatRequest,
) -> Response[Error | MessageError | RateLimitError | SteerChatResponse]:
    """Steer a chat completion

     Generates the next assistant turn twice, for `defaultChatMessages` without steering (DEFAULT)
    and for `steeredChatMessages` with the given features or vectors (STEERED), with per-token
    logprobs and the chat template as rendered. All `features` must be SAE features, or all must
    be vectors (400 otherwise). Results are cached like `/api/steer`; `settings` echoes the
    generation parameters used.

    Auth: the API key is optional (a wrong key is treated as anonymous). Rate limit: the
    `/api/steer` bucket (240 per hour; 1000 on the higher tier). Needs the inference server.

    Caps checked by the handler (400), first match wins: `n_tokens` at most 768 for thinking
    models, else 768 with `isAssistantAxis`, else 1024 for `llama3.3-70b-it` and `gpt-oss-20b`,
    else 256; the total number of characters of each message list at most 24576 with
    `isAssistantAxis`, else 8192 for those two models, else 2048.

    Streaming: with `stream: true` the answer is `text/event-stream`; every `data:` frame is the
    whole cumulative `SteerChatFrame`, and the last frame (after saving) carries `id` and
    `shareUrl`. A request whose outputs are all cached is answered with plain JSON even when
    `stream` is true. The inference server is only called once the 200 stream has started, so
    with `stream: true` an inference failure cannot change the status: the stream just ends
    early, without an error frame.

    Upstream behaviour to know: with an empty `features` list only DEFAULT is generated, so
    STEERED and `id` are null and `shareUrl` is absent. Inference-server errors are answered with
    the inference server's status and `{"message": ...}`; other failures are 500
    `{"message": "Unknown Error"}`; a malformed JSON body is the generic 500.

    Args:
        body (SteerChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageError | MessageError | MessageError | RateLimitError | SteerChatResponse]
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
    body: SteerChatRequest,
) -> Error | MessageError | RateLimitError | SteerChatResponse | None:
    """Steer a chat completion

     Generates the next assistant turn twice, for `defaultChatMessages` without steering (DEFAULT)
    and for `steeredChatMessages` with the given features or vectors (STEERED), with per-token
    logprobs and the chat template as rendered. All `features` must be SAE features, or all must
    be vectors (400 otherwise). Results are cached like `/api/steer`; `settings` echoes the
    generation parameters used.

    Auth: the API key is optional (a wrong key is treated as anonymous). Rate limit: the
    `/api/steer` bucket (240 per hour; 1000 on the higher tier). Needs the inference server.

    Caps checked by the handler (400), first match wins: `n_tokens` at most 768 for thinking
    models, else 768 with `isAssistantAxis`, else 1024 for `llama3.3-70b-it` and `gpt-oss-20b`,
    else 256; the total number of characters of each message list at most 24576 with
    `isAssistantAxis`, else 8192 for those two models, else 2048.

    Streaming: with `stream: true` the answer is `text/event-stream`; every `data:` frame is the
    whole cumulative `SteerChatFrame`, and the last frame (after saving) carries `id` and
    `shareUrl`. A request whose outputs are all cached is answered with plain JSON even when
    `stream` is true. The inference server is only called once the 200 stream has started, so
    with `stream: true` an inference failure cannot change the status: the stream just ends
    early, without an error frame.

    Upstream behaviour to know: with an empty `features` list only DEFAULT is generated, so
    STEERED and `id` are null and `shareUrl` is absent. Inference-server errors are answered with
    the inference server's status and `{"message": ...}`; other failures are 500
    `{"message": "Unknown Error"}`; a malformed JSON body is the generic 500.

    Args:
        body (SteerChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageError | MessageError | MessageError | RateLimitError | SteerChatResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SteerChatRequest,
) -> Response[Error | MessageError | RateLimitError | SteerChatResponse]:
    """Steer a chat completion

     Generates the next assistant turn twice, for `defaultChatMessages` without steering (DEFAULT)
    and for `steeredChatMessages` with the given features or vectors (STEERED), with per-token
    logprobs and the chat template as rendered. All `features` must be SAE features, or all must
    be vectors (400 otherwise). Results are cached like `/api/steer`; `settings` echoes the
    generation parameters used.

    Auth: the API key is optional (a wrong key is treated as anonymous). Rate limit: the
    `/api/steer` bucket (240 per hour; 1000 on the higher tier). Needs the inference server.

    Caps checked by the handler (400), first match wins: `n_tokens` at most 768 for thinking
    models, else 768 with `isAssistantAxis`, else 1024 for `llama3.3-70b-it` and `gpt-oss-20b`,
    else 256; the total number of characters of each message list at most 24576 with
    `isAssistantAxis`, else 8192 for those two models, else 2048.

    Streaming: with `stream: true` the answer is `text/event-stream`; every `data:` frame is the
    whole cumulative `SteerChatFrame`, and the last frame (after saving) carries `id` and
    `shareUrl`. A request whose outputs are all cached is answered with plain JSON even when
    `stream` is true. The inference server is only called once the 200 stream has started, so
    with `stream: true` an inference failure cannot change the status: the stream just ends
    early, without an error frame.

    Upstream behaviour to know: with an empty `features` list only DEFAULT is generated, so
    STEERED and `id` are null and `shareUrl` is absent. Inference-server errors are answered with
    the inference server's status and `{"message": ...}`; other failures are 500
    `{"message": "Unknown Error"}`; a malformed JSON body is the generic 500.

    Args:
        body (SteerChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageError | MessageError | MessageError | RateLimitError | SteerChatResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SteerChatRequest,
) -> Error | MessageError | RateLimitError | SteerChatResponse | None:
    """Steer a chat completion

     Generates the next assistant turn twice, for `defaultChatMessages` without steering (DEFAULT)
    and for `steeredChatMessages` with the given features or vectors (STEERED), with per-token
    logprobs and the chat template as rendered. All `features` must be SAE features, or all must
    be vectors (400 otherwise). Results are cached like `/api/steer`; `settings` echoes the
    generation parameters used.

    Auth: the API key is optional (a wrong key is treated as anonymous). Rate limit: the
    `/api/steer` bucket (240 per hour; 1000 on the higher tier). Needs the inference server.

    Caps checked by the handler (400), first match wins: `n_tokens` at most 768 for thinking
    models, else 768 with `isAssistantAxis`, else 1024 for `llama3.3-70b-it` and `gpt-oss-20b`,
    else 256; the total number of characters of each message list at most 24576 with
    `isAssistantAxis`, else 8192 for those two models, else 2048.

    Streaming: with `stream: true` the answer is `text/event-stream`; every `data:` frame is the
    whole cumulative `SteerChatFrame`, and the last frame (after saving) carries `id` and
    `shareUrl`. A request whose outputs are all cached is answered with plain JSON even when
    `stream` is true. The inference server is only called once the 200 stream has started, so
    with `stream: true` an inference failure cannot change the status: the stream just ends
    early, without an error frame.

    Upstream behaviour to know: with an empty `features` list only DEFAULT is generated, so
    STEERED and `id` are null and `shareUrl` is absent. Inference-server errors are answered with
    the inference server's status and `{"message": ...}`; other failures are 500
    `{"message": "Unknown Error"}`; a malformed JSON body is the generic 500.

    Args:
        body (SteerChatRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageError | MessageError | MessageError | RateLimitError | SteerChatResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
