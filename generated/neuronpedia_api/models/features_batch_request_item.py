from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeaturesBatchRequestItem")


@_attrs_define
class FeaturesBatchRequestItem:
    model_id: str
    layer: str
    """ The source id, e.g. `0-res-jb`. """
    index: int
    """ The feature index (a number here, unlike the responses). """
    max_acts_to_return: int | Unset = UNSET
    """ How many activations to return per feature (highest `maxValue` first). Only the first
    item's value is used, for all features; absent or 0 means all.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        layer = self.layer

        index = self.index

        max_acts_to_return = self.max_acts_to_return

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "layer": layer,
                "index": index,
            }
        )
        if max_acts_to_return is not UNSET:
            field_dict["maxActsToReturn"] = max_acts_to_return

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("modelId")

        layer = d.pop("layer")

        index = d.pop("index")

        max_acts_to_return = d.pop("maxActsToReturn", UNSET)

        features_batch_request_item = cls(
            model_id=model_id,
            layer=layer,
            index=index,
            max_acts_to_return=max_acts_to_return,
        )

        features_batch_request_item.additional_properties = d
        return features_batch_request_item

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
