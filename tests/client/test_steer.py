"""client.steer against the emulator (plain, streamed, logits), sync and async, plus the official
SteerChatRequest / SteerCompletionRequest / SteerFeature."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from neuronpedia_ext import (
    AsyncNeuronpedia,
    BadRequestError,
    FeatureId,
    InvalidRequestError,
    Neuronpedia,
)
from neuronpedia_ext.compat.requests_vectors import SteerChatRequest, SteerCompletionRequest
from neuronpedia_ext.emulator.server import EmulatorServer
from neuronpedia_ext.models.features import Feature
from neuronpedia_ext.models.steer import (
    SteerChatResult,
    SteerCompletionResult,
    SteerFeature,
    SteerLogitsFeature,
)
from neuronpedia_ext.models.vectors import NPVector
from neuronpedia_ext.sample_data import GPT2_SMALL_RES_JB_JEDI_VECTOR
from tests.support.validating import ValidatingTransport

MARK = "[emulated]"
WEATHER = "gpt2-small/6-res-jb/1024"


class RecordingTransport(httpx.BaseTransport):
    """Validates against the spec (like the fixtures) and keeps each JSON body sent."""

    def __init__(self) -> None:
        self.inner = ValidatingTransport()
        self.bodies: list[dict[str, Any]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        self.bodies.append(json.loads(request.content))
        return response


@pytest.fixture
def recorder(emulator: EmulatorServer) -> Iterator[tuple[Neuronpedia, RecordingTransport]]:
    transport = RecordingTransport()
    with Neuronpedia(base_url=emulator.base_url, api_key=emulator.api_key, max_retries=0, transport=transport) as np_:
        yield np_, transport


def refusing_client() -> Neuronpedia:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent {request.method} {request.url}")

    return Neuronpedia(base_url="http://127.0.0.1:9", api_key="k", transport=httpx.MockTransport(refuse))


def tokens_text(result_logprobs: Any) -> str:
    return "".join(lp.token for lp in result_logprobs)


# --------------------------------------------------------------------------- completion


def test_completion(client: Neuronpedia, emulator: EmulatorServer) -> None:
    result = client.steer.completion("The weather today is", [(WEATHER, 20)], n_tokens=12)
    assert isinstance(result, SteerCompletionResult)
    assert result.steered is not None and result.default is not None
    assert result.steered.startswith(MARK) and result.default.startswith(MARK)
    assert result.steered != result.default
    assert result.steered_logprobs is not None and len(result.steered_logprobs) == 12
    assert result.steered == MARK + tokens_text(result.steered_logprobs)
    assert result.default == MARK + tokens_text(result.default_logprobs)
    assert all(lp.top_logprobs is None for lp in result.steered_logprobs)
    assert result.id and result.share_url == f"{emulator.base_url}/steer/{result.id}"
    assert result.to_dict()["shareUrl"] == result.share_url
    assert result.to_dict()["steeredLogProbs"][0]["token"] == result.steered_logprobs[0].token

    again = client.steer.completion("The weather today is", [(WEATHER, 20)], n_tokens=12)
    assert again == result  # the server caches identical requests
    stronger = client.steer.completion("The weather today is", [(WEATHER, 80)], n_tokens=12)
    assert stronger.id != result.id and stronger.default == result.default


def test_completion_request_body(recorder: tuple[Neuronpedia, RecordingTransport]) -> None:
    np_, transport = recorder
    np_.steer.completion(
        "Hi",
        {FeatureId("gpt2-small", "6-res-jb", "1024"): 3, "gpt2-small/6-res-jb/42": -2.5},
        temperature=0,
        seed=7,
        strength_multiplier=2,
        n_tokens=4,
    )
    body = transport.bodies[-1]
    assert body["modelId"] == "gpt2-small"  # taken from the features
    assert body["features"] == [
        {"modelId": "gpt2-small", "layer": "6-res-jb", "index": "1024", "strength": 3.0},
        {"modelId": "gpt2-small", "layer": "6-res-jb", "index": "42", "strength": -2.5},
    ]
    assert (body["temperature"], body["seed"], body["strength_multiplier"], body["n_tokens"]) == (0, 7, 2, 4)
    assert "freq_penalty" not in body and "stream" not in body
    assert body["steer_method"] == "SIMPLE_ADDITIVE"


def test_steering_inputs_all_forms(recorder: tuple[Neuronpedia, RecordingTransport]) -> None:
    np_, transport = recorder
    vector = np_.vectors.new("v", "gpt2-small", 6, "hook_resid_pre", GPT2_SMALL_RES_JB_JEDI_VECTOR, 7)
    np_.steer.completion("Hi", vector, n_tokens=2)  # one NPVector alone
    assert transport.bodies[-1]["features"] == [
        {"modelId": "gpt2-small", "layer": vector.source, "index": str(vector.index), "strength": 7.0}
    ]
    np_.steer.completion(
        "Hi",
        [
            SteerFeature(modelId="gpt2-small", source="6-res-jb", index=1024, strength=4),
            ("gpt2-small", "6-res-jb", 42, 5),
            {"modelId": "gpt2-small", "layer": "6-res-jb", "index": "512", "strength": 6},
            ("https://www.neuronpedia.org/gpt2-small/6-res-jb/9999", 8),
        ],
        n_tokens=2,
    )
    sent = [(f["index"], f["strength"]) for f in transport.bodies[-1]["features"]]
    assert sent == [("1024", 4.0), ("42", 5.0), ("512", 6.0), ("9999", 8.0)]


def test_mixing_vectors_and_sae_features_is_a_server_400(client: Neuronpedia) -> None:
    vector = client.vectors.new("v", "gpt2-small", 6, "hook_resid_pre", GPT2_SMALL_RES_JB_JEDI_VECTOR)
    with pytest.raises(BadRequestError) as info:
        client.steer.completion("Hi", [vector, (WEATHER, 3)], n_tokens=2)
    assert info.value.status_code == 400


def test_completion_stream(client: Neuronpedia, emulator: EmulatorServer) -> None:
    frames = list(client.steer.completion_stream("Once upon a time", [(WEATHER, 10)], n_tokens=6))
    assert len(frames) == 7  # one per token, then the saved result
    assert all(f.id is None for f in frames[:-1])
    final = frames[-1]
    assert final.id and final.share_url == f"{emulator.base_url}/steer/{final.id}"
    assert final.steered is not None
    for frame in frames[:-1]:
        assert frame.steered is not None and final.steered.startswith(frame.steered)
    assert [len(f.steered_logprobs or []) for f in frames[:-1]] == [1, 2, 3, 4, 5, 6]
    # the same request unstreamed answers the saved result
    plain = client.steer.completion("Once upon a time", [(WEATHER, 10)], n_tokens=6)
    assert plain.id == final.id and plain.steered == final.steered
    assert emulator.request_count("/api/steer") == 2


def test_stream_checks_arguments_before_iterating(emulator: EmulatorServer) -> None:
    with refusing_client() as np_, pytest.raises(InvalidRequestError, match="prompt"):
        np_.steer.completion_stream("", [(WEATHER, 10)])  # raised at the call, not at next()


def test_stream_stops_early_and_closes(client: Neuronpedia) -> None:
    stream = client.steer.completion_stream("Early stop", [(WEATHER, 10)], n_tokens=20)
    first = next(iter(stream))
    assert first.steered is not None and first.id is None
    stream.close()  # type: ignore[attr-defined]
    # the connection went back to the pool: the client still works
    assert client.steer.completion("Early stop", [(WEATHER, 10)], n_tokens=3).id


def test_cached_stream_is_one_plain_json_frame(client: Neuronpedia, emulator: EmulatorServer) -> None:
    saved = client.steer.completion("Cached", [(WEATHER, 10)], n_tokens=3)
    frames = list(client.steer.completion_stream("Cached", [(WEATHER, 10)], n_tokens=3))
    assert frames == [saved]


def _mock_stream_client(content_type: str, body: bytes) -> Neuronpedia:
    def answer(request: httpx.Request) -> httpx.Response:
        assert json.loads(request.content)["stream"] is True
        return httpx.Response(200, headers={"content-type": content_type}, content=body)

    return Neuronpedia(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(answer))


def test_stream_answered_with_plain_json_yields_one_frame() -> None:
    saved = {"STEERED": " a", "DEFAULT": " b", "steeredLogProbs": None, "defaultLogProbs": None, "id": "abc",
             "shareUrl": "http://x/steer/abc", "limit": "7"}  # fmt: skip
    with _mock_stream_client("application/json", json.dumps(saved).encode()) as np_:
        frames = list(np_.steer.completion_stream("Hi", [(WEATHER, 1)]))
    assert frames == [SteerCompletionResult(" a", " b", None, None, "abc", "http://x/steer/abc", "7")]


def test_bad_stream_frame_is_a_validation_error() -> None:
    from neuronpedia_ext import APIResponseValidationError

    good = {
        "STEERED": " a",
        "DEFAULT": None,
        "steeredLogProbs": None,
        "defaultLogProbs": None,
        "id": None,
        "limit": None,
    }
    body = b"data: " + json.dumps(good).encode() + b"\n\n" + b'data: {"STEERED": 3}\n\n'
    with _mock_stream_client("text/event-stream", body) as np_:
        stream = np_.steer.completion_stream("Hi", [(WEATHER, 1)])
        assert next(iter(stream)).steered == " a"
        with pytest.raises(APIResponseValidationError, match="bad stream frame") as info:
            next(iter(stream))
    assert info.value.body == b'{"STEERED": 3}'


# --------------------------------------------------------------------------- chat


def test_chat(recorder: tuple[Neuronpedia, RecordingTransport], emulator: EmulatorServer) -> None:
    np_, transport = recorder
    messages = [
        {"role": "user", "content": "Tell me about the weather."},
        {"role": "assistant", "content": "It is sunny."},
        {"role": "user", "content": "And tomorrow?"},
    ]
    result = np_.steer.chat(messages, [(WEATHER, 30)], n_tokens=8, temperature=0.2)
    assert isinstance(result, SteerChatResult)
    assert result.steered is not None and result.default is not None
    body = transport.bodies[-1]
    assert body["defaultChatMessages"] == body["steeredChatMessages"] == messages  # DEFAULT: same conversation
    assert body["steer_special_tokens"] is True and body["seed"] == 16
    assert [m.content for m in result.steered.chat_template[:3]] == [m["content"] for m in messages]
    assert result.steered.chat_template[-1].role == "model"
    assert result.steered.reply is not None and result.steered.reply.startswith(MARK)
    assert result.steered.reply != (result.default.reply or "")
    assert result.steered.logprobs is not None and len(result.steered.logprobs) == 8
    assert result.steered.logprobs[0].top_logprobs  # chat answers carry alternatives
    assert result.steered.raw.endswith(result.steered.reply + "<end_of_turn>")
    assert result.share_url == f"{emulator.base_url}/steer/{result.id}"
    assert result.settings is not None
    assert (result.settings.temperature, result.settings.n_tokens, result.settings.steer_method) == (
        0.2,
        8,
        "SIMPLE_ADDITIVE",
    )
    assert result.assistant_axis is None


def test_chat_with_separate_default_messages_and_string_prompt(
    recorder: tuple[Neuronpedia, RecordingTransport],
) -> None:
    np_, transport = recorder
    result = np_.steer.chat(
        "Write a poem.", [(WEATHER, 5)], default_messages=[{"role": "user", "content": "Write a haiku."}], n_tokens=3
    )
    body = transport.bodies[-1]
    assert body["steeredChatMessages"] == [{"role": "user", "content": "Write a poem."}]
    assert body["defaultChatMessages"] == [{"role": "user", "content": "Write a haiku."}]
    assert result.default is not None and result.default.chat_template[0].content == "Write a haiku."


def test_chat_without_features_generates_only_default(client: Neuronpedia) -> None:
    result = client.steer.chat("Hello", model_id="gpt2-small", n_tokens=3)
    assert result.default is not None
    assert result.steered is None
    assert result.id is None and result.share_url is None


def test_chat_answer_without_steered_output_and_with_assistant_axis() -> None:
    settings = {"temperature": 0.5, "n_tokens": 2, "freq_penalty": 1, "seed": 16, "strength_multiplier": 4,
                "steer_special_tokens": True, "steer_method": "PROJECTION_CAP"}  # fmt: skip
    answer = {
        "STEERED": None,
        "DEFAULT": {"raw": "<bos>hi", "chatTemplate": [{"role": "user", "content": "hi"}], "logprobs": None},
        "id": None,
        "limit": "239",
        "settings": settings,
        "assistant_axis": [{"type": "assistant", "pcTitles": ["PC1"], "turns": [{"snippet": "hi"}]}],
    }

    def reply(request: httpx.Request) -> httpx.Response:
        sent = json.loads(request.content)
        assert sent["features"] == [] and sent["steer_method"] == "PROJECTION_CAP"
        return httpx.Response(200, json=answer)

    with Neuronpedia(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(reply)) as np_:
        result = np_.steer.chat("hi", model_id="gpt2-small", steer_method="PROJECTION_CAP")
    assert result.steered is None and result.id is None and result.share_url is None
    assert result.default is not None and result.default.reply == "hi" and result.default.logprobs is None
    assert result.limit == "239"
    assert result.settings is not None and result.settings.steer_method == "PROJECTION_CAP"
    assert result.assistant_axis == [{"type": "assistant", "pcTitles": ["PC1"], "turns": [{"snippet": "hi"}]}]


def test_chat_stream(client: Neuronpedia) -> None:
    frames = list(client.steer.chat_stream("Hi there", [(WEATHER, 10)], n_tokens=3))
    assert len(frames) == 7  # STEERED and DEFAULT grow in turn, then the saved result
    assert frames[0].steered is not None and frames[0].default is None
    assert all(f.id is None for f in frames[:-1])
    final = frames[-1]
    assert final.id is not None and final.steered is not None
    assert [len(f.steered.logprobs or []) for f in frames if f.steered] == [1, 1, 2, 2, 3, 3, 3]
    assert final == client.steer.chat("Hi there", [(WEATHER, 10)], n_tokens=3)


# --------------------------------------------------------------------------- logits


def test_logits(recorder: tuple[Neuronpedia, RecordingTransport]) -> None:
    np_, transport = recorder
    result = np_.steer.logits(
        "Fact: The capital of the state containing Dallas is",
        [SteerLogitsFeature(layer=14, index=2268, token_active_position=9, delta=-200)],
        model_id="gemma-2-2b",
        source_set_name="gemmascope-res-16k",
        n_tokens=3,
        top_k=2,
        temperature=0,
    )
    assert result.default_generation.startswith(MARK) and result.steered_generation.startswith(MARK)
    assert len(result.default_logits_by_token) == len(result.steered_logits_by_token) == 3
    assert all(len(t.top_logits) == 2 for t in result.steered_logits_by_token)
    assert result.steered_generation == MARK + "".join(t.token for t in result.steered_logits_by_token)
    assert all(0 <= p.prob <= 1 for t in result.default_logits_by_token for p in t.top_logits)
    body = transport.bodies[-1]
    assert body["features"] == [
        {
            "layer": 14,
            "index": 2268,
            "token_active_position": 9,
            "steer_generated_tokens": False,
            "ablate": False,
            "delta": -200.0,
        }
    ]
    assert (body["nTokens"], body["topK"], body["temperature"]) == (3, 2, 0)
    assert "seed" not in body and "freezeAttention" not in body


def test_logits_unknown_source_set_is_a_400(client: Neuronpedia) -> None:
    with pytest.raises(BadRequestError, match=r"Source Set|not found"):
        client.steer.logits(
            "Hi", [SteerLogitsFeature(1, 2, 0, ablate=True)], model_id="gemma-2-2b", source_set_name="nope"
        )


# --------------------------------------------------------------------------- validation


LOGITS_DICT = {"layer": 1, "index": 2, "token_active_position": 3, "steer_generated_tokens": False, "ablate": True}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.completion("", [(WEATHER, 1)]), "prompt"),
        (lambda s: s.completion("x" * 2049, [(WEATHER, 1)]), "2048"),
        (lambda s: s.completion("Hi", []), "at least one"),
        (lambda s: s.completion("Hi", [(WEATHER, 1)], n_tokens=0), "n_tokens"),
        (lambda s: s.completion("Hi", [(WEATHER, 1)], n_tokens=257), "n_tokens"),
        (lambda s: s.completion("Hi", [(WEATHER, 1)], temperature=2.5), "temperature"),
        (lambda s: s.completion("Hi", [(WEATHER, 1)], strength_multiplier=11), "strength_multiplier"),
        (lambda s: s.completion("Hi", [(WEATHER, 1)], freq_penalty=3), "freq_penalty"),
        (lambda s: s.completion("Hi", [(WEATHER, float("nan"))]), "NaN"),
        (lambda s: s.completion("Hi", [(WEATHER, 1)], steer_method="MAGIC"), "steer_method"),
        (lambda s: s.completion("Hi", [WEATHER]), "cannot steer"),
        (lambda s: s.completion("Hi", WEATHER), "no strength"),
        (lambda s: s.completion("Hi", [{"modelId": "gpt2-small", "layer": "6-res-jb", "index": 1}]), "strength"),
        (lambda s: s.completion("Hi", [(WEATHER, 1), ("gemma-2-2b/20-gemmascope-res-16k/0", 1)]), "several models"),
        (lambda s: s.completion("Hi", [("gpt2-small/6-res-jb/-4", 1)]), "non-negative"),
        (lambda s: s.chat([], [(WEATHER, 1)]), "at least one message"),
        (lambda s: s.chat([{"role": "robot", "content": "hi"}], [(WEATHER, 1)]), "role"),
        (lambda s: s.chat([{"role": "user", "content": ""}], [(WEATHER, 1)]), "content"),
        (lambda s: s.chat("Hi"), "model_id is required"),
        (lambda s: s.chat("Hi", [(WEATHER, -301)]), "-300"),
        (lambda s: s.chat("Hi", [(WEATHER, 1)], n_tokens=1025), "n_tokens"),
        (lambda s: s.chat_stream("Hi", [(WEATHER, 1)], seed=1e9), "seed"),
        (lambda s: s.logits("", [], model_id="gemma-2-2b"), "prompt"),
        (lambda s: s.logits("Hi", [SteerLogitsFeature(1, 2, 3)], model_id="gemma-2-2b"), "delta"),
        (lambda s: s.logits("Hi", [SteerLogitsFeature(-1, 2, 3, delta=1)], model_id="gemma-2-2b"), "layer"),
        (lambda s: s.logits("Hi", [{"layer": 1}], model_id="gemma-2-2b"), "steer-logits feature"),
        (lambda s: s.logits("Hi", [{**LOGITS_DICT, "ablate": False}], model_id="gemma-2-2b"), "delta"),
        (lambda s: s.logits("Hi", [{**LOGITS_DICT, "layer": "x"}], model_id="gemma-2-2b"), "layer"),
        (lambda s: s.logits("Hi", [{**LOGITS_DICT, "token_active_position": -1}], model_id="gemma-2-2b"), "position"),
        (lambda s: s.logits("Hi", [{**LOGITS_DICT, "steer_position": "5"}], model_id="gemma-2-2b"), "steer_position"),
        (lambda s: s.logits("Hi", [SteerLogitsFeature(1, 2, 3, ablate="yes")], model_id="gemma-2-2b"), "ablate"),  # type: ignore[arg-type]
        (lambda s: s.logits("Hi", [], model_id="gemma-2-2b", top_k=11), "top_k"),
    ],
)
def test_bad_input_is_rejected_before_sending(call: Callable[[Any], Any], message: str) -> None:
    with refusing_client() as np_, pytest.raises(InvalidRequestError, match=message):
        call(np_.steer)


# --------------------------------------------------------------------------- async


async def test_async_steer(aclient: AsyncNeuronpedia, emulator: EmulatorServer) -> None:
    completion = await aclient.steer.completion("The weather today is", [(WEATHER, 20)], n_tokens=5)
    assert completion.steered == MARK + tokens_text(completion.steered_logprobs)
    frames = [f async for f in aclient.steer.completion_stream("Async stream", [(WEATHER, 20)], n_tokens=4)]
    assert len(frames) == 5 and frames[-1].id is not None
    assert frames[-1].steered == (await aclient.steer.completion("Async stream", [(WEATHER, 20)], n_tokens=4)).steered

    chat = await aclient.steer.chat("Hi", [(WEATHER, 3)], n_tokens=2)
    assert chat.steered is not None and chat.share_url == f"{emulator.base_url}/steer/{chat.id}"
    # upstream: a fully cached request is answered with plain JSON even when streamed: one frame
    cached_frames = [f async for f in aclient.steer.chat_stream("Hi", [(WEATHER, 3)], n_tokens=2)]
    assert cached_frames == [chat]
    chat_frames = [f async for f in aclient.steer.chat_stream("Hello", [(WEATHER, 3)], n_tokens=2)]
    assert len(chat_frames) == 5 and all(f.id is None for f in chat_frames[:-1])
    assert chat_frames[0].steered is not None and chat_frames[0].default is None
    assert chat_frames[-1] == await aclient.steer.chat("Hello", [(WEATHER, 3)], n_tokens=2)

    logits = await aclient.steer.logits(
        "Hi", [{"layer": 1, "index": 2, "token_active_position": 0, "steer_generated_tokens": True, "ablate": True}],
        model_id="gemma-2-2b", n_tokens=2, top_k=1,
    )  # fmt: skip
    assert len(logits.steered_logits_by_token) == 2
    assert all(len(t.top_logits) == 1 for t in logits.default_logits_by_token)


async def test_async_stream_arguments_checked_at_call() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError("sent")

    async with AsyncNeuronpedia(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(refuse)) as np_:
        with pytest.raises(InvalidRequestError, match="role"):
            np_.steer.chat_stream([{"role": "nobody", "content": "x"}], [(WEATHER, 1)])


# --------------------------------------------------------------------------- official names


@pytest.fixture
def official_env(emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> EmulatorServer:
    monkeypatch.setenv("NEURONPEDIA_BASE_URL", emulator.base_url)
    monkeypatch.delenv("NEURONPEDIA_API_KEY", raising=False)  # steering needs no key
    return emulator


def test_steer_feature_is_an_official_feature() -> None:
    feature = SteerFeature(modelId="gpt2-small", source="6-res-jb", index="1024", strength=20)
    assert isinstance(feature, Feature)
    assert (feature.modelId, feature.source, feature.index, feature.strength) == ("gpt2-small", "6-res-jb", 1024, 20)
    assert SteerFeature(modelId="m", source="s", index=1).strength == 10


def test_official_steer_chat_request(official_env: EmulatorServer, capsys: pytest.CaptureFixture[str]) -> None:
    vector = NPVector.get("gpt2-small", "6-res-jb", "1024")  # a SAE decoder "vector": strength 10
    answer = SteerChatRequest().steer("gpt2-small", [vector], steered_chat_messages=[{"role": "user", "content": "Go"}])
    assert answer["STEERED"]["chatTemplate"][0]["content"] == "Go"
    assert answer["DEFAULT"]["chatTemplate"][0]["content"] == "Write a one sentence story."  # the official default
    assert answer["settings"]["freq_penalty"] == 2 and answer["settings"]["n_tokens"] == 32
    assert answer["shareUrl"] == f"{official_env.base_url}/steer/{answer['id']}"

    features = [SteerFeature(modelId="gpt2-small", source="6-res-jb", index=42, strength=15)]
    msgs = [{"role": "user", "content": "Sports?"}]
    by_features = SteerChatRequest().steer_features("gpt2-small", features, msgs, msgs)
    assert by_features["settings"]["n_tokens"] == 24 and by_features["settings"]["seed"] == 42
    assert by_features["STEERED"]["raw"] != by_features["DEFAULT"]["raw"]
    assert capsys.readouterr().out == ""  # the official class printed; this one does not


def test_official_steer_completion_request(official_env: EmulatorServer, capsys: pytest.CaptureFixture[str]) -> None:
    vector = NPVector.get("gpt2-small", "6-res-jb", "512")
    answer = SteerCompletionRequest().steer("gpt2-small", [vector], "The doctor said")
    assert answer["STEERED"].startswith(MARK) and len(answer["steeredLogProbs"]) == 32
    assert answer["shareUrl"].endswith(answer["id"])
    features = [SteerFeature(modelId="gpt2-small", source="6-res-jb", index=512, strength=30)]
    by_features = SteerCompletionRequest().steer_features("gpt2-small", features, "The doctor said")
    assert len(by_features["steeredLogProbs"]) == 24
    assert by_features["DEFAULT"] != by_features["STEERED"]
    with pytest.raises(ValueError, match="n_tokens"):
        SteerCompletionRequest().steer_features("gpt2-small", features, "x", n_tokens=0)
    assert capsys.readouterr().out == ""
    assert official_env.request_count("/api/steer") == 2
