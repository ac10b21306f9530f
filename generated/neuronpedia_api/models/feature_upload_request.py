from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.feature_upload_item import FeatureUploadItem


T = TypeVar("T", bound="FeatureUploadRequest")


@_attrs_define
class FeatureUploadRequest:
    model_id: str
    """ The model id (lowercased by the server). """
    source: str
    """ The source id in a source set you created, e.g. `0-my-sae` (lowercased by the server). """
    features: list[FeatureUploadItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        source = self.source

        features = []
        for features_item_data in self.features:
            features_item = features_item_data.to_dict()
            features.append(features_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "source": source,
                "features": features,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.feature_upload_item import FeatureUploadItem

        d = dict(src_dict)
        model_id = d.pop("modelId")

        source = d.pop("source")

        features = []
        _features = d.pop("features")
        for features_item_data in _features:
            features_item = FeatureUploadItem.from_dict(features_item_data)

            features.append(features_item)

        feature_upload_request = cls(
            model_id=model_id,
            source=source,
            features=features,
        )

        feature_upload_request.additional_properties = d
        return feature_upload_request

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
