from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feature_upload_activation import FeatureUploadActivation
    from ..models.feature_upload_explanation import FeatureUploadExplanation
    from ..models.feature_upload_logit import FeatureUploadLogit


T = TypeVar("T", bound="FeatureUploadItem")


@_attrs_define
class FeatureUploadItem:
    index: int
    """ Must be unique within the batch (a duplicate gives 500). """
    activations: list[FeatureUploadActivation]
    density: float | Unset = UNSET
    """ Fraction of tokens the feature fires on (stored as `frac_nonzero`; -1 when absent). """
    top_logits: list[FeatureUploadLogit] | None | Unset = UNSET
    """ Stored as `pos_str`/`pos_values`. """
    bottom_logits: list[FeatureUploadLogit] | None | Unset = UNSET
    """ Stored as `neg_str`/`neg_values`. """
    explanations: list[FeatureUploadExplanation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        activations = []
        for activations_item_data in self.activations:
            activations_item = activations_item_data.to_dict()
            activations.append(activations_item)

        density = self.density

        top_logits: list[dict[str, Any]] | None | Unset
        if isinstance(self.top_logits, Unset):
            top_logits = UNSET
        elif isinstance(self.top_logits, list):
            top_logits = []
            for top_logits_type_0_item_data in self.top_logits:
                top_logits_type_0_item = top_logits_type_0_item_data.to_dict()
                top_logits.append(top_logits_type_0_item)

        else:
            top_logits = self.top_logits

        bottom_logits: list[dict[str, Any]] | None | Unset
        if isinstance(self.bottom_logits, Unset):
            bottom_logits = UNSET
        elif isinstance(self.bottom_logits, list):
            bottom_logits = []
            for bottom_logits_type_0_item_data in self.bottom_logits:
                bottom_logits_type_0_item = bottom_logits_type_0_item_data.to_dict()
                bottom_logits.append(bottom_logits_type_0_item)

        else:
            bottom_logits = self.bottom_logits

        explanations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.explanations, Unset):
            explanations = []
            for explanations_item_data in self.explanations:
                explanations_item = explanations_item_data.to_dict()
                explanations.append(explanations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "activations": activations,
            }
        )
        if density is not UNSET:
            field_dict["density"] = density
        if top_logits is not UNSET:
            field_dict["topLogits"] = top_logits
        if bottom_logits is not UNSET:
            field_dict["bottomLogits"] = bottom_logits
        if explanations is not UNSET:
            field_dict["explanations"] = explanations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.feature_upload_activation import FeatureUploadActivation
        from ..models.feature_upload_explanation import FeatureUploadExplanation
        from ..models.feature_upload_logit import FeatureUploadLogit

        d = dict(src_dict)
        index = d.pop("index")

        activations = []
        _activations = d.pop("activations")
        for activations_item_data in _activations:
            activations_item = FeatureUploadActivation.from_dict(activations_item_data)

            activations.append(activations_item)

        density = d.pop("density", UNSET)

        def _parse_top_logits(data: object) -> list[FeatureUploadLogit] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                top_logits_type_0 = []
                _top_logits_type_0 = data
                for top_logits_type_0_item_data in _top_logits_type_0:
                    top_logits_type_0_item = FeatureUploadLogit.from_dict(top_logits_type_0_item_data)

                    top_logits_type_0.append(top_logits_type_0_item)

                return top_logits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FeatureUploadLogit] | None | Unset, data)

        top_logits = _parse_top_logits(d.pop("topLogits", UNSET))

        def _parse_bottom_logits(data: object) -> list[FeatureUploadLogit] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bottom_logits_type_0 = []
                _bottom_logits_type_0 = data
                for bottom_logits_type_0_item_data in _bottom_logits_type_0:
                    bottom_logits_type_0_item = FeatureUploadLogit.from_dict(bottom_logits_type_0_item_data)

                    bottom_logits_type_0.append(bottom_logits_type_0_item)

                return bottom_logits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FeatureUploadLogit] | None | Unset, data)

        bottom_logits = _parse_bottom_logits(d.pop("bottomLogits", UNSET))

        _explanations = d.pop("explanations", UNSET)
        explanations: list[FeatureUploadExplanation] | Unset = UNSET
        if _explanations is not UNSET:
            explanations = []
            for explanations_item_data in _explanations:
                explanations_item = FeatureUploadExplanation.from_dict(explanations_item_data)

                explanations.append(explanations_item)

        feature_upload_item = cls(
            index=index,
            activations=activations,
            density=density,
            top_logits=top_logits,
            bottom_logits=bottom_logits,
            explanations=explanations,
        )

        feature_upload_item.additional_properties = d
        return feature_upload_item

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
