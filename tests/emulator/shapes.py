"""Compare JSON documents by shape: same keys, same JSON types, recursively; values may differ."""

from __future__ import annotations

import json
from typing import Any


def kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def shape(value: Any) -> Any:
    """A canonical, hashable description of ``value``'s shape."""
    k = kind(value)
    if k == "object":
        return ("object", tuple(sorted((key, shape(v)) for key, v in value.items())))
    if k == "array":
        return ("array", tuple(sorted({json.dumps(shape(v)) for v in value})))
    return k


def diff(recorded: Any, actual: Any, path: str = "$") -> list[str]:
    """Differences in shape; for arrays every element of ``actual`` must match a recorded element shape.

    An empty recorded array says nothing about its elements, so any actual array matches it.
    """
    rk, ak = kind(recorded), kind(actual)
    if rk != ak:
        return [f"{path}: recorded {rk}, emulator {ak}"]
    if rk == "object" and recorded and all(k.isdigit() for k in recorded):
        # a map keyed by ids (e.g. activeFeatures): compare the values like array elements
        return diff(list(recorded.values()), list(actual.values()), path + "{}")
    if rk == "object":
        out = []
        missing = sorted(set(recorded) - set(actual))
        extra = sorted(set(actual) - set(recorded))
        if missing:
            out.append(f"{path}: missing keys {missing}")
        if extra:
            out.append(f"{path}: extra keys {extra}")
        for key in sorted(set(recorded) & set(actual)):
            out.extend(diff(recorded[key], actual[key], f"{path}.{key}"))
        return out
    if rk == "array":
        if not recorded:
            return []
        if not actual:
            return [f"{path}: emulator array is empty, recorded has {len(recorded)} items"]
        recorded_kinds = {kind(r) for r in recorded}
        if recorded_kinds <= {"null", "boolean", "number", "string"}:
            bad = sorted({kind(a) for a in actual} - recorded_kinds)
            return [f"{path}[]: element kinds {bad} not among recorded {sorted(recorded_kinds)}"] if bad else []
        out = []
        for i, item in enumerate(actual):
            candidates = [diff(r, item, f"{path}[{i}]") for r in recorded]
            best = min(candidates, key=len)
            if best:
                out.extend(best)
                break
        return out
    return []
