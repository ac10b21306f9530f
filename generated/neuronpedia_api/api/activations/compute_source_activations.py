from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...models.source_activations_envelope import SourceActivationsEnvelope
from ...models.source_activations_failure import SourceActivationsFailure
from ...models.source_activations_request import SourceActivationsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: SourceActivationsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/activation/source",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | MessageError | RateLimitError | SourceActivationsEnvelope | SourceActivationsFailure | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> SourceActivationsEnvelope | SourceActivationsFailure:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_source_activations_response_type_0 = SourceActivationsEnvelope.from_dict(data)

                return componentsschemas_source_activations_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_source_activations_response_type_1 = SourceActivationsFailure.from_dict(data)

            return componentsschemas_source_activations_response_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MessageError.from_dict(response.json())

        return response_400

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
) -> Response[Error | MessageError | RateLimitError | SourceActivationsEnvelope | SourceActivationsFailure]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SourceActivationsRequest,
) -> Response[Error | MessageError | RateLimitError | SourceActivationsEnvelope | SourceActivationsFailure]:
    """Compute all feature activations of a source for custom text

     Runs one to four texts through the model on the inference server and returns, for each
    text, its tokens and every feature of the source that fires, with `[tokenIndex, value]`
    pairs. No dashboards or explanations are attached.

    - Auth: the key is optional (a wrong key is treated as anonymous); it only widens
      visibility.
    - Rate limit: only the global buckets.
    - External services: the inference server.
    - Odd upstream behaviour: the route returns the HTTP client's raw result object, so the
      payload is wrapped as `{data: {results}, response: {}}`, and an **inference failure is
      HTTP 200** with `{error: <the inference server's error body>, response: {}}`. A model or
      source set that is not visible gives 500 `{message}`; an unknown source or no inference
      host gives the generic 500. The tokens have no BOS.

    Args:
        body (SourceActivationsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageError | MessageError | RateLimitError | SourceActivationsEnvelope | SourceActivationsFailure]
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
    body: SourceActivationsRequest,
) -> Error | MessageError | RateLimitError | SourceActivationsEnvelope | SourceActivationsFailure | None:
    """Compute all feature activations of a source for custom text

     Runs one to four texts through the model on the inference server and returns, for each
    text, its tokens and every feature of the source that fires, with `[tokenIndex, value]`
    pairs. No dashboards or explanations are attached.

    - Auth: the key is optional (a wrong key is treated as anonymous); it only widens
      visibility.
    - Rate limit: only the global buckets.
    - External services: the inference server.
    - Odd upstream behaviour: the route returns the HTTP client's raw result object, so the
      payload is wrapped as `{data: {results}, response: {}}`, and an **inference failure is
      HTTP 200** with `{error: <the inference server's error body>, response: {}}`. A model or
      source set that is not visible gives 500 `{message}`; an unknown source or no inference
      host gives the generic 500. The tokens have no BOS.

    Args:
        body (SourceActivationsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageError | MessageError | RateLimitError | SourceActivationsEnvelope | SourceActivationsFailure
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SourceActivationsRequest,
) -> Response[Error | MessageError | RateLimitError | SourceActivationsEnvelope | SourceActivationsFailure]:
    """Compute all feature activations of a source for custom text

     Runs one to four texts through the model on the inference server and returns, for each
    text, its tokens and every feature of the source that fires, with `[tokenIndex, value]`
    pairs. No dashboards or explanations are attached.

    - Auth: the key is optional (a wrong key is treated as anonymous); it only widens
      visibility.
    - Rate limit: only the global buckets.
    - External services: the inference server.
    - Odd upstream behaviour: the route returns the HTTP client's raw result object, so the
      payload is wrapped as `{data: {results}, response: {}}`, and an **inference failure is
      HTTP 200** with `{error: <the inference server's error body>, response: {}}`. A model or
      source set that is not visible gives 500 `{message}`; an unknown source or no inference
      host gives the generic 500. The tokens have no BOS.

    Args:
        body (SourceActivationsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | MessageError | MessageError | RateLimitError | SourceActivationsEnvelope | SourceActivationsFailure]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SourceActivationsRequest,
) -> Error | MessageError | RateLimitError | SourceActivationsEnvelope | SourceActivationsFailure | None:
    """Compute all feature activations of a source for custom text

     Runs one to four texts through the model on the inference server and returns, for each
    text, its tokens and every feature of the source that fires, with `[tokenIndex, value]`
    pairs. No dashboards or explanations are attached.

    - Auth: the key is optional (a wrong key is treated as anonymous); it only widens
      visibility.
    - Rate limit: only the global buckets.
    - External services: the inference server.
    - Odd upstream behaviour: the route returns the HTTP client's raw result object, so the
      payload is wrapped as `{data: {results}, response: {}}`, and an **inference failure is
      HTTP 200** with `{error: <the inference server's error body>, response: {}}`. A model or
      source set that is not visible gives 500 `{message}`; an unknown source or no inference
      host gives the generic 500. The tokens have no BOS.

    Args:
        body (SourceActivationsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | MessageError | MessageError | RateLimitError | SourceActivationsEnvelope | SourceActivationsFailure
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
