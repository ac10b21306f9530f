"""The emulator's edge: every request is checked against the spec before its handler runs.

For each operation of the spec, :func:`compile_operations` builds, once at startup, a JSON-Schema
validator (``jsonschema``, Draft 2020-12) for its request body and one for each path and query parameter.
A request the spec rejects is answered the way upstream answers it for that route, as the operation's
``x-upstream-refusal`` says (see the spec's ``info.description``):

- ``status`` and ``body``: the answer; in ``body``, ``{message}`` is the refusal text and ``{path}`` the
  failing field's path (yup style). ``body: null`` is an empty body.
- ``messages: yup``: the text is yup 1.x's default message for the first failing check. As yup does, the
  body is first cast (numeric strings to numbers, numbers and booleans to strings, ``"true"``/``"false"``
  to booleans), and an object's fields are checked last declared first. The handler then receives the
  cast body, as upstream's handler receives ``await schema.validate(body)``.
- ``fields``: the handler's own checks that refuse differently, per field (and optionally per keyword, and
  per value: ``values`` lists the JSON values the rule is for, e.g. a handler's ``if (!body)`` for the falsy ones).
- ``unreadable-body``: the answer to a body that is not JSON (default: the central handler's generic 500).
- ``fill-defaults: true``: the spec's ``default``s are the yup schema's ``.default()``s, filled in for the handler.
- ``order: declared``: the handler's own checks run first declared first (not yup's last declared first).

Fields listed in ``x-lenient-validation.fields`` are served as upstream serves them: their errors are
ignored (all of them for ``accepts: any``, else those whose keyword, or whose value's JSON type, is listed).
Operations without ``x-upstream-refusal`` are not validated upstream, so none of their requests is refused
here. Required keys (``security: [ApiKeyAuth]``) are checked first, as upstream's ``withAuthedUser`` does.
"""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import jsonschema
from referencing import Registry
from referencing.jsonschema import DRAFT202012

SPEC_URI = "urn:neuronpedia-ext:spec"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")
GENERIC_ERROR = "Something went wrong on our end. The error has been reported."
GENERIC_500: dict[str, Any] = {"status": 500, "body": {"error": GENERIC_ERROR, "message": GENERIC_ERROR}}
_MISSING = object()


@dataclass(frozen=True)
class Refusal:
    """What the edge answers instead of running the handler."""

    status: int
    body: Any  # JSON, or None for an empty body


@dataclass
class Problem:
    """One failing check, in yup's terms."""

    location: str  # body | query | path
    path: tuple[str | int, ...]  # into the body, or (parameter name,)
    keyword: str
    value: Any
    original: Any
    schema: Mapping[str, Any]
    order: tuple[int, ...] = ()
    required: bool = False  # the field is required where it sits

    @property
    def yup_path(self) -> str:
        return yup_path(self.path)

    @property
    def pattern(self) -> str:
        """The path as ``fields`` and ``x-lenient-validation`` name it (``features[].strength``, ``query:offset``)."""
        if self.location != "body":
            return f"{self.location}:{self.path[0]}"
        return yup_path(tuple("[]" if isinstance(p, int) else p for p in self.path))


def yup_path(parts: tuple[str | int, ...]) -> str:
    out = ""
    for p in parts:
        if isinstance(p, int) or p == "[]":
            out += f"[{p}]" if isinstance(p, int) else "[]"
        else:
            out += ("." if out else "") + str(p)
    return out or "this"


# --------------------------------------------------------------------------- yup's wording


