from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.explanation_export_removed import ExplanationExportRemoved
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/explanation/export",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExplanationExportRemoved | RateLimitError | None:
    if response.status_code == 400:
        response_400 = ExplanationExportRemoved.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExplanationExportRemoved | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ExplanationExportRemoved | RateLimitError]:
    """Export explanations (removed)

     Removed endpoint (a tombstone): it **always** answers 400 with `newUrl`, the public S3
    bucket of Neuronpedia's dataset exports, where explanation exports are now downloaded.

    - Auth: the key is optional and ignored.
    - Rate limit: only the global buckets.
    - External services: none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExplanationExportRemoved | RateLimitError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ExplanationExportRemoved | RateLimitError | None:
    """Export explanations (removed)

     Removed endpoint (a tombstone): it **always** answers 400 with `newUrl`, the public S3
    bucket of Neuronpedia's dataset exports, where explanation exports are now downloaded.

    - Auth: the key is optional and ignored.
    - Rate limit: only the global buckets.
    - External services: none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExplanationExportRemoved | RateLimitError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ExplanationExportRemoved | RateLimitError]:
    """Export explanations (removed)

     Removed endpoint (a tombstone): it **always** answers 400 with `newUrl`, the public S3
    bucket of Neuronpedia's dataset exports, where explanation exports are now downloaded.

    - Auth: the key is optional and ignored.
    - Rate limit: only the global buckets.
    - External services: none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExplanationExportRemoved | RateLimitError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ExplanationExportRemoved | RateLimitError | None:
    """Export explanations (removed)

     Removed endpoint (a tombstone): it **always** answers 400 with `newUrl`, the public S3
    bucket of Neuronpedia's dataset exports, where explanation exports are now downloaded.

    - Auth: the key is optional and ignored.
    - Rate limit: only the global buckets.
    - External services: none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExplanationExportRemoved | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
