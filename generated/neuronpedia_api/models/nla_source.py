from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.nla_source_model import NlaSourceModel


T = TypeVar("T", bound="NlaSource")


@_attrs_define
class NlaSource:
    """An NLA source (an activation verbaliser / reconstructor pair at one layer)."""

    model_id: str
    id: str
    """ Pass as `nlaSourceId`. """
    display_name: str
    description: str
    url: str
    author: str
    av: str
    """ The activation verbaliser. """
    ar: str
    """ The activation reconstructor. """
    layer_num: int
    norm: float
    created_at: datetime.datetime
    model: NlaSourceModel
    """ The model of an NLA source. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_id = self.model_id

        id = self.id

        display_name = self.display_name

        description = self.description

        url = self.url

        author = self.author

        av = self.av

        ar = self.ar

        layer_num = self.layer_num

        norm = self.norm

        created_at = self.created_at.isoformat()

        model = self.model.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "id": id,
                "displayName": display_name,
                "description": description,
                "url": url,
                "author": author,
                "av": av,
                "ar": ar,
                "layerNum": layer_num,
                "norm": norm,
                "createdAt": created_at,
                "model": model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.nla_source_model import NlaSourceModel

        d = dict(src_dict)
        model_id = d.pop("modelId")

        id = d.pop("id")

        display_name = d.pop("displayName")

        description = d.pop("description")

        url = d.pop("url")

        author = d.pop("author")

        av = d.pop("av")

        ar = d.pop("ar")

        layer_num = d.pop("layerNum")

        norm = d.pop("norm")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        model = NlaSourceModel.from_dict(d.pop("model"))

        nla_source = cls(
            model_id=model_id,
            id=id,
            display_name=display_name,
            description=description,
            url=url,
            author=author,
            av=av,
            ar=ar,
            layer_num=layer_num,
            norm=norm,
            created_at=created_at,
            model=model,
        )

        nla_source.additional_properties = d
        return nla_source

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
