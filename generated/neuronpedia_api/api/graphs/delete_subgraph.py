from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.delete_subgraph_request import DeleteSubgraphRequest
from ...models.delete_subgraph_response import DeleteSubgraphResponse
from ...models.error import Error
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: DeleteSubgraphRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/graph/subgraph/delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | DeleteSubgraphResponse | RateLimitError | None:
    if response.status_code == 200:
        response_200 = DeleteSubgraphResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = BareError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = BareError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = BareError.from_dict(response.json())

        return response_404

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
) -> Response[BareError | Error | DeleteSubgraphResponse | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteSubgraphRequest,
) -> Response[BareError | Error | DeleteSubgraphResponse | RateLimitError]:
    """Delete one of your subgraphs

     Deletes a subgraph owned by the caller.

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - 404 `{error}` when the subgraph does not exist, 403 `{error}` when it belongs to another
      user.
    - Upstream defect: an invalid body (zod) or a malformed JSON body gives 500
      `{error: "Failed to delete subgraph"}`, not 400.

    Args:
        body (DeleteSubgraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | DeleteSubgraphResponse | RateLimitError]
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
    body: DeleteSubgraphRequest,
) -> BareError | Error | DeleteSubgraphResponse | RateLimitError | None:
    """Delete one of your subgraphs

     Deletes a subgraph owned by the caller.

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - 404 `{error}` when the subgraph does not exist, 403 `{error}` when it belongs to another
      user.
    - Upstream defect: an invalid body (zod) or a malformed JSON body gives 500
      `{error: "Failed to delete subgraph"}`, not 400.

    Args:
        body (DeleteSubgraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | DeleteSubgraphResponse | RateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteSubgraphRequest,
) -> Response[BareError | Error | DeleteSubgraphResponse | RateLimitError]:
    """Delete one of your subgraphs

     Deletes a subgraph owned by the caller.

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - 404 `{error}` when the subgraph does not exist, 403 `{error}` when it belongs to another
      user.
    - Upstream defect: an invalid body (zod) or a malformed JSON body gives 500
      `{error: "Failed to delete subgraph"}`, not 400.

    Args:
        body (DeleteSubgraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | DeleteSubgraphResponse | RateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeleteSubgraphRequest,
) -> BareError | Error | DeleteSubgraphResponse | RateLimitError | None:
    """Delete one of your subgraphs

     Deletes a subgraph owned by the caller.

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - 404 `{error}` when the subgraph does not exist, 403 `{error}` when it belongs to another
      user.
    - Upstream defect: an invalid body (zod) or a malformed JSON body gives 500
      `{error: "Failed to delete subgraph"}`, not 400.

    Args:
        body (DeleteSubgraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | DeleteSubgraphResponse | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
