from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModelListSource")


@_attrs_define
class ModelListSource:
    """The projection of a Source row that `listModels` returns."""

    id: str
    """ The source id, e.g. `0-res-jb`. """
    model_id: str
    visibility: str
    """ PUBLIC, UNLISTED or PRIVATE. """
    set_name: str
    has_umap: bool
    has_umap_log_sparsity: bool
    has_umap_clusters: bool
    num_prompts: int | None
    num_tokens_in_prompt: int | None
    dataset: None | str
    inference_enabled: bool
    has_dashboards: bool
    notes: None | str
    created_at: datetime.datetime
    cos_sim_match_source_id: None | str
    cos_sim_match_model_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model_id = self.model_id

        visibility = self.visibility

        set_name = self.set_name

        has_umap = self.has_umap

        has_umap_log_sparsity = self.has_umap_log_sparsity

        has_umap_clusters = self.has_umap_clusters

        num_prompts: int | None
        num_prompts = self.num_prompts

        num_tokens_in_prompt: int | None
        num_tokens_in_prompt = self.num_tokens_in_prompt

        dataset: None | str
        dataset = self.dataset

        inference_enabled = self.inference_enabled

        has_dashboards = self.has_dashboards

        notes: None | str
        notes = self.notes

        created_at = self.created_at.isoformat()

        cos_sim_match_source_id: None | str
        cos_sim_match_source_id = self.cos_sim_match_source_id

        cos_sim_match_model_id: None | str
        cos_sim_match_model_id = self.cos_sim_match_model_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "modelId": model_id,
                "visibility": visibility,
                "setName": set_name,
                "hasUmap": has_umap,
                "hasUmapLogSparsity": has_umap_log_sparsity,
                "hasUmapClusters": has_umap_clusters,
                "num_prompts": num_prompts,
                "num_tokens_in_prompt": num_tokens_in_prompt,
                "dataset": dataset,
                "inferenceEnabled": inference_enabled,
                "hasDashboards": has_dashboards,
                "notes": notes,
                "createdAt": created_at,
                "cosSimMatchSourceId": cos_sim_match_source_id,
                "cosSimMatchModelId": cos_sim_match_model_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        model_id = d.pop("modelId")

        visibility = d.pop("visibility")

        set_name = d.pop("setName")

        has_umap = d.pop("hasUmap")

        has_umap_log_sparsity = d.pop("hasUmapLogSparsity")

        has_umap_clusters = d.pop("hasUmapClusters")

        def _parse_num_prompts(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        num_prompts = _parse_num_prompts(d.pop("num_prompts"))

        def _parse_num_tokens_in_prompt(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        num_tokens_in_prompt = _parse_num_tokens_in_prompt(d.pop("num_tokens_in_prompt"))

        def _parse_dataset(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dataset = _parse_dataset(d.pop("dataset"))

        inference_enabled = d.pop("inferenceEnabled")

        has_dashboards = d.pop("hasDashboards")

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_cos_sim_match_source_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cos_sim_match_source_id = _parse_cos_sim_match_source_id(d.pop("cosSimMatchSourceId"))

        def _parse_cos_sim_match_model_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cos_sim_match_model_id = _parse_cos_sim_match_model_id(d.pop("cosSimMatchModelId"))

        model_list_source = cls(
            id=id,
            model_id=model_id,
            visibility=visibility,
            set_name=set_name,
            has_umap=has_umap,
            has_umap_log_sparsity=has_umap_log_sparsity,
            has_umap_clusters=has_umap_clusters,
            num_prompts=num_prompts,
            num_tokens_in_prompt=num_tokens_in_prompt,
            dataset=dataset,
            inference_enabled=inference_enabled,
            has_dashboards=has_dashboards,
            notes=notes,
            created_at=created_at,
            cos_sim_match_source_id=cos_sim_match_source_id,
            cos_sim_match_model_id=cos_sim_match_model_id,
        )

        model_list_source.additional_properties = d
        return model_list_source

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
