from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.lens_error import LensError
from ...models.lens_share import LensShare
from ...models.lens_share_request import LensShareRequest
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: LensShareRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lens/share",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | RateLimitError | LensError | LensShare | None:
    if response.status_code == 200:
        response_200 = LensShare.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = LensError.from_dict(response.json())

        return response_400

    if response.status_code == 413:
        response_413 = BareError.from_dict(response.json())

        return response_413

    if response.status_code == 429:

        def _parse_response_429(data: object) -> BareError | RateLimitError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_429_type_0 = RateLimitError.from_dict(data)

                return response_429_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_429_type_1 = BareError.from_dict(data)

            return response_429_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> BareError | Error:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_500_type_0 = Error.from_dict(data)

                return response_500_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_500_type_1 = BareError.from_dict(data)

            return response_500_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BareError | Error | RateLimitError | LensError | LensShare]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LensShareRequest,
) -> Response[BareError | Error | RateLimitError | LensError | LensShare]:
    """Create a permanent share of a J-lens run

     Re-runs the lens on the server (never trusting caller-supplied read-outs), stores the run gzipped in
    S3 and records a share; returns its id, its Neuronpedia path (`/jlens/<id>`) and the S3 URL of the
    stored run.

    - Source of the run: `inputTokenIds` (a forced decode over exact ids, no generation; takes
    precedence,
      and `kind`, `messages`, `prompt`, `numPromptTokens` and `spans` are then display metadata), or
    else
      exactly one of `prompt` / `chat` (a fresh generation of `numCompletionTokens` tokens). Otherwise
    400.
      This rule is checked by hand and not expressed in the schema.
    - An optional `steer` re-runs a steered forced decode over `steer.inputTokenIds` as well.
    - `numCompletionTokens` may be at most 1024, or 2048 for the model `deepseek-v4-flash`.
    - Auth: API key optional (shares are attributed to the caller, or to an anonymous owner; a wrong key
      is treated as anonymous).
    - Rate limit: bucket `/api/lens/share` (exact), 30 requests per 60 minutes per client IP (100 on the
      higher tier), on top of the global buckets; **and** the handler itself answers 429 `{error}` once
    the
      client IP has created 200 shares in 24 hours.
    - External services: the inference server (lens re-run) and S3.
    - Any inference failure gives 500 `{error}` (the inference status is not passed through). A
    serialized
      run over 100 MB gives 413. A malformed JSON body gives 400 "Invalid JSON body".

    Args:
        body (LensShareRequest): The body of `createLensShare` (validated with yup; extra keys are
            ignored). The run comes from
            `inputTokenIds`, or else from exactly one of `prompt` / `chat` (checked by hand).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | BareError | RateLimitError | LensError | LensShare]
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
    body: LensShareRequest,
) -> BareError | Error | RateLimitError | LensError | LensShare | None:
    """Create a permanent share of a J-lens run

     Re-runs the lens on the server (never trusting caller-supplied read-outs), stores the run gzipped in
    S3 and records a share; returns its id, its Neuronpedia path (`/jlens/<id>`) and the S3 URL of the
    stored run.

    - Source of the run: `inputTokenIds` (a forced decode over exact ids, no generation; takes
    precedence,
      and `kind`, `messages`, `prompt`, `numPromptTokens` and `spans` are then display metadata), or
    else
      exactly one of `prompt` / `chat` (a fresh generation of `numCompletionTokens` tokens). Otherwise
    400.
      This rule is checked by hand and not expressed in the schema.
    - An optional `steer` re-runs a steered forced decode over `steer.inputTokenIds` as well.
    - `numCompletionTokens` may be at most 1024, or 2048 for the model `deepseek-v4-flash`.
    - Auth: API key optional (shares are attributed to the caller, or to an anonymous owner; a wrong key
      is treated as anonymous).
    - Rate limit: bucket `/api/lens/share` (exact), 30 requests per 60 minutes per client IP (100 on the
      higher tier), on top of the global buckets; **and** the handler itself answers 429 `{error}` once
    the
      client IP has created 200 shares in 24 hours.
    - External services: the inference server (lens re-run) and S3.
    - Any inference failure gives 500 `{error}` (the inference status is not passed through). A
    serialized
      run over 100 MB gives 413. A malformed JSON body gives 400 "Invalid JSON body".

    Args:
        body (LensShareRequest): The body of `createLensShare` (validated with yup; extra keys are
            ignored). The run comes from
            `inputTokenIds`, or else from exactly one of `prompt` / `chat` (checked by hand).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | BareError | RateLimitError | LensError | LensShare
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LensShareRequest,
) -> Response[BareError | Error | RateLimitError | LensError | LensShare]:
    """Create a permanent share of a J-lens run

     Re-runs the lens on the server (never trusting caller-supplied read-outs), stores the run gzipped in
    S3 and records a share; returns its id, its Neuronpedia path (`/jlens/<id>`) and the S3 URL of the
    stored run.

    - Source of the run: `inputTokenIds` (a forced decode over exact ids, no generation; takes
    precedence,
      and `kind`, `messages`, `prompt`, `numPromptTokens` and `spans` are then display metadata), or
    else
      exactly one of `prompt` / `chat` (a fresh generation of `numCompletionTokens` tokens). Otherwise
    400.
      This rule is checked by hand and not expressed in the schema.
    - An optional `steer` re-runs a steered forced decode over `steer.inputTokenIds` as well.
    - `numCompletionTokens` may be at most 1024, or 2048 for the model `deepseek-v4-flash`.
    - Auth: API key optional (shares are attributed to the caller, or to an anonymous owner; a wrong key
      is treated as anonymous).
    - Rate limit: bucket `/api/lens/share` (exact), 30 requests per 60 minutes per client IP (100 on the
      higher tier), on top of the global buckets; **and** the handler itself answers 429 `{error}` once
    the
      client IP has created 200 shares in 24 hours.
    - External services: the inference server (lens re-run) and S3.
    - Any inference failure gives 500 `{error}` (the inference status is not passed through). A
    serialized
      run over 100 MB gives 413. A malformed JSON body gives 400 "Invalid JSON body".

    Args:
        body (LensShareRequest): The body of `createLensShare` (validated with yup; extra keys are
            ignored). The run comes from
            `inputTokenIds`, or else from exactly one of `prompt` / `chat` (checked by hand).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | BareError | RateLimitError | LensError | LensShare]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LensShareRequest,
) -> BareError | Error | RateLimitError | LensError | LensShare | None:
    """Create a permanent share of a J-lens run

     Re-runs the lens on the server (never trusting caller-supplied read-outs), stores the run gzipped in
    S3 and records a share; returns its id, its Neuronpedia path (`/jlens/<id>`) and the S3 URL of the
    stored run.

    - Source of the run: `inputTokenIds` (a forced decode over exact ids, no generation; takes
    precedence,
      and `kind`, `messages`, `prompt`, `numPromptTokens` and `spans` are then display metadata), or
    else
      exactly one of `prompt` / `chat` (a fresh generation of `numCompletionTokens` tokens). Otherwise
    400.
      This rule is checked by hand and not expressed in the schema.
    - An optional `steer` re-runs a steered forced decode over `steer.inputTokenIds` as well.
    - `numCompletionTokens` may be at most 1024, or 2048 for the model `deepseek-v4-flash`.
    - Auth: API key optional (shares are attributed to the caller, or to an anonymous owner; a wrong key
      is treated as anonymous).
    - Rate limit: bucket `/api/lens/share` (exact), 30 requests per 60 minutes per client IP (100 on the
      higher tier), on top of the global buckets; **and** the handler itself answers 429 `{error}` once
    the
      client IP has created 200 shares in 24 hours.
    - External services: the inference server (lens re-run) and S3.
    - Any inference failure gives 500 `{error}` (the inference status is not passed through). A
    serialized
      run over 100 MB gives 413. A malformed JSON body gives 400 "Invalid JSON body".

    Args:
        body (LensShareRequest): The body of `createLensShare` (validated with yup; extra keys are
            ignored). The run comes from
            `inputTokenIds`, or else from exactly one of `prompt` / `chat` (checked by hand).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | BareError | RateLimitError | LensError | LensShare
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
