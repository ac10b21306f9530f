"""client.lens against the emulator, sync and async: buffered runs, NDJSON streams, shares."""

from __future__ import annotations

import json
import re

import httpx
import pytest

from neuronpedia_ext import AsyncNeuronpedia, InternalServerError, InvalidRequestError, Neuronpedia, NotFoundError
from neuronpedia_ext.emulator.server import EmulatorServer
from neuronpedia_ext.models.lens import LensDone, LensMeta, LensPromptTokens, LensToken


def test_prompt_buffered(client: Neuronpedia) -> None:
    result = client.lens.prompt(
        "gpt2-small", "The capital of France is", types=["LOGIT_LENS"], top_n=3, num_completion_tokens=2
    )
    assert result.meta.model == "gpt2-small"
    assert result.meta.types == ["LOGIT_LENS"]
    assert result.meta.top_n == 3
    assert result.meta.num_completion_tokens == 2
    assert list(result.meta.layers_by_type) == ["LOGIT_LENS"]
    prompt_len = result.meta.prompt_len
    assert len(result.tokens) == result.done.seq_len == prompt_len + 2
    assert [t.is_generated for t in result.tokens] == [False] * prompt_len + [True, True]
    assert [t.position for t in result.tokens] == list(range(prompt_len + 2))
    readout = result.tokens[1].readout("LOGIT_LENS")
    assert len(readout.top_tokens) == len(result.meta.layers_by_type["LOGIT_LENS"])
    assert all(len(layer) == 3 for layer in readout.top_tokens)
    assert readout.top_probs[0] == sorted(readout.top_probs[0], reverse=True)
    with pytest.raises(KeyError):
        result.tokens[1].readout("JACOBIAN_LENS")
    assert result.completion == result.done.completion


def test_prompt_stream_yields_typed_frames(client: Neuronpedia, emulator: EmulatorServer) -> None:
    frames = list(client.lens.prompt_stream("gpt2-small", "Hello there", top_n=2, num_completion_tokens=1))
    assert isinstance(frames[0], LensMeta)
    assert isinstance(frames[-1], LensDone)
    tokens = [f for f in frames if isinstance(f, LensToken)]
    assert len(tokens) == frames[-1].seq_len == frames[0].prompt_len + 1
    buffered = client.lens.prompt("gpt2-small", "Hello there", top_n=2, num_completion_tokens=1)
    assert tokens == buffered.tokens  # same run, streamed or buffered
    assert emulator.request_count("/api/lens/prompt") == 2


def test_prompt_with_chat(client: Neuronpedia) -> None:
    result = client.lens.prompt(
        "gpt2-small", chat=[("user", "Name a color"), {"role": "assistant", "content": "Blue"}], num_completion_tokens=0
    )
    assert result.meta.num_completion_tokens == 0
    assert not any(t.is_generated for t in result.tokens)


def _ndjson_transport(lines: list[dict[str, object]]) -> httpx.MockTransport:
    body = b"".join(json.dumps(line).encode() + b"\n" for line in lines)

    def handler(request: httpx.Request) -> httpx.Response:
        assert json.loads(request.content)["stream"] is True
        return httpx.Response(200, content=body, headers={"content-type": "application/x-ndjson"})

    return httpx.MockTransport(handler)


META = {
    "kind": "meta",
    "model": "m",
    "types": ["JACOBIAN_LENS"],
    "layers_by_type": {"JACOBIAN_LENS": [3]},
    "top_n": 1,
    "prompt_len": 1,
    "num_completion_tokens": 0,
    "temperature": 0,
    "prepend_bos": True,
    "reuse_len": 0,
}


def test_stream_prompt_frame_error_frame_and_unknown_kinds() -> None:
    lines: list[dict[str, object]] = [
        META,
        {
            "kind": "prompt",
            "tokens": [{"position": 0, "token": "<bos>", "id": 2, "is_generated": False, "role": "user"}],
        },
        {"kind": "future-kind", "x": 1},
        {"kind": "error", "error": "GPU fell over"},
    ]
    with Neuronpedia(base_url="http://np.test", transport=_ndjson_transport(lines)) as np:
        stream = np.lens.prompt_stream("m", "hi")
        assert isinstance(next(stream), LensMeta)
        prompt = next(stream)
        assert isinstance(prompt, LensPromptTokens)
        assert (prompt.tokens[0].token, prompt.tokens[0].role, prompt.tokens[0].is_char_continuation) == (
            "<bos>",
            "user",
            False,
        )
        with pytest.raises(InternalServerError, match="GPU fell over") as info:
            next(stream)
    assert info.value.status_code == 200


