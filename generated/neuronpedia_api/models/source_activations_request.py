from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SourceActivationsRequest")


@_attrs_define
class SourceActivationsRequest:
    model_id: str
    source: str
    """ The source id, e.g. `0-res-jb`. """
    custom_text: list[str] | str
    """ One text, or a list of 1 to 4 texts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        source = self.source

        custom_text: list[str] | str
        if isinstance(self.custom_text, list):
            custom_text = self.custom_text

        else:
            custom_text = self.custom_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "source": source,
                "customText": custom_text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("modelId")

        source = d.pop("source")

        def _parse_custom_text(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_text_type_1 = cast(list[str], data)

                return custom_text_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        custom_text = _parse_custom_text(d.pop("customText"))

        source_activations_request = cls(
            model_id=model_id,
            source=source,
            custom_text=custom_text,
        )

        source_activations_request.additional_properties = d
        return source_activations_request

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
