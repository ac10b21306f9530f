from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lens_mode import LensMode
from ..models.lens_share_request_kind import LensShareRequestKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lens_share_chat_message import LensShareChatMessage
    from ..models.lens_share_locked_token import LensShareLockedToken
    from ..models.lens_share_steer import LensShareSteer
    from ..models.lens_share_token_span import LensShareTokenSpan


T = TypeVar("T", bound="LensShareRequest")


@_attrs_define
class LensShareRequest:
    """The body of `createLensShare` (validated with yup; extra keys are ignored). The run comes from
    `inputTokenIds`, or else from exactly one of `prompt` / `chat` (checked by hand).

    """

    model_id: str
    top_n: int
    temperature: float
    num_completion_tokens: int
    """ At most 1024, or 2048 for `deepseek-v4-flash`. """
    active_lens_mode_tab: LensMode
    """ The lens display tab of the J-lens UI. """
    hide_non_word_tokens: bool
    """ The run is captured with the non-word filter in this state. """
    kind: LensShareRequestKind | Unset = LensShareRequestKind.CHAT
    """ The run kind on the `inputTokenIds` path (otherwise inferred from `prompt`/`chat`). """
    input_token_ids: list[int] | Unset = UNSET
    chat: list[LensShareChatMessage] | Unset = UNSET
    messages: list[LensShareChatMessage] | Unset = UNSET
    """ Display turns for the `inputTokenIds` path. """
    prompt: str | Unset = ""
    num_prompt_tokens: int | Unset = UNSET
    locked_tokens: list[LensShareLockedToken] | Unset = UNSET
    selected_positions: list[int] | Unset = UNSET
    description: str | Unset = UNSET
    spans: list[LensShareTokenSpan] | Unset = UNSET
    steer: LensShareSteer | Unset = UNSET
    """ A steered run to carry with the share; its read-outs are re-computed over `inputTokenIds`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        top_n = self.top_n

        temperature = self.temperature

        num_completion_tokens = self.num_completion_tokens

        active_lens_mode_tab = self.active_lens_mode_tab.value

        hide_non_word_tokens = self.hide_non_word_tokens

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        input_token_ids: list[int] | Unset = UNSET
        if not isinstance(self.input_token_ids, Unset):
            input_token_ids = self.input_token_ids

        chat: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chat, Unset):
            chat = []
            for chat_item_data in self.chat:
                chat_item = chat_item_data.to_dict()
                chat.append(chat_item)

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        prompt = self.prompt

        num_prompt_tokens = self.num_prompt_tokens

        locked_tokens: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.locked_tokens, Unset):
            locked_tokens = []
            for locked_tokens_item_data in self.locked_tokens:
                locked_tokens_item = locked_tokens_item_data.to_dict()
                locked_tokens.append(locked_tokens_item)

        selected_positions: list[int] | Unset = UNSET
        if not isinstance(self.selected_positions, Unset):
            selected_positions = self.selected_positions

        description = self.description

        spans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spans, Unset):
            spans = []
            for spans_item_data in self.spans:
                spans_item = spans_item_data.to_dict()
                spans.append(spans_item)

        steer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.steer, Unset):
            steer = self.steer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "topN": top_n,
                "temperature": temperature,
                "numCompletionTokens": num_completion_tokens,
                "activeLensModeTab": active_lens_mode_tab,
                "hideNonWordTokens": hide_non_word_tokens,
            }
        )
        if kind is not UNSET:
            field_dict["kind"] = kind
        if input_token_ids is not UNSET:
            field_dict["inputTokenIds"] = input_token_ids
        if chat is not UNSET:
            field_dict["chat"] = chat
        if messages is not UNSET:
            field_dict["messages"] = messages
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if num_prompt_tokens is not UNSET:
            field_dict["numPromptTokens"] = num_prompt_tokens
        if locked_tokens is not UNSET:
            field_dict["lockedTokens"] = locked_tokens
        if selected_positions is not UNSET:
            field_dict["selectedPositions"] = selected_positions
        if description is not UNSET:
            field_dict["description"] = description
        if spans is not UNSET:
            field_dict["spans"] = spans
        if steer is not UNSET:
            field_dict["steer"] = steer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lens_share_chat_message import LensShareChatMessage
        from ..models.lens_share_locked_token import LensShareLockedToken
        from ..models.lens_share_steer import LensShareSteer
        from ..models.lens_share_token_span import LensShareTokenSpan

        d = dict(src_dict)
        model_id = d.pop("modelId")

        top_n = d.pop("topN")

        temperature = d.pop("temperature")

        num_completion_tokens = d.pop("numCompletionTokens")

        active_lens_mode_tab = LensMode(d.pop("activeLensModeTab"))

        hide_non_word_tokens = d.pop("hideNonWordTokens")

        _kind = d.pop("kind", UNSET)
        kind: LensShareRequestKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = LensShareRequestKind(_kind)

        input_token_ids = cast(list[int], d.pop("inputTokenIds", UNSET))

        _chat = d.pop("chat", UNSET)
        chat: list[LensShareChatMessage] | Unset = UNSET
        if _chat is not UNSET:
            chat = []
            for chat_item_data in _chat:
                chat_item = LensShareChatMessage.from_dict(chat_item_data)

                chat.append(chat_item)

        _messages = d.pop("messages", UNSET)
        messages: list[LensShareChatMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = LensShareChatMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        prompt = d.pop("prompt", UNSET)

        num_prompt_tokens = d.pop("numPromptTokens", UNSET)

        _locked_tokens = d.pop("lockedTokens", UNSET)
        locked_tokens: list[LensShareLockedToken] | Unset = UNSET
        if _locked_tokens is not UNSET:
            locked_tokens = []
            for locked_tokens_item_data in _locked_tokens:
                locked_tokens_item = LensShareLockedToken.from_dict(locked_tokens_item_data)

                locked_tokens.append(locked_tokens_item)

        selected_positions = cast(list[int], d.pop("selectedPositions", UNSET))

        description = d.pop("description", UNSET)

        _spans = d.pop("spans", UNSET)
        spans: list[LensShareTokenSpan] | Unset = UNSET
        if _spans is not UNSET:
            spans = []
            for spans_item_data in _spans:
                spans_item = LensShareTokenSpan.from_dict(spans_item_data)

                spans.append(spans_item)

        _steer = d.pop("steer", UNSET)
        steer: LensShareSteer | Unset
        if isinstance(_steer, Unset):
            steer = UNSET
        else:
            steer = LensShareSteer.from_dict(_steer)

        lens_share_request = cls(
            model_id=model_id,
            top_n=top_n,
            temperature=temperature,
            num_completion_tokens=num_completion_tokens,
            active_lens_mode_tab=active_lens_mode_tab,
            hide_non_word_tokens=hide_non_word_tokens,
            kind=kind,
            input_token_ids=input_token_ids,
            chat=chat,
            messages=messages,
            prompt=prompt,
            num_prompt_tokens=num_prompt_tokens,
            locked_tokens=locked_tokens,
            selected_positions=selected_positions,
            description=description,
            spans=spans,
            steer=steer,
        )

        lens_share_request.additional_properties = d
        return lens_share_request

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
