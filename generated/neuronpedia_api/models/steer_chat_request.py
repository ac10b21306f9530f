from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.steer_method import SteerMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_message import ChatMessage
    from ..models.steer_chat_feature import SteerChatFeature


T = TypeVar("T", bound="SteerChatRequest")


@_attrs_define
class SteerChatRequest:
    default_chat_messages: list[ChatMessage]
    """ The conversation to continue without steering. """
    steered_chat_messages: list[ChatMessage]
    """ The conversation to continue with steering. """
    model_id: str
    features: list[SteerChatFeature]
    """ All SAE features or all vectors; with an empty list only DEFAULT is generated. """
    temperature: float
    n_tokens: int
    """ Tokens to generate: at most 768 for thinking models, else 768 with `isAssistantAxis`,
    else 1024 for `llama3.3-70b-it` and `gpt-oss-20b`, else 256 (400 otherwise).
     """
    seed: float
    strength_multiplier: float
    steer_special_tokens: bool
    """ Whether to steer the chat template's special tokens too. """
    freq_penalty: float | Unset = 1.0
    """ No longer applied by any backend; only part of the cache key. """
    stream: bool | Unset = False
    """ Answer with server-sent events. """
    steer_method: SteerMethod | Unset = SteerMethod.SIMPLE_ADDITIVE
    """ How the steering vector is applied. """
    is_assistant_axis: bool | Unset = False
    """ Use the model's assistant-axis (persona) steering; raises the length caps. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_chat_messages = []
        for default_chat_messages_item_data in self.default_chat_messages:
            default_chat_messages_item = default_chat_messages_item_data.to_dict()
            default_chat_messages.append(default_chat_messages_item)

        steered_chat_messages = []
        for steered_chat_messages_item_data in self.steered_chat_messages:
            steered_chat_messages_item = steered_chat_messages_item_data.to_dict()
            steered_chat_messages.append(steered_chat_messages_item)

        model_id = self.model_id

        features = []
        for features_item_data in self.features:
            features_item = features_item_data.to_dict()
            features.append(features_item)

        temperature = self.temperature

        n_tokens = self.n_tokens

        seed = self.seed

        strength_multiplier = self.strength_multiplier

        steer_special_tokens = self.steer_special_tokens

        freq_penalty = self.freq_penalty

        stream = self.stream

        steer_method: str | Unset = UNSET
        if not isinstance(self.steer_method, Unset):
            steer_method = self.steer_method.value

        is_assistant_axis = self.is_assistant_axis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "defaultChatMessages": default_chat_messages,
                "steeredChatMessages": steered_chat_messages,
                "modelId": model_id,
                "features": features,
                "temperature": temperature,
                "n_tokens": n_tokens,
                "seed": seed,
                "strength_multiplier": strength_multiplier,
                "steer_special_tokens": steer_special_tokens,
            }
        )
        if freq_penalty is not UNSET:
            field_dict["freq_penalty"] = freq_penalty
        if stream is not UNSET:
            field_dict["stream"] = stream
        if steer_method is not UNSET:
            field_dict["steer_method"] = steer_method
        if is_assistant_axis is not UNSET:
            field_dict["isAssistantAxis"] = is_assistant_axis

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_message import ChatMessage
        from ..models.steer_chat_feature import SteerChatFeature

        d = dict(src_dict)
        default_chat_messages = []
        _default_chat_messages = d.pop("defaultChatMessages")
        for default_chat_messages_item_data in _default_chat_messages:
            default_chat_messages_item = ChatMessage.from_dict(default_chat_messages_item_data)

            default_chat_messages.append(default_chat_messages_item)

        steered_chat_messages = []
        _steered_chat_messages = d.pop("steeredChatMessages")
        for steered_chat_messages_item_data in _steered_chat_messages:
            steered_chat_messages_item = ChatMessage.from_dict(steered_chat_messages_item_data)

            steered_chat_messages.append(steered_chat_messages_item)

        model_id = d.pop("modelId")

        features = []
        _features = d.pop("features")
        for features_item_data in _features:
            features_item = SteerChatFeature.from_dict(features_item_data)

            features.append(features_item)

        temperature = d.pop("temperature")

        n_tokens = d.pop("n_tokens")

        seed = d.pop("seed")

        strength_multiplier = d.pop("strength_multiplier")

        steer_special_tokens = d.pop("steer_special_tokens")

        freq_penalty = d.pop("freq_penalty", UNSET)

        stream = d.pop("stream", UNSET)

        _steer_method = d.pop("steer_method", UNSET)
        steer_method: SteerMethod | Unset
        if isinstance(_steer_method, Unset):
            steer_method = UNSET
        else:
            steer_method = SteerMethod(_steer_method)

        is_assistant_axis = d.pop("isAssistantAxis", UNSET)

        steer_chat_request = cls(
            default_chat_messages=default_chat_messages,
            steered_chat_messages=steered_chat_messages,
            model_id=model_id,
            features=features,
            temperature=temperature,
            n_tokens=n_tokens,
            seed=seed,
            strength_multiplier=strength_multiplier,
            steer_special_tokens=steer_special_tokens,
            freq_penalty=freq_penalty,
            stream=stream,
            steer_method=steer_method,
            is_assistant_axis=is_assistant_axis,
        )

        steer_chat_request.additional_properties = d
        return steer_chat_request

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
