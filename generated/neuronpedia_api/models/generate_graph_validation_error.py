from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateGraphValidationError")


@_attrs_define
class GenerateGraphValidationError:
    """A yup validation failure of the generate request."""

    error: str
    """ Always "Validation error". """
    details: str
    """ yup's message, e.g. "edgeThreshold must be less than or equal to 0.98" or "Must be at most 0.95.". """
    path: str | Unset = UNSET
    """ The offending field (absent for errors on the whole body). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        details = self.details

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "details": details,
            }
        )
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error = d.pop("error")

        details = d.pop("details")

        path = d.pop("path", UNSET)

        generate_graph_validation_error = cls(
            error=error,
            details=details,
            path=path,
        )

        generate_graph_validation_error.additional_properties = d
        return generate_graph_validation_error

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
