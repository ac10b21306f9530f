from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.explanation_search_request_echo import ExplanationSearchRequestEcho
    from ..models.explanation_search_result import ExplanationSearchResult


T = TypeVar("T", bound="ExplanationSearchResponse")


@_attrs_define
class ExplanationSearchResponse:
    """One page of an explanation search (all four searches share it). Pages hold at most 20
    results. `hasMore` is `resultsCount == 20` (computed after the visibility filter of
    `searchExplanationsAll`/`searchExplanationsByModel`), and `nextOffset` is present only
    when `hasMore` is true.

    """

    request: ExplanationSearchRequestEcho
    """ The validated request body, echoed back: `searchExplanations` echoes `modelId`, `layers`,
    `query`; `searchExplanationsByModel` `modelId`, `query`; `searchExplanationsByRelease`
    `releaseName`, `query`; `searchExplanationsAll` only `query`. `offset` appears only when
    it was sent. Extra keys the caller sent are echoed too.
     """
    results: list[ExplanationSearchResult]
    results_count: int
    """ The number of items in `results`. """
    has_more: bool
    """ True when this page is full (20 results); ask again with `nextOffset`. """
    next_offset: int | Unset = UNSET
    """ The `offset` of the next page (request offset + 20); only present when `hasMore`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request = self.request.to_dict()

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        results_count = self.results_count

        has_more = self.has_more

        next_offset = self.next_offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request": request,
                "results": results,
                "resultsCount": results_count,
                "hasMore": has_more,
            }
        )
        if next_offset is not UNSET:
            field_dict["nextOffset"] = next_offset

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.explanation_search_request_echo import ExplanationSearchRequestEcho
        from ..models.explanation_search_result import ExplanationSearchResult

        d = dict(src_dict)
        request = ExplanationSearchRequestEcho.from_dict(d.pop("request"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = ExplanationSearchResult.from_dict(results_item_data)

            results.append(results_item)

        results_count = d.pop("resultsCount")

        has_more = d.pop("hasMore")

        next_offset = d.pop("nextOffset", UNSET)

        explanation_search_response = cls(
            request=request,
            results=results,
            results_count=results_count,
            has_more=has_more,
            next_offset=next_offset,
        )

        explanation_search_response.additional_properties = d
        return explanation_search_response

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
