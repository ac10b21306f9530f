from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...models.save_graph_invalid_file_error import SaveGraphInvalidFileError
from ...models.save_graph_request import SaveGraphRequest
from ...models.save_graph_response import SaveGraphResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SaveGraphRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/graph/save-to-db",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | MessageError | SaveGraphInvalidFileError | RateLimitError | SaveGraphResponse | None:
    if response.status_code == 200:
        response_200 = SaveGraphResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> BareError | MessageError | SaveGraphInvalidFileError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_save_graph_bad_request_type_0 = SaveGraphInvalidFileError.from_dict(data)

                return componentsschemas_save_graph_bad_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_save_graph_bad_request_type_1 = MessageError.from_dict(data)

                return componentsschemas_save_graph_bad_request_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_save_graph_bad_request_type_2 = BareError.from_dict(data)

            return componentsschemas_save_graph_bad_request_type_2

        response_400 = _parse_response_400(response.json())

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
                componentsschemas_graph_internal_error_type_0 = Error.from_dict(data)

                return componentsschemas_graph_internal_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_graph_internal_error_type_1 = BareError.from_dict(data)

            return componentsschemas_graph_internal_error_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BareError | Error | MessageError | SaveGraphInvalidFileError | RateLimitError | SaveGraphResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SaveGraphRequest,
) -> Response[BareError | Error | MessageError | SaveGraphInvalidFileError | RateLimitError | SaveGraphResponse]:
    """Upload a graph, step 2 of 2 - save the uploaded graph

     Downloads the file uploaded to the put request's URL, validates it against the attribution
    graph JSON schema, and creates or updates the `GraphMetadata` row for
    (`metadata.scan`, `metadata.slug`), owned by the caller. `metadata.scan` must be an existing
    model id. Returns the graph's page URL.

    - Auth: API key required (`withAuthedUser`). The put request is not checked to belong to the
      caller.
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: S3 (download of the uploaded file).
    - 400 `{error, details: [...]}` for a file that fails the graph schema; 400 `{error}` for a
      scan or slug with characters other than `A-Z a-z 0-9 _ . -`, for an unknown model
      (`ERR_MODEL_DOES_NOT_EXIST`), or for a slug another user already has on that model.
    - Upstream defects: an invalid body or an unknown `putRequestId` gives 500
      `{error: "Failed to generate signed URL"}` (the text is copied from signed-put); a
      malformed JSON body gives the generic 500. A falsy JSON body gets 400
      `{message: "Invalid JSON body"}`.

    Args:
        body (SaveGraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | BareError | MessageError | SaveGraphInvalidFileError | RateLimitError | SaveGraphResponse]
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
    body: SaveGraphRequest,
) -> BareError | Error | MessageError | SaveGraphInvalidFileError | RateLimitError | SaveGraphResponse | None:
    """Upload a graph, step 2 of 2 - save the uploaded graph

     Downloads the file uploaded to the put request's URL, validates it against the attribution
    graph JSON schema, and creates or updates the `GraphMetadata` row for
    (`metadata.scan`, `metadata.slug`), owned by the caller. `metadata.scan` must be an existing
    model id. Returns the graph's page URL.

    - Auth: API key required (`withAuthedUser`). The put request is not checked to belong to the
      caller.
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: S3 (download of the uploaded file).
    - 400 `{error, details: [...]}` for a file that fails the graph schema; 400 `{error}` for a
      scan or slug with characters other than `A-Z a-z 0-9 _ . -`, for an unknown model
      (`ERR_MODEL_DOES_NOT_EXIST`), or for a slug another user already has on that model.
    - Upstream defects: an invalid body or an unknown `putRequestId` gives 500
      `{error: "Failed to generate signed URL"}` (the text is copied from signed-put); a
      malformed JSON body gives the generic 500. A falsy JSON body gets 400
      `{message: "Invalid JSON body"}`.

    Args:
        body (SaveGraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | BareError | MessageError | SaveGraphInvalidFileError | RateLimitError | SaveGraphResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SaveGraphRequest,
) -> Response[BareError | Error | MessageError | SaveGraphInvalidFileError | RateLimitError | SaveGraphResponse]:
    """Upload a graph, step 2 of 2 - save the uploaded graph

     Downloads the file uploaded to the put request's URL, validates it against the attribution
    graph JSON schema, and creates or updates the `GraphMetadata` row for
    (`metadata.scan`, `metadata.slug`), owned by the caller. `metadata.scan` must be an existing
    model id. Returns the graph's page URL.

    - Auth: API key required (`withAuthedUser`). The put request is not checked to belong to the
      caller.
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: S3 (download of the uploaded file).
    - 400 `{error, details: [...]}` for a file that fails the graph schema; 400 `{error}` for a
      scan or slug with characters other than `A-Z a-z 0-9 _ . -`, for an unknown model
      (`ERR_MODEL_DOES_NOT_EXIST`), or for a slug another user already has on that model.
    - Upstream defects: an invalid body or an unknown `putRequestId` gives 500
      `{error: "Failed to generate signed URL"}` (the text is copied from signed-put); a
      malformed JSON body gives the generic 500. A falsy JSON body gets 400
      `{message: "Invalid JSON body"}`.

    Args:
        body (SaveGraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | BareError | MessageError | SaveGraphInvalidFileError | RateLimitError | SaveGraphResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SaveGraphRequest,
) -> BareError | Error | MessageError | SaveGraphInvalidFileError | RateLimitError | SaveGraphResponse | None:
    """Upload a graph, step 2 of 2 - save the uploaded graph

     Downloads the file uploaded to the put request's URL, validates it against the attribution
    graph JSON schema, and creates or updates the `GraphMetadata` row for
    (`metadata.scan`, `metadata.slug`), owned by the caller. `metadata.scan` must be an existing
    model id. Returns the graph's page URL.

    - Auth: API key required (`withAuthedUser`). The put request is not checked to belong to the
      caller.
    - Rate limit: only the global `/` and `/api` buckets.
    - External services: S3 (download of the uploaded file).
    - 400 `{error, details: [...]}` for a file that fails the graph schema; 400 `{error}` for a
      scan or slug with characters other than `A-Z a-z 0-9 _ . -`, for an unknown model
      (`ERR_MODEL_DOES_NOT_EXIST`), or for a slug another user already has on that model.
    - Upstream defects: an invalid body or an unknown `putRequestId` gives 500
      `{error: "Failed to generate signed URL"}` (the text is copied from signed-put); a
      malformed JSON body gives the generic 500. A falsy JSON body gets 400
      `{message: "Invalid JSON body"}`.

    Args:
        body (SaveGraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | BareError | MessageError | SaveGraphInvalidFileError | RateLimitError | SaveGraphResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
