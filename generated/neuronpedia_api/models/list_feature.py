from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListFeature")


@_attrs_define
class ListFeature:
    """A `ListsOnNeurons` row: one feature in a list, with the list owner's note
    (`description`).

    """

    model_id: str
    layer: str
    index: str
    list_id: str
    description: None | str
    added_at: datetime.datetime
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        layer = self.layer

        index = self.index

        list_id = self.list_id

        description: None | str
        description = self.description

        added_at = self.added_at.isoformat()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "layer": layer,
                "index": index,
                "listId": list_id,
                "description": description,
                "addedAt": added_at,
                "userId": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model_id = d.pop("modelId")

        layer = d.pop("layer")

        index = d.pop("index")

        list_id = d.pop("listId")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        added_at = datetime.datetime.fromisoformat(d.pop("addedAt"))

        user_id = d.pop("userId")

        list_feature = cls(
            model_id=model_id,
            layer=layer,
            index=index,
            list_id=list_id,
            description=description,
            added_at=added_at,
            user_id=user_id,
        )

        list_feature.additional_properties = d
        return list_feature

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
