"""One index type: every public model gives the feature index back as an int."""

from __future__ import annotations

import attrs

import neuronpedia_ext
from neuronpedia_ext import FeatureId, NPListItem, NPVector, SAEFeature, parse_feature_id


def test_feature_ids_carry_an_int_index_and_the_wire_string() -> None:
    for fid in (FeatureId("m", "0-s", "42"), FeatureId("m", "0-s", 42), parse_feature_id("m/0-s/42")):
        assert fid.index == 42 and isinstance(fid.index, int)
        assert fid.wire_index == "42" and str(fid) == "m/0-s/42"


def test_the_classes_the_official_package_typed_with_a_str_index() -> None:
    vector = NPVector("l", "m", "0-s", "7", [0.5], "hook_resid_pre", 1)
    item = NPListItem("m", "0-s", "7")
    sae = SAEFeature("m", "0-s", "7")
    for obj in (vector, item, sae):
        assert obj.index == 7 and obj.wire_index == "7"


def test_no_public_model_declares_a_str_index() -> None:
    offenders = []
    for name in neuronpedia_ext.__all__:
        cls = getattr(neuronpedia_ext, name)
        if isinstance(cls, type) and attrs.has(cls):
            for field in attrs.fields(cls):
                if field.name == "index" and "str" in str(field.type):
                    offenders.append(name)
    assert offenders == []
