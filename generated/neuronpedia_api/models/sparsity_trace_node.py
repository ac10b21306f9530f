from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SparsityTraceNode")


@_attrs_define
class SparsityTraceNode:
    """One hop of a circuit trace: a neuron reached through a residual channel. Nodes of
    `trace_forward` carry `children`, nodes of `trace_backward` carry `parents`; the other key
    is null.

    """

    layer: int
    neuron: int
    read_weight: float
    """ Weight with which this neuron reads the channel. """
    via_channel: int
    """ Residual channel connecting this neuron to the previous hop. """
    write_weight: float
    """ Weight with which the previous hop writes the channel. """
    children: list[SparsityTraceNode] | None | Unset = UNSET
    parents: list[SparsityTraceNode] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        layer = self.layer

        neuron = self.neuron

        read_weight = self.read_weight

        via_channel = self.via_channel

        write_weight = self.write_weight

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

        parents: list[dict[str, Any]] | None | Unset
        if isinstance(self.parents, Unset):
            parents = UNSET
        elif isinstance(self.parents, list):
            parents = []
            for parents_type_0_item_data in self.parents:
                parents_type_0_item = parents_type_0_item_data.to_dict()
                parents.append(parents_type_0_item)

        else:
            parents = self.parents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "layer": layer,
                "neuron": neuron,
                "read_weight": read_weight,
                "via_channel": via_channel,
                "write_weight": write_weight,
            }
        )
        if children is not UNSET:
            field_dict["children"] = children
        if parents is not UNSET:
            field_dict["parents"] = parents

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        layer = d.pop("layer")

        neuron = d.pop("neuron")

        read_weight = d.pop("read_weight")

        via_channel = d.pop("via_channel")

        write_weight = d.pop("write_weight")

        def _parse_children(data: object) -> list[SparsityTraceNode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = SparsityTraceNode.from_dict(children_type_0_item_data)

                    children_type_0.append(children_type_0_item)

                return children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SparsityTraceNode] | None | Unset, data)

        children = _parse_children(d.pop("children", UNSET))

        def _parse_parents(data: object) -> list[SparsityTraceNode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parents_type_0 = []
                _parents_type_0 = data
                for parents_type_0_item_data in _parents_type_0:
                    parents_type_0_item = SparsityTraceNode.from_dict(parents_type_0_item_data)

                    parents_type_0.append(parents_type_0_item)

                return parents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SparsityTraceNode] | None | Unset, data)

        parents = _parse_parents(d.pop("parents", UNSET))

        sparsity_trace_node = cls(
            layer=layer,
            neuron=neuron,
            read_weight=read_weight,
            via_channel=via_channel,
            write_weight=write_weight,
            children=children,
            parents=parents,
        )

        sparsity_trace_node.additional_properties = d
        return sparsity_trace_node

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
