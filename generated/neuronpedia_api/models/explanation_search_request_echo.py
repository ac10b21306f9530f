from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExplanationSearchRequestEcho")


@_attrs_define
class ExplanationSearchRequestEcho:
    """The validated request body, echoed back: `searchExplanations` echoes `modelId`, `layers`,
    `query`; `searchExplanationsByModel` `modelId`, `query`; `searchExplanationsByRelease`
    `releaseName`, `query`; `searchExplanationsAll` only `query`. `offset` appears only when
    it was sent. Extra keys the caller sent are echoed too.

    """

    query: str
    offset: int | Unset = UNSET
    model_id: str | Unset = UNSET
    layers: list[str] | Unset = UNSET
    release_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        offset = self.offset

        model_id = self.model_id

        layers: list[str] | Unset = UNSET
        if not isinstance(self.layers, Unset):
            layers = self.layers

        release_name = self.release_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if offset is not UNSET:
            field_dict["offset"] = offset
        if model_id is not UNSET:
            field_dict["modelId"] = model_id
        if layers is not UNSET:
            field_dict["layers"] = layers
        if release_name is not UNSET:
            field_dict["releaseName"] = release_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        query = d.pop("query")

        offset = d.pop("offset", UNSET)

        model_id = d.pop("modelId", UNSET)

        layers = cast(list[str], d.pop("layers", UNSET))

        release_name = d.pop("releaseName", UNSET)

        explanation_search_request_echo = cls(
            query=query,
            offset=offset,
            model_id=model_id,
            layers=layers,
            release_name=release_name,
        )

        explanation_search_request_echo.additional_properties = d
        return explanation_search_request_echo

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
