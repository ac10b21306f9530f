"""client.activations against the emulator, sync and async; the official Activation and
ActivationRequest; and the numpy/torch-tolerant float conversion of neuronpedia_ext._arrays."""

from __future__ import annotations

import array
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from neuronpedia_ext import (
    APIKeyMissingError,
    AsyncNeuronpedia,
    InternalServerError,
    InvalidRequestError,
    Neuronpedia,
    NotFoundError,
)
from neuronpedia_ext._arrays import to_float, to_float_list, to_float_matrix
from neuronpedia_ext.compat.requests_features import ActivationRequest
from neuronpedia_ext.emulator.server import EmulatorServer
from neuronpedia_ext.models.activations import Activation, SourceTextActivations

FEATURE = "gpt2-small/6-res-jb/42"


def _refusing() -> Neuronpedia:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent {request.method} {request.url}")

    return Neuronpedia(base_url="http://127.0.0.1:9", api_key="k", transport=httpx.MockTransport(refuse))


def _my_vector(emulator: EmulatorServer) -> tuple[str, str, str]:
    response = httpx.post(
        emulator.base_url + "/api/vector/new",
        headers={"x-api-key": emulator.api_key},
        json={
            "modelId": "gpt2-small",
            "layerNumber": 6,
            "hookType": "hook_resid_pre",
            "vector": [0.1] * 768,
            "vectorDefaultSteerStrength": 10,
            "vectorLabel": "test vector",
        },
    )
    response.raise_for_status()
    v = response.json()["vector"]
    return v["modelId"], v["source"], v["index"]


# --------------------------------------------------------------------------- compute


def test_compute_one_text(client: Neuronpedia, emulator: EmulatorServer) -> None:
    a = client.activations.compute(FEATURE, "The cat sat on the mat")
    assert isinstance(a, Activation)
    assert (a.modelId, a.source, a.index) == ("gpt2-small", "6-res-jb", 42)
    assert a.tokens == ["<|endoftext|>", "The", " cat", " sat", " on", " the", " mat"]
    assert len(a.values) == len(a.tokens)
    assert a.max_value == pytest.approx(max(a.values))
    assert a.values[a.max_value_token_index or 0] == pytest.approx(max(a.values))
    assert a.data_source == "Neuronpedia" and a.created_at is not None
    assert str(a).splitlines()[0] == "Activation for modelId: gpt2-small, source: 6-res-jb, index: 42"
    assert str(a).splitlines()[2] == f"The\t{a.values[1]}"
    assert emulator.request_count("/api/activation/new") == 1


def test_compute_many_texts_and_official_argument_order(client: Neuronpedia) -> None:
    texts = ["The cat sat", "Dogs bark loudly", "Rain"]
    results = client.activations.compute("gpt2-small", "6-res-jb", 42, texts)
    assert [r.tokens[1:] for r in results] == [["The", " cat", " sat"], ["Dogs", " bark", " loudly"], ["Rain"]]
    one = client.activations.compute(("gpt2-small", "6-res-jb", "42"), "The cat sat")
    assert one.values == results[0].values  # deterministic for the same text


def test_compute_ignore_bos(client: Neuronpedia) -> None:
    with_bos = client.activations.compute(FEATURE, "The cat sat")
    without = client.activations.compute(FEATURE, "The cat sat", ignore_bos=True)
    assert without.tokens == with_bos.tokens[1:]
    assert len(without.values) == len(without.tokens)


def test_compute_ignore_bos_drops_only_the_bos_value(client: Neuronpedia) -> None:
    with_bos = client.activations.compute(FEATURE, "The cat sat")
    without = client.activations.compute(FEATURE, "The cat sat", ignore_bos=True)
    assert without.values == with_bos.values[1:]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((FEATURE, ""), r"text\[0\] must be a non-empty string"),
        ((FEATURE, []), "at least one text"),
        ((FEATURE, ["ok", 3]), r"text\[1\]"),
        ((FEATURE, 42), "string or a list"),
        (("not-a-feature", "text"), "feature id"),
        (("gpt2-small", "6-res-jb", "text"), "model_id, source, index"),
    ],
)
def test_compute_rejects_bad_input_before_sending(args: tuple[Any, ...], message: str) -> None:
    with _refusing() as np, pytest.raises(InvalidRequestError, match=message):
        np.activations.compute(*args)


# --------------------------------------------------------------------------- compute_source


