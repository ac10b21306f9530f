from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SearchAllExplanationVote")


@_attrs_define
class SearchAllExplanationVote:
    """A `Vote` row on an explanation."""

    id: str
    voter_id: str
    reason: None | str
    points: int
    explanation_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        voter_id = self.voter_id

        reason: None | str
        reason = self.reason

        points = self.points

        explanation_id = self.explanation_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "voterId": voter_id,
                "reason": reason,
                "points": points,
                "explanationId": explanation_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        voter_id = d.pop("voterId")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        points = d.pop("points")

        explanation_id = d.pop("explanationId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        search_all_explanation_vote = cls(
            id=id,
            voter_id=voter_id,
            reason=reason,
            points=points,
            explanation_id=explanation_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        search_all_explanation_vote.additional_properties = d
        return search_all_explanation_vote

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
