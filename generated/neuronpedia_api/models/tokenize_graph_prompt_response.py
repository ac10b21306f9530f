from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.graph_salient_logit import GraphSalientLogit


T = TypeVar("T", bound="TokenizeGraphPromptResponse")


@_attrs_define
class TokenizeGraphPromptResponse:
    """The graph server's forward-pass result (snake_case keys)."""

    prompt: str
    """ The prompt as tokenized (the rendered chat text when `messages` was sent). """
    input_tokens: list[str]
    """ The prompt's tokens; a token's index here is its position for steering. """
    salient_logits: list[GraphSalientLogit]
    total_salient_tokens: int
    cumulative_probability: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        input_tokens = self.input_tokens

        salient_logits = []
        for salient_logits_item_data in self.salient_logits:
            salient_logits_item = salient_logits_item_data.to_dict()
            salient_logits.append(salient_logits_item)

        total_salient_tokens = self.total_salient_tokens

        cumulative_probability = self.cumulative_probability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "input_tokens": input_tokens,
                "salient_logits": salient_logits,
                "total_salient_tokens": total_salient_tokens,
                "cumulative_probability": cumulative_probability,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.graph_salient_logit import GraphSalientLogit

        d = dict(src_dict)
        prompt = d.pop("prompt")

        input_tokens = cast(list[str], d.pop("input_tokens"))

        salient_logits = []
        _salient_logits = d.pop("salient_logits")
        for salient_logits_item_data in _salient_logits:
            salient_logits_item = GraphSalientLogit.from_dict(salient_logits_item_data)

            salient_logits.append(salient_logits_item)

        total_salient_tokens = d.pop("total_salient_tokens")

        cumulative_probability = d.pop("cumulative_probability")

        tokenize_graph_prompt_response = cls(
            prompt=prompt,
            input_tokens=input_tokens,
            salient_logits=salient_logits,
            total_salient_tokens=total_salient_tokens,
            cumulative_probability=cumulative_probability,
        )

        tokenize_graph_prompt_response.additional_properties = d
        return tokenize_graph_prompt_response

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
