from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NlaExplainMetaFrame")


@_attrs_define
class NlaExplainMetaFrame:
    """First SSE frame of `nlaExplain`."""

    layer_index: int
    total: int
    prompt_length: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        layer_index = self.layer_index

        total = self.total

        prompt_length = self.prompt_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "layer_index": layer_index,
                "total": total,
                "prompt_length": prompt_length,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        layer_index = d.pop("layer_index")

        total = d.pop("total")

        prompt_length = d.pop("prompt_length")

        nla_explain_meta_frame = cls(
            layer_index=layer_index,
            total=total,
            prompt_length=prompt_length,
        )

        nla_explain_meta_frame.additional_properties = d
        return nla_explain_meta_frame

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
