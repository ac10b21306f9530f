from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.generate_explanation_request import GenerateExplanationRequest
from ...models.generate_explanation_response import GenerateExplanationResponse
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...types import Response


def _get_kwargs(
    *,
    body: GenerateExplanationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/explanation/generate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | MessageError | GenerateExplanationResponse | RateLimitError | None:
    if response.status_code == 200:
        response_200 = GenerateExplanationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MessageError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BareError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> Error | MessageError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_explanation_error_or_message_type_0 = Error.from_dict(data)

                return componentsschemas_explanation_error_or_message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_explanation_error_or_message_type_1 = MessageError.from_dict(data)

            return componentsschemas_explanation_error_or_message_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BareError | Error | MessageError | GenerateExplanationResponse | RateLimitError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GenerateExplanationRequest,
) -> Response[BareError | Error | MessageError | GenerateExplanationResponse | RateLimitError]:
    """Generate an auto-interp explanation for a feature

     Runs an auto-interp explainer (`explanationType`) with an LLM (`explanationModelName`) over
    the feature's stored activations (top 10; top 20 for `eleuther_acts_top20`), saves the new
    explanation (author = caller), embeds it for search, and returns the saved row.

    - Auth: key required.
    - Rate limit: only the global buckets.
    - Needs the **caller's own LLM key stored in their Neuronpedia account** (OpenAI, Anthropic
      or Google depending on the explainer model, falling back to OpenRouter;
      `eleuther_acts_top20` always needs OpenRouter), plus the server's `OPENAI_API_KEY` for
      the embedding. The call is synchronous and can take tens of seconds.
    - 400 `{message}` for: a JSON body of `null`/`false`/`0`/`""` ("Invalid JSON body"), a
      validation error, an explanation type not in the database or
      not handled, an unknown explainer model, an explanation with the same type and model
      already on the feature, no usable key (`No auto-interp key found for user.` /
      `This autointerp type requires an OpenRouter key.`), no stored activations, or
      (`np_max-act*` types) no feature row.
    - Odd upstream behaviour: there is no model/source visibility check. `useOpenRouter` is
      accepted but never read. Every other failure, including LLM errors, answers
      500 `{"message": "Unknown Error"}`; a malformed JSON body answers the generic 500.

    Args:
        body (GenerateExplanationRequest): Body of `generateExplanation` (yup schema of the
            handler).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | MessageError | GenerateExplanationResponse | MessageError | RateLimitError]
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
    body: GenerateExplanationRequest,
) -> BareError | Error | MessageError | GenerateExplanationResponse | RateLimitError | None:
    """Generate an auto-interp explanation for a feature

     Runs an auto-interp explainer (`explanationType`) with an LLM (`explanationModelName`) over
    the feature's stored activations (top 10; top 20 for `eleuther_acts_top20`), saves the new
    explanation (author = caller), embeds it for search, and returns the saved row.

    - Auth: key required.
    - Rate limit: only the global buckets.
    - Needs the **caller's own LLM key stored in their Neuronpedia account** (OpenAI, Anthropic
      or Google depending on the explainer model, falling back to OpenRouter;
      `eleuther_acts_top20` always needs OpenRouter), plus the server's `OPENAI_API_KEY` for
      the embedding. The call is synchronous and can take tens of seconds.
    - 400 `{message}` for: a JSON body of `null`/`false`/`0`/`""` ("Invalid JSON body"), a
      validation error, an explanation type not in the database or
      not handled, an unknown explainer model, an explanation with the same type and model
      already on the feature, no usable key (`No auto-interp key found for user.` /
      `This autointerp type requires an OpenRouter key.`), no stored activations, or
      (`np_max-act*` types) no feature row.
    - Odd upstream behaviour: there is no model/source visibility check. `useOpenRouter` is
      accepted but never read. Every other failure, including LLM errors, answers
      500 `{"message": "Unknown Error"}`; a malformed JSON body answers the generic 500.

    Args:
        body (GenerateExplanationRequest): Body of `generateExplanation` (yup schema of the
            handler).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | MessageError | GenerateExplanationResponse | MessageError | RateLimitError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GenerateExplanationRequest,
) -> Response[BareError | Error | MessageError | GenerateExplanationResponse | RateLimitError]:
    """Generate an auto-interp explanation for a feature

     Runs an auto-interp explainer (`explanationType`) with an LLM (`explanationModelName`) over
    the feature's stored activations (top 10; top 20 for `eleuther_acts_top20`), saves the new
    explanation (author = caller), embeds it for search, and returns the saved row.

    - Auth: key required.
    - Rate limit: only the global buckets.
    - Needs the **caller's own LLM key stored in their Neuronpedia account** (OpenAI, Anthropic
      or Google depending on the explainer model, falling back to OpenRouter;
      `eleuther_acts_top20` always needs OpenRouter), plus the server's `OPENAI_API_KEY` for
      the embedding. The call is synchronous and can take tens of seconds.
    - 400 `{message}` for: a JSON body of `null`/`false`/`0`/`""` ("Invalid JSON body"), a
      validation error, an explanation type not in the database or
      not handled, an unknown explainer model, an explanation with the same type and model
      already on the feature, no usable key (`No auto-interp key found for user.` /
      `This autointerp type requires an OpenRouter key.`), no stored activations, or
      (`np_max-act*` types) no feature row.
    - Odd upstream behaviour: there is no model/source visibility check. `useOpenRouter` is
      accepted but never read. Every other failure, including LLM errors, answers
      500 `{"message": "Unknown Error"}`; a malformed JSON body answers the generic 500.

    Args:
        body (GenerateExplanationRequest): Body of `generateExplanation` (yup schema of the
            handler).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | MessageError | GenerateExplanationResponse | MessageError | RateLimitError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GenerateExplanationRequest,
) -> BareError | Error | MessageError | GenerateExplanationResponse | RateLimitError | None:
    """Generate an auto-interp explanation for a feature

     Runs an auto-interp explainer (`explanationType`) with an LLM (`explanationModelName`) over
    the feature's stored activations (top 10; top 20 for `eleuther_acts_top20`), saves the new
    explanation (author = caller), embeds it for search, and returns the saved row.

    - Auth: key required.
    - Rate limit: only the global buckets.
    - Needs the **caller's own LLM key stored in their Neuronpedia account** (OpenAI, Anthropic
      or Google depending on the explainer model, falling back to OpenRouter;
      `eleuther_acts_top20` always needs OpenRouter), plus the server's `OPENAI_API_KEY` for
      the embedding. The call is synchronous and can take tens of seconds.
    - 400 `{message}` for: a JSON body of `null`/`false`/`0`/`""` ("Invalid JSON body"), a
      validation error, an explanation type not in the database or
      not handled, an unknown explainer model, an explanation with the same type and model
      already on the feature, no usable key (`No auto-interp key found for user.` /
      `This autointerp type requires an OpenRouter key.`), no stored activations, or
      (`np_max-act*` types) no feature row.
    - Odd upstream behaviour: there is no model/source visibility check. `useOpenRouter` is
      accepted but never read. Every other failure, including LLM errors, answers
      500 `{"message": "Unknown Error"}`; a malformed JSON body answers the generic 500.

    Args:
        body (GenerateExplanationRequest): Body of `generateExplanation` (yup schema of the
            handler).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | MessageError | GenerateExplanationResponse | MessageError | RateLimitError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
