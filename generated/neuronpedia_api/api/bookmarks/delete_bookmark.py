from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.bookmark_delete_result import BookmarkDeleteResult
from ...models.bookmark_request import BookmarkRequest
from ...models.error import Error
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: BookmarkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/bookmark/delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | BookmarkDeleteResult | Error | RateLimitError | None:
    if response.status_code == 200:
        response_200 = BookmarkDeleteResult.from_dict(response.json())

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
) -> Response[BareError | BookmarkDeleteResult | Error | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BookmarkRequest,
) -> Response[BareError | BookmarkDeleteResult | Error | RateLimitError]:
    """Remove the caller's bookmarks of a feature

     Deletes the caller's bookmarks that match `modelId`, `layer` and `index` and answers how many
    were deleted (`{count: 0}` when there were none; there is no 404).

    - **Auth:** an API key is required (401 without a valid one). Only the caller's own bookmarks
      are ever deleted.
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - **Upstream quirk (dangerous):** the fields are used as a delete filter without validation,
      and a field that is left out is dropped from the filter. Leaving out `index` deletes every
      bookmark of the caller on that source; an empty body deletes **all** of the caller's
      bookmarks. This spec requires all three fields. A non-string value or a malformed JSON body
      gives the generic 500.

    Args:
        body (BookmarkRequest): One feature. For `deleteBookmark` all three fields matter: the
            server drops a missing one
            from its delete filter (see the operation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BookmarkDeleteResult | Error | RateLimitError]
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
    body: BookmarkRequest,
) -> BareError | BookmarkDeleteResult | Error | RateLimitError | None:
    """Remove the caller's bookmarks of a feature

     Deletes the caller's bookmarks that match `modelId`, `layer` and `index` and answers how many
    were deleted (`{count: 0}` when there were none; there is no 404).

    - **Auth:** an API key is required (401 without a valid one). Only the caller's own bookmarks
      are ever deleted.
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - **Upstream quirk (dangerous):** the fields are used as a delete filter without validation,
      and a field that is left out is dropped from the filter. Leaving out `index` deletes every
      bookmark of the caller on that source; an empty body deletes **all** of the caller's
      bookmarks. This spec requires all three fields. A non-string value or a malformed JSON body
      gives the generic 500.

    Args:
        body (BookmarkRequest): One feature. For `deleteBookmark` all three fields matter: the
            server drops a missing one
            from its delete filter (see the operation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BookmarkDeleteResult | Error | RateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BookmarkRequest,
) -> Response[BareError | BookmarkDeleteResult | Error | RateLimitError]:
    """Remove the caller's bookmarks of a feature

     Deletes the caller's bookmarks that match `modelId`, `layer` and `index` and answers how many
    were deleted (`{count: 0}` when there were none; there is no 404).

    - **Auth:** an API key is required (401 without a valid one). Only the caller's own bookmarks
      are ever deleted.
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - **Upstream quirk (dangerous):** the fields are used as a delete filter without validation,
      and a field that is left out is dropped from the filter. Leaving out `index` deletes every
      bookmark of the caller on that source; an empty body deletes **all** of the caller's
      bookmarks. This spec requires all three fields. A non-string value or a malformed JSON body
      gives the generic 500.

    Args:
        body (BookmarkRequest): One feature. For `deleteBookmark` all three fields matter: the
            server drops a missing one
            from its delete filter (see the operation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BookmarkDeleteResult | Error | RateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BookmarkRequest,
) -> BareError | BookmarkDeleteResult | Error | RateLimitError | None:
    """Remove the caller's bookmarks of a feature

     Deletes the caller's bookmarks that match `modelId`, `layer` and `index` and answers how many
    were deleted (`{count: 0}` when there were none; there is no 404).

    - **Auth:** an API key is required (401 without a valid one). Only the caller's own bookmarks
      are ever deleted.
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - **Upstream quirk (dangerous):** the fields are used as a delete filter without validation,
      and a field that is left out is dropped from the filter. Leaving out `index` deletes every
      bookmark of the caller on that source; an empty body deletes **all** of the caller's
      bookmarks. This spec requires all three fields. A non-string value or a malformed JSON body
      gives the generic 500.

    Args:
        body (BookmarkRequest): One feature. For `deleteBookmark` all three fields matter: the
            server drops a missing one
            from its delete filter (see the operation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BookmarkDeleteResult | Error | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
