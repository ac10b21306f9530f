from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SteerLogitsFeature")


@_attrs_define
class SteerLogitsFeature:
    """An attribution-graph feature to steer or ablate at given positions."""

    layer: int
    """ The layer number (not a source id). """
    index: int
    token_active_position: int
    """ Prompt token position where the feature is active. """
    steer_generated_tokens: bool
    """ Whether to steer the generated tokens. """
    ablate: bool
    """ Ablate the feature instead of adding `delta`. """
    steer_position: int | None | Unset = UNSET
    """ Token position to steer; null when steering generated tokens. """
    delta: float | None | Unset = UNSET
    """ The amount added to the feature's activation; null when ablating. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        layer = self.layer

        index = self.index

        token_active_position = self.token_active_position

        steer_generated_tokens = self.steer_generated_tokens

        ablate = self.ablate

        steer_position: int | None | Unset
        if isinstance(self.steer_position, Unset):
            steer_position = UNSET
        else:
            steer_position = self.steer_position

        delta: float | None | Unset
        if isinstance(self.delta, Unset):
            delta = UNSET
        else:
            delta = self.delta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "layer": layer,
                "index": index,
                "token_active_position": token_active_position,
                "steer_generated_tokens": steer_generated_tokens,
                "ablate": ablate,
            }
        )
        if steer_position is not UNSET:
            field_dict["steer_position"] = steer_position
        if delta is not UNSET:
            field_dict["delta"] = delta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        layer = d.pop("layer")

        index = d.pop("index")

        token_active_position = d.pop("token_active_position")

        steer_generated_tokens = d.pop("steer_generated_tokens")

        ablate = d.pop("ablate")

        def _parse_steer_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        steer_position = _parse_steer_position(d.pop("steer_position", UNSET))

        def _parse_delta(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        delta = _parse_delta(d.pop("delta", UNSET))

        steer_logits_feature = cls(
            layer=layer,
            index=index,
            token_active_position=token_active_position,
            steer_generated_tokens=steer_generated_tokens,
            ablate=ablate,
            steer_position=steer_position,
            delta=delta,
        )

        steer_logits_feature.additional_properties = d
        return steer_logits_feature

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
