from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.bookmark import Bookmark
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
        "url": "/api/bookmark/add",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Bookmark | Error | RateLimitError | None:
    if response.status_code == 200:
        response_200 = Bookmark.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = BareError.from_dict(response.json())

        return response_401

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
) -> Response[BareError | Bookmark | Error | RateLimitError]:
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
) -> Response[BareError | Bookmark | Error | RateLimitError]:
    """Bookmark a feature

     Adds a bookmark on one feature for the caller and returns the bookmark row.

    - **Auth:** an API key is required (401 without a valid one). The feature's model and source
      set must be visible to the caller, else 404 `{error, message}`.
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - **Upstream quirks:** bookmarks are not unique: adding the same feature twice creates a second
      bookmark. A feature index that does not exist on a visible source gives the generic **500**
      (foreign-key failure), not 404. A missing field, a non-string `index`, or a malformed JSON
      body gives the generic 500 too.

    Args:
        body (BookmarkRequest): One feature. For `deleteBookmark` all three fields matter: the
            server drops a missing one
            from its delete filter (see the operation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Bookmark | Error | RateLimitError]
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
) -> BareError | Bookmark | Error | RateLimitError | None:
    """Bookmark a feature

     Adds a bookmark on one feature for the caller and returns the bookmark row.

    - **Auth:** an API key is required (401 without a valid one). The feature's model and source
      set must be visible to the caller, else 404 `{error, message}`.
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - **Upstream quirks:** bookmarks are not unique: adding the same feature twice creates a second
      bookmark. A feature index that does not exist on a visible source gives the generic **500**
      (foreign-key failure), not 404. A missing field, a non-string `index`, or a malformed JSON
      body gives the generic 500 too.

    Args:
        body (BookmarkRequest): One feature. For `deleteBookmark` all three fields matter: the
            server drops a missing one
            from its delete filter (see the operation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Bookmark | Error | RateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BookmarkRequest,
) -> Response[BareError | Bookmark | Error | RateLimitError]:
    """Bookmark a feature

     Adds a bookmark on one feature for the caller and returns the bookmark row.

    - **Auth:** an API key is required (401 without a valid one). The feature's model and source
      set must be visible to the caller, else 404 `{error, message}`.
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - **Upstream quirks:** bookmarks are not unique: adding the same feature twice creates a second
      bookmark. A feature index that does not exist on a visible source gives the generic **500**
      (foreign-key failure), not 404. A missing field, a non-string `index`, or a malformed JSON
      body gives the generic 500 too.

    Args:
        body (BookmarkRequest): One feature. For `deleteBookmark` all three fields matter: the
            server drops a missing one
            from its delete filter (see the operation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Bookmark | Error | RateLimitError]
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
) -> BareError | Bookmark | Error | RateLimitError | None:
    """Bookmark a feature

     Adds a bookmark on one feature for the caller and returns the bookmark row.

    - **Auth:** an API key is required (401 without a valid one). The feature's model and source
      set must be visible to the caller, else 404 `{error, message}`.
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - **Upstream quirks:** bookmarks are not unique: adding the same feature twice creates a second
      bookmark. A feature index that does not exist on a visible source gives the generic **500**
      (foreign-key failure), not 404. A missing field, a non-string `index`, or a malformed JSON
      body gives the generic 500 too.

    Args:
        body (BookmarkRequest): One feature. For `deleteBookmark` all three fields matter: the
            server drops a missing one
            from its delete filter (see the operation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Bookmark | Error | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
