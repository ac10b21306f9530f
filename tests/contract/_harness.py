"""The schemathesis side of the contract suite: target, safety rules, checks and counts.

One module knows:
- which server is under test: the emulator started by the fixture (default), or any server named by
  ``NEURONPEDIA_CONTRACT_URL`` (key: ``NEURONPEDIA_API_KEY``);
- which operations may be sent there: against a server named by URL, only read-only ones
  (GETs, and POSTs marked ``x-idempotent: true`` in the spec) unless
  ``NEURONPEDIA_CONTRACT_ALLOW_WRITES=1``, with a small example budget;
- the checks: ``response_schema_conformance`` (schemathesis', plus stream frames against
  ``x-frame-schemas``), ``status_code_conformance`` and ``content_type_conformance``,
  plus :func:`not_a_server_error` and :func:`invalid_request_rejected`,
  which accept a server error only when the spec lists it as a documented upstream defect
  (``x-known-server-errors`` on the operation, resolved through the root ``x-upstream-defects``), and a 2xx
  for a request the spec rejects only on operations marked ``x-lenient-validation`` (with the reason);
- the counts for the closing drift report (cases per operation and phase, failures).
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from tests.support import spec as S

ENV_URL = "NEURONPEDIA_CONTRACT_URL"
ENV_KEY = "NEURONPEDIA_API_KEY"
ENV_WRITES = "NEURONPEDIA_CONTRACT_ALLOW_WRITES"
ENV_EXAMPLES = "NEURONPEDIA_CONTRACT_MAX_EXAMPLES"

#: Examples per operation in the fuzzing phase (the examples and coverage phases are bounded by the spec).
EMULATOR_MAX_EXAMPLES = 25
#: Against a server named by URL: few examples, and a pause between requests.
REMOTE_MAX_EXAMPLES = 3
REMOTE_MIN_INTERVAL_S = 0.25
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


# --- the target ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Target:
    base_url: str
    api_key: str | None
    kind: str  # "emulator" or "url"
    allow_writes: bool
    admin_token: str | None = None  # the emulator's admin API token (x-emulator-token)

    @property
    def loopback(self) -> bool:
        return (urlsplit(self.base_url).hostname or "") in LOOPBACK

    @property
    def max_examples(self) -> int:
        if os.environ.get(ENV_EXAMPLES):
            return int(os.environ[ENV_EXAMPLES])
        return EMULATOR_MAX_EXAMPLES if self.kind == "emulator" else REMOTE_MAX_EXAMPLES

    def headers(self) -> dict[str, str]:
        return {"x-api-key": self.api_key} if self.api_key else {}


def url_target() -> Target | None:
    """The server named by NEURONPEDIA_CONTRACT_URL, or None (then the emulator is the target)."""
    url = os.environ.get(ENV_URL, "").strip().rstrip("/")
    if not url:
        return None
    return Target(url, os.environ.get(ENV_KEY) or None, "url", os.environ.get(ENV_WRITES) == "1")


def is_read_only(op: S.Operation) -> bool:
    return op.method == "get" or op.definition.get("x-idempotent") is True


def selected_operations(target_is_url: bool, allow_writes: bool) -> list[S.Operation]:
    if not target_is_url or allow_writes:
        return list(S.operations())
    return [op for op in S.operations() if is_read_only(op)]


# --- documented upstream defects ---------------------------------------------------------------
@dataclass(frozen=True)
class KnownServerError:
    """One documented upstream defect: a 5xx the real server gives, so the emulator gives it too."""

    name: str
    status: int
    when: str  # "invalid-request": only for requests the spec rejects; "any": also for valid ones
    body: Mapping[str, Any] | None  # the response JSON must contain these items (None: any body)
    reason: str

    def matches(self, status: int, body: Any, request_valid: bool) -> bool:
        if status != self.status:
            return False
        if self.when == "invalid-request" and request_valid:
            return False
        if self.body is None:
            return True
        return isinstance(body, dict) and all(body.get(k) == v for k, v in self.body.items())


def _defect(name: str, data: Mapping[str, Any]) -> KnownServerError:
    when = data.get("when", "invalid-request")
    assert when in ("invalid-request", "any"), f"{name}: when must be invalid-request or any"
    reason = str(data.get("reason", "")).strip()
    assert reason, f"{name}: a known server error needs a reason"
    return KnownServerError(name, int(data["status"]), when, data.get("body"), reason)


def known_server_errors(operation_id: str) -> list[KnownServerError]:
    """The documented 5xx answers of one operation (``x-known-server-errors``), resolved."""
    shared = S.spec().get("x-upstream-defects", {})
    op = next(o for o in S.operations() if o.operation_id == operation_id)
    out = []
    for i, entry in enumerate(op.definition.get("x-known-server-errors", [])):
        if isinstance(entry, str):
            assert entry in shared, f"{operation_id}: x-known-server-errors names unknown defect {entry!r}"
            out.append(_defect(entry, shared[entry]))
        else:
            out.append(_defect(f"{operation_id}[{i}]", entry))
    return out


# --- request validity, as the spec sees it -----------------------------------------------------
def request_is_valid(method: str, url: str, headers: Mapping[str, str], body: bytes | None) -> bool:
    """Whether openapi-core accepts the request as sent (a missing key does not count)."""
    try:
        S.openapi().validate_request(S.openapi_request(method, url, headers, body))
    except Exception as exc:
        try:
            return S.is_missing_key(exc)
        except Exception:  # an undecodable body cannot even be described
            return False
    return True


def _sent(response: Any) -> tuple[str, str, dict[str, str], bytes | None]:
    req = response.request
    body = req.body
    if isinstance(body, str):
        body = body.encode()
    return str(req.method), str(req.url), dict(req.headers), body


def _json(response: Any) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None


# --- checks ------------------------------------------------------------------------------------
def not_a_server_error(ctx: Any, response: Any, case: Any) -> bool | None:
    """schemathesis' not_a_server_error, except for 5xx answers the spec lists as upstream defects."""
    from schemathesis.core.failures import ServerError

    if response.status_code < 500:
        return None
    method, url, headers, body = _sent(response)
    every_path = S.every_path_defect(method)
    if every_path is not None and response.status_code == every_path["status"]:
        STATS.note_known(case.operation.label, f"x-upstream-defects {method}")  # e.g. TRACE: 500 HTML on every path
        return None
    valid = request_is_valid(method, url, headers, body)
    for known in known_server_errors(case.operation.definition.raw["operationId"]):
        if known.matches(response.status_code, _json(response), valid):
            STATS.note_known(case.operation.label, known.name)
            return None
    raise ServerError(operation=case.operation.label, status_code=response.status_code)


