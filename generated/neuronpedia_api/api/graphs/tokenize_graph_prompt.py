from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.rate_limit_error import RateLimitError
from ...models.tokenize_graph_prompt_request import TokenizeGraphPromptRequest
from ...models.tokenize_graph_prompt_response import TokenizeGraphPromptResponse
from ...models.tokenize_graph_prompt_validation_error import TokenizeGraphPromptValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: TokenizeGraphPromptRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/graph/tokenize",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | TokenizeGraphPromptValidationError | RateLimitError | TokenizeGraphPromptResponse | None:
    if response.status_code == 200:
        response_200 = TokenizeGraphPromptResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> BareError | Error | TokenizeGraphPromptValidationError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tokenize_graph_prompt_bad_request_type_0 = (
                    TokenizeGraphPromptValidationError.from_dict(data)
                )

                return componentsschemas_tokenize_graph_prompt_bad_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tokenize_graph_prompt_bad_request_type_1 = Error.from_dict(data)

                return componentsschemas_tokenize_graph_prompt_bad_request_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_tokenize_graph_prompt_bad_request_type_2 = BareError.from_dict(data)

            return componentsschemas_tokenize_graph_prompt_bad_request_type_2

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = Error.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BareError | Error | TokenizeGraphPromptValidationError | RateLimitError | TokenizeGraphPromptResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenizeGraphPromptRequest,
) -> Response[BareError | Error | TokenizeGraphPromptValidationError | RateLimitError | TokenizeGraphPromptResponse]:
    """Tokenize a prompt and get its salient next-token logits

     Runs a forward pass on the graph server for the model (and source set) and returns the
    prompt's tokens plus the most likely next tokens until `desiredLogitProb` is covered (at
    most `maxNLogits`). The index of a token in `input_tokens` is the position that
    `/api/steer-logits` expects. Send `prompt` or a non-empty `messages` list (the graph server
    renders the turns with the model's chat template; the rendered text comes back as
    `prompt`); `messages` wins when both are sent.

    - Auth: none (no wrapper; an API key is ignored).
    - Rate limit: bucket `/api/graph/tokenize`, 300 requests per 60 minutes per IP, plus the
      global buckets.
    - External services: the graph server.
    - Unlike most routes, a malformed JSON body gives 400 `{error: "Invalid JSON body"}`.
      Validation errors give 400 `{error: "Validation error", details: [...]}`; neither
      `prompt` nor `messages` gives 400 "Provide either `prompt` or `messages`.".
    - Graph-server failures give 502 `{error: "Graph server error", message}`; anything else
      500 `{error: "Failed to tokenize text", message}`.

    Args:
        body (TokenizeGraphPromptRequest): Send `prompt` or a non-empty `messages` (at least one
            of them); the `not` clause rejects a
            body where both are absent, `null` or empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | TokenizeGraphPromptValidationError | Error | RateLimitError | TokenizeGraphPromptResponse]
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
    body: TokenizeGraphPromptRequest,
) -> BareError | Error | TokenizeGraphPromptValidationError | RateLimitError | TokenizeGraphPromptResponse | None:
    """Tokenize a prompt and get its salient next-token logits

     Runs a forward pass on the graph server for the model (and source set) and returns the
    prompt's tokens plus the most likely next tokens until `desiredLogitProb` is covered (at
    most `maxNLogits`). The index of a token in `input_tokens` is the position that
    `/api/steer-logits` expects. Send `prompt` or a non-empty `messages` list (the graph server
    renders the turns with the model's chat template; the rendered text comes back as
    `prompt`); `messages` wins when both are sent.

    - Auth: none (no wrapper; an API key is ignored).
    - Rate limit: bucket `/api/graph/tokenize`, 300 requests per 60 minutes per IP, plus the
      global buckets.
    - External services: the graph server.
    - Unlike most routes, a malformed JSON body gives 400 `{error: "Invalid JSON body"}`.
      Validation errors give 400 `{error: "Validation error", details: [...]}`; neither
      `prompt` nor `messages` gives 400 "Provide either `prompt` or `messages`.".
    - Graph-server failures give 502 `{error: "Graph server error", message}`; anything else
      500 `{error: "Failed to tokenize text", message}`.

    Args:
        body (TokenizeGraphPromptRequest): Send `prompt` or a non-empty `messages` (at least one
            of them); the `not` clause rejects a
            body where both are absent, `null` or empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | TokenizeGraphPromptValidationError | Error | RateLimitError | TokenizeGraphPromptResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TokenizeGraphPromptRequest,
) -> Response[BareError | Error | TokenizeGraphPromptValidationError | RateLimitError | TokenizeGraphPromptResponse]:
    """Tokenize a prompt and get its salient next-token logits

     Runs a forward pass on the graph server for the model (and source set) and returns the
    prompt's tokens plus the most likely next tokens until `desiredLogitProb` is covered (at
    most `maxNLogits`). The index of a token in `input_tokens` is the position that
    `/api/steer-logits` expects. Send `prompt` or a non-empty `messages` list (the graph server
    renders the turns with the model's chat template; the rendered text comes back as
    `prompt`); `messages` wins when both are sent.

    - Auth: none (no wrapper; an API key is ignored).
    - Rate limit: bucket `/api/graph/tokenize`, 300 requests per 60 minutes per IP, plus the
      global buckets.
    - External services: the graph server.
    - Unlike most routes, a malformed JSON body gives 400 `{error: "Invalid JSON body"}`.
      Validation errors give 400 `{error: "Validation error", details: [...]}`; neither
      `prompt` nor `messages` gives 400 "Provide either `prompt` or `messages`.".
    - Graph-server failures give 502 `{error: "Graph server error", message}`; anything else
      500 `{error: "Failed to tokenize text", message}`.

    Args:
        body (TokenizeGraphPromptRequest): Send `prompt` or a non-empty `messages` (at least one
            of them); the `not` clause rejects a
            body where both are absent, `null` or empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | TokenizeGraphPromptValidationError | Error | RateLimitError | TokenizeGraphPromptResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TokenizeGraphPromptRequest,
) -> BareError | Error | TokenizeGraphPromptValidationError | RateLimitError | TokenizeGraphPromptResponse | None:
    """Tokenize a prompt and get its salient next-token logits

     Runs a forward pass on the graph server for the model (and source set) and returns the
    prompt's tokens plus the most likely next tokens until `desiredLogitProb` is covered (at
    most `maxNLogits`). The index of a token in `input_tokens` is the position that
    `/api/steer-logits` expects. Send `prompt` or a non-empty `messages` list (the graph server
    renders the turns with the model's chat template; the rendered text comes back as
    `prompt`); `messages` wins when both are sent.

    - Auth: none (no wrapper; an API key is ignored).
    - Rate limit: bucket `/api/graph/tokenize`, 300 requests per 60 minutes per IP, plus the
      global buckets.
    - External services: the graph server.
    - Unlike most routes, a malformed JSON body gives 400 `{error: "Invalid JSON body"}`.
      Validation errors give 400 `{error: "Validation error", details: [...]}`; neither
      `prompt` nor `messages` gives 400 "Provide either `prompt` or `messages`.".
    - Graph-server failures give 502 `{error: "Graph server error", message}`; anything else
      500 `{error: "Failed to tokenize text", message}`.

    Args:
        body (TokenizeGraphPromptRequest): Send `prompt` or a non-empty `messages` (at least one
            of them); the `not` clause rejects a
            body where both are absent, `null` or empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | TokenizeGraphPromptValidationError | Error | RateLimitError | TokenizeGraphPromptResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
