"""Feature identifiers: (model_id, source, index).

A feature is named by its model, its source (the SAE or vector source id, e.g. ``6-res-jb``;
upstream calls it ``layer`` on the wire) and its index. The wire carries the index as a string;
here an int or a str is accepted. :func:`parse_feature_id` also reads ``"model/source/index"``
strings and neuronpedia.org URLs (``https://www.neuronpedia.org/gpt2-small/6-res-jb/42``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import attrs

from ._errors import InvalidRequestError

__all__ = ["FeatureId", "FeatureIdLike", "parse_feature_id"]

_SEGMENT = re.compile(r"^[A-Za-z0-9._-]+$")


@attrs.frozen
class FeatureId:
    """``(model_id, source, index)``; ``str(fid)`` is ``"model/source/index"``; unpacks as a 3-tuple."""

    model_id: str
    source: str
    index: str

    def __iter__(self) -> Iterator[str]:
        return iter((self.model_id, self.source, self.index))

    def __str__(self) -> str:
        return f"{self.model_id}/{self.source}/{self.index}"

    def url(self, base_url: str = "https://www.neuronpedia.org") -> str:
        """The feature's page."""
        return f"{base_url.rstrip('/')}/{self}"


FeatureIdLike = FeatureId | str | tuple[str, str, int | str] | Any


def normalize_index(index: int | str) -> str:
    """The wire form of a feature index: a non-negative integer as a string."""
    if isinstance(index, bool) or not isinstance(index, int | str):
        raise InvalidRequestError(f"feature index must be an int or a str, got {type(index).__name__}")
    text = str(index).strip()
    if not text.isdecimal():
        raise InvalidRequestError(f"feature index must be a non-negative integer, got {index!r}")
    return str(int(text))


def feature_id(model_id: str, source: str, index: int | str) -> FeatureId:
    """A validated :class:`FeatureId` from its three parts."""
    for name, value in (("model_id", model_id), ("source", source)):
        if not isinstance(value, str) or not _SEGMENT.match(value):
            raise InvalidRequestError(f"{name} must be a non-empty id like 'gpt2-small', got {value!r}")
    return FeatureId(model_id, source, normalize_index(index))


def parse_feature_id(value: FeatureIdLike) -> FeatureId:
    """A :class:`FeatureId` from a FeatureId, a 3-tuple, ``"model/source/index"`` or a URL.

    Objects with ``model_id``, ``source``/``layer`` and ``index`` attributes (e.g. a
    :class:`~neuronpedia_ext.Feature`) are accepted too.
    """
    if isinstance(value, FeatureId):
        return value
    if isinstance(value, tuple) and len(value) == 3:
        return feature_id(*value)
    if isinstance(value, str):
        text = value.strip()
        if "://" in text:
            text = urlsplit(text).path
        parts = [p for p in text.split("?")[0].split("/") if p]
        if parts and parts[0] == "api":
            parts = parts[1:]
        if parts and parts[0] == "feature":
            parts = parts[1:]
        if len(parts) != 3:
            raise InvalidRequestError(
                f"cannot read a feature id from {value!r}: expected 'model/source/index' or a feature URL"
            )
        return feature_id(*parts)
    model_id = getattr(value, "model_id", None)
    source = getattr(value, "source", None) or getattr(value, "layer", None)
    index = getattr(value, "index", None)
    if model_id is not None and source is not None and index is not None:
        return feature_id(model_id, source, index)
    raise InvalidRequestError(f"cannot read a feature id from {value!r}")
