from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.active_features import ActiveFeatures


T = TypeVar("T", bound="SourceActivationsResult")


@_attrs_define
class SourceActivationsResult:
    tokens: list[str]
    """ The tokens (no BOS). """
    active_features: ActiveFeatures
    """ Maps a feature index (a decimal string) to its `[tokenIndex, value]` pairs, for each feature that fires. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tokens = self.tokens

        active_features = self.active_features.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokens": tokens,
                "activeFeatures": active_features,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.active_features import ActiveFeatures

        d = dict(src_dict)
        tokens = cast(list[str], d.pop("tokens"))

        active_features = ActiveFeatures.from_dict(d.pop("activeFeatures"))

        source_activations_result = cls(
            tokens=tokens,
            active_features=active_features,
        )

        source_activations_result.additional_properties = d
        return source_activations_result

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
