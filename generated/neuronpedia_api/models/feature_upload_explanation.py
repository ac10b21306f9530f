from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeatureUploadExplanation")


@_attrs_define
class FeatureUploadExplanation:
    text: str
    method_name: None | str | Unset = UNSET
    """ An existing explanation type name (e.g. `oai_token-act-pair`), lowercased; an unknown
    name gives 500.
     """
    model_name: None | str | Unset = UNSET
    """ An existing explainer model name, lowercased; an unknown name gives 500. From the code,
    any non-null value makes the database transaction fail (500 `{error}`), see the
    operation description.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        method_name: None | str | Unset
        if isinstance(self.method_name, Unset):
            method_name = UNSET
        else:
            method_name = self.method_name

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        else:
            model_name = self.model_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if method_name is not UNSET:
            field_dict["methodName"] = method_name
        if model_name is not UNSET:
            field_dict["modelName"] = model_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_method_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        method_name = _parse_method_name(d.pop("methodName", UNSET))

        def _parse_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_name = _parse_model_name(d.pop("modelName", UNSET))

        feature_upload_explanation = cls(
            text=text,
            method_name=method_name,
            model_name=model_name,
        )

        feature_upload_explanation.additional_properties = d
        return feature_upload_explanation

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
