from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSourceSetRequest")


@_attrs_define
class CreateSourceSetRequest:
    """The body of `createSourceSet` (validated with yup; extra keys are ignored)."""

    model_id: str
    """ An existing PUBLIC or UNLISTED model. """
    name: str
    """ The source set name: lowercase letters, digits and hyphens; starts with a letter (or is a single
    letter or digit); does not end with a hyphen; no `--`; not `neurons`. Sources are named
    `<layer>-<name>`.
     """
    description: None | str | Unset = UNSET
    """ Defaults to `name`. """
    url: None | str | Unset = UNSET
    """ Stored as the only entry of `urls` (`""` when absent). Must be an `http`, `https` or `ftp` URL (yup's
    `url()`, which also lets through a protocol-relative `//host/...` and the empty string).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("modelId")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        create_source_set_request = cls(
            model_id=model_id,
            name=name,
            description=description,
            url=url,
        )

        create_source_set_request.additional_properties = d
        return create_source_set_request

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
