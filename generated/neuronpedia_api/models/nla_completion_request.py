from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nla_chat_message import NlaChatMessage


T = TypeVar("T", bound="NlaCompletionRequest")


@_attrs_define
class NlaCompletionRequest:
    """The body of `nlaCompletion` (checked by hand; extra keys are ignored). One of `messages` or `text` is
    required.

    """

    model_id: str
    """ The Neuronpedia model id of the NLA source. """
    nla_source_id: str
    """ The NLA source id (`id` in `listNlaSources`); selects the NLA server. """
    messages: list[NlaChatMessage] | Unset = UNSET
    """ Chat turns (non-empty); the NLA server applies the model's chat template. An empty or malformed
    list counts as absent (then `text` is used).
     """
    text: str | Unset = UNSET
    """ A raw prompt, used when `messages` is absent or not a valid chat. """
    completion_tokens: int | Unset = UNSET
    """ Tokens to generate, capped at 512. Missing or <= 0 means tokenize only. """
    temperature: float | Unset = 0.7
    stream: bool | Unset = False
    """ Answer with server-sent events. """
    add_generation_prompt: bool | Unset = UNSET
    """ Tokenize-only calls with `messages`; defaults to true unless the last turn is an assistant turn. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        nla_source_id = self.nla_source_id

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        text = self.text

        completion_tokens = self.completion_tokens

        temperature = self.temperature

        stream = self.stream

        add_generation_prompt = self.add_generation_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "nlaSourceId": nla_source_id,
            }
        )
        if messages is not UNSET:
            field_dict["messages"] = messages
        if text is not UNSET:
            field_dict["text"] = text
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if stream is not UNSET:
            field_dict["stream"] = stream
        if add_generation_prompt is not UNSET:
            field_dict["add_generation_prompt"] = add_generation_prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.nla_chat_message import NlaChatMessage

        d = dict(src_dict)
        model_id = d.pop("modelId")

        nla_source_id = d.pop("nlaSourceId")

        _messages = d.pop("messages", UNSET)
        messages: list[NlaChatMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = NlaChatMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        text = d.pop("text", UNSET)

        completion_tokens = d.pop("completion_tokens", UNSET)

        temperature = d.pop("temperature", UNSET)

        stream = d.pop("stream", UNSET)

        add_generation_prompt = d.pop("add_generation_prompt", UNSET)

        nla_completion_request = cls(
            model_id=model_id,
            nla_source_id=nla_source_id,
            messages=messages,
            text=text,
            completion_tokens=completion_tokens,
            temperature=temperature,
            stream=stream,
            add_generation_prompt=add_generation_prompt,
        )

        nla_completion_request.additional_properties = d
        return nla_completion_request

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
