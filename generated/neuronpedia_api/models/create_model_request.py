from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateModelRequest")


@_attrs_define
class CreateModelRequest:
    """The body of `createModel` (validated with yup; extra keys are ignored)."""

    id: str
    """ The model id: lowercase letters, digits, hyphens and periods; starts with a lowercase letter; does
    not end with a hyphen or period; no `--` or `..`; 2 to 32 characters.
     """
    layers: int
    """ Number of layers (1-127). """
    display_name: str | Unset = UNSET
    """ Display name (also used as the short display name). Defaults to `id`. Not nullable. """
    url: None | str | Unset = UNSET
    """ The model's website, stored as `website`. Must be an `http`, `https` or `ftp` URL (yup's `url()`,
    which also lets through a protocol-relative `//host/...` and the empty string).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        layers = self.layers

        display_name = self.display_name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "layers": layers,
            }
        )
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        layers = d.pop("layers")

        display_name = d.pop("displayName", UNSET)

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        create_model_request = cls(
            id=id,
            layers=layers,
            display_name=display_name,
            url=url,
        )

        create_model_request.additional_properties = d
        return create_model_request

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
