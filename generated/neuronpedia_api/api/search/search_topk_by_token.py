from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...models.topk_by_token_batch_response import TopkByTokenBatchResponse
from ...models.topk_by_token_request import TopkByTokenRequest
from ...models.topk_by_token_response import TopkByTokenResponse
from ...types import Response


def _get_kwargs(
    *,
    body: TopkByTokenRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/search-topk-by-token",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MessageError | RateLimitError | TopkByTokenBatchResponse | TopkByTokenResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> TopkByTokenBatchResponse | TopkByTokenResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TopkByTokenResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = TopkByTokenBatchResponse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MessageError.from_dict(response.json())

        return response_400

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = MessageError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MessageError | RateLimitError | TopkByTokenBatchResponse | TopkByTokenResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TopkByTokenRequest,
) -> Response[MessageError | RateLimitError | TopkByTokenBatchResponse | TopkByTokenResponse]:
    """Top features at each token of a text

     Runs a text through the model and returns, for each token position, the `numResults` features
    of one source (SAE) that activate most there. With a single text each feature joins the
    stored feature (`feature`: its scalar columns and its newest non-human explanation); with an
    array of texts (batch) the answer is `{results: [...]}`, one entry per text, without
    `feature`.

    Auth: the API key is optional (a wrong key is treated as anonymous). Rate limit: the
    `/api/search-topk-by-token` bucket (500 per hour; 1200 on the higher tier). Needs the
    inference server.

    Upstream behaviour to know:
    - With `ignoreBos` (the default) every special token (BOS, and EOS at the end) is dropped from
      a single-text answer. With a `densityThreshold` (default 0.01; 0 or -1 turns it off) only
      features with 0 < `frac_nonzero` <= threshold are kept, so features without a stored row
      are dropped. Batch answers are filtered on neither.
    - Only validation errors are 400. Every other failure is 500 `{"message": <error text>}`,
      including a model or source that is not visible (no 404), an inference error, a `text`
      that is neither a string nor an array, an out-of-range `densityThreshold`, and a malformed
      JSON body.

    Args:
        body (TopkByTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | RateLimitError | TopkByTokenBatchResponse | TopkByTokenResponse]
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
    body: TopkByTokenRequest,
) -> MessageError | RateLimitError | TopkByTokenBatchResponse | TopkByTokenResponse | None:
    """Top features at each token of a text

     Runs a text through the model and returns, for each token position, the `numResults` features
    of one source (SAE) that activate most there. With a single text each feature joins the
    stored feature (`feature`: its scalar columns and its newest non-human explanation); with an
    array of texts (batch) the answer is `{results: [...]}`, one entry per text, without
    `feature`.

    Auth: the API key is optional (a wrong key is treated as anonymous). Rate limit: the
    `/api/search-topk-by-token` bucket (500 per hour; 1200 on the higher tier). Needs the
    inference server.

    Upstream behaviour to know:
    - With `ignoreBos` (the default) every special token (BOS, and EOS at the end) is dropped from
      a single-text answer. With a `densityThreshold` (default 0.01; 0 or -1 turns it off) only
      features with 0 < `frac_nonzero` <= threshold are kept, so features without a stored row
      are dropped. Batch answers are filtered on neither.
    - Only validation errors are 400. Every other failure is 500 `{"message": <error text>}`,
      including a model or source that is not visible (no 404), an inference error, a `text`
      that is neither a string nor an array, an out-of-range `densityThreshold`, and a malformed
      JSON body.

    Args:
        body (TopkByTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | RateLimitError | TopkByTokenBatchResponse | TopkByTokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TopkByTokenRequest,
) -> Response[MessageError | RateLimitError | TopkByTokenBatchResponse | TopkByTokenResponse]:
    """Top features at each token of a text

     Runs a text through the model and returns, for each token position, the `numResults` features
    of one source (SAE) that activate most there. With a single text each feature joins the
    stored feature (`feature`: its scalar columns and its newest non-human explanation); with an
    array of texts (batch) the answer is `{results: [...]}`, one entry per text, without
    `feature`.

    Auth: the API key is optional (a wrong key is treated as anonymous). Rate limit: the
    `/api/search-topk-by-token` bucket (500 per hour; 1200 on the higher tier). Needs the
    inference server.

    Upstream behaviour to know:
    - With `ignoreBos` (the default) every special token (BOS, and EOS at the end) is dropped from
      a single-text answer. With a `densityThreshold` (default 0.01; 0 or -1 turns it off) only
      features with 0 < `frac_nonzero` <= threshold are kept, so features without a stored row
      are dropped. Batch answers are filtered on neither.
    - Only validation errors are 400. Every other failure is 500 `{"message": <error text>}`,
      including a model or source that is not visible (no 404), an inference error, a `text`
      that is neither a string nor an array, an out-of-range `densityThreshold`, and a malformed
      JSON body.

    Args:
        body (TopkByTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MessageError | RateLimitError | TopkByTokenBatchResponse | TopkByTokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TopkByTokenRequest,
) -> MessageError | RateLimitError | TopkByTokenBatchResponse | TopkByTokenResponse | None:
    """Top features at each token of a text

     Runs a text through the model and returns, for each token position, the `numResults` features
    of one source (SAE) that activate most there. With a single text each feature joins the
    stored feature (`feature`: its scalar columns and its newest non-human explanation); with an
    array of texts (batch) the answer is `{results: [...]}`, one entry per text, without
    `feature`.

    Auth: the API key is optional (a wrong key is treated as anonymous). Rate limit: the
    `/api/search-topk-by-token` bucket (500 per hour; 1200 on the higher tier). Needs the
    inference server.

    Upstream behaviour to know:
    - With `ignoreBos` (the default) every special token (BOS, and EOS at the end) is dropped from
      a single-text answer. With a `densityThreshold` (default 0.01; 0 or -1 turns it off) only
      features with 0 < `frac_nonzero` <= threshold are kept, so features without a stored row
      are dropped. Batch answers are filtered on neither.
    - Only validation errors are 400. Every other failure is 500 `{"message": <error text>}`,
      including a model or source that is not visible (no 404), an inference error, a `text`
      that is neither a string nor an array, an out-of-range `densityThreshold`, and a malformed
      JSON body.

    Args:
        body (TopkByTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MessageError | RateLimitError | TopkByTokenBatchResponse | TopkByTokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
