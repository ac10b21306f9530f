from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bare_error import BareError
from ...models.create_source_set_request import CreateSourceSetRequest
from ...models.error import Error
from ...models.path_error import PathError
from ...models.rate_limit_error import RateLimitError
from ...models.source_set_with_sources import SourceSetWithSources
from ...types import Response


def _get_kwargs(
    *,
    body: CreateSourceSetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/source-set/new",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BareError | PathError | Error | RateLimitError | SourceSetWithSources | None:
    if response.status_code == 200:
        response_200 = SourceSetWithSources.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> BareError | PathError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = PathError.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = BareError.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = BareError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = RateLimitError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BareError | PathError | Error | RateLimitError | SourceSetWithSources]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSourceSetRequest,
) -> Response[BareError | PathError | Error | RateLimitError | SourceSetWithSources]:
    """Create a custom source set

     Creates a source set owned by the caller on an existing model, plus one source per model layer with
    ids `0-<name>` ... `<layers-1>-<name>`. Everything created is `UNLISTED`, with `type: "Custom"`,
    `creatorName` = the caller's name, `description` defaulting to `name`, and `urls: [url]` (`[""]`
    when
    no url is sent). Not annotated upstream; used by the official client's `SourceSetRequest.new`.

    - Auth: API key required (401 without a valid one).
    - Rate limit: bucket `/api/source-set/new`, 10 requests per 60 minutes per client IP (prefix match,
    so
      it also counts `/api/source-set/new-admin`), on top of the global buckets.
    - External services: none (database only).
    - The response is the new set re-read without the caller's identity, so its `sources` list is
      **always empty** (the new UNLISTED sources are only visible to their creator); fetch the set with
      `getSourceSet` and an API key to see them.
    - There is no check that the caller owns the model: any PUBLIC or UNLISTED model will do. A PRIVATE
      model, even the caller's own, gives 400 `{error: "Model not found"}`.
    - A name already used by a PUBLIC or UNLISTED set of the model gives 400; a name used by a PRIVATE
    set
      is only detected at insert time and gives the generic 500.
    - yup validation: only the first failing rule is reported, as 400 `{error, path}`.
    - A malformed JSON body gives the generic 500, not 400.

    Args:
        body (CreateSourceSetRequest): The body of `createSourceSet` (validated with yup; extra
            keys are ignored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | PathError | Error | RateLimitError | SourceSetWithSources]
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
    body: CreateSourceSetRequest,
) -> BareError | PathError | Error | RateLimitError | SourceSetWithSources | None:
    """Create a custom source set

     Creates a source set owned by the caller on an existing model, plus one source per model layer with
    ids `0-<name>` ... `<layers-1>-<name>`. Everything created is `UNLISTED`, with `type: "Custom"`,
    `creatorName` = the caller's name, `description` defaulting to `name`, and `urls: [url]` (`[""]`
    when
    no url is sent). Not annotated upstream; used by the official client's `SourceSetRequest.new`.

    - Auth: API key required (401 without a valid one).
    - Rate limit: bucket `/api/source-set/new`, 10 requests per 60 minutes per client IP (prefix match,
    so
      it also counts `/api/source-set/new-admin`), on top of the global buckets.
    - External services: none (database only).
    - The response is the new set re-read without the caller's identity, so its `sources` list is
      **always empty** (the new UNLISTED sources are only visible to their creator); fetch the set with
      `getSourceSet` and an API key to see them.
    - There is no check that the caller owns the model: any PUBLIC or UNLISTED model will do. A PRIVATE
      model, even the caller's own, gives 400 `{error: "Model not found"}`.
    - A name already used by a PUBLIC or UNLISTED set of the model gives 400; a name used by a PRIVATE
    set
      is only detected at insert time and gives the generic 500.
    - yup validation: only the first failing rule is reported, as 400 `{error, path}`.
    - A malformed JSON body gives the generic 500, not 400.

    Args:
        body (CreateSourceSetRequest): The body of `createSourceSet` (validated with yup; extra
            keys are ignored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | PathError | Error | RateLimitError | SourceSetWithSources
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSourceSetRequest,
) -> Response[BareError | PathError | Error | RateLimitError | SourceSetWithSources]:
    """Create a custom source set

     Creates a source set owned by the caller on an existing model, plus one source per model layer with
    ids `0-<name>` ... `<layers-1>-<name>`. Everything created is `UNLISTED`, with `type: "Custom"`,
    `creatorName` = the caller's name, `description` defaulting to `name`, and `urls: [url]` (`[""]`
    when
    no url is sent). Not annotated upstream; used by the official client's `SourceSetRequest.new`.

    - Auth: API key required (401 without a valid one).
    - Rate limit: bucket `/api/source-set/new`, 10 requests per 60 minutes per client IP (prefix match,
    so
      it also counts `/api/source-set/new-admin`), on top of the global buckets.
    - External services: none (database only).
    - The response is the new set re-read without the caller's identity, so its `sources` list is
      **always empty** (the new UNLISTED sources are only visible to their creator); fetch the set with
      `getSourceSet` and an API key to see them.
    - There is no check that the caller owns the model: any PUBLIC or UNLISTED model will do. A PRIVATE
      model, even the caller's own, gives 400 `{error: "Model not found"}`.
    - A name already used by a PUBLIC or UNLISTED set of the model gives 400; a name used by a PRIVATE
    set
      is only detected at insert time and gives the generic 500.
    - yup validation: only the first failing rule is reported, as 400 `{error, path}`.
    - A malformed JSON body gives the generic 500, not 400.

    Args:
        body (CreateSourceSetRequest): The body of `createSourceSet` (validated with yup; extra
            keys are ignored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BareError | BareError | PathError | Error | RateLimitError | SourceSetWithSources]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateSourceSetRequest,
) -> BareError | PathError | Error | RateLimitError | SourceSetWithSources | None:
    """Create a custom source set

     Creates a source set owned by the caller on an existing model, plus one source per model layer with
    ids `0-<name>` ... `<layers-1>-<name>`. Everything created is `UNLISTED`, with `type: "Custom"`,
    `creatorName` = the caller's name, `description` defaulting to `name`, and `urls: [url]` (`[""]`
    when
    no url is sent). Not annotated upstream; used by the official client's `SourceSetRequest.new`.

    - Auth: API key required (401 without a valid one).
    - Rate limit: bucket `/api/source-set/new`, 10 requests per 60 minutes per client IP (prefix match,
    so
      it also counts `/api/source-set/new-admin`), on top of the global buckets.
    - External services: none (database only).
    - The response is the new set re-read without the caller's identity, so its `sources` list is
      **always empty** (the new UNLISTED sources are only visible to their creator); fetch the set with
      `getSourceSet` and an API key to see them.
    - There is no check that the caller owns the model: any PUBLIC or UNLISTED model will do. A PRIVATE
      model, even the caller's own, gives 400 `{error: "Model not found"}`.
    - A name already used by a PUBLIC or UNLISTED set of the model gives 400; a name used by a PRIVATE
    set
      is only detected at insert time and gives the generic 500.
    - yup validation: only the first failing rule is reported, as 400 `{error, path}`.
    - A malformed JSON body gives the generic 500, not 400.

    Args:
        body (CreateSourceSetRequest): The body of `createSourceSet` (validated with yup; extra
            keys are ignored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BareError | BareError | PathError | Error | RateLimitError | SourceSetWithSources
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
