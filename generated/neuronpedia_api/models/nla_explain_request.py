from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nla_chat_message import NlaChatMessage
    from ..models.nla_token_span import NlaTokenSpan


T = TypeVar("T", bound="NlaExplainRequest")


@_attrs_define
class NlaExplainRequest:
    """The body of `nlaExplain` (checked by hand; extra keys are ignored). One of `text` or `messages` is
    required.

    """

    model_id: str
    nla_source_id: str
    """ The NLA source id (`id` in `listNlaSources`). """
    positions: list[int]
    """ Token positions to explain (duplicates are merged); at most 16 not already cached. """
    text: str | Unset = UNSET
    """ A chat-templated prompt (an empty string counts as absent). """
    messages: list[NlaChatMessage] | Unset = UNSET
    """ Chat turns (non-empty), rendered by the NLA server; used only when `text` is absent or empty. An
    empty or malformed list counts as absent.
     """
    temperature: float | Unset = 0.7
    stream: bool | Unset = False
    tokens: list[str] | Unset = UNSET
    """ The prompt's token strings, stored with the cache record (UI). """
    token_spans: list[NlaTokenSpan] | Unset = UNSET
    """ Per-token span metadata, stored with the cache record (UI). """
    prior_cache_id: str | Unset = UNSET
    """ A previous `cacheId` whose text is a prefix of this one, to reuse its explanations (UI). """
    template_format: str | Unset = UNSET
    """ Only `legacy` is honoured (marks a stored text the chat template cannot reproduce). """
    add_generation_prompt: bool | Unset = UNSET
    """ When rendering `messages`; defaults to true unless the last turn is an assistant turn. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        nla_source_id = self.nla_source_id

        positions = self.positions

        text = self.text

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        temperature = self.temperature

        stream = self.stream

        tokens: list[str] | Unset = UNSET
        if not isinstance(self.tokens, Unset):
            tokens = self.tokens

        token_spans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.token_spans, Unset):
            token_spans = []
            for token_spans_item_data in self.token_spans:
                token_spans_item = token_spans_item_data.to_dict()
                token_spans.append(token_spans_item)

        prior_cache_id = self.prior_cache_id

        template_format = self.template_format

        add_generation_prompt = self.add_generation_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "nlaSourceId": nla_source_id,
                "positions": positions,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if messages is not UNSET:
            field_dict["messages"] = messages
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if stream is not UNSET:
            field_dict["stream"] = stream
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if token_spans is not UNSET:
            field_dict["tokenSpans"] = token_spans
        if prior_cache_id is not UNSET:
            field_dict["priorCacheId"] = prior_cache_id
        if template_format is not UNSET:
            field_dict["templateFormat"] = template_format
        if add_generation_prompt is not UNSET:
            field_dict["add_generation_prompt"] = add_generation_prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.nla_chat_message import NlaChatMessage
        from ..models.nla_token_span import NlaTokenSpan

        d = dict(src_dict)
        model_id = d.pop("modelId")

        nla_source_id = d.pop("nlaSourceId")

        positions = cast(list[int], d.pop("positions"))

        text = d.pop("text", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[NlaChatMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = NlaChatMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        temperature = d.pop("temperature", UNSET)

        stream = d.pop("stream", UNSET)

        tokens = cast(list[str], d.pop("tokens", UNSET))

        _token_spans = d.pop("tokenSpans", UNSET)
        token_spans: list[NlaTokenSpan] | Unset = UNSET
        if _token_spans is not UNSET:
            token_spans = []
            for token_spans_item_data in _token_spans:
                token_spans_item = NlaTokenSpan.from_dict(token_spans_item_data)

                token_spans.append(token_spans_item)

        prior_cache_id = d.pop("priorCacheId", UNSET)

        template_format = d.pop("templateFormat", UNSET)

        add_generation_prompt = d.pop("add_generation_prompt", UNSET)

        nla_explain_request = cls(
            model_id=model_id,
            nla_source_id=nla_source_id,
            positions=positions,
            text=text,
            messages=messages,
            temperature=temperature,
            stream=stream,
            tokens=tokens,
            token_spans=token_spans,
            prior_cache_id=prior_cache_id,
            template_format=template_format,
            add_generation_prompt=add_generation_prompt,
        )

        nla_explain_request.additional_properties = d
        return nla_explain_request

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
