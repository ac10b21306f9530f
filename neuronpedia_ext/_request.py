"""Build an operation's HTTP request from the spec's wire table, without the generated client.

:func:`build_request` returns what the generated ``neuronpedia_api.api.<tag>.<op>._get_kwargs``
returns for the same arguments (method, URL with the same quoting, query params, JSON body,
headers), from the plain literals in ``_wire.py`` (generated from the spec by
``scripts/gen_wire_table.py``). It imports nothing generated: a body may be a generated model
(anything with ``to_dict()``, which is then used as it is) or a mapping keyed by the model's
python attribute names, renamed to wire names recursively, as the generated ``to_dict`` does:

- an absent key is sent with the spec's default when it has one (as the generated model's
  attribute default is), and otherwise not sent; the generated ``UNSET`` is never sent;
  ``None`` is sent;
- an enum is sent as its ``.value``; nested objects and lists of objects are renamed in turn;
- a model's extra keys go under ``"additional_properties"`` (a mapping sent as it is, first);
- an unknown key, or a missing required one, raises :class:`TypeError` naming the operation,
  the schema and the key (a misspelt field is never sent), as the generated model's
  constructor would.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeAlias
from urllib.parse import quote

from ._wire import OPERATIONS, SCHEMAS

#: How a value is put on the wire; see ``_wire.py``'s docstring. Recursive, so typed loosely.
Kind: TypeAlias = Any
#: (method, url_template, path_params, query_params, body, content_type)
Operation: TypeAlias = tuple[
    str,
    str,
    tuple[tuple[str, str], ...],
    tuple[tuple[str, str, Kind, bool, Any], ...],
    tuple[str, Kind, bool, str | None] | None,
    str | None,
]
#: (fields: (python_name, wire_name, kind, required, has_default, default), additional_properties)
Schema: TypeAlias = tuple[tuple[tuple[str, str, Kind, bool, bool, Any], ...], bool]

__all__ = ["build_request", "operation_names"]

_EXTRA = "additional_properties"


class _NoUnset:
    """Stands in for the generated UNSET while neuronpedia_api.types is not imported (so none exists)."""


_NO_UNSET = _NoUnset()


def _unset() -> object:
    # The generated UNSET can only be in the arguments if its module was imported; never import it.
    types = sys.modules.get("neuronpedia_api.types")
    return _NO_UNSET if types is None else getattr(types, "UNSET", _NO_UNSET)


def operation_names() -> frozenset[str]:
    """Every operation ``build_request`` knows, by the generated python name."""
    return frozenset(OPERATIONS)


def build_request(op: str, args: Mapping[str, Any]) -> dict[str, Any]:
    """The request the generated ``_get_kwargs(**args)`` of operation ``op`` would build.

    ``args`` uses the generated argument names: path and query parameters by python name, and
    ``body`` for the JSON body (a generated model, a mapping by python attribute names, or, for a
    list body, a list of either). Raises :class:`KeyError` for an unknown operation and
    :class:`TypeError` for an unknown or missing argument or body field.
    """
    try:
        method, template, path_params, query_params, body, content_type = OPERATIONS[op]
    except KeyError:
        raise KeyError(f"unknown operation {op!r}") from None
    used = 0
    kwargs: dict[str, Any] = {"method": method}
    if path_params:
        values = {}
        for python, _wire in path_params:
            try:
                values[python] = quote(str(args[python]), safe="")
            except KeyError:
                raise TypeError(f"{op}: missing path parameter {python!r}") from None
        used += len(path_params)
        kwargs["url"] = template.format_map(values)
    else:
        kwargs["url"] = template
    if not query_params and body is None:
        if used != len(args):
            _unknown_arguments(op, args, path_params, query_params, body)
        return kwargs
    unset = _unset()
    if query_params:
        params: dict[str, Any] = {}
        for python, wire, kind, has_default, default in query_params:
            if python in args:
                used += 1
                value = args[python]
            elif has_default:
                value = default
            else:
                raise TypeError(f"{op}: missing query parameter {python!r}")
            if value is unset or value is None:
                continue
            params[wire] = value if kind is None else _value(kind, value, op, unset)
        kwargs["params"] = params
    if body is not None:
        name, kind, required, _schema = body
        if name in args:
            used += 1
            value = args[name]
            if value is not unset:
                kwargs["json"] = _value(kind, value, op, unset)
        elif required:
            raise TypeError(f"{op}: missing the request body {name!r}")
        kwargs["headers"] = {"Content-Type": content_type}
    if used != len(args):
        _unknown_arguments(op, args, path_params, query_params, body)
    return kwargs


def _unknown_arguments(op: str, args: Mapping[str, Any], path: Any, query: Any, body: Any) -> None:
    known = {p[0] for p in path} | {q[0] for q in query} | ({body[0]} if body else set())
    unknown = sorted(set(args) - known)
    raise TypeError(f"{op}: unknown argument(s) {', '.join(map(repr, unknown))}; it takes {sorted(known)}")


def _value(kind: Kind, value: Any, op: str, unset: object) -> Any:
    tag = kind[0]  # "e"[0] is "e"
    if tag == "m":
        return _object(kind[1], value, op, unset)
    if tag == "l":
        inner = kind[1]
        if inner[0] == "m":
            schema = inner[1]
            return [_object(schema, item, op, unset) for item in value]
        return [_value(inner, item, op, unset) for item in value]
    if tag == "e":
        return value.value if isinstance(value, Enum) else value
    # "u": a union, told apart by the value's type as the generated to_dict does.
    _tag, obj, lst = kind
    if obj is not None and (isinstance(value, Mapping) or hasattr(value, "to_dict")):
        return _object(obj[1], value, op, unset)
    if lst is not None and isinstance(value, list):
        return _value(lst, value, op, unset)
    if isinstance(value, Enum):
        return value.value
    return value


def _object(schema: str, value: Any, op: str, unset: object) -> Any:
    if type(value) is not dict:
        to_dict = getattr(value, "to_dict", None)
        if to_dict is not None:
            return to_dict()
        if not isinstance(value, Mapping):
            raise TypeError(f"{op}: {schema} must be a mapping or a model, not {type(value).__name__}")
    fields, extra = SCHEMAS[schema]
    out: dict[str, Any] = {}
    used = 0
    if extra and _EXTRA in value:
        used = 1
        out.update(value[_EXTRA])
    for python, wire, kind, required, has_default, default in fields:
        if python in value:
            used += 1
            item = value[python]
            if item is not unset:
                out[wire] = item if kind is None else _value(kind, item, op, unset)
            elif required:
                raise TypeError(f"{op}: {schema} is missing the required field {python!r}")
        elif has_default:
            out[wire] = default
        elif required:
            raise TypeError(f"{op}: {schema} is missing the required field {python!r}")
    if used != len(value):
        known = {f[0] for f in fields} | ({_EXTRA} if extra else set())
        unknown = sorted(str(k) for k in value if k not in known)
        raise TypeError(f"{op}: {schema} has no field {', '.join(map(repr, unknown))} (fields: {sorted(known)})")
    return out
