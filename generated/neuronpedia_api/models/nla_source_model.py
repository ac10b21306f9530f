from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NlaSourceModel")


@_attrs_define
class NlaSourceModel:
    """The model of an NLA source."""

    id: str
    display_name: str
    open_router_available: bool
    """ Whether the model has an OpenRouter id (needed for generation in `nlaCompletion`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name = self.display_name

        open_router_available = self.open_router_available

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "displayName": display_name,
                "openRouterAvailable": open_router_available,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        display_name = d.pop("displayName")

        open_router_available = d.pop("openRouterAvailable")

        nla_source_model = cls(
            id=id,
            display_name=display_name,
            open_router_available=open_router_available,
        )

        nla_source_model.additional_properties = d
        return nla_source_model

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
