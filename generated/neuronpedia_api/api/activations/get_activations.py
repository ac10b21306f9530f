from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activation import Activation
from ...models.activations_get_request import ActivationsGetRequest
from ...models.bare_error import BareError
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: ActivationsGetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/activation/get",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | RateLimitError | list[Activation] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Activation.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = BareError.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = BareError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = BareError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BareError | RateLimitError | list[Activation]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ActivationsGetRequest,
) -> Response[BareError | RateLimitError | list[Activation]]:
    """Get the stored activations of a feature

     Returns every stored activation of one feature made by the public activation users, sorted
    by `maxValue` descending (no paging).

    - Auth: the key is optional and unused: there is **no visibility check** on the model or
      source.
    - Rate limit: only the global buckets.
    - External services: none.
    - Odd upstream behaviour: a feature with no stored activations (including an unknown
      feature) gives 404. Every failure inside the handler, including a malformed JSON body
      and a non-string `index`, gives 500 `{error: "Internal server error"}`.

    Args:
        body (ActivationsGetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | RateLimitError | list[Activation]]
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
    body: ActivationsGetRequest,
) -> BareError | RateLimitError | list[Activation] | None:
    """Get the stored activations of a feature

     Returns every stored activation of one feature made by the public activation users, sorted
    by `maxValue` descending (no paging).

    - Auth: the key is optional and unused: there is **no visibility check** on the model or
      source.
    - Rate limit: only the global buckets.
    - External services: none.
    - Odd upstream behaviour: a feature with no stored activations (including an unknown
      feature) gives 404. Every failure inside the handler, including a malformed JSON body
      and a non-string `index`, gives 500 `{error: "Internal server error"}`.

    Args:
        body (ActivationsGetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | RateLimitError | list[Activation]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ActivationsGetRequest,
) -> Response[BareError | RateLimitError | list[Activation]]:
    """Get the stored activations of a feature

     Returns every stored activation of one feature made by the public activation users, sorted
    by `maxValue` descending (no paging).

    - Auth: the key is optional and unused: there is **no visibility check** on the model or
      source.
    - Rate limit: only the global buckets.
    - External services: none.
    - Odd upstream behaviour: a feature with no stored activations (including an unknown
      feature) gives 404. Every failure inside the handler, including a malformed JSON body
      and a non-string `index`, gives 500 `{error: "Internal server error"}`.

    Args:
        body (ActivationsGetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | RateLimitError | list[Activation]]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ActivationsGetRequest,
) -> BareError | RateLimitError | list[Activation] | None:
    """Get the stored activations of a feature

     Returns every stored activation of one feature made by the public activation users, sorted
    by `maxValue` descending (no paging).

    - Auth: the key is optional and unused: there is **no visibility check** on the model or
      source.
    - Rate limit: only the global buckets.
    - External services: none.
    - Odd upstream behaviour: a feature with no stored activations (including an unknown
      feature) gives 404. Every failure inside the handler, including a malformed JSON body
      and a non-string `index`, gives 500 `{error: "Internal server error"}`.

    Args:
        body (ActivationsGetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | RateLimitError | list[Activation]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
