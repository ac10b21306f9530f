from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.serialized_fetch_response import SerializedFetchResponse


T = TypeVar("T", bound="SourceActivationsFailure")


@_attrs_define
class SourceActivationsFailure:
    """An inference failure, answered with HTTP 200."""

    error: Any
    """ The inference server's error body (usually `{"error": "..."}`, or text). """
    response: SerializedFetchResponse
    """ A fetch `Response` object serialised by JSON.stringify - always `{}`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.serialized_fetch_response import SerializedFetchResponse

        d = dict(src_dict)
        error = d.pop("error")

        response = SerializedFetchResponse.from_dict(d.pop("response"))

        source_activations_failure = cls(
            error=error,
            response=response,
        )

        source_activations_failure.additional_properties = d
        return source_activations_failure

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
