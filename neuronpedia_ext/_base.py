"""Transport core shared by Neuronpedia and AsyncNeuronpedia.

A call is described once, as a :class:`Call`: the generated operation module
(``neuronpedia_api.api.<tag>.<operation>``), the arguments of that operation, whether it only
reads (and so may be retried freely), and how to turn the generated model into a public one.
The client then

1. refuses before sending when the operation requires a key and none is configured (the spec
   says so; ``_operations.py`` is generated from it, together with which operations only read);
2. builds the request with the generated ``_get_kwargs`` (URL, query, JSON body: the spec's
   wire format, never re-implemented here);
3. sends it on the client's one pooled httpx client, retrying per :class:`RetryPolicy`;
4. maps 4xx/5xx answers to typed errors, and parses 2xx answers with the generated
   ``_parse_response``, so every answer is checked against the spec's shape;
5. converts the generated model into a public model (no generated class or UNSET leaks).

``_get_kwargs``/``_parse_response`` are module-private in the generated code but stable for the
pinned generator (``make check-generated`` guards it); using them, rather than
``sync_detailed``, is what gives per-call timeouts, retries, streaming and raw responses over
one connection pool. httpx is imported here and in the client modules only.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import json
import logging
import os
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from types import ModuleType
from typing import Any, Generic, TypeVar

import attrs
import httpx

from ._errors import (
    APIConnectionError,
    APIKeyMissingError,
    APIResponseValidationError,
    APITimeoutError,
    status_error,
)
from ._operations import OPERATIONS, OperationInfo
from ._retry import RetryPolicy
from ._version import __version__

logger = logging.getLogger("neuronpedia_ext")

DEFAULT_BASE_URL = "https://www.neuronpedia.org"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2

T = TypeVar("T")
TimeoutTypes = float | httpx.Timeout | None


@attrs.frozen
class Call(Generic[T]):
    """One API call: the generated operation, its arguments, and the public conversion."""

    operation: ModuleType
    args: Mapping[str, Any]
    convert: Callable[[Any, httpx.Response], T]

    @property
    def name(self) -> str:
        return self.operation.__name__.rsplit(".", 1)[-1]

    @property
    def info(self) -> OperationInfo:
        return OPERATIONS[self.name]

    @property
    def idempotent(self) -> bool:
        return self.info.idempotent


@attrs.frozen
class APIResponse(Generic[T]):
    """A raw answer: status, headers and body, with the public model it parsed to."""

    status_code: int
    headers: httpx.Headers
    content: bytes
    parsed: T

    def json(self) -> Any:
        return json.loads(self.content)

    @property
    def limit_remaining(self) -> int | None:
        """The ``x-limit-remaining`` header: requests left in the rate-limit bucket, if sent."""
        value = self.headers.get("x-limit-remaining")
        return int(value) if value is not None and value.lstrip("-").isdigit() else None


_raw_mode: contextvars.ContextVar[bool] = contextvars.ContextVar("neuronpedia_ext_raw", default=False)


class _Secret:
    """Holds the API key; its repr never shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: str | None) -> None:
        self._value = value or None

    def get(self) -> str | None:
        return self._value

    def __repr__(self) -> str:
        return "<set>" if self._value else "<none>"

    def __bool__(self) -> bool:
        return self._value is not None


def resolve_api_key(api_key: str | None) -> str | None:
    """Argument > process default (set_api_key/api_key()) > NEURONPEDIA_API_KEY."""
    if api_key:
        return api_key
    from ._keys import get_default_api_key

    return get_default_api_key() or os.environ.get("NEURONPEDIA_API_KEY") or None