def _js_number(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        if math.isnan(v):
            return "NaN"
        if math.isinf(v):
            return "Infinity" if v > 0 else "-Infinity"
        if v.is_integer() and abs(v) < 1e21:
            return str(int(v))
        return repr(v)
    return str(v)


def print_value(v: Any, quote: bool = True) -> str:
    """yup's ``printValue``."""
    if v is None:
        return "null"
    if isinstance(v, bool | int | float):
        return _js_number(v)
    if isinstance(v, str):
        return f'"{v}"' if quote else v
    return json.dumps(v, indent=2, ensure_ascii=False)


def _yup_type(schema: Mapping[str, Any]) -> str:
    t = schema.get("type")
    if isinstance(t, list):
        t = next((x for x in t if x != "null"), "mixed")
    return {"integer": "number", None: "mixed"}.get(t, str(t))


def yup_message(p: Problem) -> str:
    path, s, kw, v = p.yup_path, p.schema, p.keyword, p.value
    if kw == "required" or (kw == "minLength" and v == "" and p.required):  # yup's string required() refuses ""
        return f"{path} is a required field"
    if kw == "type":
        if v is None:
            return f"{path} is a required field" if p.required else f"{path} cannot be null"
        if _yup_type(s) == "number" and isinstance(v, int | float) and not isinstance(v, bool) and not math.isnan(v):
            return f"{path} must be an integer"
        cast = p.original is not None and p.original is not _MISSING and p.original != v
        cast_msg = f" (cast from the value `{print_value(p.original)}`)." if cast else "."
        return f"{path} must be a `{_yup_type(s)}` type, but the final value was: `{print_value(v)}`{cast_msg}"
    if kw == "minimum":
        return f"{path} must be greater than or equal to {_js_number(s['minimum'])}"
    if kw == "maximum":
        return f"{path} must be less than or equal to {_js_number(s['maximum'])}"
    if kw == "exclusiveMinimum":
        return f"{path} must be greater than {_js_number(s['exclusiveMinimum'])}"
    if kw == "exclusiveMaximum":
        return f"{path} must be less than {_js_number(s['exclusiveMaximum'])}"
    if kw == "minLength":
        return f"{path} must be at least {s['minLength']} characters"
    if kw == "maxLength":
        return f"{path} must be at most {s['maxLength']} characters"
    if kw == "minItems":
        return f"{path} field must have at least {s['minItems']} items"
    if kw == "maxItems":
        return f"{path} field must have less than or equal to {s['maxItems']} items"
    if kw in ("enum", "const"):
        values = s["enum"] if kw == "enum" else [s["const"]]
        return f"{path} must be one of the following values: {', '.join(print_value(x, False) for x in values)}"
    if kw == "pattern":
        return f'{path} must match the following: "/{s["pattern"]}/"'
    if kw == "multipleOf" and s.get("multipleOf") == 1:
        return f"{path} must be an integer"
    return f"{path} is invalid"


# --------------------------------------------------------------------------- yup's casts


def _number_cast(v: Any) -> Any:
    if isinstance(v, str):
        text = re.sub(r"\s", "", v)
        if text == "":
            return math.nan
        try:
            f = float(text)
        except ValueError:
            return math.nan
        return int(f) if f.is_integer() and "." not in text and "e" not in text.lower() else f
    if isinstance(v, bool):
        return math.nan
    return v


def _string_cast(v: Any) -> Any:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int | float):
        return _js_number(v)
    return v


def _bool_cast(v: Any) -> Any:
    if isinstance(v, bool):
        return v
    text = _js_number(v) if isinstance(v, int | float) else v
    if isinstance(text, str):
        if re.fullmatch(r"true|1", text, re.I):
            return True
        if re.fullmatch(r"false|0", text, re.I):
            return False
    return v


class _Schemas:
    """Resolves the spec's ``$ref``s (and single-branch ``allOf``) for casting and ordering."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec

    def resolve(self, schema: Any) -> Mapping[str, Any]:
        seen = 0
        while isinstance(schema, Mapping) and "$ref" in schema and seen < 20:
            ref = str(schema["$ref"]).split("#", 1)[-1]
            node: Any = self.spec
            for part in ref.strip("/").split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema, seen = node, seen + 1
        if isinstance(schema, Mapping) and "allOf" in schema and len(schema["allOf"]) == 1 and "type" not in schema:
            merged = dict(self.resolve(schema["allOf"][0]))
            merged.update({k: v for k, v in schema.items() if k != "allOf"})
            return merged
        return schema if isinstance(schema, Mapping) else {}

    def types(self, schema: Mapping[str, Any]) -> set[str]:
        t = schema.get("type")
        if isinstance(t, str):
            return {t}
        if isinstance(t, list):
            return set(t)
        out: set[str] = set()
        for key in ("anyOf", "oneOf"):
            for branch in schema.get(key, []):
                out |= self.types(self.resolve(branch))
        return out

    def cast(self, schema: Any, value: Any, defaults: bool = False) -> Any:
        """yup's casts, applied where the spec names one type for the value (``defaults``: and the spec's
        defaults filled in for missing fields, as yup's ``.default()`` does)."""
        s = self.resolve(schema)
        types = self.types(s)
        if value is None or ("type" not in s and ("anyOf" in s or "oneOf" in s)):
            return value  # a union is yup's mixed() / lazy(): not cast here
        if types & {"number", "integer"} and "string" not in types and not isinstance(value, int | float):
            return _number_cast(value)
        if isinstance(value, bool) and types & {"number", "integer"} and "boolean" not in types:
            return _number_cast(value)
        if "string" in types and not types & {"number", "integer", "boolean"} and isinstance(value, int | float):
            return _string_cast(value)
        if "boolean" in types and not types & {"string", "number", "integer"} and not isinstance(value, bool):
            return _bool_cast(value)
        if isinstance(value, dict) and ("properties" in s or "additionalProperties" in s):
            props = s.get("properties", {})
            extra = s.get("additionalProperties")
            out = {
                k: self.cast(props[k], v, defaults)
                if k in props
                else (self.cast(extra, v, defaults) if isinstance(extra, Mapping) else v)
                for k, v in value.items()
            }
            for name, prop in props.items() if defaults else ():  # yup fills a missing field's default
                resolved = self.resolve(prop)
                if name not in out and "default" in resolved:
                    out[name] = copy.deepcopy(resolved["default"])
            return out
        if isinstance(value, list) and isinstance(s.get("items"), Mapping):
            return [self.cast(s["items"], v, defaults) for v in value]
        return value

    def order(self, schema: Any, path: tuple[str | int, ...], declared: bool = False) -> tuple[int, ...]:
        """yup's check order along ``path``: an object's fields last declared first (``declared``: first
        declared first, as a handler's own checks run), array items in order."""
        out: list[int] = []
        s = self.resolve(schema)
        for part in path:
            if isinstance(part, int):
                out.append(part)
                s = self.resolve(s.get("items", {}))
                continue
            names = list(s.get("properties", {}))
            if declared:
                out.append(names.index(part) if part in names else len(names))
            else:
                out.append(len(names) - names.index(part) if part in names else 0)
            s = self.resolve(s.get("properties", {}).get(part, {}))
        return tuple(out)

    def at(self, schema: Any, path: tuple[str | int, ...]) -> Mapping[str, Any]:
        s = self.resolve(schema)
        for part in path:
            s = self.resolve(s.get("items", {}) if isinstance(part, int) else s.get("properties", {}).get(part, {}))
        return s


