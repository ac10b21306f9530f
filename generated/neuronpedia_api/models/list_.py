from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.list_feature_detail import ListFeatureDetail
    from ..models.list_test_activation import ListTestActivation
    from ..models.user_name import UserName


T = TypeVar("T", bound="List")


@_attrs_define
class List:
    """A list with its owner's name, its features and its test-text activations (`getList`)."""

    id: str
    name: str
    description: str
    default_test_text: None | str
    user_id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    activations: list[ListTestActivation]
    """ Activations of `defaultTestText` on the listed features, in the order of `neurons`. """
    neurons: list[ListFeatureDetail]
    """ The listed features (at most 300, in database order). """
    user: UserName
    """ A user reduced to its public name (`select {name}`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        default_test_text: None | str
        default_test_text = self.default_test_text

        user_id = self.user_id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        activations = []
        for activations_item_data in self.activations:
            activations_item = activations_item_data.to_dict()
            activations.append(activations_item)

        neurons = []
        for neurons_item_data in self.neurons:
            neurons_item = neurons_item_data.to_dict()
            neurons.append(neurons_item)

        user = self.user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "defaultTestText": default_test_text,
                "userId": user_id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "activations": activations,
                "neurons": neurons,
                "user": user,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_feature_detail import ListFeatureDetail
        from ..models.list_test_activation import ListTestActivation
        from ..models.user_name import UserName

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        def _parse_default_test_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default_test_text = _parse_default_test_text(d.pop("defaultTestText"))

        user_id = d.pop("userId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        activations = []
        _activations = d.pop("activations")
        for activations_item_data in _activations:
            activations_item = ListTestActivation.from_dict(activations_item_data)

            activations.append(activations_item)

        neurons = []
        _neurons = d.pop("neurons")
        for neurons_item_data in _neurons:
            neurons_item = ListFeatureDetail.from_dict(neurons_item_data)

            neurons.append(neurons_item)

        user = UserName.from_dict(d.pop("user"))

        list_ = cls(
            id=id,
            name=name,
            description=description,
            default_test_text=default_test_text,
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
            activations=activations,
            neurons=neurons,
            user=user,
        )

        list_.additional_properties = d
        return list_

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
