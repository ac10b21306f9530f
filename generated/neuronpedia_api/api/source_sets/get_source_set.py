from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.rate_limit_error import RateLimitError
from ...models.source_set_with_sources import SourceSetWithSources
from ...types import Response


def _get_kwargs(
    model_id: str,
    name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/source-set/{model_id}/{name}".format(
            model_id=quote(str(model_id), safe=""),
            name=quote(str(name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | None | SourceSetWithSources | RateLimitError:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> None | SourceSetWithSources:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SourceSetWithSources.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceSetWithSources, data)

        response_200 = _parse_response_200(response.json())

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
) -> Response[Error | None | SourceSetWithSources | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model_id: str,
    name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | None | SourceSetWithSources | RateLimitError]:
    """Get a source set with its sources

     Returns one source set with its sources, its release (or null) and its model. Not annotated
    upstream;
    used by the official client's `SourceSetRequest.get`.

    - **Not found is HTTP 200 with the JSON literal `null`**, both when the set does not exist and when
    the
      caller may not see it. There is no 404.
    - The set is visible if it is PUBLIC or UNLISTED, or created by the caller. Its `sources` only
    include
      PUBLIC sources and the caller's own, so an anonymous caller sees an UNLISTED custom set with an
      empty `sources` list.
    - Auth: API key optional (a wrong key is treated as anonymous).
    - Rate limit: only the global `/` and `/api` buckets (25000 per 60 minutes each, per client IP).
    - External services: none (database only).

    Args:
        model_id (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | None | SourceSetWithSources | RateLimitError]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_id: str,
    name: str,
    *,
    client: AuthenticatedClient,
) -> Error | None | SourceSetWithSources | RateLimitError:
    """Get a source set with its sources

     Returns one source set with its sources, its release (or null) and its model. Not annotated
    upstream;
    used by the official client's `SourceSetRequest.get`.

    - **Not found is HTTP 200 with the JSON literal `null`**, both when the set does not exist and when
    the
      caller may not see it. There is no 404.
    - The set is visible if it is PUBLIC or UNLISTED, or created by the caller. Its `sources` only
    include
      PUBLIC sources and the caller's own, so an anonymous caller sees an UNLISTED custom set with an
      empty `sources` list.
    - Auth: API key optional (a wrong key is treated as anonymous).
    - Rate limit: only the global `/` and `/api` buckets (25000 per 60 minutes each, per client IP).
    - External services: none (database only).

    Args:
        model_id (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | None | SourceSetWithSources | RateLimitError
    """

    return sync_detailed(
        model_id=model_id,
        name=name,
        client=client,
    ).parsed


async def asyncio_detailed(
    model_id: str,
    name: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | None | SourceSetWithSources | RateLimitError]:
    """Get a source set with its sources

     Returns one source set with its sources, its release (or null) and its model. Not annotated
    upstream;
    used by the official client's `SourceSetRequest.get`.

    - **Not found is HTTP 200 with the JSON literal `null`**, both when the set does not exist and when
    the
      caller may not see it. There is no 404.
    - The set is visible if it is PUBLIC or UNLISTED, or created by the caller. Its `sources` only
    include
      PUBLIC sources and the caller's own, so an anonymous caller sees an UNLISTED custom set with an
      empty `sources` list.
    - Auth: API key optional (a wrong key is treated as anonymous).
    - Rate limit: only the global `/` and `/api` buckets (25000 per 60 minutes each, per client IP).
    - External services: none (database only).

    Args:
        model_id (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | None | SourceSetWithSources | RateLimitError]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_id: str,
    name: str,
    *,
    client: AuthenticatedClient,
) -> Error | None | SourceSetWithSources | RateLimitError:
    """Get a source set with its sources

     Returns one source set with its sources, its release (or null) and its model. Not annotated
    upstream;
    used by the official client's `SourceSetRequest.get`.

    - **Not found is HTTP 200 with the JSON literal `null`**, both when the set does not exist and when
    the
      caller may not see it. There is no 404.
    - The set is visible if it is PUBLIC or UNLISTED, or created by the caller. Its `sources` only
    include
      PUBLIC sources and the caller's own, so an anonymous caller sees an UNLISTED custom set with an
      empty `sources` list.
    - Auth: API key optional (a wrong key is treated as anonymous).
    - Rate limit: only the global `/` and `/api` buckets (25000 per 60 minutes each, per client IP).
    - External services: none (database only).

    Args:
        model_id (str):
        name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | None | SourceSetWithSources | RateLimitError
    """

    return (
        await asyncio_detailed(
            model_id=model_id,
            name=name,
            client=client,
        )
    ).parsed
