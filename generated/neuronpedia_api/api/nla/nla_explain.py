from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.nla_explain_request import NlaExplainRequest
from ...models.nla_explain_result import NlaExplainResult
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: NlaExplainRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/nla/explain",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | RateLimitError | NlaExplainResult:
    if response.status_code == 200:
        response_200 = NlaExplainResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BareError.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = BareError.from_dict(response.json())

        return response_422

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

    if response.status_code == 502:
        response_502 = BareError.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = BareError.from_dict(response.json())

        return response_503

    response_default = BareError.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BareError | Error | RateLimitError | NlaExplainResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NlaExplainRequest,
) -> Response[BareError | Error | RateLimitError | NlaExplainResult]:
    """Explain activations at token positions with an NLA

     Describes in natural language the activations at `positions` of a prompt, using the NLA source
    `(modelId, nlaSourceId)`. The prompt is `text` (already chat-templated), or `messages`, which the
    NLA
    server renders with the model's chat template. Results are cached per (text, model, source,
    temperature, positions): positions explained before are served from the cache, and at most 16
    **new** positions may be explained per request (400 otherwise). The answer carries a `cacheId` for
    the
    cumulative set (absent if caching failed).

    - `stream: true` returns `text/event-stream`, the NLA server's frames passed through
      (`NlaExplainMetaFrame`, `NlaExplainProgressFrame`s, one `NlaExplanation` per new position), then
    an
      `NlaExplainCacheIdFrame` and `data: [DONE]`. When every requested position is already cached, the
      answer is JSON even with `stream: true`.
    - An exact cache hit returns the stored record, which may also carry `messages`, `tokenSpans` and
      `templateFormat`.
    - `positions` must be a non-empty array of integers >= 0 (checked by hand). One of `text` or
      `messages` is required (400); `text` may be at most 16384 characters. `temperature` defaults to
    0.7.
    - `modelId` and `nlaSourceId` select the NLA server: without a configured pair the call fails with
    the
      generic 500. With `messages` and no `modelId` the answer is 400.
    - `tokens`, `tokenSpans`, `priorCacheId`, `templateFormat` and `add_generation_prompt` are used by
    the
      web UI (cache reuse across a growing chat, display metadata); none is needed by API callers.
    - Auth: API key optional (unused; a wrong key is treated as anonymous).
    - Rate limit: bucket `/api/nla/explain` (exact), 120 requests per 60 minutes per client IP, on top
    of
      the global buckets.
    - External services: the NLA server.
    - An error status from the NLA server is passed through as `{error: "NLA server error: <status>"}`;
      failing to render `messages` gives 502. A malformed JSON body gives the generic 500.

    Args:
        body (NlaExplainRequest): The body of `nlaExplain` (checked by hand; extra keys are
            ignored). One of `text` or `messages` is
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | BareError | RateLimitError | NlaExplainResult]
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
    body: NlaExplainRequest,
) -> BareError | Error | RateLimitError | NlaExplainResult | None:
    """Explain activations at token positions with an NLA

     Describes in natural language the activations at `positions` of a prompt, using the NLA source
    `(modelId, nlaSourceId)`. The prompt is `text` (already chat-templated), or `messages`, which the
    NLA
    server renders with the model's chat template. Results are cached per (text, model, source,
    temperature, positions): positions explained before are served from the cache, and at most 16
    **new** positions may be explained per request (400 otherwise). The answer carries a `cacheId` for
    the
    cumulative set (absent if caching failed).

    - `stream: true` returns `text/event-stream`, the NLA server's frames passed through
      (`NlaExplainMetaFrame`, `NlaExplainProgressFrame`s, one `NlaExplanation` per new position), then
    an
      `NlaExplainCacheIdFrame` and `data: [DONE]`. When every requested position is already cached, the
      answer is JSON even with `stream: true`.
    - An exact cache hit returns the stored record, which may also carry `messages`, `tokenSpans` and
      `templateFormat`.
    - `positions` must be a non-empty array of integers >= 0 (checked by hand). One of `text` or
      `messages` is required (400); `text` may be at most 16384 characters. `temperature` defaults to
    0.7.
    - `modelId` and `nlaSourceId` select the NLA server: without a configured pair the call fails with
    the
      generic 500. With `messages` and no `modelId` the answer is 400.
    - `tokens`, `tokenSpans`, `priorCacheId`, `templateFormat` and `add_generation_prompt` are used by
    the
      web UI (cache reuse across a growing chat, display metadata); none is needed by API callers.
    - Auth: API key optional (unused; a wrong key is treated as anonymous).
    - Rate limit: bucket `/api/nla/explain` (exact), 120 requests per 60 minutes per client IP, on top
    of
      the global buckets.
    - External services: the NLA server.
    - An error status from the NLA server is passed through as `{error: "NLA server error: <status>"}`;
      failing to render `messages` gives 502. A malformed JSON body gives the generic 500.

    Args:
        body (NlaExplainRequest): The body of `nlaExplain` (checked by hand; extra keys are
            ignored). One of `text` or `messages` is
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | BareError | RateLimitError | NlaExplainResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NlaExplainRequest,
) -> Response[BareError | Error | RateLimitError | NlaExplainResult]:
    """Explain activations at token positions with an NLA

     Describes in natural language the activations at `positions` of a prompt, using the NLA source
    `(modelId, nlaSourceId)`. The prompt is `text` (already chat-templated), or `messages`, which the
    NLA
    server renders with the model's chat template. Results are cached per (text, model, source,
    temperature, positions): positions explained before are served from the cache, and at most 16
    **new** positions may be explained per request (400 otherwise). The answer carries a `cacheId` for
    the
    cumulative set (absent if caching failed).

    - `stream: true` returns `text/event-stream`, the NLA server's frames passed through
      (`NlaExplainMetaFrame`, `NlaExplainProgressFrame`s, one `NlaExplanation` per new position), then
    an
      `NlaExplainCacheIdFrame` and `data: [DONE]`. When every requested position is already cached, the
      answer is JSON even with `stream: true`.
    - An exact cache hit returns the stored record, which may also carry `messages`, `tokenSpans` and
      `templateFormat`.
    - `positions` must be a non-empty array of integers >= 0 (checked by hand). One of `text` or
      `messages` is required (400); `text` may be at most 16384 characters. `temperature` defaults to
    0.7.
    - `modelId` and `nlaSourceId` select the NLA server: without a configured pair the call fails with
    the
      generic 500. With `messages` and no `modelId` the answer is 400.
    - `tokens`, `tokenSpans`, `priorCacheId`, `templateFormat` and `add_generation_prompt` are used by
    the
      web UI (cache reuse across a growing chat, display metadata); none is needed by API callers.
    - Auth: API key optional (unused; a wrong key is treated as anonymous).
    - Rate limit: bucket `/api/nla/explain` (exact), 120 requests per 60 minutes per client IP, on top
    of
      the global buckets.
    - External services: the NLA server.
    - An error status from the NLA server is passed through as `{error: "NLA server error: <status>"}`;
      failing to render `messages` gives 502. A malformed JSON body gives the generic 500.

    Args:
        body (NlaExplainRequest): The body of `nlaExplain` (checked by hand; extra keys are
            ignored). One of `text` or `messages` is
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | Error | BareError | RateLimitError | NlaExplainResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NlaExplainRequest,
) -> BareError | Error | RateLimitError | NlaExplainResult | None:
    """Explain activations at token positions with an NLA

     Describes in natural language the activations at `positions` of a prompt, using the NLA source
    `(modelId, nlaSourceId)`. The prompt is `text` (already chat-templated), or `messages`, which the
    NLA
    server renders with the model's chat template. Results are cached per (text, model, source,
    temperature, positions): positions explained before are served from the cache, and at most 16
    **new** positions may be explained per request (400 otherwise). The answer carries a `cacheId` for
    the
    cumulative set (absent if caching failed).

    - `stream: true` returns `text/event-stream`, the NLA server's frames passed through
      (`NlaExplainMetaFrame`, `NlaExplainProgressFrame`s, one `NlaExplanation` per new position), then
    an
      `NlaExplainCacheIdFrame` and `data: [DONE]`. When every requested position is already cached, the
      answer is JSON even with `stream: true`.
    - An exact cache hit returns the stored record, which may also carry `messages`, `tokenSpans` and
      `templateFormat`.
    - `positions` must be a non-empty array of integers >= 0 (checked by hand). One of `text` or
      `messages` is required (400); `text` may be at most 16384 characters. `temperature` defaults to
    0.7.
    - `modelId` and `nlaSourceId` select the NLA server: without a configured pair the call fails with
    the
      generic 500. With `messages` and no `modelId` the answer is 400.
    - `tokens`, `tokenSpans`, `priorCacheId`, `templateFormat` and `add_generation_prompt` are used by
    the
      web UI (cache reuse across a growing chat, display metadata); none is needed by API callers.
    - Auth: API key optional (unused; a wrong key is treated as anonymous).
    - Rate limit: bucket `/api/nla/explain` (exact), 120 requests per 60 minutes per client IP, on top
    of
      the global buckets.
    - External services: the NLA server.
    - An error status from the NLA server is passed through as `{error: "NLA server error: <status>"}`;
      failing to render `messages` gives 502. A malformed JSON body gives the generic 500.

    Args:
        body (NlaExplainRequest): The body of `nlaExplain` (checked by hand; extra keys are
            ignored). One of `text` or `messages` is
            required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | Error | BareError | RateLimitError | NlaExplainResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
