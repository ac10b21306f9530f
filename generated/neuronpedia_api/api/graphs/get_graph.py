from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.graph import Graph
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    model_id: str,
    slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/graph/{model_id}/{slug}".format(
            model_id=quote(str(model_id), safe=""),
            slug=quote(str(slug), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | Graph | RateLimitError | None:
    if response.status_code == 200:
        response_200 = Graph.from_dict(response.json())

        return response_200

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
) -> Response[BareError | Error | Graph | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model_id: str,
    slug: str,
    *,
    client: AuthenticatedClient,
) -> Response[BareError | Error | Graph | RateLimitError]:
    """Get the metadata of one attribution graph

     Returns the `GraphMetadata` row identified by model id and slug, with its owner
    (`user: {name, id}`, or `null` for a graph generated anonymously). The graph JSON itself is
    not returned: `url` points at the stored file (S3).

    - Auth: API key optional (`withOptionalUser`); a wrong key is treated as anonymous. The key
      changes nothing here: there is no visibility check, any graph is readable by anyone.
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - A graph that does not exist gives 404 `{error: "Graph not found"}`; a database failure
      gives 500 `{error: "Failed to fetch graph metadata"}`.

    Args:
        model_id (str):
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | Graph | RateLimitError]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        slug=slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_id: str,
    slug: str,
    *,
    client: AuthenticatedClient,
) -> BareError | Error | Graph | RateLimitError | None:
    """Get the metadata of one attribution graph

     Returns the `GraphMetadata` row identified by model id and slug, with its owner
    (`user: {name, id}`, or `null` for a graph generated anonymously). The graph JSON itself is
    not returned: `url` points at the stored file (S3).

    - Auth: API key optional (`withOptionalUser`); a wrong key is treated as anonymous. The key
      changes nothing here: there is no visibility check, any graph is readable by anyone.
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - A graph that does not exist gives 404 `{error: "Graph not found"}`; a database failure
      gives 500 `{error: "Failed to fetch graph metadata"}`.

    Args:
        model_id (str):
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | Graph | RateLimitError
    """

    return sync_detailed(
        model_id=model_id,
        slug=slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    model_id: str,
    slug: str,
    *,
    client: AuthenticatedClient,
) -> Response[BareError | Error | Graph | RateLimitError]:
    """Get the metadata of one attribution graph

     Returns the `GraphMetadata` row identified by model id and slug, with its owner
    (`user: {name, id}`, or `null` for a graph generated anonymously). The graph JSON itself is
    not returned: `url` points at the stored file (S3).

    - Auth: API key optional (`withOptionalUser`); a wrong key is treated as anonymous. The key
      changes nothing here: there is no visibility check, any graph is readable by anyone.
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - A graph that does not exist gives 404 `{error: "Graph not found"}`; a database failure
      gives 500 `{error: "Failed to fetch graph metadata"}`.

    Args:
        model_id (str):
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | Graph | RateLimitError]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        slug=slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_id: str,
    slug: str,
    *,
    client: AuthenticatedClient,
) -> BareError | Error | Graph | RateLimitError | None:
    """Get the metadata of one attribution graph

     Returns the `GraphMetadata` row identified by model id and slug, with its owner
    (`user: {name, id}`, or `null` for a graph generated anonymously). The graph JSON itself is
    not returned: `url` points at the stored file (S3).

    - Auth: API key optional (`withOptionalUser`); a wrong key is treated as anonymous. The key
      changes nothing here: there is no visibility check, any graph is readable by anyone.
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: none (database only).
    - A graph that does not exist gives 404 `{error: "Graph not found"}`; a database failure
      gives 500 `{error: "Failed to fetch graph metadata"}`.

    Args:
        model_id (str):
        slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | Graph | RateLimitError
    """

    return (
        await asyncio_detailed(
            model_id=model_id,
            slug=slug,
            client=client,
        )
    ).parsed
