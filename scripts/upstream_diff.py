"""Report how upstream Neuronpedia's own OpenAPI document differs from ours, operation by operation.

    python scripts/upstream_diff.py --upstream UPSTREAM.json [--ours openapi/neuronpedia.yaml]
    python scripts/upstream_diff.py --src NEURONPEDIA_SRC [--ours PATH] [--format markdown|text]

`--upstream` is a document made by scripts/extract_upstream_spec.py; `--src` extracts it from a
monorepo work tree first. `--ours` is a spec file (YAML or JSON) or a directory of spec parts
(openapi/parts: `_common.yaml` plus one file per area, merged in memory); by default
openapi/neuronpedia.yaml, or openapi/parts while the merged file does not exist.

Operations are keyed by `METHOD path`, path parameters compared by position (`{id}` == `{slug}`).
For operations in both documents it compares:

* request fields: parameters (`query.x`, `path.x`, `header.x`) and body fields (`body`, `body.x`,
  `body.x[]`, `body.x[].y`): present in one only, required-ness, type (and nullability);
* enums and ranges of those fields: enum sets, minimum/maximum (exclusive too), minLength/maxLength,
  minItems/maxItems;
* responses: statuses present in one only, and whether the 200 response has a schema;
* auth: `security` of the operation (or the document) as required / optional / none.

Local `$ref`s are resolved on both sides. Upstream's invalid bits are tolerated: a `required: true`
inside a property schema counts as that property being required, a `$ref` that is not a string is
ignored. The output is a report: the exit status is 0 whatever it finds, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OURS = ROOT / "openapi" / "neuronpedia.yaml"
DEFAULT_PARTS = ROOT / "openapi" / "parts"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
RANGE_KEYS = (
    "minimum",
    "exclusiveMinimum",
    "maximum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
)
MAX_DEPTH = 8
ANY = "any"


class UsageError(Exception):
    pass


# --- loading --------------------------------------------------------------------------------------


def load_document(path: Path) -> dict[str, Any]:
    """A spec file (YAML or JSON)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise UsageError(f"cannot read {path}: {' '.join(str(exc).split())}") from exc
    if not isinstance(data, dict):
        raise UsageError(f"{path}: not an OpenAPI document")
    return data


def load_ours(path: Path) -> tuple[dict[str, Any], list[str]]:
    """Our spec file, or a directory of parts merged in memory (with notes on parts skipped)."""
    return merge_parts(path) if path.is_dir() else (load_document(path), [])


def merge_parts(parts_dir: Path) -> tuple[dict[str, Any], list[str]]:
    """`_common.yaml` plus every other part: paths and component entries added side by side.
    A part that cannot be read is skipped and noted (parts may be work in progress)."""
    common = parts_dir / "_common.yaml"
    doc = load_document(common) if common.exists() else {}
    doc["paths"] = dict(doc.get("paths") or {})
    notes: list[str] = []
    for part in sorted(p for p in parts_dir.glob("*.yaml") if p.name != "_common.yaml"):
        try:
            data = load_document(part)
        except UsageError as exc:
            notes.append(f"ours: part skipped: {exc}")
            continue
        doc["paths"].update(data.get("paths") or {})
        for section, entries in (data.get("components") or {}).items():
            doc.setdefault("components", {}).setdefault(section, {}).update(entries or {})
    return doc, notes


def default_ours() -> Path:
    return DEFAULT_OURS if DEFAULT_OURS.exists() else DEFAULT_PARTS


def extract_upstream(src: Path) -> tuple[dict[str, Any], list[str]]:
    scripts = str(Path(__file__).resolve().parent)
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    from extract_upstream_spec import extract

    try:
        doc, problems = extract(src)
    except FileNotFoundError as exc:
        raise UsageError(str(exc)) from exc
    return doc, [str(p) for p in problems]


# --- $ref resolution and schema views --------------------------------------------------------------


class Resolver:
    """Resolves local `$ref`s (`#/a/b`) of one document."""

    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            return None
        node: Any = self.doc
        for raw in ref[2:].split("/"):
            key = raw.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or key not in node:
                return None
            node = node[key]
        return node

    def deref(self, node: Any, seen: frozenset[str] = frozenset()) -> Any:
        """The node with its `$ref` followed (siblings kept over the target); non-string refs dropped."""
        if not isinstance(node, dict) or "$ref" not in node:
            return node
        ref = node["$ref"]
        rest = {k: v for k, v in node.items() if k != "$ref"}
        if not isinstance(ref, str) or ref in seen:
            return rest
        target = self.deref(self.lookup(ref), seen | {ref})
        return {**target, **rest} if isinstance(target, dict) else rest


