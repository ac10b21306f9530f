from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExplanationScore")


@_attrs_define
class ExplanationScore:
    """A full `ExplanationScore` row. `jsonDetails` is JSON stored as a string."""

    id: str
    initiated_by_user_id: str
    value: float
    explanation_id: str
    explanation_score_type_name: str
    explanation_score_model_name: str
    json_details: str
    """ JSON stored as a string (empty string when unset). """
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        initiated_by_user_id = self.initiated_by_user_id

        value = self.value

        explanation_id = self.explanation_id

        explanation_score_type_name = self.explanation_score_type_name

        explanation_score_model_name = self.explanation_score_model_name

        json_details = self.json_details

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "initiatedByUserId": initiated_by_user_id,
                "value": value,
                "explanationId": explanation_id,
                "explanationScoreTypeName": explanation_score_type_name,
                "explanationScoreModelName": explanation_score_model_name,
                "jsonDetails": json_details,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        initiated_by_user_id = d.pop("initiatedByUserId")

        value = d.pop("value")

        explanation_id = d.pop("explanationId")

        explanation_score_type_name = d.pop("explanationScoreTypeName")

        explanation_score_model_name = d.pop("explanationScoreModelName")

        json_details = d.pop("jsonDetails")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        explanation_score = cls(
            id=id,
            initiated_by_user_id=initiated_by_user_id,
            value=value,
            explanation_id=explanation_id,
            explanation_score_type_name=explanation_score_type_name,
            explanation_score_model_name=explanation_score_model_name,
            json_details=json_details,
            created_at=created_at,
        )

        explanation_score.additional_properties = d
        return explanation_score

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
