"""Validate emulator responses against the project's OpenAPI spec (openapi/neuronpedia.yaml)."""

from __future__ import annotations

import threading
from urllib.parse import parse_qsl

import httpx

from tests.support import spec as S

VIOLATIONS: list[str] = []
CHECKED: list[str] = []
_lock = threading.Lock()


def check(response: httpx.Response) -> str | None:
    """The spec violation of ``response`` (and its request), or None; also recorded in VIOLATIONS."""
    from openapi_core.testing import MockRequest, MockResponse

    request = response.request
    path = request.url.path
    if not path.startswith("/api/") or response.status_code == 308:
        return None
    op = S.find_operation(request.method, path)
    label = f"{request.method} {path} -> {response.status_code}"
    if op is None:
        problem = f"{label}: no operation in the spec"
    else:
        mock_req = MockRequest(
            "http://localhost:3000",  # a server the spec lists; the emulator runs on a free port
            request.method.lower(),
            path,
            args=dict(parse_qsl(request.url.query.decode())),
            headers={k.lower(): v for k, v in request.headers.items()},
            data=request.content or None,
            content_type=request.headers.get("content-type", "application/json"),
        )
        response.read()
        mock_resp = MockResponse(
            response.content,
            status_code=response.status_code,
            headers={k.lower(): v for k, v in response.headers.items()},
            content_type=response.headers.get("content-type", "application/json").split(";")[0],
        )
        try:
            S.openapi().validate_response(mock_req, mock_resp)
            problem = None
        except Exception as exc:
            problem = f"{label}: {S.explain(exc)}"
    with _lock:
        CHECKED.append(label)
        if problem:
            VIOLATIONS.append(problem)
    return problem