@dataclass
class View:
    """What a schema says about one field, with allOf/oneOf/anyOf folded in."""

    types: set[str] = field(default_factory=set)
    nullable: bool = False
    props: dict[str, Any] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    items: Any = None
    constraints: dict[str, Any] = field(default_factory=dict)


def schema_view(schema: Any, resolver: Resolver, depth: int = 0) -> View:
    schema = resolver.deref(schema)
    view = View()
    if not isinstance(schema, dict) or depth > MAX_DEPTH:
        view.types = {ANY}
        return view
    for part in schema.get("allOf") or []:
        _merge_all_of(view, schema_view(part, resolver, depth + 1))
    alternatives = _list(schema.get("oneOf")) + _list(schema.get("anyOf"))
    branches = [schema_view(b, resolver, depth + 1) for b in alternatives]
    if branches:
        _merge_any_of(view, branches)
    _apply_own(view, schema)
    if not view.types:
        view.types = _inferred_types(schema, view)
    return view


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _merge_all_of(view: View, part: View) -> None:
    if part.types != {ANY}:
        view.types = (view.types & part.types or set(part.types)) if view.types else set(part.types)
    view.nullable = view.nullable or part.nullable
    for name, sub in part.props.items():
        view.props.setdefault(name, sub)
    view.required |= part.required
    view.items = view.items if view.items is not None else part.items
    view.constraints.update(part.constraints)


def _merge_any_of(view: View, branches: list[View]) -> None:
    real = [b for b in branches if b.types != {"null"}]
    view.nullable = view.nullable or len(real) < len(branches) or any(b.nullable for b in branches)
    view.types |= {t for b in real for t in b.types}
    objects = [b for b in real if "object" in b.types]
    for branch in objects:
        for name, sub in branch.props.items():
            view.props.setdefault(name, sub)
    if objects:
        view.required |= set.intersection(*(b.required for b in objects))
    view.items = next((b.items for b in real if b.items is not None), view.items)
    if len(real) == 1:
        view.constraints.update(real[0].constraints)
    elif real and all("enum" in b.constraints for b in real):
        view.constraints["enum"] = frozenset().union(*(b.constraints["enum"] for b in real))


def _apply_own(view: View, schema: dict[str, Any]) -> None:
    types = schema.get("type")
    own = {types} if isinstance(types, str) else {t for t in _list(types) if isinstance(t, str)}
    if "null" in own:
        view.nullable = True
        own.discard("null")
        if not own and not view.types:
            view.types = {"null"}  # `type: null` alone (an anyOf branch); not a real type
    if own:
        view.types = own
    if schema.get("nullable") is True:
        view.nullable = True
    props = schema.get("properties")
    if isinstance(props, dict):
        view.props.update(props)
    view.required |= {r for r in _list(schema.get("required")) if isinstance(r, str)}
    if "items" in schema:
        view.items = schema["items"]
    view.constraints.update(_constraints(schema, view))


def _constraints(schema: dict[str, Any], view: View) -> dict[str, Any]:
    out: dict[str, Any] = {}
    values = schema["enum"] if isinstance(schema.get("enum"), list) else None
    if "const" in schema:
        values = [schema["const"]]
    if values is not None:
        if None in values:
            view.nullable = True
        out["enum"] = frozenset(json.dumps(v, sort_keys=True) for v in values if v is not None)
    for key in RANGE_KEYS:
        value = schema.get(key)
        if isinstance(value, bool) and key.startswith("exclusive"):
            bound = key.replace("exclusiveM", "m")
            if value and isinstance(schema.get(bound), int | float):
                out[key] = schema[bound]
        elif isinstance(value, int | float) and not isinstance(value, bool):
            out[key] = value
    for key in ("minimum", "maximum"):
        if out.get(key) is not None and out.get("exclusive" + key[0].upper() + key[1:]) == out[key]:
            del out[key]
    return out


