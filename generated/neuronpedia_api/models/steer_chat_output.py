from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.chat_template_message import ChatTemplateMessage
    from ..models.steer_logprob import SteerLogprob


T = TypeVar("T", bound="SteerChatOutput")


@_attrs_define
class SteerChatOutput:
    """One generated chat turn (DEFAULT or STEERED)."""

    raw: str
    """ The whole conversation as rendered with the chat template, including the new turn. """
    chat_template: list[ChatTemplateMessage]
    """ The conversation as messages, including the new turn. """
    logprobs: list[SteerLogprob] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        raw = self.raw

        chat_template = []
        for chat_template_item_data in self.chat_template:
            chat_template_item = chat_template_item_data.to_dict()
            chat_template.append(chat_template_item)

        logprobs: list[dict[str, Any]] | None
        if isinstance(self.logprobs, list):
            logprobs = []
            for logprobs_type_0_item_data in self.logprobs:
                logprobs_type_0_item = logprobs_type_0_item_data.to_dict()
                logprobs.append(logprobs_type_0_item)

        else:
            logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "raw": raw,
                "chatTemplate": chat_template,
                "logprobs": logprobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.chat_template_message import ChatTemplateMessage
        from ..models.steer_logprob import SteerLogprob

        d = dict(src_dict)
        raw = d.pop("raw")

        chat_template = []
        _chat_template = d.pop("chatTemplate")
        for chat_template_item_data in _chat_template:
            chat_template_item = ChatTemplateMessage.from_dict(chat_template_item_data)

            chat_template.append(chat_template_item)

        def _parse_logprobs(data: object) -> list[SteerLogprob] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                logprobs_type_0 = []
                _logprobs_type_0 = data
                for logprobs_type_0_item_data in _logprobs_type_0:
                    logprobs_type_0_item = SteerLogprob.from_dict(logprobs_type_0_item_data)

                    logprobs_type_0.append(logprobs_type_0_item)

                return logprobs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SteerLogprob] | None, data)

        logprobs = _parse_logprobs(d.pop("logprobs"))

        steer_chat_output = cls(
            raw=raw,
            chat_template=chat_template,
            logprobs=logprobs,
        )

        steer_chat_output.additional_properties = d
        return steer_chat_output

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
