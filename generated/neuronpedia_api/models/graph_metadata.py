from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GraphMetadata")


@_attrs_define
class GraphMetadata:
    """A `GraphMetadata` row: where an attribution graph's JSON is stored and what prompt it
    traces. Unique by (`modelId`, `slug`).

    """

    id: str
    model_id: str
    """ The model id (the graph's `metadata.scan`). """
    source_set_name: None | str
    """ The source set (transcoders) the graph was traced with; `null` for uploads that do not name a known one. """
    slug: str
    prompt_tokens: list[str]
    """ The prompt's tokens (the graph's `metadata.prompt_tokens`). """
    prompt: str
    """ The traced prompt, as rendered (chat templates included). """
    title_prefix: str
    is_featured: bool
    url: str
    """ Where the graph JSON file is stored (an S3 URL); empty for stubs of externally hosted graphs. """
    user_id: None | str
    """ The owner's user id; `null` for graphs generated anonymously. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model_id = self.model_id

        source_set_name: None | str
        source_set_name = self.source_set_name

        slug = self.slug

        prompt_tokens = self.prompt_tokens

        prompt = self.prompt

        title_prefix = self.title_prefix

        is_featured = self.is_featured

        url = self.url

        user_id: None | str
        user_id = self.user_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "modelId": model_id,
                "sourceSetName": source_set_name,
                "slug": slug,
                "promptTokens": prompt_tokens,
                "prompt": prompt,
                "titlePrefix": title_prefix,
                "isFeatured": is_featured,
                "url": url,
                "userId": user_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        model_id = d.pop("modelId")

        def _parse_source_set_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_set_name = _parse_source_set_name(d.pop("sourceSetName"))

        slug = d.pop("slug")

        prompt_tokens = cast(list[str], d.pop("promptTokens"))

        prompt = d.pop("prompt")

        title_prefix = d.pop("titlePrefix")

        is_featured = d.pop("isFeatured")

        url = d.pop("url")

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("userId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        graph_metadata = cls(
            id=id,
            model_id=model_id,
            source_set_name=source_set_name,
            slug=slug,
            prompt_tokens=prompt_tokens,
            prompt=prompt,
            title_prefix=title_prefix,
            is_featured=is_featured,
            url=url,
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        graph_metadata.additional_properties = d
        return graph_metadata

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
