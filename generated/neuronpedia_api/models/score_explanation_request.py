from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.score_explanation_request_scorer_type import ScoreExplanationRequestScorerType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScoreExplanationRequest")


@_attrs_define
class ScoreExplanationRequest:
    """Body of `scoreExplanation` (yup schema of the handler)."""

    explanation_id: str
    """ The `id` of the explanation to score (see `explanations[].id` of the feature). """
    scorer_type: ScoreExplanationRequestScorerType
    """ The scoring method. The handler implements only these seven; any other value (and any
    of these missing from the server's `ExplanationScoreType` table) answers 400
    "Unsupported explanation score type".
     """
    scorer_model: str | Unset = UNSET
    """ The scorer LLM, a name from the server's `ExplanationScoreModel` table (e.g.
    `gpt-4o-mini`). Ignored by the `nla_*` scorers; every other scorer needs it (when it
    is missing the handler fails with the generic 500), and an unknown name answers 400
    "Unsupported explanation score model".
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        explanation_id = self.explanation_id

        scorer_type = self.scorer_type.value

        scorer_model = self.scorer_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "explanationId": explanation_id,
                "scorerType": scorer_type,
            }
        )
        if scorer_model is not UNSET:
            field_dict["scorerModel"] = scorer_model

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        explanation_id = d.pop("explanationId")

        scorer_type = ScoreExplanationRequestScorerType(d.pop("scorerType"))

        scorer_model = d.pop("scorerModel", UNSET)

        score_explanation_request = cls(
            explanation_id=explanation_id,
            scorer_type=scorer_type,
            scorer_model=scorer_model,
        )

        score_explanation_request.additional_properties = d
        return score_explanation_request

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
