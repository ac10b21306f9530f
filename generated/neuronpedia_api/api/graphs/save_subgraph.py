from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.rate_limit_error import RateLimitError
from ...models.save_subgraph_request import SaveSubgraphRequest
from ...models.save_subgraph_response import SaveSubgraphResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SaveSubgraphRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/graph/subgraph/save",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | RateLimitError | SaveSubgraphResponse | None:
    if response.status_code == 200:
        response_200 = SaveSubgraphResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = BareError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = BareError.from_dict(response.json())

        return response_403

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
) -> Response[BareError | Error | RateLimitError | SaveSubgraphResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SaveSubgraphRequest,
) -> Response[BareError | Error | RateLimitError | SaveSubgraphResponse]:
    """Save a subgraph, or overwrite one of yours

     Saves a subgraph (pinned node ids, supernodes, labels and the pruning/density thresholds) of
    the graph (`modelId`, `slug`), owned by the caller. With `overwriteId` it updates that
    subgraph instead: only `pinnedIds`, `supernodes`, `clerps` and the two thresholds change
    (`displayName`, `modelId` and `slug` are ignored then).

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - 403 `{error}` when `overwriteId` is not a subgraph of the caller (including an id that
      does not exist).
    - Upstream defect: an invalid body (zod), a malformed JSON body, or a graph that does not
      exist all give 500 `{error: "Failed to save subgraph"}`, not 400/404.

    Args:
        body (SaveSubgraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | RateLimitError | SaveSubgraphResponse]
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
    body: SaveSubgraphRequest,
) -> BareError | Error | RateLimitError | SaveSubgraphResponse | None:
    """Save a subgraph, or overwrite one of yours

     Saves a subgraph (pinned node ids, supernodes, labels and the pruning/density thresholds) of
    the graph (`modelId`, `slug`), owned by the caller. With `overwriteId` it updates that
    subgraph instead: only `pinnedIds`, `supernodes`, `clerps` and the two thresholds change
    (`displayName`, `modelId` and `slug` are ignored then).

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - 403 `{error}` when `overwriteId` is not a subgraph of the caller (including an id that
      does not exist).
    - Upstream defect: an invalid body (zod), a malformed JSON body, or a graph that does not
      exist all give 500 `{error: "Failed to save subgraph"}`, not 400/404.

    Args:
        body (SaveSubgraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | RateLimitError | SaveSubgraphResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SaveSubgraphRequest,
) -> Response[BareError | Error | RateLimitError | SaveSubgraphResponse]:
    """Save a subgraph, or overwrite one of yours

     Saves a subgraph (pinned node ids, supernodes, labels and the pruning/density thresholds) of
    the graph (`modelId`, `slug`), owned by the caller. With `overwriteId` it updates that
    subgraph instead: only `pinnedIds`, `supernodes`, `clerps` and the two thresholds change
    (`displayName`, `modelId` and `slug` are ignored then).

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - 403 `{error}` when `overwriteId` is not a subgraph of the caller (including an id that
      does not exist).
    - Upstream defect: an invalid body (zod), a malformed JSON body, or a graph that does not
      exist all give 500 `{error: "Failed to save subgraph"}`, not 400/404.

    Args:
        body (SaveSubgraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | RateLimitError | SaveSubgraphResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SaveSubgraphRequest,
) -> BareError | Error | RateLimitError | SaveSubgraphResponse | None:
    """Save a subgraph, or overwrite one of yours

     Saves a subgraph (pinned node ids, supernodes, labels and the pruning/density thresholds) of
    the graph (`modelId`, `slug`), owned by the caller. With `overwriteId` it updates that
    subgraph instead: only `pinnedIds`, `supernodes`, `clerps` and the two thresholds change
    (`displayName`, `modelId` and `slug` are ignored then).

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - 403 `{error}` when `overwriteId` is not a subgraph of the caller (including an id that
      does not exist).
    - Upstream defect: an invalid body (zod), a malformed JSON body, or a graph that does not
      exist all give 500 `{error: "Failed to save subgraph"}`, not 400/404.

    Args:
        body (SaveSubgraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | RateLimitError | SaveSubgraphResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
