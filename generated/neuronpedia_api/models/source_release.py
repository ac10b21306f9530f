from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SourceRelease")


@_attrs_define
class SourceRelease:
    """A full `SourceRelease` row (embedded as `releases` in the source-set reads)."""

    name: str
    visibility: str
    """ `PUBLIC`, `UNLISTED` or `PRIVATE`. """
    is_new_ui: bool
    featured: bool
    description: str
    description_short: None | str
    urls: list[str]
    creator_email: None | str
    creator_name: str
    creator_name_short: None | str
    creator_id: str
    default_source_set_name: None | str
    default_source_id: None | str
    default_umap_source_ids: list[str]
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        visibility = self.visibility

        is_new_ui = self.is_new_ui

        featured = self.featured

        description = self.description

        description_short: None | str
        description_short = self.description_short

        urls = self.urls

        creator_email: None | str
        creator_email = self.creator_email

        creator_name = self.creator_name

        creator_name_short: None | str
        creator_name_short = self.creator_name_short

        creator_id = self.creator_id

        default_source_set_name: None | str
        default_source_set_name = self.default_source_set_name

        default_source_id: None | str
        default_source_id = self.default_source_id

        default_umap_source_ids = self.default_umap_source_ids

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "visibility": visibility,
                "isNewUi": is_new_ui,
                "featured": featured,
                "description": description,
                "descriptionShort": description_short,
                "urls": urls,
                "creatorEmail": creator_email,
                "creatorName": creator_name,
                "creatorNameShort": creator_name_short,
                "creatorId": creator_id,
                "defaultSourceSetName": default_source_set_name,
                "defaultSourceId": default_source_id,
                "defaultUmapSourceIds": default_umap_source_ids,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        visibility = d.pop("visibility")

        is_new_ui = d.pop("isNewUi")

        featured = d.pop("featured")

        description = d.pop("description")

        def _parse_description_short(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description_short = _parse_description_short(d.pop("descriptionShort"))

        urls = cast(list[str], d.pop("urls"))

        def _parse_creator_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        creator_email = _parse_creator_email(d.pop("creatorEmail"))

        creator_name = d.pop("creatorName")

        def _parse_creator_name_short(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        creator_name_short = _parse_creator_name_short(d.pop("creatorNameShort"))

        creator_id = d.pop("creatorId")

        def _parse_default_source_set_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default_source_set_name = _parse_default_source_set_name(d.pop("defaultSourceSetName"))

        def _parse_default_source_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default_source_id = _parse_default_source_id(d.pop("defaultSourceId"))

        default_umap_source_ids = cast(list[str], d.pop("defaultUmapSourceIds"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        source_release = cls(
            name=name,
            visibility=visibility,
            is_new_ui=is_new_ui,
            featured=featured,
            description=description,
            description_short=description_short,
            urls=urls,
            creator_email=creator_email,
            creator_name=creator_name,
            creator_name_short=creator_name_short,
            creator_id=creator_id,
            default_source_set_name=default_source_set_name,
            default_source_id=default_source_id,
            default_umap_source_ids=default_umap_source_ids,
            created_at=created_at,
        )

        source_release.additional_properties = d
        return source_release

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
