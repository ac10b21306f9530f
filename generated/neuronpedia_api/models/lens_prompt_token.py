from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LensPromptToken")


@_attrs_define
class LensPromptToken:
    """A chat-formatted prompt token, without read-outs."""

    position: int
    token: str
    id: int
    """ The token id (send these back as `cachedTokenIds`). """
    is_generated: bool
    is_char_continuation: bool | Unset = UNSET
    """ True on the 2nd..nth token of a character split across tokens (the glyph repeats in `token`). """
    message_index: int | None | Unset = UNSET
    role: None | str | Unset = UNSET
    channel: None | str | Unset = UNSET
    section: None | str | Unset = UNSET
    """ header, content, footer or scaffold; null for raw text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        token = self.token

        id = self.id

        is_generated = self.is_generated

        is_char_continuation = self.is_char_continuation

        message_index: int | None | Unset
        if isinstance(self.message_index, Unset):
            message_index = UNSET
        else:
            message_index = self.message_index

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        section: None | str | Unset
        if isinstance(self.section, Unset):
            section = UNSET
        else:
            section = self.section

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
                "token": token,
                "id": id,
                "is_generated": is_generated,
            }
        )
        if is_char_continuation is not UNSET:
            field_dict["is_char_continuation"] = is_char_continuation
        if message_index is not UNSET:
            field_dict["message_index"] = message_index
        if role is not UNSET:
            field_dict["role"] = role
        if channel is not UNSET:
            field_dict["channel"] = channel
        if section is not UNSET:
            field_dict["section"] = section

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        position = d.pop("position")

        token = d.pop("token")

        id = d.pop("id")

        is_generated = d.pop("is_generated")

        is_char_continuation = d.pop("is_char_continuation", UNSET)

        def _parse_message_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        message_index = _parse_message_index(d.pop("message_index", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_section(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        section = _parse_section(d.pop("section", UNSET))

        lens_prompt_token = cls(
            position=position,
            token=token,
            id=id,
            is_generated=is_generated,
            is_char_continuation=is_char_continuation,
            message_index=message_index,
            role=role,
            channel=channel,
            section=section,
        )

        lens_prompt_token.additional_properties = d
        return lens_prompt_token

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
