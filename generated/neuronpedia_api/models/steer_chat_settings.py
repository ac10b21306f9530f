from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SteerChatSettings")


@_attrs_define
class SteerChatSettings:
    """The generation parameters used (the request's values with defaults applied)."""

    temperature: float
    n_tokens: int
    freq_penalty: float
    seed: float
    strength_multiplier: float
    steer_special_tokens: bool
    steer_method: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        temperature = self.temperature

        n_tokens = self.n_tokens

        freq_penalty = self.freq_penalty

        seed = self.seed

        strength_multiplier = self.strength_multiplier

        steer_special_tokens = self.steer_special_tokens

        steer_method = self.steer_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "temperature": temperature,
                "n_tokens": n_tokens,
                "freq_penalty": freq_penalty,
                "seed": seed,
                "strength_multiplier": strength_multiplier,
                "steer_special_tokens": steer_special_tokens,
                "steer_method": steer_method,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        temperature = d.pop("temperature")

        n_tokens = d.pop("n_tokens")

        freq_penalty = d.pop("freq_penalty")

        seed = d.pop("seed")

        strength_multiplier = d.pop("strength_multiplier")

        steer_special_tokens = d.pop("steer_special_tokens")

        steer_method = d.pop("steer_method")

        steer_chat_settings = cls(
            temperature=temperature,
            n_tokens=n_tokens,
            freq_penalty=freq_penalty,
            seed=seed,
            strength_multiplier=strength_multiplier,
            steer_special_tokens=steer_special_tokens,
            steer_method=steer_method,
        )

        steer_chat_settings.additional_properties = d
        return steer_chat_settings

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
