from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivationFeatureRef")


@_attrs_define
class ActivationFeatureRef:
    """The feature (or vector) to compute. Give its source as `source` or `layer` (`layer` wins
    when both are set); one of them is needed.

    """

    model_id: str
    index: str
    """ The feature index, as a string. """
    source: str | Unset = UNSET
    """ The source id, e.g. `6-res-jb`. """
    layer: str | Unset = UNSET
    """ Same as `source` (the official client sends `layer`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        index = self.index

        source = self.source

        layer = self.layer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "index": index,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if layer is not UNSET:
            field_dict["layer"] = layer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("modelId")

        index = d.pop("index")

        source = d.pop("source", UNSET)

        layer = d.pop("layer", UNSET)

        activation_feature_ref = cls(
            model_id=model_id,
            index=index,
            source=source,
            layer=layer,
        )

        activation_feature_ref.additional_properties = d
        return activation_feature_ref

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
