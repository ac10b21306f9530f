"""client.models against the emulator, sync and async, plus the official ``Model`` names."""

from __future__ import annotations

import httpx
import pytest

from neuronpedia_ext import APIKeyMissingError, AsyncNeuronpedia, BadRequestError, InvalidRequestError, Neuronpedia
from neuronpedia_ext.compat.requests_models import ModelRequest
from neuronpedia_ext.emulator.server import EmulatorServer
from neuronpedia_ext.models.models import Model


def test_list_models_with_source_sets(client: Neuronpedia) -> None:
    models = {m.id: m for m in client.models.list()}
    assert {"gpt2-small", "gemma-2-2b"} <= set(models)
    gpt2 = models["gpt2-small"]
    assert (gpt2.layers, gpt2.display_name, gpt2.url) == (12, "GPT2-Small", "https://openai.com")
    assert gpt2.default_source_set_name == "res-jb"
    res_jb = next(s for s in gpt2.source_sets if s.name == "res-jb")
    assert res_jb.model_id == "gpt2-small"
    assert "0-res-jb" in {s.id for s in res_jb.sources}
    assert res_jb.get_source_for_layer_number(0).set_name == "res-jb"
    assert gpt2.page_url == f"{client.base_url}/gpt2-small"


def test_new_model(client: Neuronpedia) -> None:
    created = client.models.new("my-tiny-model", 4, "My Tiny Model", "https://example.com/tiny")
    assert (created.id, created.layers, created.display_name, created.url) == (
        "my-tiny-model",
        4,
        "My Tiny Model",
        "https://example.com/tiny",
    )
    assert created.visibility == "UNLISTED"
    assert created.owner == "custom"
    assert created.created_at is not None
    assert "my-tiny-model" in {m.id for m in client.models.list()}
    with pytest.raises(BadRequestError, match="already exists"):
        client.models.new("my-tiny-model", 4)


def test_new_model_defaults_display_name_to_id(client: Neuronpedia) -> None:
    created = client.models.new("plain-model", 2)
    assert (created.display_name, created.url) == ("plain-model", None)


def test_new_model_needs_a_key(anon_client: Neuronpedia, emulator: EmulatorServer) -> None:
    with pytest.raises(APIKeyMissingError):
        anon_client.models.new("no-key-model", 2)
    assert emulator.request_count("/api/model/new") == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("Bad_Id", 2), r"^id must match"),
        (("a--b", 2), r"^id must match"),
        (("x", 2), r"^id must be 2 to 32 characters"),
        (("ok-model", 0), "layers"),
        (("ok-model", 128), "layers"),
        (("ok-model", True), "layers"),
        (("ok-model", 2, ""), "display_name"),
        (("ok-model", 2, None, "not a url"), "url"),
    ],
)
def test_bad_input_is_rejected_before_sending(args: tuple[object, ...], message: str) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent {request.method} {request.url}")

    with (
        Neuronpedia(base_url="http://127.0.0.1:9", api_key="k", transport=httpx.MockTransport(refuse)) as np,
        pytest.raises(InvalidRequestError, match=message),
    ):
        np.models.new(*args)  # type: ignore[arg-type]


async def test_async_models(aclient: AsyncNeuronpedia) -> None:
    created = await aclient.models.new("async-model", 3, "Async Model")
    assert (created.id, created.layers, created.display_name) == ("async-model", 3, "Async Model")
    listed = {m.id: m for m in await aclient.models.list()}
    assert listed["async-model"].layers == 3
    assert listed["gpt2-small"].dimension == 768


def test_official_model_names(emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEURONPEDIA_BASE_URL", emulator.base_url)
    monkeypatch.setenv("NEURONPEDIA_API_KEY", emulator.api_key)
    model = Model.new("official-model", 6, "Official", "https://example.com/o")
    assert (model.id, model.layers, model.display_name, model.url) == (
        "official-model",
        6,
        "Official",
        "https://example.com/o",
    )
    via_request = ModelRequest(api_key=emulator.api_key).new("official-two", 2)
    assert (via_request.id, via_request.layers) == ("official-two", 2)
    # official-style construction keeps working
    assert Model("m", 3, "M", None) == Model(id="m", layers=3, display_name="M", url=None)

    opened: list[str] = []

    def fake_open(url: str, *args: object, **kwargs: object) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr("webbrowser.open", fake_open)
    model.open_in_browser()
    Model("elsewhere", 1).open_in_browser()
    assert opened == [f"{emulator.base_url}/official-model", f"{emulator.base_url}/elsewhere"]
