from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.create_list_with_features_request import CreateListWithFeaturesRequest
from ...models.created_list import CreatedList
from ...models.error import Error
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: CreateListWithFeaturesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/list/new-with-features",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | CreatedList | Error | MessageError | RateLimitError | None:
    if response.status_code == 200:
        response_200 = CreatedList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MessageError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BareError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> Error | MessageError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_list_with_features_server_error_type_0 = Error.from_dict(data)

                return componentsschemas_create_list_with_features_server_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_create_list_with_features_server_error_type_1 = MessageError.from_dict(data)

            return componentsschemas_create_list_with_features_server_error_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BareError | CreatedList | Error | MessageError | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateListWithFeaturesRequest,
) -> Response[BareError | CreatedList | Error | MessageError | RateLimitError]:
    """Create a list together with its features

     Creates a list owned by the caller, adds the given features to it, and returns the list with
    its owner's name and its web URL (not the added features).

    - **Auth:** an API key is required (401 without a valid one).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** the inference server, but only when `testText` is given and 1 to 19
      features are added: the activations of the test text are then computed for each added
      feature. With 20 or more features they are silently not computed.
    - **Validation:** yup, answering 400 `{message}`. `features` is optional. `index` is a number
      here (yup also accepts a numeric string and converts it), unlike the string `index` of
      `addFeaturesToList`. A feature whose model or source set the caller cannot see, or that does
      not exist, is **skipped silently**.
    - **Upstream quirks:** errors use `{message}`, unlike `createList`'s `{error}`. A duplicate
      feature in `features`, a `testText` over 500 characters, or an inference failure gives
      500 `{message: "Unknown Error"}` after the list was already created. A malformed JSON body
      gives the generic 500 `{error, message}`.

    Args:
        body (CreateListWithFeaturesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | CreatedList | Error | MessageError | MessageError | RateLimitError]
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
    body: CreateListWithFeaturesRequest,
) -> BareError | CreatedList | Error | MessageError | RateLimitError | None:
    """Create a list together with its features

     Creates a list owned by the caller, adds the given features to it, and returns the list with
    its owner's name and its web URL (not the added features).

    - **Auth:** an API key is required (401 without a valid one).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** the inference server, but only when `testText` is given and 1 to 19
      features are added: the activations of the test text are then computed for each added
      feature. With 20 or more features they are silently not computed.
    - **Validation:** yup, answering 400 `{message}`. `features` is optional. `index` is a number
      here (yup also accepts a numeric string and converts it), unlike the string `index` of
      `addFeaturesToList`. A feature whose model or source set the caller cannot see, or that does
      not exist, is **skipped silently**.
    - **Upstream quirks:** errors use `{message}`, unlike `createList`'s `{error}`. A duplicate
      feature in `features`, a `testText` over 500 characters, or an inference failure gives
      500 `{message: "Unknown Error"}` after the list was already created. A malformed JSON body
      gives the generic 500 `{error, message}`.

    Args:
        body (CreateListWithFeaturesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | CreatedList | Error | MessageError | MessageError | RateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateListWithFeaturesRequest,
) -> Response[BareError | CreatedList | Error | MessageError | RateLimitError]:
    """Create a list together with its features

     Creates a list owned by the caller, adds the given features to it, and returns the list with
    its owner's name and its web URL (not the added features).

    - **Auth:** an API key is required (401 without a valid one).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** the inference server, but only when `testText` is given and 1 to 19
      features are added: the activations of the test text are then computed for each added
      feature. With 20 or more features they are silently not computed.
    - **Validation:** yup, answering 400 `{message}`. `features` is optional. `index` is a number
      here (yup also accepts a numeric string and converts it), unlike the string `index` of
      `addFeaturesToList`. A feature whose model or source set the caller cannot see, or that does
      not exist, is **skipped silently**.
    - **Upstream quirks:** errors use `{message}`, unlike `createList`'s `{error}`. A duplicate
      feature in `features`, a `testText` over 500 characters, or an inference failure gives
      500 `{message: "Unknown Error"}` after the list was already created. A malformed JSON body
      gives the generic 500 `{error, message}`.

    Args:
        body (CreateListWithFeaturesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | CreatedList | Error | MessageError | MessageError | RateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateListWithFeaturesRequest,
) -> BareError | CreatedList | Error | MessageError | RateLimitError | None:
    """Create a list together with its features

     Creates a list owned by the caller, adds the given features to it, and returns the list with
    its owner's name and its web URL (not the added features).

    - **Auth:** an API key is required (401 without a valid one).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** the inference server, but only when `testText` is given and 1 to 19
      features are added: the activations of the test text are then computed for each added
      feature. With 20 or more features they are silently not computed.
    - **Validation:** yup, answering 400 `{message}`. `features` is optional. `index` is a number
      here (yup also accepts a numeric string and converts it), unlike the string `index` of
      `addFeaturesToList`. A feature whose model or source set the caller cannot see, or that does
      not exist, is **skipped silently**.
    - **Upstream quirks:** errors use `{message}`, unlike `createList`'s `{error}`. A duplicate
      feature in `features`, a `testText` over 500 characters, or an inference failure gives
      500 `{message: "Unknown Error"}` after the list was already created. A malformed JSON body
      gives the generic 500 `{error, message}`.

    Args:
        body (CreateListWithFeaturesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | CreatedList | Error | MessageError | MessageError | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
