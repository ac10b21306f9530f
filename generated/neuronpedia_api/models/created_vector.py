from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreatedVector")


@_attrs_define
class CreatedVector:
    """The vector as stored by vector/new (note the field names differ from `Vector`)."""

    model_id: str
    source: str
    """ `{layerNumber}-neuronpedia-resid-pre` or `{layerNumber}-neuronpedia-resid-post`. """
    index: str
    """ A random integer between 90,000,000 and 179,999,999, as a string. """
    label: str
    created_at: datetime.datetime
    default_steer_strength: float
    hook_name: str
    """ `blocks.{layerNumber}.{hookType}`. """
    values: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        source = self.source

        index = self.index

        label = self.label

        created_at = self.created_at.isoformat()

        default_steer_strength = self.default_steer_strength

        hook_name = self.hook_name

        values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "source": source,
                "index": index,
                "label": label,
                "createdAt": created_at,
                "defaultSteerStrength": default_steer_strength,
                "hookName": hook_name,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("modelId")

        source = d.pop("source")

        index = d.pop("index")

        label = d.pop("label")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        default_steer_strength = d.pop("defaultSteerStrength")

        hook_name = d.pop("hookName")

        values = cast(list[float], d.pop("values"))

        created_vector = cls(
            model_id=model_id,
            source=source,
            index=index,
            label=label,
            created_at=created_at,
            default_steer_strength=default_steer_strength,
            hook_name=hook_name,
            values=values,
        )

        created_vector.additional_properties = d
        return created_vector

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
