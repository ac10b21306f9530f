from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Model")


@_attrs_define
class Model:
    """A full `Model` row, as returned by POST /api/model/new and embedded in the feature GET
    (`model`) and the source-set reads. Note that it includes `openRouterId` and `creatorId`.

        Example:
            {'id': 'gpt2-small', 'displayNameShort': 'GPT2-SM', 'displayName': 'GPT2-Small', 'creatorId':
                'clkht01d40000jv08hvalcvly', 'tlensId': 'gpt2-small', 'openRouterId': None, 'dimension': 768, 'thinking': False,
                'visibility': 'PUBLIC', 'defaultSourceSetName': 'res-jb', 'defaultSourceId': '0-res-jb',
                'defaultGraphSourceSetName': None, 'inferenceEnabled': True, 'instruct': False, 'layers': 12, 'neuronsPerLayer':
                24576, 'createdAt': '2026-11-27T02:39:06.284Z', 'owner': 'OpenAI', 'updatedAt': '2026-11-27T02:39:06.284Z',
                'website': 'https://openai.com'}

    """

    id: str
    """ The model id, e.g. `gpt2-small`. """
    display_name_short: str
    display_name: str
    creator_id: str
    tlens_id: None | str
    """ The TransformerLens model name, if different from `id`. """
    open_router_id: None | str
    dimension: int | None
    """ Width of the residual stream; null for models created through model/new. """
    thinking: bool
    visibility: str
    """ `PUBLIC`, `UNLISTED` or `PRIVATE`. """
    default_source_set_name: None | str
    default_source_id: None | str
    default_graph_source_set_name: None | str
    inference_enabled: bool
    instruct: bool
    layers: int
    neurons_per_layer: int
    created_at: datetime.datetime
    owner: str
    updated_at: datetime.datetime
    website: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display_name_short = self.display_name_short

        display_name = self.display_name

        creator_id = self.creator_id

        tlens_id: None | str
        tlens_id = self.tlens_id

        open_router_id: None | str
        open_router_id = self.open_router_id

        dimension: int | None
        dimension = self.dimension

        thinking = self.thinking

        visibility = self.visibility

        default_source_set_name: None | str
        default_source_set_name = self.default_source_set_name

        default_source_id: None | str
        default_source_id = self.default_source_id

        default_graph_source_set_name: None | str
        default_graph_source_set_name = self.default_graph_source_set_name

        inference_enabled = self.inference_enabled

        instruct = self.instruct

        layers = self.layers

        neurons_per_layer = self.neurons_per_layer

        created_at = self.created_at.isoformat()

        owner = self.owner

        updated_at = self.updated_at.isoformat()

        website: None | str
        website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "displayNameShort": display_name_short,
                "displayName": display_name,
                "creatorId": creator_id,
                "tlensId": tlens_id,
                "openRouterId": open_router_id,
                "dimension": dimension,
                "thinking": thinking,
                "visibility": visibility,
                "defaultSourceSetName": default_source_set_name,
                "defaultSourceId": default_source_id,
                "defaultGraphSourceSetName": default_graph_source_set_name,
                "inferenceEnabled": inference_enabled,
                "instruct": instruct,
                "layers": layers,
                "neuronsPerLayer": neurons_per_layer,
                "createdAt": created_at,
                "owner": owner,
                "updatedAt": updated_at,
                "website": website,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        display_name_short = d.pop("displayNameShort")

        display_name = d.pop("displayName")

        creator_id = d.pop("creatorId")

        def _parse_tlens_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        tlens_id = _parse_tlens_id(d.pop("tlensId"))

        def _parse_open_router_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        open_router_id = _parse_open_router_id(d.pop("openRouterId"))

        def _parse_dimension(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        dimension = _parse_dimension(d.pop("dimension"))

        thinking = d.pop("thinking")

        visibility = d.pop("visibility")

        def _parse_default_source_set_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default_source_set_name = _parse_default_source_set_name(d.pop("defaultSourceSetName"))

        def _parse_default_source_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default_source_id = _parse_default_source_id(d.pop("defaultSourceId"))

        def _parse_default_graph_source_set_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default_graph_source_set_name = _parse_default_graph_source_set_name(d.pop("defaultGraphSourceSetName"))

        inference_enabled = d.pop("inferenceEnabled")

        instruct = d.pop("instruct")

        layers = d.pop("layers")

        neurons_per_layer = d.pop("neuronsPerLayer")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        owner = d.pop("owner")

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_website(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        website = _parse_website(d.pop("website"))

        model = cls(
            id=id,
            display_name_short=display_name_short,
            display_name=display_name,
            creator_id=creator_id,
            tlens_id=tlens_id,
            open_router_id=open_router_id,
            dimension=dimension,
            thinking=thinking,
            visibility=visibility,
            default_source_set_name=default_source_set_name,
            default_source_id=default_source_id,
            default_graph_source_set_name=default_graph_source_set_name,
            inference_enabled=inference_enabled,
            instruct=instruct,
            layers=layers,
            neurons_per_layer=neurons_per_layer,
            created_at=created_at,
            owner=owner,
            updated_at=updated_at,
            website=website,
        )

        model.additional_properties = d
        return model

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
