from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RemoveListFeatureRequest")


@_attrs_define
class RemoveListFeatureRequest:
    list_id: str
    """ The id of a list the caller owns. """
    model_id: str
    layer: str
    """ The source (SAE) id. """
    index: str
    """ The feature index, as a string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        model_id = self.model_id

        layer = self.layer

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "listId": list_id,
                "modelId": model_id,
                "layer": layer,
                "index": index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        list_id = d.pop("listId")

        model_id = d.pop("modelId")

        layer = d.pop("layer")

        index = d.pop("index")

        remove_list_feature_request = cls(
            list_id=list_id,
            model_id=model_id,
            layer=layer,
            index=index,
        )

        remove_list_feature_request.additional_properties = d
        return remove_list_feature_request

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
