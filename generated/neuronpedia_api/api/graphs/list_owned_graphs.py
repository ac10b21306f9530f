from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.graph_metadata import GraphMetadata
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/graph/list-owned",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | RateLimitError | list[GraphMetadata] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GraphMetadata.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = BareError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> BareError | Error:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_graph_internal_error_type_0 = Error.from_dict(data)

                return componentsschemas_graph_internal_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_graph_internal_error_type_1 = BareError.from_dict(data)

            return componentsschemas_graph_internal_error_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BareError | Error | RateLimitError | list[GraphMetadata]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[BareError | Error | RateLimitError | list[GraphMetadata]]:
    """List the caller's attribution graphs

     Returns every `GraphMetadata` row owned by the caller, most recently updated first, without
    paging and without the `user` relation. The request has no body (anything sent is ignored).

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - Upstream's annotation documents this route as `GET /api/graph/list`, which does not exist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | RateLimitError | list[GraphMetadata]]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> BareError | Error | RateLimitError | list[GraphMetadata] | None:
    """List the caller's attribution graphs

     Returns every `GraphMetadata` row owned by the caller, most recently updated first, without
    paging and without the `user` relation. The request has no body (anything sent is ignored).

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - Upstream's annotation documents this route as `GET /api/graph/list`, which does not exist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | RateLimitError | list[GraphMetadata]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[BareError | Error | RateLimitError | list[GraphMetadata]]:
    """List the caller's attribution graphs

     Returns every `GraphMetadata` row owned by the caller, most recently updated first, without
    paging and without the `user` relation. The request has no body (anything sent is ignored).

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - Upstream's annotation documents this route as `GET /api/graph/list`, which does not exist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | RateLimitError | list[GraphMetadata]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> BareError | Error | RateLimitError | list[GraphMetadata] | None:
    """List the caller's attribution graphs

     Returns every `GraphMetadata` row owned by the caller, most recently updated first, without
    paging and without the `user` relation. The request has no body (anything sent is ignored).

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - Upstream's annotation documents this route as `GET /api/graph/list`, which does not exist.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | RateLimitError | list[GraphMetadata]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
