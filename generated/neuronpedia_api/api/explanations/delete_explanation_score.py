from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.delete_explanation_score_response import DeleteExplanationScoreResponse
from ...models.error import Error
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    explanation_score_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/explanation/score/{explanation_score_id}/delete".format(
            explanation_score_id=quote(str(explanation_score_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | DeleteExplanationScoreResponse | Error | RateLimitError | None:
    if response.status_code == 200:
        response_200 = DeleteExplanationScoreResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = BareError.from_dict(response.json())

        return response_401

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
) -> Response[BareError | DeleteExplanationScoreResponse | Error | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    explanation_score_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BareError | DeleteExplanationScoreResponse | Error | RateLimitError]:
    """Delete an explanation score

     Deletes the explanation score `explanationScoreId` if the caller initiated it. No request
    body is read.

    - Auth: key required.
    - Rate limit: counted in the `/api/explanation/score` bucket (120/h per IP, exact match
      also covers this path), plus the global buckets.
    - Odd upstream behaviour: answers 200 `{"message": "Explanation score deleted"}` **also
      when no score has that id** (nothing is deleted). A score initiated by someone else
      answers the generic 500, not 403.

    Args:
        explanation_score_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | DeleteExplanationScoreResponse | Error | RateLimitError]
    """

    kwargs = _get_kwargs(
        explanation_score_id=explanation_score_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    explanation_score_id: str,
    *,
    client: AuthenticatedClient,
) -> BareError | DeleteExplanationScoreResponse | Error | RateLimitError | None:
    """Delete an explanation score

     Deletes the explanation score `explanationScoreId` if the caller initiated it. No request
    body is read.

    - Auth: key required.
    - Rate limit: counted in the `/api/explanation/score` bucket (120/h per IP, exact match
      also covers this path), plus the global buckets.
    - Odd upstream behaviour: answers 200 `{"message": "Explanation score deleted"}` **also
      when no score has that id** (nothing is deleted). A score initiated by someone else
      answers the generic 500, not 403.

    Args:
        explanation_score_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | DeleteExplanationScoreResponse | Error | RateLimitError
    """

    return sync_detailed(
        explanation_score_id=explanation_score_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    explanation_score_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BareError | DeleteExplanationScoreResponse | Error | RateLimitError]:
    """Delete an explanation score

     Deletes the explanation score `explanationScoreId` if the caller initiated it. No request
    body is read.

    - Auth: key required.
    - Rate limit: counted in the `/api/explanation/score` bucket (120/h per IP, exact match
      also covers this path), plus the global buckets.
    - Odd upstream behaviour: answers 200 `{"message": "Explanation score deleted"}` **also
      when no score has that id** (nothing is deleted). A score initiated by someone else
      answers the generic 500, not 403.

    Args:
        explanation_score_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | DeleteExplanationScoreResponse | Error | RateLimitError]
    """

    kwargs = _get_kwargs(
        explanation_score_id=explanation_score_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    explanation_score_id: str,
    *,
    client: AuthenticatedClient,
) -> BareError | DeleteExplanationScoreResponse | Error | RateLimitError | None:
    """Delete an explanation score

     Deletes the explanation score `explanationScoreId` if the caller initiated it. No request
    body is read.

    - Auth: key required.
    - Rate limit: counted in the `/api/explanation/score` bucket (120/h per IP, exact match
      also covers this path), plus the global buckets.
    - Odd upstream behaviour: answers 200 `{"message": "Explanation score deleted"}` **also
      when no score has that id** (nothing is deleted). A score initiated by someone else
      answers the generic 500, not 403.

    Args:
        explanation_score_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | DeleteExplanationScoreResponse | Error | RateLimitError
    """

    return (
        await asyncio_detailed(
            explanation_score_id=explanation_score_id,
            client=client,
        )
    ).parsed
