"""The exception hierarchy, and the one function that maps an HTTP answer to it.

    NeuronpediaError
    ├── InvalidRequestError        bad input, raised before anything is sent (also a ValueError)
    ├── APIKeyMissingError         the call needs a key and none is configured
    ├── APIStatusError             the server answered with a 4xx/5xx status
    │   ├── BadRequestError            400
    │   ├── AuthenticationError        401
    │   ├── PermissionDeniedError      403
    │   ├── NotFoundError              404
    │   ├── RateLimitError             429 (limit, window, endpoint, remaining, retry_after)
    │   └── InternalServerError        5xx
    ├── APIConnectionError         the request did not get an answer
    │   └── APITimeoutError
    └── APIResponseValidationError the answer does not match the spec (keeps the raw body)

No exception text, attribute or repr ever contains the API key: requests are described by
method and URL only, and the key travels in a header that is never copied here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIKeyMissingError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "InternalServerError",
    "InvalidRequestError",
    "NeuronpediaError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
]


class NeuronpediaError(Exception):
    """Base class of every error raised by neuronpedia_ext.

    Every error pickles and copies with all its attributes (so it crosses a
    ``ProcessPoolExecutor`` boundary): the instance is rebuilt from its message and
    attribute dict, never by calling ``__init__`` again.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, self.__dict__))


class InvalidRequestError(NeuronpediaError, ValueError):
    """The arguments cannot make a valid request; nothing was sent."""


class APIKeyMissingError(NeuronpediaError):
    """The operation requires an API key and none was configured; nothing was sent."""

    def __init__(self, operation: str) -> None:
        super().__init__(
            f"{operation} requires a Neuronpedia API key. Pass api_key=... to Neuronpedia(...), "
            "set the NEURONPEDIA_API_KEY environment variable, or use set_api_key()/api_key(). "
            "Your key is under Settings on neuronpedia.org."
        )
        self.operation = operation


class APIStatusError(NeuronpediaError):
    """The server answered with an error status.

    Attributes: ``status_code``, ``method``, ``url``, ``body`` (parsed JSON when the body is
    JSON, else the text), ``server_message`` (the ``message`` or ``error`` field),
    ``headers``, ``request_sent`` (always True: the server answered) and
    ``may_have_applied``: True for a 5xx answer to a write, whose handler may have run
    before it failed (the text then says so).
    """

    request_sent = True

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        body: Any,
        headers: Mapping[str, str],
        write: bool = False,
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.url = url
        self.body = body
        self.headers = dict(headers)
        self.server_message = _server_message(body)
        self.hint: str | None = None
        self.may_have_applied = write and status_code >= 500
        detail = self.server_message or _snippet(body)
        text = f"{method} {url} -> {status_code}" + (f": {detail}" if detail else "")
        if self.may_have_applied:
            text += " (the write may have been applied: the server failed after receiving it)"
        super().__init__(text)


class BadRequestError(APIStatusError):
    """400: the server rejected the input."""


class AuthenticationError(APIStatusError):
    """401: no valid API key for an operation that requires one."""


class PermissionDeniedError(APIStatusError):
    """403: the key is valid but may not do this (e.g. not the owner)."""


class NotFoundError(APIStatusError):
    """404: the model, source, feature, list or graph does not exist or is not visible."""


