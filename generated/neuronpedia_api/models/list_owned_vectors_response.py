from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vector import Vector


T = TypeVar("T", bound="ListOwnedVectorsResponse")


@_attrs_define
class ListOwnedVectorsResponse:
    vectors: list[Vector]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vectors = []
        for vectors_item_data in self.vectors:
            vectors_item = vectors_item_data.to_dict()
            vectors.append(vectors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vectors": vectors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.vector import Vector

        d = dict(src_dict)
        vectors = []
        _vectors = d.pop("vectors")
        for vectors_item_data in _vectors:
            vectors_item = Vector.from_dict(vectors_item_data)

            vectors.append(vectors_item)

        list_owned_vectors_response = cls(
            vectors=vectors,
        )

        list_owned_vectors_response.additional_properties = d
        return list_owned_vectors_response

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
