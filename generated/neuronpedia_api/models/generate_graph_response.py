from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GenerateGraphResponse")


@_attrs_define
class GenerateGraphResponse:
    message: str
    """ Always "Graph saved to database". """
    s3url: str
    """ The S3 URL of the graph JSON. """
    url: str
    """ The graph's page on Neuronpedia (`<host>/<modelId>/graph?slug=<slug>`). """
    num_nodes: int
    num_links: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        s3url = self.s3url

        url = self.url

        num_nodes = self.num_nodes

        num_links = self.num_links

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "s3url": s3url,
                "url": url,
                "numNodes": num_nodes,
                "numLinks": num_links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message")

        s3url = d.pop("s3url")

        url = d.pop("url")

        num_nodes = d.pop("numNodes")

        num_links = d.pop("numLinks")

        generate_graph_response = cls(
            message=message,
            s3url=s3url,
            url=url,
            num_nodes=num_nodes,
            num_links=num_links,
        )

        generate_graph_response.additional_properties = d
        return generate_graph_response

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
