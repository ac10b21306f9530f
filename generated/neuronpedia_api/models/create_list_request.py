from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateListRequest")


@_attrs_define
class CreateListRequest:
    name: str
    """ The list's name. Trimmed by the server; must not be empty or only whitespace. """
    description: str
    """ The list's description (may be ""). Optional in upstream's schema, but the server answers
    500 when it is left out, so it is required here.
     """
    test_text: None | str | Unset = UNSET
    """ Optional test text stored as the list's `defaultTestText` (its activations are shown for
    every feature of the list). Longer than 500 characters gives 500 after the list is created.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        test_text: None | str | Unset
        if isinstance(self.test_text, Unset):
            test_text = UNSET
        else:
            test_text = self.test_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if test_text is not UNSET:
            field_dict["testText"] = test_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        def _parse_test_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        test_text = _parse_test_text(d.pop("testText", UNSET))

        create_list_request = cls(
            name=name,
            description=description,
            test_text=test_text,
        )

        create_list_request.additional_properties = d
        return create_list_request

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