def resolve_base_url(base_url: str | None) -> str:
    """Argument > NEURONPEDIA_BASE_URL > https://www.neuronpedia.org (an /api suffix is dropped)."""
    url = (base_url or os.environ.get("NEURONPEDIA_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
    return url[: -len("/api")] if url.endswith("/api") else url


class BaseClient:
    """Configuration and the request/answer steps that do not depend on sync or async."""

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: TimeoutTypes,
        max_retries: int,
        retry_policy: RetryPolicy | None,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        from neuronpedia_api import AuthenticatedClient

        self._api_key = _Secret(resolve_api_key(api_key))
        self.base_url = resolve_base_url(base_url)
        self.timeout: httpx.Timeout = (
            timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout, connect=10.0)
        )
        policy = retry_policy or RetryPolicy()
        self.retry_policy = policy.with_max_retries(max_retries) if retry_policy is None else policy
        self._default_headers = dict(default_headers or {})
        # Only its raise_on_unexpected_status flag is read by the generated parsers.
        self._parser_client = AuthenticatedClient(base_url=self.base_url, token="", raise_on_unexpected_status=True)

    @property
    def api_key_configured(self) -> bool:
        return bool(self._api_key)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key={self._api_key!r})"

    def _headers(self) -> dict[str, str]:
        headers = {"user-agent": f"neuronpedia-ext/{__version__}", "accept": "application/json"}
        headers.update(self._default_headers)
        key = self._api_key.get()
        if key:
            headers["x-api-key"] = key
        return headers

    def _request_kwargs(self, call: Call[Any], timeout: TimeoutTypes | object) -> dict[str, Any]:
        if call.info.auth == "required" and not self._api_key:
            raise APIKeyMissingError(call.name)
        kwargs: dict[str, Any] = call.operation._get_kwargs(**call.args)
        headers = self._headers()
        headers.update(kwargs.pop("headers", {}) or {})
        url = self.base_url + kwargs.pop("url")
        method = kwargs.pop("method").upper()
        if timeout is not _UNSET:
            kwargs["timeout"] = timeout
        return {"method": method, "url": url, "headers": headers, **kwargs}

    def _policy(self, max_retries: int | None) -> RetryPolicy:
        return self.retry_policy if max_retries is None else self.retry_policy.with_max_retries(max_retries)

    def _finish(self, call: Call[T], response: httpx.Response) -> T | APIResponse[T]:
        try:
            _decode_once(response)
            parsed = call.operation._parse_response(client=self._parser_client, response=response)
            result = call.convert(parsed, response)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise APIResponseValidationError.from_response(response, f"{type(exc).__name__}: {exc}") from exc
        except Exception as exc:
            from neuronpedia_api.errors import UnexpectedStatus

            if isinstance(exc, UnexpectedStatus):
                raise APIResponseValidationError.from_response(response, "status not in the spec") from exc
            raise
        if _raw_mode.get():
            return APIResponse(response.status_code, response.headers, response.content, result)
        return result

    @staticmethod
    def _log_retry(request: httpx.Request, attempt: int, delay: float, why: str) -> None:
        logger.debug("retrying %s %s in %.2fs (retry %d): %s", request.method, request.url, delay, attempt, why)


_UNSET: Any = object()


@contextlib.contextmanager
def _not_raw() -> Iterator[None]:
    """Plain (not raw) answers inside the block: for calls made of several requests."""
    token = _raw_mode.set(False)
    try:
        yield
    finally:
        _raw_mode.reset(token)


def _keeps_key(url: httpx.URL, origin: httpx.URL) -> bool:
    """Whether a request to ``url`` may carry the key of a client of ``origin``: the same origin,
    or the same host upgraded from http to https (httpx's rule for ``Authorization``)."""
    if url.host != origin.host:
        return False
    if url.scheme == origin.scheme:
        return url.port == origin.port
    return origin.scheme == "http" and origin.port in (80, None) and url.scheme == "https" and url.port in (443, None)


def _key_guard(base_url: str) -> Callable[[httpx.Request], None]:
    """An httpx request hook that drops the key from a redirect that leaves the API's origin.

    httpx strips only ``Authorization`` when it follows a redirect to another origin; the key
    travels in ``x-api-key``, which it would forward to whatever host the redirect names.
    """
    origin = httpx.URL(base_url)

    def guard(request: httpx.Request) -> None:
        if "x-api-key" in request.headers and not _keeps_key(request.url, origin):
            del request.headers["x-api-key"]

    return guard


def _decode_once(response: httpx.Response) -> None:
    """Decode a JSON body once, for both the generated parser and the converter (which may keep it)."""
    if not response.headers.get("content-type", "").startswith("application/json") or not response.content:
        return
    body = json.loads(response.content)
    response.json = lambda **_: body  # type: ignore[method-assign]


def _connection_error(request: httpx.Request, exc: httpx.TransportError) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(request.method, str(request.url), exc)


