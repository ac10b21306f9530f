from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.delete_graph_request import DeleteGraphRequest
from ...models.delete_graph_response import DeleteGraphResponse
from ...models.error import Error
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: DeleteGraphRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/graph/delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | DeleteGraphResponse | Error | MessageError | RateLimitError | None:
    if response.status_code == 200:
        response_200 = DeleteGraphResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MessageError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BareError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = MessageError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = MessageError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> Error | MessageError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_delete_graph_internal_error_type_0 = Error.from_dict(data)

                return componentsschemas_delete_graph_internal_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_delete_graph_internal_error_type_1 = MessageError.from_dict(data)

            return componentsschemas_delete_graph_internal_error_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BareError | DeleteGraphResponse | Error | MessageError | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteGraphRequest,
) -> Response[BareError | DeleteGraphResponse | Error | MessageError | RateLimitError]:
    """Delete one of your attribution graphs

     Deletes the graph's JSON file from S3 and then its `GraphMetadata` row (its subgraphs go
    with it). Only the graph's owner may delete it.

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: S3. The S3 delete must answer 204, otherwise the call fails with
      500 `{message: "Unknown Error"}` and nothing is deleted from the database.
    - Errors use `{message}` bodies: 400 for a yup validation failure, 403 when the caller is
      not the owner, 404 when the graph does not exist.
    - Upstream defect: the body is parsed outside the handler's `try`, so a malformed JSON body
      gives the generic 500 `{error, message}` instead of a 400.

    Args:
        body (DeleteGraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | DeleteGraphResponse | Error | MessageError | MessageError | RateLimitError]
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
    body: DeleteGraphRequest,
) -> BareError | DeleteGraphResponse | Error | MessageError | RateLimitError | None:
    """Delete one of your attribution graphs

     Deletes the graph's JSON file from S3 and then its `GraphMetadata` row (its subgraphs go
    with it). Only the graph's owner may delete it.

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: S3. The S3 delete must answer 204, otherwise the call fails with
      500 `{message: "Unknown Error"}` and nothing is deleted from the database.
    - Errors use `{message}` bodies: 400 for a yup validation failure, 403 when the caller is
      not the owner, 404 when the graph does not exist.
    - Upstream defect: the body is parsed outside the handler's `try`, so a malformed JSON body
      gives the generic 500 `{error, message}` instead of a 400.

    Args:
        body (DeleteGraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | DeleteGraphResponse | Error | MessageError | MessageError | RateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteGraphRequest,
) -> Response[BareError | DeleteGraphResponse | Error | MessageError | RateLimitError]:
    """Delete one of your attribution graphs

     Deletes the graph's JSON file from S3 and then its `GraphMetadata` row (its subgraphs go
    with it). Only the graph's owner may delete it.

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: S3. The S3 delete must answer 204, otherwise the call fails with
      500 `{message: "Unknown Error"}` and nothing is deleted from the database.
    - Errors use `{message}` bodies: 400 for a yup validation failure, 403 when the caller is
      not the owner, 404 when the graph does not exist.
    - Upstream defect: the body is parsed outside the handler's `try`, so a malformed JSON body
      gives the generic 500 `{error, message}` instead of a 400.

    Args:
        body (DeleteGraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | DeleteGraphResponse | Error | MessageError | MessageError | RateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeleteGraphRequest,
) -> BareError | DeleteGraphResponse | Error | MessageError | RateLimitError | None:
    """Delete one of your attribution graphs

     Deletes the graph's JSON file from S3 and then its `GraphMetadata` row (its subgraphs go
    with it). Only the graph's owner may delete it.

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: S3. The S3 delete must answer 204, otherwise the call fails with
      500 `{message: "Unknown Error"}` and nothing is deleted from the database.
    - Errors use `{message}` bodies: 400 for a yup validation failure, 403 when the caller is
      not the owner, 404 when the graph does not exist.
    - Upstream defect: the body is parsed outside the handler's `try`, so a malformed JSON body
      gives the generic 500 `{error, message}` instead of a 400.

    Args:
        body (DeleteGraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | DeleteGraphResponse | Error | MessageError | MessageError | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
