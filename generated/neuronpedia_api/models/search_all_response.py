from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.search_all_result import SearchAllResult


T = TypeVar("T", bound="SearchAllResponse")


@_attrs_define
class SearchAllResponse:
    """The top features of one text. In a batch answer (`SearchAllBatchResponse`) the results carry
    no `neuron`.

    """

    tokens: list[str]
    """ The text's tokens (with the model's BOS prepended where the model uses one). """
    result: list[SearchAllResult]
    sort_indexes: list[int]
    """ The request's `sortIndexes`, sorted (as strings, by JavaScript's default sort). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tokens = self.tokens

        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        sort_indexes = self.sort_indexes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokens": tokens,
                "result": result,
                "sortIndexes": sort_indexes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_all_result import SearchAllResult

        d = dict(src_dict)
        tokens = cast(list[str], d.pop("tokens"))

        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = SearchAllResult.from_dict(result_item_data)

            result.append(result_item)

        sort_indexes = cast(list[int], d.pop("sortIndexes"))

        search_all_response = cls(
            tokens=tokens,
            result=result,
            sort_indexes=sort_indexes,
        )

        search_all_response.additional_properties = d
        return search_all_response

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