def test_compute_source(client: Neuronpedia) -> None:
    one = client.activations.compute_source("gpt2-small", "0-res-jb", "The cat sat")
    assert isinstance(one, SourceTextActivations)
    assert one.tokens == ["The", " cat", " sat"]  # no BOS here
    assert one.active_features and all(isinstance(k, int) for k in one.active_features)
    index, pairs = next(iter(one.active_features.items()))
    values = one.feature_values(index)
    assert len(values) == 3
    for position, value in pairs:
        assert values[position] == value
    top = one.top_features(2)
    assert len(top) == 2 and top[0][1] >= top[1][1]
    assert one.to_dict()["activeFeatures"][str(index)] == [[p, v] for p, v in pairs]

    many = client.activations.compute_source("gpt2-small", "0-res-jb", ["The cat sat", "Paris is lovely"])
    assert [r.tokens for r in many] == [["The", " cat", " sat"], ["Paris", " is", " lovely"]]
    assert many[0].active_features == one.active_features


def test_compute_source_rejects_more_than_four_texts() -> None:
    with _refusing() as np, pytest.raises(InvalidRequestError, match="at most 4"):
        np.activations.compute_source("gpt2-small", "0-res-jb", ["a", "b", "c", "d", "e"])


def test_compute_source_inference_failure_at_200_raises() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"error": {"error": "model not loaded"}, "response": {}})

    with (
        Neuronpedia(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(handler)) as np,
        pytest.raises(InternalServerError) as info,
    ):
        np.activations.compute_source("gpt2-small", "0-res-jb", "text")
    assert info.value.status_code == 200
    assert info.value.body == {"error": {"error": "model not loaded"}, "response": {}}


# --------------------------------------------------------------------------- get


def test_get_stored_activations(client: Neuronpedia) -> None:
    acts = client.activations.get("gpt2-small", "0-res-jb", 10)
    assert len(acts) == 8
    assert all((a.modelId, a.source, a.index) == ("gpt2-small", "0-res-jb", 10) for a in acts)
    maxima = [a.max_value or 0.0 for a in acts]
    assert maxima == sorted(maxima, reverse=True)
    assert all(a.id and len(a.tokens) == len(a.values) for a in acts)
    same = client.activations.get("gpt2-small/0-res-jb/10")
    assert [a.id for a in same] == [a.id for a in acts]


def test_get_without_stored_activations_is_not_found(client: Neuronpedia) -> None:
    with pytest.raises(NotFoundError):
        client.activations.get("gpt2-small/0-res-jb/99999")


# --------------------------------------------------------------------------- upload


def test_upload_to_own_vector_in_chunks(client: Neuronpedia, emulator: EmulatorServer) -> None:
    np = pytest.importorskip("numpy")
    model_id, source, index = _my_vector(emulator)
    activations: list[Any] = [
        Activation(model_id, source, index, ["Dear", " Sir"], [0.5, 1.5]),
        {"tokens": ["We", " hereby"], "values": np.array([0.25, 2.0], dtype=np.float32)},
        (["a", "b", "c"], [np.float64(1.0), 2, 3.5]),
        (["x"], [4.0]),
        (["y"], [5.0]),
    ]
    result = client.activations.upload(f"{model_id}/{source}/{index}", activations, chunk_size=2)
    assert (result.uploaded, result.batches) == (5, 3)
    assert result.messages == ["2 activations created.", "2 activations created.", "1 activations created."]
    assert emulator.request_count("/api/activation/upload-batch") == 3
    stored = client.features.get(model_id, source, index).activations or []
    assert sorted(tuple(a.tokens) for a in stored) == sorted(
        [("Dear", " Sir"), ("We", " hereby"), ("a", "b", "c"), ("x",), ("y",)]
    )
    assert next(a for a in stored if a.tokens == ["We", " hereby"]).values == [0.25, 2.0]

    again = client.activations.upload(model_id, source, index, [(["z"], [1.0])])
    assert again.uploaded == 1


def test_upload_requires_a_key(anon_client: Neuronpedia, emulator: EmulatorServer) -> None:
    with pytest.raises(APIKeyMissingError):
        anon_client.activations.upload(FEATURE, [(["a"], [1.0])])
    assert emulator.request_count("/api/activation/upload-batch") == 0


