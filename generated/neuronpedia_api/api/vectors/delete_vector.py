from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.delete_vector_response import DeleteVectorResponse
from ...models.error import Error
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...models.vector_locator import VectorLocator
from ...types import Response


def _get_kwargs(
    *,
    body: VectorLocator,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/vector/delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | DeleteVectorResponse | Error | MessageError | RateLimitError | None:
    if response.status_code == 200:
        response_200 = DeleteVectorResponse.from_dict(response.json())

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
                componentsschemas_vector_steer_server_error_type_0 = Error.from_dict(data)

                return componentsschemas_vector_steer_server_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_vector_steer_server_error_type_1 = MessageError.from_dict(data)

            return componentsschemas_vector_steer_server_error_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BareError | DeleteVectorResponse | Error | MessageError | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VectorLocator,
) -> Response[BareError | DeleteVectorResponse | Error | MessageError | RateLimitError]:
    """Delete one of your vectors

     Deletes the feature at (modelId, source, index) if the caller created it.

    Auth: an API key is required. Rate limit: the global `/` and `/api` buckets only. No external
    service.

    Upstream behaviour to know: the answer is 200 `{"message": "Success"}` also when nothing was
    deleted (unknown feature, or one the caller did not create); there is no 403 or 404. Other
    failures are 500 `{"message": "Unknown Error"}`, and a malformed JSON body is the generic 500.

    Args:
        body (VectorLocator): Identifies one feature (a vector is a feature whose values are
            stored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | DeleteVectorResponse | Error | MessageError | MessageError | RateLimitError]
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
    body: VectorLocator,
) -> BareError | DeleteVectorResponse | Error | MessageError | RateLimitError | None:
    """Delete one of your vectors

     Deletes the feature at (modelId, source, index) if the caller created it.

    Auth: an API key is required. Rate limit: the global `/` and `/api` buckets only. No external
    service.

    Upstream behaviour to know: the answer is 200 `{"message": "Success"}` also when nothing was
    deleted (unknown feature, or one the caller did not create); there is no 403 or 404. Other
    failures are 500 `{"message": "Unknown Error"}`, and a malformed JSON body is the generic 500.

    Args:
        body (VectorLocator): Identifies one feature (a vector is a feature whose values are
            stored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | DeleteVectorResponse | Error | MessageError | MessageError | RateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VectorLocator,
) -> Response[BareError | DeleteVectorResponse | Error | MessageError | RateLimitError]:
    """Delete one of your vectors

     Deletes the feature at (modelId, source, index) if the caller created it.

    Auth: an API key is required. Rate limit: the global `/` and `/api` buckets only. No external
    service.

    Upstream behaviour to know: the answer is 200 `{"message": "Success"}` also when nothing was
    deleted (unknown feature, or one the caller did not create); there is no 403 or 404. Other
    failures are 500 `{"message": "Unknown Error"}`, and a malformed JSON body is the generic 500.

    Args:
        body (VectorLocator): Identifies one feature (a vector is a feature whose values are
            stored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | DeleteVectorResponse | Error | MessageError | MessageError | RateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VectorLocator,
) -> BareError | DeleteVectorResponse | Error | MessageError | RateLimitError | None:
    """Delete one of your vectors

     Deletes the feature at (modelId, source, index) if the caller created it.

    Auth: an API key is required. Rate limit: the global `/` and `/api` buckets only. No external
    service.

    Upstream behaviour to know: the answer is 200 `{"message": "Success"}` also when nothing was
    deleted (unknown feature, or one the caller did not create); there is no 403 or 404. Other
    failures are 500 `{"message": "Unknown Error"}`, and a malformed JSON body is the generic 500.

    Args:
        body (VectorLocator): Identifies one feature (a vector is a feature whose values are
            stored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | DeleteVectorResponse | Error | MessageError | MessageError | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
