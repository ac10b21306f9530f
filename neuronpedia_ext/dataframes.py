"""Tables of results, for notebooks: ``to_dataframe(items)`` (the ``pandas`` extra).

    from neuronpedia_ext.dataframes import to_dataframe

    df = to_dataframe(np.features.get_many(ids))        # one row per id, in order
    df = to_dataframe(np.search.iter_explanations_all("dogs", max_results=100))

Each item becomes one row of its scalar fields (strings, numbers, booleans, dates; lists and
nested objects are left out). Features also get ``explanation`` (the top explanation's text)
and ``max_activation`` (the ``Feature`` properties of those names); ``FeatureResult``s (from
``get_many``) are flattened into the feature's row plus ``ok`` and ``error``. pandas is imported
only when this is called.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs

from .models.features import Feature, FeatureResult

__all__ = ["to_dataframe", "to_records"]

_SCALARS = (str, int, float, bool, dt.datetime, type(None))


def _scalars(item: Any) -> dict[str, Any]:
    if not attrs.has(type(item)):
        raise TypeError(f"to_dataframe takes neuronpedia_ext models, got {type(item).__name__}")
    row = {}
    for field in attrs.fields(type(item)):
        value = getattr(item, field.name)
        if isinstance(value, _SCALARS) and field.name != "raw":
            row[field.name] = value
    return row


def _row(item: Any) -> dict[str, Any]:
    if isinstance(item, FeatureResult):
        row: dict[str, Any] = {"model_id": item.id.model_id, "source": item.id.source, "index": item.id.index}
        if item.feature is not None:
            row |= _row(item.feature)
        row["ok"] = item.ok
        row["error"] = None if item.error is None else str(item.error)
        return row
    row = _scalars(item)
    if isinstance(item, Feature):
        ids = {"model_id": item.model_id, "source": item.source, "index": item.index}
        row = ids | {k: v for k, v in row.items() if k not in ("modelId", "source", "index")}
        row["explanation"] = item.explanation
        row["max_activation"] = item.max_activation
    return row


def to_records(items: Iterable[Any]) -> list[dict[str, Any]]:
    """The rows :func:`to_dataframe` would build, as plain dicts (no pandas needed)."""
    return [_row(item) for item in items]


def to_dataframe(items: Iterable[Any]) -> Any:
    """A ``pandas.DataFrame`` with one row per item (see the module docstring)."""
    try:
        import pandas as pd
    except ImportError as exc:
        from ._extras import install_hint

        raise ImportError(f"to_dataframe needs pandas: {install_hint('pandas')}") from exc
    return pd.DataFrame.from_records(to_records(items))
