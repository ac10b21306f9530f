from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConnectedExplanation")


@_attrs_define
class ConnectedExplanation:
    id: str
    description: str
    explanation_model_name: None | str
    type_name: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        explanation_model_name: None | str
        explanation_model_name = self.explanation_model_name

        type_name: None | str
        type_name = self.type_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
                "explanationModelName": explanation_model_name,
                "typeName": type_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description")

        def _parse_explanation_model_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        explanation_model_name = _parse_explanation_model_name(d.pop("explanationModelName"))

        def _parse_type_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_name = _parse_type_name(d.pop("typeName"))

        connected_explanation = cls(
            id=id,
            description=description,
            explanation_model_name=explanation_model_name,
            type_name=type_name,
        )

        connected_explanation.additional_properties = d
        return connected_explanation

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
