from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateListRequest")


@_attrs_define
class UpdateListRequest:
    list_id: str
    """ The id of a list the caller owns. """
    name: str
    """ The new name; a blank name gives 500. """
    description: str | Unset = UNSET
    """ The new description; left out, the stored one is kept. """
    default_test_text: None | str | Unset = UNSET
    """ The new test text. Left out, `null` or `""` clears it. A changed text longer than 500
    characters, or a test text on a list with more than 20 features, gives 500.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        name = self.name

        description = self.description

        default_test_text: None | str | Unset
        if isinstance(self.default_test_text, Unset):
            default_test_text = UNSET
        else:
            default_test_text = self.default_test_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "listId": list_id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if default_test_text is not UNSET:
            field_dict["defaultTestText"] = default_test_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        list_id = d.pop("listId")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        def _parse_default_test_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_test_text = _parse_default_test_text(d.pop("defaultTestText", UNSET))

        update_list_request = cls(
            list_id=list_id,
            name=name,
            description=description,
            default_test_text=default_test_text,
        )

        update_list_request.additional_properties = d
        return update_list_request

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
