"""The maintained spec and recorded cassettes, as the contract tests see them.

One place knows how to load `openapi/neuronpedia.yaml`, find the operation a concrete
request maps to, and turn a cassette interaction into what openapi-core validates.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "neuronpedia.yaml"
CASSETTES = ROOT / "cassettes"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")


@functools.cache
def spec() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())
    return data


@functools.cache
def openapi() -> Any:
    from openapi_core import Config, OpenAPI
    from openapi_core.deserializing.media_types.util import plain_loads

    # Streams are declared as `type: string` (their frames are described in components):
    # read them as text, as openapi-core does for text/plain.
    streams = {"text/event-stream": plain_loads, "application/x-ndjson": plain_loads}
    return OpenAPI.from_dict(spec(), config=Config(extra_media_type_deserializers=streams))


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation_id: str
    tag: str
    definition: dict[str, Any]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


@functools.cache
def operations() -> tuple[Operation, ...]:
    ops = []
    for path, item in spec()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                op = item[method]
                ops.append(Operation(method, path, op["operationId"], op["tags"][0], op))
    return tuple(ops)


def _template_regex(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", path)
    pattern = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)
    return re.compile(f"^{pattern}$")


def find_operation(method: str, path: str) -> Operation | None:
    """The spec operation a concrete request maps to; literal paths win over templates."""
    candidates = [op for op in operations() if op.method == method.lower() and _template_regex(op.path).match(path)]
    candidates.sort(key=lambda op: op.path.count("{"))
    return candidates[0] if candidates else None


def every_path_defect(method: str) -> Mapping[str, Any] | None:
    """The root ``x-upstream-defects`` entry that answers ``method`` on every path (``scope: every-path``)."""
    for entry in spec().get("x-upstream-defects", {}).values():
        scoped = isinstance(entry, Mapping) and entry.get("scope") == "every-path"
        if scoped and str(entry.get("method", "")).upper() == method.upper():
            return entry
    return None


def path_is_specified(path: str) -> bool:
    """Whether some operation of the spec has this concrete path (with any method)."""
    return any(_template_regex(op.path).match(path) for op in operations())


@dataclass(frozen=True)
class Interaction:
    cassette: Path
    position: int
    request: dict[str, Any]
    response: dict[str, Any]

    @property
    def id(self) -> str:
        rel = self.cassette.relative_to(CASSETTES).with_suffix("")
        return f"{rel}#{self.position}" if self.position else str(rel)

    @property
    def method(self) -> str:
        return str(self.request["method"]).upper()

    @property
    def url(self) -> str:
        return str(self.request["uri"])

    @property
    def path(self) -> str:
        return urlsplit(self.url).path

    @property
    def status(self) -> int:
        return int(self.response["status"]["code"])

    def request_headers(self) -> dict[str, str]:
        return {k.lower(): str(v[0]) for k, v in (self.request.get("headers") or {}).items()}

    def response_headers(self) -> dict[str, str]:
        return {k.lower(): str(v[0]) for k, v in (self.response.get("headers") or {}).items()}

    def request_body(self) -> bytes | None:
        body = self.request.get("body")
        if isinstance(body, dict):
            body = body.get("string")
        if body is None:
            return None
        return body.encode() if isinstance(body, str) else bytes(body)

    def response_body(self) -> bytes:
        body = self.response["body"]["string"]
        return body.encode() if isinstance(body, str) else bytes(body)

    def response_content_type(self) -> str:
        return self.response_headers().get("content-type", "application/json").split(";")[0].strip()

    def response_json(self) -> Any:
        return json.loads(self.response_body())


def iter_interactions(root: Path = CASSETTES) -> Iterator[Interaction]:
    for path in sorted(root.rglob("*.yaml")):
        data = yaml.safe_load(path.read_text())
        if not isinstance(data, dict) or "interactions" not in data:
            continue
        for i, inter in enumerate(data["interactions"]):
            yield Interaction(path, i, inter["request"], inter["response"])


SPEC_SERVER = "http://localhost:3000"  # a server the spec lists: only the path decides the operation


def openapi_request(method: str, url: str, headers: Mapping[str, str], body: bytes | None) -> Any:
    """What openapi-core validates, for a request sent to any host."""
    from openapi_core.testing import MockRequest

    parts = urlsplit(url)
    lower = {k.lower(): v for k, v in headers.items()}
    return MockRequest(
        SPEC_SERVER,
        method.lower(),
        parts.path,
        args=dict(parse_qsl(parts.query)),
        headers=lower,
        data=body or None,
        content_type=lower.get("content-type", "application/json"),
    )


def openapi_response(status: int, headers: Mapping[str, str], body: bytes) -> Any:
    """What openapi-core validates, for an answer."""
    from openapi_core.testing import MockResponse

    lower = {k.lower(): v for k, v in headers.items()}
    return MockResponse(
        body,
        status_code=status,
        headers=lower,
        content_type=lower.get("content-type", "application/json").split(";")[0].strip(),
    )


def mock_request(inter: Interaction) -> Any:
    return openapi_request(inter.method, inter.url, inter.request_headers(), inter.request_body())


def mock_response(inter: Interaction) -> Any:
    return openapi_response(inter.status, inter.response_headers(), inter.response_body())


def is_missing_key(exc: BaseException) -> bool:
    """Whether a request validation failure is only a missing key (the server's to refuse)."""
    return "SecurityValidationError" in type(exc).__name__ or "SecurityNotFound" in explain(exc)


def explain(exc: BaseException) -> str:
    """A readable reason for an openapi-core validation failure."""
    parts = [f"{type(exc).__name__}: {exc}"]
    seen: BaseException | None = exc.__cause__
    while seen is not None:
        errors = getattr(seen, "schema_errors", None)
        if errors:
            parts.extend(f"  - {'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors)
        else:
            parts.append(f"  caused by {type(seen).__name__}: {seen}")
        seen = seen.__cause__
    for attr in ("schema_errors", "errors"):
        for e in getattr(exc, attr, None) or []:
            parts.append(f"  - {getattr(e, 'message', e)}")
    return "\n".join(parts)
