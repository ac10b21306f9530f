from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchAllRequest")


@_attrs_define
class SearchAllRequest:
    model_id: str
    """ The model, e.g. `gpt2-small`. """
    source_set: str
    """ The source set (SAE family) to search, e.g. `res-jb`. """
    text: list[str] | str
    """ One text, or an array of texts for a batch search. """
    sort_indexes: list[int]
    """ Token positions to sort by (the sum of the activations there); `[]` sorts by maximum
    activation over all tokens. Required in practice (the handler fails with 500 without it).
     """
    ignore_bos: bool
    """ Leave out features whose top activation is on the BOS token. Required in practice (500
    without it).
     """
    selected_layers: list[str] | Unset = UNSET
    """ Source ids to search within the set (e.g. `6-res-jb`); empty means all. """
    num_results: int | Unset = 50
    """ How many features to return (at most 100; 0 means the default, 50). """
    density_threshold: float | Literal[-1] | Unset = -1
    """ Keep only features whose density (`frac_nonzero`) is at most this value: a number strictly
    between 0 and 1, or -1 (or 0) for no threshold. Other values are rejected.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        source_set = self.source_set

        text: list[str] | str
        if isinstance(self.text, list):
            text = self.text

        else:
            text = self.text

        sort_indexes = self.sort_indexes

        ignore_bos = self.ignore_bos

        selected_layers: list[str] | Unset = UNSET
        if not isinstance(self.selected_layers, Unset):
            selected_layers = self.selected_layers

        num_results = self.num_results

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
                "sourceSet": source_set,
                "text": text,
                "sortIndexes": sort_indexes,
                "ignoreBos": ignore_bos,
            }
        )
        if selected_layers is not UNSET:
            field_dict["selectedLayers"] = selected_layers
        if num_results is not UNSET:
            field_dict["numResults"] = num_results
        if density_threshold is not UNSET:
            field_dict["densityThreshold"] = density_threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("modelId")

        source_set = d.pop("sourceSet")

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

        sort_indexes = cast(list[int], d.pop("sortIndexes"))

        ignore_bos = d.pop("ignoreBos")

        selected_layers = cast(list[str], d.pop("selectedLayers", UNSET))

        num_results = d.pop("numResults", UNSET)

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

        search_all_request = cls(
            model_id=model_id,
            source_set=source_set,
            text=text,
            sort_indexes=sort_indexes,
            ignore_bos=ignore_bos,
            selected_layers=selected_layers,
            num_results=num_results,
            density_threshold=density_threshold,
        )

        search_all_request.additional_properties = d
        return search_all_request

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
