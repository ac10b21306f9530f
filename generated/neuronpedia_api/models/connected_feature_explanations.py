from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.connected_explanation import ConnectedExplanation


T = TypeVar("T", bound="ConnectedFeatureExplanations")


@_attrs_define
class ConnectedFeatureExplanations:
    """Up to two `python-code` explanations of one neuron or residual channel (best `scoreV2`, then `scoreV1`, first)."""

    model_id: str
    layer: str
    """ `<layer>-mlp` for a neuron, `<layer>-resid` for a residual channel. """
    index: str
    explanations: list[ConnectedExplanation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        layer = self.layer

        index = self.index

        explanations = []
        for explanations_item_data in self.explanations:
            explanations_item = explanations_item_data.to_dict()
            explanations.append(explanations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "layer": layer,
                "index": index,
                "explanations": explanations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connected_explanation import ConnectedExplanation

        d = dict(src_dict)
        model_id = d.pop("modelId")

        layer = d.pop("layer")

        index = d.pop("index")

        explanations = []
        _explanations = d.pop("explanations")
        for explanations_item_data in _explanations:
            explanations_item = ConnectedExplanation.from_dict(explanations_item_data)

            explanations.append(explanations_item)

        connected_feature_explanations = cls(
            model_id=model_id,
            layer=layer,
            index=index,
            explanations=explanations,
        )

        connected_feature_explanations.additional_properties = d
        return connected_feature_explanations

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
