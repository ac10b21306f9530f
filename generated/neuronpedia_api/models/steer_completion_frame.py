from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.steer_logprob import SteerLogprob


T = TypeVar("T", bound="SteerCompletionFrame")


@_attrs_define
class SteerCompletionFrame:
    """One server-sent event of `/api/steer` with `stream: true`: the whole result so far. `id` is
    null and `shareUrl` absent until the final frame (unless the STEERED output was cached).

    """

    steered: None | str
    default: None | str
    steered_log_probs: list[SteerLogprob] | None
    default_log_probs: list[SteerLogprob] | None
    id: None | str
    limit: None | str
    share_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        steered: None | str
        steered = self.steered

        default: None | str
        default = self.default

        steered_log_probs: list[dict[str, Any]] | None
        if isinstance(self.steered_log_probs, list):
            steered_log_probs = []
            for steered_log_probs_type_0_item_data in self.steered_log_probs:
                steered_log_probs_type_0_item = steered_log_probs_type_0_item_data.to_dict()
                steered_log_probs.append(steered_log_probs_type_0_item)

        else:
            steered_log_probs = self.steered_log_probs

        default_log_probs: list[dict[str, Any]] | None
        if isinstance(self.default_log_probs, list):
            default_log_probs = []
            for default_log_probs_type_0_item_data in self.default_log_probs:
                default_log_probs_type_0_item = default_log_probs_type_0_item_data.to_dict()
                default_log_probs.append(default_log_probs_type_0_item)

        else:
            default_log_probs = self.default_log_probs

        id: None | str
        id = self.id

        limit: None | str
        limit = self.limit

        share_url = self.share_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "STEERED": steered,
                "DEFAULT": default,
                "steeredLogProbs": steered_log_probs,
                "defaultLogProbs": default_log_probs,
                "id": id,
                "limit": limit,
            }
        )
        if share_url is not UNSET:
            field_dict["shareUrl"] = share_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.steer_logprob import SteerLogprob

        d = dict(src_dict)

        def _parse_steered(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        steered = _parse_steered(d.pop("STEERED"))

        def _parse_default(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        default = _parse_default(d.pop("DEFAULT"))

        def _parse_steered_log_probs(data: object) -> list[SteerLogprob] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                steered_log_probs_type_0 = []
                _steered_log_probs_type_0 = data
                for steered_log_probs_type_0_item_data in _steered_log_probs_type_0:
                    steered_log_probs_type_0_item = SteerLogprob.from_dict(steered_log_probs_type_0_item_data)

                    steered_log_probs_type_0.append(steered_log_probs_type_0_item)

                return steered_log_probs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SteerLogprob] | None, data)

        steered_log_probs = _parse_steered_log_probs(d.pop("steeredLogProbs"))

        def _parse_default_log_probs(data: object) -> list[SteerLogprob] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_log_probs_type_0 = []
                _default_log_probs_type_0 = data
                for default_log_probs_type_0_item_data in _default_log_probs_type_0:
                    default_log_probs_type_0_item = SteerLogprob.from_dict(default_log_probs_type_0_item_data)

                    default_log_probs_type_0.append(default_log_probs_type_0_item)

                return default_log_probs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SteerLogprob] | None, data)

        default_log_probs = _parse_default_log_probs(d.pop("defaultLogProbs"))

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(d.pop("id"))

        def _parse_limit(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        limit = _parse_limit(d.pop("limit"))

        share_url = d.pop("shareUrl", UNSET)

        steer_completion_frame = cls(
            steered=steered,
            default=default,
            steered_log_probs=steered_log_probs,
            default_log_probs=default_log_probs,
            id=id,
            limit=limit,
            share_url=share_url,
        )

        steer_completion_frame.additional_properties = d
        return steer_completion_frame

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
