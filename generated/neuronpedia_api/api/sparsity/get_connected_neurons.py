from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.connected_neurons import ConnectedNeurons
from ...models.rate_limit_error import RateLimitError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    model_id: str,
    layer: int,
    index: int,
    trace_depth: int | Unset = 1,
    trace_k: int | Unset = 5,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["modelId"] = model_id

    params["layer"] = layer

    params["index"] = index

    params["traceDepth"] = trace_depth

    params["traceK"] = trace_k

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/sparsity/connected-neurons",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | ConnectedNeurons | RateLimitError | None:
    if response.status_code == 200:
        response_200 = ConnectedNeurons.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BareError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BareError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = BareError.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = BareError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = BareError.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = BareError.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BareError | ConnectedNeurons | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    model_id: str,
    layer: int,
    index: int,
    trace_depth: int | Unset = 1,
    trace_k: int | Unset = 5,
) -> Response[BareError | ConnectedNeurons | RateLimitError]:
    """Get the circuit around an MLP neuron

     Asks the sparsity server for the forward and backward circuit traces of one MLP neuron
    (through residual-stream channels), then adds up to two `python-code` explanations for each
    neuron (`<layer>-mlp`) and each residual channel (`<layer>-resid`) that the traces touch.

    - Auth: the key is optional and unused (no visibility check on `modelId`, which is only used
      to look up explanations).
    - Rate limit: only the global buckets.
    - External services: the sparsity server (`SPARSITY_SERVER`).
    - Odd upstream behaviour: a non-2xx answer of the sparsity server is relayed with **its
      status** and `{error: "Sparsity server error: <status> - <body>"}` (400 for an
      out-of-range layer or neuron, 422 for a non-integer `traceDepth`/`traceK`, 401/403 for a
      secret mismatch, 503 while its model loads). `layer` and `index` are read with
      `parseInt`, so `3.7` is taken as 3; `traceDepth` and `traceK` are passed through as
      given.

    Args:
        model_id (str):
        layer (int):
        index (int):
        trace_depth (int | Unset):  Default: 1.
        trace_k (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | ConnectedNeurons | RateLimitError]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        layer=layer,
        index=index,
        trace_depth=trace_depth,
        trace_k=trace_k,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    model_id: str,
    layer: int,
    index: int,
    trace_depth: int | Unset = 1,
    trace_k: int | Unset = 5,
) -> BareError | ConnectedNeurons | RateLimitError | None:
    """Get the circuit around an MLP neuron

     Asks the sparsity server for the forward and backward circuit traces of one MLP neuron
    (through residual-stream channels), then adds up to two `python-code` explanations for each
    neuron (`<layer>-mlp`) and each residual channel (`<layer>-resid`) that the traces touch.

    - Auth: the key is optional and unused (no visibility check on `modelId`, which is only used
      to look up explanations).
    - Rate limit: only the global buckets.
    - External services: the sparsity server (`SPARSITY_SERVER`).
    - Odd upstream behaviour: a non-2xx answer of the sparsity server is relayed with **its
      status** and `{error: "Sparsity server error: <status> - <body>"}` (400 for an
      out-of-range layer or neuron, 422 for a non-integer `traceDepth`/`traceK`, 401/403 for a
      secret mismatch, 503 while its model loads). `layer` and `index` are read with
      `parseInt`, so `3.7` is taken as 3; `traceDepth` and `traceK` are passed through as
      given.

    Args:
        model_id (str):
        layer (int):
        index (int):
        trace_depth (int | Unset):  Default: 1.
        trace_k (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | ConnectedNeurons | RateLimitError
    """

    return sync_detailed(
        client=client,
        model_id=model_id,
        layer=layer,
        index=index,
        trace_depth=trace_depth,
        trace_k=trace_k,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    model_id: str,
    layer: int,
    index: int,
    trace_depth: int | Unset = 1,
    trace_k: int | Unset = 5,
) -> Response[BareError | ConnectedNeurons | RateLimitError]:
    """Get the circuit around an MLP neuron

     Asks the sparsity server for the forward and backward circuit traces of one MLP neuron
    (through residual-stream channels), then adds up to two `python-code` explanations for each
    neuron (`<layer>-mlp`) and each residual channel (`<layer>-resid`) that the traces touch.

    - Auth: the key is optional and unused (no visibility check on `modelId`, which is only used
      to look up explanations).
    - Rate limit: only the global buckets.
    - External services: the sparsity server (`SPARSITY_SERVER`).
    - Odd upstream behaviour: a non-2xx answer of the sparsity server is relayed with **its
      status** and `{error: "Sparsity server error: <status> - <body>"}` (400 for an
      out-of-range layer or neuron, 422 for a non-integer `traceDepth`/`traceK`, 401/403 for a
      secret mismatch, 503 while its model loads). `layer` and `index` are read with
      `parseInt`, so `3.7` is taken as 3; `traceDepth` and `traceK` are passed through as
      given.

    Args:
        model_id (str):
        layer (int):
        index (int):
        trace_depth (int | Unset):  Default: 1.
        trace_k (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | ConnectedNeurons | RateLimitError]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        layer=layer,
        index=index,
        trace_depth=trace_depth,
        trace_k=trace_k,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    model_id: str,
    layer: int,
    index: int,
    trace_depth: int | Unset = 1,
    trace_k: int | Unset = 5,
) -> BareError | ConnectedNeurons | RateLimitError | None:
    """Get the circuit around an MLP neuron

     Asks the sparsity server for the forward and backward circuit traces of one MLP neuron
    (through residual-stream channels), then adds up to two `python-code` explanations for each
    neuron (`<layer>-mlp`) and each residual channel (`<layer>-resid`) that the traces touch.

    - Auth: the key is optional and unused (no visibility check on `modelId`, which is only used
      to look up explanations).
    - Rate limit: only the global buckets.
    - External services: the sparsity server (`SPARSITY_SERVER`).
    - Odd upstream behaviour: a non-2xx answer of the sparsity server is relayed with **its
      status** and `{error: "Sparsity server error: <status> - <body>"}` (400 for an
      out-of-range layer or neuron, 422 for a non-integer `traceDepth`/`traceK`, 401/403 for a
      secret mismatch, 503 while its model loads). `layer` and `index` are read with
      `parseInt`, so `3.7` is taken as 3; `traceDepth` and `traceK` are passed through as
      given.

    Args:
        model_id (str):
        layer (int):
        index (int):
        trace_depth (int | Unset):  Default: 1.
        trace_k (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | ConnectedNeurons | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            model_id=model_id,
            layer=layer,
            index=index,
            trace_depth=trace_depth,
            trace_k=trace_k,
        )
    ).parsed