@pytest.mark.parametrize(
    ("activations", "kwargs", "message"),
    [
        ([], {}, "at least one activation"),
        ([(["a", "b"], [1.0])], {}, "2 tokens but 1 values"),
        ([(["a"], [1.0]), (["a", "b"], [1.0, float("inf")])], {}, r"activations\[1\]\.values\[1\] is inf"),
        ([([], [])], {}, r"tokens must hold at least 1 item"),
        ([("ab", [1.0, 2.0])], {}, "list of strings"),
        (["tokens"], {}, "must be an Activation"),
        ([(["a"], [1.0])], {"chunk_size": 0}, "chunk_size"),
    ],
)
def test_upload_rejects_bad_input_before_sending(activations: list[Any], kwargs: dict[str, Any], message: str) -> None:
    with _refusing() as np, pytest.raises(InvalidRequestError, match=message):
        np.activations.upload(FEATURE, activations, **kwargs)


def test_upload_failure_says_how_much_was_stored() -> None:
    sent: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(len(json.loads(request.content)["activations"]))
        if len(sent) == 3:
            return httpx.Response(500, json={"error": "boom", "message": "boom"})
        return httpx.Response(200, json={"message": f"{sent[-1]} activations created."})

    with (
        Neuronpedia(base_url="http://127.0.0.1:9", api_key="k", transport=httpx.MockTransport(handler)) as np,
        pytest.raises(InternalServerError) as info,
    ):
        np.activations.upload(FEATURE, [(["a"], [1.0])] * 7, chunk_size=2)
    assert sent == [2, 2, 2]
    assert "4 activations in 2 of 4 requests were uploaded" in "".join(info.value.__notes__)


# --------------------------------------------------------------------------- async


async def test_async_activations(aclient: AsyncNeuronpedia, emulator: EmulatorServer) -> None:
    one = await aclient.activations.compute(FEATURE, "The cat sat")
    assert one.tokens == ["<|endoftext|>", "The", " cat", " sat"] and one.index == 42
    many = await aclient.activations.compute("gpt2-small", "6-res-jb", 42, ["The cat sat", "Rain"])
    assert [m.tokens[-1] for m in many] == [" sat", "Rain"] and many[0].values == one.values

    src = await aclient.activations.compute_source("gpt2-small", "0-res-jb", ["The cat sat"])
    assert [r.tokens for r in src] == [["The", " cat", " sat"]]
    single = await aclient.activations.compute_source("gpt2-small", "0-res-jb", "The cat sat")
    assert single.active_features == src[0].active_features

    stored = await aclient.activations.get("gpt2-small/0-res-jb/10")
    assert len(stored) == 8

    model_id, source, index = _my_vector(emulator)
    result = await aclient.activations.upload((model_id, source, index), [(["a"], [1.0]), (["b"], [2.0])], chunk_size=1)
    assert (result.uploaded, result.batches) == (2, 2)
    result = await aclient.activations.upload(model_id, source, index, [(["c"], [3.0])])
    assert result.messages == ["1 activations created."]


async def test_async_validation_before_sending() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent {request.method} {request.url}")

    async with AsyncNeuronpedia(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(refuse)) as np:
        with pytest.raises(InvalidRequestError):
            await np.activations.compute(FEATURE, "")
        with pytest.raises(InvalidRequestError):
            await np.activations.compute_source("gpt2-small", "0-res-jb", [])
        with pytest.raises(InvalidRequestError):
            await np.activations.get("gpt2-small", "0-res-jb")
        with pytest.raises(InvalidRequestError):
            await np.activations.upload(FEATURE, [(["a"], [float("nan")])])


# --------------------------------------------------------------------------- official names


