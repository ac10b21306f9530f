from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.graph_upload_url_request import GraphUploadUrlRequest
from ...models.graph_upload_url_response import GraphUploadUrlResponse
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: GraphUploadUrlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/graph/signed-put",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | MessageError | RateLimitError | GraphUploadUrlResponse | None:
    if response.status_code == 200:
        response_200 = GraphUploadUrlResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> BareError | MessageError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_graph_upload_bad_request_type_0 = MessageError.from_dict(data)

                return componentsschemas_graph_upload_bad_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_graph_upload_bad_request_type_1 = BareError.from_dict(data)

            return componentsschemas_graph_upload_bad_request_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BareError.from_dict(response.json())

        return response_401

    if response.status_code == 429:

        def _parse_response_429(data: object) -> BareError | RateLimitError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_graph_upload_rate_limit_error_type_0 = RateLimitError.from_dict(data)

                return componentsschemas_graph_upload_rate_limit_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_graph_upload_rate_limit_error_type_1 = BareError.from_dict(data)

            return componentsschemas_graph_upload_rate_limit_error_type_1

        response_429 = _parse_response_429(response.json())

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
) -> Response[BareError | Error | MessageError | RateLimitError | GraphUploadUrlResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GraphUploadUrlRequest,
) -> Response[BareError | Error | MessageError | RateLimitError | GraphUploadUrlResponse]:
    """Upload a graph, step 1 of 2 - get a pre-signed S3 PUT URL

     Creates a pre-signed S3 URL (valid for 1 hour) to which you `PUT` your graph JSON file, and
    records the put request. Then call `saveGraph` with the returned `putRequestId`.
    `contentLength` is signed into the URL, so the PUT must send exactly that many bytes
    (the official client uploads the gzipped file and sends its gzipped size).

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets, but the handler itself answers 429
      `{error}` once the client IP has made 200 put requests within 24 hours.
    - External services: S3 (signing only).
    - `contentType` (documented upstream) is not read; the URL is always signed for
      `application/json`.
    - Upstream defects: a body that fails validation (missing field, `contentLength` outside
      1024..104857600) gets 500 `{error: "Failed to generate signed URL"}`, not 400; a
      malformed JSON body gets the generic 500. A JSON body that is falsy (`null`) gets 400
      `{message: "Invalid JSON body"}`; a filename not ending in `.json` gets 400 `{error}`.

    Args:
        body (GraphUploadUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | BareError | MessageError | BareError | RateLimitError | GraphUploadUrlResponse]
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
    body: GraphUploadUrlRequest,
) -> BareError | Error | MessageError | RateLimitError | GraphUploadUrlResponse | None:
    """Upload a graph, step 1 of 2 - get a pre-signed S3 PUT URL

     Creates a pre-signed S3 URL (valid for 1 hour) to which you `PUT` your graph JSON file, and
    records the put request. Then call `saveGraph` with the returned `putRequestId`.
    `contentLength` is signed into the URL, so the PUT must send exactly that many bytes
    (the official client uploads the gzipped file and sends its gzipped size).

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets, but the handler itself answers 429
      `{error}` once the client IP has made 200 put requests within 24 hours.
    - External services: S3 (signing only).
    - `contentType` (documented upstream) is not read; the URL is always signed for
      `application/json`.
    - Upstream defects: a body that fails validation (missing field, `contentLength` outside
      1024..104857600) gets 500 `{error: "Failed to generate signed URL"}`, not 400; a
      malformed JSON body gets the generic 500. A JSON body that is falsy (`null`) gets 400
      `{message: "Invalid JSON body"}`; a filename not ending in `.json` gets 400 `{error}`.

    Args:
        body (GraphUploadUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | BareError | MessageError | BareError | RateLimitError | GraphUploadUrlResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GraphUploadUrlRequest,
) -> Response[BareError | Error | MessageError | RateLimitError | GraphUploadUrlResponse]:
    """Upload a graph, step 1 of 2 - get a pre-signed S3 PUT URL

     Creates a pre-signed S3 URL (valid for 1 hour) to which you `PUT` your graph JSON file, and
    records the put request. Then call `saveGraph` with the returned `putRequestId`.
    `contentLength` is signed into the URL, so the PUT must send exactly that many bytes
    (the official client uploads the gzipped file and sends its gzipped size).

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets, but the handler itself answers 429
      `{error}` once the client IP has made 200 put requests within 24 hours.
    - External services: S3 (signing only).
    - `contentType` (documented upstream) is not read; the URL is always signed for
      `application/json`.
    - Upstream defects: a body that fails validation (missing field, `contentLength` outside
      1024..104857600) gets 500 `{error: "Failed to generate signed URL"}`, not 400; a
      malformed JSON body gets the generic 500. A JSON body that is falsy (`null`) gets 400
      `{message: "Invalid JSON body"}`; a filename not ending in `.json` gets 400 `{error}`.

    Args:
        body (GraphUploadUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | BareError | MessageError | BareError | RateLimitError | GraphUploadUrlResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GraphUploadUrlRequest,
) -> BareError | Error | MessageError | RateLimitError | GraphUploadUrlResponse | None:
    """Upload a graph, step 1 of 2 - get a pre-signed S3 PUT URL

     Creates a pre-signed S3 URL (valid for 1 hour) to which you `PUT` your graph JSON file, and
    records the put request. Then call `saveGraph` with the returned `putRequestId`.
    `contentLength` is signed into the URL, so the PUT must send exactly that many bytes
    (the official client uploads the gzipped file and sends its gzipped size).

    - Auth: API key required (`withAuthedUser`).
    - Rate limit: only the global `/` and `/api` buckets, but the handler itself answers 429
      `{error}` once the client IP has made 200 put requests within 24 hours.
    - External services: S3 (signing only).
    - `contentType` (documented upstream) is not read; the URL is always signed for
      `application/json`.
    - Upstream defects: a body that fails validation (missing field, `contentLength` outside
      1024..104857600) gets 500 `{error: "Failed to generate signed URL"}`, not 400; a
      malformed JSON body gets the generic 500. A JSON body that is falsy (`null`) gets 400
      `{message: "Invalid JSON body"}`; a filename not ending in `.json` gets 400 `{error}`.

    Args:
        body (GraphUploadUrlRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | BareError | MessageError | BareError | RateLimitError | GraphUploadUrlResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
