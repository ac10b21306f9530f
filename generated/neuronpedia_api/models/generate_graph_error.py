from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.graph_ajv_error import GraphAjvError


T = TypeVar("T", bound="GenerateGraphError")


@_attrs_define
class GenerateGraphError:
    """The 500 body of `generateGraph`. `message` is a text, except for "Invalid Graph Generated",
    where it is the list of ajv errors.

    """

    error: str
    message: list[GraphAjvError] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message: list[dict[str, Any]] | str
        if isinstance(self.message, list):
            message = []
            for message_type_1_item_data in self.message:
                message_type_1_item = message_type_1_item_data.to_dict()
                message.append(message_type_1_item)

        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.graph_ajv_error import GraphAjvError

        d = dict(src_dict)
        error = d.pop("error")

        def _parse_message(data: object) -> list[GraphAjvError] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                message_type_1 = []
                _message_type_1 = data
                for message_type_1_item_data in _message_type_1:
                    message_type_1_item = GraphAjvError.from_dict(message_type_1_item_data)

                    message_type_1.append(message_type_1_item)

                return message_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GraphAjvError] | str, data)

        message = _parse_message(d.pop("message"))

        generate_graph_error = cls(
            error=error,
            message=message,
        )

        generate_graph_error.additional_properties = d
        return generate_graph_error

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
