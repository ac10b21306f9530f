from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.steer_method import SteerMethod
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.steer_feature import SteerFeature


T = TypeVar("T", bound="SteerCompletionRequest")


@_attrs_define
class SteerCompletionRequest:
    prompt: str
    """ The text to complete (at most 2048 characters, counted in UTF-16 code units). """
    model_id: str
    features: list[SteerFeature]
    """ All SAE features or all vectors. An empty list passes validation but fails with 500.
     """
    temperature: float
    n_tokens: int
    """ Tokens to generate, at most 256 for every model (the handler's 1024 cap for large models is never reached).
    """
    seed: float
    strength_multiplier: float
    freq_penalty: float | Unset = 1.0
    """ No longer applied by any backend; only part of the cache key. """
    stream: bool | Unset = False
    """ Answer with server-sent events. """
    steer_method: SteerMethod | Unset = SteerMethod.SIMPLE_ADDITIVE
    """ How the steering vector is applied. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model_id = self.model_id

        features = []
        for features_item_data in self.features:
            features_item = features_item_data.to_dict()
            features.append(features_item)

        temperature = self.temperature

        n_tokens = self.n_tokens

        seed = self.seed

        strength_multiplier = self.strength_multiplier

        freq_penalty = self.freq_penalty

        stream = self.stream

        steer_method: str | Unset = UNSET
        if not isinstance(self.steer_method, Unset):
            steer_method = self.steer_method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "modelId": model_id,
                "features": features,
                "temperature": temperature,
                "n_tokens": n_tokens,
                "seed": seed,
                "strength_multiplier": strength_multiplier,
            }
        )
        if freq_penalty is not UNSET:
            field_dict["freq_penalty"] = freq_penalty
        if stream is not UNSET:
            field_dict["stream"] = stream
        if steer_method is not UNSET:
            field_dict["steer_method"] = steer_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.steer_feature import SteerFeature

        d = dict(src_dict)
        prompt = d.pop("prompt")

        model_id = d.pop("modelId")

        features = []
        _features = d.pop("features")
        for features_item_data in _features:
            features_item = SteerFeature.from_dict(features_item_data)

            features.append(features_item)

        temperature = d.pop("temperature")

        n_tokens = d.pop("n_tokens")

        seed = d.pop("seed")

        strength_multiplier = d.pop("strength_multiplier")

        freq_penalty = d.pop("freq_penalty", UNSET)

        stream = d.pop("stream", UNSET)

        _steer_method = d.pop("steer_method", UNSET)
        steer_method: SteerMethod | Unset
        if isinstance(_steer_method, Unset):
            steer_method = UNSET
        else:
            steer_method = SteerMethod(_steer_method)

        steer_completion_request = cls(
            prompt=prompt,
            model_id=model_id,
            features=features,
            temperature=temperature,
            n_tokens=n_tokens,
            seed=seed,
            strength_multiplier=strength_multiplier,
            freq_penalty=freq_penalty,
            stream=stream,
            steer_method=steer_method,
        )

        steer_completion_request.additional_properties = d
        return steer_completion_request

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
