from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lens_share_steer_mode import LensShareSteerMode
from ..models.lens_type import LensType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lens_share_token_span import LensShareTokenSpan


T = TypeVar("T", bound="LensShareSteer")


@_attrs_define
class LensShareSteer:
    """A steered run to carry with the share; its read-outs are re-computed over `inputTokenIds`."""

    token: str
    type_: LensType
    """ A lens type. """
    layers: list[int]
    strength: float
    ablate: bool
    input_token_ids: list[int]
    mode: LensShareSteerMode | Unset = LensShareSteerMode.STEER
    swap_token: str | Unset = ""
    steer_generated: bool | Unset = False
    spans: list[LensShareTokenSpan] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        type_ = self.type_.value

        layers = self.layers

        strength = self.strength

        ablate = self.ablate

        input_token_ids = self.input_token_ids

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        swap_token = self.swap_token

        steer_generated = self.steer_generated

        spans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spans, Unset):
            spans = []
            for spans_item_data in self.spans:
                spans_item = spans_item_data.to_dict()
                spans.append(spans_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "type": type_,
                "layers": layers,
                "strength": strength,
                "ablate": ablate,
                "inputTokenIds": input_token_ids,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        if swap_token is not UNSET:
            field_dict["swapToken"] = swap_token
        if steer_generated is not UNSET:
            field_dict["steerGenerated"] = steer_generated
        if spans is not UNSET:
            field_dict["spans"] = spans

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lens_share_token_span import LensShareTokenSpan

        d = dict(src_dict)
        token = d.pop("token")

        type_ = LensType(d.pop("type"))

        layers = cast(list[int], d.pop("layers"))

        strength = d.pop("strength")

        ablate = d.pop("ablate")

        input_token_ids = cast(list[int], d.pop("inputTokenIds"))

        _mode = d.pop("mode", UNSET)
        mode: LensShareSteerMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = LensShareSteerMode(_mode)

        swap_token = d.pop("swapToken", UNSET)

        steer_generated = d.pop("steerGenerated", UNSET)

        _spans = d.pop("spans", UNSET)
        spans: list[LensShareTokenSpan] | Unset = UNSET
        if _spans is not UNSET:
            spans = []
            for spans_item_data in _spans:
                spans_item = LensShareTokenSpan.from_dict(spans_item_data)

                spans.append(spans_item)

        lens_share_steer = cls(
            token=token,
            type_=type_,
            layers=layers,
            strength=strength,
            ablate=ablate,
            input_token_ids=input_token_ids,
            mode=mode,
            swap_token=swap_token,
            steer_generated=steer_generated,
            spans=spans,
        )

        lens_share_steer.additional_properties = d
        return lens_share_steer

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
