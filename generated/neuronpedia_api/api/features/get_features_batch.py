from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.feature_batch_item import FeatureBatchItem
from ...models.features_batch_request_item import FeaturesBatchRequestItem
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: list[FeaturesBatchRequestItem],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/features",
    }

    _kwargs["json"] = []
    for componentsschemas_features_batch_request_item_data in body:
        componentsschemas_features_batch_request_item = componentsschemas_features_batch_request_item_data.to_dict()
        _kwargs["json"].append(componentsschemas_features_batch_request_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MessageError | RateLimitError | list[FeatureBatchItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FeatureBatchItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
                componentsschemas_error_or_message_error_type_0 = Error.from_dict(data)

                return componentsschemas_error_or_message_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_or_message_error_type_1 = MessageError.from_dict(data)

            return componentsschemas_error_or_message_error_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | MessageError | RateLimitError | list[FeatureBatchItem]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: list[FeaturesBatchRequestItem],
) -> Response[Error | MessageError | RateLimitError | list[FeatureBatchItem]]:
    """Get many features (internal UI route)

     Internal route used by the web UI (not annotated upstream): returns the stored features
    named in the body, each with its scalar columns, its explanations reduced to
    `{description, explanationModelName, typeName}` and its public activations.

    - Auth: the key is optional and has no effect: the route applies **no visibility check**
      (upstream's `filterToUserCanAccessNeurons` is a no-op).
    - Rate limit: only the global buckets (`/`, `/api`).
    - External services: none.
    - Odd upstream behaviour: `maxActsToReturn` is read from the **first** item only and applies
      to every feature (activations sorted by `maxValue` descending; absent or 0 means all, in
      no particular order). Features that do not exist are silently left out. The result is
      sorted by the position of the first request item with the same numeric `index` (model
      and layer are ignored when sorting). An empty array gives 500 `{message: "Unknown Error"}`;
      a JSON `null` body gives 400 `{message: "Invalid JSON body"}`; a malformed body gives the
      generic 500. yup also coerces numeric strings for `index`.

    Args:
        body (list[FeaturesBatchRequestItem]): The features to read (validated with yup). An empty
            array gives 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageError | MessageError | RateLimitError | list[FeatureBatchItem]]
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
    body: list[FeaturesBatchRequestItem],
) -> Error | MessageError | RateLimitError | list[FeatureBatchItem] | None:
    """Get many features (internal UI route)

     Internal route used by the web UI (not annotated upstream): returns the stored features
    named in the body, each with its scalar columns, its explanations reduced to
    `{description, explanationModelName, typeName}` and its public activations.

    - Auth: the key is optional and has no effect: the route applies **no visibility check**
      (upstream's `filterToUserCanAccessNeurons` is a no-op).
    - Rate limit: only the global buckets (`/`, `/api`).
    - External services: none.
    - Odd upstream behaviour: `maxActsToReturn` is read from the **first** item only and applies
      to every feature (activations sorted by `maxValue` descending; absent or 0 means all, in
      no particular order). Features that do not exist are silently left out. The result is
      sorted by the position of the first request item with the same numeric `index` (model
      and layer are ignored when sorting). An empty array gives 500 `{message: "Unknown Error"}`;
      a JSON `null` body gives 400 `{message: "Invalid JSON body"}`; a malformed body gives the
      generic 500. yup also coerces numeric strings for `index`.

    Args:
        body (list[FeaturesBatchRequestItem]): The features to read (validated with yup). An empty
            array gives 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageError | MessageError | RateLimitError | list[FeatureBatchItem]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: list[FeaturesBatchRequestItem],
) -> Response[Error | MessageError | RateLimitError | list[FeatureBatchItem]]:
    """Get many features (internal UI route)

     Internal route used by the web UI (not annotated upstream): returns the stored features
    named in the body, each with its scalar columns, its explanations reduced to
    `{description, explanationModelName, typeName}` and its public activations.

    - Auth: the key is optional and has no effect: the route applies **no visibility check**
      (upstream's `filterToUserCanAccessNeurons` is a no-op).
    - Rate limit: only the global buckets (`/`, `/api`).
    - External services: none.
    - Odd upstream behaviour: `maxActsToReturn` is read from the **first** item only and applies
      to every feature (activations sorted by `maxValue` descending; absent or 0 means all, in
      no particular order). Features that do not exist are silently left out. The result is
      sorted by the position of the first request item with the same numeric `index` (model
      and layer are ignored when sorting). An empty array gives 500 `{message: "Unknown Error"}`;
      a JSON `null` body gives 400 `{message: "Invalid JSON body"}`; a malformed body gives the
      generic 500. yup also coerces numeric strings for `index`.

    Args:
        body (list[FeaturesBatchRequestItem]): The features to read (validated with yup). An empty
            array gives 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageError | MessageError | RateLimitError | list[FeatureBatchItem]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: list[FeaturesBatchRequestItem],
) -> Error | MessageError | RateLimitError | list[FeatureBatchItem] | None:
    """Get many features (internal UI route)

     Internal route used by the web UI (not annotated upstream): returns the stored features
    named in the body, each with its scalar columns, its explanations reduced to
    `{description, explanationModelName, typeName}` and its public activations.

    - Auth: the key is optional and has no effect: the route applies **no visibility check**
      (upstream's `filterToUserCanAccessNeurons` is a no-op).
    - Rate limit: only the global buckets (`/`, `/api`).
    - External services: none.
    - Odd upstream behaviour: `maxActsToReturn` is read from the **first** item only and applies
      to every feature (activations sorted by `maxValue` descending; absent or 0 means all, in
      no particular order). Features that do not exist are silently left out. The result is
      sorted by the position of the first request item with the same numeric `index` (model
      and layer are ignored when sorting). An empty array gives 500 `{message: "Unknown Error"}`;
      a JSON `null` body gives 400 `{message: "Invalid JSON body"}`; a malformed body gives the
      generic 500. yup also coerces numeric strings for `index`.

    Args:
        body (list[FeaturesBatchRequestItem]): The features to read (validated with yup). An empty
            array gives 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageError | MessageError | RateLimitError | list[FeatureBatchItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
