from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compute_activations_request import ComputeActivationsRequest
from ...models.computed_activation import ComputedActivation
from ...models.error import Error
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: ComputeActivationsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/activation/new",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ComputedActivation | list[ComputedActivation] | Error | MessageError | RateLimitError | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ComputedActivation | list[ComputedActivation]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_compute_activations_response_type_0 = ComputedActivation.from_dict(data)

                return componentsschemas_compute_activations_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_compute_activations_response_type_1 = []
            _componentsschemas_compute_activations_response_type_1 = data
            for (
                componentsschemas_compute_activations_response_type_1_item_data
            ) in _componentsschemas_compute_activations_response_type_1:
                componentsschemas_compute_activations_response_type_1_item = ComputedActivation.from_dict(
                    componentsschemas_compute_activations_response_type_1_item_data
                )

                componentsschemas_compute_activations_response_type_1.append(
                    componentsschemas_compute_activations_response_type_1_item
                )

            return componentsschemas_compute_activations_response_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> Error | MessageError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_error_or_message_error_type_0 = Error.from_dict(data)

                return componentsschemas_error_or_message_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_error_or_message_error_type_1 = MessageError.from_dict(data)

            return componentsschemas_error_or_message_error_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ComputedActivation | list[ComputedActivation] | Error | MessageError | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ComputeActivationsRequest,
) -> Response[ComputedActivation | list[ComputedActivation] | Error | MessageError | RateLimitError]:
    """Compute a feature's activations for custom text

     Runs custom text through the model on the inference server and returns the activation of
    one feature (or vector) on every token, like typing text on a feature page. A string
    `customText` gives one object; an array gives an array of objects, in order. Nothing is
    stored.

    - Auth: the key is optional (a wrong key is treated as anonymous); it widens visibility and
      is echoed as `creatorId` (`""` when anonymous).
    - Rate limit: bucket `/api/activation/new`, 1000 per hour per IP (3000 on the higher tier),
      plus the global buckets.
    - External services: the inference server.
    - Odd upstream behaviour: the feature may be given as `feature` or `neuron`, and its source
      as `source` or `layer`. The checks are made by hand and every failure is a 500, never a
      400: a missing feature or `customText` (generic 500), a model or source set that is not
      visible (500 `{message}`), an unknown source, no inference host, or an inference error
      (generic 500). `tokens` include the BOS token unless `ignoreBos` is `true`. The `dfa*`
      fields are only present when the inference server returns them.

    Args:
        body (ComputeActivationsRequest): The feature is read from `neuron` if present, else from
            `feature`; one of them is needed
            (otherwise 500).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComputedActivation | list[ComputedActivation] | Error | MessageError | RateLimitError]
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
    body: ComputeActivationsRequest,
) -> ComputedActivation | list[ComputedActivation] | Error | MessageError | RateLimitError | None:
    """Compute a feature's activations for custom text

     Runs custom text through the model on the inference server and returns the activation of
    one feature (or vector) on every token, like typing text on a feature page. A string
    `customText` gives one object; an array gives an array of objects, in order. Nothing is
    stored.

    - Auth: the key is optional (a wrong key is treated as anonymous); it widens visibility and
      is echoed as `creatorId` (`""` when anonymous).
    - Rate limit: bucket `/api/activation/new`, 1000 per hour per IP (3000 on the higher tier),
      plus the global buckets.
    - External services: the inference server.
    - Odd upstream behaviour: the feature may be given as `feature` or `neuron`, and its source
      as `source` or `layer`. The checks are made by hand and every failure is a 500, never a
      400: a missing feature or `customText` (generic 500), a model or source set that is not
      visible (500 `{message}`), an unknown source, no inference host, or an inference error
      (generic 500). `tokens` include the BOS token unless `ignoreBos` is `true`. The `dfa*`
      fields are only present when the inference server returns them.

    Args:
        body (ComputeActivationsRequest): The feature is read from `neuron` if present, else from
            `feature`; one of them is needed
            (otherwise 500).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComputedActivation | list[ComputedActivation] | Error | MessageError | RateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ComputeActivationsRequest,
) -> Response[ComputedActivation | list[ComputedActivation] | Error | MessageError | RateLimitError]:
    """Compute a feature's activations for custom text

     Runs custom text through the model on the inference server and returns the activation of
    one feature (or vector) on every token, like typing text on a feature page. A string
    `customText` gives one object; an array gives an array of objects, in order. Nothing is
    stored.

    - Auth: the key is optional (a wrong key is treated as anonymous); it widens visibility and
      is echoed as `creatorId` (`""` when anonymous).
    - Rate limit: bucket `/api/activation/new`, 1000 per hour per IP (3000 on the higher tier),
      plus the global buckets.
    - External services: the inference server.
    - Odd upstream behaviour: the feature may be given as `feature` or `neuron`, and its source
      as `source` or `layer`. The checks are made by hand and every failure is a 500, never a
      400: a missing feature or `customText` (generic 500), a model or source set that is not
      visible (500 `{message}`), an unknown source, no inference host, or an inference error
      (generic 500). `tokens` include the BOS token unless `ignoreBos` is `true`. The `dfa*`
      fields are only present when the inference server returns them.

    Args:
        body (ComputeActivationsRequest): The feature is read from `neuron` if present, else from
            `feature`; one of them is needed
            (otherwise 500).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComputedActivation | list[ComputedActivation] | Error | MessageError | RateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ComputeActivationsRequest,
) -> ComputedActivation | list[ComputedActivation] | Error | MessageError | RateLimitError | None:
    """Compute a feature's activations for custom text

     Runs custom text through the model on the inference server and returns the activation of
    one feature (or vector) on every token, like typing text on a feature page. A string
    `customText` gives one object; an array gives an array of objects, in order. Nothing is
    stored.

    - Auth: the key is optional (a wrong key is treated as anonymous); it widens visibility and
      is echoed as `creatorId` (`""` when anonymous).
    - Rate limit: bucket `/api/activation/new`, 1000 per hour per IP (3000 on the higher tier),
      plus the global buckets.
    - External services: the inference server.
    - Odd upstream behaviour: the feature may be given as `feature` or `neuron`, and its source
      as `source` or `layer`. The checks are made by hand and every failure is a 500, never a
      400: a missing feature or `customText` (generic 500), a model or source set that is not
      visible (500 `{message}`), an unknown source, no inference host, or an inference error
      (generic 500). `tokens` include the BOS token unless `ignoreBos` is `true`. The `dfa*`
      fields are only present when the inference server returns them.

    Args:
        body (ComputeActivationsRequest): The feature is read from `neuron` if present, else from
            `feature`; one of them is needed
            (otherwise 500).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComputedActivation | list[ComputedActivation] | Error | MessageError | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
