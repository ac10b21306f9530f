from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LensTypeSlice")


@_attrs_define
class LensTypeSlice:
    """The read-out of one lens type at one position."""

    type_: str
    """ The lens type (`LOGIT_LENS`, `JACOBIAN_LENS`). """
    top_tokens: list[list[str]]
    """ Per read-out layer, the top decoded token strings. """
    top_probs: list[list[float]]
    """ Per read-out layer, the probabilities of `top_tokens`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        top_tokens = []
        for top_tokens_item_data in self.top_tokens:
            top_tokens_item = top_tokens_item_data

            top_tokens.append(top_tokens_item)

        top_probs = []
        for top_probs_item_data in self.top_probs:
            top_probs_item = top_probs_item_data

            top_probs.append(top_probs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "top_tokens": top_tokens,
                "top_probs": top_probs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        top_tokens = []
        _top_tokens = d.pop("top_tokens")
        for top_tokens_item_data in _top_tokens:
            top_tokens_item = cast(list[str], top_tokens_item_data)

            top_tokens.append(top_tokens_item)

        top_probs = []
        _top_probs = d.pop("top_probs")
        for top_probs_item_data in _top_probs:
            top_probs_item = cast(list[float], top_probs_item_data)

            top_probs.append(top_probs_item)

        lens_type_slice = cls(
            type_=type_,
            top_tokens=top_tokens,
            top_probs=top_probs,
        )

        lens_type_slice.additional_properties = d
        return lens_type_slice

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
