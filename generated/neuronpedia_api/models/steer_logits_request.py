from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.steer_logits_feature import SteerLogitsFeature


T = TypeVar("T", bound="SteerLogitsRequest")


@_attrs_define
class SteerLogitsRequest:
    model_id: str
    """ Any model that has a graph server (e.g. `gemma-2-2b`, `qwen3-4b`). """
    prompt: str
    features: list[SteerLogitsFeature]
    source_set_name: None | str | Unset = UNSET
    """ The graph source set; omitted, null or empty means the model's default graph source set. """
    n_tokens: int | Unset = 256
    top_k: int | Unset = 5
    """ Top logits returned per generated token. """
    freeze_attention: bool | Unset = True
    temperature: float | Unset = 0.5
    freq_penalty: float | Unset = 1.0
    seed: float | None | Unset = 16.0
    """ Random seed; null for none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        prompt = self.prompt

        features = []
        for features_item_data in self.features:
            features_item = features_item_data.to_dict()
            features.append(features_item)

        source_set_name: None | str | Unset
        if isinstance(self.source_set_name, Unset):
            source_set_name = UNSET
        else:
            source_set_name = self.source_set_name

        n_tokens = self.n_tokens

        top_k = self.top_k

        freeze_attention = self.freeze_attention

        temperature = self.temperature

        freq_penalty = self.freq_penalty

        seed: float | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "prompt": prompt,
                "features": features,
            }
        )
        if source_set_name is not UNSET:
            field_dict["sourceSetName"] = source_set_name
        if n_tokens is not UNSET:
            field_dict["nTokens"] = n_tokens
        if top_k is not UNSET:
            field_dict["topK"] = top_k
        if freeze_attention is not UNSET:
            field_dict["freezeAttention"] = freeze_attention
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if freq_penalty is not UNSET:
            field_dict["freqPenalty"] = freq_penalty
        if seed is not UNSET:
            field_dict["seed"] = seed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.steer_logits_feature import SteerLogitsFeature

        d = dict(src_dict)
        model_id = d.pop("modelId")

        prompt = d.pop("prompt")

        features = []
        _features = d.pop("features")
        for features_item_data in _features:
            features_item = SteerLogitsFeature.from_dict(features_item_data)

            features.append(features_item)

        def _parse_source_set_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_set_name = _parse_source_set_name(d.pop("sourceSetName", UNSET))

        n_tokens = d.pop("nTokens", UNSET)

        top_k = d.pop("topK", UNSET)

        freeze_attention = d.pop("freezeAttention", UNSET)

        temperature = d.pop("temperature", UNSET)

        freq_penalty = d.pop("freqPenalty", UNSET)

        def _parse_seed(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        steer_logits_request = cls(
            model_id=model_id,
            prompt=prompt,
            features=features,
            source_set_name=source_set_name,
            n_tokens=n_tokens,
            top_k=top_k,
            freeze_attention=freeze_attention,
            temperature=temperature,
            freq_penalty=freq_penalty,
            seed=seed,
        )

        steer_logits_request.additional_properties = d
        return steer_logits_request

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