def invalid_request_rejected(ctx: Any, response: Any, case: Any) -> bool | None:
    """A request the spec rejects gets a 4xx (a documented 5xx is left to :func:`not_a_server_error`)."""
    from schemathesis.core.failures import Failure

    meta = case.meta
    if meta is None or not meta.generation.mode.is_negative:
        return None
    if 400 <= response.status_code < 600:
        return None
    method, url, headers, body = _sent(response)
    if request_is_valid(method, url, headers, body):
        return None  # the negation did not survive serialization: the request sent is valid
    lenient = case.operation.definition.raw.get("x-lenient-validation")
    if lenient:
        assert str(lenient.get("reason", "")).strip(), f"{case.operation.label}: x-lenient-validation needs a reason"
        STATS.note_known(case.operation.label, "x-lenient-validation")
        return None
    raise Failure(
        operation=case.operation.label,
        title="Invalid request accepted",
        message=f"the spec rejects this request, the server answered {response.status_code}",
    )


STREAM_TYPES = ("text/event-stream", "application/x-ndjson")


def _frame_validator(operation_id: str, status: int, ctype: str) -> Any:
    import jsonschema

    op = next(o for o in S.operations() if o.operation_id == operation_id)
    responses = op.definition["responses"]
    media = (responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or responses["default"])["content"][
        ctype
    ]
    root = {"anyOf": [{"$ref": ref} for ref in media["x-frame-schemas"]], "components": S.spec()["components"]}
    return jsonschema.Draft202012Validator(root)


def _echoes_invalid_request(response: Any, case: Any) -> bool:
    """A lenient operation served a request the spec rejects; its 2xx may echo the invalid input back
    (searchExplanationsAll answers ``request: <the body>``), so its body cannot follow the schema."""
    if not case.operation.definition.raw.get("x-lenient-validation") or not 200 <= response.status_code < 300:
        return False
    if case.meta is None or not case.meta.generation.mode.is_negative:
        return False
    method, url, headers, body = _sent(response)
    return not request_is_valid(method, url, headers, body)


