"""The schemathesis side of the contract suite: target, safety rules, checks and counts.

One module knows:
- which server is under test: the emulator started by the fixture (default), or any server named by
  ``NEURONPEDIA_CONTRACT_URL`` (key: ``NEURONPEDIA_API_KEY``);
- which operations may be sent there: against a server named by URL, only read-only ones
  (GETs, and POSTs marked ``x-idempotent: true`` in the spec) unless
  ``NEURONPEDIA_CONTRACT_ALLOW_WRITES=1``, with a small example budget;
- the checks: ``response_schema_conformance`` (schemathesis', plus stream frames against
  ``x-frame-schemas``), ``status_code_conformance`` and ``content_type_conformance``,
  plus :func:`not_a_server_error` and :func:`invalid_request_rejected`, which decide field by field
  (:func:`request_issues` names every reason the spec rejects a sent request: field, keyword, JSON type):
  a server error passes only when an ``x-known-server-errors`` entry of the operation (resolved through the
  root ``x-upstream-defects``) explains this case (its ``fields``; every entry has a ``trigger``, replayed in
  test_known_server_errors.py), and a 2xx to a request the spec rejects only when every issue lies in an
  ``x-lenient-validation.fields`` entry (a field upstream skips or casts), never for the whole operation;
- the counts for the closing drift report (cases per operation and phase, failures).
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

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
    """One documented upstream defect: a 5xx the real server gives, so the emulator gives it too.

    ``trigger`` is a request that provokes it (``{body: <JSON>}`` or ``{raw: "<bytes>"}``, with optional
    ``query`` / ``path`` values, and ``setup``: requests sent first, ``{operationId, body}``, whose answers'
    ``id`` the trigger names as ``$setup[N].id``); ``fields`` the fields whose value provokes it
    (``{path, keywords}``, paths as in ``x-lenient-validation``). A 5xx is waived only for a case that
    matches: with ``when: invalid-request``, the case is invalid in one of those fields (with a listed
    keyword); with ``when: any``, the case carries one of those fields (a row, model or source that
    does not exist cannot be told from the request alone).
    """

    name: str
    status: int
    when: str  # "invalid-request": only for requests the spec rejects; "any": also for valid ones
    body: Mapping[str, Any] | None  # the response JSON must contain these items (None: any body)
    reason: str
    trigger: Mapping[str, Any]
    fields: tuple[Mapping[str, Any], ...]
    emulated: bool = True  # False: the emulator does not reproduce it (said in the reason)

    def _field_matches(self, entry: Mapping[str, Any], issue: Issue) -> bool:
        where = str(entry["path"])
        if not (issue.where == where or (entry.get("nested") and issue.where.startswith(where))):
            return False
        keywords = entry.get("keywords")
        return not keywords or keywords == "any" or issue.keyword in keywords

    def matches_case(self, issues: list[Issue], present: set[str]) -> bool:
        """Whether a case with these spec issues (and these fields present) is one this defect explains."""
        if self.when == "invalid-request":
            return any(self._field_matches(f, i) for f in self.fields for i in issues)
        return any(str(f["path"]) in present for f in self.fields) or any(
            self._field_matches(f, i) for f in self.fields for i in issues
        )

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
    trigger = data.get("trigger")
    assert isinstance(trigger, Mapping) and ("body" in trigger or "raw" in trigger or "query" in trigger), (
        f"{name}: a known server error needs a trigger (a request that provokes it)"
    )
    fields = tuple(data.get("fields") or ())
    assert fields, f"{name}: a known server error names the fields whose value provokes it"
    emulated = data.get("emulated", True) is not False
    return KnownServerError(name, int(data["status"]), when, data.get("body"), reason, trigger, fields, emulated)


def known_server_errors(operation_id: str) -> list[KnownServerError]:
    """The documented 5xx answers of one operation (``x-known-server-errors``), resolved.

    An entry is an inline defect, the name of a root ``x-upstream-defects`` entry, or ``{defect: <name>,
    ...}``: the root entry with this operation's ``trigger`` and ``fields`` (and any other key) laid over it.
    """
    shared = S.spec().get("x-upstream-defects", {})
    op = next(o for o in S.operations() if o.operation_id == operation_id)
    out = []
    for i, entry in enumerate(op.definition.get("x-known-server-errors", [])):
        if isinstance(entry, str):
            entry = {"defect": entry}
        if "defect" in entry:
            assert entry["defect"] in shared, f"{operation_id}: x-known-server-errors names unknown defect {entry!r}"
            data = {**shared[entry["defect"]], **{k: v for k, v in entry.items() if k != "defect"}}
            out.append(_defect(f"{operation_id}:{entry['defect']}", data))
        else:
            out.append(_defect(f"{operation_id}[{i}]", entry))
    return out


def present_fields(url: str, body: bytes | None) -> set[str]:
    """The top-level fields a request carries, named as ``fields`` name them (``modelId``, ``query:layer``)."""
    out = {f"query:{k}" for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)}
    try:
        value = json.loads(body) if body else None
    except ValueError:
        value = None
    if isinstance(value, dict):
        out |= set(value)
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


@dataclass(frozen=True)
class Issue:
    """One reason the spec rejects a request: where (as ``x-lenient-validation`` names fields), which
    JSON-Schema keyword failed, and the JSON type of the value there (None: the value is absent)."""

    where: str  # "features[].strength", "this" (the body itself), "query:offset", "path:index"
    keyword: str  # type, maximum, required, enum, ...; "unreadable" for a body that is not JSON
    value_type: str | None

    def __str__(self) -> str:
        return f"{self.where} ({self.keyword}{', ' + self.value_type if self.value_type else ''})"


_TYPE_KEYWORDS = ("type",)


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _pattern(parts: Any) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += "[]"
        else:
            out += ("." if out else "") + str(part)
    return out or "this"


def _validator(schema: Any) -> Any:
    from openapi_schema_validator import OAS31Validator, oas31_format_checker

    root = {**schema, "components": S.spec()["components"]} if isinstance(schema, dict) else schema
    return OAS31Validator(root, format_checker=oas31_format_checker)


def _leaf_errors(error: Any) -> list[Any]:
    """anyOf/oneOf: the errors of the branch that went deepest (jsonschema's best_match), else the error."""
    from jsonschema.exceptions import best_match

    if error.validator in ("anyOf", "oneOf") and error.context:
        best = best_match(error.context)
        if best is not None and len(best.absolute_path) > len(error.absolute_path):
            return _leaf_errors(best)
    return [error]


def _schema_issues(value: Any, schema: Any, prefix: str = "") -> list[Issue]:
    out = []
    for error in _validator(schema).iter_errors(value):
        for leaf in _leaf_errors(error):
            where = _pattern(leaf.absolute_path)
            if prefix:
                where = prefix
            if leaf.validator == "required":
                present = leaf.instance if isinstance(leaf.instance, dict) else {}
                for name in leaf.validator_value:
                    if name not in present:
                        field = name if where == "this" else f"{where}.{name}"
                        out.append(Issue(prefix or field, "required", None))
                continue
            out.append(Issue(where, str(leaf.validator), json_type(leaf.instance)))
    return out


def _cast_parameter(raw: str, schema: Mapping[str, Any]) -> Any:
    types = schema.get("type")
    types = [types] if isinstance(types, str) else list(types or [])
    for t in types:
        try:
            if t == "integer":
                return int(raw)
            if t == "number":
                return float(raw)
        except ValueError:
            continue
        if t == "boolean" and raw in ("true", "false"):
            return raw == "true"
    return raw


def request_issues(op: S.Operation, url: str, headers: Mapping[str, str], body: bytes | None) -> list[Issue]:
    """Every reason the spec rejects this request, field by field (parameters, then the body)."""
    import re

    from tests.support.spec import resolve

    out: list[Issue] = []
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    template = "".join(
        f"(?P<p{i}>[^/]+)" if part.startswith("{") else re.escape(part)
        for i, part in enumerate(re.split(r"(\{[^}]+\})", op.path))
    )
    names = {f"p{i}": part[1:-1] for i, part in enumerate(re.split(r"(\{[^}]+\})", op.path)) if part.startswith("{")}
    match = re.match(f"^{template}$", parts.path)
    path_values = {names[k]: unquote(v) for k, v in (match.groupdict() if match else {}).items()}
    for param in op.definition.get("parameters", []):
        param = resolve(param)
        where = f"{param['in']}:{param['name']}"
        values = query if param["in"] == "query" else path_values if param["in"] == "path" else {}
        if param["in"] not in ("query", "path"):
            continue
        if param["name"] not in values:
            if param.get("required"):
                out.append(Issue(where, "required", None))
            continue
        schema = param.get("schema") or {}
        out.extend(_schema_issues(_cast_parameter(values[param["name"]], schema), schema, where))
    request_body = resolve(op.definition.get("requestBody") or {})
    media = (request_body.get("content") or {}).get("application/json")
    sent_type = {k.lower(): v for k, v in headers.items()}.get("content-type", "").split(";")[0].strip()
    if media is not None and body and sent_type and sent_type not in (request_body.get("content") or {}):
        out.append(Issue("header:content-type", "mediaType", sent_type))
    if media is not None:
        if not body:
            if request_body.get("required"):
                out.append(Issue("this", "required", None))
        else:
            try:
                value = json.loads(body)
            except ValueError:
                out.append(Issue("this", "unreadable", None))
            else:
                out.extend(_schema_issues(value, media.get("schema") or {}))
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class LenientField:
    """One ``x-lenient-validation.fields`` entry: a field where upstream serves what the spec refuses."""

    where: str
    accepts: str | frozenset[str]  # "any", or JSON types and JSON-Schema keywords
    reason: str

    def covers(self, issue: Issue) -> bool:
        if issue.where != self.where:
            return False
        if self.accepts == "any":
            return True
        assert isinstance(self.accepts, frozenset)
        if issue.keyword in self.accepts:
            return True
        return issue.keyword in _TYPE_KEYWORDS and issue.value_type in self.accepts


def lenient_fields(operation: Mapping[str, Any]) -> list[LenientField]:
    """The fields of an operation where upstream serves requests the spec rejects (``x-lenient-validation``)."""
    lenient = operation.get("x-lenient-validation") or {}
    out = []
    for entry in lenient.get("fields", []) or []:
        accepts = entry["accepts"]
        assert accepts == "any" or isinstance(accepts, list), f"{entry}: accepts is 'any' or a list"
        reason = str(entry.get("reason") or lenient.get("reason") or "").strip()
        assert reason, f"{operation.get('operationId')} {entry['path']}: a lenient field needs a reason"
        out.append(LenientField(entry["path"], "any" if accepts == "any" else frozenset(accepts), reason))
    return out


def uncovered_issues(operation: Mapping[str, Any], issues: list[Issue]) -> list[Issue]:
    fields = lenient_fields(operation)
    return [i for i in issues if not any(f.covers(i) for f in fields)]


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
    op = _operation(case)
    issues = [] if valid else request_issues(op, url, headers, body)
    present = present_fields(url, body) | {
        f"path:{p['name']}" for p in map(S.resolve, op.definition.get("parameters", [])) if p["in"] == "path"
    }
    for known in known_server_errors(op.operation_id):
        if known.matches(response.status_code, _json(response), valid) and known.matches_case(issues, present):
            STATS.note_known(case.operation.label, known.name)
            return None
    if os.environ.get("NEURONPEDIA_CONTRACT_COLLECT") == "1":
        STATS.note_unexplained(op.operation_id, response.status_code, _json(response), issues)
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
    op = _operation(case)
    issues = request_issues(op, url, headers, body)
    uncovered = uncovered_issues(op.definition, issues)
    if issues and not uncovered:
        STATS.note_known(case.operation.label, "x-lenient-validation")
        return None
    detail = ", ".join(map(str, uncovered)) if issues else "no field could be named"
    if os.environ.get("NEURONPEDIA_CONTRACT_COLLECT") == "1":
        STATS.note_uncovered(op.operation_id, uncovered)
    raise Failure(
        operation=case.operation.label,
        title="Invalid request accepted",
        message=f"the spec rejects this request ({detail}; not in x-lenient-validation.fields), "
        f"the server answered {response.status_code}",
    )


def _operation(case: Any) -> S.Operation:
    operation_id = case.operation.definition.raw["operationId"]
    return next(o for o in S.operations() if o.operation_id == operation_id)


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
    if request_is_valid(method, url, headers, body):
        return False
    issues = request_issues(_operation(case), url, headers, body)
    return bool(issues) and not uncovered_issues(case.operation.definition.raw, issues)


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
    unexplained: dict[str, Counter[tuple[str, str]]] = field(default_factory=lambda: defaultdict(Counter))
    uncovered: dict[str, Counter[tuple[str, str, str]]] = field(default_factory=lambda: defaultdict(Counter))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def note_case(self, label: str, phase: str, mode: str) -> None:
        with self._lock:
            self.cases[(label, phase, mode)] += 1

    def note_failure(self, label: str, message: str) -> None:
        with self._lock:
            self.failures[label] += 1
            if len(self.messages) < 5000:
                self.messages.append(f"{label}: {message}")

    def note_unexplained(self, operation_id: str, status: int, body: Any, issues: list[Issue]) -> None:
        with self._lock:
            key = json.dumps([operation_id, status, body if isinstance(body, dict) else None], sort_keys=True)
            self.unexplained[key].update((i.where, i.keyword) for i in issues)

    def note_uncovered(self, operation_id: str, issues: list[Issue]) -> None:
        with self._lock:
            self.uncovered[operation_id].update((i.where, i.keyword, i.value_type or "") for i in issues)

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
