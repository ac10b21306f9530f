from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.topk_by_token_feature import TopkByTokenFeature


T = TypeVar("T", bound="TopkByTokenPosition")


@_attrs_define
class TopkByTokenPosition:
    """One token of the text with its top features."""

    position: int
    """ The token's position in the tokenized text. """
    token: str
    is_special: bool
    """ Whether the token is a special token (BOS, EOS, chat markers...). """
    top_features: list[TopkByTokenFeature]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        token = self.token

        is_special = self.is_special

        top_features = []
        for top_features_item_data in self.top_features:
            top_features_item = top_features_item_data.to_dict()
            top_features.append(top_features_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
                "token": token,
                "isSpecial": is_special,
                "topFeatures": top_features,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.topk_by_token_feature import TopkByTokenFeature

        d = dict(src_dict)
        position = d.pop("position")

        token = d.pop("token")

        is_special = d.pop("isSpecial")

        top_features = []
        _top_features = d.pop("topFeatures")
        for top_features_item_data in _top_features:
            top_features_item = TopkByTokenFeature.from_dict(top_features_item_data)

            top_features.append(top_features_item)

        topk_by_token_position = cls(
            position=position,
            token=token,
            is_special=is_special,
            top_features=top_features,
        )

        topk_by_token_position.additional_properties = d
        return topk_by_token_position

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
