from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputedActivation")


@_attrs_define
class ComputedActivation:
    """The activation of one feature on one custom text, shaped like an `Activation` row but not
    stored (no `id`). `maxValue`/`minValue` would be null for an empty result (JSON has no
    Infinity).

    """

    tokens: list[str]
    values: list[float]
    max_value: float | None
    min_value: float | None
    model_id: str
    layer: str
    """ The source id. """
    index: str
    creator_id: str
    """ The caller's user id, or `""` when anonymous. """
    data_index: None
    """ Always null. """
    data_source: str
    """ Always `Neuronpedia`. """
    max_value_token_index: int
    created_at: datetime.datetime
    dfa_values: list[float] | Unset = UNSET
    """ Present only when the inference server returns DFA values. """
    dfa_target_index: int | Unset = UNSET
    dfa_max_value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tokens = self.tokens

        values = self.values

        max_value: float | None
        max_value = self.max_value

        min_value: float | None
        min_value = self.min_value

        model_id = self.model_id

        layer = self.layer

        index = self.index

        creator_id = self.creator_id

        data_index = self.data_index

        data_source = self.data_source

        max_value_token_index = self.max_value_token_index

        created_at = self.created_at.isoformat()

        dfa_values: list[float] | Unset = UNSET
        if not isinstance(self.dfa_values, Unset):
            dfa_values = self.dfa_values

        dfa_target_index = self.dfa_target_index

        dfa_max_value = self.dfa_max_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokens": tokens,
                "values": values,
                "maxValue": max_value,
                "minValue": min_value,
                "modelId": model_id,
                "layer": layer,
                "index": index,
                "creatorId": creator_id,
                "dataIndex": data_index,
                "dataSource": data_source,
                "maxValueTokenIndex": max_value_token_index,
                "createdAt": created_at,
            }
        )
        if dfa_values is not UNSET:
            field_dict["dfaValues"] = dfa_values
        if dfa_target_index is not UNSET:
            field_dict["dfaTargetIndex"] = dfa_target_index
        if dfa_max_value is not UNSET:
            field_dict["dfaMaxValue"] = dfa_max_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tokens = cast(list[str], d.pop("tokens"))

        values = cast(list[float], d.pop("values"))

        def _parse_max_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_value = _parse_max_value(d.pop("maxValue"))

        def _parse_min_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        min_value = _parse_min_value(d.pop("minValue"))

        model_id = d.pop("modelId")

        layer = d.pop("layer")

        index = d.pop("index")

        creator_id = d.pop("creatorId")

        data_index = d.pop("dataIndex")

        data_source = d.pop("dataSource")

        max_value_token_index = d.pop("maxValueTokenIndex")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        dfa_values = cast(list[float], d.pop("dfaValues", UNSET))

        dfa_target_index = d.pop("dfaTargetIndex", UNSET)

        dfa_max_value = d.pop("dfaMaxValue", UNSET)

        computed_activation = cls(
            tokens=tokens,
            values=values,
            max_value=max_value,
            min_value=min_value,
            model_id=model_id,
            layer=layer,
            index=index,
            creator_id=creator_id,
            data_index=data_index,
            data_source=data_source,
            max_value_token_index=max_value_token_index,
            created_at=created_at,
            dfa_values=dfa_values,
            dfa_target_index=dfa_target_index,
            dfa_max_value=dfa_max_value,
        )

        computed_activation.additional_properties = d
        return computed_activation

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
