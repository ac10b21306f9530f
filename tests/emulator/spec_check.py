"""Validate emulator responses against the strict view of the project's OpenAPI spec (openapi/neuronpedia.yaml):
an answer with a key the spec does not declare is a violation (tests.support.spec.strict_spec)."""

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
    every_path = S.every_path_defect(request.method)
    if op is None and every_path is not None:
        ctype = response.headers.get("content-type", "").split(";")[0]
        want = str(every_path["content-type"]).split(";")[0]
        ok = response.status_code == every_path["status"] and ctype == want
        problem = None if ok else f"{label}: x-upstream-defects says {every_path['status']} {want}, got {ctype}"
    elif op is None and S.path_is_specified(path) and response.status_code == 405 and not response.content:
        problem = None  # a method the path does not have: 405, empty body (HTTP's answer; upstream's too)
    elif op is None:
        problem = f"{label}: no operation in the spec"
    else:
        response.read()
        try:
            S.strict_openapi().validate_response(
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
