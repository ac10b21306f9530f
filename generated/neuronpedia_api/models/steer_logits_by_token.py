from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.steer_logits_top_logit import SteerLogitsTopLogit


T = TypeVar("T", bound="SteerLogitsByToken")


@_attrs_define
class SteerLogitsByToken:
    """One generated token with the top candidates at its position."""

    token: str
    top_logits: list[SteerLogitsTopLogit]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        top_logits = []
        for top_logits_item_data in self.top_logits:
            top_logits_item = top_logits_item_data.to_dict()
            top_logits.append(top_logits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "top_logits": top_logits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.steer_logits_top_logit import SteerLogitsTopLogit

        d = dict(src_dict)
        token = d.pop("token")

        top_logits = []
        _top_logits = d.pop("top_logits")
        for top_logits_item_data in _top_logits:
            top_logits_item = SteerLogitsTopLogit.from_dict(top_logits_item_data)

            top_logits.append(top_logits_item)

        steer_logits_by_token = cls(
            token=token,
            top_logits=top_logits,
        )

        steer_logits_by_token.additional_properties = d
        return steer_logits_by_token

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
