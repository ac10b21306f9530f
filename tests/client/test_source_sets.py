"""client.source_sets against the emulator, sync and async, plus the official ``SourceSet`` names."""

from __future__ import annotations

import httpx
import pytest

from neuronpedia_ext import APIKeyMissingError, AsyncNeuronpedia, BadRequestError, InvalidRequestError, Neuronpedia
from neuronpedia_ext.compat.requests_models import SourceSetRequest
from neuronpedia_ext.emulator.server import EmulatorServer
from neuronpedia_ext.models.models import SourceSet


def test_get_source_set(anon_client: Neuronpedia) -> None:
    res_jb = anon_client.source_sets.get("gpt2-small", "res-jb")
    assert res_jb is not None
    assert (res_jb.name, res_jb.model_id, res_jb.description) == ("res-jb", "gpt2-small", "Residual Stream - 24k")
    assert res_jb.creator_name == "Joseph Bloom"
    assert [s.id for s in res_jb.sources][:3] == ["0-res-jb", "1-res-jb", "2-res-jb"]
    layer6 = res_jb.get_source_for_layer_number(6)
    assert (layer6.id, layer6.model_id, layer6.set_name) == ("6-res-jb", "gpt2-small", "res-jb")
    assert layer6.saelens_release == "gpt2-small-res-jb"
    assert res_jb.model is not None and res_jb.model.layers == 12
    with pytest.raises(ValueError, match="layer 99"):
        res_jb.get_source_for_layer_number(99)


def test_missing_source_set_is_none(client: Neuronpedia) -> None:
    assert client.source_sets.get("gpt2-small", "no-such-set") is None


def test_new_source_set(client: Neuronpedia) -> None:
    client.models.new("pup-model-3", 3)
    created = client.source_sets.new("puppyscope", "pup-model-3", "Puppy SAEs", "https://example.com/pup")
    assert (created.name, created.model_id, created.description, created.url) == (
        "puppyscope",
        "pup-model-3",
        "Puppy SAEs",
        "https://example.com/pup",
    )
    assert created.visibility == "UNLISTED"
    assert created.sources == []  # upstream re-reads the new set anonymously
    fetched = client.source_sets.get("pup-model-3", "puppyscope")
    assert fetched is not None
    assert [s.id for s in fetched.sources] == ["0-puppyscope", "1-puppyscope", "2-puppyscope"]
    with pytest.raises(BadRequestError, match="already exists"):
        client.source_sets.new("puppyscope", "pup-model-3")


def test_new_source_set_description_defaults_to_name(client: Neuronpedia) -> None:
    created = client.source_sets.new("nameonly", "gpt2-small")
    assert created.description == "nameonly"


def test_new_source_set_on_unknown_model(client: Neuronpedia) -> None:
    with pytest.raises(BadRequestError, match="Model not found"):
        client.source_sets.new("orphan", "no-such-model")


def test_new_source_set_needs_a_key(anon_client: Neuronpedia, emulator: EmulatorServer) -> None:
    with pytest.raises(APIKeyMissingError):
        anon_client.source_sets.new("nokey", "gpt2-small")
    assert emulator.request_count("/api/source-set/new") == 0


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda np: np.source_sets.new("Upper", "gpt2-small"), r"^name must match"),
        (lambda np: np.source_sets.new("neurons", "gpt2-small"), r"^name must match"),
        (lambda np: np.source_sets.new("a--b", "gpt2-small"), r"^name must match"),
        (lambda np: np.source_sets.new("ok", ""), "model_id"),
        (lambda np: np.source_sets.new("ok", "gpt2-small", "x" * 129), "description"),
        (lambda np: np.source_sets.new("ok", "gpt2-small", None, "ftp:/x"), "url"),
        (lambda np: np.source_sets.get("gpt2-small", "a/b"), "name"),
        (lambda np: np.source_sets.get("", "res-jb"), "model_id"),
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


async def test_async_source_sets(aclient: AsyncNeuronpedia) -> None:
    await aclient.models.new("async-pup", 2)
    created = await aclient.source_sets.new("asyncscope", "async-pup")
    assert (created.name, created.model_id, created.url) == ("asyncscope", "async-pup", None)
    fetched = await aclient.source_sets.get("async-pup", "asyncscope")
    assert fetched is not None and [s.id for s in fetched.sources] == ["0-asyncscope", "1-asyncscope"]
    assert await aclient.source_sets.get("async-pup", "missing") is None


def test_official_source_set_names(emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEURONPEDIA_BASE_URL", emulator.base_url)
    monkeypatch.setenv("NEURONPEDIA_API_KEY", emulator.api_key)
    from neuronpedia_ext.models.models import Model

    Model.new("official-pup", 2)
    created = SourceSet.new("offscope", "official-pup", "official style")
    assert (created.name, created.model_id, created.description) == ("offscope", "official-pup", "official style")
    fetched = SourceSet.get("official-pup", "offscope")
    assert fetched is not None
    assert fetched.get_source_for_layer_number(1).id == "1-offscope"
    assert SourceSet.get("official-pup", "nothing-here") is None

    request = SourceSetRequest(api_key=emulator.api_key)
    again = request.get("gpt2-small", "res-jb")
    assert again is not None and again.url is None and len(again.sources) == 12
    assert request.new("reqscope", "official-pup").name == "reqscope"

    parsed = SourceSet.from_np_db_json(
        {
            "name": "res-jb",
            "modelId": "gpt2-small",
            "description": "Residual Stream - 24k",
            "urls": ["https://example.com/a", "https://example.com/b"],
            "sources": [{"id": "0-res-jb", "modelId": "gpt2-small", "setName": "res-jb"}],
        }
    )
    assert parsed.url == "https://example.com/a"
    assert parsed.get_source_for_layer_number(0).model_id == "gpt2-small"
    # official-style positional construction
    assert SourceSet("n", "m", "d", None, []).description == "d"

    opened: list[str] = []

    def fake_open(url: str, *args: object, **kwargs: object) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr("webbrowser.open", fake_open)
    fetched.open_in_browser()
    assert opened == [f"{emulator.base_url}/official-pup/offscope"]
