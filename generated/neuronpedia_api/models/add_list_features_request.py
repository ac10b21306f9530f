from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.list_feature_ref import ListFeatureRef


T = TypeVar("T", bound="AddListFeaturesRequest")


@_attrs_define
class AddListFeaturesRequest:
    list_id: str
    """ The id of a list the caller owns. """
    features_to_add: list[ListFeatureRef]
    """ The features to add (at most 100 per call). A feature already in the list, or one that does
    not exist, makes the whole call fail with 500.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        features_to_add = []
        for features_to_add_item_data in self.features_to_add:
            features_to_add_item = features_to_add_item_data.to_dict()
            features_to_add.append(features_to_add_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "listId": list_id,
                "featuresToAdd": features_to_add,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_feature_ref import ListFeatureRef

        d = dict(src_dict)
        list_id = d.pop("listId")

        features_to_add = []
        _features_to_add = d.pop("featuresToAdd")
        for features_to_add_item_data in _features_to_add:
            features_to_add_item = ListFeatureRef.from_dict(features_to_add_item_data)

            features_to_add.append(features_to_add_item)

        add_list_features_request = cls(
            list_id=list_id,
            features_to_add=features_to_add,
        )

        add_list_features_request.additional_properties = d
        return add_list_features_request

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
