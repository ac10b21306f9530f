"""The maintained spec and recorded cassettes, as the contract tests see them.

One place knows how to load `openapi/neuronpedia.yaml`, find the operation a concrete
request maps to, and turn a cassette interaction into what openapi-core validates.
"""

from __future__ import annotations

import copy
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


def _openapi_from(data: dict[str, Any]) -> Any:
    from openapi_core import Config, OpenAPI
    from openapi_core.deserializing.media_types.util import plain_loads

    # Streams are declared as `type: string` (their frames are described in components):
    # read them as text, as openapi-core does for text/plain.
    streams = {"text/event-stream": plain_loads, "application/x-ndjson": plain_loads}
    return OpenAPI.from_dict(data, config=Config(extra_media_type_deserializers=streams))


@functools.cache
def openapi() -> Any:
    """The spec as users get it: an object may carry keys it does not declare (a server may add fields)."""
    return _openapi_from(spec())


@functools.cache
def strict_openapi() -> Any:
    """The strict view (:func:`strict_spec`): what the tests validate requests and answers with."""
    return _openapi_from(strict_spec())


# --- the strict view -----------------------------------------------------------------------------
_OPEN_KEYWORDS = ("additionalProperties", "unevaluatedProperties", "patternProperties")
#: Keywords whose subschemas describe a shape (closed in the strict view); `not`, `if`, `then`, `else`,
#: `contains`, ... hold constraints on a shape described elsewhere and are left as they are.
_SHAPE_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SHAPE_ONE = ("items", "additionalProperties")


def _ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith(REF_PREFIX):
        return str(node["$ref"][len(REF_PREFIX) :])
    return None


REF_PREFIX = "#/components/schemas/"


def _declares_properties(node: Any, components: Mapping[str, Any], seen: frozenset[str] = frozenset()) -> bool:
    """Whether ``node`` (through $ref and allOf) declares object properties."""
    if not isinstance(node, dict):
        return False
    name = _ref_name(node)
    if name is not None:
        return name not in seen and _declares_properties(components.get(name), components, seen | {name})
    return "properties" in node or any(_declares_properties(m, components, seen) for m in node.get("allOf", []))


def strict_spec() -> dict[str, Any]:
    """A copy of the spec in which every object schema that lists properties forbids unknown ones.

    Tests only: users' spec stays lenient, so a client is not broken the day a server adds a field.
    A schema that lists ``properties`` gets ``additionalProperties: false``; a schema composed with
    ``allOf`` gets ``unevaluatedProperties: false`` (OpenAPI 3.1, JSON Schema 2020-12), and its members
    stay open, since a member closed on its own would refuse the other members' keys. A component that
    is an ``allOf`` member somewhere stays open in its definition and is closed at each other use
    (``{allOf: [{$ref}], unevaluatedProperties: false}``). An explicit ``additionalProperties`` (a map,
    or ``true``) is kept, and constraint subschemas (``not``, ``if``/``then``/``else``) are left alone.
    """
    return copy.deepcopy(_strict_spec())


@functools.cache
def _strict_spec() -> dict[str, Any]:
    data = copy.deepcopy(spec())
    components: dict[str, Any] = data.get("components", {}).get("schemas", {})
    members: set[str] = set()  # components used as an allOf member somewhere

    def find_members(node: Any) -> None:
        if isinstance(node, dict):
            for member in node.get("allOf", []) if isinstance(node.get("allOf"), list) else []:
                if (name := _ref_name(member)) is not None:
                    members.add(name)
            for value in node.values():
                find_members(value)
        elif isinstance(node, list):
            for value in node:
                find_members(value)

    find_members(data)

    def close(node: Any, *, in_all_of: bool = False) -> Any:
        """``node`` (a shape schema) closed; ``in_all_of``: it is an allOf member (stays open)."""
        if not isinstance(node, dict):
            return node
        name = _ref_name(node)
        if name is not None:
            if name in members and not in_all_of and _declares_properties(node, components) and len(node) == 1:
                return {"allOf": [node], "unevaluatedProperties": False}
            return node
        out = dict(node)
        if isinstance(out.get("properties"), dict):
            out["properties"] = {k: close(v) for k, v in out["properties"].items()}
        for key in _SHAPE_LISTS:
            if isinstance(out.get(key), list):
                out[key] = [close(m, in_all_of=key == "allOf") for m in out[key]]
        for key in _SHAPE_ONE:
            if isinstance(out.get(key), dict):
                out[key] = close(out[key])
        if in_all_of or any(k in out for k in _OPEN_KEYWORDS):
            return out
        if any(_declares_properties(m, components) for m in out.get("allOf", [])):
            out["unevaluatedProperties"] = False
        elif "properties" in out:
            out["additionalProperties"] = False
        return out

    for name in list(components):
        components[name] = close(components[name], in_all_of=name in members)

    def close_uses(node: Any) -> None:
        """Close the schemas of parameters, request bodies and responses (paths, components)."""
        if isinstance(node, dict):
            for key, value in list(node.items()):
                if key in ("example", "examples", "links"):
                    continue  # data, not schemas
                if key == "schema" and isinstance(value, dict):
                    node[key] = close(value)
                else:
                    close_uses(value)
        elif isinstance(node, list):
            for value in node:
                close_uses(value)

    close_uses(data.get("paths", {}))
    for section, value in data.get("components", {}).items():
        if section != "schemas":
            close_uses(value)
    return data


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


