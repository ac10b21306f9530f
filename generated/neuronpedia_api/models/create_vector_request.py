from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vector_hook_type import VectorHookType

T = TypeVar("T", bound="CreateVectorRequest")


@_attrs_define
class CreateVectorRequest:
    model_id: str
    """ The model to add the vector to (e.g. `gpt2-small`). """
    layer_number: float
    """ 0-based layer; must be below the model's layer count (400 otherwise). The handler does not
    check that it is a non-negative integer.
     """
    hook_type: VectorHookType
    """ The residual-stream hook a new vector applies to (the hook name, not upstream's documented
    `resid-pre`/`resid-post`, which are rejected).
     """
    vector: list[float]
    """ The values; exactly the model's dimension (400 otherwise). """
    vector_default_steer_strength: float
    """ The default steering strength. """
    vector_label: str
    """ A label for the vector. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        layer_number = self.layer_number

        hook_type = self.hook_type.value

        vector = self.vector

        vector_default_steer_strength = self.vector_default_steer_strength

        vector_label = self.vector_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "layerNumber": layer_number,
                "hookType": hook_type,
                "vector": vector,
                "vectorDefaultSteerStrength": vector_default_steer_strength,
                "vectorLabel": vector_label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("modelId")

        layer_number = d.pop("layerNumber")

        hook_type = VectorHookType(d.pop("hookType"))

        vector = cast(list[float], d.pop("vector"))

        vector_default_steer_strength = d.pop("vectorDefaultSteerStrength")

        vector_label = d.pop("vectorLabel")

        create_vector_request = cls(
            model_id=model_id,
            layer_number=layer_number,
            hook_type=hook_type,
            vector=vector,
            vector_default_steer_strength=vector_default_steer_strength,
            vector_label=vector_label,
        )

        create_vector_request.additional_properties = d
        return create_vector_request

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
