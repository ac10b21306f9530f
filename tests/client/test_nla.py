"""client.nla against the emulator (and recorded-shape mocks for what it lacks), sync and async."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from neuronpedia_ext import AsyncNeuronpedia, InternalServerError, InvalidRequestError, Neuronpedia
from neuronpedia_ext.emulator.server import EmulatorServer
from neuronpedia_ext.models import nla as m

SOURCE = {
    "modelId": "gemma-3-27b-it",
    "id": "kitft-l41",
    "displayName": "KitFT L41",
    "description": "Activation verbaliser at layer 41",
    "url": "https://example.com/nla",
    "author": "kitft",
    "av": "kitft/av-l41",
    "ar": "kitft/ar-l41",
    "layerNum": 41,
    "norm": 123.5,
    "createdAt": "2026-05-01T00:00:00.000Z",
    "model": {"id": "gemma-3-27b-it", "displayName": "Gemma 3 27B IT", "openRouterAvailable": True},
}


def test_sources_empty_on_the_emulator(client: Neuronpedia) -> None:
    assert client.nla.sources() == []


def test_sources_are_typed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/api/nla/sources"
        return httpx.Response(200, json={"sources": [SOURCE]})

    with Neuronpedia(base_url="http://np.test", transport=httpx.MockTransport(handler)) as np:
        (source,) = np.nla.sources()
    assert (source.model_id, source.id, source.layer_num, source.norm) == ("gemma-3-27b-it", "kitft-l41", 41, 123.5)
    assert source.model == m.NlaModelRef("gemma-3-27b-it", "Gemma 3 27B IT", True)
    assert source.created_at.year == 2026


def test_completion(client: Neuronpedia) -> None:
    result = client.nla.completion(
        "gemma-3-27b-it", "kitft-l41", [{"role": "user", "content": "Name a prime number."}], completion_tokens=4
    )
    assert isinstance(result, m.NlaCompletion)
    assert result.full_text.endswith(result.completion)
    assert result.completion
    positions = [t.position for t in result.tokens]
    assert positions == list(range(positions[0], positions[0] + len(positions)))


def test_tokenize(client: Neuronpedia) -> None:
    tokenized = client.nla.tokenize("gemma-3-27b-it", "kitft-l41", text="Hello world again")
    assert isinstance(tokenized, m.NlaTokenization)
    assert tokenized.text == "Hello world again"
    assert [t.token for t in tokenized.tokens] == ["Hello", " world", " again"]
    assert tokenized.prompt_length == 3
    also = client.nla.completion("gemma-3-27b-it", "kitft-l41", text="Hello world again", completion_tokens=0)
    assert also == tokenized


def test_completion_stream(client: Neuronpedia) -> None:
    frames = list(
        client.nla.completion_stream("gemma-3-27b-it", "kitft-l41", [("user", "Count to three")], completion_tokens=3)
    )
    assert isinstance(frames[0], m.NlaCompletionPrompt)
    tokens = [f.token for f in frames if isinstance(f, m.NlaCompletionToken)]
    assert isinstance(frames[-1], m.NlaCompletionDone)
    assert frames[-1].text == "".join(t.token for t in tokens)
    assert tokens[0].position == frames[0].prompt_length


def test_explain(client: Neuronpedia) -> None:
    result = client.nla.explain("gemma-3-27b-it", "kitft-l41", [0, 1], text="The cat sat")
    assert result.prompt_length == 3
    assert result.cache_id
    by_position = {r.position: r for r in result.results}
    assert by_position[1].token == " cat"
    assert by_position[1].description
    assert by_position[1].l2_norm > 0


def test_explain_only_requested_positions(client: Neuronpedia) -> None:
    result = client.nla.explain("gemma-3-27b-it", "kitft-l41", [1], text="The cat sat")
    assert [r.position for r in result.results] == [1]


def test_explain_stream_from_a_json_answer(client: Neuronpedia) -> None:
    """The emulator answers JSON (as upstream does when every position is cached): same frames."""
    frames = list(client.nla.explain_stream("gemma-3-27b-it", "kitft-l41", [0], text="The cat sat"))
    assert isinstance(frames[0], m.NlaExplainMeta)
    assert frames[0].prompt_length == 3
    explanations = [f for f in frames if isinstance(f, m.NlaExplanation)]
    assert len(explanations) == frames[0].total
    assert isinstance(frames[-1], m.NlaExplainCacheId)


def test_explain_streams_events(emulator: EmulatorServer) -> None:
    with httpx.stream(
        "POST",
        f"{emulator.base_url}/api/nla/explain",
        json={"modelId": "gemma-3-27b-it", "nlaSourceId": "kitft-l41", "positions": [0], "text": "Hi", "stream": True},
    ) as response:
        assert response.headers["content-type"].startswith("text/event-stream")


EXPLANATION = {"token": " cat", "token_id": 9, "position": 1, "l2_norm": 3.5, "description": "a pet", "mse": 0.1}


def _sse(frames: list[Any]) -> bytes:
    return b"".join(b"data: " + (f if isinstance(f, bytes) else json.dumps(f).encode()) + b"\n\n" for f in frames)


def _sse_transport(frames: list[Any]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        assert json.loads(request.content)["stream"] is True
        return httpx.Response(200, content=_sse(frames), headers={"content-type": "text/event-stream"})

    return httpx.MockTransport(handler)


EXPLAIN_EVENTS: list[Any] = [
    {"layer_index": 41, "total": 1, "prompt_length": 3},
    {"position": 1, "text": "a p", "done": False},
    EXPLANATION,
    {"cacheId": "cache-1"},
    b"[DONE]",
    {"never": "read"},
]


def test_explain_stream_events() -> None:
    with Neuronpedia(base_url="http://np.test", transport=_sse_transport(EXPLAIN_EVENTS)) as np:
        frames = list(np.nla.explain_stream("gemma-3-27b-it", "kitft-l41", [1], text="The cat sat"))
    assert frames == [
        m.NlaExplainMeta(41, 1, 3),
        m.NlaExplainProgress(1, "a p", False),
        m.NlaExplanation(" cat", 9, 1, 3.5, "a pet", mse=0.1),
        m.NlaExplainCacheId("cache-1"),
    ]


def test_stream_error_event_is_raised() -> None:
    events = [{"type": "prompt", "prompt_length": 1, "tokens": [{"token": "a", "token_id": 1, "position": 0}]}]
    events.append({"error": "OpenRouter failed"})
    with Neuronpedia(base_url="http://np.test", transport=_sse_transport(events)) as np:
        stream = np.nla.completion_stream("m", "s", text="a", completion_tokens=2)
        assert next(stream) == m.NlaCompletionPrompt(1, [m.NlaToken("a", 1, 0)])
        with pytest.raises(InternalServerError, match="OpenRouter failed"):
            next(stream)


async def test_async_explain_stream_events() -> None:
    async with AsyncNeuronpedia(base_url="http://np.test", transport=_sse_transport(EXPLAIN_EVENTS)) as np:
        frames = [f async for f in np.nla.explain_stream("gemma-3-27b-it", "kitft-l41", [1], text="The cat sat")]
    assert [type(f) for f in frames] == [m.NlaExplainMeta, m.NlaExplainProgress, m.NlaExplanation, m.NlaExplainCacheId]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda np: np.nla.completion("m", "s"), "exactly one of messages"),
        (lambda np: np.nla.completion("m", "s", [("user", "a")], text="b"), "exactly one"),
        (lambda np: np.nla.completion("m", "s", [("system", "a")]), "chat role"),
        (lambda np: np.nla.completion("m", "s", text="x" * 16385), "16384"),
        (lambda np: np.nla.completion("m", "s", text="a", completion_tokens=513), "512"),
        (lambda np: np.nla.completion("", "s", text="a"), "model_id"),
        (lambda np: np.nla.completion_stream("m", "", text="a"), "nla_source_id"),
        (lambda np: np.nla.tokenize("m", "s"), "exactly one"),
        (lambda np: np.nla.explain("m", "s", [], text="a"), "positions"),
        (lambda np: np.nla.explain("m", "s", [-1], text="a"), "positions"),
        (lambda np: np.nla.explain("m", "s", 3, text="a"), "positions"),
        (lambda np: np.nla.explain_stream("m", "s", [0], text="a", temperature=-1), "temperature"),
    ],
)
def test_bad_input_is_rejected_before_sending(call: object, message: str) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent {request.method} {request.url}")

    with (
        Neuronpedia(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(refuse)) as np,
        pytest.raises(InvalidRequestError, match=message),
    ):
        call(np)  # type: ignore[operator]


async def test_async_nla(aclient: AsyncNeuronpedia) -> None:
    assert await aclient.nla.sources() == []
    completion = await aclient.nla.completion("gemma-3-27b-it", "kitft-l41", [("user", "Hi")], completion_tokens=2)
    assert isinstance(completion, m.NlaCompletion) and completion.completion
    tokenized = await aclient.nla.tokenize("gemma-3-27b-it", "kitft-l41", text="Hello world")
    assert [t.token for t in tokenized.tokens] == ["Hello", " world"]
    frames = [
        f async for f in aclient.nla.completion_stream("gemma-3-27b-it", "kitft-l41", text="Hello", completion_tokens=2)
    ]
    assert isinstance(frames[0], m.NlaCompletionPrompt) and isinstance(frames[-1], m.NlaCompletionDone)
    explained = await aclient.nla.explain("gemma-3-27b-it", "kitft-l41", [0], text="Hello world")
    assert explained.results[0].token == "Hello"
    streamed = [f async for f in aclient.nla.explain_stream("gemma-3-27b-it", "kitft-l41", [0], text="Hello world")]
    assert [f for f in streamed if isinstance(f, m.NlaExplanation)] == explained.results
