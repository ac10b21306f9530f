from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.saelens_config import SaelensConfig


T = TypeVar("T", bound="Source")


@_attrs_define
class Source:
    """A full `Source` row (an SAE or other feature source, e.g. `0-res-jb`): embedded in the
    feature GET (`source`) and in the source-set reads (`sources[]`).

    """

    id: str
    """ The source id, `<layer>-<set name>`, e.g. `0-res-jb`. """
    model_id: str
    has_dashboards: bool
    inference_enabled: bool
    saelens_config: None | SaelensConfig
    saelens_release: None | str
    saelens_sae_id: None | str
    hf_repo_id: None | str
    hf_folder_id: None | str
    visibility: str
    """ `PUBLIC`, `UNLISTED` or `PRIVATE`. """
    default_of_model_id: None | str
    set_name: str
    creator_id: str
    has_umap: bool
    has_umap_log_sparsity: bool
    has_umap_clusters: bool
    num_prompts: int | None
    num_tokens_in_prompt: int | None
    dataset: None | str
    notes: None | str
    cos_sim_match_model_id: None | str
    cos_sim_match_source_id: None | str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.saelens_config import SaelensConfig

        id = self.id

        model_id = self.model_id

        has_dashboards = self.has_dashboards

        inference_enabled = self.inference_enabled

        saelens_config: dict[str, Any] | None
        if isinstance(self.saelens_config, SaelensConfig):
            saelens_config = self.saelens_config.to_dict()
        else:
            saelens_config = self.saelens_config

        saelens_release: None | str
        saelens_release = self.saelens_release

        saelens_sae_id: None | str
        saelens_sae_id = self.saelens_sae_id

        hf_repo_id: None | str
        hf_repo_id = self.hf_repo_id

        hf_folder_id: None | str
        hf_folder_id = self.hf_folder_id

        visibility = self.visibility

        default_of_model_id: None | str
        default_of_model_id = self.default_of_model_id

        set_name = self.set_name

        creator_id = self.creator_id

        has_umap = self.has_umap

        has_umap_log_sparsity = self.has_umap_log_sparsity

        has_umap_clusters = self.has_umap_clusters

        num_prompts: int | None
        num_prompts = self.num_prompts

        num_tokens_in_prompt: int | None
        num_tokens_in_prompt = self.num_tokens_in_prompt

        dataset: None | str
        dataset = self.dataset

        notes: None | str
        notes = self.notes

        cos_sim_match_model_id: None | str
        cos_sim_match_model_id = self.cos_sim_match_model_id

        cos_sim_match_source_id: None | str
        cos_sim_match_source_id = self.cos_sim_match_source_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "modelId": model_id,
                "hasDashboards": has_dashboards,
                "inferenceEnabled": inference_enabled,
                "saelensConfig": saelens_config,
                "saelensRelease": saelens_release,
                "saelensSaeId": saelens_sae_id,
                "hfRepoId": hf_repo_id,
                "hfFolderId": hf_folder_id,
                "visibility": visibility,
                "defaultOfModelId": default_of_model_id,
                "setName": set_name,
                "creatorId": creator_id,
                "hasUmap": has_umap,
                "hasUmapLogSparsity": has_umap_log_sparsity,
                "hasUmapClusters": has_umap_clusters,
                "num_prompts": num_prompts,
                "num_tokens_in_prompt": num_tokens_in_prompt,
                "dataset": dataset,
                "notes": notes,
                "cosSimMatchModelId": cos_sim_match_model_id,
                "cosSimMatchSourceId": cos_sim_match_source_id,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.saelens_config import SaelensConfig

        d = dict(src_dict)
        id = d.pop("id")

        model_id = d.pop("modelId")

        has_dashboards = d.pop("hasDashboards")

        inference_enabled = d.pop("inferenceEnabled")

        def _parse_saelens_config(data: object) -> None | SaelensConfig:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                saelens_config_type_0 = SaelensConfig.from_dict(data)

                return saelens_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SaelensConfig, data)

        saelens_config = _parse_saelens_config(d.pop("saelensConfig"))

        def _parse_saelens_release(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        saelens_release = _parse_saelens_release(d.pop("saelensRelease"))

        def _parse_saelens_sae_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        saelens_sae_id = _parse_saelens_sae_id(d.pop("saelensSaeId"))

        def _parse_hf_repo_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hf_repo_id = _parse_hf_repo_id(d.pop("hfRepoId"))

        def _parse_hf_folder_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hf_folder_id = _parse_hf_folder_id(d.pop("hfFolderId"))

        visibility = d.pop("visibility")

        def _parse_default_of_model_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default_of_model_id = _parse_default_of_model_id(d.pop("defaultOfModelId"))

        set_name = d.pop("setName")

        creator_id = d.pop("creatorId")

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

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        def _parse_cos_sim_match_model_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cos_sim_match_model_id = _parse_cos_sim_match_model_id(d.pop("cosSimMatchModelId"))

        def _parse_cos_sim_match_source_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cos_sim_match_source_id = _parse_cos_sim_match_source_id(d.pop("cosSimMatchSourceId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        source = cls(
            id=id,
            model_id=model_id,
            has_dashboards=has_dashboards,
            inference_enabled=inference_enabled,
            saelens_config=saelens_config,
            saelens_release=saelens_release,
            saelens_sae_id=saelens_sae_id,
            hf_repo_id=hf_repo_id,
            hf_folder_id=hf_folder_id,
            visibility=visibility,
            default_of_model_id=default_of_model_id,
            set_name=set_name,
            creator_id=creator_id,
            has_umap=has_umap,
            has_umap_log_sparsity=has_umap_log_sparsity,
            has_umap_clusters=has_umap_clusters,
            num_prompts=num_prompts,
            num_tokens_in_prompt=num_tokens_in_prompt,
            dataset=dataset,
            notes=notes,
            cos_sim_match_model_id=cos_sim_match_model_id,
            cos_sim_match_source_id=cos_sim_match_source_id,
            created_at=created_at,
        )

        source.additional_properties = d
        return source

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
