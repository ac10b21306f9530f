"""The client's input checks: the spec's rules (``_rules.py``), applied to what is about to be sent.

Every request passes through :func:`check_request` (called by the transport, so sync and async
alike, and by the streaming calls when they are made), which applies the operation's generated
rules to the wire body and parameters and raises :class:`InvalidRequestError` naming the
parameter, before anything is sent. The rules are generated from ``openapi/neuronpedia.yaml``
by ``make generate``: no limit, enum or length is written here or in the resources. Names in
errors are the Python names of the generated models (``model_id`` for the wire's ``modelId``),
which are the public argument names; a call whose public names differ passes ``names``.

:func:`rule` reads one schema of the table, for the few places that need a limit before there
is a request (splitting an upload into requests of the largest size the spec allows).
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, TypeVar

from ._errors import InvalidRequestError
from ._rules import RULES, Schema

__all__ = ["check_request", "check_value", "enum_member", "rule"]

E = TypeVar("E", bound=enum.Enum)

_TYPE_WORDS = {
    "integer": "an integer",
    "number": "a number",
    "string": "a string",
    "boolean": "True or False",
    "array": "a list",
    "object": "a mapping",
    "null": "None",
}


class _Refused(Exception):
    """One violated rule: where (a path of generated names, "" for the body) and why."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(reason)
        self.where = where
        self.reason = reason


def check_request(
    operation: str,
    *,
    body: Any = None,
    has_body: bool = False,
    query: Mapping[str, Any] | None = None,
    path: Mapping[str, Any] | None = None,
    names: Mapping[str, str] | None = None,
) -> None:
    """Apply ``operation``'s spec rules to its wire body and parameters.

    ``body`` is the JSON body (``has_body`` says whether one is sent), ``query`` the query
    parameters by wire name (as sent), ``path`` the path parameters by generated argument name.
    ``names`` renames the leading name of an error's path to the public argument, where it
    differs from the generated one.
    """
    rules = RULES.get(operation)
    if rules is None:
        return
    try:
        for param in rules.params:
            if param.location == "query":
                given = query or {}
                present, value = param.wire in given, given.get(param.wire)
            elif param.location == "path":
                given = path or {}
                present, value = param.name in given, given.get(param.name)
            else:
                continue
            if not present:
                if param.required:
                    raise _Refused(param.name, "is required")
                continue
            _check(param.schema, value, param.name)
            if param.location == "path" and isinstance(value, str):
                _check_segment(value, param.name)
        if rules.body is not None:
            if not has_body:
                if rules.body_required:
                    raise _Refused("", "is required")
            else:
                _check(rules.body, body, "")
    except _Refused as refused:
        where = refused.where
        head = re.match(r"[A-Za-z_][A-Za-z0-9_]*", where)
        if names and head and head.group(0) in names:
            where = names[head.group(0)] + where[head.end() :]
        raise InvalidRequestError(f"{where or 'the request body'} {refused.reason}") from None


def check_value(schema: Schema, value: Any, name: str) -> None:
    """Apply one schema of the table to one value (for a public model that checks a wire field
    when it is made); raises :class:`InvalidRequestError` naming ``name``."""
    try:
        _check(schema, value, name)
    except _Refused as refused:
        raise InvalidRequestError(f"{refused.where} {refused.reason}") from None


def rule(operation: str, *path: str) -> Schema:
    """The schema at ``path`` (generated attribute names; ``"[]"`` for array items) in the body
    of ``operation``. Raises ``KeyError`` when the spec has no such field."""
    schema = RULES[operation].body
    if schema is None:
        raise KeyError(operation)
    for step in path:
        schema = _resolve_step(schema, step)
    return schema


def enum_member(cls: type[E], value: Any, name: str) -> E:
    """``value`` as a member of the generated enum ``cls`` (whose values the spec lists)."""
    if isinstance(value, cls):
        return value
    try:
        return cls(value)
    except ValueError:
        allowed = [m.value for m in cls]
        raise InvalidRequestError(f"{name} must be one of {allowed}, got {value!r}") from None


# --------------------------------------------------------------------------- the checker


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def _shown(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list | tuple):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def _type_ok(types: tuple[str, ...], value: Any) -> bool:
    kind = _json_type(value)
    return kind in types or (kind == "integer" and "number" in types)


