from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.graph_model_id import GraphModelId
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.graph_chat_message import GraphChatMessage


T = TypeVar("T", bound="TokenizeGraphPromptRequest")


@_attrs_define
class TokenizeGraphPromptRequest:
    """Send `prompt` or a non-empty `messages` (at least one of them); the `not` clause rejects a
    body where both are absent, `null` or empty.

    """

    model_id: GraphModelId
    """ A model on which attribution graphs can be generated (`GRAPH_GENERATION_ENABLED_MODELS`). """
    prompt: None | str | Unset = UNSET
    """ The text to tokenize. Ignored when `messages` is non-empty. """
    messages: list[GraphChatMessage] | None | Unset = UNSET
    """ Chat turns to render with the model's chat template and tokenize. """
    source_set_name: None | str | Unset = UNSET
    """ The source set whose graph server to use; defaults to the model's default graph source set. """
    max_n_logits: int | Unset = 10
    """ The most salient logits to return. """
    desired_logit_prob: float | Unset = 0.95
    """ Stop adding logits once their cumulative probability reaches this. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id.value

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.messages, Unset):
            messages = UNSET
        elif isinstance(self.messages, list):
            messages = []
            for messages_type_0_item_data in self.messages:
                messages_type_0_item = messages_type_0_item_data.to_dict()
                messages.append(messages_type_0_item)

        else:
            messages = self.messages

        source_set_name: None | str | Unset
        if isinstance(self.source_set_name, Unset):
            source_set_name = UNSET
        else:
            source_set_name = self.source_set_name

        max_n_logits = self.max_n_logits

        desired_logit_prob = self.desired_logit_prob

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if messages is not UNSET:
            field_dict["messages"] = messages
        if source_set_name is not UNSET:
            field_dict["sourceSetName"] = source_set_name
        if max_n_logits is not UNSET:
            field_dict["maxNLogits"] = max_n_logits
        if desired_logit_prob is not UNSET:
            field_dict["desiredLogitProb"] = desired_logit_prob

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.graph_chat_message import GraphChatMessage

        d = dict(src_dict)
        model_id = GraphModelId(d.pop("modelId"))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_messages(data: object) -> list[GraphChatMessage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                messages_type_0 = []
                _messages_type_0 = data
                for messages_type_0_item_data in _messages_type_0:
                    messages_type_0_item = GraphChatMessage.from_dict(messages_type_0_item_data)

                    messages_type_0.append(messages_type_0_item)

                return messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GraphChatMessage] | None | Unset, data)

        messages = _parse_messages(d.pop("messages", UNSET))

        def _parse_source_set_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_set_name = _parse_source_set_name(d.pop("sourceSetName", UNSET))

        max_n_logits = d.pop("maxNLogits", UNSET)

        desired_logit_prob = d.pop("desiredLogitProb", UNSET)

        tokenize_graph_prompt_request = cls(
            model_id=model_id,
            prompt=prompt,
            messages=messages,
            source_set_name=source_set_name,
            max_n_logits=max_n_logits,
            desired_logit_prob=desired_logit_prob,
        )

        tokenize_graph_prompt_request.additional_properties = d
        return tokenize_graph_prompt_request

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
