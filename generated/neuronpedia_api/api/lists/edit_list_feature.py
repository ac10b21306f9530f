from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.edit_list_feature_request import EditListFeatureRequest
from ...models.error import Error
from ...models.list_feature import ListFeature
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: EditListFeatureRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/list/edit-feature",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | ListFeature | RateLimitError | None:
    if response.status_code == 200:
        response_200 = ListFeature.from_dict(response.json())

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
) -> Response[BareError | Error | ListFeature | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EditListFeatureRequest,
) -> Response[BareError | Error | ListFeature | RateLimitError]:
    """Change the note of a feature in a list

     Sets the per-list `description` of one feature in a list the caller owns and returns the
    updated list entry.

    - **Auth:** an API key is required (401 without a valid one); the list must exist (404) and be
      the caller's (403).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - `description` may be `null` (clears the note). Upstream quirk: if it is left out the server
      changes nothing and still answers 200 with the entry.
    - **Upstream quirks:** a feature that is not in the list gives the generic **500**, not 404.
      A malformed JSON body gives the generic 500 too.

    Args:
        body (EditListFeatureRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | ListFeature | RateLimitError]
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
    body: EditListFeatureRequest,
) -> BareError | Error | ListFeature | RateLimitError | None:
    """Change the note of a feature in a list

     Sets the per-list `description` of one feature in a list the caller owns and returns the
    updated list entry.

    - **Auth:** an API key is required (401 without a valid one); the list must exist (404) and be
      the caller's (403).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - `description` may be `null` (clears the note). Upstream quirk: if it is left out the server
      changes nothing and still answers 200 with the entry.
    - **Upstream quirks:** a feature that is not in the list gives the generic **500**, not 404.
      A malformed JSON body gives the generic 500 too.

    Args:
        body (EditListFeatureRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | ListFeature | RateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EditListFeatureRequest,
) -> Response[BareError | Error | ListFeature | RateLimitError]:
    """Change the note of a feature in a list

     Sets the per-list `description` of one feature in a list the caller owns and returns the
    updated list entry.

    - **Auth:** an API key is required (401 without a valid one); the list must exist (404) and be
      the caller's (403).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - `description` may be `null` (clears the note). Upstream quirk: if it is left out the server
      changes nothing and still answers 200 with the entry.
    - **Upstream quirks:** a feature that is not in the list gives the generic **500**, not 404.
      A malformed JSON body gives the generic 500 too.

    Args:
        body (EditListFeatureRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | ListFeature | RateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EditListFeatureRequest,
) -> BareError | Error | ListFeature | RateLimitError | None:
    """Change the note of a feature in a list

     Sets the per-list `description` of one feature in a list the caller owns and returns the
    updated list entry.

    - **Auth:** an API key is required (401 without a valid one); the list must exist (404) and be
      the caller's (403).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - `description` may be `null` (clears the note). Upstream quirk: if it is left out the server
      changes nothing and still answers 200 with the entry.
    - **Upstream quirks:** a feature that is not in the list gives the generic **500**, not 404.
      A malformed JSON body gives the generic 500 too.

    Args:
        body (EditListFeatureRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | ListFeature | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