def response_schema_conformance(ctx: Any, response: Any, case: Any) -> bool | None:
    """schemathesis' check for JSON answers; for streams, every frame against the media type's ``x-frame-schemas``.

    The spec declares a stream as ``type: string`` (the whole body) and names its frames' schemas in
    ``x-frame-schemas``; schemathesis would validate each SSE event against ``type: string`` instead.
    """
    from schemathesis.core.failures import Failure
    from schemathesis.specs.openapi.checks import response_schema_conformance as builtin

    ctype = response.headers.get("content-type", [""])
    ctype = (ctype[0] if isinstance(ctype, list) else ctype).split(";")[0].strip()
    if _echoes_invalid_request(response, case):
        return None
    if ctype not in STREAM_TYPES:
        return builtin(ctx, response, case)
    validator = _frame_validator(case.operation.definition.raw["operationId"], response.status_code, ctype)
    text = response.content.decode()
    if ctype == "text/event-stream":
        frames = [line[len("data:") :].strip() for line in text.splitlines() if line.startswith("data:")]
    else:
        frames = [line for line in text.splitlines() if line.strip()]
    for i, raw in enumerate(frames):
        if raw == "[DONE]":
            continue
        errors = list(validator.iter_errors(json.loads(raw)))
        if errors:
            raise Failure(
                operation=case.operation.label,
                title="Stream frame violates schema",
                message=f"frame #{i} fits none of x-frame-schemas: {errors[0].message[:300]}",
            )
    return None


def checks() -> list[Any]:
    from schemathesis.specs.openapi.checks import (
        content_type_conformance,
        status_code_conformance,
    )

    return [
        response_schema_conformance,
        status_code_conformance,
        content_type_conformance,
        not_a_server_error,
        invalid_request_rejected,
    ]


# --- counts ------------------------------------------------------------------------------------
@dataclass
class Stats:
    cases: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (operation, phase, mode)
    failures: Counter[str] = field(default_factory=Counter)  # operation
    known: Counter[tuple[str, str]] = field(default_factory=Counter)  # (operation, defect)
    messages: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def note_case(self, label: str, phase: str, mode: str) -> None:
        with self._lock:
            self.cases[(label, phase, mode)] += 1

    def note_failure(self, label: str, message: str) -> None:
        with self._lock:
            self.failures[label] += 1
            if len(self.messages) < 5000:
                self.messages.append(f"{label}: {message}")

    def note_known(self, label: str, name: str) -> None:
        with self._lock:
            self.known[(label, name)] += 1

    def operations(self) -> set[str]:
        return {label for label, _, _ in self.cases}

    def by_phase(self) -> dict[str, int]:
        out: Counter[str] = Counter()
        for (_, phase, mode), n in self.cases.items():
            out[f"{phase}/{mode}"] += n
        return dict(sorted(out.items()))


STATS = Stats()

_last_call = 0.0
_pace_lock = threading.Lock()


def pace(target: Target) -> None:
    """Against a non-loopback server, at most one request every REMOTE_MIN_INTERVAL_S."""
    global _last_call
    if target.loopback:
        return
    with _pace_lock:
        wait = _last_call + REMOTE_MIN_INTERVAL_S - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        _last_call = time.monotonic()


def run_case(case: Any, target: Target, session: Any = None) -> Any:
    """Send one generated case to the target, count it, and validate the answer."""
    meta = case.meta
    phase = meta.phase.name.value if meta is not None else "links"
    mode = meta.generation.mode.value if meta is not None else "positive"
    STATS.note_case(case.operation.label, phase, mode)
    pace(target)
    response = case.call(base_url=target.base_url, headers=target.headers(), session=session, timeout=30)
    try:
        case.validate_response(response, checks=checks(), headers=target.headers())
    except (AssertionError, BaseExceptionGroup) as exc:
        STATS.note_failure(case.operation.label, describe_failure(exc, response))
        if os.environ.get("NEURONPEDIA_CONTRACT_COLLECT") != "1":
            raise
    return response


def describe_failure(exc: BaseException, response: Any) -> str:
    """One line: the failed checks, the request sent and the answer."""
    failures = getattr(exc, "exceptions", None) or [exc]
    titles = ", ".join(sorted({getattr(f, "title", type(f).__name__) for f in failures}))
    method, url, _, body = _sent(response)
    sent = (body or b"").decode(errors="replace")[:200]
    got = response.content[:200].decode(errors="replace")
    return f"{titles}: {method} {urlsplit(url).path}?{urlsplit(url).query} {sent} -> {response.status_code} {got}"