class RateLimitError(APIStatusError):
    """429: a rate-limit bucket refused the request.

    ``limit`` and ``window`` describe the bucket (``endpoint``); ``retry_after`` is the
    server's Retry-After in seconds when it sent one (upstream Neuronpedia does not).
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        body = self.body if isinstance(self.body, dict) else {}
        self.endpoint: str | None = body.get("endpoint")
        self.limit: int | None = body.get("limitPerWindow")
        self.window: str | None = body.get("requestWindow")
        self.remaining: int | None = _int_or_none(body.get("remainingRequests", self.headers.get("x-limit-remaining")))
        self.retry_after: float | None = parse_retry_after(self.headers)

    @property
    def before_handler(self) -> bool:
        """Whether upstream's rate limiter refused the request before any handler ran.

        Upstream (``apps/webapp/middleware.ts`` in the Neuronpedia monorepo) checks every
        ``/api`` request against its sliding-window buckets in the Next.js middleware and
        answers 429 with ``endpoint``, ``limitPerWindow``, ``requestWindow`` and
        ``remainingRequests`` without calling the route. A 429 with that body therefore applied
        nothing, and retrying it is safe even for a write. A few handlers answer 429 of their
        own (a busy inference backend, a per-user cap); those bodies lack the keys.
        """
        return isinstance(self.body, dict) and "endpoint" in self.body and "limitPerWindow" in self.body


class InternalServerError(APIStatusError):
    """5xx: the server (or a service behind it) failed."""


class APIConnectionError(NeuronpediaError):
    """The request got no usable answer (connection refused or dropped, bad or cut body).

    ``request_sent`` is False only when the request provably never left this machine (the
    connection could not be opened, or no connection was free in the pool); otherwise the
    server may have received it. For a write (``write``), ``may_have_applied`` is then True
    and the text says "the write may have been applied": look the object up (or use the
    ``reconcile=True`` option where a call has one) before trying again. ``attempts`` and
    ``elapsed`` (seconds) describe the whole call, retries included.
    """

    def __init__(
        self,
        method: str,
        url: str,
        cause: BaseException | str,
        *,
        request_sent: bool = True,
        write: bool = False,
        attempts: int = 1,
        elapsed: float | None = None,
        deadline: float | None = None,
    ) -> None:
        self.method = method
        self.url = url
        self.request_sent = request_sent
        self.write = write
        self.may_have_applied = write and request_sent
        self.attempts = attempts
        self.elapsed = elapsed
        self.deadline = deadline
        reason = f"{type(cause).__name__}: {cause}" if isinstance(cause, BaseException) else cause
        super().__init__(f"{method} {url}: {reason} ({self._outcome()}{self._effort()})")

    def _outcome(self) -> str:
        if not self.request_sent:
            return "the request was never sent"
        if self.write:
            return "the request was sent; the write may have been applied"
        return "the request was sent"

    def _effort(self) -> str:
        text = f"; {self.attempts} attempt{'s' if self.attempts != 1 else ''}"
        if self.elapsed is not None:
            text += f" in {self.elapsed:.2f} s"
        if self.deadline is not None:
            text += f", deadline {self.deadline:g} s"
        return text


class APITimeoutError(APIConnectionError):
    """The call timed out: one network operation took longer than its timeout, or the whole
    call (attempts, waits between them and the body) ran past its ``deadline``.
    ``attempts``, ``elapsed`` and ``deadline`` say how far it got."""


class APIResponseValidationError(NeuronpediaError):
    """The answer does not match the spec; ``body`` keeps what the server sent."""

    def __init__(self, *, method: str, url: str, status_code: int, body: bytes, reason: str) -> None:
        super().__init__(f"{method} {url} -> {status_code}: unexpected response ({reason})")
        self.method = method
        self.url = url
        self.status_code = status_code
        self.body = body
        self.reason = reason

    @classmethod
    def from_response(
        cls, response: httpx.Response, reason: str, body: bytes | None = None
    ) -> APIResponseValidationError:
        """The error for ``response``; ``body`` defaults to its content (pass a stream frame instead)."""
        return cls(
            method=response.request.method,
            url=str(response.request.url),
            status_code=response.status_code,
            body=response.content if body is None else body,
            reason=reason,
        )


def _rebuild(cls: type[NeuronpediaError], args: tuple[Any, ...], state: dict[str, Any]) -> NeuronpediaError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, hint: str | None = None, *, write: bool = False) -> APIStatusError:
    """The typed error for a 4xx/5xx answer. A non-JSON body (an HTML error page) is kept as text.

    ``hint`` (what most likely caused a 5xx of this operation) is appended to a 5xx's text and
    kept as ``error.hint``. ``write``: the call was a write (a 5xx then says it may have been applied).
    """
    try:
        body: Any = json.loads(response.content) if response.content else None
    except (ValueError, RecursionError):
        body = response.text
    status = response.status_code
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    error = cls(
        status_code=status,
        method=response.request.method,
        url=str(response.request.url),
        body=body,
        headers=response.headers,
        write=write,
    )
    if hint and status >= 500:
        error.hint = hint
        error.args = (f"{error.args[0]} ({hint})", *error.args[1:])
    return error


def parse_retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds from ``retry-after-ms`` or ``retry-after`` (seconds or an HTTP date), if any."""
    lowered = {k.lower(): v for k, v in headers.items()}
    if (ms := lowered.get("retry-after-ms")) is not None:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = lowered.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from datetime import datetime
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _int_or_none(value: Any) -> int | None:
    """An integer from a header or body field, or None when it is missing or not a number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit() and len(value) < 20:
        return int(value)
    return None


def _server_message(body: Any) -> str | None:
    if isinstance(body, dict):
        for key in ("message", "error"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
    return None


def _snippet(body: Any, limit: int = 200) -> str:
    if body is None:
        return ""
    text = body if isinstance(body, str) else json.dumps(body)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "..."
