from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.explanation_row import ExplanationRow


T = TypeVar("T", bound="GenerateExplanationResponse")


@_attrs_define
class GenerateExplanationResponse:
    explanation: ExplanationRow
    """ A full `Explanation` row without its embedding (e.g. the explanations of the features in
    list/get, and explanation/generate).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        explanation = self.explanation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "explanation": explanation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.explanation_row import ExplanationRow

        d = dict(src_dict)
        explanation = ExplanationRow.from_dict(d.pop("explanation"))

        generate_explanation_response = cls(
            explanation=explanation,
        )

        generate_explanation_response.additional_properties = d
        return generate_explanation_response

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
