from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.list_subgraphs_request import ListSubgraphsRequest
from ...models.list_subgraphs_response import ListSubgraphsResponse
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: ListSubgraphsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/graph/subgraph/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | ListSubgraphsResponse | RateLimitError | None:
    if response.status_code == 200:
        response_200 = ListSubgraphsResponse.from_dict(response.json())

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
) -> Response[BareError | Error | ListSubgraphsResponse | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ListSubgraphsRequest,
) -> Response[BareError | Error | ListSubgraphsResponse | RateLimitError]:
    """List your subgraphs of a graph

     Returns the caller's subgraphs of the graph (`modelId`, `slug`), newest first, each with its
    owner. The body is not validated: a key that is left out is not used as a filter, so an
    empty object `{}` lists the caller's subgraphs of every graph.

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - Any failure, including a malformed or `null` body or a non-string filter, gives 500
      `{error: "Failed to save subgraph"}` (the text is copied from the save route).

    Args:
        body (ListSubgraphsRequest): Not validated. A key left out does not filter, so `{}` lists
            all of the caller's subgraphs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | ListSubgraphsResponse | RateLimitError]
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
    body: ListSubgraphsRequest,
) -> BareError | Error | ListSubgraphsResponse | RateLimitError | None:
    """List your subgraphs of a graph

     Returns the caller's subgraphs of the graph (`modelId`, `slug`), newest first, each with its
    owner. The body is not validated: a key that is left out is not used as a filter, so an
    empty object `{}` lists the caller's subgraphs of every graph.

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - Any failure, including a malformed or `null` body or a non-string filter, gives 500
      `{error: "Failed to save subgraph"}` (the text is copied from the save route).

    Args:
        body (ListSubgraphsRequest): Not validated. A key left out does not filter, so `{}` lists
            all of the caller's subgraphs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | ListSubgraphsResponse | RateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListSubgraphsRequest,
) -> Response[BareError | Error | ListSubgraphsResponse | RateLimitError]:
    """List your subgraphs of a graph

     Returns the caller's subgraphs of the graph (`modelId`, `slug`), newest first, each with its
    owner. The body is not validated: a key that is left out is not used as a filter, so an
    empty object `{}` lists the caller's subgraphs of every graph.

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - Any failure, including a malformed or `null` body or a non-string filter, gives 500
      `{error: "Failed to save subgraph"}` (the text is copied from the save route).

    Args:
        body (ListSubgraphsRequest): Not validated. A key left out does not filter, so `{}` lists
            all of the caller's subgraphs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | ListSubgraphsResponse | RateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListSubgraphsRequest,
) -> BareError | Error | ListSubgraphsResponse | RateLimitError | None:
    """List your subgraphs of a graph

     Returns the caller's subgraphs of the graph (`modelId`, `slug`), newest first, each with its
    owner. The body is not validated: a key that is left out is not used as a filter, so an
    empty object `{}` lists the caller's subgraphs of every graph.

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - Any failure, including a malformed or `null` body or a non-string filter, gives 500
      `{error: "Failed to save subgraph"}` (the text is copied from the save route).

    Args:
        body (ListSubgraphsRequest): Not validated. A key left out does not filter, so `{}` lists
            all of the caller's subgraphs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | ListSubgraphsResponse | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