def _retarget(schema: Any) -> Any:
    """A copy of ``schema`` whose local ``$ref``s point into the spec's registry resource."""
    if isinstance(schema, Mapping):
        return {
            k: (SPEC_URI + v if k == "$ref" and isinstance(v, str) and v.startswith("#") else _retarget(v))
            for k, v in schema.items()
        }
    if isinstance(schema, list):
        return [_retarget(v) for v in schema]
    return schema


# --------------------------------------------------------------------------- per operation

#: keyword order within one field (yup: the type check first, then the schema's tests)
_KEYWORD_RANK = {"required": 0, "type": 1, "enum": 2, "const": 2, "multipleOf": 3}


@dataclass
class OperationCheck:
    """The compiled request checks of one operation."""

    operation_id: str
    method: str
    path: str
    auth_required: bool
    body_schema: Any | None
    body_required: bool
    body_validator: Any | None
    params: list[tuple[str, str, bool, Any, Any]]  # (in, name, required, schema, validator)
    refusal: Mapping[str, Any] | None
    lenient: list[Mapping[str, Any]] = field(default_factory=list)
    schemas: _Schemas | None = None

    @property
    def validates(self) -> bool:
        return self.refusal is not None

    # -- checks -------------------------------------------------------------------------------
    def check_params(self, path_params: Mapping[str, str], query: Mapping[str, str]) -> list[Problem]:
        problems: list[Problem] = []
        assert self.schemas is not None
        for where, name, required, schema, validator in self.params:
            raw = (path_params if where == "path" else query).get(name, _MISSING)
            if raw is _MISSING:
                if required:
                    problems.append(Problem(where, (name,), "required", None, _MISSING, {}))
                continue
            value = self.schemas.cast(schema, raw)
            for err in validator.iter_errors(value):
                problems.append(Problem(where, (name,), str(err.validator), value, raw, err.schema))
        return problems

    def check_body(self, body: Any) -> tuple[Any, list[Problem]]:
        """The cast body (yup operations) and the problems the spec finds in it."""
        assert self.schemas is not None
        if self.body_validator is None:
            return body, []
        fill = bool(self.refusal and self.refusal.get("fill-defaults"))
        cast = self.schemas.cast(self.body_schema, body, fill) if self._yup else body
        problems: list[Problem] = []
        for err in self.body_validator.iter_errors(cast):
            path = tuple(err.absolute_path)
            if err.validator == "required":
                present = err.instance if isinstance(err.instance, Mapping) else {}
                for name in err.validator_value:
                    if name not in present:
                        sub = (*path, name)
                        problems.append(
                            Problem("body", sub, "required", None, _MISSING, self.schemas.at(self.body_schema, sub))
                        )
                continue
            if err.validator in ("anyOf", "oneOf") and err.context:
                # the first branch's own complaint, as yup's single schema would word it
                first = min(err.context, key=lambda e: (len(e.relative_schema_path), e.relative_schema_path[0]))
                problems.append(
                    Problem("body", path, str(first.validator), err.instance, self._original(body, path), first.schema)
                )
                continue
            problems.append(
                Problem("body", path, str(err.validator), err.instance, self._original(body, path), err.schema)
            )
        declared = bool(self.refusal and self.refusal.get("order") == "declared")
        for p in problems:
            p.order = self.schemas.order(self.body_schema, p.path, declared)
            if p.path and isinstance(p.path[-1], str):
                p.required = p.path[-1] in self.schemas.at(self.body_schema, p.path[:-1]).get("required", [])
        return cast, problems

    @property
    def _yup(self) -> bool:
        return bool(self.refusal and self.refusal.get("messages") == "yup")

    @staticmethod
    def _original(body: Any, path: tuple[str | int, ...]) -> Any:
        node = body
        for part in path:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                return _MISSING
        return node

    # -- leniency and the answer ---------------------------------------------------------------
    def served(self, p: Problem) -> bool:
        """Whether upstream serves this problem (``x-lenient-validation.fields``)."""
        for entry in self.lenient:
            if entry.get("path") != p.pattern:
                continue
            accepts = entry.get("accepts")
            if accepts == "any":
                return True
            accepted = set(accepts or [])
            if p.keyword in accepted:
                return True
            if p.keyword == "type" and _json_type(p.original if p.original is not _MISSING else p.value) & accepted:
                return True
        return False

    def refuse(self, problems: list[Problem]) -> Refusal | None:
        live = [p for p in problems if not self.served(p)]
        if not live or self.refusal is None:
            return None
        live.sort(key=lambda p: (0 if p.location != "body" else 1, p.order, _KEYWORD_RANK.get(p.keyword, 5)))
        first = live[0]
        rule: Mapping[str, Any] = self.refusal
        for entry in self.refusal.get("fields", []) or []:
            if (
                entry.get("path") == first.pattern
                and (not entry.get("keywords") or first.keyword in entry["keywords"] or entry["keywords"] == "any")
                and ("values" not in entry or _one_of_values(first, entry["values"]))
            ):
                rule = entry
                break
        message = yup_message(first)
        return Refusal(int(rule.get("status", 400)), _fill(rule.get("body"), message, first.yup_path))

    def unreadable(self) -> Refusal:
        rule = (self.refusal or {}).get("unreadable-body") or GENERIC_500
        return Refusal(int(rule["status"]), copy.deepcopy(rule.get("body")))


