from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GraphUploadUrlResponse")


@_attrs_define
class GraphUploadUrlResponse:
    url: str
    """ The pre-signed S3 PUT URL (valid for 1 hour). """
    key: str
    """ The S3 object key, `user-graphs/<userId>/<filename without .json>-<epoch ms>.json`. """
    put_request_id: str
    """ Pass this to `saveGraph` once the upload is done. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        key = self.key

        put_request_id = self.put_request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "key": key,
                "putRequestId": put_request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        key = d.pop("key")

        put_request_id = d.pop("putRequestId")

        graph_upload_url_response = cls(
            url=url,
            key=key,
            put_request_id=put_request_id,
        )

        graph_upload_url_response.additional_properties = d
        return graph_upload_url_response

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
