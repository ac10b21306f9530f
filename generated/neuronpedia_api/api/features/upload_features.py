from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.feature_upload_request import FeatureUploadRequest
from ...models.path_error import PathError
from ...models.rate_limit_error import RateLimitError
from ...models.upload_batch_result import UploadBatchResult
from ...types import Response


def _get_kwargs(
    *,
    body: FeatureUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/feature/upload-batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | PathError | RateLimitError | UploadBatchResult | None:
    if response.status_code == 200:
        response_200 = UploadBatchResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> BareError | PathError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_feature_upload_validation_error_type_0 = PathError.from_dict(data)

                return componentsschemas_feature_upload_validation_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_feature_upload_validation_error_type_1 = BareError.from_dict(data)

            return componentsschemas_feature_upload_validation_error_type_1

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
                componentsschemas_error_or_bare_error_type_0 = Error.from_dict(data)

                return componentsschemas_error_or_bare_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_or_bare_error_type_1 = BareError.from_dict(data)

            return componentsschemas_error_or_bare_error_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BareError | Error | PathError | RateLimitError | UploadBatchResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FeatureUploadRequest,
) -> Response[BareError | Error | PathError | RateLimitError | UploadBatchResult]:
    """Upload features into your own source

     Creates up to 128 features (with their activations, top/bottom logits and explanations)
    in a source of a source set **that the caller created** (see POST /api/source-set/new).
    Existing indexes are skipped (`skipDuplicates`), but still counted in the message.

    - Auth: an API key is required.
    - Rate limit: only the global buckets. The middleware's upload entry is spelled
      `/api/features/upload-batch`, so it never matches this path.
    - External services: OpenAI (`text-embedding-3-large`, 256 dims) embeds the explanation
      texts.
    - Odd upstream behaviour: `modelId`, `source`, `methodName` and `modelName` are lowercased.
      Every semantic failure is a generic 500, not a 400: the caller is not the source set's
      creator, the source does not exist in the set, duplicate indexes in the batch, an
      activation whose `tokens` and `values` lengths differ, or an unknown `methodName` /
      `modelName`. A sent `modelName` is passed to the database under a column name that does
      not exist, so (from the code) the transaction fails with 500 `{error}`. The activations
      are stored under the public activations user, with `dataSource` `User <name>`.

    Args:
        body (FeatureUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | BareError | PathError | RateLimitError | UploadBatchResult]
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
    body: FeatureUploadRequest,
) -> BareError | Error | PathError | RateLimitError | UploadBatchResult | None:
    """Upload features into your own source

     Creates up to 128 features (with their activations, top/bottom logits and explanations)
    in a source of a source set **that the caller created** (see POST /api/source-set/new).
    Existing indexes are skipped (`skipDuplicates`), but still counted in the message.

    - Auth: an API key is required.
    - Rate limit: only the global buckets. The middleware's upload entry is spelled
      `/api/features/upload-batch`, so it never matches this path.
    - External services: OpenAI (`text-embedding-3-large`, 256 dims) embeds the explanation
      texts.
    - Odd upstream behaviour: `modelId`, `source`, `methodName` and `modelName` are lowercased.
      Every semantic failure is a generic 500, not a 400: the caller is not the source set's
      creator, the source does not exist in the set, duplicate indexes in the batch, an
      activation whose `tokens` and `values` lengths differ, or an unknown `methodName` /
      `modelName`. A sent `modelName` is passed to the database under a column name that does
      not exist, so (from the code) the transaction fails with 500 `{error}`. The activations
      are stored under the public activations user, with `dataSource` `User <name>`.

    Args:
        body (FeatureUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | BareError | PathError | RateLimitError | UploadBatchResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FeatureUploadRequest,
) -> Response[BareError | Error | PathError | RateLimitError | UploadBatchResult]:
    """Upload features into your own source

     Creates up to 128 features (with their activations, top/bottom logits and explanations)
    in a source of a source set **that the caller created** (see POST /api/source-set/new).
    Existing indexes are skipped (`skipDuplicates`), but still counted in the message.

    - Auth: an API key is required.
    - Rate limit: only the global buckets. The middleware's upload entry is spelled
      `/api/features/upload-batch`, so it never matches this path.
    - External services: OpenAI (`text-embedding-3-large`, 256 dims) embeds the explanation
      texts.
    - Odd upstream behaviour: `modelId`, `source`, `methodName` and `modelName` are lowercased.
      Every semantic failure is a generic 500, not a 400: the caller is not the source set's
      creator, the source does not exist in the set, duplicate indexes in the batch, an
      activation whose `tokens` and `values` lengths differ, or an unknown `methodName` /
      `modelName`. A sent `modelName` is passed to the database under a column name that does
      not exist, so (from the code) the transaction fails with 500 `{error}`. The activations
      are stored under the public activations user, with `dataSource` `User <name>`.

    Args:
        body (FeatureUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | BareError | PathError | RateLimitError | UploadBatchResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FeatureUploadRequest,
) -> BareError | Error | PathError | RateLimitError | UploadBatchResult | None:
    """Upload features into your own source

     Creates up to 128 features (with their activations, top/bottom logits and explanations)
    in a source of a source set **that the caller created** (see POST /api/source-set/new).
    Existing indexes are skipped (`skipDuplicates`), but still counted in the message.

    - Auth: an API key is required.
    - Rate limit: only the global buckets. The middleware's upload entry is spelled
      `/api/features/upload-batch`, so it never matches this path.
    - External services: OpenAI (`text-embedding-3-large`, 256 dims) embeds the explanation
      texts.
    - Odd upstream behaviour: `modelId`, `source`, `methodName` and `modelName` are lowercased.
      Every semantic failure is a generic 500, not a 400: the caller is not the source set's
      creator, the source does not exist in the set, duplicate indexes in the batch, an
      activation whose `tokens` and `values` lengths differ, or an unknown `methodName` /
      `modelName`. A sent `modelName` is passed to the database under a column name that does
      not exist, so (from the code) the transaction fails with 500 `{error}`. The activations
      are stored under the public activations user, with `dataSource` `User <name>`.

    Args:
        body (FeatureUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | BareError | PathError | RateLimitError | UploadBatchResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
