from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeatureUploadActivation")


@_attrs_define
class FeatureUploadActivation:
    tokens: list[str]
    values: list[float]
    """ One value per token (a length mismatch gives 500). """
    quantile_max: float | None | Unset = UNSET
    """ Upper bound of the quantile bin this example was drawn from (stored as `binMax`). """
    quantile_min: float | None | Unset = UNSET
    """ Lower bound of the quantile bin (stored as `binMin`). """
    quantile_fraction: float | None | Unset = UNSET
    """ Fraction of activations in the bin (stored as `binContains`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tokens = self.tokens

        values = self.values

        quantile_max: float | None | Unset
        if isinstance(self.quantile_max, Unset):
            quantile_max = UNSET
        else:
            quantile_max = self.quantile_max

        quantile_min: float | None | Unset
        if isinstance(self.quantile_min, Unset):
            quantile_min = UNSET
        else:
            quantile_min = self.quantile_min

        quantile_fraction: float | None | Unset
        if isinstance(self.quantile_fraction, Unset):
            quantile_fraction = UNSET
        else:
            quantile_fraction = self.quantile_fraction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokens": tokens,
                "values": values,
            }
        )
        if quantile_max is not UNSET:
            field_dict["quantileMax"] = quantile_max
        if quantile_min is not UNSET:
            field_dict["quantileMin"] = quantile_min
        if quantile_fraction is not UNSET:
            field_dict["quantileFraction"] = quantile_fraction

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tokens = cast(list[str], d.pop("tokens"))

        values = cast(list[float], d.pop("values"))

        def _parse_quantile_max(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantile_max = _parse_quantile_max(d.pop("quantileMax", UNSET))

        def _parse_quantile_min(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantile_min = _parse_quantile_min(d.pop("quantileMin", UNSET))

        def _parse_quantile_fraction(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantile_fraction = _parse_quantile_fraction(d.pop("quantileFraction", UNSET))

        feature_upload_activation = cls(
            tokens=tokens,
            values=values,
            quantile_max=quantile_max,
            quantile_min=quantile_min,
            quantile_fraction=quantile_fraction,
        )

        feature_upload_activation.additional_properties = d
        return feature_upload_activation

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