class SyncTransport(BaseClient):
    """Sends calls on one pooled ``httpx.Client`` (thread-safe)."""

    def __init__(
        self,
        *,
        http_client: httpx.Client | None,
        transport: httpx.BaseTransport | None,
        **config: Any,
    ) -> None:
        super().__init__(**config)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(
            timeout=self.timeout,
            transport=transport,
            follow_redirects=True,
            event_hooks={"request": [_key_guard(self.base_url)]},
        )
        self._lock = threading.Lock()

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def run(self, call: Call[T], *, timeout: TimeoutTypes | object = _UNSET, max_retries: int | None = None) -> T:
        response = self._send(call, timeout=timeout, max_retries=max_retries, stream=False)
        return self._finish(call, response)  # type: ignore[return-value]

    @contextlib.contextmanager
    def stream(
        self, call: Call[Any], *, timeout: TimeoutTypes | object = _UNSET, max_retries: int | None = None
    ) -> Iterator[httpx.Response]:
        """Yield the open streaming response (the body not yet read); closes it afterwards."""
        response = self._send(call, timeout=timeout, max_retries=max_retries, stream=True)
        try:
            yield response
        except httpx.TransportError as exc:  # the connection failed while the body was read
            raise _connection_error(response.request, exc) from exc
        finally:
            response.close()

    def _send(
        self, call: Call[Any], *, timeout: TimeoutTypes | object, max_retries: int | None, stream: bool
    ) -> httpx.Response:
        policy = self._policy(max_retries)
        request = self._http.build_request(**self._request_kwargs(call, timeout))
        retry = 0
        while True:
            try:
                response = self._http.send(request, stream=stream)
            except httpx.TransportError as exc:
                if retry < policy.max_retries and policy.retry_exception(exc, idempotent=call.idempotent):
                    delay = policy.delay(retry)
                    self._log_retry(request, retry + 1, delay, f"{type(exc).__name__}: {exc}")
                    time.sleep(delay)
                    retry += 1
                    continue
                raise _connection_error(request, exc) from exc
            if response.status_code < 400:
                return response
            try:
                response.read()
            except httpx.TransportError as exc:
                raise _connection_error(request, exc) from exc
            finally:
                response.close()
            if retry < policy.max_retries and policy.retry_status(response.status_code, idempotent=call.idempotent):
                delay = policy.delay(retry, response)
                self._log_retry(request, retry + 1, delay, f"status {response.status_code}")
                time.sleep(delay)
                retry += 1
                continue
            raise status_error(response)


class AsyncTransport(BaseClient):
    """Sends calls on one pooled ``httpx.AsyncClient``."""

    def __init__(
        self,
        *,
        http_client: httpx.AsyncClient | None,
        transport: httpx.AsyncBaseTransport | None,
        **config: Any,
    ) -> None:
        super().__init__(**config)
        self._owns_http = http_client is None
        guard = _key_guard(self.base_url)

        async def async_guard(request: httpx.Request) -> None:
            guard(request)

        self._http = http_client or httpx.AsyncClient(
            timeout=self.timeout,
            transport=transport,
            follow_redirects=True,
            event_hooks={"request": [async_guard]},
        )

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def run(self, call: Call[T], *, timeout: TimeoutTypes | object = _UNSET, max_retries: int | None = None) -> T:
        response = await self._send(call, timeout=timeout, max_retries=max_retries, stream=False)
        return self._finish(call, response)  # type: ignore[return-value]

    @contextlib.asynccontextmanager
    async def stream(
        self, call: Call[Any], *, timeout: TimeoutTypes | object = _UNSET, max_retries: int | None = None
    ) -> AsyncIterator[httpx.Response]:
        """Yield the open streaming response (the body not yet read); closes it afterwards."""
        response = await self._send(call, timeout=timeout, max_retries=max_retries, stream=True)
        try:
            yield response
        except httpx.TransportError as exc:  # the connection failed while the body was read
            raise _connection_error(response.request, exc) from exc
        finally:
            await response.aclose()

    async def _send(
        self, call: Call[Any], *, timeout: TimeoutTypes | object, max_retries: int | None, stream: bool
    ) -> httpx.Response:
        policy = self._policy(max_retries)
        request = self._http.build_request(**self._request_kwargs(call, timeout))
        retry = 0
        while True:
            try:
                response = await self._http.send(request, stream=stream)
            except httpx.TransportError as exc:
                if retry < policy.max_retries and policy.retry_exception(exc, idempotent=call.idempotent):
                    delay = policy.delay(retry)
                    self._log_retry(request, retry + 1, delay, f"{type(exc).__name__}: {exc}")
                    await asyncio.sleep(delay)
                    retry += 1
                    continue
                raise _connection_error(request, exc) from exc
            if response.status_code < 400:
                return response
            try:
                await response.aread()
            except httpx.TransportError as exc:
                raise _connection_error(request, exc) from exc
            finally:
                await response.aclose()
            if retry < policy.max_retries and policy.retry_status(response.status_code, idempotent=call.idempotent):
                delay = policy.delay(retry, response)
                self._log_retry(request, retry + 1, delay, f"status {response.status_code}")
                await asyncio.sleep(delay)
                retry += 1
                continue
            raise status_error(response)
