from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_name import UserName


T = TypeVar("T", bound="FeatureComment")


@_attrs_define
class FeatureComment:
    """A `Comment` row on a feature, with the commenter's name."""

    id: str
    model_id: str
    layer: str
    index: str
    text: str
    user_id: str
    created_at: datetime.datetime
    user: UserName
    """ A user reduced to its public name (`select {name}`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        model_id = self.model_id

        layer = self.layer

        index = self.index

        text = self.text

        user_id = self.user_id

        created_at = self.created_at.isoformat()

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "modelId": model_id,
                "layer": layer,
                "index": index,
                "text": text,
                "userId": user_id,
                "createdAt": created_at,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_name import UserName

        d = dict(src_dict)
        id = d.pop("id")

        model_id = d.pop("modelId")

        layer = d.pop("layer")

        index = d.pop("index")

        text = d.pop("text")

        user_id = d.pop("userId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        user = UserName.from_dict(d.pop("user"))

        feature_comment = cls(
            id=id,
            model_id=model_id,
            layer=layer,
            index=index,
            text=text,
            user_id=user_id,
            created_at=created_at,
            user=user,
        )

        feature_comment.additional_properties = d
        return feature_comment

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
