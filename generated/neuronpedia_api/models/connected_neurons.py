from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.connected_feature_explanations import ConnectedFeatureExplanations
    from ..models.sparsity_trace_node import SparsityTraceNode


T = TypeVar("T", bound="ConnectedNeurons")


@_attrs_define
class ConnectedNeurons:
    """The sparsity server's trace of one MLP neuron (snake_case keys, passed through) plus the
    explanations of every neuron (`<layer>-mlp`, including the start neuron, listed last) and
    residual channel (`<layer>-resid`) the traces touch.

    """

    layer: int
    neuron: int
    trace_forward: list[SparsityTraceNode]
    trace_backward: list[SparsityTraceNode]
    neuron_explanations: list[ConnectedFeatureExplanations]
    resid_channel_explanations: list[ConnectedFeatureExplanations]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        layer = self.layer

        neuron = self.neuron

        trace_forward = []
        for trace_forward_item_data in self.trace_forward:
            trace_forward_item = trace_forward_item_data.to_dict()
            trace_forward.append(trace_forward_item)

        trace_backward = []
        for trace_backward_item_data in self.trace_backward:
            trace_backward_item = trace_backward_item_data.to_dict()
            trace_backward.append(trace_backward_item)

        neuron_explanations = []
        for neuron_explanations_item_data in self.neuron_explanations:
            neuron_explanations_item = neuron_explanations_item_data.to_dict()
            neuron_explanations.append(neuron_explanations_item)

        resid_channel_explanations = []
        for resid_channel_explanations_item_data in self.resid_channel_explanations:
            resid_channel_explanations_item = resid_channel_explanations_item_data.to_dict()
            resid_channel_explanations.append(resid_channel_explanations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "layer": layer,
                "neuron": neuron,
                "trace_forward": trace_forward,
                "trace_backward": trace_backward,
                "neuronExplanations": neuron_explanations,
                "residChannelExplanations": resid_channel_explanations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connected_feature_explanations import ConnectedFeatureExplanations
        from ..models.sparsity_trace_node import SparsityTraceNode

        d = dict(src_dict)
        layer = d.pop("layer")

        neuron = d.pop("neuron")

        trace_forward = []
        _trace_forward = d.pop("trace_forward")
        for trace_forward_item_data in _trace_forward:
            trace_forward_item = SparsityTraceNode.from_dict(trace_forward_item_data)

            trace_forward.append(trace_forward_item)

        trace_backward = []
        _trace_backward = d.pop("trace_backward")
        for trace_backward_item_data in _trace_backward:
            trace_backward_item = SparsityTraceNode.from_dict(trace_backward_item_data)

            trace_backward.append(trace_backward_item)

        neuron_explanations = []
        _neuron_explanations = d.pop("neuronExplanations")
        for neuron_explanations_item_data in _neuron_explanations:
            neuron_explanations_item = ConnectedFeatureExplanations.from_dict(neuron_explanations_item_data)

            neuron_explanations.append(neuron_explanations_item)

        resid_channel_explanations = []
        _resid_channel_explanations = d.pop("residChannelExplanations")
        for resid_channel_explanations_item_data in _resid_channel_explanations:
            resid_channel_explanations_item = ConnectedFeatureExplanations.from_dict(
                resid_channel_explanations_item_data
            )

            resid_channel_explanations.append(resid_channel_explanations_item)

        connected_neurons = cls(
            layer=layer,
            neuron=neuron,
            trace_forward=trace_forward,
            trace_backward=trace_backward,
            neuron_explanations=neuron_explanations,
            resid_channel_explanations=resid_channel_explanations,
        )

        connected_neurons.additional_properties = d
        return connected_neurons

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
