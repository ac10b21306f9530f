from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sae_decoder_vector import SaeDecoderVector
    from ..models.vector import Vector


T = TypeVar("T", bound="GetVectorResponse")


@_attrs_define
class GetVectorResponse:
    vector: SaeDecoderVector | Vector
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.vector import Vector

        vector: dict[str, Any]
        if isinstance(self.vector, Vector):
            vector = self.vector.to_dict()
        else:
            vector = self.vector.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vector": vector,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sae_decoder_vector import SaeDecoderVector
        from ..models.vector import Vector

        d = dict(src_dict)

        def _parse_vector(data: object) -> SaeDecoderVector | Vector:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vector_type_0 = Vector.from_dict(data)

                return vector_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            vector_type_1 = SaeDecoderVector.from_dict(data)

            return vector_type_1

        vector = _parse_vector(d.pop("vector"))

        get_vector_response = cls(
            vector=vector,
        )

        get_vector_response.additional_properties = d
        return get_vector_response

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
