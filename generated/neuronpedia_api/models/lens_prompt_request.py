from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lens_type import LensType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lens_chat_message import LensChatMessage
    from ..models.lens_steer_token import LensSteerToken


T = TypeVar("T", bound="LensPromptRequest")


@_attrs_define
class LensPromptRequest:
    """The body of `runLensPrompt` (validated with yup; extra keys are ignored). Exactly one of `prompt` or
    `chat` must be non-empty unless `inputTokenIds` is non-empty (checked by hand).

    """

    model_id: str
    """ The Neuronpedia model id. """
    prompt: str | Unset = UNSET
    """ Raw completion prompt. """
    chat: list[LensChatMessage] | Unset = UNSET
    """ Chat turns (the model's chat template is applied). """
    type_: list[LensType] | Unset = UNSET
    """ The lens types to compute (both by default; computing both costs about the same as one). """
    top_n: int | Unset = 8
    """ Top read-out tokens per layer and position. """
    temperature: float | Unset = 0.0
    """ Sampling temperature for generated tokens (0 = greedy). """
    num_completion_tokens: int | Unset = 128
    """ Tokens to generate after the prompt (0 = none). At most 1024, or 2048 for `deepseek-v4-flash`. """
    prepend_bos: bool | Unset = True
    enable_thinking: bool | Unset = False
    """ Thinking mode for the chat template (chat only). """
    cached_token_ids: list[int] | Unset = UNSET
    """ Token ids the caller already has read-outs for; the longest common prefix is not recomputed. """
    input_token_ids: list[int] | Unset = UNSET
    """ An exact token sequence to read out over (no tokenization, no generation). """
    filter_non_word_tokens: bool | Unset = True
    """ Drop punctuation / whitespace / special tokens from the read-outs (each layer's true top-1 is kept). """
    steer_tokens: list[LensSteerToken] | Unset = UNSET
    """ Read-outs to inject (or suppress, with a negative strength) into the residual stream. """
    steer_layers: list[int] | Unset = UNSET
    """ Layers to steer at (default the read-out layers). """
    steer_strength: float | Unset = UNSET
    """ Signed strength, as a fraction of each position's residual norm. """
    steer_ablate: bool | Unset = UNSET
    """ Project the read-out direction out instead of adding it. """
    swap_token: LensSteerToken | Unset = UNSET
    """ A read-out to steer on (or swap to). """
    steer_generated_tokens: bool | Unset = UNSET
    """ Also intervene on generated tokens. """
    stream: bool | Unset = True
    """ Stream NDJSON (default) or, when false, answer one JSON object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        prompt = self.prompt

        chat: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chat, Unset):
            chat = []
            for chat_item_data in self.chat:
                chat_item = chat_item_data.to_dict()
                chat.append(chat_item)

        type_: list[str] | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = []
            for type_item_data in self.type_:
                type_item = type_item_data.value
                type_.append(type_item)

        top_n = self.top_n

        temperature = self.temperature

        num_completion_tokens = self.num_completion_tokens

        prepend_bos = self.prepend_bos

        enable_thinking = self.enable_thinking

        cached_token_ids: list[int] | Unset = UNSET
        if not isinstance(self.cached_token_ids, Unset):
            cached_token_ids = self.cached_token_ids

        input_token_ids: list[int] | Unset = UNSET
        if not isinstance(self.input_token_ids, Unset):
            input_token_ids = self.input_token_ids

        filter_non_word_tokens = self.filter_non_word_tokens

        steer_tokens: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steer_tokens, Unset):
            steer_tokens = []
            for steer_tokens_item_data in self.steer_tokens:
                steer_tokens_item = steer_tokens_item_data.to_dict()
                steer_tokens.append(steer_tokens_item)

        steer_layers: list[int] | Unset = UNSET
        if not isinstance(self.steer_layers, Unset):
            steer_layers = self.steer_layers

        steer_strength = self.steer_strength

        steer_ablate = self.steer_ablate

        swap_token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.swap_token, Unset):
            swap_token = self.swap_token.to_dict()

        steer_generated_tokens = self.steer_generated_tokens

        stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if chat is not UNSET:
            field_dict["chat"] = chat
        if type_ is not UNSET:
            field_dict["type"] = type_
        if top_n is not UNSET:
            field_dict["topN"] = top_n
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if num_completion_tokens is not UNSET:
            field_dict["numCompletionTokens"] = num_completion_tokens
        if prepend_bos is not UNSET:
            field_dict["prependBos"] = prepend_bos
        if enable_thinking is not UNSET:
            field_dict["enableThinking"] = enable_thinking
        if cached_token_ids is not UNSET:
            field_dict["cachedTokenIds"] = cached_token_ids
        if input_token_ids is not UNSET:
            field_dict["inputTokenIds"] = input_token_ids
        if filter_non_word_tokens is not UNSET:
            field_dict["filterNonWordTokens"] = filter_non_word_tokens
        if steer_tokens is not UNSET:
            field_dict["steerTokens"] = steer_tokens
        if steer_layers is not UNSET:
            field_dict["steerLayers"] = steer_layers
        if steer_strength is not UNSET:
            field_dict["steerStrength"] = steer_strength
        if steer_ablate is not UNSET:
            field_dict["steerAblate"] = steer_ablate
        if swap_token is not UNSET:
            field_dict["swapToken"] = swap_token
        if steer_generated_tokens is not UNSET:
            field_dict["steerGeneratedTokens"] = steer_generated_tokens
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lens_chat_message import LensChatMessage
        from ..models.lens_steer_token import LensSteerToken

        d = dict(src_dict)
        model_id = d.pop("modelId")

        prompt = d.pop("prompt", UNSET)

        _chat = d.pop("chat", UNSET)
        chat: list[LensChatMessage] | Unset = UNSET
        if _chat is not UNSET:
            chat = []
            for chat_item_data in _chat:
                chat_item = LensChatMessage.from_dict(chat_item_data)

                chat.append(chat_item)

        _type_ = d.pop("type", UNSET)
        type_: list[LensType] | Unset = UNSET
        if _type_ is not UNSET:
            type_ = []
            for type_item_data in _type_:
                type_item = LensType(type_item_data)

                type_.append(type_item)

        top_n = d.pop("topN", UNSET)

        temperature = d.pop("temperature", UNSET)

        num_completion_tokens = d.pop("numCompletionTokens", UNSET)

        prepend_bos = d.pop("prependBos", UNSET)

        enable_thinking = d.pop("enableThinking", UNSET)

        cached_token_ids = cast(list[int], d.pop("cachedTokenIds", UNSET))

        input_token_ids = cast(list[int], d.pop("inputTokenIds", UNSET))

        filter_non_word_tokens = d.pop("filterNonWordTokens", UNSET)

        _steer_tokens = d.pop("steerTokens", UNSET)
        steer_tokens: list[LensSteerToken] | Unset = UNSET
        if _steer_tokens is not UNSET:
            steer_tokens = []
            for steer_tokens_item_data in _steer_tokens:
                steer_tokens_item = LensSteerToken.from_dict(steer_tokens_item_data)

                steer_tokens.append(steer_tokens_item)

        steer_layers = cast(list[int], d.pop("steerLayers", UNSET))

        steer_strength = d.pop("steerStrength", UNSET)

        steer_ablate = d.pop("steerAblate", UNSET)

        _swap_token = d.pop("swapToken", UNSET)
        swap_token: LensSteerToken | Unset
        if isinstance(_swap_token, Unset):
            swap_token = UNSET
        else:
            swap_token = LensSteerToken.from_dict(_swap_token)

        steer_generated_tokens = d.pop("steerGeneratedTokens", UNSET)

        stream = d.pop("stream", UNSET)

        lens_prompt_request = cls(
            model_id=model_id,
            prompt=prompt,
            chat=chat,
            type_=type_,
            top_n=top_n,
            temperature=temperature,
            num_completion_tokens=num_completion_tokens,
            prepend_bos=prepend_bos,
            enable_thinking=enable_thinking,
            cached_token_ids=cached_token_ids,
            input_token_ids=input_token_ids,
            filter_non_word_tokens=filter_non_word_tokens,
            steer_tokens=steer_tokens,
            steer_layers=steer_layers,
            steer_strength=steer_strength,
            steer_ablate=steer_ablate,
            swap_token=swap_token,
            steer_generated_tokens=steer_generated_tokens,
            stream=stream,
        )

        lens_prompt_request.additional_properties = d
        return lens_prompt_request

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
