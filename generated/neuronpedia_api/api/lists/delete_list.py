from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.delete_list_request import DeleteListRequest
from ...models.error import Error
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: DeleteListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/list/delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | RateLimitError | bool | None:
    if response.status_code == 200:
        response_200 = cast(bool, response.json())
        return response_200

    if response.status_code == 401:
        response_401 = BareError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[BareError | Error | RateLimitError | bool]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteListRequest,
) -> Response[BareError | Error | RateLimitError | bool]:
    """Delete a list

     Deletes a list the caller owns, with its feature entries and test-text links, and answers the
    JSON literal `true`.

    - **Auth:** an API key is required (401 without a valid one); the list must exist (404) and be
      the caller's (403).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - A missing `listId` or a malformed JSON body gives the generic 500.

    Args:
        body (DeleteListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | RateLimitError | bool]
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
    body: DeleteListRequest,
) -> BareError | Error | RateLimitError | bool | None:
    """Delete a list

     Deletes a list the caller owns, with its feature entries and test-text links, and answers the
    JSON literal `true`.

    - **Auth:** an API key is required (401 without a valid one); the list must exist (404) and be
      the caller's (403).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - A missing `listId` or a malformed JSON body gives the generic 500.

    Args:
        body (DeleteListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | RateLimitError | bool
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteListRequest,
) -> Response[BareError | Error | RateLimitError | bool]:
    """Delete a list

     Deletes a list the caller owns, with its feature entries and test-text links, and answers the
    JSON literal `true`.

    - **Auth:** an API key is required (401 without a valid one); the list must exist (404) and be
      the caller's (403).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - A missing `listId` or a malformed JSON body gives the generic 500.

    Args:
        body (DeleteListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | RateLimitError | bool]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeleteListRequest,
) -> BareError | Error | RateLimitError | bool | None:
    """Delete a list

     Deletes a list the caller owns, with its feature entries and test-text links, and answers the
    JSON literal `true`.

    - **Auth:** an API key is required (401 without a valid one); the list must exist (404) and be
      the caller's (403).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - A missing `listId` or a malformed JSON body gives the generic 500.

    Args:
        body (DeleteListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | RateLimitError | bool
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
