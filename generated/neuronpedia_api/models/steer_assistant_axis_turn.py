from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.steer_assistant_axis_pc_values import SteerAssistantAxisPcValues


T = TypeVar("T", bound="SteerAssistantAxisTurn")


@_attrs_define
class SteerAssistantAxisTurn:
    """One assistant turn's projection onto the persona axes."""

    pc_values: None | SteerAssistantAxisPcValues | Unset = UNSET
    """ Projection value per principal-component title, before the cap. """
    pc_values_post_cap: None | SteerAssistantAxisPcValues | Unset = UNSET
    """ Projection value per principal-component title, after the cap. """
    snippet: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.steer_assistant_axis_pc_values import SteerAssistantAxisPcValues

        pc_values: dict[str, Any] | None | Unset
        if isinstance(self.pc_values, Unset):
            pc_values = UNSET
        elif isinstance(self.pc_values, SteerAssistantAxisPcValues):
            pc_values = self.pc_values.to_dict()
        else:
            pc_values = self.pc_values

        pc_values_post_cap: dict[str, Any] | None | Unset
        if isinstance(self.pc_values_post_cap, Unset):
            pc_values_post_cap = UNSET
        elif isinstance(self.pc_values_post_cap, SteerAssistantAxisPcValues):
            pc_values_post_cap = self.pc_values_post_cap.to_dict()
        else:
            pc_values_post_cap = self.pc_values_post_cap

        snippet: None | str | Unset
        if isinstance(self.snippet, Unset):
            snippet = UNSET
        else:
            snippet = self.snippet

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pc_values is not UNSET:
            field_dict["pcValues"] = pc_values
        if pc_values_post_cap is not UNSET:
            field_dict["pcValuesPostCap"] = pc_values_post_cap
        if snippet is not UNSET:
            field_dict["snippet"] = snippet

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.steer_assistant_axis_pc_values import SteerAssistantAxisPcValues

        d = dict(src_dict)

        def _parse_pc_values(data: object) -> None | SteerAssistantAxisPcValues | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pc_values_type_0 = SteerAssistantAxisPcValues.from_dict(data)

                return pc_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SteerAssistantAxisPcValues | Unset, data)

        pc_values = _parse_pc_values(d.pop("pcValues", UNSET))

        def _parse_pc_values_post_cap(data: object) -> None | SteerAssistantAxisPcValues | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pc_values_post_cap_type_0 = SteerAssistantAxisPcValues.from_dict(data)

                return pc_values_post_cap_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SteerAssistantAxisPcValues | Unset, data)

        pc_values_post_cap = _parse_pc_values_post_cap(d.pop("pcValuesPostCap", UNSET))

        def _parse_snippet(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        snippet = _parse_snippet(d.pop("snippet", UNSET))

        steer_assistant_axis_turn = cls(
            pc_values=pc_values,
            pc_values_post_cap=pc_values_post_cap,
            snippet=snippet,
        )

        steer_assistant_axis_turn.additional_properties = d
        return steer_assistant_axis_turn

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
