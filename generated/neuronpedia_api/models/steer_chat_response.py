from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.steer_assistant_axis import SteerAssistantAxis
    from ..models.steer_chat_output import SteerChatOutput
    from ..models.steer_chat_settings import SteerChatSettings


T = TypeVar("T", bound="SteerChatResponse")


@_attrs_define
class SteerChatResponse:
    steered: None | SteerChatOutput
    """ The steered turn; null when `features` was empty. """
    default: SteerChatOutput
    """ One generated chat turn (DEFAULT or STEERED). """
    id: None | str
    """ The id of the saved STEERED output; null when `features` was empty. """
    limit: None | str
    """ The rate limiter's remaining count for this request, or null when the limiter is off. """
    settings: SteerChatSettings
    """ The generation parameters used (the request's values with defaults applied). """
    share_url: str | Unset = UNSET
    """ `{NEXT_PUBLIC_URL}/steer/{id}`; absent when `id` is null. """
    assistant_axis: list[SteerAssistantAxis] | Unset = UNSET
    """ Only present for assistant-axis steering. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.steer_chat_output import SteerChatOutput

        steered: dict[str, Any] | None
        if isinstance(self.steered, SteerChatOutput):
            steered = self.steered.to_dict()
        else:
            steered = self.steered

        default = self.default.to_dict()

        id: None | str
        id = self.id

        limit: None | str
        limit = self.limit

        settings = self.settings.to_dict()

        share_url = self.share_url

        assistant_axis: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assistant_axis, Unset):
            assistant_axis = []
            for assistant_axis_item_data in self.assistant_axis:
                assistant_axis_item = assistant_axis_item_data.to_dict()
                assistant_axis.append(assistant_axis_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "STEERED": steered,
                "DEFAULT": default,
                "id": id,
                "limit": limit,
                "settings": settings,
            }
        )
        if share_url is not UNSET:
            field_dict["shareUrl"] = share_url
        if assistant_axis is not UNSET:
            field_dict["assistant_axis"] = assistant_axis

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.steer_assistant_axis import SteerAssistantAxis
        from ..models.steer_chat_output import SteerChatOutput
        from ..models.steer_chat_settings import SteerChatSettings

        d = dict(src_dict)

        def _parse_steered(data: object) -> None | SteerChatOutput:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                steered_type_0 = SteerChatOutput.from_dict(data)

                return steered_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SteerChatOutput, data)

        steered = _parse_steered(d.pop("STEERED"))

        default = SteerChatOutput.from_dict(d.pop("DEFAULT"))

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

        settings = SteerChatSettings.from_dict(d.pop("settings"))

        share_url = d.pop("shareUrl", UNSET)

        _assistant_axis = d.pop("assistant_axis", UNSET)
        assistant_axis: list[SteerAssistantAxis] | Unset = UNSET
        if _assistant_axis is not UNSET:
            assistant_axis = []
            for assistant_axis_item_data in _assistant_axis:
                assistant_axis_item = SteerAssistantAxis.from_dict(assistant_axis_item_data)

                assistant_axis.append(assistant_axis_item)

        steer_chat_response = cls(
            steered=steered,
            default=default,
            id=id,
            limit=limit,
            settings=settings,
            share_url=share_url,
            assistant_axis=assistant_axis,
        )

        steer_chat_response.additional_properties = d
        return steer_chat_response

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
