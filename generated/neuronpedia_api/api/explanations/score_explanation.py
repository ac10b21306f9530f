from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.error import Error
from ...models.message_error import MessageError
from ...models.rate_limit_error import RateLimitError
from ...models.score_explanation_request import ScoreExplanationRequest
from ...models.score_explanation_response import ScoreExplanationResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ScoreExplanationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/explanation/score",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | Error | MessageError | RateLimitError | ScoreExplanationResponse | None:
    if response.status_code == 200:
        response_200 = ScoreExplanationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> Error | MessageError:
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

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BareError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = MessageError.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = Error.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BareError | Error | MessageError | RateLimitError | ScoreExplanationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ScoreExplanationRequest,
) -> Response[BareError | Error | MessageError | RateLimitError | ScoreExplanationResponse]:
    """Score an explanation with an auto-interp scorer

     Scores an existing explanation with the scorer `scorerType` (and, for the non-NLA
    scorers, the LLM `scorerModel`), saves the `ExplanationScore` row (initiator = caller)
    and returns it.

    - Auth: key required.
    - Rate limit: the `/api/explanation/score` bucket (120 requests per hour per IP, exact
      match, shared with the score delete; no such bucket on the higher tier), plus the
      global buckets.
    - Needs: `recall_alt` and the `eleuther_*` scorers use the **caller's OpenRouter key
      stored in their account** (required where the scorer type demands it) and, for
      `eleuther_*`, the autointerp server; the `nla_*` scorers need an NLA server for the
      feature's model and layer, HuggingFace access to the SAE weights and the server's
      `OPENAI_API_KEY`.
    - `scorerModel` is optional in the schema but needed by every non-`nla_*` scorer: without
      it the model lookup fails with the generic 500. `eleuther_embedding` saves the score
      under the model name `stella_en_400m_v5` whatever `scorerModel` says.
    - Errors: 400 `{message}` (a JSON body of `null`/`false`/`0`/`""`, unknown scorer type
      or model, a score with the same type and model already exists, OpenRouter key needed,
      all recall requests failed); 400
      `{error, message}` (schema validation, or a feature without both activating and
      non-activating texts for `eleuther_*`); 404 `{message}` for an unknown
      `explanationId`; 502 `{error, message}` when the autointerp server fails; any other
      failure (NLA server errors, database errors, a malformed JSON body) answers the generic
      500 `{error, message}`.

    Args:
        body (ScoreExplanationRequest): Body of `scoreExplanation` (yup schema of the handler).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | Error | MessageError | MessageError | RateLimitError | ScoreExplanationResponse]
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
    body: ScoreExplanationRequest,
) -> BareError | Error | MessageError | RateLimitError | ScoreExplanationResponse | None:
    """Score an explanation with an auto-interp scorer

     Scores an existing explanation with the scorer `scorerType` (and, for the non-NLA
    scorers, the LLM `scorerModel`), saves the `ExplanationScore` row (initiator = caller)
    and returns it.

    - Auth: key required.
    - Rate limit: the `/api/explanation/score` bucket (120 requests per hour per IP, exact
      match, shared with the score delete; no such bucket on the higher tier), plus the
      global buckets.
    - Needs: `recall_alt` and the `eleuther_*` scorers use the **caller's OpenRouter key
      stored in their account** (required where the scorer type demands it) and, for
      `eleuther_*`, the autointerp server; the `nla_*` scorers need an NLA server for the
      feature's model and layer, HuggingFace access to the SAE weights and the server's
      `OPENAI_API_KEY`.
    - `scorerModel` is optional in the schema but needed by every non-`nla_*` scorer: without
      it the model lookup fails with the generic 500. `eleuther_embedding` saves the score
      under the model name `stella_en_400m_v5` whatever `scorerModel` says.
    - Errors: 400 `{message}` (a JSON body of `null`/`false`/`0`/`""`, unknown scorer type
      or model, a score with the same type and model already exists, OpenRouter key needed,
      all recall requests failed); 400
      `{error, message}` (schema validation, or a feature without both activating and
      non-activating texts for `eleuther_*`); 404 `{message}` for an unknown
      `explanationId`; 502 `{error, message}` when the autointerp server fails; any other
      failure (NLA server errors, database errors, a malformed JSON body) answers the generic
      500 `{error, message}`.

    Args:
        body (ScoreExplanationRequest): Body of `scoreExplanation` (yup schema of the handler).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | Error | MessageError | MessageError | RateLimitError | ScoreExplanationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScoreExplanationRequest,
) -> Response[BareError | Error | MessageError | RateLimitError | ScoreExplanationResponse]:
    """Score an explanation with an auto-interp scorer

     Scores an existing explanation with the scorer `scorerType` (and, for the non-NLA
    scorers, the LLM `scorerModel`), saves the `ExplanationScore` row (initiator = caller)
    and returns it.

    - Auth: key required.
    - Rate limit: the `/api/explanation/score` bucket (120 requests per hour per IP, exact
      match, shared with the score delete; no such bucket on the higher tier), plus the
      global buckets.
    - Needs: `recall_alt` and the `eleuther_*` scorers use the **caller's OpenRouter key
      stored in their account** (required where the scorer type demands it) and, for
      `eleuther_*`, the autointerp server; the `nla_*` scorers need an NLA server for the
      feature's model and layer, HuggingFace access to the SAE weights and the server's
      `OPENAI_API_KEY`.
    - `scorerModel` is optional in the schema but needed by every non-`nla_*` scorer: without
      it the model lookup fails with the generic 500. `eleuther_embedding` saves the score
      under the model name `stella_en_400m_v5` whatever `scorerModel` says.
    - Errors: 400 `{message}` (a JSON body of `null`/`false`/`0`/`""`, unknown scorer type
      or model, a score with the same type and model already exists, OpenRouter key needed,
      all recall requests failed); 400
      `{error, message}` (schema validation, or a feature without both activating and
      non-activating texts for `eleuther_*`); 404 `{message}` for an unknown
      `explanationId`; 502 `{error, message}` when the autointerp server fails; any other
      failure (NLA server errors, database errors, a malformed JSON body) answers the generic
      500 `{error, message}`.

    Args:
        body (ScoreExplanationRequest): Body of `scoreExplanation` (yup schema of the handler).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | Error | Error | MessageError | MessageError | RateLimitError | ScoreExplanationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScoreExplanationRequest,
) -> BareError | Error | MessageError | RateLimitError | ScoreExplanationResponse | None:
    """Score an explanation with an auto-interp scorer

     Scores an existing explanation with the scorer `scorerType` (and, for the non-NLA
    scorers, the LLM `scorerModel`), saves the `ExplanationScore` row (initiator = caller)
    and returns it.

    - Auth: key required.
    - Rate limit: the `/api/explanation/score` bucket (120 requests per hour per IP, exact
      match, shared with the score delete; no such bucket on the higher tier), plus the
      global buckets.
    - Needs: `recall_alt` and the `eleuther_*` scorers use the **caller's OpenRouter key
      stored in their account** (required where the scorer type demands it) and, for
      `eleuther_*`, the autointerp server; the `nla_*` scorers need an NLA server for the
      feature's model and layer, HuggingFace access to the SAE weights and the server's
      `OPENAI_API_KEY`.
    - `scorerModel` is optional in the schema but needed by every non-`nla_*` scorer: without
      it the model lookup fails with the generic 500. `eleuther_embedding` saves the score
      under the model name `stella_en_400m_v5` whatever `scorerModel` says.
    - Errors: 400 `{message}` (a JSON body of `null`/`false`/`0`/`""`, unknown scorer type
      or model, a score with the same type and model already exists, OpenRouter key needed,
      all recall requests failed); 400
      `{error, message}` (schema validation, or a feature without both activating and
      non-activating texts for `eleuther_*`); 404 `{message}` for an unknown
      `explanationId`; 502 `{error, message}` when the autointerp server fails; any other
      failure (NLA server errors, database errors, a malformed JSON body) answers the generic
      500 `{error, message}`.

    Args:
        body (ScoreExplanationRequest): Body of `scoreExplanation` (yup schema of the handler).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | Error | Error | MessageError | MessageError | RateLimitError | ScoreExplanationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
