from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.nla_token_info import NlaTokenInfo


T = TypeVar("T", bound="NlaCompletionTokenFrame")


@_attrs_define
class NlaCompletionTokenFrame:
    """One generated piece (`type: token`); on the OpenRouter path a text delta with `token_id` 0."""

    type_: Literal["token"]
    token: NlaTokenInfo
    """ A token of the NLA tokenizer. `position` is what `nlaExplain` takes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        token = self.token.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.nla_token_info import NlaTokenInfo

        d = dict(src_dict)
        type_ = cast(Literal["token"], d.pop("type"))
        if type_ != "token":
            raise ValueError(f"type must match const 'token', got '{type_}'")

        token = NlaTokenInfo.from_dict(d.pop("token"))

        nla_completion_token_frame = cls(
            type_=type_,
            token=token,
        )

        nla_completion_token_frame.additional_properties = d
        return nla_completion_token_frame

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
