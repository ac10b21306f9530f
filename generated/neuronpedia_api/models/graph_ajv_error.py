from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.graph_ajv_error_params import GraphAjvErrorParams


T = TypeVar("T", bound="GraphAjvError")


@_attrs_define
class GraphAjvError:
    """One ajv error from validating a generated graph against the graph JSON schema."""

    instance_path: str
    schema_path: str
    keyword: str
    params: GraphAjvErrorParams
    """ Keyword-specific details, e.g. `{missingProperty}`. """
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_path = self.instance_path

        schema_path = self.schema_path

        keyword = self.keyword

        params = self.params.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instancePath": instance_path,
                "schemaPath": schema_path,
                "keyword": keyword,
                "params": params,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.graph_ajv_error_params import GraphAjvErrorParams

        d = dict(src_dict)
        instance_path = d.pop("instancePath")

        schema_path = d.pop("schemaPath")

        keyword = d.pop("keyword")

        params = GraphAjvErrorParams.from_dict(d.pop("params"))

        message = d.pop("message", UNSET)

        graph_ajv_error = cls(
            instance_path=instance_path,
            schema_path=schema_path,
            keyword=keyword,
            params=params,
            message=message,
        )

        graph_ajv_error.additional_properties = d
        return graph_ajv_error

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
