"""Everyday conveniences: Feature's explanation/top_activations/max_activation, lists taking an
NPList, the NPList's own add_features and url, explained 500s, and AsyncNeuronpedia.aclose."""

from __future__ import annotations

import asyncio

import pytest

from neuronpedia_ext import Activation, AsyncNeuronpedia, Feature, InternalServerError, Neuronpedia
from neuronpedia_ext.dataframes import to_records
from neuronpedia_ext.emulator.server import EmulatorServer


def test_feature_explanation_top_activations_and_max_activation(client: Neuronpedia) -> None:
    feature = client.features.get("gpt2-small", "6-res-jb", 42)
    assert feature.explanations and feature.activations
    assert feature.explanation == feature.explanations[0].text
    maxima = [a.max_value for a in feature.top_activations]
    assert maxima == sorted(maxima, reverse=True) and len(maxima) == len(feature.activations)  # type: ignore[type-var]
    assert feature.max_activation == max(a.max_value for a in feature.activations if a.max_value is not None)
    row = to_records([feature])[0]
    assert (row["explanation"], row["max_activation"]) == (feature.explanation, feature.max_activation)


def test_conveniences_of_a_bare_feature() -> None:
    bare = Feature("m", "0-s", 1)
    assert (bare.explanation, bare.top_activations, bare.max_activation) == (None, [], None)
    acts = [Activation("m", "0-s", 1, ["a"], [1.0], max_value=v) for v in (2.0, None, 5.0)]
    feature = Feature("m", "0-s", 1, activations=acts)
    assert [a.max_value for a in feature.top_activations] == [5.0, 2.0, None]
    assert feature.max_activation == 5.0


def test_lists_take_an_npl_list_and_the_list_has_add_features_and_url(client: Neuronpedia) -> None:
    created = client.lists.new("convenient")
    assert created.url == f"{client.base_url}/list/{created.id}"
    added = created.add_features(["gpt2-small/6-res-jb/42"])
    assert [(i.model_id, i.source, i.index) for i in added] == [("gpt2-small", "6-res-jb", 42)]
    assert created.items == added
    client.lists.add_features(created, ["gpt2-small/6-res-jb/1024"])  # the NPList itself, not its id
    fetched = client.lists.get(created)
    assert sorted(i.index for i in fetched.items) == [42, 1024]
    assert fetched.url == created.url  # every list has its page, however it was fetched
    assert {lst.url for lst in client.lists.list_owned()} >= {created.url}


def test_a_duplicate_list_add_is_explained(client: Neuronpedia) -> None:
    created = client.lists.new("twice")
    created.add_features(["gpt2-small/6-res-jb/42"])
    with pytest.raises(InternalServerError) as raised:
        created.add_features(["gpt2-small/6-res-jb/42"])
    assert "already in the list" in str(raised.value) and raised.value.hint is not None
    assert raised.value.status_code == 500


def test_an_upload_into_a_missing_source_set_is_explained(client: Neuronpedia) -> None:
    feature = Feature(
        "gpt2-small", "0-nothing-here", 0, activations=[Activation("gpt2-small", "0-nothing-here", 0, ["a"], [1.0])]
    )
    with pytest.raises(InternalServerError) as raised:
        client.features.upload("gpt2-small", "0-nothing-here", [feature])
    assert "source set 'nothing-here' of model 'gpt2-small' does not exist" in str(raised.value)


def test_other_500s_carry_no_hint(client: Neuronpedia, emulator: EmulatorServer) -> None:
    emulator.set_faults(script=["500"])
    with pytest.raises(InternalServerError) as raised:
        client.lists.list_owned()
    assert raised.value.hint is None


def test_async_client_has_aclose(emulator: EmulatorServer) -> None:
    async def run() -> bool:
        np = AsyncNeuronpedia(base_url=emulator.base_url, api_key=emulator.api_key)
        await np.features.get("gpt2-small", "6-res-jb", 42)
        await np.aclose()
        return bool(np._http.is_closed)

    assert asyncio.run(run())
