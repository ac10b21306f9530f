from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SaveGraphInvalidFileError")


@_attrs_define
class SaveGraphInvalidFileError:
    """The uploaded file failed the attribution graph JSON schema."""

    error: str
    """ "Invalid graph format. Use the validator to check your graph json: <host>/graph/validator". """
    details: list[str]
    """ One `<instancePath or root>: <message>` line per schema error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "details": details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error = d.pop("error")

        details = cast(list[str], d.pop("details"))

        save_graph_invalid_file_error = cls(
            error=error,
            details=details,
        )

        save_graph_invalid_file_error.additional_properties = d
        return save_graph_invalid_file_error

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
