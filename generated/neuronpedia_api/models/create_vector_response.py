from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.created_vector import CreatedVector


T = TypeVar("T", bound="CreateVectorResponse")


@_attrs_define
class CreateVectorResponse:
    message: str
    """ Always `Success`. """
    url: str
    """ The feature page of the new vector, `{NEXT_PUBLIC_URL}/{modelId}/{source}/{index}`. """
    vector: CreatedVector
    """ The vector as stored by vector/new (note the field names differ from `Vector`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        url = self.url

        vector = self.vector.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "url": url,
                "vector": vector,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.created_vector import CreatedVector

        d = dict(src_dict)
        message = d.pop("message")

        url = d.pop("url")

        vector = CreatedVector.from_dict(d.pop("vector"))

        create_vector_response = cls(
            message=message,
            url=url,
            vector=vector,
        )

        create_vector_response.additional_properties = d
        return create_vector_response

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
