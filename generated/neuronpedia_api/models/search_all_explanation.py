from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_all_explanation_vote import SearchAllExplanationVote
    from ..models.user_name import UserName


T = TypeVar("T", bound="SearchAllExplanation")


@_attrs_define
class SearchAllExplanation:
    """A full `Explanation` row; freshly computed results also carry the author's name and the
    votes, results served from a saved search do not.

    """

    id: str
    model_id: str
    layer: str
    index: str
    description: str
    author_id: str
    triggered_by_user_id: None | str
    notes: None | str
    score_v1: float
    score_v2: float | None
    umap_x: float | None
    umap_y: float | None
    umap_cluster: int | None
    umap_log_feature_sparsity: float | None
    type_name: None | str
    explanation_model_name: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    author: UserName | Unset = UNSET
    """ A user reduced to its public name (`select {name}`). """
    votes: list[SearchAllExplanationVote] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model_id = self.model_id

        layer = self.layer

        index = self.index

        description = self.description

        author_id = self.author_id

        triggered_by_user_id: None | str
        triggered_by_user_id = self.triggered_by_user_id

        notes: None | str
        notes = self.notes

        score_v1 = self.score_v1

        score_v2: float | None
        score_v2 = self.score_v2

        umap_x: float | None
        umap_x = self.umap_x

        umap_y: float | None
        umap_y = self.umap_y

        umap_cluster: int | None
        umap_cluster = self.umap_cluster

        umap_log_feature_sparsity: float | None
        umap_log_feature_sparsity = self.umap_log_feature_sparsity

        type_name: None | str
        type_name = self.type_name

        explanation_model_name: None | str
        explanation_model_name = self.explanation_model_name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        votes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.votes, Unset):
            votes = []
            for votes_item_data in self.votes:
                votes_item = votes_item_data.to_dict()
                votes.append(votes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "modelId": model_id,
                "layer": layer,
                "index": index,
                "description": description,
                "authorId": author_id,
                "triggeredByUserId": triggered_by_user_id,
                "notes": notes,
                "scoreV1": score_v1,
                "scoreV2": score_v2,
                "umap_x": umap_x,
                "umap_y": umap_y,
                "umap_cluster": umap_cluster,
                "umap_log_feature_sparsity": umap_log_feature_sparsity,
                "typeName": type_name,
                "explanationModelName": explanation_model_name,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if author is not UNSET:
            field_dict["author"] = author
        if votes is not UNSET:
            field_dict["votes"] = votes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_all_explanation_vote import SearchAllExplanationVote
        from ..models.user_name import UserName

        d = dict(src_dict)
        id = d.pop("id")

        model_id = d.pop("modelId")

        layer = d.pop("layer")

        index = d.pop("index")

        description = d.pop("description")

        author_id = d.pop("authorId")

        def _parse_triggered_by_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        triggered_by_user_id = _parse_triggered_by_user_id(d.pop("triggeredByUserId"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        score_v1 = d.pop("scoreV1")

        def _parse_score_v2(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score_v2 = _parse_score_v2(d.pop("scoreV2"))

        def _parse_umap_x(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        umap_x = _parse_umap_x(d.pop("umap_x"))

        def _parse_umap_y(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        umap_y = _parse_umap_y(d.pop("umap_y"))

        def _parse_umap_cluster(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        umap_cluster = _parse_umap_cluster(d.pop("umap_cluster"))

        def _parse_umap_log_feature_sparsity(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        umap_log_feature_sparsity = _parse_umap_log_feature_sparsity(d.pop("umap_log_feature_sparsity"))

        def _parse_type_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_name = _parse_type_name(d.pop("typeName"))

        def _parse_explanation_model_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        explanation_model_name = _parse_explanation_model_name(d.pop("explanationModelName"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        _author = d.pop("author", UNSET)
        author: UserName | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = UserName.from_dict(_author)

        _votes = d.pop("votes", UNSET)
        votes: list[SearchAllExplanationVote] | Unset = UNSET
        if _votes is not UNSET:
            votes = []
            for votes_item_data in _votes:
                votes_item = SearchAllExplanationVote.from_dict(votes_item_data)

                votes.append(votes_item)

        search_all_explanation = cls(
            id=id,
            model_id=model_id,
            layer=layer,
            index=index,
            description=description,
            author_id=author_id,
            triggered_by_user_id=triggered_by_user_id,
            notes=notes,
            score_v1=score_v1,
            score_v2=score_v2,
            umap_x=umap_x,
            umap_y=umap_y,
            umap_cluster=umap_cluster,
            umap_log_feature_sparsity=umap_log_feature_sparsity,
            type_name=type_name,
            explanation_model_name=explanation_model_name,
            created_at=created_at,
            updated_at=updated_at,
            author=author,
            votes=votes,
        )

        search_all_explanation.additional_properties = d
        return search_all_explanation

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
