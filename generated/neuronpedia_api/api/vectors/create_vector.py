from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.create_vector_request import CreateVectorRequest
from ...models.create_vector_response import CreateVectorResponse
from ...models.error import Error
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: CreateVectorRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/vector/new",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | CreateVectorResponse | Error | MessageError | RateLimitError | None:
    if response.status_code == 200:
        response_200 = CreateVectorResponse.from_dict(response.json())

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
) -> Response[BareError | CreateVectorResponse | Error | MessageError | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateVectorRequest,
) -> Response[BareError | CreateVectorResponse | Error | MessageError | RateLimitError]:
    """Create a steering vector

     Stores a custom vector as a new feature on `{layerNumber}-neuronpedia-resid-pre` or
    `{layerNumber}-neuronpedia-resid-post` of the model (that source and its UNLISTED source set are
    created on demand). The new feature gets a random index between 90,000,000 and 179,999,999,
    returned as a string.

    Auth: an API key is required (401 without a valid one). Rate limit: only the global `/` and
    `/api` buckets (25,000 per hour each). No external service.

    Upstream behaviour to know:
    - `hookType` takes the hook names `hook_resid_pre` / `hook_resid_post`; the values upstream's
      annotation documents (`resid-pre`, `resid-post`) are rejected with 400.
    - The vector must have exactly `model.dimension` values (400 otherwise), and `layerNumber`
      must be below the model's layer count (400).
    - "Model not found" (400) is also the answer for the caller's own PRIVATE model, because the
      model lookup runs without the caller.
    - Any other failure is 500 `{"message": "Unknown Error"}`; a malformed JSON body is the
      generic 500 `{error, message}` (not 400).

    Args:
        body (CreateVectorRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | CreateVectorResponse | Error | MessageError | MessageError | RateLimitError]
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
    body: CreateVectorRequest,
) -> BareError | CreateVectorResponse | Error | MessageError | RateLimitError | None:
    """Create a steering vector

     Stores a custom vector as a new feature on `{layerNumber}-neuronpedia-resid-pre` or
    `{layerNumber}-neuronpedia-resid-post` of the model (that source and its UNLISTED source set are
    created on demand). The new feature gets a random index between 90,000,000 and 179,999,999,
    returned as a string.

    Auth: an API key is required (401 without a valid one). Rate limit: only the global `/` and
    `/api` buckets (25,000 per hour each). No external service.

    Upstream behaviour to know:
    - `hookType` takes the hook names `hook_resid_pre` / `hook_resid_post`; the values upstream's
      annotation documents (`resid-pre`, `resid-post`) are rejected with 400.
    - The vector must have exactly `model.dimension` values (400 otherwise), and `layerNumber`
      must be below the model's layer count (400).
    - "Model not found" (400) is also the answer for the caller's own PRIVATE model, because the
      model lookup runs without the caller.
    - Any other failure is 500 `{"message": "Unknown Error"}`; a malformed JSON body is the
      generic 500 `{error, message}` (not 400).

    Args:
        body (CreateVectorRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | CreateVectorResponse | Error | MessageError | MessageError | RateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateVectorRequest,
) -> Response[BareError | CreateVectorResponse | Error | MessageError | RateLimitError]:
    """Create a steering vector

     Stores a custom vector as a new feature on `{layerNumber}-neuronpedia-resid-pre` or
    `{layerNumber}-neuronpedia-resid-post` of the model (that source and its UNLISTED source set are
    created on demand). The new feature gets a random index between 90,000,000 and 179,999,999,
    returned as a string.

    Auth: an API key is required (401 without a valid one). Rate limit: only the global `/` and
    `/api` buckets (25,000 per hour each). No external service.

    Upstream behaviour to know:
    - `hookType` takes the hook names `hook_resid_pre` / `hook_resid_post`; the values upstream's
      annotation documents (`resid-pre`, `resid-post`) are rejected with 400.
    - The vector must have exactly `model.dimension` values (400 otherwise), and `layerNumber`
      must be below the model's layer count (400).
    - "Model not found" (400) is also the answer for the caller's own PRIVATE model, because the
      model lookup runs without the caller.
    - Any other failure is 500 `{"message": "Unknown Error"}`; a malformed JSON body is the
      generic 500 `{error, message}` (not 400).

    Args:
        body (CreateVectorRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | CreateVectorResponse | Error | MessageError | MessageError | RateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateVectorRequest,
) -> BareError | CreateVectorResponse | Error | MessageError | RateLimitError | None:
    """Create a steering vector

     Stores a custom vector as a new feature on `{layerNumber}-neuronpedia-resid-pre` or
    `{layerNumber}-neuronpedia-resid-post` of the model (that source and its UNLISTED source set are
    created on demand). The new feature gets a random index between 90,000,000 and 179,999,999,
    returned as a string.

    Auth: an API key is required (401 without a valid one). Rate limit: only the global `/` and
    `/api` buckets (25,000 per hour each). No external service.

    Upstream behaviour to know:
    - `hookType` takes the hook names `hook_resid_pre` / `hook_resid_post`; the values upstream's
      annotation documents (`resid-pre`, `resid-post`) are rejected with 400.
    - The vector must have exactly `model.dimension` values (400 otherwise), and `layerNumber`
      must be below the model's layer count (400).
    - "Model not found" (400) is also the answer for the caller's own PRIVATE model, because the
      model lookup runs without the caller.
    - Any other failure is 500 `{"message": "Unknown Error"}`; a malformed JSON body is the
      generic 500 `{error, message}` (not 400).

    Args:
        body (CreateVectorRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | CreateVectorResponse | Error | MessageError | MessageError | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
