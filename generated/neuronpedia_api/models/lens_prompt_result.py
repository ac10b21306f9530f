from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lens_done_frame import LensDoneFrame
    from ..models.lens_meta_frame import LensMetaFrame
    from ..models.lens_token_frame import LensTokenFrame


T = TypeVar("T", bound="LensPromptResult")


@_attrs_define
class LensPromptResult:
    """The buffered answer of `runLensPrompt` with `stream: false`."""

    meta: LensMetaFrame
    """ The first lens frame (`kind: meta`), the run's context. """
    tokens: list[LensTokenFrame]
    done: LensDoneFrame
    """ The last lens frame of a successful run (`kind: done`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        tokens = []
        for tokens_item_data in self.tokens:
            tokens_item = tokens_item_data.to_dict()
            tokens.append(tokens_item)

        done = self.done.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "tokens": tokens,
                "done": done,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lens_done_frame import LensDoneFrame
        from ..models.lens_meta_frame import LensMetaFrame
        from ..models.lens_token_frame import LensTokenFrame

        d = dict(src_dict)
        meta = LensMetaFrame.from_dict(d.pop("meta"))

        tokens = []
        _tokens = d.pop("tokens")
        for tokens_item_data in _tokens:
            tokens_item = LensTokenFrame.from_dict(tokens_item_data)

            tokens.append(tokens_item)

        done = LensDoneFrame.from_dict(d.pop("done"))

        lens_prompt_result = cls(
            meta=meta,
            tokens=tokens,
            done=done,
        )

        lens_prompt_result.additional_properties = d
        return lens_prompt_result

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
