from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.rate_limit_error import RateLimitError
from ...models.steer_logits_request import SteerLogitsRequest
from ...models.steer_logits_response import SteerLogitsResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SteerLogitsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/steer-logits",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RateLimitError | SteerLogitsResponse | None:
    if response.status_code == 200:
        response_200 = SteerLogitsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | RateLimitError | SteerLogitsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SteerLogitsRequest,
) -> Response[Error | RateLimitError | SteerLogitsResponse]:
    """Steer attribution-graph features and get top logits

     Generates a completion of an attribution-graph prompt with and without steering (or ablating)
    graph features at given token positions, and returns the top logits of every generated token.
    Token positions come from `/api/graph/tokenize`. When `sourceSetName` is omitted, null or
    empty, the model's default graph source set is used (400 "Source Set Missing" if it has none).

    Auth: the API key is optional and not used (there is no visibility check). Rate limit: the
    `/api/steer` bucket (240 per hour; 1000 on the higher tier). Needs the graph server (not the
    inference server).

    Upstream behaviour to know: `modelId` is not restricted to `gemma-2-2b`/`qwen3-4b` as the
    upstream annotation says; any model with a graph server works. Validation errors are 400
    `{error, message}`; every failure of the graph server (including an error it reports) is the
    generic 500, except that a graph-server answer the handler cannot validate is reported as a
    400 `{error, message}`. A malformed JSON body is the generic 500.

    Args:
        body (SteerLogitsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RateLimitError | SteerLogitsResponse]
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
    body: SteerLogitsRequest,
) -> Error | RateLimitError | SteerLogitsResponse | None:
    """Steer attribution-graph features and get top logits

     Generates a completion of an attribution-graph prompt with and without steering (or ablating)
    graph features at given token positions, and returns the top logits of every generated token.
    Token positions come from `/api/graph/tokenize`. When `sourceSetName` is omitted, null or
    empty, the model's default graph source set is used (400 "Source Set Missing" if it has none).

    Auth: the API key is optional and not used (there is no visibility check). Rate limit: the
    `/api/steer` bucket (240 per hour; 1000 on the higher tier). Needs the graph server (not the
    inference server).

    Upstream behaviour to know: `modelId` is not restricted to `gemma-2-2b`/`qwen3-4b` as the
    upstream annotation says; any model with a graph server works. Validation errors are 400
    `{error, message}`; every failure of the graph server (including an error it reports) is the
    generic 500, except that a graph-server answer the handler cannot validate is reported as a
    400 `{error, message}`. A malformed JSON body is the generic 500.

    Args:
        body (SteerLogitsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RateLimitError | SteerLogitsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SteerLogitsRequest,
) -> Response[Error | RateLimitError | SteerLogitsResponse]:
    """Steer attribution-graph features and get top logits

     Generates a completion of an attribution-graph prompt with and without steering (or ablating)
    graph features at given token positions, and returns the top logits of every generated token.
    Token positions come from `/api/graph/tokenize`. When `sourceSetName` is omitted, null or
    empty, the model's default graph source set is used (400 "Source Set Missing" if it has none).

    Auth: the API key is optional and not used (there is no visibility check). Rate limit: the
    `/api/steer` bucket (240 per hour; 1000 on the higher tier). Needs the graph server (not the
    inference server).

    Upstream behaviour to know: `modelId` is not restricted to `gemma-2-2b`/`qwen3-4b` as the
    upstream annotation says; any model with a graph server works. Validation errors are 400
    `{error, message}`; every failure of the graph server (including an error it reports) is the
    generic 500, except that a graph-server answer the handler cannot validate is reported as a
    400 `{error, message}`. A malformed JSON body is the generic 500.

    Args:
        body (SteerLogitsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RateLimitError | SteerLogitsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SteerLogitsRequest,
) -> Error | RateLimitError | SteerLogitsResponse | None:
    """Steer attribution-graph features and get top logits

     Generates a completion of an attribution-graph prompt with and without steering (or ablating)
    graph features at given token positions, and returns the top logits of every generated token.
    Token positions come from `/api/graph/tokenize`. When `sourceSetName` is omitted, null or
    empty, the model's default graph source set is used (400 "Source Set Missing" if it has none).

    Auth: the API key is optional and not used (there is no visibility check). Rate limit: the
    `/api/steer` bucket (240 per hour; 1000 on the higher tier). Needs the graph server (not the
    inference server).

    Upstream behaviour to know: `modelId` is not restricted to `gemma-2-2b`/`qwen3-4b` as the
    upstream annotation says; any model with a graph server works. Validation errors are 400
    `{error, message}`; every failure of the graph server (including an error it reports) is the
    generic 500, except that a graph-server answer the handler cannot validate is reported as a
    400 `{error, message}`. A malformed JSON body is the generic 500.

    Args:
        body (SteerLogitsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RateLimitError | SteerLogitsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
