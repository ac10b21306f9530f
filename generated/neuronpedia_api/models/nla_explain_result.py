from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.nla_explanation import NlaExplanation
    from ..models.nla_stored_chat_message import NlaStoredChatMessage
    from ..models.nla_token_span import NlaTokenSpan


T = TypeVar("T", bound="NlaExplainResult")


@_attrs_define
class NlaExplainResult:
    """The explanations for the requested positions, in position order."""

    results: list[NlaExplanation]
    layer_index: int
    prompt_length: int
    cache_id: str | Unset = UNSET
    """ The cache record of this position set (absent if it could not be saved). """
    messages: list[NlaStoredChatMessage] | Unset = UNSET
    """ Exact cache hits only, when stored. """
    token_spans: list[NlaTokenSpan] | Unset = UNSET
    """ Exact cache hits only, when stored. """
    template_format: str | Unset = UNSET
    """ Exact cache hits only, when stored. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        layer_index = self.layer_index

        prompt_length = self.prompt_length

        cache_id = self.cache_id

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        token_spans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.token_spans, Unset):
            token_spans = []
            for token_spans_item_data in self.token_spans:
                token_spans_item = token_spans_item_data.to_dict()
                token_spans.append(token_spans_item)

        template_format = self.template_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "layer_index": layer_index,
                "prompt_length": prompt_length,
            }
        )
        if cache_id is not UNSET:
            field_dict["cacheId"] = cache_id
        if messages is not UNSET:
            field_dict["messages"] = messages
        if token_spans is not UNSET:
            field_dict["tokenSpans"] = token_spans
        if template_format is not UNSET:
            field_dict["templateFormat"] = template_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.nla_explanation import NlaExplanation
        from ..models.nla_stored_chat_message import NlaStoredChatMessage
        from ..models.nla_token_span import NlaTokenSpan

        d = dict(src_dict)
        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = NlaExplanation.from_dict(results_item_data)

            results.append(results_item)

        layer_index = d.pop("layer_index")

        prompt_length = d.pop("prompt_length")

        cache_id = d.pop("cacheId", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[NlaStoredChatMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = NlaStoredChatMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        _token_spans = d.pop("tokenSpans", UNSET)
        token_spans: list[NlaTokenSpan] | Unset = UNSET
        if _token_spans is not UNSET:
            token_spans = []
            for token_spans_item_data in _token_spans:
                token_spans_item = NlaTokenSpan.from_dict(token_spans_item_data)

                token_spans.append(token_spans_item)

        template_format = d.pop("templateFormat", UNSET)

        nla_explain_result = cls(
            results=results,
            layer_index=layer_index,
            prompt_length=prompt_length,
            cache_id=cache_id,
            messages=messages,
            token_spans=token_spans,
            template_format=template_format,
        )

        nla_explain_result.additional_properties = d
        return nla_explain_result

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
