from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activation_feature_ref import ActivationFeatureRef


T = TypeVar("T", bound="ComputeActivationsRequest")


@_attrs_define
class ComputeActivationsRequest:
    """The feature is read from `neuron` if present, else from `feature`; one of them is needed
    (otherwise 500).

    """

    custom_text: list[str] | str
    """ One text (one result) or a list of texts (a list of results). An empty string gives 500. """
    feature: ActivationFeatureRef | Unset = UNSET
    """ The feature (or vector) to compute. Give its source as `source` or `layer` (`layer` wins
    when both are set); one of them is needed.
     """
    neuron: ActivationFeatureRef | Unset = UNSET
    """ The feature (or vector) to compute. Give its source as `source` or `layer` (`layer` wins
    when both are set); one of them is needed.
     """
    ignore_bos: bool | Unset = False
    """ When exactly `true`, a leading special token and its value are dropped and the maxima recomputed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_text: list[str] | str
        if isinstance(self.custom_text, list):
            custom_text = self.custom_text

        else:
            custom_text = self.custom_text

        feature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = self.feature.to_dict()

        neuron: dict[str, Any] | Unset = UNSET
        if not isinstance(self.neuron, Unset):
            neuron = self.neuron.to_dict()

        ignore_bos = self.ignore_bos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customText": custom_text,
            }
        )
        if feature is not UNSET:
            field_dict["feature"] = feature
        if neuron is not UNSET:
            field_dict["neuron"] = neuron
        if ignore_bos is not UNSET:
            field_dict["ignoreBos"] = ignore_bos

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.activation_feature_ref import ActivationFeatureRef

        d = dict(src_dict)

        def _parse_custom_text(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_text_type_1 = cast(list[str], data)

                return custom_text_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        custom_text = _parse_custom_text(d.pop("customText"))

        _feature = d.pop("feature", UNSET)
        feature: ActivationFeatureRef | Unset
        if isinstance(_feature, Unset):
            feature = UNSET
        else:
            feature = ActivationFeatureRef.from_dict(_feature)

        _neuron = d.pop("neuron", UNSET)
        neuron: ActivationFeatureRef | Unset
        if isinstance(_neuron, Unset):
            neuron = UNSET
        else:
            neuron = ActivationFeatureRef.from_dict(_neuron)

        ignore_bos = d.pop("ignoreBos", UNSET)

        compute_activations_request = cls(
            custom_text=custom_text,
            feature=feature,
            neuron=neuron,
            ignore_bos=ignore_bos,
        )

        compute_activations_request.additional_properties = d
        return compute_activations_request

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
