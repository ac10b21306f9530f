from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RateLimitError")


@_attrs_define
class RateLimitError:
    """The 429 body of the middleware rate limiter. `remainingRequests` is always 0. The limiter
    keys on the client IP, not on the API key.

    """

    endpoint: str
    """ The bucket that refused, e.g. `/api/model/new`. """
    limit_per_window: int
    request_window: str
    """ e.g. `60 m`. """
    remaining_requests: int
    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        limit_per_window = self.limit_per_window

        request_window = self.request_window

        remaining_requests = self.remaining_requests

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "limitPerWindow": limit_per_window,
                "requestWindow": request_window,
                "remainingRequests": remaining_requests,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        endpoint = d.pop("endpoint")

        limit_per_window = d.pop("limitPerWindow")

        request_window = d.pop("requestWindow")

        remaining_requests = d.pop("remainingRequests")

        error = d.pop("error")

        rate_limit_error = cls(
            endpoint=endpoint,
            limit_per_window=limit_per_window,
            request_window=request_window,
            remaining_requests=remaining_requests,
            error=error,
        )

        rate_limit_error.additional_properties = d
        return rate_limit_error

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