@pytest.fixture
def official(emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[EmulatorServer]:
    monkeypatch.setenv("NEURONPEDIA_BASE_URL", emulator.base_url)
    monkeypatch.delenv("NEURONPEDIA_API_KEY", raising=False)
    yield emulator


def test_official_activation_request(official: EmulatorServer, capsys: pytest.CaptureFixture[str]) -> None:
    request = ActivationRequest()
    one = request.compute_activation_for_text("gpt2-small", "6-res-jb", "42", "The cat sat")
    assert one.tokens[1:] == ["The", " cat", " sat"] and one.index == 42
    many = request.compute_activation_for_texts("gpt2-small", "6-res-jb", 42, ["The cat sat", "Rain"])
    assert [m.tokens[-1] for m in many] == [" sat", "Rain"]
    raw = request.compute_all_source_activations_for_text("gpt2-small", "0-res-jb", "The cat sat")
    assert isinstance(raw, list) and raw[0]["tokens"] == ["The", " cat", " sat"]
    assert all(isinstance(k, str) for k in raw[0]["activeFeatures"])
    model_id, source, index = _my_vector(official)
    stored = ActivationRequest(api_key=official.api_key).upload_batch(
        model_id, source, index, [Activation(model_id, source, index, ["a", "b"], [1.0, 2.0])]
    )
    assert stored.messages == ["1 activations created."]
    assert capsys.readouterr().out == ""


def test_official_activation_class() -> None:
    a = Activation("gpt2-small", "6-res-jb", "7", ["a", "b"], [1.0, 2.0], quantileFraction=0.5)
    assert a.index == 7 and a.model_id == "gpt2-small"
    assert str(a) == "Activation for modelId: gpt2-small, source: 6-res-jb, index: 7\na\t1.0\nb\t2.0"
    with pytest.raises(ValueError, match="quantileFraction"):
        Activation("m", "s", 0, ["a"], [1.0], quantileFraction=1.5)

    row = {
        "modelId": "gpt2-small",
        "layer": "0-res-jb",
        "index": "10",
        "tokens": ["x", "y"],
        "values": [0, 3.5],
        "binMax": 4.0,
        "binMin": 3.0,
        "binContains": 0.01,
        "maxValue": 3.5,
        "createdAt": "2026-11-20T12:00:00.000Z",
    }
    parsed = Activation.from_np_db_json(row)  # the official method reads "source" and fails here
    assert (parsed.source, parsed.index, parsed.quantileMax, parsed.quantileFraction) == ("0-res-jb", 10, 4.0, 0.01)
    assert parsed.created_at is not None and parsed.created_at.year == 2026
    with pytest.raises(ValueError, match="Length mismatch"):
        Activation.from_np_db_json({**row, "values": [1.0]})


# --------------------------------------------------------------------------- _arrays


class _FakeTensor:
    """Duck-typed like a torch tensor on a GPU: detach() -> cpu() -> tolist()."""

    def __init__(self, data: Any, on_cpu: bool = False) -> None:
        self.data = data
        self.on_cpu = on_cpu

    def detach(self) -> _FakeTensor:
        return self

    def cpu(self) -> _FakeTensor:
        return _FakeTensor(self.data, on_cpu=True)

    def tolist(self) -> Any:
        assert self.on_cpu, "tolist() before cpu()"
        return self.data


def test_arrays_accept_numpy_torch_and_plain_sequences() -> None:
    np = pytest.importorskip("numpy")
    assert to_float_list(np.arange(3, dtype=np.float32)) == [0.0, 1.0, 2.0]
    assert to_float_list([np.float32(1.5), 2, np.int64(3)]) == [1.5, 2.0, 3.0]
    assert to_float_list(_FakeTensor([0.5, 1.0])) == [0.5, 1.0]
    assert to_float_list(array.array("d", [1.0, 2.0])) == [1.0, 2.0]
    assert to_float_list(x / 2 for x in range(3)) == [0.0, 0.5, 1.0]
    assert to_float(np.float64(2.5)) == 2.5
    assert to_float(_FakeTensor(4.0)) == 4.0
    assert to_float_matrix(np.array([[1, 2], [3, 4]])) == [[1.0, 2.0], [3.0, 4.0]]
    assert all(type(v) is float for v in to_float_list(np.ones(2, dtype=np.float16)))


def test_arrays_reject_non_finite_and_non_numbers_naming_the_position() -> None:
    np = pytest.importorskip("numpy")
    with pytest.raises(InvalidRequestError, match=r"vector\[2\] is nan"):
        to_float_list(np.array([1.0, 2.0, np.nan]), name="vector")
    with pytest.raises(InvalidRequestError, match=r"values\[1\]\[0\] is -inf"):
        to_float_matrix([[1.0], [-np.inf]])
    with pytest.raises(InvalidRequestError, match=r"values\[0\] must be a number"):
        to_float_list([True])
    with pytest.raises(InvalidRequestError, match=r"values\[1\] must be a number"):
        to_float_list([1.0, "2"])
    with pytest.raises(InvalidRequestError, match="sequence of numbers"):
        to_float_list("123")
    with pytest.raises(InvalidRequestError, match="sequence of numbers"):
        to_float_list(3.0)
