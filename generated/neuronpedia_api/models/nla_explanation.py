from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NlaExplanation")


@_attrs_define
class NlaExplanation:
    """The NLA's description of the activation at one position."""

    token: str
    token_id: int
    position: int
    l2_norm: float
    description: str
    mse: float | None | Unset = UNSET
    cosine_similarity: float | None | Unset = UNSET
    generated: bool | Unset = UNSET
    fragment_index: int | Unset = UNSET
    fragment_count: int | Unset = UNSET
    role: None | str | Unset = UNSET
    section: None | str | Unset = UNSET
    channel: None | str | Unset = UNSET
    message_index: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        token_id = self.token_id

        position = self.position

        l2_norm = self.l2_norm

        description = self.description

        mse: float | None | Unset
        if isinstance(self.mse, Unset):
            mse = UNSET
        else:
            mse = self.mse

        cosine_similarity: float | None | Unset
        if isinstance(self.cosine_similarity, Unset):
            cosine_similarity = UNSET
        else:
            cosine_similarity = self.cosine_similarity

        generated = self.generated

        fragment_index = self.fragment_index

        fragment_count = self.fragment_count

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        section: None | str | Unset
        if isinstance(self.section, Unset):
            section = UNSET
        else:
            section = self.section

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        message_index: int | None | Unset
        if isinstance(self.message_index, Unset):
            message_index = UNSET
        else:
            message_index = self.message_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "token_id": token_id,
                "position": position,
                "l2_norm": l2_norm,
                "description": description,
            }
        )
        if mse is not UNSET:
            field_dict["mse"] = mse
        if cosine_similarity is not UNSET:
            field_dict["cosine_similarity"] = cosine_similarity
        if generated is not UNSET:
            field_dict["generated"] = generated
        if fragment_index is not UNSET:
            field_dict["fragment_index"] = fragment_index
        if fragment_count is not UNSET:
            field_dict["fragment_count"] = fragment_count
        if role is not UNSET:
            field_dict["role"] = role
        if section is not UNSET:
            field_dict["section"] = section
        if channel is not UNSET:
            field_dict["channel"] = channel
        if message_index is not UNSET:
            field_dict["message_index"] = message_index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        token = d.pop("token")

        token_id = d.pop("token_id")

        position = d.pop("position")

        l2_norm = d.pop("l2_norm")

        description = d.pop("description")

        def _parse_mse(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        mse = _parse_mse(d.pop("mse", UNSET))

        def _parse_cosine_similarity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cosine_similarity = _parse_cosine_similarity(d.pop("cosine_similarity", UNSET))

        generated = d.pop("generated", UNSET)

        fragment_index = d.pop("fragment_index", UNSET)

        fragment_count = d.pop("fragment_count", UNSET)

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_section(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        section = _parse_section(d.pop("section", UNSET))

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_message_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        message_index = _parse_message_index(d.pop("message_index", UNSET))

        nla_explanation = cls(
            token=token,
            token_id=token_id,
            position=position,
            l2_norm=l2_norm,
            description=description,
            mse=mse,
            cosine_similarity=cosine_similarity,
            generated=generated,
            fragment_index=fragment_index,
            fragment_count=fragment_count,
            role=role,
            section=section,
            channel=channel,
            message_index=message_index,
        )

        nla_explanation.additional_properties = d
        return nla_explanation

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