def _inferred_types(schema: dict[str, Any], view: View) -> set[str]:
    if view.props or "properties" in schema or "additionalProperties" in schema:
        return {"object"}
    if view.items is not None:
        return {"array"}
    if view.constraints.get("enum"):
        return {_json_type(json.loads(v)) for v in view.constraints["enum"]}
    return {ANY}


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


# --- request fields --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    types: frozenset[str]
    nullable: bool
    required: bool | None  # None: not applicable (array items)
    constraints: tuple[tuple[str, Any], ...]

    def constraint(self, key: str) -> Any:
        return dict(self.constraints).get(key)


def collect_fields(
    schema: Any, label: str, required: bool | None, resolver: Resolver, out: dict[str, Field], depth: int = 0
) -> None:
    """Record the field `label` and, recursively, its properties and array items."""
    view = schema_view(schema, resolver)
    out[label] = Field(frozenset(view.types), view.nullable, required, tuple(sorted(view.constraints.items())))
    if depth >= MAX_DEPTH:
        return
    for name, sub in view.props.items():
        sub_required = name in view.required or _says_required(sub, resolver)
        collect_fields(sub, f"{label}.{name}", sub_required, resolver, out, depth + 1)
    if view.items is not None:
        collect_fields(view.items, f"{label}[]", None, resolver, out, depth + 1)


def _says_required(schema: Any, resolver: Resolver) -> bool:
    """Upstream's invalid `required: true` inside a property schema."""
    resolved = resolver.deref(schema)
    return isinstance(resolved, dict) and resolved.get("required") is True


def request_fields(op: dict[str, Any], path_item: dict[str, Any], resolver: Resolver) -> dict[str, Field]:
    out: dict[str, Field] = {}
    for param in operation_parameters(op, path_item, resolver):
        media = body_media(param)
        schema = media.get("schema") if "schema" not in param and media else param.get("schema")
        label = f"{param.get('in')}.{param.get('name')}"
        collect_fields(schema, label, param.get("required") is True, resolver, out)
    body = resolver.deref(op.get("requestBody"))
    if isinstance(body, dict):
        media = body_media(body)
        schema = media.get("schema") if media else None
        collect_fields(schema, "body", body.get("required") is True, resolver, out)
    return out


def operation_parameters(op: dict[str, Any], path_item: dict[str, Any], resolver: Resolver) -> list[dict[str, Any]]:
    merged: dict[tuple[Any, Any], dict[str, Any]] = {}
    for raw in _list(path_item.get("parameters")) + _list(op.get("parameters")):
        param = resolver.deref(raw)
        if isinstance(param, dict):
            merged[(param.get("in"), param.get("name"))] = param
    return list(merged.values())


def body_media(body: dict[str, Any]) -> dict[str, Any] | None:
    content = body.get("content")
    if not isinstance(content, dict) or not content:
        return None
    media = content.get("application/json", next(iter(content.values())))
    return media if isinstance(media, dict) else None


def media_types(op: dict[str, Any], resolver: Resolver) -> set[str]:
    body = resolver.deref(op.get("requestBody"))
    content = body.get("content") if isinstance(body, dict) else None
    return set(content) if isinstance(content, dict) else set()


# --- comparing --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Op:
    method: str
    path: str
    definition: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


@dataclass
class Side:
    """One document, its operations indexed by `METHOD normalised-path`."""

    doc: dict[str, Any]
    resolver: Resolver
    ops: dict[str, Op]

    @classmethod
    def of(cls, doc: dict[str, Any]) -> Side:
        ops: dict[str, Op] = {}
        resolver = Resolver(doc)
        for path, raw_item in (doc.get("paths") or {}).items():
            item = resolver.deref(raw_item)
            if not isinstance(item, dict):
                continue
            for method in METHODS:
                if isinstance(item.get(method), dict):
                    ops[f"{method.upper()} {normalise_path(path)}"] = Op(method, path, item[method], item)
        return cls(doc, resolver, ops)

    def auth(self, op: Op) -> str:
        return auth_mode(op.definition, self.doc)


