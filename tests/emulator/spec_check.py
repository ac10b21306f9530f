"""Validate emulator responses against the project's OpenAPI spec (openapi/neuronpedia.yaml)."""

from __future__ import annotations

import threading

import httpx

from tests.support import spec as S

VIOLATIONS: list[str] = []
CHECKED: list[str] = []
_lock = threading.Lock()


def check(response: httpx.Response) -> str | None:
    """The spec violation of ``response`` (and its request), or None; also recorded in VIOLATIONS."""
    request = response.request
    path = request.url.path
    if not path.startswith("/api/") or response.status_code == 308:
        return None
    op = S.find_operation(request.method, path)
    label = f"{request.method} {path} -> {response.status_code}"
    if op is None:
        problem = f"{label}: no operation in the spec"
    else:
        response.read()
        try:
            S.openapi().validate_response(
                S.openapi_request(request.method, str(request.url), request.headers, request.content),
                S.openapi_response(response.status_code, response.headers, response.content),
            )
            problem = None
        except Exception as exc:
            problem = f"{label}: {S.explain(exc)}"
    with _lock:
        CHECKED.append(label)
        if problem:
            VIOLATIONS.append(problem)
    return problem
