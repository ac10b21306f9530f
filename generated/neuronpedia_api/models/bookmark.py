from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Bookmark")


@_attrs_define
class Bookmark:
    """A bookmark row."""

    id: str
    model_id: str
    layer: str
    """ The source (SAE) id. """
    index: str
    user_id: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model_id = self.model_id

        layer = self.layer

        index = self.index

        user_id = self.user_id

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "modelId": model_id,
                "layer": layer,
                "index": index,
                "userId": user_id,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        model_id = d.pop("modelId")

        layer = d.pop("layer")

        index = d.pop("index")

        user_id = d.pop("userId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        bookmark = cls(
            id=id,
            model_id=model_id,
            layer=layer,
            index=index,
            user_id=user_id,
            created_at=created_at,
        )

        bookmark.additional_properties = d
        return bookmark

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
