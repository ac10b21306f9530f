from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.graph_model_id import GraphModelId
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.graph_chat_message import GraphChatMessage


T = TypeVar("T", bound="GenerateGraphRequest")


@_attrs_define
class GenerateGraphRequest:
    prompt: str
    """ The prompt to trace, at most 64 tokens (10 for `qwen3-1.7b`). When `messages` is sent,
    this is only validated and used for the generated slug; the graph server traces the
    rendered `messages`.
     """
    model_id: GraphModelId
    """ A model on which attribution graphs can be generated (`GRAPH_GENERATION_ENABLED_MODELS`). """
    messages: list[GraphChatMessage] | None | Unset = UNSET
    """ Chat turns to trace instead of `prompt` (instruct models). Used when non-empty. """
    source_set_name: None | str | Unset = UNSET
    """ The transcoder source set; defaults to the model's default graph source set. """
    slug: str | Unset = UNSET
    """ The graph's id within the model. Letters, digits, `_` and `-` only. When left out (or
    shorter than 2 characters after trimming) one is generated from the prompt:
    `<first 16 letters/digits/_/- of the prompt>-<epoch ms>`, lowercased.
     """
    max_n_logits: int | Unset = 10
    """ The most next-token logits to attribute from. """
    desired_logit_prob: float | Unset = 0.95
    """ Stop adding logits once their cumulative probability reaches this. """
    node_threshold: float | Unset = 0.8
    """ Node pruning threshold (cumulative influence kept). """
    edge_threshold: float | Unset = 0.85
    """ Edge pruning threshold (cumulative influence kept). """
    max_feature_nodes: int | Unset = 5000
    """ The most feature nodes to keep. """
    qk_top_fraction: float | Unset = 0.5
    """ Lorsa models (`qwen3-1.7b`) only; ignored otherwise. Fraction of top Lorsa heads traced through QK. """
    qk_topk: int | Unset = 5
    """ Lorsa models (`qwen3-1.7b`) only; ignored otherwise. QK contributors returned per Lorsa target node. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model_id = self.model_id.value

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

        slug = self.slug

        max_n_logits = self.max_n_logits

        desired_logit_prob = self.desired_logit_prob

        node_threshold = self.node_threshold

        edge_threshold = self.edge_threshold

        max_feature_nodes = self.max_feature_nodes

        qk_top_fraction = self.qk_top_fraction

        qk_topk = self.qk_topk

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "modelId": model_id,
            }
        )
        if messages is not UNSET:
            field_dict["messages"] = messages
        if source_set_name is not UNSET:
            field_dict["sourceSetName"] = source_set_name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if max_n_logits is not UNSET:
            field_dict["maxNLogits"] = max_n_logits
        if desired_logit_prob is not UNSET:
            field_dict["desiredLogitProb"] = desired_logit_prob
        if node_threshold is not UNSET:
            field_dict["nodeThreshold"] = node_threshold
        if edge_threshold is not UNSET:
            field_dict["edgeThreshold"] = edge_threshold
        if max_feature_nodes is not UNSET:
            field_dict["maxFeatureNodes"] = max_feature_nodes
        if qk_top_fraction is not UNSET:
            field_dict["qkTopFraction"] = qk_top_fraction
        if qk_topk is not UNSET:
            field_dict["qkTopk"] = qk_topk

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.graph_chat_message import GraphChatMessage

        d = dict(src_dict)
        prompt = d.pop("prompt")

        model_id = GraphModelId(d.pop("modelId"))

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

        slug = d.pop("slug", UNSET)

        max_n_logits = d.pop("maxNLogits", UNSET)

        desired_logit_prob = d.pop("desiredLogitProb", UNSET)

        node_threshold = d.pop("nodeThreshold", UNSET)

        edge_threshold = d.pop("edgeThreshold", UNSET)

        max_feature_nodes = d.pop("maxFeatureNodes", UNSET)

        qk_top_fraction = d.pop("qkTopFraction", UNSET)

        qk_topk = d.pop("qkTopk", UNSET)

        generate_graph_request = cls(
            prompt=prompt,
            model_id=model_id,
            messages=messages,
            source_set_name=source_set_name,
            slug=slug,
            max_n_logits=max_n_logits,
            desired_logit_prob=desired_logit_prob,
            node_threshold=node_threshold,
            edge_threshold=edge_threshold,
            max_feature_nodes=max_feature_nodes,
            qk_top_fraction=qk_top_fraction,
            qk_topk=qk_topk,
        )

        generate_graph_request.additional_properties = d
        return generate_graph_request

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
