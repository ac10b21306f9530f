from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.list_row import ListRow
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/list/list",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | RateLimitError | list[ListRow] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ListRow.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[BareError | Error | RateLimitError | list[ListRow]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[BareError | Error | RateLimitError | list[ListRow]]:
    """List the caller's lists

     Returns every list the caller owns (plain list rows, without features), oldest first
    (`createdAt` ascending).

    - **Auth:** an API key is required (401 without a valid one).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - The handler does not read the request body; send none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | RateLimitError | list[ListRow]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> BareError | Error | RateLimitError | list[ListRow] | None:
    """List the caller's lists

     Returns every list the caller owns (plain list rows, without features), oldest first
    (`createdAt` ascending).

    - **Auth:** an API key is required (401 without a valid one).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - The handler does not read the request body; send none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | RateLimitError | list[ListRow]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[BareError | Error | RateLimitError | list[ListRow]]:
    """List the caller's lists

     Returns every list the caller owns (plain list rows, without features), oldest first
    (`createdAt` ascending).

    - **Auth:** an API key is required (401 without a valid one).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - The handler does not read the request body; send none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | RateLimitError | list[ListRow]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> BareError | Error | RateLimitError | list[ListRow] | None:
    """List the caller's lists

     Returns every list the caller owns (plain list rows, without features), oldest first
    (`createdAt` ascending).

    - **Auth:** an API key is required (401 without a valid one).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - The handler does not read the request body; send none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | RateLimitError | list[ListRow]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
