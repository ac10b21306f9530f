from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LensDoneFrame")


@_attrs_define
class LensDoneFrame:
    """The last lens frame of a successful run (`kind: done`)."""

    kind: Literal["done"]
    seq_len: int
    prompt_len: int
    vocab_size: int
    completion: str
    """ The generated text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        seq_len = self.seq_len

        prompt_len = self.prompt_len

        vocab_size = self.vocab_size

        completion = self.completion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "seq_len": seq_len,
                "prompt_len": prompt_len,
                "vocab_size": vocab_size,
                "completion": completion,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kind = cast(Literal["done"], d.pop("kind"))
        if kind != "done":
            raise ValueError(f"kind must match const 'done', got '{kind}'")

        seq_len = d.pop("seq_len")

        prompt_len = d.pop("prompt_len")

        vocab_size = d.pop("vocab_size")

        completion = d.pop("completion")

        lens_done_frame = cls(
            kind=kind,
            seq_len=seq_len,
            prompt_len=prompt_len,
            vocab_size=vocab_size,
            completion=completion,
        )

        lens_done_frame.additional_properties = d
        return lens_done_frame

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
