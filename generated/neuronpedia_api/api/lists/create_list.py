from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.create_list_request import CreateListRequest
from ...models.created_list import CreatedList
from ...models.error import Error
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: CreateListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/list/new",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | CreatedList | RateLimitError | None:
    if response.status_code == 200:
        response_200 = CreatedList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BareError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BareError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> BareError | Error:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_create_list_server_error_type_0 = Error.from_dict(data)

                return componentsschemas_create_list_server_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_create_list_server_error_type_1 = BareError.from_dict(data)

            return componentsschemas_create_list_server_error_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BareError | Error | CreatedList | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateListRequest,
) -> Response[BareError | Error | CreatedList | RateLimitError]:
    """Create an empty list

     Creates an empty list owned by the caller and returns it with its owner's name and its web URL.

    - **Auth:** an API key is required (401 without a valid one).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none (`testText` is stored, but the new list has no features, so
      nothing is sent to the inference server).
    - **Validation:** yup. `name` is trimmed and must not be empty afterwards; `testText` may be
      `null` but not the empty string. A validation failure is 400 `{error}`.
    - **Upstream quirks:** `description` is optional in the handler's schema, but the database column
      is NOT NULL, so leaving it out makes the insert fail with 500 `{error: "Unknown Error"}`; this
      spec therefore requires it. A `testText` over 500 characters is refused only after the list
      was created, again as 500 `{error: "Unknown Error"}` (the list stays). When `testText` is
      accepted it is saved, but the response still shows `defaultTestText: null` (it is the row as
      it was before the test text was set). A malformed JSON body gives the generic 500.

    Args:
        body (CreateListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | CreatedList | RateLimitError]
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
    body: CreateListRequest,
) -> BareError | Error | CreatedList | RateLimitError | None:
    """Create an empty list

     Creates an empty list owned by the caller and returns it with its owner's name and its web URL.

    - **Auth:** an API key is required (401 without a valid one).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none (`testText` is stored, but the new list has no features, so
      nothing is sent to the inference server).
    - **Validation:** yup. `name` is trimmed and must not be empty afterwards; `testText` may be
      `null` but not the empty string. A validation failure is 400 `{error}`.
    - **Upstream quirks:** `description` is optional in the handler's schema, but the database column
      is NOT NULL, so leaving it out makes the insert fail with 500 `{error: "Unknown Error"}`; this
      spec therefore requires it. A `testText` over 500 characters is refused only after the list
      was created, again as 500 `{error: "Unknown Error"}` (the list stays). When `testText` is
      accepted it is saved, but the response still shows `defaultTestText: null` (it is the row as
      it was before the test text was set). A malformed JSON body gives the generic 500.

    Args:
        body (CreateListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | CreatedList | RateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateListRequest,
) -> Response[BareError | Error | CreatedList | RateLimitError]:
    """Create an empty list

     Creates an empty list owned by the caller and returns it with its owner's name and its web URL.

    - **Auth:** an API key is required (401 without a valid one).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none (`testText` is stored, but the new list has no features, so
      nothing is sent to the inference server).
    - **Validation:** yup. `name` is trimmed and must not be empty afterwards; `testText` may be
      `null` but not the empty string. A validation failure is 400 `{error}`.
    - **Upstream quirks:** `description` is optional in the handler's schema, but the database column
      is NOT NULL, so leaving it out makes the insert fail with 500 `{error: "Unknown Error"}`; this
      spec therefore requires it. A `testText` over 500 characters is refused only after the list
      was created, again as 500 `{error: "Unknown Error"}` (the list stays). When `testText` is
      accepted it is saved, but the response still shows `defaultTestText: null` (it is the row as
      it was before the test text was set). A malformed JSON body gives the generic 500.

    Args:
        body (CreateListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | CreatedList | RateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateListRequest,
) -> BareError | Error | CreatedList | RateLimitError | None:
    """Create an empty list

     Creates an empty list owned by the caller and returns it with its owner's name and its web URL.

    - **Auth:** an API key is required (401 without a valid one).
    - **Rate limit:** only the global `/` and `/api` buckets (25000 requests per 60 minutes per client
    IP).
    - **External services:** none (`testText` is stored, but the new list has no features, so
      nothing is sent to the inference server).
    - **Validation:** yup. `name` is trimmed and must not be empty afterwards; `testText` may be
      `null` but not the empty string. A validation failure is 400 `{error}`.
    - **Upstream quirks:** `description` is optional in the handler's schema, but the database column
      is NOT NULL, so leaving it out makes the insert fail with 500 `{error: "Unknown Error"}`; this
      spec therefore requires it. A `testText` over 500 characters is refused only after the list
      was created, again as 500 `{error: "Unknown Error"}` (the list stays). When `testText` is
      accepted it is saved, but the response still shows `defaultTestText: null` (it is the row as
      it was before the test text was set). A malformed JSON body gives the generic 500.

    Args:
        body (CreateListRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | CreatedList | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
