from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Vector")


@_attrs_define
class Vector:
    """A stored vector (the vector columns of its feature row)."""

    model_id: str
    layer: str
    """ The source id. """
    index: str
    vector_label: None | str
    created_at: datetime.datetime
    creator_id: None | str
    vector_default_steer_strength: float | None
    hook_name: None | str
    vector: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        layer = self.layer

        index = self.index

        vector_label: None | str
        vector_label = self.vector_label

        created_at = self.created_at.isoformat()

        creator_id: None | str
        creator_id = self.creator_id

        vector_default_steer_strength: float | None
        vector_default_steer_strength = self.vector_default_steer_strength

        hook_name: None | str
        hook_name = self.hook_name

        vector = self.vector

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "layer": layer,
                "index": index,
                "vectorLabel": vector_label,
                "createdAt": created_at,
                "creatorId": creator_id,
                "vectorDefaultSteerStrength": vector_default_steer_strength,
                "hookName": hook_name,
                "vector": vector,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("modelId")

        layer = d.pop("layer")

        index = d.pop("index")

        def _parse_vector_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        vector_label = _parse_vector_label(d.pop("vectorLabel"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_creator_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        creator_id = _parse_creator_id(d.pop("creatorId"))

        def _parse_vector_default_steer_strength(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        vector_default_steer_strength = _parse_vector_default_steer_strength(d.pop("vectorDefaultSteerStrength"))

        def _parse_hook_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hook_name = _parse_hook_name(d.pop("hookName"))

        vector = cast(list[float], d.pop("vector"))

        vector = cls(
            model_id=model_id,
            layer=layer,
            index=index,
            vector_label=vector_label,
            created_at=created_at,
            creator_id=creator_id,
            vector_default_steer_strength=vector_default_steer_strength,
            hook_name=hook_name,
            vector=vector,
        )

        vector.additional_properties = d
        return vector

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