def _check(schema: Schema, value: Any, where: str) -> None:
    """Raise :class:`_Refused` for the first rule of ``schema`` that ``value`` breaks."""
    if schema.types and not _type_ok(schema.types, value):
        wanted = " or ".join(_TYPE_WORDS.get(t, t) for t in schema.types)
        raise _Refused(where, f"must be {wanted}, got {type(value).__name__}")
    if isinstance(value, float) and not math.isfinite(value):
        raise _Refused(where, f"is {value}; NaN and infinity cannot be sent")
    if schema.enum is not None and not _in_enum(value, schema.enum):
        raise _Refused(where, f"must be one of {list(schema.enum)}, got {value!r}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        _check_number(schema, value, where)
    elif isinstance(value, str):
        _check_string(schema, value, where)
    elif isinstance(value, list | tuple):
        _check_array(schema, value, where)
    elif isinstance(value, Mapping):
        _check_object(schema, value, where)
    for sub in schema.all_of:
        _check(sub, value, where)
    if schema.any_of:
        _check_alternatives(schema.any_of, value, where)
    if schema.one_of:  # checked as anyOf: the client refuses what matches none
        _check_alternatives(schema.one_of, value, where)
    if schema.not_ is not None and _matches(schema.not_, value, where):
        raise _Refused(where, f"is a combination the API refuses ({_describe(schema.not_)})")
    if schema.if_ is not None:
        branch = schema.then if _matches(schema.if_, value, where) else schema.else_
        if branch is not None:
            _check(branch, value, where)


def _in_enum(value: Any, allowed: tuple[Any, ...]) -> bool:
    kind = _json_type(value)
    numeric = ("integer", "number")
    return any(
        value == a and (kind == _json_type(a) or (kind in numeric and _json_type(a) in numeric)) for a in allowed
    )


def _check_number(schema: Schema, value: float, where: str) -> None:
    lo, hi = schema.minimum, schema.maximum
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        if lo is not None and hi is not None:
            raise _Refused(where, f"must be within [{_shown(lo)}, {_shown(hi)}], got {_shown(value)}")
        if lo is not None:
            raise _Refused(where, f"must be at least {_shown(lo)}, got {_shown(value)}")
        raise _Refused(where, f"must be at most {_shown(hi)}, got {_shown(value)}")
    if schema.exclusive_minimum is not None and value <= schema.exclusive_minimum:
        raise _Refused(where, f"must be greater than {_shown(schema.exclusive_minimum)}, got {_shown(value)}")
    if schema.exclusive_maximum is not None and value >= schema.exclusive_maximum:
        raise _Refused(where, f"must be less than {_shown(schema.exclusive_maximum)}, got {_shown(value)}")


def _check_string(schema: Schema, value: str, where: str) -> None:
    lo, hi = schema.min_length, schema.max_length
    if lo is not None and hi is not None and not lo <= len(value) <= hi:
        raise _Refused(where, f"must be {lo} to {hi} characters, got {len(value)}")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone surrogate: JSON cannot carry it as UTF-8
            raise _Refused(where, f"holds a lone surrogate at position {exc.start}, which cannot be sent") from None
    if schema.min_length is not None and len(value) < schema.min_length:
        if schema.min_length == 1:
            raise _Refused(where, "must be a non-empty string")
        raise _Refused(where, f"must be at least {schema.min_length} characters, got {len(value)}")
    if schema.max_length is not None and len(value) > schema.max_length:
        raise _Refused(where, f"must be at most {schema.max_length} characters, got {len(value)}")
    if schema.pattern is not None and not _compiled(schema.pattern).search(value):
        raise _Refused(where, f"must match {schema.pattern!r}, got {value!r}")


_UNSAFE_IN_SEGMENT = re.compile(r"[/\\?#%\x00-\x1f\x7f]")


def _check_segment(value: str, where: str) -> None:
    """A path parameter must stay one path segment: ``.``, ``..``, a slash, ``?``, ``#`` or a
    control character would send the request to another path (not a rule the spec states)."""
    if value in ("", ".", "..") or _UNSAFE_IN_SEGMENT.search(value):
        raise _Refused(where, f"cannot stand in a URL path, got {value!r:.60}")


def _check_array(schema: Schema, value: list[Any] | tuple[Any, ...], where: str) -> None:
    lo, hi = schema.min_items, schema.max_items
    if lo is not None and hi is not None and not lo <= len(value) <= hi:
        raise _Refused(where, f"must hold at least {lo} and at most {hi} items, got {len(value)}")
    if lo is not None and len(value) < lo:
        raise _Refused(where, f"must hold at least {lo} item{'' if lo == 1 else 's'}, got {len(value)}")
    if schema.max_items is not None and len(value) > schema.max_items:
        raise _Refused(where, f"has {len(value)} items; at most {schema.max_items} are accepted")
    if schema.items is not None:
        for i, item in enumerate(value):
            _check(schema.items, item, f"{where}[{i}]")


def _check_object(schema: Schema, value: Mapping[str, Any], where: str) -> None:
    by_wire = {f.wire: f for f in schema.properties}
    for key in schema.required:
        if key not in value:
            field = by_wire.get(key)
            raise _Refused(_join(where, field.name if field else key), "is required")
    for field in schema.properties:
        if field.wire in value:
            _check(field.schema, value[field.wire], _join(where, field.name))


def _check_alternatives(options: tuple[Schema, ...], value: Any, where: str) -> None:
    refusals: list[_Refused] = []
    for option in options:
        try:
            _check(option, value, where)
            return
        except _Refused as refused:
            refusals.append(refused)
    # The most telling refusal: from an alternative of the value's own type, when there is one.
    typed = [r for o, r in zip(options, refusals, strict=True) if not o.types or _type_ok(o.types, value)]
    if len(typed) == 1 or (typed and any(r.where != where for r in typed)):
        raise next((r for r in typed if r.where != where), typed[0])  # the deepest: inside the value
    if typed:
        raise _Refused(where, "; or ".join(dict.fromkeys(r.reason for r in typed)))
    words = dict.fromkeys(_TYPE_WORDS.get(t, t) for o in options for t in o.types)
    raise _Refused(where, f"must be {' or '.join(words)}, got {type(value).__name__}")


def _matches(schema: Schema, value: Any, where: str) -> bool:
    try:
        _check(schema, value, where)
    except _Refused:
        return False
    return True


def _describe(schema: Schema) -> str:
    return ", ".join(f.name for f in schema.properties) or "see the API reference"


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _resolve_step(schema: Schema, step: str) -> Schema:
    if step == "[]" and schema.items is not None:
        return schema.items
    for field in schema.properties:
        if field.name == step or field.wire == step:
            return field.schema
    for sub in (*schema.all_of, *schema.any_of, *schema.one_of):
        try:
            return _resolve_step(sub, step)
        except KeyError:
            continue
    raise KeyError(step)
