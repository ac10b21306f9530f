from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SteerFeature")


@_attrs_define
class SteerFeature:
    """A SAE feature or a vector to steer with (`/api/steer`)."""

    model_id: str
    layer: str
    """ The source id, e.g. `6-res-jb` or `6-neuronpedia-resid-pre`. """
    index: int | str
    """ The feature index; an integer, also accepted as a string of digits. """
    strength: float
    """ Steering strength (not bounded by this endpoint). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        layer = self.layer

        index: int | str
        index = self.index

        strength = self.strength

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "layer": layer,
                "index": index,
                "strength": strength,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("modelId")

        layer = d.pop("layer")

        def _parse_index(data: object) -> int | str:
            return cast(int | str, data)

        index = _parse_index(d.pop("index"))

        strength = d.pop("strength")

        steer_feature = cls(
            model_id=model_id,
            layer=layer,
            index=index,
            strength=strength,
        )

        steer_feature.additional_properties = d
        return steer_feature

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