def _one_of_values(p: Problem, values: list[Any]) -> bool:
    """Whether the failing value, as sent, is one of ``values`` (JSON equality: ``0`` is not ``false``)."""
    sent = p.original if p.original is not _MISSING else p.value
    return any(type(sent) is type(v) and sent == v for v in values)


def _json_type(v: Any) -> set[str]:
    if v is None:
        return {"null"}
    if isinstance(v, bool):
        return {"boolean"}
    if isinstance(v, int):
        return {"integer", "number"}
    if isinstance(v, float):
        return {"number"} | ({"integer"} if v.is_integer() else set())
    if isinstance(v, str):
        return {"string"}
    if isinstance(v, list):
        return {"array"}
    return {"object"}


def _fill(template: Any, message: str, path: str) -> Any:
    if isinstance(template, str):
        return template.replace("{message}", message).replace("{path}", path)
    if isinstance(template, Mapping):
        return {k: _fill(v, message, path) for k, v in template.items()}
    if isinstance(template, list):
        return [_fill(v, message, path) for v in template]
    return template


def _iter_operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any], Mapping[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield method.upper(), path, item, item[method]


def compile_operations(spec: Mapping[str, Any]) -> dict[tuple[str, str], OperationCheck]:
    """(METHOD, path template) -> the compiled checks of every operation in ``spec``."""
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))
    schemas = _Schemas(spec)
    cls = jsonschema.Draft202012Validator

    def validator(schema: Any) -> Any:
        return cls(_retarget(schema), registry=registry)

    root_security = spec.get("security", [])
    out: dict[tuple[str, str], OperationCheck] = {}
    for method, path, item, op in _iter_operations(spec):
        security = op.get("security", root_security)
        auth_required = bool(security) and all(req for req in security)
        params = []
        for p in [*item.get("parameters", []), *op.get("parameters", [])]:
            p = schemas.resolve(p)
            if p.get("in") in ("path", "query") and "schema" in p:
                params.append(
                    (str(p["in"]), str(p["name"]), bool(p.get("required")), p["schema"], validator(p["schema"]))
                )
        body = schemas.resolve(op.get("requestBody", {}))
        media = body.get("content", {}).get("application/json")
        body_schema = media.get("schema") if media else None
        lenient = op.get("x-lenient-validation") or {}
        out[(method, path)] = OperationCheck(
            operation_id=str(op.get("operationId")),
            method=method,
            path=path,
            auth_required=auth_required,
            body_schema=body_schema,
            body_required=bool(body.get("required")),
            body_validator=validator(body_schema) if body_schema is not None else None,
            params=params,
            refusal=op.get("x-upstream-refusal"),
            lenient=list(lenient.get("fields", []) or []),
            schemas=schemas,
        )
    return out
