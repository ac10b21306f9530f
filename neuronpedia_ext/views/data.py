"""Plain JSON-able data from the public models (what the CLI prints with ``--json``).

``to_jsonable(obj)`` turns attrs models into dicts of their fields (recursively), dates into
ISO 8601 strings, tuples into lists, and drops ``raw`` where it is the server's own JSON (which the
model's fields already carry) and ``base_url``. Exceptions become ``{"error", "message"}``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

__all__ = ["to_jsonable"]


def _dropped(name: str, value: Any) -> bool:
    """Private fields (the bound client) and ``base_url`` are dropped; ``raw`` only where it is the
    server's JSON (a dict): ``ChatOutput.raw`` is text."""
    return name == "base_url" or name.startswith("_") or (name == "raw" and isinstance(value, Mapping))


def to_jsonable(obj: Any) -> Any:
    """``obj`` as JSON-able data (see the module docstring)."""
    if obj is None or isinstance(obj, str | bool | int):
        return obj
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dt.datetime | dt.date):
        return obj.isoformat()
    if isinstance(obj, BaseException):
        return {"error": type(obj).__name__, "message": str(obj)}
    if attrs.has(type(obj)):
        return {
            f.name: to_jsonable(value)
            for f in attrs.fields(type(obj))
            if not _dropped(f.name, value := getattr(obj, f.name))
        }
    asdict = getattr(obj, "_asdict", None)  # named tuples (FeatureId)
    if isinstance(obj, tuple) and callable(asdict):
        return to_jsonable(asdict())
    if isinstance(obj, Mapping):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, Iterable):
        return [to_jsonable(v) for v in obj]
    tolist = getattr(obj, "tolist", None)  # numpy scalars
    if callable(tolist):
        return to_jsonable(tolist())
    return str(obj)