def normalise_path(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/") or "/")


@dataclass
class OpReport:
    label: str
    status: str  # both | ours-only | upstream-only
    field_diffs: list[str] = field(default_factory=list)
    range_diffs: list[str] = field(default_factory=list)
    auth_upstream: str | None = None
    auth_ours: str | None = None
    response_diffs: list[str] = field(default_factory=list)

    @property
    def auth_differs(self) -> bool:
        return self.status == "both" and self.auth_upstream != self.auth_ours

    @property
    def has_diffs(self) -> bool:
        return bool(self.field_diffs or self.range_diffs or self.response_diffs or self.auth_differs)


def auth_mode(op: dict[str, Any], doc: dict[str, Any]) -> str:
    """required / optional / none, from the operation's `security` (or the document's)."""
    security = op["security"] if "security" in op else doc.get("security")
    requirements = [r for r in _list(security) if isinstance(r, dict) or r is None]
    has_anonymous = any(not r for r in requirements)
    has_scheme = any(r for r in requirements)
    if has_scheme:
        return "optional" if has_anonymous else "required"
    return "none"


def compare_fields(up: dict[str, Field], ours: dict[str, Field]) -> tuple[list[str], list[str]]:
    field_diffs: list[str] = []
    range_diffs: list[str] = []
    for name in sorted(up.keys() | ours.keys(), key=_field_order):
        if name not in ours:
            field_diffs.append(f"`{name}`: only upstream")
        elif name not in up:
            field_diffs.append(f"`{name}`: only ours")
        else:
            field_diffs.extend(_field_diff(name, up[name], ours[name]))
            range_diffs.extend(_range_diff(name, up[name], ours[name]))
    return field_diffs, range_diffs


def _field_order(name: str) -> tuple[int, str]:
    order = {"path": 0, "query": 1, "header": 2, "cookie": 3, "body": 4}
    return order.get(name.split(".")[0].split("[")[0], 5), name


def _field_diff(name: str, up: Field, ours: Field) -> list[str]:
    out: list[str] = []
    if up.required is not None and ours.required is not None and up.required != ours.required:
        out.append(f"`{name}`: {_req(up.required)} upstream, {_req(ours.required)} ours")
    if up.types != ours.types:
        out.append(f"`{name}`: type {_types(up.types)} upstream, {_types(ours.types)} ours")
    if up.nullable != ours.nullable:
        out.append(f"`{name}`: nullable {_yes(up.nullable)} upstream, {_yes(ours.nullable)} ours")
    return out


def _range_diff(name: str, up: Field, ours: Field) -> list[str]:
    out: list[str] = []
    up_enum, our_enum = up.constraint("enum"), ours.constraint("enum")
    if up_enum != our_enum:
        delta = _enum_delta(up_enum, our_enum)
        out.append(f"`{name}` enum: upstream {_enum(up_enum)}, ours {_enum(our_enum)}{delta}")
    for key in RANGE_KEYS:
        a, b = up.constraint(key), ours.constraint(key)
        if a != b:
            out.append(f"`{name}` {key}: upstream {_num(a)}, ours {_num(b)}")
    return out


def _req(required: bool) -> str:
    return "required" if required else "optional"


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _types(types: Iterable[str]) -> str:
    return "|".join(sorted(types))


def _num(value: Any) -> str:
    return "none" if value is None else json.dumps(value)


def _enum(values: frozenset[str] | None) -> str:
    return "none" if values is None else "[" + ", ".join(sorted(values)) + "]"


def _enum_delta(up: frozenset[str] | None, ours: frozenset[str] | None) -> str:
    if up is None or ours is None:
        return ""
    parts = []
    if up - ours:
        parts.append("only upstream: " + ", ".join(sorted(up - ours)))
    if ours - up:
        parts.append("only ours: " + ", ".join(sorted(ours - up)))
    return " (" + "; ".join(parts) + ")"


def response_diffs(up_op: dict[str, Any], up: Side, our_op: dict[str, Any], ours: Side) -> list[str]:
    up_resp = _responses(up_op, up.resolver)
    our_resp = _responses(our_op, ours.resolver)
    out = [f"status {s}: only upstream" for s in sorted(up_resp.keys() - our_resp.keys())]
    out += [f"status {s}: only ours" for s in sorted(our_resp.keys() - up_resp.keys())]
    if "200" in up_resp and "200" in our_resp:
        a, b = _has_schema(up_resp["200"], up.resolver), _has_schema(our_resp["200"], ours.resolver)
        if a != b:
            out.append(f"200 schema: upstream {_yes(a)}, ours {_yes(b)}")
    return out


def _responses(op: dict[str, Any], resolver: Resolver) -> dict[str, Any]:
    responses = op.get("responses")
    if not isinstance(responses, dict):
        return {}
    return {str(status): resolver.deref(resp) for status, resp in responses.items()}


def _has_schema(response: Any, resolver: Resolver) -> bool:
    content = response.get("content") if isinstance(response, dict) else None
    if not isinstance(content, dict):
        return False
    for media in content.values():
        schema = resolver.deref(media.get("schema")) if isinstance(media, dict) else None
        if isinstance(schema, dict) and schema:
            return True
    return False


def compare_operation(up: Side, ours: Side, key: str) -> OpReport:
    up_op, our_op = up.ops[key].definition, ours.ops[key].definition
    report = OpReport(ours.ops[key].label, "both")
    up_fields = request_fields(up_op, up.ops[key].path_item, up.resolver)
    our_fields = request_fields(our_op, ours.ops[key].path_item, ours.resolver)
    report.field_diffs, report.range_diffs = compare_fields(up_fields, our_fields)
    up_media, our_media = media_types(up_op, up.resolver), media_types(our_op, ours.resolver)
    if up_media and our_media and up_media != our_media:
        report.field_diffs.append(f"request media types: upstream {_types(up_media)}, ours {_types(our_media)}")
    report.auth_upstream = up.auth(up.ops[key])
    report.auth_ours = ours.auth(ours.ops[key])
    report.response_diffs = response_diffs(up_op, up, our_op, ours)
    return report


def compare(upstream: dict[str, Any], ours: dict[str, Any]) -> list[OpReport]:
    """One report per operation of either document, ordered by path then method."""
    up, our = Side.of(upstream), Side.of(ours)
    reports = []
    for key in sorted(up.ops.keys() | our.ops.keys(), key=_op_order):
        if key in up.ops and key in our.ops:
            reports.append(compare_operation(up, our, key))
        elif key in our.ops:
            op = our.ops[key]
            reports.append(OpReport(op.label, "ours-only", auth_ours=our.auth(op)))
        else:
            op = up.ops[key]
            reports.append(OpReport(op.label, "upstream-only", auth_upstream=up.auth(op)))
    return reports


def _op_order(key: str) -> tuple[str, int]:
    method, path = key.split(" ", 1)
    return path, METHODS.index(method.lower())


# --- rendering --------------------------------------------------------------------------------------

HEADERS = (
    "Operation",
    "Status",
    "Field diffs",
    "Enum/range diffs",
    "Auth (upstream / ours)",
    "Response diffs",
)


def table_rows(reports: list[OpReport]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for r in reports:
        both = r.status == "both"
        auth = f"{r.auth_upstream or '—'} / {r.auth_ours or '—'}" + (" (differs)" if r.auth_differs else "")
        counts = (
            (str(len(r.field_diffs)), str(len(r.range_diffs)), str(len(r.response_diffs))) if both else ("—", "—", "—")
        )
        rows.append((r.label, r.status, counts[0], counts[1], auth, counts[2]))
    return rows


def detail_sections(r: OpReport) -> list[tuple[str, list[str]]]:
    sections = [
        ("Request fields", r.field_diffs),
        ("Enums and ranges", r.range_diffs),
        ("Responses", r.response_diffs),
    ]
    if r.auth_differs:
        sections.append(("Auth", [f"upstream {r.auth_upstream}, ours {r.auth_ours}"]))
    return [(title, items) for title, items in sections if items]


def summary(reports: list[OpReport], notes: list[str]) -> str:
    both = [r for r in reports if r.status == "both"]
    ours_only = [r for r in reports if r.status == "ours-only"]
    up_only = [r for r in reports if r.status == "upstream-only"]

    def total(attr: str) -> tuple[int, int]:
        lists = [getattr(r, attr) for r in both]
        return sum(len(x) for x in lists), sum(1 for x in lists if x)

    fields, field_ops = total("field_diffs")
    ranges, range_ops = total("range_diffs")
    responses, response_ops = total("response_diffs")
    auth = sum(1 for r in both if r.auth_differs)
    clean = sum(1 for r in both if not r.has_diffs)
    text = (
        f"Upstream documents {len(both) + len(up_only)} operations and ours {len(both) + len(ours_only)}: "
        f"{len(both)} {_are(len(both))} in both, {len(ours_only)} {_are(len(ours_only))} missing upstream "
        f"(ours only) and {len(up_only)} {_are(len(up_only))} documented upstream only{_names(up_only)}. "
        f"Of the {len(both)} shared operations, "
        f"{clean} agree on everything compared; there are {fields} request-field differences in "
        f"{field_ops} operations, {ranges} enum/range differences in {range_ops} operations, "
        f"{responses} response differences in {response_ops} operations, and the auth mode differs in "
        f"{auth} operations."
    )
    if notes:
        text += f" {len(notes)} note(s) on the inputs (skipped blocks or parts, dangling $refs) are listed."
    return text


def unresolved_refs(doc: dict[str, Any]) -> list[str]:
    """Local `$ref`s of the document that point nowhere (they read as unconstrained schemas)."""
    resolver, found = Resolver(doc), set()
    stack: list[Any] = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/") and resolver.lookup(ref) is None:
                found.add(ref)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return sorted(found)


def _are(count: int) -> str:
    return "is" if count == 1 else "are"


def _names(reports: list[OpReport]) -> str:
    if not reports or len(reports) > 5:
        return ""
    return " (" + ", ".join(r.label for r in reports) + ")"


def render_markdown(reports: list[OpReport], sources: tuple[str, str], notes: list[str]) -> str:
    lines = ["# Upstream drift report", "", f"Upstream: {sources[0]}  ", f"Ours: {sources[1]}", ""]
    lines.append("| " + " | ".join(HEADERS) + " |")
    lines.append("|" + "|".join("---" for _ in HEADERS) + "|")
    for row in table_rows(reports):
        lines.append(f"| `{row[0]}` | " + " | ".join(_md_cell(c) for c in row[1:]) + " |")
    lines += ["", "## Details", ""]
    for r in reports:
        sections = detail_sections(r)
        if sections:
            lines += [f"### `{r.label}`", ""]
            for title, items in sections:
                lines.append(f"- {title}:")
                lines += [f"  - {item}" for item in items]
            lines.append("")
    if notes:
        lines += ["## Notes on the inputs", ""] + [f"- {n}" for n in notes] + [""]
    lines += ["## Summary", "", summary(reports, notes), ""]
    return "\n".join(lines)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|")


def render_text(reports: list[OpReport], sources: tuple[str, str], notes: list[str]) -> str:
    rows = [HEADERS, *table_rows(reports)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADERS))]
    lines = [f"Upstream: {sources[0]}", f"Ours: {sources[1]}", ""]
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.append("")
    for r in reports:
        sections = detail_sections(r)
        if sections:
            lines.append(r.label)
            for title, items in sections:
                lines.append(f"  {title}:")
                lines += [f"    - {item.replace('`', '')}" for item in items]
    if notes:
        lines += ["", "Notes on the inputs:"] + [f"  - {n.replace('`', '')}" for n in notes]
    lines += ["", summary(reports, notes), ""]
    return "\n".join(lines)


