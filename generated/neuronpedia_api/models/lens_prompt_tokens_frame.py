from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lens_prompt_token import LensPromptToken


T = TypeVar("T", bound="LensPromptTokensFrame")


@_attrs_define
class LensPromptTokensFrame:
    """Streamed only (`kind: prompt`), right after the meta frame, before inference runs."""

    kind: Literal["prompt"]
    tokens: list[LensPromptToken]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        tokens = []
        for tokens_item_data in self.tokens:
            tokens_item = tokens_item_data.to_dict()
            tokens.append(tokens_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "tokens": tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lens_prompt_token import LensPromptToken

        d = dict(src_dict)
        kind = cast(Literal["prompt"], d.pop("kind"))
        if kind != "prompt":
            raise ValueError(f"kind must match const 'prompt', got '{kind}'")

        tokens = []
        _tokens = d.pop("tokens")
        for tokens_item_data in _tokens:
            tokens_item = LensPromptToken.from_dict(tokens_item_data)

            tokens.append(tokens_item)

        lens_prompt_tokens_frame = cls(
            kind=kind,
            tokens=tokens,
        )

        lens_prompt_tokens_frame.additional_properties = d
        return lens_prompt_tokens_frame

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
