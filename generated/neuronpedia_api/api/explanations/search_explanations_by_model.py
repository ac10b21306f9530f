from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.explanation_search_response import ExplanationSearchResponse
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...models.search_explanations_by_model_request import SearchExplanationsByModelRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SearchExplanationsByModelRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/explanation/search-model",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MessageError | ExplanationSearchResponse | RateLimitError | None:
    if response.status_code == 200:
        response_200 = ExplanationSearchResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MessageError.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> Error | MessageError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_explanation_error_or_message_type_0 = Error.from_dict(data)

                return componentsschemas_explanation_error_or_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_explanation_error_or_message_type_1 = MessageError.from_dict(data)

            return componentsschemas_explanation_error_or_message_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MessageError | ExplanationSearchResponse | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchExplanationsByModelRequest,
) -> Response[Error | MessageError | ExplanationSearchResponse | RateLimitError]:
    """Search explanations in all sources of one model

     Embeds `query` and returns the most similar stored explanations among all features of
    `modelId`, 20 per page, most similar first, each with its feature (`neuron`).

    - Auth: optional (a key adds the caller's private sources; a wrong key is anonymous).
    - Rate limit: the `/api/explanation/search` bucket (200/h per IP; 3000/h higher tier).
    - Needs the server's `OPENAI_API_KEY` (query embedding) and pgvector.
    - Odd upstream behaviour: there is no up-front access check. Rows in sources the caller
      cannot see (or of an unknown/private model) are removed **after** the 20-row LIMIT, so
      a page can be short, or empty, with `hasMore: false` although more matches exist.
      OpenAI failures and a negative `offset` answer 500 `{"message": "Unknown Error"}`; a
      malformed JSON body answers the generic 500.

    Args:
        body (SearchExplanationsByModelRequest): Body of `searchExplanationsByModel` (yup schema
            of the handler).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageError | ExplanationSearchResponse | MessageError | RateLimitError]
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
    body: SearchExplanationsByModelRequest,
) -> Error | MessageError | ExplanationSearchResponse | RateLimitError | None:
    """Search explanations in all sources of one model

     Embeds `query` and returns the most similar stored explanations among all features of
    `modelId`, 20 per page, most similar first, each with its feature (`neuron`).

    - Auth: optional (a key adds the caller's private sources; a wrong key is anonymous).
    - Rate limit: the `/api/explanation/search` bucket (200/h per IP; 3000/h higher tier).
    - Needs the server's `OPENAI_API_KEY` (query embedding) and pgvector.
    - Odd upstream behaviour: there is no up-front access check. Rows in sources the caller
      cannot see (or of an unknown/private model) are removed **after** the 20-row LIMIT, so
      a page can be short, or empty, with `hasMore: false` although more matches exist.
      OpenAI failures and a negative `offset` answer 500 `{"message": "Unknown Error"}`; a
      malformed JSON body answers the generic 500.

    Args:
        body (SearchExplanationsByModelRequest): Body of `searchExplanationsByModel` (yup schema
            of the handler).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageError | ExplanationSearchResponse | MessageError | RateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchExplanationsByModelRequest,
) -> Response[Error | MessageError | ExplanationSearchResponse | RateLimitError]:
    """Search explanations in all sources of one model

     Embeds `query` and returns the most similar stored explanations among all features of
    `modelId`, 20 per page, most similar first, each with its feature (`neuron`).

    - Auth: optional (a key adds the caller's private sources; a wrong key is anonymous).
    - Rate limit: the `/api/explanation/search` bucket (200/h per IP; 3000/h higher tier).
    - Needs the server's `OPENAI_API_KEY` (query embedding) and pgvector.
    - Odd upstream behaviour: there is no up-front access check. Rows in sources the caller
      cannot see (or of an unknown/private model) are removed **after** the 20-row LIMIT, so
      a page can be short, or empty, with `hasMore: false` although more matches exist.
      OpenAI failures and a negative `offset` answer 500 `{"message": "Unknown Error"}`; a
      malformed JSON body answers the generic 500.

    Args:
        body (SearchExplanationsByModelRequest): Body of `searchExplanationsByModel` (yup schema
            of the handler).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageError | ExplanationSearchResponse | MessageError | RateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SearchExplanationsByModelRequest,
) -> Error | MessageError | ExplanationSearchResponse | RateLimitError | None:
    """Search explanations in all sources of one model

     Embeds `query` and returns the most similar stored explanations among all features of
    `modelId`, 20 per page, most similar first, each with its feature (`neuron`).

    - Auth: optional (a key adds the caller's private sources; a wrong key is anonymous).
    - Rate limit: the `/api/explanation/search` bucket (200/h per IP; 3000/h higher tier).
    - Needs the server's `OPENAI_API_KEY` (query embedding) and pgvector.
    - Odd upstream behaviour: there is no up-front access check. Rows in sources the caller
      cannot see (or of an unknown/private model) are removed **after** the 20-row LIMIT, so
      a page can be short, or empty, with `hasMore: false` although more matches exist.
      OpenAI failures and a negative `offset` answer 500 `{"message": "Unknown Error"}`; a
      malformed JSON body answers the generic 500.

    Args:
        body (SearchExplanationsByModelRequest): Body of `searchExplanationsByModel` (yup schema
            of the handler).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageError | ExplanationSearchResponse | MessageError | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
