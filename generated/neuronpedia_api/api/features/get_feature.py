from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.feature import Feature
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    model_id: str,
    layer: str,
    index: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/feature/{model_id}/{layer}/{index}".format(
            model_id=quote(str(model_id), safe=""),
            layer=quote(str(layer), safe=""),
            index=quote(str(index), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | Feature | RateLimitError | None:
    if response.status_code == 200:
        response_200 = Feature.from_dict(response.json())

        return response_200

    if response.status_code == 404:

        def _parse_response_404(data: object) -> BareError | Error:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_feature_not_found_error_type_0 = Error.from_dict(data)

                return componentsschemas_feature_not_found_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_feature_not_found_error_type_1 = BareError.from_dict(data)

            return componentsschemas_feature_not_found_error_type_1

        response_404 = _parse_response_404(response.json())

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
) -> Response[BareError | Error | Feature | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model_id: str,
    layer: str,
    index: str,
    *,
    client: AuthenticatedClient,
) -> Response[BareError | Error | Feature | RateLimitError]:
    """Get a feature

     Returns one feature (an SAE latent, a neuron or a vector) with every scalar column and its
    relations: the model, source and source set rows, the lists it is in, its comments, its
    stored activations (sorted by `maxValue` descending) and its explanations (with scores).

    - Auth: the key is optional (a wrong key is treated as anonymous). It only widens what is
      visible: private models and sources of the caller.
    - Rate limit: only the global buckets (`/` and `/api`, 25000 per hour per IP).
    - External services: none (database only).
    - Odd upstream behaviour: `index` is compared as a string, so a non-numeric index is simply
      not found (404). The two 404 shapes differ: a model or source that is not visible gives
      `{error, message}` (the access check), a missing feature row gives `{error}` only.
      `correlated_features_*` are always `[]`. The response includes the full `Model` row
      (with `openRouterId`) and the full `SourceSet` row (with `creatorEmail`).

    Args:
        model_id (str):
        layer (str):
        index (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | Error | Feature | RateLimitError]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        layer=layer,
        index=index,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_id: str,
    layer: str,
    index: str,
    *,
    client: AuthenticatedClient,
) -> BareError | Error | Feature | RateLimitError | None:
    """Get a feature

     Returns one feature (an SAE latent, a neuron or a vector) with every scalar column and its
    relations: the model, source and source set rows, the lists it is in, its comments, its
    stored activations (sorted by `maxValue` descending) and its explanations (with scores).

    - Auth: the key is optional (a wrong key is treated as anonymous). It only widens what is
      visible: private models and sources of the caller.
    - Rate limit: only the global buckets (`/` and `/api`, 25000 per hour per IP).
    - External services: none (database only).
    - Odd upstream behaviour: `index` is compared as a string, so a non-numeric index is simply
      not found (404). The two 404 shapes differ: a model or source that is not visible gives
      `{error, message}` (the access check), a missing feature row gives `{error}` only.
      `correlated_features_*` are always `[]`. The response includes the full `Model` row
      (with `openRouterId`) and the full `SourceSet` row (with `creatorEmail`).

    Args:
        model_id (str):
        layer (str):
        index (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | Error | Feature | RateLimitError
    """

    return sync_detailed(
        model_id=model_id,
        layer=layer,
        index=index,
        client=client,
    ).parsed


async def asyncio_detailed(
    model_id: str,
    layer: str,
    index: str,
    *,
    client: AuthenticatedClient,
) -> Response[BareError | Error | Feature | RateLimitError]:
    """Get a feature

     Returns one feature (an SAE latent, a neuron or a vector) with every scalar column and its
    relations: the model, source and source set rows, the lists it is in, its comments, its
    stored activations (sorted by `maxValue` descending) and its explanations (with scores).

    - Auth: the key is optional (a wrong key is treated as anonymous). It only widens what is
      visible: private models and sources of the caller.
    - Rate limit: only the global buckets (`/` and `/api`, 25000 per hour per IP).
    - External services: none (database only).
    - Odd upstream behaviour: `index` is compared as a string, so a non-numeric index is simply
      not found (404). The two 404 shapes differ: a model or source that is not visible gives
      `{error, message}` (the access check), a missing feature row gives `{error}` only.
      `correlated_features_*` are always `[]`. The response includes the full `Model` row
      (with `openRouterId`) and the full `SourceSet` row (with `creatorEmail`).

    Args:
        model_id (str):
        layer (str):
        index (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | Error | Feature | RateLimitError]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        layer=layer,
        index=index,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_id: str,
    layer: str,
    index: str,
    *,
    client: AuthenticatedClient,
) -> BareError | Error | Feature | RateLimitError | None:
    """Get a feature

     Returns one feature (an SAE latent, a neuron or a vector) with every scalar column and its
    relations: the model, source and source set rows, the lists it is in, its comments, its
    stored activations (sorted by `maxValue` descending) and its explanations (with scores).

    - Auth: the key is optional (a wrong key is treated as anonymous). It only widens what is
      visible: private models and sources of the caller.
    - Rate limit: only the global buckets (`/` and `/api`, 25000 per hour per IP).
    - External services: none (database only).
    - Odd upstream behaviour: `index` is compared as a string, so a non-numeric index is simply
      not found (404). The two 404 shapes differ: a model or source that is not visible gives
      `{error, message}` (the access check), a missing feature row gives `{error}` only.
      `correlated_features_*` are always `[]`. The response includes the full `Model` row
      (with `openRouterId`) and the full `SourceSet` row (with `creatorEmail`).

    Args:
        model_id (str):
        layer (str):
        index (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | Error | Feature | RateLimitError
    """

    return (
        await asyncio_detailed(
            model_id=model_id,
            layer=layer,
            index=index,
            client=client,
        )
    ).parsed
