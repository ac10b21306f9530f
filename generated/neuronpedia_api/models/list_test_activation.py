from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.activation import Activation


T = TypeVar("T", bound="ListTestActivation")


@_attrs_define
class ListTestActivation:
    """The activation of the list's test text on one listed feature (a `ListsOnActivations` row with its activation)."""

    activation_id: str
    list_id: str
    activation: Activation
    """ A full `Activation` row: one text with the feature's activation value on each token.
    `layer` is the source id and `index` the feature index (strings). Quantile-bin rows carry
    `binMin`/`binMax`/`binContains`; top-activation rows have them null.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activation_id = self.activation_id

        list_id = self.list_id

        activation = self.activation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activationId": activation_id,
                "listId": list_id,
                "activation": activation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.activation import Activation

        d = dict(src_dict)
        activation_id = d.pop("activationId")

        list_id = d.pop("listId")

        activation = Activation.from_dict(d.pop("activation"))

        list_test_activation = cls(
            activation_id=activation_id,
            list_id=list_id,
            activation=activation,
        )

        list_test_activation.additional_properties = d
        return list_test_activation

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
