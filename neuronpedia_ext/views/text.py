"""Compact, capped reprs for the public models (no HTTP, no rendering library).

A repr names the class, the fields without a default, and the fields whose value differs from
the default. Strings are cut at :data:`MAX_STR` characters, lists longer than three items (or
holding objects) become ``[N items]``, dicts ``{N keys}``, nested models one level deep. The
whole repr is at most :data:`MAX_REPR` characters.
"""

from __future__ import annotations

import datetime as dt
import reprlib
from typing import Any, TypeVar

import attrs

__all__ = ["MAX_REPR", "MAX_STR", "compact_repr", "short_value", "viewable"]

MAX_REPR = 300
MAX_STR = 60
_ELLIPSIS = "…"
_NO_DEFAULT = object()

T = TypeVar("T", bound=type)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + _ELLIPSIS


def _is_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool, dt.datetime, dt.date))


def short_value(value: Any, depth: int = 1) -> str:
    """One field's value, short: the building block of :func:`compact_repr`."""
    if isinstance(value, str):
        return repr(_cut(value, MAX_STR))
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return repr(value.isoformat())
    if isinstance(value, list | tuple):
        if not value:
            return "[]" if isinstance(value, list) else "()"
        if len(value) <= 3 and all(_is_scalar(v) for v in value):
            inner = ", ".join(short_value(v, 0) for v in value)
            return f"[{inner}]" if isinstance(value, list) else f"({inner}{',' if len(value) == 1 else ''})"
        if all(isinstance(v, int | float) and not isinstance(v, bool) for v in value[:8]):
            return f"[{len(value)} floats]"
        return f"[{len(value)} item{'' if len(value) == 1 else 's'}]"
    if isinstance(value, dict):
        return f"{{{len(value)} keys}}"
    if attrs.has(type(value)):
        return compact_repr(value, depth=depth - 1) if depth > 0 else f"{type(value).__name__}({_ELLIPSIS})"
    return _cut(reprlib.repr(value), MAX_STR)


def _default_of(field: attrs.Attribute[Any], instance: Any) -> Any:
    default = field.default
    if default is attrs.NOTHING:
        return _NO_DEFAULT
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        factory: Any = default
        return factory.factory(instance) if factory.takes_self else factory.factory()
    return default


def compact_repr(obj: Any, depth: int = 1, limit: int = MAX_REPR) -> str:
    """A short repr of an attrs model (see the module docstring); at most ``limit`` characters."""
    cls = type(obj)
    if not attrs.has(cls):
        return _cut(reprlib.repr(obj), limit)
    parts: list[str] = []
    for field in attrs.fields(cls):
        value = getattr(obj, field.name, None)
        if not field.repr or field.name == "base_url" or (field.name == "raw" and isinstance(value, dict)):
            continue
        if field.name.startswith("_"):
            continue
        default = _default_of(field, obj)
        if default is not _NO_DEFAULT:
            try:
                if value == default:
                    continue
            except Exception:
                pass
        parts.append(f"{field.name}={short_value(value, depth)}")
    head = f"{cls.__name__}("
    out = head
    for i, part in enumerate(parts):
        piece = part if i == 0 else ", " + part
        if len(out) + len(piece) + 1 > limit:
            out += (", " if i else "") + _ELLIPSIS
            break
        out += piece
    return _cut(out + ")", limit)


def _repr(self: Any) -> str:
    return compact_repr(self)


def _repr_html(self: Any) -> str:
    from .html import render

    return render(self)


def viewable(cls: T) -> T:
    """Class decorator: a compact ``__repr__`` and a notebook ``_repr_html_`` (apply above attrs')."""
    cls.__repr__ = _repr  # type: ignore[assignment]
    cls._repr_html_ = _repr_html  # type: ignore[attr-defined]
    return cls
