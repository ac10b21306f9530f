"""Request-side contract at run time: every request neuronpedia_ext sends in the test suite
is validated against openapi/neuronpedia.yaml before it goes out.

The client fixtures build their clients on :class:`ValidatingTransport`; each violation is
recorded in :data:`VIOLATIONS`, and the session fails if any was recorded (see conftest.py).
"""

from __future__ import annotations

import threading
from typing import Any
from urllib.parse import parse_qsl

import httpx

from tests.support import spec as S

VIOLATIONS: list[str] = []
CHECKED: list[str] = []
_lock = threading.Lock()


def validate(request: httpx.Request) -> None:
    from openapi_core.testing import MockRequest

    if not request.url.path.startswith("/api/"):
        return  # not the Neuronpedia API (e.g. the graph upload's PUT to a signed storage URL)

    content = request.content if request.content else None
    mock = MockRequest(
        "http://localhost:3000",  # a server of the spec: only the path decides the operation
        request.method.lower(),
        request.url.path,
        args=dict(parse_qsl(request.url.query.decode())),
        headers={k.lower(): v for k, v in request.headers.items()},
        data=content,
        content_type=request.headers.get("content-type", "application/json"),
    )
    op = S.find_operation(request.method, request.url.path)
    label = op.operation_id if op else f"{request.method} {request.url.path}"
    try:
        S.openapi().validate_request(mock)
    except Exception as exc:
        # A missing key is the server's to refuse (tests of 401 send none on purpose).
        if "SecurityValidationError" in type(exc).__name__ or "SecurityNotFound" in S.explain(exc):
            pass
        else:
            with _lock:
                VIOLATIONS.append(f"{label}: {S.explain(exc)}")
    with _lock:
        CHECKED.append(label)


class ValidatingTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport | None = None) -> None:
        self._inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        validate(request)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class AsyncValidatingTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self._inner = inner or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        validate(request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def summary() -> dict[str, Any]:
    return {
        "requests_validated": len(CHECKED),
        "operations": len(set(CHECKED)),
        "violations": len(VIOLATIONS),
    }
