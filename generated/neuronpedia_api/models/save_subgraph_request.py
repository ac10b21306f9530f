from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SaveSubgraphRequest")


@_attrs_define
class SaveSubgraphRequest:
    model_id: str
    """ The graph's model id. """
    slug: str
    """ The graph's slug. """
    pinned_ids: list[str]
    """ Ids of the pinned nodes. """
    supernodes: list[list[str]]
    """ Supernodes; each is its label followed by the ids of its member nodes. """
    clerps: list[list[str]]
    """ Custom node labels, each a list of strings. """
    pruning_threshold: float | None
    """ The key must be present; `null` is allowed. """
    density_threshold: float | None
    """ The key must be present; `null` is allowed. """
    display_name: str | Unset = UNSET
    """ A name for the subgraph (not changed when overwriting). """
    overwrite_id: str | Unset = UNSET
    """ The id of one of your subgraphs to overwrite instead of creating a new one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        slug = self.slug

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

        display_name = self.display_name

        overwrite_id = self.overwrite_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "slug": slug,
                "pinnedIds": pinned_ids,
                "supernodes": supernodes,
                "clerps": clerps,
                "pruningThreshold": pruning_threshold,
                "densityThreshold": density_threshold,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if overwrite_id is not UNSET:
            field_dict["overwriteId"] = overwrite_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("modelId")

        slug = d.pop("slug")

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

        display_name = d.pop("displayName", UNSET)

        overwrite_id = d.pop("overwriteId", UNSET)

        save_subgraph_request = cls(
            model_id=model_id,
            slug=slug,
            pinned_ids=pinned_ids,
            supernodes=supernodes,
            clerps=clerps,
            pruning_threshold=pruning_threshold,
            density_threshold=density_threshold,
            display_name=display_name,
            overwrite_id=overwrite_id,
        )

        save_subgraph_request.additional_properties = d
        return save_subgraph_request

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
