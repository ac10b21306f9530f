from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.explanation_search_response import ExplanationSearchResponse
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...models.search_explanations_request import SearchExplanationsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SearchExplanationsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/explanation/search",
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
    body: SearchExplanationsRequest,
) -> Response[Error | MessageError | ExplanationSearchResponse | RateLimitError]:
    """Search explanations in some sources of one model

     Embeds `query` (OpenAI `text-embedding-3-large`, 256 dimensions) and returns the stored
    explanations of `modelId` in the sources listed in `layers` whose embeddings are most
    similar (pgvector cosine distance), 20 per page, most similar first. Each result carries
    the feature (`neuron`) with its explanations and up to 3 top activations.

    - Auth: optional. A key only widens what is visible (the caller's own private models and
      sources); a wrong key is treated as anonymous.
    - Rate limit: the `/api/explanation/search` bucket (200 requests per hour per IP; 3000 on
      the higher tier), shared by all four explanation searches, plus the global buckets.
    - Needs the server's `OPENAI_API_KEY` (query embedding) and pgvector.
    - Paging: pass `offset` (default 0). `hasMore` is true exactly when 20 rows came back, and
      only then is `nextOffset` (offset + 20) present.
    - Odd upstream behaviour: a model or source the caller may not see, an unknown model, an
      empty `layers` list, a negative `offset` and any OpenAI failure all answer
      **500 `{"message": "Unknown Error"}`**, not 404/400. A malformed JSON body answers the
      generic 500 `{error, message}`; a JSON body of `null`/`false`/`0`/`""` answers 400
      `{"message": "Invalid JSON body"}`.

    Args:
        body (SearchExplanationsRequest): Body of `searchExplanations` (yup schema of the
            handler).

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
    body: SearchExplanationsRequest,
) -> Error | MessageError | ExplanationSearchResponse | RateLimitError | None:
    """Search explanations in some sources of one model

     Embeds `query` (OpenAI `text-embedding-3-large`, 256 dimensions) and returns the stored
    explanations of `modelId` in the sources listed in `layers` whose embeddings are most
    similar (pgvector cosine distance), 20 per page, most similar first. Each result carries
    the feature (`neuron`) with its explanations and up to 3 top activations.

    - Auth: optional. A key only widens what is visible (the caller's own private models and
      sources); a wrong key is treated as anonymous.
    - Rate limit: the `/api/explanation/search` bucket (200 requests per hour per IP; 3000 on
      the higher tier), shared by all four explanation searches, plus the global buckets.
    - Needs the server's `OPENAI_API_KEY` (query embedding) and pgvector.
    - Paging: pass `offset` (default 0). `hasMore` is true exactly when 20 rows came back, and
      only then is `nextOffset` (offset + 20) present.
    - Odd upstream behaviour: a model or source the caller may not see, an unknown model, an
      empty `layers` list, a negative `offset` and any OpenAI failure all answer
      **500 `{"message": "Unknown Error"}`**, not 404/400. A malformed JSON body answers the
      generic 500 `{error, message}`; a JSON body of `null`/`false`/`0`/`""` answers 400
      `{"message": "Invalid JSON body"}`.

    Args:
        body (SearchExplanationsRequest): Body of `searchExplanations` (yup schema of the
            handler).

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
    body: SearchExplanationsRequest,
) -> Response[Error | MessageError | ExplanationSearchResponse | RateLimitError]:
    """Search explanations in some sources of one model

     Embeds `query` (OpenAI `text-embedding-3-large`, 256 dimensions) and returns the stored
    explanations of `modelId` in the sources listed in `layers` whose embeddings are most
    similar (pgvector cosine distance), 20 per page, most similar first. Each result carries
    the feature (`neuron`) with its explanations and up to 3 top activations.

    - Auth: optional. A key only widens what is visible (the caller's own private models and
      sources); a wrong key is treated as anonymous.
    - Rate limit: the `/api/explanation/search` bucket (200 requests per hour per IP; 3000 on
      the higher tier), shared by all four explanation searches, plus the global buckets.
    - Needs the server's `OPENAI_API_KEY` (query embedding) and pgvector.
    - Paging: pass `offset` (default 0). `hasMore` is true exactly when 20 rows came back, and
      only then is `nextOffset` (offset + 20) present.
    - Odd upstream behaviour: a model or source the caller may not see, an unknown model, an
      empty `layers` list, a negative `offset` and any OpenAI failure all answer
      **500 `{"message": "Unknown Error"}`**, not 404/400. A malformed JSON body answers the
      generic 500 `{error, message}`; a JSON body of `null`/`false`/`0`/`""` answers 400
      `{"message": "Invalid JSON body"}`.

    Args:
        body (SearchExplanationsRequest): Body of `searchExplanations` (yup schema of the
            handler).

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
    body: SearchExplanationsRequest,
) -> Error | MessageError | ExplanationSearchResponse | RateLimitError | None:
    """Search explanations in some sources of one model

     Embeds `query` (OpenAI `text-embedding-3-large`, 256 dimensions) and returns the stored
    explanations of `modelId` in the sources listed in `layers` whose embeddings are most
    similar (pgvector cosine distance), 20 per page, most similar first. Each result carries
    the feature (`neuron`) with its explanations and up to 3 top activations.

    - Auth: optional. A key only widens what is visible (the caller's own private models and
      sources); a wrong key is treated as anonymous.
    - Rate limit: the `/api/explanation/search` bucket (200 requests per hour per IP; 3000 on
      the higher tier), shared by all four explanation searches, plus the global buckets.
    - Needs the server's `OPENAI_API_KEY` (query embedding) and pgvector.
    - Paging: pass `offset` (default 0). `hasMore` is true exactly when 20 rows came back, and
      only then is `nextOffset` (offset + 20) present.
    - Odd upstream behaviour: a model or source the caller may not see, an unknown model, an
      empty `layers` list, a negative `offset` and any OpenAI failure all answer
      **500 `{"message": "Unknown Error"}`**, not 404/400. A malformed JSON body answers the
      generic 500 `{error, message}`; a JSON body of `null`/`false`/`0`/`""` answers 400
      `{"message": "Invalid JSON body"}`.

    Args:
        body (SearchExplanationsRequest): Body of `searchExplanations` (yup schema of the
            handler).

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
