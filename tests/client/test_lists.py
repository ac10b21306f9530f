"""client.lists and client.bookmarks against the emulator, sync and async, plus NPList."""

from __future__ import annotations

import httpx
import pytest

from neuronpedia_ext import (
    APIKeyMissingError,
    AsyncNeuronpedia,
    FeatureId,
    InvalidRequestError,
    Neuronpedia,
    NPList,
    NPListItem,
    api_key,
)
from neuronpedia_ext.emulator.server import EmulatorServer


def test_list_lifecycle(client: Neuronpedia) -> None:
    created = client.lists.new("dinosaur features", "things about dinosaurs")
    assert created.name == "dinosaur features"
    assert created.description == "things about dinosaurs"
    assert created.url and created.url.endswith(f"/list/{created.id}")

    added = client.lists.add_features(
        created.id,
        [
            "gpt2-small/6-res-jb/42",
            ("gpt2-small", "0-res-jb", 3),
            NPListItem("gpt2-small", "0-res-jb", "10", "a described one"),
        ],
    )
    assert [(i.model_id, i.source, i.index) for i in added] == [
        ("gpt2-small", "6-res-jb", 42),
        ("gpt2-small", "0-res-jb", 3),
        ("gpt2-small", "0-res-jb", 10),
    ]
    assert added[2].description == "a described one"

    fetched = client.lists.get(created.id)
    assert fetched.id == created.id
    assert {(i.source, i.index) for i in fetched.items} == {("6-res-jb", 42), ("0-res-jb", 3), ("0-res-jb", 10)}

    edited = client.lists.edit_feature(created.id, "gpt2-small/0-res-jb/3", "now described")
    assert edited.description == "now described"
    removed = client.lists.remove_feature(created.id, FeatureId("gpt2-small", "6-res-jb", "42"))
    assert (removed.source, removed.index) == ("6-res-jb", 42)
    assert len(client.lists.get(created.id).items) == 2

    renamed = client.lists.update(created.id, "renamed", "new description")
    assert (renamed.name, renamed.description) == ("renamed", "new description")
    assert created.id in {lst.id for lst in client.lists.list_owned()}

    assert client.lists.delete(created.id) is True
    assert created.id not in {lst.id for lst in client.lists.list_owned()}


def test_new_list_with_test_text(client: Neuronpedia) -> None:
    """`testText` on list creation becomes the list's default test text (a misspelt key would be dropped
    by the server, and is refused by the strict spec the validating transport checks with)."""
    created = client.lists.new("with a text", "", test_text="The dinosaur roared")
    assert created.default_test_text == "The dinosaur roared"
    assert client.lists.get(created.id).default_test_text == "The dinosaur roared"


def test_new_with_features(client: Neuronpedia) -> None:
    created = client.lists.new_with_features("two features", ["gpt2-small/0-res-jb/1", "gpt2-small/0-res-jb/2"])
    assert sorted(i.index for i in client.lists.get(created.id).items) == [1, 2]


def test_get_list_needs_no_key(client: Neuronpedia, anon_client: Neuronpedia) -> None:
    created = client.lists.new("public by id")
    assert anon_client.lists.get(created.id).name == "public by id"


def test_key_required_operations_refuse_before_sending(anon_client: Neuronpedia, emulator: EmulatorServer) -> None:
    before = emulator.request_count("/api/list/new")
    with pytest.raises(APIKeyMissingError, match="NEURONPEDIA_API_KEY"):
        anon_client.lists.new("no key")
    assert emulator.request_count("/api/list/new") == before


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda np: np.lists.new("   "), "name"),
        (lambda np: np.lists.add_features("some-id", []), "at least one"),
        (lambda np: np.lists.add_features("some-id", [f"gpt2-small/0-res-jb/{i}" for i in range(101)]), "100"),
        (lambda np: np.lists.add_features("some-id", ["not-a-feature"]), "feature id"),
        (lambda np: np.lists.remove_feature("some-id", "gpt2-small/0-res-jb/-1"), "non-negative"),
    ],
)
def test_bad_input_is_rejected_before_sending(call: object, message: str) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent {request.method} {request.url}")

    with (
        Neuronpedia(base_url="http://127.0.0.1:9", api_key="k", transport=httpx.MockTransport(refuse)) as np,
        pytest.raises(InvalidRequestError, match=message),
    ):
        call(np)  # type: ignore[operator]


def test_bookmarks(client: Neuronpedia) -> None:
    bookmark = client.bookmarks.add("https://www.neuronpedia.org/gpt2-small/0-res-jb/5")
    assert (bookmark.model_id, bookmark.source, bookmark.index) == ("gpt2-small", "0-res-jb", 5)
    assert client.bookmarks.delete("gpt2-small/0-res-jb/5") == 1
    assert client.bookmarks.delete("gpt2-small/0-res-jb/5") == 0


async def test_async_list_lifecycle(aclient: AsyncNeuronpedia) -> None:
    created = await aclient.lists.new("async list")
    await aclient.lists.add_features(created.id, ["gpt2-small/0-res-jb/7"])
    fetched = await aclient.lists.get(created.id)
    assert [i.index for i in fetched.items] == [7]
    edited = await aclient.lists.edit_feature(created.id, "gpt2-small/0-res-jb/7", "seven")
    assert edited.description == "seven"
    with_two = await aclient.lists.new_with_features("async two", ["gpt2-small/0-res-jb/8"])
    assert [i.index for i in (await aclient.lists.get(with_two.id)).items] == [8]
    assert (await aclient.lists.update(created.id, "async renamed")).name == "async renamed"
    assert created.id in {lst.id for lst in await aclient.lists.list_owned()}
    removed = await aclient.lists.remove_feature(created.id, "gpt2-small/0-res-jb/7")
    assert removed.index == 7
    assert await aclient.lists.delete(created.id) is True
    bookmark = await aclient.bookmarks.add("gpt2-small/0-res-jb/6")
    assert bookmark.index == 6
    assert await aclient.bookmarks.delete("gpt2-small/0-res-jb/6") == 1


def test_official_nplist_names(emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEURONPEDIA_BASE_URL", emulator.base_url)
    with api_key(emulator.api_key):
        np_list = NPList.new("official style", "made with NPList.new")
        returned = np_list.add_items([NPListItem("gpt2-small", "0-res-jb", "11", "eleven")])
        assert returned is np_list
        assert [(i.index, i.description) for i in np_list.items] == [(11, "eleven")]
        fetched = NPList.get(np_list.id)
        assert [(i.index, i.description) for i in fetched.items] == [(11, "eleven")]
        assert np_list.id in {lst.id for lst in NPList.get_owned()}