# --- raw-body key sets ---------------------------------------------------------------------------
def resolve(node: Any) -> Any:
    """``node`` with a components ``$ref`` followed (sibling keywords of the $ref are kept)."""
    seen = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        ref = node["$ref"]
        seen.add(ref)
        target: Any = spec()
        for part in ref.lstrip("#/").split("/"):
            target = target[part]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def response_schema(op: Operation, status: int, content_type: str) -> Any:
    """The schema the spec gives ``op``'s answer with this status and media type (None: no schema)."""
    responses = op.definition["responses"]
    entry = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or responses.get("default")
    media = (resolve(entry or {}).get("content") or {}).get(content_type) or {}
    return media.get("schema")


def _is_valid(value: Any, schema: Any) -> bool:
    import jsonschema

    root = {**schema, "components": spec()["components"]} if isinstance(schema, dict) else schema
    return bool(jsonschema.Draft202012Validator(root).is_valid(value))


def _applied(schema: Any, value: Any) -> list[dict[str, Any]]:
    """The schemas that apply to ``value`` at this place: the schema, its allOf members (recursively) and
    the anyOf/oneOf branches that ``value`` fits."""
    node = resolve(schema)
    if not isinstance(node, dict):
        return []
    out = [node]
    for member in node.get("allOf", []):
        out.extend(_applied(member, value))
    for key in ("anyOf", "oneOf"):
        for branch in node.get(key, []):
            if _is_valid(value, branch):
                out.extend(_applied(branch, value))
    return out


def undeclared_keys(value: Any, schema: Any, where: str = "") -> list[str]:
    """The keys of the raw JSON ``value`` (recursively) that the schema does not declare.

    An object is checked where the schemas applying to it list ``properties`` and none of them opens it
    (``additionalProperties`` / ``patternProperties``: a map, or explicitly open); a key's value is checked
    against every declaration of that key, an array's items against ``items`` / ``prefixItems``.
    """
    schemas = _applied(schema, value)
    problems: list[str] = []
    if isinstance(value, dict):
        declared: dict[str, list[Any]] = {}
        extra_schemas: list[Any] = []
        open_ = False
        for node in schemas:
            for key, sub in (node.get("properties") or {}).items():
                declared.setdefault(key, []).append(sub)
            extra = node.get("additionalProperties")
            if extra is True or "patternProperties" in node:
                open_ = True
            elif isinstance(extra, dict):
                open_ = True
                extra_schemas.append(extra)
        checked = bool(declared) and not open_
        for key, item in value.items():
            path = f"{where}.{key}" if where else key
            if key in declared:
                for sub in declared[key]:
                    problems.extend(undeclared_keys(item, sub, path))
            elif extra_schemas:
                for sub in extra_schemas:
                    problems.extend(undeclared_keys(item, sub, path))
            elif checked:
                problems.append(path)
    elif isinstance(value, list):
        for node in schemas:
            prefix = node.get("prefixItems") or []
            for i, item in enumerate(value):
                sub = prefix[i] if i < len(prefix) else node.get("items")
                if isinstance(sub, dict):
                    problems.extend(undeclared_keys(item, sub, f"{where}[{i}]"))
    return sorted(set(problems))
