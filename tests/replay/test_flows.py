"""Real flows of neuronpedia_ext, replayed from cassettes/replay/test_flows/ (see conftest.py)."""

from __future__ import annotations

import pytest

from neuronpedia_ext import Neuronpedia, NotFoundError

pytestmark = [pytest.mark.vcr, pytest.mark.block_network]


def test_list_workflow(np_client: Neuronpedia, emulator_admin: object) -> None:
    """list new -> add features -> get -> remove -> delete."""
    lst = np_client.lists.new("contract replay list", "made by tests/replay", test_text="The cat sat.")
    assert lst.name == "contract replay list"
    added = np_client.lists.add_features(lst.id, ["gpt2-small/6-res-jb/1024", "gpt2-small/6-res-jb/42"])
    assert sorted(str(item.index) for item in added) == ["1024", "42"]
    got = np_client.lists.get(lst.id)
    assert got.id == lst.id
    assert len(got.items) == 2
    removed = np_client.lists.remove_feature(lst.id, "gpt2-small/6-res-jb/42")
    assert str(removed.index) == "42"
    assert [str(i.index) for i in np_client.lists.get(lst.id).items] == ["1024"]
    assert lst.id in [x.id for x in np_client.lists.list_owned()]
    assert np_client.lists.delete(lst.id) is True


def test_feature_get(np_client: Neuronpedia) -> None:
    feature = np_client.features.get("gpt2-small", "6-res-jb", 1024)
    assert (feature.model_id, feature.source, str(feature.index)) == ("gpt2-small", "6-res-jb", "1024")


def test_feature_batch_get(np_client: Neuronpedia) -> None:
    ids = ["gpt2-small/6-res-jb/1024", "gpt2-small/6-res-jb/42", "gpt2-small/6-res-jb/99999999"]
    results = np_client.features.get_many(ids, concurrency=1)
    assert len(results) == 3
    assert results[0].feature is not None and str(results[0].feature.index) == "1024"
    assert results[1].feature is not None
    assert results[2].feature is None and isinstance(results[2].error, NotFoundError)


def test_seed_flow(np_client: Neuronpedia, emulator_admin: object) -> None:
    """The seed example's flow: vector upload -> steer chat -> delete."""
    vec = np_client.vectors.new(
        "dinosaurs", "gemma-2-2b-it", 20, "hook_resid_pre", [0.01] * 2304, default_steer_strength=44
    )
    chat = np_client.steer.chat([{"role": "user", "content": "Write a one sentence story."}], [vec])
    assert chat.steered is not None and chat.default is not None
    assert chat.share_url and chat.id and chat.share_url.endswith(chat.id)
    assert chat.steered.chat_template[-1].role == "model"
    np_client.vectors.delete(vec)
    assert vec.index not in [v.index for v in np_client.vectors.list_owned()]


def test_search_pagination(np_client: Neuronpedia) -> None:
    """explanation search-all, page after page through next_offset."""
    first = np_client.search.explanations_all("the")
    assert first.has_more and first.next_offset == len(first.results) == 20
    second = np_client.search.explanations_all("the", offset=first.next_offset)
    assert second.offset == 20 and second.results
    assert {(r.source, r.index, r.description) for r in first.results}.isdisjoint(
        (r.source, r.index, r.description) for r in second.results
    )
    walked = list(np_client.search.iter_explanations_all("the", max_results=45))
    assert len(walked) == 45
    assert [(r.source, r.index) for r in walked[:20]] == [(r.source, r.index) for r in first.results]


def test_vector_roundtrip(np_client: Neuronpedia, emulator_admin: object) -> None:
    """Vector upload -> read back -> delete -> gone."""
    vec = np_client.vectors.new("contract replay vector", "gpt2-small", 6, "hook_resid_pre", [0.5] * 768)
    again = np_client.vectors.get(vec.model_id, vec.source, vec.index)
    assert again.label == "contract replay vector"
    assert len(again.values) == 768
    np_client.vectors.delete(vec)
    assert vec.index not in [v.index for v in np_client.vectors.list_owned()]
