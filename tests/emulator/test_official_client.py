"""The official ``neuronpedia`` client (1.2.1) against the emulator: its main flows work unchanged."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from neuronpedia_ext.emulator import EmulatorServer

neuronpedia = pytest.importorskip("neuronpedia")

from neuronpedia.np_activation import Activation  # noqa: E402
from neuronpedia.np_list import NPList, NPListItem  # noqa: E402
from neuronpedia.np_sae_feature import SAEFeature  # noqa: E402
from neuronpedia.np_vector import NPVector  # noqa: E402
from neuronpedia.requests.activation_request import ActivationRequest  # noqa: E402
from neuronpedia.requests.base_request import NPRequest  # noqa: E402


@pytest.fixture
def official(emu: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[EmulatorServer]:
    monkeypatch.setattr(NPRequest, "BASE_URL", emu.api_url)
    monkeypatch.setenv("NEURONPEDIA_API_KEY", emu.api_key)
    yield emu


def test_vector_lifecycle_and_steering(official: EmulatorServer) -> None:
    values = [0.001 * i for i in range(768)]
    vector = NPVector.new(
        label="formal",
        model_id="gpt2-small",
        layer_num=6,
        hook_type="hook_resid_pre",
        vector=values,
        default_steer_strength=12,
    )
    assert vector.source == "6-neuronpedia-resid-pre"
    assert 90_000_000 <= int(vector.index) <= 179_999_999
    fetched = NPVector.get("gpt2-small", vector.source, vector.index)
    assert fetched.values == pytest.approx(values)
    assert fetched.label == "formal"
    owned = NPVector.get_owned()
    assert [v.index for v in owned] == [vector.index]

    completion = vector.steer_completion("The most iconic structure on Earth is")
    assert completion["STEERED"].startswith("[emulated]")
    assert completion["shareUrl"].endswith(completion["id"])
    again = vector.steer_completion("The most iconic structure on Earth is")
    assert again == completion  # identical request -> the saved outputs
    # the client adds a trailing slash; the emulator redirects with 308 like Next.js
    assert official.request_count("/api/steer/") == 2
    assert official.request_count("/api/steer") == 2

    activation = vector.compute_activation_for_text("Dear Sir, I write to you.")
    assert activation.tokens[0] == "<|endoftext|>"
    assert len(activation.tokens) == len(activation.values)
    upload = vector.upload_activations(
        [
            Activation(
                modelId="gpt2-small",
                source=vector.source,
                index=vector.index,
                tokens=["<|endoftext|>", "Dear", " Sir"],
                values=[0, 1.5, 3.0],
            )
        ]
    )
    assert upload == {"message": "1 activations created."}

    assert vector.delete() == {"message": "Success"}
    assert NPVector.get_owned() == []


def test_steer_chat_with_gemma_vector(official: EmulatorServer) -> None:
    vector = NPVector.new(
        label="dinosaurs",
        model_id="gemma-2-2b-it",
        layer_num=20,
        hook_type="hook_resid_pre",
        vector=[0.01] * 2304,
        default_steer_strength=44,
    )
    result = vector.steer_chat([{"role": "user", "content": "Write a one sentence story."}])
    steered = result["STEERED"]
    assert steered["raw"].startswith("<bos><start_of_turn>user\nWrite a one sentence story.")
    assert steered["chatTemplate"][-1]["role"] == "model"
    assert steered["chatTemplate"][-1]["content"].startswith("[emulated]")
    assert result["settings"]["steer_method"] == "SIMPLE_ADDITIVE"


def test_sae_feature_get(official: EmulatorServer) -> None:
    feature = SAEFeature.get("gpt2-small", "0-res-jb", "14057")
    data = json.loads(feature.jsonData)
    assert data["index"] == "14057"
    assert len(data["activations"]) == 24
    assert data["explanations"][0]["description"]


def test_lists(official: EmulatorServer) -> None:
    created = NPList.new("Food features", "cooking")
    assert created.name == "Food features"
    created.add_items([NPListItem(model_id="gpt2-small", source="0-res-jb", index="14057", description="food")])
    fetched = NPList.get(created.id)
    assert [(i.source, i.index) for i in fetched.items] == [("0-res-jb", "14057")]
    assert [lst.id for lst in NPList.get_owned()] == [created.id]


def test_activation_compute_for_texts(official: EmulatorServer) -> None:
    acts = ActivationRequest().compute_activation_for_texts(
        "gpt2-small", "0-res-jb", "14057", ["The Jedi wield lightsabers.", "The Force is strong."]
    )
    assert len(acts) == 2
    assert all(len(a.tokens) == len(a.values) for a in acts)
    single = ActivationRequest().compute_activation_for_text(
        "gpt2-small", "0-res-jb", "14057", "The Jedi wield lightsabers."
    )
    assert single.values == acts[0].values  # deterministic stand-in
