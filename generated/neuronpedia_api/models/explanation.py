from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.explanation_score import ExplanationScore
    from ..models.user_ref import UserRef


T = TypeVar("T", bound="Explanation")


@_attrs_define
class Explanation:
    """An explanation as embedded in the feature GET (`explanations[]`): a selection of the
    `Explanation` row with its scores and the user who triggered it. It does NOT carry
    `modelId`/`layer`/`index` (upstream's `Explanation` annotation claims it does).

    """

    id: str
    description: str
    explanation_model_name: None | str
    """ The explainer model, e.g. `gpt-4o-mini`. """
    type_name: None | str
    """ The explanation method, e.g. `oai_token-act-pair`. """
    scores: list[ExplanationScore]
    triggered_by_user: None | UserRef
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_ref import UserRef

        id = self.id

        description = self.description

        explanation_model_name: None | str
        explanation_model_name = self.explanation_model_name

        type_name: None | str
        type_name = self.type_name

        scores = []
        for scores_item_data in self.scores:
            scores_item = scores_item_data.to_dict()
            scores.append(scores_item)

        triggered_by_user: dict[str, Any] | None
        if isinstance(self.triggered_by_user, UserRef):
            triggered_by_user = self.triggered_by_user.to_dict()
        else:
            triggered_by_user = self.triggered_by_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "description": description,
                "explanationModelName": explanation_model_name,
                "typeName": type_name,
                "scores": scores,
                "triggeredByUser": triggered_by_user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.explanation_score import ExplanationScore
        from ..models.user_ref import UserRef

        d = dict(src_dict)
        id = d.pop("id")

        description = d.pop("description")

        def _parse_explanation_model_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        explanation_model_name = _parse_explanation_model_name(d.pop("explanationModelName"))

        def _parse_type_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_name = _parse_type_name(d.pop("typeName"))

        scores = []
        _scores = d.pop("scores")
        for scores_item_data in _scores:
            scores_item = ExplanationScore.from_dict(scores_item_data)

            scores.append(scores_item)

        def _parse_triggered_by_user(data: object) -> None | UserRef:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                triggered_by_user_type_0 = UserRef.from_dict(data)

                return triggered_by_user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserRef, data)

        triggered_by_user = _parse_triggered_by_user(d.pop("triggeredByUser"))

        explanation = cls(
            id=id,
            description=description,
            explanation_model_name=explanation_model_name,
            type_name=type_name,
            scores=scores,
            triggered_by_user=triggered_by_user,
        )

        explanation.additional_properties = d
        return explanation

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
