from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.create_model_request import CreateModelRequest
from ...models.error import Error
from ...models.model import Model
from ...models.path_error import PathError
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: CreateModelRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/model/new",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | PathError | Error | Model | RateLimitError | None:
    if response.status_code == 200:
        response_200 = Model.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> BareError | PathError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = PathError.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = BareError.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

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
) -> Response[BareError | PathError | Error | Model | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateModelRequest,
) -> Response[BareError | PathError | Error | Model | RateLimitError]:
    """Create a custom model

     Creates a model owned by the caller. The new model is always `UNLISTED`, with `owner: "custom"`,
    `neuronsPerLayer: 0`, `dimension: null`, `inferenceEnabled: false`; `displayName` and
    `displayNameShort` default to the id and `website` to `url` (or null). The full Model row is
    returned
    (upstream's annotation documents `{id, message}` instead).

    - Auth: API key required (401 without a valid one).
    - Rate limit: bucket `/api/model/new`, 5 requests per 60 minutes per client IP (the same on the
      higher tier), on top of the global `/` and `/api` buckets.
    - External services: none (database only).
    - The body is validated with yup, which coerces before it validates: numeric strings are accepted
      for `layers`, and numbers for the string fields. Only the first failing rule is reported, as
      400 `{error, path}`.
    - An id that is already taken by a visible (PUBLIC or UNLISTED) model gives 400
      `{error: "Model already exists"}`; an id taken by a PRIVATE model is only detected at insert time
      and gives the generic 500.
    - A malformed JSON body gives the generic 500, not 400.

    Args:
        body (CreateModelRequest): The body of `createModel` (validated with yup; extra keys are
            ignored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | PathError | Error | Model | RateLimitError]
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
    body: CreateModelRequest,
) -> BareError | PathError | Error | Model | RateLimitError | None:
    """Create a custom model

     Creates a model owned by the caller. The new model is always `UNLISTED`, with `owner: "custom"`,
    `neuronsPerLayer: 0`, `dimension: null`, `inferenceEnabled: false`; `displayName` and
    `displayNameShort` default to the id and `website` to `url` (or null). The full Model row is
    returned
    (upstream's annotation documents `{id, message}` instead).

    - Auth: API key required (401 without a valid one).
    - Rate limit: bucket `/api/model/new`, 5 requests per 60 minutes per client IP (the same on the
      higher tier), on top of the global `/` and `/api` buckets.
    - External services: none (database only).
    - The body is validated with yup, which coerces before it validates: numeric strings are accepted
      for `layers`, and numbers for the string fields. Only the first failing rule is reported, as
      400 `{error, path}`.
    - An id that is already taken by a visible (PUBLIC or UNLISTED) model gives 400
      `{error: "Model already exists"}`; an id taken by a PRIVATE model is only detected at insert time
      and gives the generic 500.
    - A malformed JSON body gives the generic 500, not 400.

    Args:
        body (CreateModelRequest): The body of `createModel` (validated with yup; extra keys are
            ignored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | PathError | Error | Model | RateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateModelRequest,
) -> Response[BareError | PathError | Error | Model | RateLimitError]:
    """Create a custom model

     Creates a model owned by the caller. The new model is always `UNLISTED`, with `owner: "custom"`,
    `neuronsPerLayer: 0`, `dimension: null`, `inferenceEnabled: false`; `displayName` and
    `displayNameShort` default to the id and `website` to `url` (or null). The full Model row is
    returned
    (upstream's annotation documents `{id, message}` instead).

    - Auth: API key required (401 without a valid one).
    - Rate limit: bucket `/api/model/new`, 5 requests per 60 minutes per client IP (the same on the
      higher tier), on top of the global `/` and `/api` buckets.
    - External services: none (database only).
    - The body is validated with yup, which coerces before it validates: numeric strings are accepted
      for `layers`, and numbers for the string fields. Only the first failing rule is reported, as
      400 `{error, path}`.
    - An id that is already taken by a visible (PUBLIC or UNLISTED) model gives 400
      `{error: "Model already exists"}`; an id taken by a PRIVATE model is only detected at insert time
      and gives the generic 500.
    - A malformed JSON body gives the generic 500, not 400.

    Args:
        body (CreateModelRequest): The body of `createModel` (validated with yup; extra keys are
            ignored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | PathError | Error | Model | RateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateModelRequest,
) -> BareError | PathError | Error | Model | RateLimitError | None:
    """Create a custom model

     Creates a model owned by the caller. The new model is always `UNLISTED`, with `owner: "custom"`,
    `neuronsPerLayer: 0`, `dimension: null`, `inferenceEnabled: false`; `displayName` and
    `displayNameShort` default to the id and `website` to `url` (or null). The full Model row is
    returned
    (upstream's annotation documents `{id, message}` instead).

    - Auth: API key required (401 without a valid one).
    - Rate limit: bucket `/api/model/new`, 5 requests per 60 minutes per client IP (the same on the
      higher tier), on top of the global `/` and `/api` buckets.
    - External services: none (database only).
    - The body is validated with yup, which coerces before it validates: numeric strings are accepted
      for `layers`, and numbers for the string fields. Only the first failing rule is reported, as
      400 `{error, path}`.
    - An id that is already taken by a visible (PUBLIC or UNLISTED) model gives 400
      `{error: "Model already exists"}`; an id taken by a PRIVATE model is only detected at insert time
      and gives the generic 500.
    - A malformed JSON body gives the generic 500, not 400.

    Args:
        body (CreateModelRequest): The body of `createModel` (validated with yup; extra keys are
            ignored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | PathError | Error | Model | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
