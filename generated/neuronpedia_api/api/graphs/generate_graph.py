from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.generate_graph_error import GenerateGraphError
from ...models.generate_graph_request import GenerateGraphRequest
from ...models.generate_graph_response import GenerateGraphResponse
from ...models.generate_graph_validation_error import GenerateGraphValidationError
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: GenerateGraphRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/graph/generate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BareError
    | Error
    | GenerateGraphValidationError
    | GenerateGraphError
    | GenerateGraphResponse
    | RateLimitError
    | None
):
    if response.status_code == 200:
        response_200 = GenerateGraphResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> BareError | Error | GenerateGraphValidationError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_generate_graph_bad_request_type_0 = GenerateGraphValidationError.from_dict(data)

                return componentsschemas_generate_graph_bad_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_generate_graph_bad_request_type_1 = Error.from_dict(data)

                return componentsschemas_generate_graph_bad_request_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_generate_graph_bad_request_type_2 = BareError.from_dict(data)

            return componentsschemas_generate_graph_bad_request_type_2

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GenerateGraphError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BareError | Error | GenerateGraphValidationError | GenerateGraphError | GenerateGraphResponse | RateLimitError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GenerateGraphRequest,
) -> Response[
    BareError | Error | GenerateGraphValidationError | GenerateGraphError | GenerateGraphResponse | RateLimitError
]:
    """Generate an attribution graph for a prompt

     Runs circuit tracing for `prompt` (or the chat turns in `messages`) on the graph server,
    which uploads the graph JSON to S3; the webapp then downloads it, validates it against the
    graph JSON schema and saves a `GraphMetadata` row (owned by the caller, or by nobody when
    anonymous). Synchronous: the call takes tens of seconds.

    - Auth: API key optional (`withOptionalUser`); a wrong key is treated as anonymous and the
      graph is then saved without an owner.
    - Rate limit: bucket `/api/graph/generate`, 30 requests per 60 minutes per IP (320 on the
      higher tier), plus the global buckets.
    - External services: the graph server (RunPod serverless or a dedicated host) and S3.
    - The prompt may have at most 64 tokens (10 for `qwen3-1.7b`); a longer one gives 400
      "Prompt Too Long". If the tokenize pre-check itself fails, the handler carries on.
    - `slug` is optional: when absent or shorter than 2 characters after trimming, the handler
      makes one from the first 16 letters, digits, `_` or `-` of the prompt plus `-<epoch ms>`.
      A given slug must consist of `A-Z a-z 0-9 _ -` only (else 400), and must not already
      exist for the model (else 400 "Model + Slug/ID Exists").
    - `sourceSetName` defaults to the model's default graph source set; a model without one
      gives 400 "Source Set Missing".
    - 503 when the RunPod queue holds more than 1000 jobs (`{error: "RUNPOD_BUSY", ...}`) or the
      graph server answers with a 503 (`{error: "GPUs Busy", ...}`).
    - Upstream quirks: a malformed JSON body gives 500
      `{error: "Failed to generate graph", message: "Invalid JSON body"}`, not 400; an invalid
      generated graph gives 500 with `message` holding the array of ajv errors.

    Args:
        body (GenerateGraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | GenerateGraphValidationError | Error | GenerateGraphError | GenerateGraphResponse | RateLimitError]
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
    body: GenerateGraphRequest,
) -> (
    BareError
    | Error
    | GenerateGraphValidationError
    | GenerateGraphError
    | GenerateGraphResponse
    | RateLimitError
    | None
):
    """Generate an attribution graph for a prompt

     Runs circuit tracing for `prompt` (or the chat turns in `messages`) on the graph server,
    which uploads the graph JSON to S3; the webapp then downloads it, validates it against the
    graph JSON schema and saves a `GraphMetadata` row (owned by the caller, or by nobody when
    anonymous). Synchronous: the call takes tens of seconds.

    - Auth: API key optional (`withOptionalUser`); a wrong key is treated as anonymous and the
      graph is then saved without an owner.
    - Rate limit: bucket `/api/graph/generate`, 30 requests per 60 minutes per IP (320 on the
      higher tier), plus the global buckets.
    - External services: the graph server (RunPod serverless or a dedicated host) and S3.
    - The prompt may have at most 64 tokens (10 for `qwen3-1.7b`); a longer one gives 400
      "Prompt Too Long". If the tokenize pre-check itself fails, the handler carries on.
    - `slug` is optional: when absent or shorter than 2 characters after trimming, the handler
      makes one from the first 16 letters, digits, `_` or `-` of the prompt plus `-<epoch ms>`.
      A given slug must consist of `A-Z a-z 0-9 _ -` only (else 400), and must not already
      exist for the model (else 400 "Model + Slug/ID Exists").
    - `sourceSetName` defaults to the model's default graph source set; a model without one
      gives 400 "Source Set Missing".
    - 503 when the RunPod queue holds more than 1000 jobs (`{error: "RUNPOD_BUSY", ...}`) or the
      graph server answers with a 503 (`{error: "GPUs Busy", ...}`).
    - Upstream quirks: a malformed JSON body gives 500
      `{error: "Failed to generate graph", message: "Invalid JSON body"}`, not 400; an invalid
      generated graph gives 500 with `message` holding the array of ajv errors.

    Args:
        body (GenerateGraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | GenerateGraphValidationError | Error | GenerateGraphError | GenerateGraphResponse | RateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GenerateGraphRequest,
) -> Response[
    BareError | Error | GenerateGraphValidationError | GenerateGraphError | GenerateGraphResponse | RateLimitError
]:
    """Generate an attribution graph for a prompt

     Runs circuit tracing for `prompt` (or the chat turns in `messages`) on the graph server,
    which uploads the graph JSON to S3; the webapp then downloads it, validates it against the
    graph JSON schema and saves a `GraphMetadata` row (owned by the caller, or by nobody when
    anonymous). Synchronous: the call takes tens of seconds.

    - Auth: API key optional (`withOptionalUser`); a wrong key is treated as anonymous and the
      graph is then saved without an owner.
    - Rate limit: bucket `/api/graph/generate`, 30 requests per 60 minutes per IP (320 on the
      higher tier), plus the global buckets.
    - External services: the graph server (RunPod serverless or a dedicated host) and S3.
    - The prompt may have at most 64 tokens (10 for `qwen3-1.7b`); a longer one gives 400
      "Prompt Too Long". If the tokenize pre-check itself fails, the handler carries on.
    - `slug` is optional: when absent or shorter than 2 characters after trimming, the handler
      makes one from the first 16 letters, digits, `_` or `-` of the prompt plus `-<epoch ms>`.
      A given slug must consist of `A-Z a-z 0-9 _ -` only (else 400), and must not already
      exist for the model (else 400 "Model + Slug/ID Exists").
    - `sourceSetName` defaults to the model's default graph source set; a model without one
      gives 400 "Source Set Missing".
    - 503 when the RunPod queue holds more than 1000 jobs (`{error: "RUNPOD_BUSY", ...}`) or the
      graph server answers with a 503 (`{error: "GPUs Busy", ...}`).
    - Upstream quirks: a malformed JSON body gives 500
      `{error: "Failed to generate graph", message: "Invalid JSON body"}`, not 400; an invalid
      generated graph gives 500 with `message` holding the array of ajv errors.

    Args:
        body (GenerateGraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | GenerateGraphValidationError | Error | GenerateGraphError | GenerateGraphResponse | RateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GenerateGraphRequest,
) -> (
    BareError
    | Error
    | GenerateGraphValidationError
    | GenerateGraphError
    | GenerateGraphResponse
    | RateLimitError
    | None
):
    """Generate an attribution graph for a prompt

     Runs circuit tracing for `prompt` (or the chat turns in `messages`) on the graph server,
    which uploads the graph JSON to S3; the webapp then downloads it, validates it against the
    graph JSON schema and saves a `GraphMetadata` row (owned by the caller, or by nobody when
    anonymous). Synchronous: the call takes tens of seconds.

    - Auth: API key optional (`withOptionalUser`); a wrong key is treated as anonymous and the
      graph is then saved without an owner.
    - Rate limit: bucket `/api/graph/generate`, 30 requests per 60 minutes per IP (320 on the
      higher tier), plus the global buckets.
    - External services: the graph server (RunPod serverless or a dedicated host) and S3.
    - The prompt may have at most 64 tokens (10 for `qwen3-1.7b`); a longer one gives 400
      "Prompt Too Long". If the tokenize pre-check itself fails, the handler carries on.
    - `slug` is optional: when absent or shorter than 2 characters after trimming, the handler
      makes one from the first 16 letters, digits, `_` or `-` of the prompt plus `-<epoch ms>`.
      A given slug must consist of `A-Z a-z 0-9 _ -` only (else 400), and must not already
      exist for the model (else 400 "Model + Slug/ID Exists").
    - `sourceSetName` defaults to the model's default graph source set; a model without one
      gives 400 "Source Set Missing".
    - 503 when the RunPod queue holds more than 1000 jobs (`{error: "RUNPOD_BUSY", ...}`) or the
      graph server answers with a 503 (`{error: "GPUs Busy", ...}`).
    - Upstream quirks: a malformed JSON body gives 500
      `{error: "Failed to generate graph", message: "Invalid JSON body"}`, not 400; an invalid
      generated graph gives 500 with `message` holding the array of ajv errors.

    Args:
        body (GenerateGraphRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | GenerateGraphValidationError | Error | GenerateGraphError | GenerateGraphResponse | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