# --- command line -----------------------------------------------------------------------------------


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--upstream", type=Path, help="upstream's document (from extract_upstream_spec.py)")
    source.add_argument("--src", type=Path, help="monorepo work tree to extract upstream's document from")
    parser.add_argument("--ours", type=Path, help="our spec file or parts directory")
    parser.add_argument("--format", choices=("markdown", "text"), default="markdown")
    parser.add_argument("-o", "--output", type=Path, help="write the report here (default: stdout)")
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> str:
    problems: list[str] = []
    if args.src is not None:
        upstream, problems = extract_upstream(args.src)
        up_label = f"extracted from {args.src}"
    else:
        upstream, up_label = load_document(args.upstream), str(args.upstream)
    ours_path = args.ours or default_ours()
    if not ours_path.exists():
        raise UsageError(f"{ours_path}: no such file or directory")
    ours, part_notes = load_ours(ours_path)
    reports = compare(upstream, ours)
    notes = [f"upstream block skipped: {p}" for p in problems] + part_notes
    notes += [f"upstream: unresolved `$ref` {r}" for r in unresolved_refs(upstream)]
    notes += [f"ours: unresolved `$ref` {r}" for r in unresolved_refs(ours)]
    render = render_markdown if args.format == "markdown" else render_text
    return render(reports, (up_label, _display(ours_path)), notes)


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT)) + (" (parts, merged in memory)" if path.is_dir() else "")
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        text = run(args)
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
