from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.nla_token_info import NlaTokenInfo


T = TypeVar("T", bound="NlaCompletion")


@_attrs_define
class NlaCompletion:
    """A generated assistant turn and the NLA tokenization of the whole chat."""

    completion: str
    full_text: str
    """ The chat-templated prompt plus assistant turn (usable as `text` for `nlaExplain`). """
    tokens: list[NlaTokenInfo]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completion = self.completion

        full_text = self.full_text

        tokens = []
        for tokens_item_data in self.tokens:
            tokens_item = tokens_item_data.to_dict()
            tokens.append(tokens_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion": completion,
                "full_text": full_text,
                "tokens": tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.nla_token_info import NlaTokenInfo

        d = dict(src_dict)
        completion = d.pop("completion")

        full_text = d.pop("full_text")

        tokens = []
        _tokens = d.pop("tokens")
        for tokens_item_data in _tokens:
            tokens_item = NlaTokenInfo.from_dict(tokens_item_data)

            tokens.append(tokens_item)

        nla_completion = cls(
            completion=completion,
            full_text=full_text,
            tokens=tokens,
        )

        nla_completion.additional_properties = d
        return nla_completion

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
