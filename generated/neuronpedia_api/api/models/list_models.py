from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.model_list_item import ModelListItem
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/model/list",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RateLimitError | list[ModelListItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ModelListItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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
) -> Response[Error | RateLimitError | list[ModelListItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | RateLimitError | list[ModelListItem]]:
    """List the models visible to the caller

     Returns every model the caller may see (PUBLIC and UNLISTED models, plus the caller's own), each
    with
    its source sets that have dashboards and, inside each, a short projection of its sources that have
    dashboards. UNLISTED models are included for everyone (the web UI hides them).

    This is an internal route of the web UI (not annotated upstream, and not used by the official
    client). It reads no request body: any body, even a malformed one, is ignored.

    - Auth: API key optional (a wrong key is treated as anonymous).
    - Rate limit: only the global `/` and `/api` buckets (25000 per 60 minutes each, per client IP).
    - External services: none (database only).
    - The list is unordered and unpaginated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RateLimitError | list[ModelListItem]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | RateLimitError | list[ModelListItem] | None:
    """List the models visible to the caller

     Returns every model the caller may see (PUBLIC and UNLISTED models, plus the caller's own), each
    with
    its source sets that have dashboards and, inside each, a short projection of its sources that have
    dashboards. UNLISTED models are included for everyone (the web UI hides them).

    This is an internal route of the web UI (not annotated upstream, and not used by the official
    client). It reads no request body: any body, even a malformed one, is ignored.

    - Auth: API key optional (a wrong key is treated as anonymous).
    - Rate limit: only the global `/` and `/api` buckets (25000 per 60 minutes each, per client IP).
    - External services: none (database only).
    - The list is unordered and unpaginated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RateLimitError | list[ModelListItem]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | RateLimitError | list[ModelListItem]]:
    """List the models visible to the caller

     Returns every model the caller may see (PUBLIC and UNLISTED models, plus the caller's own), each
    with
    its source sets that have dashboards and, inside each, a short projection of its sources that have
    dashboards. UNLISTED models are included for everyone (the web UI hides them).

    This is an internal route of the web UI (not annotated upstream, and not used by the official
    client). It reads no request body: any body, even a malformed one, is ignored.

    - Auth: API key optional (a wrong key is treated as anonymous).
    - Rate limit: only the global `/` and `/api` buckets (25000 per 60 minutes each, per client IP).
    - External services: none (database only).
    - The list is unordered and unpaginated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RateLimitError | list[ModelListItem]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | RateLimitError | list[ModelListItem] | None:
    """List the models visible to the caller

     Returns every model the caller may see (PUBLIC and UNLISTED models, plus the caller's own), each
    with
    its source sets that have dashboards and, inside each, a short projection of its sources that have
    dashboards. UNLISTED models are included for everyone (the web UI hides them).

    This is an internal route of the web UI (not annotated upstream, and not used by the official
    client). It reads no request body: any body, even a malformed one, is ignored.

    - Auth: API key optional (a wrong key is treated as anonymous).
    - Rate limit: only the global `/` and `/api` buckets (25000 per 60 minutes each, per client IP).
    - External services: none (database only).
    - The list is unordered and unpaginated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RateLimitError | list[ModelListItem]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
