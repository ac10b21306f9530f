from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.serialized_fetch_response import SerializedFetchResponse
    from ..models.source_activations_data import SourceActivationsData


T = TypeVar("T", bound="SourceActivationsEnvelope")


@_attrs_define
class SourceActivationsEnvelope:
    """The inference result, wrapped in the HTTP client's `{data, response}` result object."""

    data: SourceActivationsData
    response: SerializedFetchResponse
    """ A fetch `Response` object serialised by JSON.stringify - always `{}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.serialized_fetch_response import SerializedFetchResponse
        from ..models.source_activations_data import SourceActivationsData

        d = dict(src_dict)
        data = SourceActivationsData.from_dict(d.pop("data"))

        response = SerializedFetchResponse.from_dict(d.pop("response"))

        source_activations_envelope = cls(
            data=data,
            response=response,
        )

        source_activations_envelope.additional_properties = d
        return source_activations_envelope

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
