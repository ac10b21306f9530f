from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListFeatureToCreate")


@_attrs_define
class ListFeatureToCreate:
    """A feature to put in a new list (`createListWithFeatures`); `index` is a number here."""

    model_id: str
    """ The model id, e.g. `gpt2-small`. """
    layer: str
    """ The source (SAE) id, e.g. `6-res-jb`. """
    index: int
    """ The feature index (yup also accepts a numeric string and converts it). """
    description: str | Unset = ""
    """ The feature's note in this list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        layer = self.layer

        index = self.index

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "layer": layer,
                "index": index,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("modelId")

        layer = d.pop("layer")

        index = d.pop("index")

        description = d.pop("description", UNSET)

        list_feature_to_create = cls(
            model_id=model_id,
            layer=layer,
            index=index,
            description=description,
        )

        list_feature_to_create.additional_properties = d
        return list_feature_to_create

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
