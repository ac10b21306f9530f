from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_all_neuron import SearchAllNeuron


T = TypeVar("T", bound="SearchAllResult")


@_attrs_define
class SearchAllResult:
    """One feature that activates on the text, with its activation on every token."""

    model_id: str
    layer: str
    """ The source id, e.g. `6-res-jb`. """
    index: str
    max_value: float
    max_value_index: int
    """ The token position of `maxValue`. """
    values: list[float]
    """ The activation on each token of `tokens`. """
    neuron: SearchAllNeuron | Unset = UNSET
    """ The stored feature of a search-all result: its scalar columns, its top public activation (at
    most one), its explanations (best score first) and its model.
     """
    dfa_values: list[float] | Unset = UNSET
    """ Direct feature attribution per token (attention SAEs only; absent otherwise). """
    dfa_target_index: int | Unset = UNSET
    dfa_max_value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        layer = self.layer

        index = self.index

        max_value = self.max_value

        max_value_index = self.max_value_index

        values = self.values

        neuron: dict[str, Any] | Unset = UNSET
        if not isinstance(self.neuron, Unset):
            neuron = self.neuron.to_dict()

        dfa_values: list[float] | Unset = UNSET
        if not isinstance(self.dfa_values, Unset):
            dfa_values = self.dfa_values

        dfa_target_index = self.dfa_target_index

        dfa_max_value = self.dfa_max_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "layer": layer,
                "index": index,
                "maxValue": max_value,
                "maxValueIndex": max_value_index,
                "values": values,
            }
        )
        if neuron is not UNSET:
            field_dict["neuron"] = neuron
        if dfa_values is not UNSET:
            field_dict["dfaValues"] = dfa_values
        if dfa_target_index is not UNSET:
            field_dict["dfaTargetIndex"] = dfa_target_index
        if dfa_max_value is not UNSET:
            field_dict["dfaMaxValue"] = dfa_max_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_all_neuron import SearchAllNeuron

        d = dict(src_dict)
        model_id = d.pop("modelId")

        layer = d.pop("layer")

        index = d.pop("index")

        max_value = d.pop("maxValue")

        max_value_index = d.pop("maxValueIndex")

        values = cast(list[float], d.pop("values"))

        _neuron = d.pop("neuron", UNSET)
        neuron: SearchAllNeuron | Unset
        if isinstance(_neuron, Unset):
            neuron = UNSET
        else:
            neuron = SearchAllNeuron.from_dict(_neuron)

        dfa_values = cast(list[float], d.pop("dfaValues", UNSET))

        dfa_target_index = d.pop("dfaTargetIndex", UNSET)

        dfa_max_value = d.pop("dfaMaxValue", UNSET)

        search_all_result = cls(
            model_id=model_id,
            layer=layer,
            index=index,
            max_value=max_value,
            max_value_index=max_value_index,
            values=values,
            neuron=neuron,
            dfa_values=dfa_values,
            dfa_target_index=dfa_target_index,
            dfa_max_value=dfa_max_value,
        )

        search_all_result.additional_properties = d
        return search_all_result

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
