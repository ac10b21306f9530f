"""numpy/torch-tolerant conversion of numeric inputs to plain Python floats.

The official client hands vectors and activation values straight to ``json.dumps``, which
fails on ``numpy.ndarray``, ``numpy.float32`` and ``torch.Tensor``. Here they are converted by
duck typing, so neither numpy nor torch is imported (nor required):

* a torch tensor (anything with ``.detach()``) is detached and moved to the CPU first;
* anything with ``.tolist()`` (numpy arrays and scalars, tensors, ``array.array``) is
  converted with it;
* any other iterable is walked element by element; elements may be numpy/torch scalars
  (anything with ``.item()`` or ``__float__``).

NaN and infinity cannot be sent as JSON; they raise :class:`InvalidRequestError` naming the
position (``values[3]`` or ``values[2][5]``), before anything is sent.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Set
from typing import Any

from ._errors import InvalidRequestError

__all__ = ["to_float", "to_float_list", "to_float_matrix"]


def _plain(value: Any) -> Any:
    """``value`` as plain Python data (lists/floats), via ``.detach().cpu()`` and ``.tolist()``."""
    detach = getattr(value, "detach", None)
    if callable(detach):
        value = detach()
        cpu = getattr(value, "cpu", None)
        if callable(cpu):
            value = cpu()
    tolist = getattr(value, "tolist", None)
    if callable(tolist) and not isinstance(value, str | bytes):
        return tolist()
    return value


def to_float(value: Any, *, name: str = "value") -> float:
    """One finite float from a Python number or a numpy/torch scalar (or 0-d array)."""
    value = _plain(value)
    if isinstance(value, bool | str | bytes):
        raise InvalidRequestError(f"{name} must be a number, got {type(value).__name__}")
    if not isinstance(value, int | float):
        item = getattr(value, "item", None)
        if callable(item):
            value = item()
    try:
        result = float(value)
    except (TypeError, ValueError) as exc:
        raise InvalidRequestError(f"{name} must be a number, got {type(value).__name__}") from exc
    if not math.isfinite(result):
        raise InvalidRequestError(f"{name} is {result}; NaN and infinity cannot be sent")
    return result


def _size(values: Any) -> int | None:
    """The number of values, read without converting any (``len``, or a numpy/torch ``size``)."""
    size = getattr(values, "size", None)
    if isinstance(size, int):
        return size
    if callable(size):  # torch: size() is the shape; numel() the count
        numel = getattr(values, "numel", None)
        if callable(numel):
            count = numel()
            return count if isinstance(count, int) else None
    try:
        return len(values)
    except TypeError:
        return None


def to_float_list(values: Any, *, name: str = "values", max_length: int | None = None) -> list[float]:
    """A list of finite floats from a 1-d sequence, numpy array or torch tensor.

    A mapping, a set, a string or bytes is refused (a dict would send its keys, a set has no
    order). With ``max_length``, the length is checked before a single value is converted.
    """
    if isinstance(values, str | bytes | bytearray | Mapping | Set) or values is None:
        raise InvalidRequestError(f"{name} must be a sequence of numbers, got {type(values).__name__}")
    if max_length is not None:
        size = _size(values)
        if size is not None and size > max_length:
            raise InvalidRequestError(f"{name} has {size} values; at most {max_length} are accepted")
    values = _plain(values)
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise InvalidRequestError(f"{name} must be a sequence of numbers, got {type(values).__name__}")
    return [to_float(v, name=f"{name}[{i}]") for i, v in enumerate(values)]


def to_float_matrix(values: Any, *, name: str = "values") -> list[list[float]]:
    """A list of lists of finite floats from a 2-d sequence, numpy array or torch tensor (rows may differ in length)."""
    values = _plain(values)
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise InvalidRequestError(f"{name} must be a sequence of sequences of numbers, got {type(values).__name__}")
    return [to_float_list(row, name=f"{name}[{i}]") for i, row in enumerate(values)]
