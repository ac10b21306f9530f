from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subgraph import Subgraph


T = TypeVar("T", bound="ListSubgraphsResponse")


@_attrs_define
class ListSubgraphsResponse:
    success: bool
    """ Always `true`. """
    subgraphs: list[Subgraph]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        subgraphs = []
        for subgraphs_item_data in self.subgraphs:
            subgraphs_item = subgraphs_item_data.to_dict()
            subgraphs.append(subgraphs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "subgraphs": subgraphs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.subgraph import Subgraph

        d = dict(src_dict)
        success = d.pop("success")

        subgraphs = []
        _subgraphs = d.pop("subgraphs")
        for subgraphs_item_data in _subgraphs:
            subgraphs_item = Subgraph.from_dict(subgraphs_item_data)

            subgraphs.append(subgraphs_item)

        list_subgraphs_response = cls(
            success=success,
            subgraphs=subgraphs,
        )

        list_subgraphs_response.additional_properties = d
        return list_subgraphs_response

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
