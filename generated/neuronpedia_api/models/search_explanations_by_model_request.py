from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchExplanationsByModelRequest")


@_attrs_define
class SearchExplanationsByModelRequest:
    """Body of `searchExplanationsByModel` (yup schema of the handler)."""

    model_id: str
    """ The model id, e.g. `gpt2-small`. """
    query: str
    """ The search text (at least 3 characters). """
    offset: int | Unset = 0
    """ Number of results to skip (pages are 20 results; use `nextOffset`). A negative value
    passes validation but answers 500 "Unknown Error".
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        query = self.query

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "query": query,
            }
        )
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("modelId")

        query = d.pop("query")

        offset = d.pop("offset", UNSET)

        search_explanations_by_model_request = cls(
            model_id=model_id,
            query=query,
            offset=offset,
        )

        search_explanations_by_model_request.additional_properties = d
        return search_explanations_by_model_request

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
