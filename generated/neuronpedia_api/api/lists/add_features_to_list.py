from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_list_features_request import AddListFeaturesRequest
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.list_feature import ListFeature
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: AddListFeaturesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/list/add-features",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | RateLimitError | list[ListFeature] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ListFeature.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = BareError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BareError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
) -> Response[BareError | Error | RateLimitError | list[ListFeature]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddListFeaturesRequest,
) -> Response[BareError | Error | RateLimitError | list[ListFeature]]:
    """Add features to a list

     Adds up to 100 features to a list the caller owns and returns the created list entries.

    - **Auth:** an API key is required (401 without a valid one); the list must exist (404) and be
      the caller's (403). The features' models are not checked for visibility.
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** the inference server, when the list has a test text and fewer than 20
      features are added: the test text's activations are computed for each added feature whose
      source allows inference.
    - **Validation:** none besides the count: more than 100 features is 400 `{error}`. `index` is a
      string here (a number makes the insert fail with 500).
    - **Upstream quirks:** a feature that is already in the list, or that does not exist, makes the
      whole insert fail with the generic **500** (nothing is added). If the activation step fails,
      the features stay added but the answer is 500. A missing `featuresToAdd` or a malformed JSON
      body gives the generic 500.

    Args:
        body (AddListFeaturesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | RateLimitError | list[ListFeature]]
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
    body: AddListFeaturesRequest,
) -> BareError | Error | RateLimitError | list[ListFeature] | None:
    """Add features to a list

     Adds up to 100 features to a list the caller owns and returns the created list entries.

    - **Auth:** an API key is required (401 without a valid one); the list must exist (404) and be
      the caller's (403). The features' models are not checked for visibility.
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** the inference server, when the list has a test text and fewer than 20
      features are added: the test text's activations are computed for each added feature whose
      source allows inference.
    - **Validation:** none besides the count: more than 100 features is 400 `{error}`. `index` is a
      string here (a number makes the insert fail with 500).
    - **Upstream quirks:** a feature that is already in the list, or that does not exist, makes the
      whole insert fail with the generic **500** (nothing is added). If the activation step fails,
      the features stay added but the answer is 500. A missing `featuresToAdd` or a malformed JSON
      body gives the generic 500.

    Args:
        body (AddListFeaturesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | RateLimitError | list[ListFeature]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddListFeaturesRequest,
) -> Response[BareError | Error | RateLimitError | list[ListFeature]]:
    """Add features to a list

     Adds up to 100 features to a list the caller owns and returns the created list entries.

    - **Auth:** an API key is required (401 without a valid one); the list must exist (404) and be
      the caller's (403). The features' models are not checked for visibility.
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** the inference server, when the list has a test text and fewer than 20
      features are added: the test text's activations are computed for each added feature whose
      source allows inference.
    - **Validation:** none besides the count: more than 100 features is 400 `{error}`. `index` is a
      string here (a number makes the insert fail with 500).
    - **Upstream quirks:** a feature that is already in the list, or that does not exist, makes the
      whole insert fail with the generic **500** (nothing is added). If the activation step fails,
      the features stay added but the answer is 500. A missing `featuresToAdd` or a malformed JSON
      body gives the generic 500.

    Args:
        body (AddListFeaturesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | RateLimitError | list[ListFeature]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AddListFeaturesRequest,
) -> BareError | Error | RateLimitError | list[ListFeature] | None:
    """Add features to a list

     Adds up to 100 features to a list the caller owns and returns the created list entries.

    - **Auth:** an API key is required (401 without a valid one); the list must exist (404) and be
      the caller's (403). The features' models are not checked for visibility.
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** the inference server, when the list has a test text and fewer than 20
      features are added: the test text's activations are computed for each added feature whose
      source allows inference.
    - **Validation:** none besides the count: more than 100 features is 400 `{error}`. `index` is a
      string here (a number makes the insert fail with 500).
    - **Upstream quirks:** a feature that is already in the list, or that does not exist, makes the
      whole insert fail with the generic **500** (nothing is added). If the activation step fails,
      the features stay added but the answer is 500. A missing `featuresToAdd` or a malformed JSON
      body gives the generic 500.

    Args:
        body (AddListFeaturesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | RateLimitError | list[ListFeature]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
