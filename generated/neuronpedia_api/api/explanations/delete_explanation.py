from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.delete_explanation_response import DeleteExplanationResponse
from ...models.error import Error
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    explanation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/explanation/{explanation_id}/delete".format(
            explanation_id=quote(str(explanation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | DeleteExplanationResponse | Error | RateLimitError | None:
    if response.status_code == 200:
        response_200 = DeleteExplanationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = BareError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[BareError | DeleteExplanationResponse | Error | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    explanation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BareError | DeleteExplanationResponse | Error | RateLimitError]:
    """Delete an explanation

     Deletes the explanation `explanationId` (with its scores and votes) if the caller is its
    author. No request body is read.

    - Auth: key required.
    - Rate limit: only the global buckets.
    - Odd upstream behaviour: answers 200 `{"message": "Explanation deleted"}` **also when no
      explanation has that id** (nothing is deleted). If the explanation's model or source is
      not visible to the caller the access check answers 404 `{error, message}`; an
      explanation by someone else answers the generic 500, not 403.

    Args:
        explanation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | DeleteExplanationResponse | Error | RateLimitError]
    """

    kwargs = _get_kwargs(
        explanation_id=explanation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    explanation_id: str,
    *,
    client: AuthenticatedClient,
) -> BareError | DeleteExplanationResponse | Error | RateLimitError | None:
    """Delete an explanation

     Deletes the explanation `explanationId` (with its scores and votes) if the caller is its
    author. No request body is read.

    - Auth: key required.
    - Rate limit: only the global buckets.
    - Odd upstream behaviour: answers 200 `{"message": "Explanation deleted"}` **also when no
      explanation has that id** (nothing is deleted). If the explanation's model or source is
      not visible to the caller the access check answers 404 `{error, message}`; an
      explanation by someone else answers the generic 500, not 403.

    Args:
        explanation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | DeleteExplanationResponse | Error | RateLimitError
    """

    return sync_detailed(
        explanation_id=explanation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    explanation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BareError | DeleteExplanationResponse | Error | RateLimitError]:
    """Delete an explanation

     Deletes the explanation `explanationId` (with its scores and votes) if the caller is its
    author. No request body is read.

    - Auth: key required.
    - Rate limit: only the global buckets.
    - Odd upstream behaviour: answers 200 `{"message": "Explanation deleted"}` **also when no
      explanation has that id** (nothing is deleted). If the explanation's model or source is
      not visible to the caller the access check answers 404 `{error, message}`; an
      explanation by someone else answers the generic 500, not 403.

    Args:
        explanation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | DeleteExplanationResponse | Error | RateLimitError]
    """

    kwargs = _get_kwargs(
        explanation_id=explanation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    explanation_id: str,
    *,
    client: AuthenticatedClient,
) -> BareError | DeleteExplanationResponse | Error | RateLimitError | None:
    """Delete an explanation

     Deletes the explanation `explanationId` (with its scores and votes) if the caller is its
    author. No request body is read.

    - Auth: key required.
    - Rate limit: only the global buckets.
    - Odd upstream behaviour: answers 200 `{"message": "Explanation deleted"}` **also when no
      explanation has that id** (nothing is deleted). If the explanation's model or source is
      not visible to the caller the access check answers 404 `{error, message}`; an
      explanation by someone else answers the generic 500, not 403.

    Args:
        explanation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | DeleteExplanationResponse | Error | RateLimitError
    """

    return (
        await asyncio_detailed(
            explanation_id=explanation_id,
            client=client,
        )
    ).parsed
