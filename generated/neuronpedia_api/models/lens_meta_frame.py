from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lens_layers_by_type import LensLayersByType


T = TypeVar("T", bound="LensMetaFrame")


@_attrs_define
class LensMetaFrame:
    """The first lens frame (`kind: meta`), the run's context."""

    kind: Literal["meta"]
    model: str
    """ The model id the inference server ran (the TransformerLens id where one is set). """
    types: list[str]
    layers_by_type: LensLayersByType
    """ For each lens type, the read-out layers (the same for every position). """
    top_n: int
    prompt_len: int
    num_completion_tokens: int
    temperature: float
    prepend_bos: bool
    reuse_len: int
    """ Leading prompt positions reused from `cachedTokenIds` (no token frame is sent for them). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        model = self.model

        types = self.types

        layers_by_type = self.layers_by_type.to_dict()

        top_n = self.top_n

        prompt_len = self.prompt_len

        num_completion_tokens = self.num_completion_tokens

        temperature = self.temperature

        prepend_bos = self.prepend_bos

        reuse_len = self.reuse_len

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "model": model,
                "types": types,
                "layers_by_type": layers_by_type,
                "top_n": top_n,
                "prompt_len": prompt_len,
                "num_completion_tokens": num_completion_tokens,
                "temperature": temperature,
                "prepend_bos": prepend_bos,
                "reuse_len": reuse_len,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lens_layers_by_type import LensLayersByType

        d = dict(src_dict)
        kind = cast(Literal["meta"], d.pop("kind"))
        if kind != "meta":
            raise ValueError(f"kind must match const 'meta', got '{kind}'")

        model = d.pop("model")

        types = cast(list[str], d.pop("types"))

        layers_by_type = LensLayersByType.from_dict(d.pop("layers_by_type"))

        top_n = d.pop("top_n")

        prompt_len = d.pop("prompt_len")

        num_completion_tokens = d.pop("num_completion_tokens")

        temperature = d.pop("temperature")

        prepend_bos = d.pop("prepend_bos")

        reuse_len = d.pop("reuse_len")

        lens_meta_frame = cls(
            kind=kind,
            model=model,
            types=types,
            layers_by_type=layers_by_type,
            top_n=top_n,
            prompt_len=prompt_len,
            num_completion_tokens=num_completion_tokens,
            temperature=temperature,
            prepend_bos=prepend_bos,
            reuse_len=reuse_len,
        )

        lens_meta_frame.additional_properties = d
        return lens_meta_frame

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
