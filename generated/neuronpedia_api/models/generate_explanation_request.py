from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generate_explanation_request_explanation_type import GenerateExplanationRequestExplanationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateExplanationRequest")


@_attrs_define
class GenerateExplanationRequest:
    """Body of `generateExplanation` (yup schema of the handler)."""

    model_id: str
    """ The model id, e.g. `gpt2-small`. """
    layer: str
    """ The source id, e.g. `0-res-jb`. """
    index: int
    """ The feature index (a number here, unlike the string in responses). """
    explanation_type: GenerateExplanationRequestExplanationType
    """ The explainer. The handler implements only these five; any other value (and any of
    these missing from the server's `ExplanationType` table) answers 400 "Unsupported
    explanation type".
     """
    explanation_model_name: str
    """ The explainer LLM, a name from the server's `ExplanationModelType` table (e.g.
    `gpt-4o-mini`, `claude-3-5-haiku-20241022`, `gemini-1.5-flash`); unknown names answer
    400 "Unsupported explanation model".
     """
    use_open_router: bool | Unset = False
    """ Accepted by the schema but never read by the handler. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        layer = self.layer

        index = self.index

        explanation_type = self.explanation_type.value

        explanation_model_name = self.explanation_model_name

        use_open_router = self.use_open_router

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "layer": layer,
                "index": index,
                "explanationType": explanation_type,
                "explanationModelName": explanation_model_name,
            }
        )
        if use_open_router is not UNSET:
            field_dict["useOpenRouter"] = use_open_router

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("modelId")

        layer = d.pop("layer")

        index = d.pop("index")

        explanation_type = GenerateExplanationRequestExplanationType(d.pop("explanationType"))

        explanation_model_name = d.pop("explanationModelName")

        use_open_router = d.pop("useOpenRouter", UNSET)

        generate_explanation_request = cls(
            model_id=model_id,
            layer=layer,
            index=index,
            explanation_type=explanation_type,
            explanation_model_name=explanation_model_name,
            use_open_router=use_open_router,
        )

        generate_explanation_request.additional_properties = d
        return generate_explanation_request

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
