"""Activations: one text with a feature's value on each token (``Activation``), and the
per-source results of ``client.activations.compute_source`` (``SourceTextActivations``).

``Activation`` is the official package's class (``neuronpedia.np_activation.Activation``): its
fields ``modelId, source, index, tokens, values, quantileMax, quantileMin, quantileFraction``
come first, in the official order, so official-style construction keeps working; the richer
columns of a stored activation (``max_value``, ``data_index``, ``created_at``, ...) follow with
defaults. ``index`` is an ``int`` as in the official class; a decimal string is accepted and
converted. ``model_id`` is a read-only alias of ``modelId``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from .._errors import InvalidRequestError
from .._ids import FeatureId, normalize_index
from .._validate import check_value, rule
from ..views.text import viewable

__all__ = ["Activation", "SourceTextActivations", "to_index"]


def to_index(value: int | str) -> int:
    """A feature index as an ``int`` (an int or a decimal string; the wire carries strings)."""
    return int(normalize_index(value))


def _optional_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _check_fraction(instance: Activation, attribute: attrs.Attribute[Any], value: float | None) -> None:
    """The spec's range of ``quantileFraction`` (from the generated rules), checked when the model is made."""
    if value is not None:
        check_value(
            rule("upload_features", "features", "[]", "activations", "[]", "quantile_fraction"),
            value,
            "quantileFraction",
        )


@viewable
@attrs.frozen
class Activation:
    """One text with the activation value of a feature on each of its tokens.

    The official fields come first. The ``quantile*`` fields describe the quantile bin a stored
    activation was sampled from (``binMax``/``binMin``/``binContains`` on the wire); they are
    ``None`` for top activations and computed ones. ``str(activation)`` lists one
    ``token<TAB>value`` pair per line, like the official class.
    """

    modelId: str
    source: str
    index: int = attrs.field(converter=to_index)
    tokens: list[str] = attrs.field(factory=list)
    values: list[float] = attrs.field(factory=list)
    quantileMax: float | None = attrs.field(default=None, converter=_optional_float)
    quantileMin: float | None = attrs.field(default=None, converter=_optional_float)
    quantileFraction: float | None = attrs.field(default=None, converter=_optional_float, validator=_check_fraction)
    id: str | None = None
    max_value: float | None = None
    max_value_token_index: int | None = None
    min_value: float | None = None
    data_index: str | None = None
    data_source: str | None = None
    creator_id: str | None = None
    created_at: dt.datetime | None = None
    dfa_values: list[float] = attrs.field(factory=list, repr=False)
    dfa_target_index: int | None = None
    dfa_max_value: float | None = None
    loss_values: list[float] = attrs.field(factory=list, repr=False)
    logit_contributions: str | None = attrs.field(default=None, repr=False)
    qualifying_token_index: int | None = None

    @property
    def model_id(self) -> str:
        return self.modelId

    @property
    def feature_id(self) -> FeatureId:
        return FeatureId(self.modelId, self.source, self.index)

    def __str__(self) -> str:
        lines = [f"Activation for modelId: {self.modelId}, source: {self.source}, index: {self.index}"]
        lines.extend(f"{token}\t{value}" for token, value in zip(self.tokens, self.values, strict=False))
        return "\n".join(lines)

    @classmethod
    def from_np_db_json(cls, json_data: Mapping[str, Any]) -> Activation:
        """From a Neuronpedia ``Activation`` row (as in the feature GET, ``activation/get`` ...).

        Unlike the official method this reads the real shape: the source is ``layer`` (``source``
        is accepted too) and the bin columns may be absent.
        """
        tokens = list(json_data["tokens"])
        values = [float(v) for v in json_data["values"]]
        if len(tokens) != len(values):
            raise ValueError(f"Length mismatch: tokens has {len(tokens)} elements, values has {len(values)} elements")
        created = json_data.get("createdAt")
        return cls(
            modelId=json_data["modelId"],
            source=json_data.get("layer") or json_data["source"],
            index=json_data["index"],
            tokens=tokens,
            values=values,
            quantileMax=json_data.get("binMax"),
            quantileMin=json_data.get("binMin"),
            quantileFraction=json_data.get("binContains"),
            id=json_data.get("id"),
            max_value=json_data.get("maxValue"),
            max_value_token_index=json_data.get("maxValueTokenIndex"),
            min_value=json_data.get("minValue"),
            data_index=json_data.get("dataIndex"),
            data_source=json_data.get("dataSource"),
            creator_id=json_data.get("creatorId"),
            created_at=dt.datetime.fromisoformat(created.replace("Z", "+00:00")) if created else None,
            dfa_values=list(json_data.get("dfaValues") or []),
            dfa_target_index=json_data.get("dfaTargetIndex"),
            dfa_max_value=json_data.get("dfaMaxValue"),
            loss_values=list(json_data.get("lossValues") or []),
            logit_contributions=json_data.get("logitContributions"),
            qualifying_token_index=json_data.get("qualifyingTokenIndex"),
        )


@viewable
@attrs.frozen
class SourceTextActivations:
    """Every feature of a source that fires on one text (``client.activations.compute_source``).

    ``active_features`` maps a feature index to its ``(token_index, value)`` pairs, in the
    server's order. The tokens have no BOS token.
    """

    model_id: str
    source: str
    tokens: list[str]
    active_features: dict[int, list[tuple[int, float]]]

    def feature_values(self, index: int | str) -> list[float]:
        """The activation of feature ``index`` on every token (0.0 where it does not fire)."""
        values = [0.0] * len(self.tokens)
        for position, value in self.active_features.get(to_index(index), []):
            if 0 <= position < len(values):
                values[position] = value
        return values

    def top_features(self, n: int = 10) -> list[tuple[int, float]]:
        """The ``n`` features with the highest activation on any token, as ``(index, max value)``."""
        best = [(index, max(v for _, v in pairs)) for index, pairs in self.active_features.items() if pairs]
        best.sort(key=lambda item: -item[1])
        return best[:n]

    def to_dict(self) -> dict[str, Any]:
        """The wire shape (``{tokens, activeFeatures}``), as the official client returned it."""
        return {
            "tokens": list(self.tokens),
            "activeFeatures": {
                str(index): [[position, value] for position, value in pairs]
                for index, pairs in self.active_features.items()
            },
        }


def texts_of(text: str | Sequence[str], *, name: str = "text") -> list[str]:
    """Validate one text or a list of texts (non-empty strings)."""
    items = [text] if isinstance(text, str) else list(text) if isinstance(text, Sequence) else None
    if items is None:
        raise InvalidRequestError(f"{name} must be a string or a list of strings, got {type(text).__name__}")
    if not items:
        raise InvalidRequestError(f"{name} must contain at least one text")
    for i, item in enumerate(items):
        if not isinstance(item, str) or not item:
            raise InvalidRequestError(f"{name}[{i}] must be a non-empty string, got {item!r}")
    return items
