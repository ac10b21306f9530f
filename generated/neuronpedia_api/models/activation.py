from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Activation")


@_attrs_define
class Activation:
    """A full `Activation` row: one text with the feature's activation value on each token.
    `layer` is the source id and `index` the feature index (strings). Quantile-bin rows carry
    `binMin`/`binMax`/`binContains`; top-activation rows have them null.

    """

    id: str
    tokens: list[str]
    data_index: None | str
    index: str
    layer: str
    model_id: str
    data_source: None | str
    max_value: float
    max_value_token_index: int
    min_value: float
    values: list[float]
    dfa_values: list[float]
    dfa_target_index: int | None
    dfa_max_value: float | None
    z_q_indices: list[int]
    z_k_indices: list[int]
    z_values: list[float]
    creator_id: str
    created_at: datetime.datetime
    loss_values: list[float]
    logit_contributions: None | str
    """ JSON stored as a string (not parsed by the server). """
    bin_min: float | None
    bin_max: float | None
    bin_contains: float | None
    qualifying_token_index: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tokens = self.tokens

        data_index: None | str
        data_index = self.data_index

        index = self.index

        layer = self.layer

        model_id = self.model_id

        data_source: None | str
        data_source = self.data_source

        max_value = self.max_value

        max_value_token_index = self.max_value_token_index

        min_value = self.min_value

        values = self.values

        dfa_values = self.dfa_values

        dfa_target_index: int | None
        dfa_target_index = self.dfa_target_index

        dfa_max_value: float | None
        dfa_max_value = self.dfa_max_value

        z_q_indices = self.z_q_indices

        z_k_indices = self.z_k_indices

        z_values = self.z_values

        creator_id = self.creator_id

        created_at = self.created_at.isoformat()

        loss_values = self.loss_values

        logit_contributions: None | str
        logit_contributions = self.logit_contributions

        bin_min: float | None
        bin_min = self.bin_min

        bin_max: float | None
        bin_max = self.bin_max

        bin_contains: float | None
        bin_contains = self.bin_contains

        qualifying_token_index: int | None
        qualifying_token_index = self.qualifying_token_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tokens": tokens,
                "dataIndex": data_index,
                "index": index,
                "layer": layer,
                "modelId": model_id,
                "dataSource": data_source,
                "maxValue": max_value,
                "maxValueTokenIndex": max_value_token_index,
                "minValue": min_value,
                "values": values,
                "dfaValues": dfa_values,
                "dfaTargetIndex": dfa_target_index,
                "dfaMaxValue": dfa_max_value,
                "zQIndices": z_q_indices,
                "zKIndices": z_k_indices,
                "zValues": z_values,
                "creatorId": creator_id,
                "createdAt": created_at,
                "lossValues": loss_values,
                "logitContributions": logit_contributions,
                "binMin": bin_min,
                "binMax": bin_max,
                "binContains": bin_contains,
                "qualifyingTokenIndex": qualifying_token_index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        tokens = cast(list[str], d.pop("tokens"))

        def _parse_data_index(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        data_index = _parse_data_index(d.pop("dataIndex"))

        index = d.pop("index")

        layer = d.pop("layer")

        model_id = d.pop("modelId")

        def _parse_data_source(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        data_source = _parse_data_source(d.pop("dataSource"))

        max_value = d.pop("maxValue")

        max_value_token_index = d.pop("maxValueTokenIndex")

        min_value = d.pop("minValue")

        values = cast(list[float], d.pop("values"))

        dfa_values = cast(list[float], d.pop("dfaValues"))

        def _parse_dfa_target_index(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        dfa_target_index = _parse_dfa_target_index(d.pop("dfaTargetIndex"))

        def _parse_dfa_max_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        dfa_max_value = _parse_dfa_max_value(d.pop("dfaMaxValue"))

        z_q_indices = cast(list[int], d.pop("zQIndices"))

        z_k_indices = cast(list[int], d.pop("zKIndices"))

        z_values = cast(list[float], d.pop("zValues"))

        creator_id = d.pop("creatorId")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        loss_values = cast(list[float], d.pop("lossValues"))

        def _parse_logit_contributions(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logit_contributions = _parse_logit_contributions(d.pop("logitContributions"))

        def _parse_bin_min(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        bin_min = _parse_bin_min(d.pop("binMin"))

        def _parse_bin_max(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        bin_max = _parse_bin_max(d.pop("binMax"))

        def _parse_bin_contains(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        bin_contains = _parse_bin_contains(d.pop("binContains"))

        def _parse_qualifying_token_index(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        qualifying_token_index = _parse_qualifying_token_index(d.pop("qualifyingTokenIndex"))

        activation = cls(
            id=id,
            tokens=tokens,
            data_index=data_index,
            index=index,
            layer=layer,
            model_id=model_id,
            data_source=data_source,
            max_value=max_value,
            max_value_token_index=max_value_token_index,
            min_value=min_value,
            values=values,
            dfa_values=dfa_values,
            dfa_target_index=dfa_target_index,
            dfa_max_value=dfa_max_value,
            z_q_indices=z_q_indices,
            z_k_indices=z_k_indices,
            z_values=z_values,
            creator_id=creator_id,
            created_at=created_at,
            loss_values=loss_values,
            logit_contributions=logit_contributions,
            bin_min=bin_min,
            bin_max=bin_max,
            bin_contains=bin_contains,
            qualifying_token_index=qualifying_token_index,
        )

        activation.additional_properties = d
        return activation

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
