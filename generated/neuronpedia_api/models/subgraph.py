from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="Subgraph")


@_attrs_define
class Subgraph:
    """A `GraphMetadataSubgraph` row (a saved selection of a graph's nodes) with its owner."""

    id: str
    display_name: None | str
    graph_metadata_id: str
    """ The `id` of the graph's `GraphMetadata` row. """
    pinned_ids: list[str]
    """ Ids of the pinned nodes, e.g. `2_15681_2`, `E_2_0`. """
    supernodes: list[list[str]]
    """ Supernodes; each is its label followed by the ids of its member nodes. """
    clerps: list[list[str]]
    """ Custom node labels, each a list of strings (typically `[nodeId, label]`). """
    pruning_threshold: float | None
    density_threshold: float | None
    user_id: str
    is_featured_solution: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    user: UserRef
    """ A user reduced to id and name (`select {id, name}`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name: None | str
        display_name = self.display_name

        graph_metadata_id = self.graph_metadata_id

        pinned_ids = self.pinned_ids

        supernodes = []
        for supernodes_item_data in self.supernodes:
            supernodes_item = supernodes_item_data

            supernodes.append(supernodes_item)

        clerps = []
        for clerps_item_data in self.clerps:
            clerps_item = clerps_item_data

            clerps.append(clerps_item)

        pruning_threshold: float | None
        pruning_threshold = self.pruning_threshold

        density_threshold: float | None
        density_threshold = self.density_threshold

        user_id = self.user_id

        is_featured_solution = self.is_featured_solution

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "displayName": display_name,
                "graphMetadataId": graph_metadata_id,
                "pinnedIds": pinned_ids,
                "supernodes": supernodes,
                "clerps": clerps,
                "pruningThreshold": pruning_threshold,
                "densityThreshold": density_threshold,
                "userId": user_id,
                "isFeaturedSolution": is_featured_solution,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_ref import UserRef

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_name = _parse_display_name(d.pop("displayName"))

        graph_metadata_id = d.pop("graphMetadataId")

        pinned_ids = cast(list[str], d.pop("pinnedIds"))

        supernodes = []
        _supernodes = d.pop("supernodes")
        for supernodes_item_data in _supernodes:
            supernodes_item = cast(list[str], supernodes_item_data)

            supernodes.append(supernodes_item)

        clerps = []
        _clerps = d.pop("clerps")
        for clerps_item_data in _clerps:
            clerps_item = cast(list[str], clerps_item_data)

            clerps.append(clerps_item)

        def _parse_pruning_threshold(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        pruning_threshold = _parse_pruning_threshold(d.pop("pruningThreshold"))

        def _parse_density_threshold(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        density_threshold = _parse_density_threshold(d.pop("densityThreshold"))

        user_id = d.pop("userId")

        is_featured_solution = d.pop("isFeaturedSolution")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        user = UserRef.from_dict(d.pop("user"))

        subgraph = cls(
            id=id,
            display_name=display_name,
            graph_metadata_id=graph_metadata_id,
            pinned_ids=pinned_ids,
            supernodes=supernodes,
            clerps=clerps,
            pruning_threshold=pruning_threshold,
            density_threshold=density_threshold,
            user_id=user_id,
            is_featured_solution=is_featured_solution,
            created_at=created_at,
            updated_at=updated_at,
            user=user,
        )

        subgraph.additional_properties = d
        return subgraph

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
