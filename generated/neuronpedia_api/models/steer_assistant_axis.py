from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.steer_assistant_axis_turn import SteerAssistantAxisTurn


T = TypeVar("T", bound="SteerAssistantAxis")


@_attrs_define
class SteerAssistantAxis:
    """Persona monitoring for one output type (only with `isAssistantAxis`)."""

    pc_titles: list[str] | None | Unset = UNSET
    turns: list[SteerAssistantAxisTurn] | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    """ `STEERED` or `DEFAULT`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pc_titles: list[str] | None | Unset
        if isinstance(self.pc_titles, Unset):
            pc_titles = UNSET
        elif isinstance(self.pc_titles, list):
            pc_titles = self.pc_titles

        else:
            pc_titles = self.pc_titles

        turns: list[dict[str, Any]] | None | Unset
        if isinstance(self.turns, Unset):
            turns = UNSET
        elif isinstance(self.turns, list):
            turns = []
            for turns_type_0_item_data in self.turns:
                turns_type_0_item = turns_type_0_item_data.to_dict()
                turns.append(turns_type_0_item)

        else:
            turns = self.turns

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pc_titles is not UNSET:
            field_dict["pcTitles"] = pc_titles
        if turns is not UNSET:
            field_dict["turns"] = turns
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.steer_assistant_axis_turn import SteerAssistantAxisTurn

        d = dict(src_dict)

        def _parse_pc_titles(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pc_titles_type_0 = cast(list[str], data)

                return pc_titles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        pc_titles = _parse_pc_titles(d.pop("pcTitles", UNSET))

        def _parse_turns(data: object) -> list[SteerAssistantAxisTurn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                turns_type_0 = []
                _turns_type_0 = data
                for turns_type_0_item_data in _turns_type_0:
                    turns_type_0_item = SteerAssistantAxisTurn.from_dict(turns_type_0_item_data)

                    turns_type_0.append(turns_type_0_item)

                return turns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SteerAssistantAxisTurn] | None | Unset, data)

        turns = _parse_turns(d.pop("turns", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        steer_assistant_axis = cls(
            pc_titles=pc_titles,
            turns=turns,
            type_=type_,
        )

        steer_assistant_axis.additional_properties = d
        return steer_assistant_axis

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
