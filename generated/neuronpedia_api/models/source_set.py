from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SourceSet")


@_attrs_define
class SourceSet:
    """A full `SourceSet` row (a family of sources, e.g. `res-jb`): embedded in the feature GET
    (`sourceSet`) and the top level of the source-set reads. Note that it includes
    `creatorEmail`.

    """

    model_id: str
    name: str
    has_dashboards: bool
    allow_inference_search: bool
    visibility: str
    """ `PUBLIC`, `UNLISTED` or `PRIVATE`. """
    description: str
    type_: str
    creator_name: str
    urls: list[str]
    creator_email: None | str
    creator_id: str
    release_name: None | str
    has_graphs: bool
    graph_enabled: bool
    similarity_matrix_enabled: bool
    default_of_model_id: None | str
    default_graph_model_id: None | str
    default_range: int
    default_show_breaks: bool
    show_dfa: bool
    show_correlated: bool
    show_head_attribution: bool
    show_umap: bool
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        name = self.name

        has_dashboards = self.has_dashboards

        allow_inference_search = self.allow_inference_search

        visibility = self.visibility

        description = self.description

        type_ = self.type_

        creator_name = self.creator_name

        urls = self.urls

        creator_email: None | str
        creator_email = self.creator_email

        creator_id = self.creator_id

        release_name: None | str
        release_name = self.release_name

        has_graphs = self.has_graphs

        graph_enabled = self.graph_enabled

        similarity_matrix_enabled = self.similarity_matrix_enabled

        default_of_model_id: None | str
        default_of_model_id = self.default_of_model_id

        default_graph_model_id: None | str
        default_graph_model_id = self.default_graph_model_id

        default_range = self.default_range

        default_show_breaks = self.default_show_breaks

        show_dfa = self.show_dfa

        show_correlated = self.show_correlated

        show_head_attribution = self.show_head_attribution

        show_umap = self.show_umap

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "name": name,
                "hasDashboards": has_dashboards,
                "allowInferenceSearch": allow_inference_search,
                "visibility": visibility,
                "description": description,
                "type": type_,
                "creatorName": creator_name,
                "urls": urls,
                "creatorEmail": creator_email,
                "creatorId": creator_id,
                "releaseName": release_name,
                "hasGraphs": has_graphs,
                "graphEnabled": graph_enabled,
                "similarityMatrixEnabled": similarity_matrix_enabled,
                "defaultOfModelId": default_of_model_id,
                "defaultGraphModelId": default_graph_model_id,
                "defaultRange": default_range,
                "defaultShowBreaks": default_show_breaks,
                "showDfa": show_dfa,
                "showCorrelated": show_correlated,
                "showHeadAttribution": show_head_attribution,
                "showUmap": show_umap,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("modelId")

        name = d.pop("name")

        has_dashboards = d.pop("hasDashboards")

        allow_inference_search = d.pop("allowInferenceSearch")

        visibility = d.pop("visibility")

        description = d.pop("description")

        type_ = d.pop("type")

        creator_name = d.pop("creatorName")

        urls = cast(list[str], d.pop("urls"))

        def _parse_creator_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        creator_email = _parse_creator_email(d.pop("creatorEmail"))

        creator_id = d.pop("creatorId")

        def _parse_release_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        release_name = _parse_release_name(d.pop("releaseName"))

        has_graphs = d.pop("hasGraphs")

        graph_enabled = d.pop("graphEnabled")

        similarity_matrix_enabled = d.pop("similarityMatrixEnabled")

        def _parse_default_of_model_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default_of_model_id = _parse_default_of_model_id(d.pop("defaultOfModelId"))

        def _parse_default_graph_model_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default_graph_model_id = _parse_default_graph_model_id(d.pop("defaultGraphModelId"))

        default_range = d.pop("defaultRange")

        default_show_breaks = d.pop("defaultShowBreaks")

        show_dfa = d.pop("showDfa")

        show_correlated = d.pop("showCorrelated")

        show_head_attribution = d.pop("showHeadAttribution")

        show_umap = d.pop("showUmap")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        source_set = cls(
            model_id=model_id,
            name=name,
            has_dashboards=has_dashboards,
            allow_inference_search=allow_inference_search,
            visibility=visibility,
            description=description,
            type_=type_,
            creator_name=creator_name,
            urls=urls,
            creator_email=creator_email,
            creator_id=creator_id,
            release_name=release_name,
            has_graphs=has_graphs,
            graph_enabled=graph_enabled,
            similarity_matrix_enabled=similarity_matrix_enabled,
            default_of_model_id=default_of_model_id,
            default_graph_model_id=default_graph_model_id,
            default_range=default_range,
            default_show_breaks=default_show_breaks,
            show_dfa=show_dfa,
            show_correlated=show_correlated,
            show_head_attribution=show_head_attribution,
            show_umap=show_umap,
            created_at=created_at,
        )

        source_set.additional_properties = d
        return source_set

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