async def test_async_stream_error_frame() -> None:
    body = json.dumps(META).encode() + b"\n" + json.dumps({"kind": "error", "error": "boom"}).encode() + b"\n"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/x-ndjson"})

    async with AsyncNeuronpedia(base_url="http://np.test", transport=httpx.MockTransport(handler)) as np:
        seen = []
        with pytest.raises(InternalServerError, match="boom"):
            async for frame in np.lens.prompt_stream("m", "hi"):
                seen.append(frame)
    assert [type(f) for f in seen] == [LensMeta]


#: the spec's LensShare.url: the S3 URL of the stored run, `<bucket>.s3.<region>.amazonaws.com/<dir>/<owner>/<id>.json`
S3_RUN_URL = re.compile(
    r"https://[a-z0-9][a-z0-9.-]*\.s3\.[a-z0-9-]+\.amazonaws\.com/[^/]+/(?P<owner>[^/]+)/(?P<id>[^/]+)\.json"
)


def test_share(client: Neuronpedia, anon_client: Neuronpedia, emulator: EmulatorServer) -> None:
    share = client.lens.share("gpt2-small", "The capital of France is", num_completion_tokens=3, description="demo")
    assert share.id
    assert share.path.endswith(share.id)
    user = emulator.state.user_for_key(emulator.api_key)
    assert user is not None
    match = S3_RUN_URL.fullmatch(share.url)
    assert match is not None, share.url
    assert (match["owner"], match["id"]) == (user["id"], share.id)  # stored under the caller's id
    chat_share = client.lens.share("gpt2-small", chat=[("user", "hi")], active_tab="LOGIT_LENS", top_n=10)
    assert chat_share.id != share.id
    assert chat_share.url == share.url.replace(share.id, chat_share.id)
    anonymous = anon_client.lens.share("gpt2-small", "Hi")
    anon_match = S3_RUN_URL.fullmatch(anonymous.url)
    assert anon_match is not None, anonymous.url
    assert anon_match["id"] == anonymous.id and anon_match["owner"] not in (user["id"], "")  # the anonymous owner


def test_share_path_is_jlens(client: Neuronpedia) -> None:
    share = client.lens.share("gpt2-small", "Hi")
    assert share.path == f"/jlens/{share.id}"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda np: np.lens.prompt("gpt2-small"), "exactly one of prompt or chat"),
        (lambda np: np.lens.prompt("gpt2-small", "hi", chat=[("user", "hi")]), "exactly one"),
        (lambda np: np.lens.prompt("gpt2-small", "x" * 1025), "1024"),
        (
            lambda np: np.lens.prompt("gpt2-small", chat=[("user", "x" * 1025)]),
            r"chat\[0\]\.content must be at most 1024",
        ),
        (lambda np: np.lens.prompt("gpt2-small", chat=[("robot", "hi")]), "chat role"),
        (lambda np: np.lens.prompt("gpt2-small", "hi", top_n=9), "top_n"),
        (lambda np: np.lens.prompt("gpt2-small", "hi", temperature=3), "temperature"),
        (lambda np: np.lens.prompt("gpt2-small", "hi", num_completion_tokens=1025), "num_completion_tokens"),
        (lambda np: np.lens.prompt("gpt2-small", "hi", types=["DIFF"]), "lens type"),
        (lambda np: np.lens.prompt("", "hi"), "model_id"),
        (lambda np: np.lens.prompt("gpt2-small", input_token_ids=[1, "2"]), "input_token_ids"),
        (lambda np: np.lens.prompt_stream("gpt2-small", "hi", steer_strength=51), "steer_strength"),
        (lambda np: np.lens.share("gpt2-small", "hi", top_n=11), "top_n"),
        (lambda np: np.lens.share("gpt2-small", "hi", active_tab="NOPE"), "active_tab"),
        (lambda np: np.lens.share("gpt2-small", "hi", selected_positions=[-1]), "selected_positions"),
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


def test_long_completions_allowed_for_deepseek() -> None:
    sent: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(404, json={"error": "no host"})

    with (
        Neuronpedia(base_url="http://np.test", max_retries=0, transport=httpx.MockTransport(handler)) as np,
        pytest.raises(NotFoundError, match="no host"),
    ):
        np.lens.prompt("deepseek-v4-flash", "hi", num_completion_tokens=2000)
    assert sent[0]["numCompletionTokens"] == 2000


async def test_async_lens(aclient: AsyncNeuronpedia, emulator: EmulatorServer) -> None:
    result = await aclient.lens.prompt("gpt2-small", "Async lens", top_n=2, num_completion_tokens=1)
    frames = [f async for f in aclient.lens.prompt_stream("gpt2-small", "Async lens", top_n=2, num_completion_tokens=1)]
    assert frames[0] == result.meta
    assert [f for f in frames if isinstance(f, LensToken)] == result.tokens
    assert frames[-1] == result.done
    share = await aclient.lens.share("gpt2-small", "Async lens", num_completion_tokens=1)
    match = S3_RUN_URL.fullmatch(share.url)
    assert match is not None and match["id"] == share.id and share.path == f"/jlens/{share.id}", share
