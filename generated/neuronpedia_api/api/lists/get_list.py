from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_list_request import GetListRequest
from ...models.list_ import List
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: GetListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/list/get",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | List | RateLimitError | None:
    if response.status_code == 200:
        response_200 = List.from_dict(response.json())

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
) -> Response[Error | List | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetListRequest,
) -> Response[Error | List | RateLimitError]:
    """Get a list with its features

     Returns one list by id with its owner's name, its features (each with the stored feature, its
    top 3 activations by `maxValue` and all its explanations) and the activations of its test text.

    - **Auth:** the API key is optional and in practice changes nothing: there is **no ownership or
      visibility check**, anyone who knows a list id can read it (a wrong key is treated as
      anonymous, never 401).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - **Upstream quirks:** an unknown `listId` is the generic **500**, not 404. At most 300
      features are returned, in database order (the handler's `addedAt` ordering and model-visibility
      filter are overwritten by a second, unfiltered query). `activations` (the test-text
      activations) are sorted to follow the order of `neurons`. A malformed JSON body gives the
      generic 500.

    Args:
        body (GetListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | List | RateLimitError]
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
    body: GetListRequest,
) -> Error | List | RateLimitError | None:
    """Get a list with its features

     Returns one list by id with its owner's name, its features (each with the stored feature, its
    top 3 activations by `maxValue` and all its explanations) and the activations of its test text.

    - **Auth:** the API key is optional and in practice changes nothing: there is **no ownership or
      visibility check**, anyone who knows a list id can read it (a wrong key is treated as
      anonymous, never 401).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - **Upstream quirks:** an unknown `listId` is the generic **500**, not 404. At most 300
      features are returned, in database order (the handler's `addedAt` ordering and model-visibility
      filter are overwritten by a second, unfiltered query). `activations` (the test-text
      activations) are sorted to follow the order of `neurons`. A malformed JSON body gives the
      generic 500.

    Args:
        body (GetListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | List | RateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetListRequest,
) -> Response[Error | List | RateLimitError]:
    """Get a list with its features

     Returns one list by id with its owner's name, its features (each with the stored feature, its
    top 3 activations by `maxValue` and all its explanations) and the activations of its test text.

    - **Auth:** the API key is optional and in practice changes nothing: there is **no ownership or
      visibility check**, anyone who knows a list id can read it (a wrong key is treated as
      anonymous, never 401).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - **Upstream quirks:** an unknown `listId` is the generic **500**, not 404. At most 300
      features are returned, in database order (the handler's `addedAt` ordering and model-visibility
      filter are overwritten by a second, unfiltered query). `activations` (the test-text
      activations) are sorted to follow the order of `neurons`. A malformed JSON body gives the
      generic 500.

    Args:
        body (GetListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | List | RateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetListRequest,
) -> Error | List | RateLimitError | None:
    """Get a list with its features

     Returns one list by id with its owner's name, its features (each with the stored feature, its
    top 3 activations by `maxValue` and all its explanations) and the activations of its test text.

    - **Auth:** the API key is optional and in practice changes nothing: there is **no ownership or
      visibility check**, anyone who knows a list id can read it (a wrong key is treated as
      anonymous, never 401).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none.
    - **Upstream quirks:** an unknown `listId` is the generic **500**, not 404. At most 300
      features are returned, in database order (the handler's `addedAt` ordering and model-visibility
      filter are overwritten by a second, unfiltered query). `activations` (the test-text
      activations) are sorted to follow the order of `neurons`. A malformed JSON body gives the
      generic 500.

    Args:
        body (GetListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | List | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
