"""A few yup-style checks with yup's default messages (``<path> is a required field`` ...)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any


class Invalid(Exception):
    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


_MISSING = object()


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def req(body: Mapping[str, Any], name: str, path: str | None = None) -> Any:
    path = path or name
    value = body.get(name, _MISSING)
    if value is _MISSING or value is None:
        raise Invalid(path, f"{path} is a required field")
    return value


def string(
    body: Mapping[str, Any],
    name: str,
    *,
    required: bool = True,
    min_len: int | None = None,
    max_len: int | None = None,
    default: str | None = None,
    path: str | None = None,
    nullable: bool = True,
) -> str | None:
    path = path or name
    value = body.get(name, _MISSING)
    if value is _MISSING or (value is None and nullable):
        if required:
            raise Invalid(path, f"{path} is a required field")
        return default
    if value is None:
        raise Invalid(path, f"{path} cannot be null")
    if _is_number(value):
        value = str(value)
    if not isinstance(value, str):
        raise Invalid(path, f"{path} must be a `string` type, but the final value was: `{value!r}`.")
    if required and value == "":
        raise Invalid(path, f"{path} is a required field")
    if min_len is not None and len(value) < min_len:
        raise Invalid(path, f"{path} must be at least {min_len} characters")
    if max_len is not None and len(value) > max_len:
        raise Invalid(path, f"{path} must be at most {max_len} characters")
    return value


def number(
    body: Mapping[str, Any],
    name: str,
    *,
    required: bool = True,
    lo: float | None = None,
    hi: float | None = None,
    integer: bool = False,
    default: float | None = None,
    path: str | None = None,
) -> float | None:
    path = path or name
    value = body.get(name, _MISSING)
    if value is _MISSING or value is None:
        if required:
            raise Invalid(path, f"{path} is a required field")
        return default
    if isinstance(value, str):
        try:
            value = float(value)
        except ValueError:
            value = None
    if not _is_number(value):
        raise Invalid(path, f"{path} must be a `number` type, but the final value was: `NaN`.")
    assert value is not None
    if integer and float(value) != int(value):
        raise Invalid(path, f"{path} must be an integer")
    if lo is not None and value < lo:
        raise Invalid(path, f"{path} must be greater than or equal to {_fmt(lo)}")
    if hi is not None and value > hi:
        raise Invalid(path, f"{path} must be less than or equal to {_fmt(hi)}")
    return float(value)


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


def one_of(value: Any, allowed: Sequence[str], path: str) -> str:
    if value not in allowed:
        raise Invalid(path, f"{path} must be one of the following values: {', '.join(allowed)}")
    return str(value)


def array(
    body: Mapping[str, Any],
    name: str,
    *,
    required: bool = True,
    min_items: int | None = None,
    max_items: int | None = None,
    path: str | None = None,
) -> list[Any] | None:
    path = path or name
    value = body.get(name, _MISSING)
    if value is _MISSING or value is None:
        if required:
            raise Invalid(path, f"{path} is a required field")
        return None
    if not isinstance(value, list):
        raise Invalid(path, f"{path} must be a `array` type, but the final value was: `{value!r}`.")
    if min_items is not None and len(value) < min_items:
        raise Invalid(path, f"{path} field must have at least {min_items} items")
    if max_items is not None and len(value) > max_items:
        raise Invalid(path, f"{path} field must have less than or equal to {max_items} items")
    return value


def matches(value: str, pattern: str, path: str, message: str | None = None) -> str:
    if not re.search(pattern, value):
        raise Invalid(path, message or f'{path} must match the following: "/{pattern}/"')
    return value


def url(value: str | None, path: str) -> str | None:
    if value is None:
        return None
    if not re.match(r"^(https?|ftp)://[^\s/$.?#].[^\s]*$", value, re.IGNORECASE):
        raise Invalid(path, f"{path} must be a valid URL")
    return value
