from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.get_vector_response import GetVectorResponse
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
        "url": "/api/vector/get",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | GetVectorResponse | MessageError | RateLimitError | None:
    if response.status_code == 200:
        response_200 = GetVectorResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = MessageError.from_dict(response.json())

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
) -> Response[Error | GetVectorResponse | MessageError | RateLimitError]:
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
) -> Response[Error | GetVectorResponse | MessageError | RateLimitError]:
    """Get a vector (or a SAE feature's decoder vector)

     Returns the stored vector of a feature. When the feature has no stored row, or its stored
    vector is empty (every SAE feature), the handler asks the inference server for the SAE's
    decoder vector of that feature instead and answers a `SaeDecoderVector`: no `createdAt` or
    `creatorId`, `vectorLabel` is `""` and `vectorDefaultSteerStrength` is 10.

    Auth: the API key is optional and not used: there is no visibility or ownership check, so
    any vector can be read by its (modelId, source, index). Rate limit: the global `/` and `/api`
    buckets only. Needs the inference server for the decoder-vector fallback only.

    Upstream behaviour to know: a fallback that fails (no inference host for the source,
    inference error, a deleted or unknown vector) is the generic 500, not 404; the 404
    "Vector not found" is only sent when the inference server answers with an empty body.
    Validation errors are 400 `{error, message}` and a malformed JSON body is the generic 500.

    Args:
        body (VectorLocator): Identifies one feature (a vector is a feature whose values are
            stored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetVectorResponse | MessageError | RateLimitError]
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
) -> Error | GetVectorResponse | MessageError | RateLimitError | None:
    """Get a vector (or a SAE feature's decoder vector)

     Returns the stored vector of a feature. When the feature has no stored row, or its stored
    vector is empty (every SAE feature), the handler asks the inference server for the SAE's
    decoder vector of that feature instead and answers a `SaeDecoderVector`: no `createdAt` or
    `creatorId`, `vectorLabel` is `""` and `vectorDefaultSteerStrength` is 10.

    Auth: the API key is optional and not used: there is no visibility or ownership check, so
    any vector can be read by its (modelId, source, index). Rate limit: the global `/` and `/api`
    buckets only. Needs the inference server for the decoder-vector fallback only.

    Upstream behaviour to know: a fallback that fails (no inference host for the source,
    inference error, a deleted or unknown vector) is the generic 500, not 404; the 404
    "Vector not found" is only sent when the inference server answers with an empty body.
    Validation errors are 400 `{error, message}` and a malformed JSON body is the generic 500.

    Args:
        body (VectorLocator): Identifies one feature (a vector is a feature whose values are
            stored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetVectorResponse | MessageError | RateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VectorLocator,
) -> Response[Error | GetVectorResponse | MessageError | RateLimitError]:
    """Get a vector (or a SAE feature's decoder vector)

     Returns the stored vector of a feature. When the feature has no stored row, or its stored
    vector is empty (every SAE feature), the handler asks the inference server for the SAE's
    decoder vector of that feature instead and answers a `SaeDecoderVector`: no `createdAt` or
    `creatorId`, `vectorLabel` is `""` and `vectorDefaultSteerStrength` is 10.

    Auth: the API key is optional and not used: there is no visibility or ownership check, so
    any vector can be read by its (modelId, source, index). Rate limit: the global `/` and `/api`
    buckets only. Needs the inference server for the decoder-vector fallback only.

    Upstream behaviour to know: a fallback that fails (no inference host for the source,
    inference error, a deleted or unknown vector) is the generic 500, not 404; the 404
    "Vector not found" is only sent when the inference server answers with an empty body.
    Validation errors are 400 `{error, message}` and a malformed JSON body is the generic 500.

    Args:
        body (VectorLocator): Identifies one feature (a vector is a feature whose values are
            stored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | GetVectorResponse | MessageError | RateLimitError]
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
) -> Error | GetVectorResponse | MessageError | RateLimitError | None:
    """Get a vector (or a SAE feature's decoder vector)

     Returns the stored vector of a feature. When the feature has no stored row, or its stored
    vector is empty (every SAE feature), the handler asks the inference server for the SAE's
    decoder vector of that feature instead and answers a `SaeDecoderVector`: no `createdAt` or
    `creatorId`, `vectorLabel` is `""` and `vectorDefaultSteerStrength` is 10.

    Auth: the API key is optional and not used: there is no visibility or ownership check, so
    any vector can be read by its (modelId, source, index). Rate limit: the global `/` and `/api`
    buckets only. Needs the inference server for the decoder-vector fallback only.

    Upstream behaviour to know: a fallback that fails (no inference host for the source,
    inference error, a deleted or unknown vector) is the generic 500, not 404; the 404
    "Vector not found" is only sent when the inference server answers with an empty body.
    Validation errors are 400 `{error, message}` and a malformed JSON body is the generic 500.

    Args:
        body (VectorLocator): Identifies one feature (a vector is a feature whose values are
            stored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | GetVectorResponse | MessageError | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
