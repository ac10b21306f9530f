from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TopkByTokenRequest")


@_attrs_define
class TopkByTokenRequest:
    model_id: str
    source: str
    """ One source (SAE) id, e.g. `6-res-jb`. """
    text: list[str] | str
    """ One text, or an array of texts for a batch search (no length cap is checked). """
    num_results: int | Unset = 10
    """ Features per token. """
    ignore_bos: bool | Unset = True
    """ Drop special tokens (BOS, EOS) from a single-text answer. """
    density_threshold: float | Literal[-1] | Unset = 0.01
    """ Keep only features whose density (`frac_nonzero`) is at most this value: a number strictly
    between 0 and 1, or -1 (or 0) for no threshold. Other values are rejected.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        source = self.source

        text: list[str] | str
        if isinstance(self.text, list):
            text = self.text

        else:
            text = self.text

        num_results = self.num_results

        ignore_bos = self.ignore_bos

        density_threshold: float | Literal[-1] | Unset
        if isinstance(self.density_threshold, Unset):
            density_threshold = UNSET
        else:
            density_threshold = self.density_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "source": source,
                "text": text,
            }
        )
        if num_results is not UNSET:
            field_dict["numResults"] = num_results
        if ignore_bos is not UNSET:
            field_dict["ignoreBos"] = ignore_bos
        if density_threshold is not UNSET:
            field_dict["densityThreshold"] = density_threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("modelId")

        source = d.pop("source")

        def _parse_text(data: object) -> list[str] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                text_type_1 = cast(list[str], data)

                return text_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str, data)

        text = _parse_text(d.pop("text"))

        num_results = d.pop("numResults", UNSET)

        ignore_bos = d.pop("ignoreBos", UNSET)

        def _parse_density_threshold(data: object) -> float | Literal[-1] | Unset:
            if isinstance(data, Unset):
                return data
            componentsschemas_density_threshold_type_0 = cast(Literal[-1], data)
            if componentsschemas_density_threshold_type_0 != -1:
                raise ValueError(
                    f"/components/schemas/DensityThreshold_type_0 must match const -1, got '{componentsschemas_density_threshold_type_0}'"
                )
            return componentsschemas_density_threshold_type_0
            return cast(float | Literal[-1] | Unset, data)

        density_threshold = _parse_density_threshold(d.pop("densityThreshold", UNSET))

        topk_by_token_request = cls(
            model_id=model_id,
            source=source,
            text=text,
            num_results=num_results,
            ignore_bos=ignore_bos,
            density_threshold=density_threshold,
        )

        topk_by_token_request.additional_properties = d
        return topk_by_token_request

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
