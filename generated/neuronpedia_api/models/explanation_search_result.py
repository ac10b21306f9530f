from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.explanation_search_neuron import ExplanationSearchNeuron


T = TypeVar("T", bound="ExplanationSearchResult")


@_attrs_define
class ExplanationSearchResult:
    """One matching explanation, its similarity to the query, and its feature."""

    model_id: str
    layer: str
    """ The source id, e.g. `0-res-jb`. """
    index: str
    """ The feature index, as a string. """
    description: str
    """ The explanation text. """
    explanation_model_name: None | str
    """ The LLM that wrote the explanation, e.g. `gpt-4o-mini`. """
    type_name: None | str
    """ The explanation method, e.g. `oai_token-act-pair`. """
    cosine_similarity: float | None
    """ 1 - cosine distance between the query embedding and the explanation's embedding
    (null for an explanation stored without an embedding).
     """
    neuron: ExplanationSearchNeuron | Unset = UNSET
    """ The feature of a search result: every scalar column of the feature, all of its
    explanations (three fields each), and up to 3 of its activations by the public-activation
    creators, highest `maxValue` first. Absent when the feature row does not exist.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        layer = self.layer

        index = self.index

        description = self.description

        explanation_model_name: None | str
        explanation_model_name = self.explanation_model_name

        type_name: None | str
        type_name = self.type_name

        cosine_similarity: float | None
        cosine_similarity = self.cosine_similarity

        neuron: dict[str, Any] | Unset = UNSET
        if not isinstance(self.neuron, Unset):
            neuron = self.neuron.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "layer": layer,
                "index": index,
                "description": description,
                "explanationModelName": explanation_model_name,
                "typeName": type_name,
                "cosine_similarity": cosine_similarity,
            }
        )
        if neuron is not UNSET:
            field_dict["neuron"] = neuron

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.explanation_search_neuron import ExplanationSearchNeuron

        d = dict(src_dict)
        model_id = d.pop("modelId")

        layer = d.pop("layer")

        index = d.pop("index")

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

        def _parse_cosine_similarity(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        cosine_similarity = _parse_cosine_similarity(d.pop("cosine_similarity"))

        _neuron = d.pop("neuron", UNSET)
        neuron: ExplanationSearchNeuron | Unset
        if isinstance(_neuron, Unset):
            neuron = UNSET
        else:
            neuron = ExplanationSearchNeuron.from_dict(_neuron)

        explanation_search_result = cls(
            model_id=model_id,
            layer=layer,
            index=index,
            description=description,
            explanation_model_name=explanation_model_name,
            type_name=type_name,
            cosine_similarity=cosine_similarity,
            neuron=neuron,
        )

        explanation_search_result.additional_properties = d
        return explanation_search_result

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
