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
    """Base class of every error raised by neuronpedia_ext."""


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
    JSON, else the text), ``server_message`` (the ``message`` or ``error`` field) and
    ``headers``.
    """

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        body: Any,
        headers: Mapping[str, str],
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.url = url
        self.body = body
        self.headers = dict(headers)
        self.server_message = _server_message(body)
        self.hint: str | None = None
        detail = self.server_message or _snippet(body)
        super().__init__(f"{method} {url} -> {status_code}" + (f": {detail}" if detail else ""))


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
        remaining = body.get("remainingRequests", self.headers.get("x-limit-remaining"))
        self.remaining: int | None = int(remaining) if remaining is not None else None
        self.retry_after: float | None = parse_retry_after(self.headers)


class InternalServerError(APIStatusError):
    """5xx: the server (or a service behind it) failed."""


class APIConnectionError(NeuronpediaError):
    """The request got no usable answer (connection refused or dropped, bad body)."""

    def __init__(self, method: str, url: str, cause: BaseException) -> None:
        super().__init__(f"{method} {url}: {type(cause).__name__}: {cause}")
        self.method = method
        self.url = url


class APITimeoutError(APIConnectionError):
    """The request timed out."""


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


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


def status_error(response: httpx.Response, hint: str | None = None) -> APIStatusError:
    """The typed error for a 4xx/5xx answer. A non-JSON body (an HTML error page) is kept as text.

    ``hint`` (what most likely caused a 5xx of this operation) is appended to a 5xx's text and
    kept as ``error.hint``.
    """
    try:
        body: Any = json.loads(response.content) if response.content else None
    except ValueError:
        body = response.text
    status = response.status_code
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    error = cls(
        status_code=status,
        method=response.request.method,
        url=str(response.request.url),
        body=body,
        headers=response.headers,
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
