from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SaeDecoderVector")


@_attrs_define
class SaeDecoderVector:
    """vector/get's fallback for a feature without a stored vector: the SAE decoder vector, from the
    inference server. It has no `createdAt` or `creatorId`.

    """

    model_id: str
    layer: str
    index: str
    vector_label: str
    """ Always the empty string. """
    hook_name: str
    vector: list[float]
    vector_default_steer_strength: float
    """ Always 10. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        layer = self.layer

        index = self.index

        vector_label = self.vector_label

        hook_name = self.hook_name

        vector = self.vector

        vector_default_steer_strength = self.vector_default_steer_strength

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "layer": layer,
                "index": index,
                "vectorLabel": vector_label,
                "hookName": hook_name,
                "vector": vector,
                "vectorDefaultSteerStrength": vector_default_steer_strength,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("modelId")

        layer = d.pop("layer")

        index = d.pop("index")

        vector_label = d.pop("vectorLabel")

        hook_name = d.pop("hookName")

        vector = cast(list[float], d.pop("vector"))

        vector_default_steer_strength = d.pop("vectorDefaultSteerStrength")

        sae_decoder_vector = cls(
            model_id=model_id,
            layer=layer,
            index=index,
            vector_label=vector_label,
            hook_name=hook_name,
            vector=vector,
            vector_default_steer_strength=vector_default_steer_strength,
        )

        sae_decoder_vector.additional_properties = d
        return sae_decoder_vector

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
