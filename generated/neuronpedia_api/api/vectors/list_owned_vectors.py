from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.list_owned_vectors_response import ListOwnedVectorsResponse
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/vector/list-owned",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | ListOwnedVectorsResponse | RateLimitError | None:
    if response.status_code == 200:
        response_200 = ListOwnedVectorsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = BareError.from_dict(response.json())

        return response_401

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
) -> Response[BareError | Error | ListOwnedVectorsResponse | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[BareError | Error | ListOwnedVectorsResponse | RateLimitError]:
    """List your vectors

     Returns every vector the caller created (all features with `hasVector` whose creator is the
    caller), across all models, in no particular order (raw SQL without ORDER BY). No request body
    is read.

    Auth: an API key is required. Rate limit: the global `/` and `/api` buckets only. No external
    service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | ListOwnedVectorsResponse | RateLimitError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> BareError | Error | ListOwnedVectorsResponse | RateLimitError | None:
    """List your vectors

     Returns every vector the caller created (all features with `hasVector` whose creator is the
    caller), across all models, in no particular order (raw SQL without ORDER BY). No request body
    is read.

    Auth: an API key is required. Rate limit: the global `/` and `/api` buckets only. No external
    service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | ListOwnedVectorsResponse | RateLimitError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[BareError | Error | ListOwnedVectorsResponse | RateLimitError]:
    """List your vectors

     Returns every vector the caller created (all features with `hasVector` whose creator is the
    caller), across all models, in no particular order (raw SQL without ORDER BY). No request body
    is read.

    Auth: an API key is required. Rate limit: the global `/` and `/api` buckets only. No external
    service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | ListOwnedVectorsResponse | RateLimitError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> BareError | Error | ListOwnedVectorsResponse | RateLimitError | None:
    """List your vectors

     Returns every vector the caller created (all features with `hasVector` whose creator is the
    caller), across all models, in no particular order (raw SQL without ORDER BY). No request body
    is read.

    Auth: an API key is required. Rate limit: the global `/` and `/api` buckets only. No external
    service.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | ListOwnedVectorsResponse | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
