from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activation_upload_request import ActivationUploadRequest
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.rate_limit_error import RateLimitError
from ...models.upload_batch_result import UploadBatchResult
from ...types import Response


def _get_kwargs(
    *,
    body: ActivationUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/activation/upload-batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | RateLimitError | UploadBatchResult | None:
    if response.status_code == 200:
        response_200 = UploadBatchResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BareError.from_dict(response.json())

        return response_401

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
) -> Response[BareError | Error | RateLimitError | UploadBatchResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ActivationUploadRequest,
) -> Response[BareError | Error | RateLimitError | UploadBatchResult]:
    """Upload activations to your own vector

     Stores activations (texts with a value per token) for a **vector the caller created**
    (POST /api/vector/new). `maxValue`, `minValue` and `maxValueTokenIndex` are computed by the
    server. It does not work for SAE features.

    - Auth: an API key is required.
    - Rate limit: only the global buckets.
    - External services: none.
    - Odd upstream behaviour: only yup validation errors are 400 (`{error, message}`). An
      unknown vector, a vector of another user, `tokens` and `values` of different lengths, or
      an unknown key inside an activation item all give the generic 500.

    Args:
        body (ActivationUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | RateLimitError | UploadBatchResult]
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
    body: ActivationUploadRequest,
) -> BareError | Error | RateLimitError | UploadBatchResult | None:
    """Upload activations to your own vector

     Stores activations (texts with a value per token) for a **vector the caller created**
    (POST /api/vector/new). `maxValue`, `minValue` and `maxValueTokenIndex` are computed by the
    server. It does not work for SAE features.

    - Auth: an API key is required.
    - Rate limit: only the global buckets.
    - External services: none.
    - Odd upstream behaviour: only yup validation errors are 400 (`{error, message}`). An
      unknown vector, a vector of another user, `tokens` and `values` of different lengths, or
      an unknown key inside an activation item all give the generic 500.

    Args:
        body (ActivationUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | RateLimitError | UploadBatchResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ActivationUploadRequest,
) -> Response[BareError | Error | RateLimitError | UploadBatchResult]:
    """Upload activations to your own vector

     Stores activations (texts with a value per token) for a **vector the caller created**
    (POST /api/vector/new). `maxValue`, `minValue` and `maxValueTokenIndex` are computed by the
    server. It does not work for SAE features.

    - Auth: an API key is required.
    - Rate limit: only the global buckets.
    - External services: none.
    - Odd upstream behaviour: only yup validation errors are 400 (`{error, message}`). An
      unknown vector, a vector of another user, `tokens` and `values` of different lengths, or
      an unknown key inside an activation item all give the generic 500.

    Args:
        body (ActivationUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | RateLimitError | UploadBatchResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ActivationUploadRequest,
) -> BareError | Error | RateLimitError | UploadBatchResult | None:
    """Upload activations to your own vector

     Stores activations (texts with a value per token) for a **vector the caller created**
    (POST /api/vector/new). `maxValue`, `minValue` and `maxValueTokenIndex` are computed by the
    server. It does not work for SAE features.

    - Auth: an API key is required.
    - Rate limit: only the global buckets.
    - External services: none.
    - Odd upstream behaviour: only yup validation errors are 400 (`{error, message}`). An
      unknown vector, a vector of another user, `tokens` and `values` of different lengths, or
      an unknown key inside an activation item all give the generic 500.

    Args:
        body (ActivationUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | RateLimitError | UploadBatchResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
