"""client.vectors against the emulator, sync and async, plus NPVector, VectorRequest and sample_data."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from typing import Any

import httpx
import numpy as np
import pytest

from neuronpedia_ext import APIKeyMissingError, AsyncNeuronpedia, InvalidRequestError, Neuronpedia, api_key
from neuronpedia_ext.compat.requests_vectors import VectorRequest
from neuronpedia_ext.emulator.server import EmulatorServer
from neuronpedia_ext.models.activations import Activation
from neuronpedia_ext.models.vectors import KNOWN_MODEL_SHAPES, NPVector
from neuronpedia_ext.sample_data import (
    GEMMA2_2B_IT_DINOSAURS_VECTOR,
    GPT2_SMALL_RES_JB_JEDI_VECTOR,
    synthetic_vector,
)

JEDI = GPT2_SMALL_RES_JB_JEDI_VECTOR


class FakeTensor:
    """Duck-types a torch tensor on some device: detach() -> cpu() -> tolist()."""

    def __init__(self, values: list[float], device: str = "cuda:0") -> None:
        self.values = values
        self.device = device
        self.calls: list[str] = []

    def detach(self) -> FakeTensor:
        self.calls.append("detach")
        return self

    def cpu(self) -> FakeTensor:
        self.calls.append("cpu")
        self.device = "cpu"
        return self

    def tolist(self) -> list[float]:
        assert self.device == "cpu", "tolist() before cpu()"
        return list(self.values)


@pytest.fixture
def use_emulator(emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> EmulatorServer:
    """Official-style names (no client object) talk to the emulator with its key."""
    monkeypatch.setenv("NEURONPEDIA_BASE_URL", emulator.base_url)
    monkeypatch.setenv("NEURONPEDIA_API_KEY", emulator.api_key)
    return emulator


def refusing_client() -> Neuronpedia:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent {request.method} {request.url}")

    return Neuronpedia(base_url="http://127.0.0.1:9", api_key="k", transport=httpx.MockTransport(refuse))


# --------------------------------------------------------------------------- client.vectors


def test_vector_lifecycle(client: Neuronpedia, emulator: EmulatorServer) -> None:
    created = client.vectors.new("jedi", "gpt2-small", 6, "hook_resid_pre", JEDI, default_steer_strength=12.5)
    assert created.label == "jedi"
    assert created.model_id == "gpt2-small"
    assert created.source == "6-neuronpedia-resid-pre"
    assert 90_000_000 <= int(created.index) < 180_000_000
    assert created.values == JEDI
    assert created.hook_name == "blocks.6.hook_resid_pre"
    assert created.default_steer_strength == 12.5
    assert created.url == f"{emulator.base_url}/gpt2-small/6-neuronpedia-resid-pre/{created.index}"
    assert created.created_at is not None and created.created_at.tzinfo is not None

    fetched = client.vectors.get(created.model_id, created.source, created.index)
    assert fetched == created
    assert fetched.url == created.url  # the page, not .../api/...
    assert "/api/" not in (fetched.url or "")
    assert fetched.creator_id == "cltestuser0000000000000001"
    by_id = client.vectors.get(f"gpt2-small/{created.source}/{created.index}")
    assert by_id == created

    owned = client.vectors.list_owned()
    assert [v.index for v in owned] == [created.index]
    assert owned[0].values == JEDI

    client.vectors.delete(created)
    assert client.vectors.list_owned() == []
    assert emulator.request_count("/api/vector/delete") == 1


def test_resid_post_and_delete_by_id(client: Neuronpedia) -> None:
    created = client.vectors.new("post", "gpt2-small", 11, "hook_resid_post", JEDI)
    assert created.source == "11-neuronpedia-resid-post"
    assert created.hook_name == "blocks.11.hook_resid_post"
    assert created.default_steer_strength == 10
    client.vectors.delete(created.model_id, created.source, created.index)
    assert client.vectors.list_owned() == []


def test_numpy_and_tensor_vectors(client: Neuronpedia) -> None:
    as_numpy = client.vectors.new("numpy", "gpt2-small", 3, "hook_resid_pre", np.asarray(JEDI, dtype=np.float32))
    assert len(as_numpy.values) == 768
    assert all(isinstance(v, float) for v in as_numpy.values)
    assert as_numpy.values == pytest.approx(JEDI, abs=1e-6)

    tensor = FakeTensor(JEDI)
    as_tensor = client.vectors.new("tensor", "gpt2-small", 3, "hook_resid_pre", tensor)
    assert tensor.calls == ["detach", "cpu"]
    assert as_tensor.values == JEDI

    scalars = client.vectors.new("np scalars", "gpt2-small", 3, "hook_resid_pre", [np.float64(v) for v in JEDI])
    assert scalars.values == JEDI


def test_get_sae_feature_decoder_vector(client: Neuronpedia) -> None:
    decoder = client.vectors.get("gpt2-small", "6-res-jb", 1024)
    assert (decoder.model_id, decoder.source, decoder.index) == ("gpt2-small", "6-res-jb", 1024)
    assert decoder.label == ""
    assert decoder.default_steer_strength == 10
    assert len(decoder.values) == 768
    assert decoder.created_at is None and decoder.creator_id is None
    assert decoder.hook_name == "blocks.6.hook_resid_pre"


def test_list_owned_and_new_need_a_key(anon_client: Neuronpedia, emulator: EmulatorServer) -> None:
    with pytest.raises(APIKeyMissingError):
        anon_client.vectors.new("x", "gpt2-small", 0, "hook_resid_pre", JEDI)
    with pytest.raises(APIKeyMissingError):
        anon_client.vectors.list_owned()
    with pytest.raises(APIKeyMissingError):
        anon_client.vectors.delete("gpt2-small/6-neuronpedia-resid-pre/100000000")
    assert emulator.request_count() == 0
    # get needs none
    assert anon_client.vectors.get("gpt2-small", "6-res-jb", "42").index == 42


NAN_VECTOR = [*JEDI[:767], math.nan]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda np_: np_.vectors.new("x", "gpt2-small", 0, "hook_resid_pre", NAN_VECTOR), r"vector\[767\] is nan"),
        (lambda np_: np_.vectors.new("x", "gpt2-small", 0, "hook_resid_pre", [math.inf] * 768), "infinity"),
        (lambda np_: np_.vectors.new("x", "gpt2-small", 0, "hook_resid_pre", JEDI[:767]), "dimension 768"),
        (lambda np_: np_.vectors.new("x", "gemma-2-2b-it", 0, "hook_resid_pre", JEDI), "dimension 2304"),
        (lambda np_: np_.vectors.new("x", "gpt2-small", 12, "hook_resid_pre", JEDI), "12 layers"),
        (lambda np_: np_.vectors.new("x", "gpt2-small", -1, "hook_resid_pre", JEDI), "non-negative"),
        (lambda np_: np_.vectors.new("x", "gpt2-small", True, "hook_resid_pre", JEDI), "integer"),
        (lambda np_: np_.vectors.new("x", "gpt2-small", 0, "resid-pre", JEDI), "Invalid hook name"),
        (lambda np_: np_.vectors.new("", "gpt2-small", 0, "hook_resid_pre", JEDI), "label"),
        (lambda np_: np_.vectors.new("x", "gpt2-small", 0, "hook_resid_pre", JEDI, 301), r"\[-300, 300\]"),
        (lambda np_: np_.vectors.new("x", "my-model", 0, "hook_resid_pre", []), "empty"),
        (lambda np_: np_.vectors.new("x", "gpt2-small", 0, "hook_resid_pre", "0.1,0.2"), "sequence of numbers"),
        (lambda np_: np_.vectors.new("x", "gpt2-small", 0, "hook_resid_pre", ["a"] * 768), r"vector\[0\]"),
        (lambda np_: np_.vectors.get("gpt2-small", "6-res-jb", "abc"), "non-negative integer"),
        (lambda np_: np_.vectors.get("gpt2-small/6-res-jb"), "feature id"),
        (lambda np_: np_.vectors.delete("gpt2-small", "6-res-jb"), "either"),
    ],
)
def test_bad_input_is_rejected_before_sending(call: Callable[[Neuronpedia], Any], message: str) -> None:
    with refusing_client() as np_, pytest.raises(InvalidRequestError, match=message):
        call(np_)


def test_invalid_request_error_is_a_value_error() -> None:
    with refusing_client() as np_, pytest.raises(ValueError, match="Invalid hook name"):
        np_.vectors.new("x", "gpt2-small", 0, "hook_z", JEDI)


def test_unknown_model_is_left_to_the_server(client: Neuronpedia) -> None:
    from neuronpedia_ext import BadRequestError

    assert "my-own-model" not in KNOWN_MODEL_SHAPES
    with pytest.raises(BadRequestError, match="Model not found"):
        client.vectors.new("x", "my-own-model", 0, "hook_resid_pre", [0.1, 0.2])


async def test_async_vector_lifecycle(aclient: AsyncNeuronpedia, emulator: EmulatorServer) -> None:
    created = await aclient.vectors.new(
        "dinosaurs", "gemma-2-2b-it", 20, "hook_resid_pre", GEMMA2_2B_IT_DINOSAURS_VECTOR, 44
    )
    assert created.source == "20-neuronpedia-resid-pre"
    assert created.default_steer_strength == 44
    assert created.url == f"{emulator.base_url}/gemma-2-2b-it/20-neuronpedia-resid-pre/{created.index}"
    fetched = await aclient.vectors.get(created.model_id, created.source, created.index)
    assert fetched == created
    assert [v.index for v in await aclient.vectors.list_owned()] == [created.index]
    await aclient.vectors.delete(created)
    assert await aclient.vectors.list_owned() == []
    decoder = await aclient.vectors.get("gpt2-small/6-res-jb/42")
    assert len(decoder.values) == 768


async def test_async_bad_input_is_rejected_before_sending() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent {request.method} {request.url}")

    async with AsyncNeuronpedia(
        base_url="http://127.0.0.1:9", api_key="k", transport=httpx.MockTransport(refuse)
    ) as np_:
        with pytest.raises(InvalidRequestError, match="dimension 768"):
            await np_.vectors.new("x", "gpt2-small", 0, "hook_resid_pre", [0.5] * 10)


def test_with_raw_response(client: Neuronpedia) -> None:
    created = client.vectors.new("raw", "gpt2-small", 1, "hook_resid_pre", JEDI)
    raw = client.with_raw_response.vectors.get(created.model_id, created.source, created.index)
    assert raw.status_code == 200
    assert raw.json()["vector"]["vectorLabel"] == "raw"
    assert raw.parsed == created


# --------------------------------------------------------------------------- NPVector (official names)


def test_seed_example_runs_unchanged(use_emulator: EmulatorServer, capsys: pytest.CaptureFixture[str]) -> None:
    # The official README example; only the import lines differ.
    from neuronpedia_ext.models.vectors import NPVector
    from neuronpedia_ext.sample_data import GEMMA2_2B_IT_DINOSAURS_VECTOR

    np_vector = NPVector.new(
        label="dinosaurs",
        model_id="gemma-2-2b-it",
        layer_num=20,
        hook_type="hook_resid_pre",
        vector=GEMMA2_2B_IT_DINOSAURS_VECTOR,
        default_steer_strength=44,
    )
    responseJson = np_vector.steer_chat(
        steered_chat_messages=[{"role": "user", "content": "Write a one sentence story."}]
    )
    print(json.dumps(responseJson, indent=2))
    print("UI Steering at: " + responseJson["shareUrl"])

    out = capsys.readouterr().out
    assert f"UI Steering at: {use_emulator.base_url}/steer/{responseJson['id']}" in out
    assert json.loads(out[: out.rindex("UI Steering at:")]) == responseJson
    assert set(responseJson) >= {"STEERED", "DEFAULT", "shareUrl", "id", "settings"}
    assert responseJson["STEERED"]["chatTemplate"][0] == {"content": "Write a one sentence story.", "role": "user"}
    assert responseJson["STEERED"]["raw"] != responseJson["DEFAULT"]["raw"]
    assert use_emulator.request_count("/api/vector/new") == 1
    assert use_emulator.request_count("/api/steer-chat") == 1


def test_npvector_official_methods(use_emulator: EmulatorServer, capsys: pytest.CaptureFixture[str]) -> None:
    vector = NPVector.new("jedi", "gpt2-small", 6, "hook_resid_pre", JEDI)
    assert vector.default_steer_strength == 10
    assert NPVector.get(vector.model_id, vector.source, vector.index) == vector
    assert [v.index for v in NPVector.get_owned()] == [vector.index]

    completion = vector.steer_completion("The weather today is")
    assert completion["STEERED"].startswith("[emulated]")
    assert completion["shareUrl"] == f"{use_emulator.base_url}/steer/{completion['id']}"

    activation = vector.compute_activation_for_text("May the force be with you")
    assert isinstance(activation, Activation)
    assert (activation.modelId, activation.source, activation.index) == (
        "gpt2-small",
        vector.source,
        vector.index,
    )
    assert len(activation.tokens) == len(activation.values) > 0

    uploaded = vector.upload_activations(
        [Activation("gpt2-small", vector.source, int(vector.index), ["a", "b"], [0.5, 1])]
    )
    assert uploaded.uploaded == 1

    assert vector.delete() == {"message": "Success"}
    assert NPVector.get_owned() == []
    assert capsys.readouterr().out == ""  # library code never prints


def test_npvector_is_mutable_and_steers_at_its_current_strength(use_emulator: EmulatorServer) -> None:
    vector = NPVector.new("jedi", "gpt2-small", 6, "hook_resid_pre", JEDI, default_steer_strength=5)
    first = vector.steer_completion("Hello")
    vector.default_steer_strength = 50
    second = vector.steer_completion("Hello")
    assert first["id"] != second["id"]  # a different strength is a different (uncached) request
    assert first["DEFAULT"] == second["DEFAULT"]


def test_npvector_construction_url_and_equality(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEURONPEDIA_BASE_URL", raising=False)
    monkeypatch.setenv("USE_LOCALHOST", "false")  # the official class switched to localhost here
    v = NPVector("l", "gpt2-small", "6-neuronpedia-resid-pre", 123, np.array([0.25, 0.5]), "blocks.6.hook_resid_pre", 3)
    assert v.url == "https://www.neuronpedia.org/gpt2-small/6-neuronpedia-resid-pre/123"
    assert v.index == 123
    assert v.values == [0.25, 0.5]
    same = NPVector(
        "l", "gpt2-small", "6-neuronpedia-resid-pre", "123", [0.25, 0.5], "blocks.6.hook_resid_pre", 3, url="x"
    )
    assert v == same  # url is not compared, like the official __eq__
    assert v != NPVector("l", "gpt2-small", "6-neuronpedia-resid-pre", "123", [0.25, 0.6], "blocks.6.hook_resid_pre", 3)
    monkeypatch.setenv("USE_LOCALHOST", "true")
    local = NPVector("l", "gpt2-small", "s", "1", [0.0], "h", None)
    assert local.url == "http://localhost:3000/gpt2-small/s/1"
    with pytest.raises(InvalidRequestError, match="nan"):
        NPVector("l", "m", "s", "1", [math.nan], "h", None)
    assert "768 floats" in repr(NPVector("l", "m", "s", "1", JEDI, "h", None))


# --------------------------------------------------------------------------- VectorRequest


def test_vector_request_with_explicit_key(emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEURONPEDIA_BASE_URL", emulator.base_url)
    monkeypatch.delenv("NEURONPEDIA_API_KEY", raising=False)
    request = VectorRequest(api_key=emulator.api_key)
    vector = request.new("req", "gpt2-small", 2, "hook_resid_post", np.asarray(JEDI))
    assert vector.source == "2-neuronpedia-resid-post"
    assert request.get(vector.model_id, vector.source, vector.index).values == pytest.approx(JEDI)
    assert [v.label for v in request.get_owned()] == ["req"]
    assert request.delete(vector) == {"message": "Success"}
    assert request.get_owned() == []
    with pytest.raises(ValueError, match="Invalid hook name"):
        request.new("req", "gpt2-small", 2, "hook_resid_mid", JEDI)
    assert emulator.request_count("/api/vector/new") == 1


def test_vector_request_without_key_refuses_writes(emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEURONPEDIA_BASE_URL", emulator.base_url)
    monkeypatch.delenv("NEURONPEDIA_API_KEY", raising=False)
    with pytest.raises(APIKeyMissingError):
        VectorRequest().get_owned()
    assert VectorRequest().get("gpt2-small", "6-res-jb", "7").index == 7  # reads need no key
    with api_key(emulator.api_key):
        assert VectorRequest().get_owned() == []


# --------------------------------------------------------------------------- sample_data


def test_sample_vectors_are_synthetic_unit_vectors_of_the_right_width() -> None:
    assert len(GEMMA2_2B_IT_DINOSAURS_VECTOR) == 2304 == KNOWN_MODEL_SHAPES["gemma-2-2b-it"].dimension
    assert len(GPT2_SMALL_RES_JB_JEDI_VECTOR) == 768 == KNOWN_MODEL_SHAPES["gpt2-small"].dimension
    for vector in (GEMMA2_2B_IT_DINOSAURS_VECTOR, GPT2_SMALL_RES_JB_JEDI_VECTOR):
        assert all(isinstance(v, float) and math.isfinite(v) for v in vector)
        assert math.sqrt(sum(v * v for v in vector)) == pytest.approx(1.0, abs=2e-3)
    # deterministic, and the two differ
    assert synthetic_vector(768, "neuronpedia-ext/gpt2-small/jedi") == GPT2_SMALL_RES_JB_JEDI_VECTOR
    assert GEMMA2_2B_IT_DINOSAURS_VECTOR[:768] != GPT2_SMALL_RES_JB_JEDI_VECTOR


def test_sample_vectors_are_not_the_official_data() -> None:
    official = pytest.importorskip("neuronpedia.sample_data")
    assert len(official.GEMMA2_2B_IT_DINOSAURS_VECTOR) == len(GEMMA2_2B_IT_DINOSAURS_VECTOR)
    same = sum(
        a == b for a, b in zip(official.GEMMA2_2B_IT_DINOSAURS_VECTOR, GEMMA2_2B_IT_DINOSAURS_VECTOR, strict=True)
    )
    assert same < 50  # only chance agreements of rounded values
