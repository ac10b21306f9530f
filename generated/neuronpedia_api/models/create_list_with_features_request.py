from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_feature_to_create import ListFeatureToCreate


T = TypeVar("T", bound="CreateListWithFeaturesRequest")


@_attrs_define
class CreateListWithFeaturesRequest:
    name: str
    """ The list's name; must not be empty or only whitespace. """
    description: str | Unset = ""
    """ The list's description. """
    test_text: str | Unset = UNSET
    """ Optional test text stored as the list's `defaultTestText`; its activations are computed (by
    the inference server) for the added features when there are fewer than 20 of them. Longer
    than 500 characters gives 500 after the list is created.
     """
    features: list[ListFeatureToCreate] | Unset = UNSET
    """ Features to add. Features that do not exist, or whose model or source set the caller cannot
    see, are skipped silently. A duplicate gives 500.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        test_text = self.test_text

        features: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = []
            for features_item_data in self.features:
                features_item = features_item_data.to_dict()
                features.append(features_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if test_text is not UNSET:
            field_dict["testText"] = test_text
        if features is not UNSET:
            field_dict["features"] = features

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_feature_to_create import ListFeatureToCreate

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        test_text = d.pop("testText", UNSET)

        _features = d.pop("features", UNSET)
        features: list[ListFeatureToCreate] | Unset = UNSET
        if _features is not UNSET:
            features = []
            for features_item_data in _features:
                features_item = ListFeatureToCreate.from_dict(features_item_data)

                features.append(features_item)

        create_list_with_features_request = cls(
            name=name,
            description=description,
            test_text=test_text,
            features=features,
        )

        create_list_with_features_request.additional_properties = d
        return create_list_with_features_request

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
