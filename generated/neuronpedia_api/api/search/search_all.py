from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.rate_limit_error import RateLimitError
from ...models.search_all_batch_response import SearchAllBatchResponse
from ...models.search_all_request import SearchAllRequest
from ...models.search_all_response import SearchAllResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SearchAllRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/search-all",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RateLimitError | SearchAllBatchResponse | SearchAllResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> SearchAllBatchResponse | SearchAllResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SearchAllResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = SearchAllBatchResponse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

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
) -> Response[Error | RateLimitError | SearchAllBatchResponse | SearchAllResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchAllRequest,
) -> Response[Error | RateLimitError | SearchAllBatchResponse | SearchAllResponse]:
    """Top features for a text

     Runs a text through the model and returns the features (of a source set, or of selected
    sources in it) that activate most on it, sorted by their maximum activation, or by the sum
    of their activations at `sortIndexes`. With a single text, each result joins the stored
    feature (`neuron`) when one exists; with an array of texts (batch) the answer is
    `{results: [...]}`, one entry per text, without `neuron`.

    Auth: the API key is optional (a wrong key is treated as anonymous); it widens which models
    and source sets are visible. Rate limit: the `/api/search-all` bucket (1600 per hour).
    Needs the inference server.

    Upstream behaviour to know:
    - `sortIndexes` and `ignoreBos` are not optional in practice: without `sortIndexes` the
      handler fails with the generic 500, and without `ignoreBos` the saved-search lookup (single
      text) or the inference request (batch) fails with the generic 500. Send `sortIndexes: []`
      to sort by maximum activation.
    - `numResults` 0 means the default (50); `densityThreshold` 0 or -1 means no threshold.
    - A single-text search writes to the database: the first time a query is seen the results
      are saved (a `SavedSearch` and `Activation` rows) and identical later queries are answered
      from them (their explanations then lack `author` and `votes`).
    - A result whose feature has no stored row keeps no `neuron` key.
    - Inference failures and a missing inference host are the generic 500. A malformed JSON body is
      the generic 500.

    Args:
        body (SearchAllRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RateLimitError | SearchAllBatchResponse | SearchAllResponse]
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
    body: SearchAllRequest,
) -> Error | RateLimitError | SearchAllBatchResponse | SearchAllResponse | None:
    """Top features for a text

     Runs a text through the model and returns the features (of a source set, or of selected
    sources in it) that activate most on it, sorted by their maximum activation, or by the sum
    of their activations at `sortIndexes`. With a single text, each result joins the stored
    feature (`neuron`) when one exists; with an array of texts (batch) the answer is
    `{results: [...]}`, one entry per text, without `neuron`.

    Auth: the API key is optional (a wrong key is treated as anonymous); it widens which models
    and source sets are visible. Rate limit: the `/api/search-all` bucket (1600 per hour).
    Needs the inference server.

    Upstream behaviour to know:
    - `sortIndexes` and `ignoreBos` are not optional in practice: without `sortIndexes` the
      handler fails with the generic 500, and without `ignoreBos` the saved-search lookup (single
      text) or the inference request (batch) fails with the generic 500. Send `sortIndexes: []`
      to sort by maximum activation.
    - `numResults` 0 means the default (50); `densityThreshold` 0 or -1 means no threshold.
    - A single-text search writes to the database: the first time a query is seen the results
      are saved (a `SavedSearch` and `Activation` rows) and identical later queries are answered
      from them (their explanations then lack `author` and `votes`).
    - A result whose feature has no stored row keeps no `neuron` key.
    - Inference failures and a missing inference host are the generic 500. A malformed JSON body is
      the generic 500.

    Args:
        body (SearchAllRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RateLimitError | SearchAllBatchResponse | SearchAllResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchAllRequest,
) -> Response[Error | RateLimitError | SearchAllBatchResponse | SearchAllResponse]:
    """Top features for a text

     Runs a text through the model and returns the features (of a source set, or of selected
    sources in it) that activate most on it, sorted by their maximum activation, or by the sum
    of their activations at `sortIndexes`. With a single text, each result joins the stored
    feature (`neuron`) when one exists; with an array of texts (batch) the answer is
    `{results: [...]}`, one entry per text, without `neuron`.

    Auth: the API key is optional (a wrong key is treated as anonymous); it widens which models
    and source sets are visible. Rate limit: the `/api/search-all` bucket (1600 per hour).
    Needs the inference server.

    Upstream behaviour to know:
    - `sortIndexes` and `ignoreBos` are not optional in practice: without `sortIndexes` the
      handler fails with the generic 500, and without `ignoreBos` the saved-search lookup (single
      text) or the inference request (batch) fails with the generic 500. Send `sortIndexes: []`
      to sort by maximum activation.
    - `numResults` 0 means the default (50); `densityThreshold` 0 or -1 means no threshold.
    - A single-text search writes to the database: the first time a query is seen the results
      are saved (a `SavedSearch` and `Activation` rows) and identical later queries are answered
      from them (their explanations then lack `author` and `votes`).
    - A result whose feature has no stored row keeps no `neuron` key.
    - Inference failures and a missing inference host are the generic 500. A malformed JSON body is
      the generic 500.

    Args:
        body (SearchAllRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RateLimitError | SearchAllBatchResponse | SearchAllResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SearchAllRequest,
) -> Error | RateLimitError | SearchAllBatchResponse | SearchAllResponse | None:
    """Top features for a text

     Runs a text through the model and returns the features (of a source set, or of selected
    sources in it) that activate most on it, sorted by their maximum activation, or by the sum
    of their activations at `sortIndexes`. With a single text, each result joins the stored
    feature (`neuron`) when one exists; with an array of texts (batch) the answer is
    `{results: [...]}`, one entry per text, without `neuron`.

    Auth: the API key is optional (a wrong key is treated as anonymous); it widens which models
    and source sets are visible. Rate limit: the `/api/search-all` bucket (1600 per hour).
    Needs the inference server.

    Upstream behaviour to know:
    - `sortIndexes` and `ignoreBos` are not optional in practice: without `sortIndexes` the
      handler fails with the generic 500, and without `ignoreBos` the saved-search lookup (single
      text) or the inference request (batch) fails with the generic 500. Send `sortIndexes: []`
      to sort by maximum activation.
    - `numResults` 0 means the default (50); `densityThreshold` 0 or -1 means no threshold.
    - A single-text search writes to the database: the first time a query is seen the results
      are saved (a `SavedSearch` and `Activation` rows) and identical later queries are answered
      from them (their explanations then lack `author` and `votes`).
    - A result whose feature has no stored row keeps no `neuron` key.
    - Inference failures and a missing inference host are the generic 500. A malformed JSON body is
      the generic 500.

    Args:
        body (SearchAllRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RateLimitError | SearchAllBatchResponse | SearchAllResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
