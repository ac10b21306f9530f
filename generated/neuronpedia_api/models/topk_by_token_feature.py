from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.topk_by_token_neuron import TopkByTokenNeuron


T = TypeVar("T", bound="TopkByTokenFeature")


@_attrs_define
class TopkByTokenFeature:
    """One feature active at a token position."""

    activation_value: float
    feature_index: int
    """ The feature index (a number here, unlike `index` elsewhere). """
    feature: TopkByTokenNeuron | Unset = UNSET
    """ The stored feature of a top-k result - its scalar columns and its newest non-human explanation (at most
    one). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activation_value = self.activation_value

        feature_index = self.feature_index

        feature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = self.feature.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activationValue": activation_value,
                "featureIndex": feature_index,
            }
        )
        if feature is not UNSET:
            field_dict["feature"] = feature

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.topk_by_token_neuron import TopkByTokenNeuron

        d = dict(src_dict)
        activation_value = d.pop("activationValue")

        feature_index = d.pop("featureIndex")

        _feature = d.pop("feature", UNSET)
        feature: TopkByTokenNeuron | Unset
        if isinstance(_feature, Unset):
            feature = UNSET
        else:
            feature = TopkByTokenNeuron.from_dict(_feature)

        topk_by_token_feature = cls(
            activation_value=activation_value,
            feature_index=feature_index,
            feature=feature,
        )

        topk_by_token_feature.additional_properties = d
        return topk_by_token_feature

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
