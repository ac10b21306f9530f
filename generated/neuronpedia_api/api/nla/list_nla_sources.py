from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.nla_source_list import NlaSourceList
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/nla/sources",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | NlaSourceList | RateLimitError | None:
    if response.status_code == 200:
        response_200 = NlaSourceList.from_dict(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | NlaSourceList | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | NlaSourceList | RateLimitError]:
    """List the NLA sources

     Returns every NLA source (an activation-verbaliser / activation-reconstructor pair at one layer of
    a model), ordered by model id, layer and id. Use `modelId` and `id` as the `modelId` and
    `nlaSourceId` of `nlaExplain` and `nlaCompletion`. `model.openRouterAvailable` says whether the
    model
    can generate completions through OpenRouter (the model's OpenRouter id itself is not published).

    - Auth: none (the API key is ignored; upstream's annotation says optional).
    - Rate limit: bucket `/api/nla/sources`, 1200 requests per 60 minutes per client IP, on top of the
      global buckets.
    - External services: none (database only).
    - No error handling: a database failure gives the framework's bare 500 without a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | NlaSourceList | RateLimitError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | NlaSourceList | RateLimitError | None:
    """List the NLA sources

     Returns every NLA source (an activation-verbaliser / activation-reconstructor pair at one layer of
    a model), ordered by model id, layer and id. Use `modelId` and `id` as the `modelId` and
    `nlaSourceId` of `nlaExplain` and `nlaCompletion`. `model.openRouterAvailable` says whether the
    model
    can generate completions through OpenRouter (the model's OpenRouter id itself is not published).

    - Auth: none (the API key is ignored; upstream's annotation says optional).
    - Rate limit: bucket `/api/nla/sources`, 1200 requests per 60 minutes per client IP, on top of the
      global buckets.
    - External services: none (database only).
    - No error handling: a database failure gives the framework's bare 500 without a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | NlaSourceList | RateLimitError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | NlaSourceList | RateLimitError]:
    """List the NLA sources

     Returns every NLA source (an activation-verbaliser / activation-reconstructor pair at one layer of
    a model), ordered by model id, layer and id. Use `modelId` and `id` as the `modelId` and
    `nlaSourceId` of `nlaExplain` and `nlaCompletion`. `model.openRouterAvailable` says whether the
    model
    can generate completions through OpenRouter (the model's OpenRouter id itself is not published).

    - Auth: none (the API key is ignored; upstream's annotation says optional).
    - Rate limit: bucket `/api/nla/sources`, 1200 requests per 60 minutes per client IP, on top of the
      global buckets.
    - External services: none (database only).
    - No error handling: a database failure gives the framework's bare 500 without a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | NlaSourceList | RateLimitError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | NlaSourceList | RateLimitError | None:
    """List the NLA sources

     Returns every NLA source (an activation-verbaliser / activation-reconstructor pair at one layer of
    a model), ordered by model id, layer and id. Use `modelId` and `id` as the `modelId` and
    `nlaSourceId` of `nlaExplain` and `nlaCompletion`. `model.openRouterAvailable` says whether the
    model
    can generate completions through OpenRouter (the model's OpenRouter id itself is not published).

    - Auth: none (the API key is ignored; upstream's annotation says optional).
    - Rate limit: bucket `/api/nla/sources`, 1200 requests per 60 minutes per client IP, on top of the
      global buckets.
    - External services: none (database only).
    - No error handling: a database failure gives the framework's bare 500 without a JSON body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | NlaSourceList | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
