"""Feature identifiers: (model_id, source, index).

A feature is named by its model, its source (the SAE or vector source id, e.g. ``6-res-jb``;
upstream calls it ``layer`` on the wire) and its index. The wire carries the index as a string;
here an int or a str is accepted. :func:`parse_feature_id` also reads ``"model/source/index"``
strings and neuronpedia.org URLs (``https://www.neuronpedia.org/gpt2-small/6-res-jb/42``).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

import attrs

from ._errors import InvalidRequestError

__all__ = ["FeatureId", "FeatureIdLike", "identifier", "items_of", "parse_feature_id"]

_SEGMENT = re.compile(r"^[A-Za-z0-9._-]+$")


def _index(value: int | str) -> int:
    return int(normalize_index(value))


@attrs.frozen
class FeatureId:
    """``(model_id, source, index)``; ``str(fid)`` is ``"model/source/index"``; unpacks as a 3-tuple.

    ``index`` is an ``int``, as on every public model (a decimal string is accepted and
    converted); :attr:`wire_index` is the string the API carries.
    """

    model_id: str
    source: str
    index: int = attrs.field(converter=_index)

    @property
    def wire_index(self) -> str:
        """The index as the wire carries it (a decimal string)."""
        return str(self.index)

    def __iter__(self) -> Iterator[str | int]:
        return iter((self.model_id, self.source, self.index))

    def __str__(self) -> str:
        return f"{self.model_id}/{self.source}/{self.index}"

    def url(self, base_url: str = "https://www.neuronpedia.org") -> str:
        """The feature's page."""
        return f"{base_url.rstrip('/')}/{self}"


FeatureIdLike = FeatureId | str | tuple[str, str, int | str] | Any


def normalize_index(index: int | str, name: str = "index") -> str:
    """The wire form of a feature index: a non-negative integer as a string.

    Any integer type is accepted (``numpy.int64``, anything with ``__index__``); a text must be
    decimal digits. A number too long to convert (Python refuses over 4,300 digits) is refused
    with the same typed error, never a raw ``ValueError``.
    """
    if isinstance(index, bool):
        raise InvalidRequestError(f"{name}: a feature index must be an int or a str, got bool")
    if not isinstance(index, int | str):
        try:
            index = operator.index(index)  # numpy / torch integer scalars
        except TypeError:
            raise InvalidRequestError(
                f"{name}: a feature index must be an int or a str, got {type(index).__name__}"
            ) from None
    try:
        text = str(index).strip()
        if not text.isascii() or not text.isdecimal():
            raise InvalidRequestError(f"{name}: a feature index must be a non-negative integer, got {index!r:.60}")
        return str(int(text))
    except ValueError as exc:
        if isinstance(exc, InvalidRequestError):
            raise
        raise InvalidRequestError(f"{name}: a feature index of that many digits cannot be sent") from None


def identifier(value: Any, name: str) -> str:
    """A model, source or source-set id that can stand as one path segment: a non-empty
    ``[A-Za-z0-9._-]`` string other than ``.`` and ``..`` (which would change a URL's path)."""
    if not isinstance(value, str) or not _SEGMENT.match(value) or value in (".", ".."):
        raise InvalidRequestError(f"{name} must be a non-empty id like 'gpt2-small', got {value!r:.60}")
    return value


def items_of(value: Any, name: str) -> list[Any]:
    """The items of a list-like argument; None, a string, bytes, a mapping or a number is refused
    (iterating them would send characters, keys or nothing at all)."""
    if value is None or isinstance(value, str | bytes | bytearray | Mapping) or not isinstance(value, Iterable):
        raise InvalidRequestError(f"{name} must be a list, got {type(value).__name__}")
    return list(value)


def feature_id(model_id: str, source: str, index: int | str, name: str | None = None) -> FeatureId:
    """A validated :class:`FeatureId` from its three parts (``name``: the argument, for errors)."""
    prefix = f"{name}: " if name else ""
    try:
        return FeatureId(
            identifier(model_id, "model_id"), identifier(source, "source"), normalize_index(index, "index")
        )
    except InvalidRequestError as exc:
        raise InvalidRequestError(f"{prefix}{exc}") from None


def parse_feature_id(value: FeatureIdLike, name: str = "feature") -> FeatureId:
    """A :class:`FeatureId` from a FeatureId, a 3-tuple, ``"model/source/index"`` or a URL.

    Objects with ``model_id``, ``source``/``layer`` and ``index`` attributes (e.g. a
    :class:`~neuronpedia_ext.Feature`) are accepted too.
    """
    if isinstance(value, FeatureId):
        return value
    if isinstance(value, tuple) and len(value) == 3:
        model_id, source, index = value
        return feature_id(model_id, source, index, name=name)
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
                f"{name}: cannot read a feature id from {value!r:.80}: expected 'model/source/index' or a feature URL"
            )
        return feature_id(parts[0], parts[1], parts[2], name=name)
    model_id = getattr(value, "model_id", None)
    source = getattr(value, "source", None) or getattr(value, "layer", None)
    index = getattr(value, "index", None)
    if model_id is not None and source is not None and index is not None:
        return feature_id(model_id, source, index, name=name)
    raise InvalidRequestError(f"{name}: cannot read a feature id from {value!r:.80}")
