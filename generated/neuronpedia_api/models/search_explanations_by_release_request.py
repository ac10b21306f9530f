from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchExplanationsByReleaseRequest")


@_attrs_define
class SearchExplanationsByReleaseRequest:
    """Body of `searchExplanationsByRelease` (yup schema of the handler)."""

    release_name: str
    """ The release name, e.g. `res-jb` or `gemma-scope-2b-pt-res`. """
    query: str
    """ The search text (at least 3 characters). """
    offset: int | Unset = 0
    """ Number of results to skip (pages are 20 results; use `nextOffset`). A negative value
    passes validation but answers 500 "Unknown Error".
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        release_name = self.release_name

        query = self.query

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "releaseName": release_name,
                "query": query,
            }
        )
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        release_name = d.pop("releaseName")

        query = d.pop("query")

        offset = d.pop("offset", UNSET)

        search_explanations_by_release_request = cls(
            release_name=release_name,
            query=query,
            offset=offset,
        )

        search_explanations_by_release_request.additional_properties = d
        return search_explanations_by_release_request

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
