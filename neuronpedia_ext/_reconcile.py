"""Opt-in reconciliation of writes whose outcome is unknown (``reconcile=True``).

A write whose request left but whose answer was lost (a reset, a stall, a 5xx after the
handler ran) may or may not have been applied; the error says so (``may_have_applied``). For
the creations that can be observed afterwards, a caller can ask the client to find out:

* ``vectors.new(..., reconcile=True)``: looked up with ``vectors.list_owned()`` (vector/list-owned);
* ``lists.new(..., reconcile=True)`` and ``lists.new_with_features(..., reconcile=True)``:
  looked up with ``lists.list_owned()`` (list/list).

Cost: one list-owned read before the write (the objects that already match, so an identical
older one is never mistaken for the new one) and, only after an ambiguous failure, one more.
The answer is then definite: the created object is returned as if the write had succeeded, or
the original error is raised with ``may_have_applied`` False, ``reconciled`` True and a text
that says the write was not applied. If the lookup itself fails, the original error is raised
unchanged (still ``may_have_applied``) with ``reconciled`` False. Nothing is retried: a write
that was not applied is left to the caller to send again.
"""

from __future__ import annotations

import math
from typing import Any

from ._errors import NeuronpediaError

__all__ = ["ambiguous", "list_matches", "not_applied", "unresolved", "vector_matches"]


def ambiguous(error: NeuronpediaError) -> bool:
    """Whether ``error`` leaves a write's outcome unknown."""
    return bool(getattr(error, "may_have_applied", False))


def not_applied(error: NeuronpediaError) -> NeuronpediaError:
    """Mark ``error`` as reconciled: the write was looked up afterwards and is not there."""
    error.may_have_applied = False  # type: ignore[attr-defined]
    error.reconciled = True  # type: ignore[attr-defined]
    text = str(error.args[0]) if error.args else str(error)
    text = text.replace("the write may have been applied", "the write was not applied (looked up afterwards)")
    if "not applied" not in text:
        text += " (reconciled: the write was not applied, looked up afterwards)"
    error.args = (text, *error.args[1:])
    return error


def unresolved(error: NeuronpediaError, lookup: NeuronpediaError) -> NeuronpediaError:
    """Mark ``error``: reconciliation was asked for, but the lookup failed too."""
    error.reconciled = False  # type: ignore[attr-defined]
    text = str(error.args[0]) if error.args else str(error)
    error.args = (f"{text} (reconciliation lookup failed: {type(lookup).__name__})", *error.args[1:])
    return error


def vector_matches(vector: Any, body: Any) -> bool:
    """Whether a listed ``NPVector`` is what the ``CreateVectorRequest`` ``body`` creates."""
    hook = getattr(body.hook_type, "value", body.hook_type)
    source = f"{body.layer_number}-neuronpedia-{str(hook).removeprefix('hook_').replace('_', '-')}"
    if (vector.label, vector.model_id, vector.source) != (body.vector_label, body.model_id, source):
        return False
    values = list(vector.values or [])
    return len(values) == len(body.vector) and all(
        math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9) for a, b in zip(values, body.vector, strict=True)
    )


def list_matches(lst: Any, body: Any) -> bool:
    """Whether a listed ``NPList`` is what the create-list ``body`` creates."""
    return bool(lst.name == body.name and (lst.description or "") == (body.description or ""))
