"""Request-side contract at run time: every request neuronpedia_ext sends in the test suite
is validated against the strict view of openapi/neuronpedia.yaml (unknown keys refused, see
:func:`tests.support.spec.strict_spec`) before it goes out.

The client fixtures build their clients on :class:`ValidatingTransport`; each violation is
recorded in :data:`VIOLATIONS`, and the session fails if any was recorded (see conftest.py).
"""

from __future__ import annotations

import threading
from typing import Any

import httpx

from neuronpedia_ext._deadline import deadline_transport
from tests.support import spec as S

VIOLATIONS: list[str] = []
CHECKED: list[str] = []
_lock = threading.Lock()


def validate(request: httpx.Request) -> None:
    if not request.url.path.startswith("/api/"):
        return  # not the Neuronpedia API (e.g. the graph upload's PUT to a signed storage URL)
    op = S.find_operation(request.method, request.url.path)
    label = op.operation_id if op else f"{request.method} {request.url.path}"
    try:
        S.strict_openapi().validate_request(
            S.openapi_request(request.method, str(request.url), request.headers, request.content)
        )
    except Exception as exc:
        if not S.is_missing_key(exc):  # tests of 401 send no key on purpose
            with _lock:
                VIOLATIONS.append(f"{label}: {S.explain(exc)}")
    with _lock:
        CHECKED.append(label)


class ValidatingTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport | None = None) -> None:
        # the client's own kind of pool, whose reads honour the call's deadline
        self._inner = inner or deadline_transport()

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
