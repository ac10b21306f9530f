from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.steer_logits_by_token import SteerLogitsByToken


T = TypeVar("T", bound="SteerLogitsResponse")


@_attrs_define
class SteerLogitsResponse:
    default_generation: str
    steered_generation: str
    default_logits_by_token: list[SteerLogitsByToken]
    steered_logits_by_token: list[SteerLogitsByToken]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_generation = self.default_generation

        steered_generation = self.steered_generation

        default_logits_by_token = []
        for default_logits_by_token_item_data in self.default_logits_by_token:
            default_logits_by_token_item = default_logits_by_token_item_data.to_dict()
            default_logits_by_token.append(default_logits_by_token_item)

        steered_logits_by_token = []
        for steered_logits_by_token_item_data in self.steered_logits_by_token:
            steered_logits_by_token_item = steered_logits_by_token_item_data.to_dict()
            steered_logits_by_token.append(steered_logits_by_token_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "DEFAULT_GENERATION": default_generation,
                "STEERED_GENERATION": steered_generation,
                "DEFAULT_LOGITS_BY_TOKEN": default_logits_by_token,
                "STEERED_LOGITS_BY_TOKEN": steered_logits_by_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.steer_logits_by_token import SteerLogitsByToken

        d = dict(src_dict)
        default_generation = d.pop("DEFAULT_GENERATION")

        steered_generation = d.pop("STEERED_GENERATION")

        default_logits_by_token = []
        _default_logits_by_token = d.pop("DEFAULT_LOGITS_BY_TOKEN")
        for default_logits_by_token_item_data in _default_logits_by_token:
            default_logits_by_token_item = SteerLogitsByToken.from_dict(default_logits_by_token_item_data)

            default_logits_by_token.append(default_logits_by_token_item)

        steered_logits_by_token = []
        _steered_logits_by_token = d.pop("STEERED_LOGITS_BY_TOKEN")
        for steered_logits_by_token_item_data in _steered_logits_by_token:
            steered_logits_by_token_item = SteerLogitsByToken.from_dict(steered_logits_by_token_item_data)

            steered_logits_by_token.append(steered_logits_by_token_item)

        steer_logits_response = cls(
            default_generation=default_generation,
            steered_generation=steered_generation,
            default_logits_by_token=default_logits_by_token,
            steered_logits_by_token=steered_logits_by_token,
        )

        steer_logits_response.additional_properties = d
        return steer_logits_response

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
