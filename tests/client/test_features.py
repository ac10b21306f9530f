"""client.features and client.sparsity against the emulator, sync and async, plus the official
names of the feature area (Feature, SAEFeature, Explanation, Logit, Source, FeatureRequest, ...)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from neuronpedia_ext import (
    APIKeyMissingError,
    AsyncNeuronpedia,
    FeatureId,
    InternalServerError,
    InvalidRequestError,
    Neuronpedia,
    NotFoundError,
    api_key,
)
from neuronpedia_ext.compat.requests_features import FeatureRequest, SAEFeatureRequest
from neuronpedia_ext.emulator.server import EmulatorServer
from neuronpedia_ext.models.activations import Activation
from neuronpedia_ext.models.features import Explanation, Feature, Logit, SAEFeature, Source

FID = "gpt2-small/0-res-jb/14057"


def _post(emulator: EmulatorServer, path: str, body: Any) -> Any:
    response = httpx.post(emulator.base_url + path, json=body, headers={"x-api-key": emulator.api_key})
    response.raise_for_status()
    return response.json()


def _my_source(emulator: EmulatorServer, name: str = "my-sae") -> str:
    """A source set of the test user on gpt2-small; returns the source of layer 0."""
    _post(emulator, "/api/source-set/new", {"name": name, "modelId": "gpt2-small", "description": "test set"})
    return f"0-{name}"


def _feature(index: int, **extra: Any) -> Feature:
    feature = Feature(
        modelId="gpt2-small",
        source="ignored",
        index=index,
        density=0.25,
        top_logits=[Logit("dog", 0.9), Logit("cat", 0.7)],
        bottom_logits=[Logit("car", -1.1)],
        **extra,
    )
    feature.activations = [
        Activation("gpt2-small", "ignored", index, ["my", " border", " collie"], [0, 2.5, 5.3], 6, 5, 0.1)
    ]
    feature.explanations = [Explanation("gpt2-small", "ignored", index, f"magic dog {index}")]
    return feature


def _refusing() -> Neuronpedia:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent {request.method} {request.url}")

    return Neuronpedia(base_url="http://127.0.0.1:9", api_key="k", transport=httpx.MockTransport(refuse))


# --------------------------------------------------------------------------- get


def test_get_full_feature(client: Neuronpedia, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEURONPEDIA_BASE_URL", raising=False)
    monkeypatch.delenv("USE_LOCALHOST", raising=False)
    f = client.features.get("gpt2-small", "0-res-jb", 14057)
    assert (f.modelId, f.model_id, f.source, f.index) == ("gpt2-small", "gpt2-small", "0-res-jb", 14057)
    assert f.density == f.frac_nonzero == pytest.approx(0.003306)
    assert f.hook_name == "blocks.0.hook_resid_pre"
    assert f.max_act_approx == pytest.approx(39.1)
    assert f.top_logits is not None and f.top_logits[0] == Logit(" sauce", 1.17)
    assert f.bottom_logits and all(isinstance(logit, Logit) for logit in f.bottom_logits)
    assert f.explanations is not None and f.explanations[0].text == "food and cooking"
    assert f.description == "food and cooking"
    expl = f.explanations[0]
    assert (expl.modelId, expl.source, expl.index) == ("gpt2-small", "0-res-jb", 14057)
    assert expl.method == "oai_token-act-pair" and expl.explainer_model == "gpt-4o-mini" and expl.id
    assert f.activations is not None and len(f.activations) == 24
    maxima = [a.max_value for a in f.activations]
    assert maxima == sorted(maxima, reverse=True)  # type: ignore[type-var]
    top = f.activations[0]
    assert top.source == "0-res-jb" and top.index == 14057 and len(top.tokens) == len(top.values)
    assert top.max_value == pytest.approx(max(top.values))
    assert f.model_info is not None and f.model_info.display_name == "GPT2-Small" and f.model_info.layers == 12
    assert f.source_info is not None and f.source_info.id == "0-res-jb" and f.source_info.set_name == "res-jb"
    assert f.source_set_info is not None and f.source_set_info.name == "res-jb"
    assert f.raw["index"] == "14057" and f.raw["layer"] == "0-res-jb"
    assert f.feature_id == FeatureId("gpt2-small", "0-res-jb", "14057")
    assert f.url == f"{client.base_url}/gpt2-small/0-res-jb/14057"  # the page on the client that fetched it


@pytest.mark.parametrize(
    "args",
    [
        ("gpt2-small", "6-res-jb", 42),
        ("gpt2-small", "6-res-jb", "42"),
        ("gpt2-small/6-res-jb/42",),
        ("https://www.neuronpedia.org/gpt2-small/6-res-jb/42",),
        (FeatureId("gpt2-small", "6-res-jb", "42"),),
        (("gpt2-small", "6-res-jb", 42),),
    ],
)
def test_get_accepts_every_id_form(client: Neuronpedia, args: tuple[Any, ...]) -> None:
    f = client.features.get(*args)
    assert (f.source, f.index, f.description) == ("6-res-jb", 42, "sports and games")


def test_get_unknown_feature_is_not_found(client: Neuronpedia) -> None:
    with pytest.raises(NotFoundError) as info:
        client.features.get("gpt2-small/0-res-jb/99999")
    assert info.value.status_code == 404


def test_get_needs_no_key(anon_client: Neuronpedia) -> None:
    assert anon_client.features.get(FID).index == 14057


def test_raw_response(client: Neuronpedia) -> None:
    raw = client.with_raw_response.features.get(FID)
    assert raw.status_code == 200
    assert raw.json()["frac_nonzero"] == pytest.approx(0.003306)
    assert raw.parsed.index == 14057


# --------------------------------------------------------------------------- get_many


def test_get_many_keeps_order_and_reports_each_failure(client: Neuronpedia, emulator: EmulatorServer) -> None:
    ids = [
        "gpt2-small/6-res-jb/42",
        "gpt2-small/0-res-jb/99999",
        ("gpt2-small", "0-res-jb", 1),
        "gpt2-small/6-res-jb/42",
    ]
    results = client.features.get_many(ids, max_activations=2)
    assert [str(r.id) for r in results] == [
        "gpt2-small/6-res-jb/42",
        "gpt2-small/0-res-jb/99999",
        "gpt2-small/0-res-jb/1",
        "gpt2-small/6-res-jb/42",
    ]
    assert [r.ok for r in results] == [True, False, True, True]
    assert results[0].unwrap().description == "sports and games"
    assert results[2].unwrap().description == "opening quotation marks"
    assert all(len(r.unwrap().activations or []) == 2 for r in results if r.ok)
    assert isinstance(results[1].error, NotFoundError) and results[1].feature is None
    with pytest.raises(NotFoundError):
        results[1].unwrap()
    # one batch read for the three distinct ids, one GET for the one the batch did not return
    assert emulator.request_count("/api/features") == 1
    assert emulator.request_count("/api/feature/gpt2-small/0-res-jb/99999") == 1
    assert emulator.request_count("/api/feature/gpt2-small/6-res-jb/42") == 0


def test_get_many_chunks_the_batch(client: Neuronpedia, emulator: EmulatorServer) -> None:
    ids = [f"gpt2-small/0-res-jb/{i}" for i in range(7)]
    results = client.features.get_many(ids, batch_size=3, concurrency=2)
    assert [r.unwrap().index for r in results] == list(range(7))
    assert emulator.request_count("/api/features") == 3


def test_get_many_without_batch_uses_gets(client: Neuronpedia, emulator: EmulatorServer) -> None:
    results = client.features.get_many(["gpt2-small/0-res-jb/2", "gpt2-small/0-res-jb/3"], use_batch=False)
    assert [r.unwrap().index for r in results] == [2, 3]
    assert all(r.unwrap().model_info is not None for r in results)  # the full GET carries metadata
    assert emulator.request_count("/api/features") == 0


def test_get_many_falls_back_to_gets_when_the_batch_fails() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url.path}")
        if request.url.path == "/api/features":
            return httpx.Response(500, json={"message": "Unknown Error"})
        return httpx.Response(404, json={"error": "not available"})

    with Neuronpedia(base_url="http://127.0.0.1:9", max_retries=0, transport=httpx.MockTransport(handler)) as np:
        results = np.features.get_many(["m/s/1", "m/s/2"], concurrency=1)
    assert [type(r.error) for r in results] == [NotFoundError, NotFoundError]
    assert seen == ["POST /api/features", "GET /api/feature/m/s/1", "GET /api/feature/m/s/2"]


def test_get_many_of_nothing_sends_nothing() -> None:
    with _refusing() as np:
        assert np.features.get_many([]) == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"ids": ["gpt2-small/0-res-jb/1", "nonsense"]}, "feature id"),
        ({"ids": ["gpt2-small/0-res-jb/1"], "concurrency": 0}, "concurrency"),
        ({"ids": ["gpt2-small/0-res-jb/1"], "batch_size": 0}, "batch_size"),
        ({"ids": ["gpt2-small/0-res-jb/1"], "max_activations": -1}, "max_activations"),
    ],
)
def test_get_many_rejects_bad_input_before_sending(kwargs: dict[str, Any], message: str) -> None:
    with _refusing() as np, pytest.raises(InvalidRequestError, match=message):
        np.features.get_many(**kwargs)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("gpt2-small", "0-res-jb"), "give model_id, source and index"),
        (("gpt2-small/0-res-jb",), "feature id"),
        (("gpt2-small", "0-res-jb", -3), "non-negative"),
        (("gpt2 small", "0-res-jb", 3), "model_id"),
        (("gpt2-small", "0-res-jb", "\u00b2"), "non-negative"),  # a digit that is not a decimal
        (("gpt2-small/0-res-jb/\u00b9\u00b2",), "non-negative"),
    ],
)
def test_get_rejects_bad_ids_before_sending(args: tuple[Any, ...], message: str) -> None:
    with _refusing() as np, pytest.raises(InvalidRequestError, match=message):
        np.features.get(*args)


# --------------------------------------------------------------------------- upload


def test_upload_chunks_at_the_server_cap(client: Neuronpedia, emulator: EmulatorServer) -> None:
    source = _my_source(emulator)
    result = client.features.upload("gpt2-small", source, [_feature(i) for i in range(130)])
    assert (result.uploaded, result.batches) == (130, 2)
    assert result.messages == ["128 features created.", "2 features created."]
    assert emulator.request_count("/api/feature/upload-batch") == 2
    back = client.features.get("gpt2-small", source, 129)
    assert back.density == pytest.approx(0.25)
    assert back.description == "magic dog 129"
    assert back.top_logits == [Logit("dog", 0.9), Logit("cat", 0.7)]
    assert back.bottom_logits == [Logit("car", -1.1)]
    assert back.activations is not None and back.activations[0].tokens == ["my", " border", " collie"]
    assert back.activations[0].values == [0, 2.5, 5.3]
    assert (back.activations[0].quantileMax, back.activations[0].quantileFraction) == (6, 0.1)


def test_upload_with_progress_bar(
    client: Neuronpedia, emulator: EmulatorServer, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("tqdm")
    source = _my_source(emulator, "progress-sae")
    result = client.features.upload("gpt2-small", source, [_feature(i) for i in range(3)], progress=True)
    assert result.uploaded == 3
    assert "3/3" in capsys.readouterr().err


def test_upload_progress_without_tqdm_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm.auto", None)
    with (
        _refusing() as np,
        pytest.raises(
            ImportError, match=r"pip install tqdm \(or, from a clone of neuronpedia-ext: pip install '\.\[progress\]'\)"
        ),
    ):
        np.features.upload("gpt2-small", "0-my-sae", [_feature(0)], progress=True)


def test_upload_failure_says_how_much_was_uploaded() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(len(json.loads(request.content)["features"]))
        if len(calls) == 2:
            return httpx.Response(500, json={"error": "Something went wrong", "message": "Something went wrong"})
        return httpx.Response(200, json={"message": f"{calls[-1]} features created."})

    with (
        Neuronpedia(base_url="http://127.0.0.1:9", api_key="k", transport=httpx.MockTransport(handler)) as np,
        pytest.raises(InternalServerError) as info,
    ):
        np.features.upload("gpt2-small", "0-my-sae", [_feature(i) for i in range(300)])
    assert calls == [128, 128]  # stopped at the failing batch, writes are not retried
    assert "128 features in 1 of 3 batches were uploaded" in "".join(info.value.__notes__)


def test_upload_requires_a_key(anon_client: Neuronpedia, emulator: EmulatorServer) -> None:
    with pytest.raises(APIKeyMissingError):
        anon_client.features.upload("gpt2-small", "0-my-sae", [_feature(0)])
    assert emulator.request_count("/api/feature/upload-batch") == 0


def _bad(**changes: Any) -> Feature:
    feature = _feature(0)
    for name, value in changes.items():
        setattr(feature, name, value)
    return feature


@pytest.mark.parametrize(
    ("features", "kwargs", "message"),
    [
        ([], {}, "at least one feature"),
        ([_bad(activations=[])], {}, r"activations must hold at least 1 item"),
        ([_bad(activations=[Activation("m", "s", 0, ["a", "b"], [1.0])])], {}, "2 tokens but 1 values"),
        ([_bad(activations=[Activation("m", "s", 0, ["a"], [float("nan")])])], {}, r"activations\[0\]\.values\[0\]"),
        ([_bad(activations=[Activation("m", "s", 0, [], [])])], {}, r"tokens must hold at least 1 and at most 1024"),
        ([_feature(1), _feature(1)], {}, "repeats index 1"),
        ([_bad(density=2.0)], {}, "density"),
        ([_bad(top_logits=[Logit(f"t{i}", 1.0) for i in range(21)])], {}, "at most 20"),
        ([_bad(explanations=[Explanation("m", "s", 0, "")])], {}, "1 to 512"),
        ([_feature(0)], {"batch_size": 129}, "at most 128"),
        (["gpt2-small/0-res-jb/1"], {}, "must be a Feature"),
    ],
)
def test_upload_rejects_bad_input_before_sending(features: list[Any], kwargs: dict[str, Any], message: str) -> None:
    with _refusing() as np, pytest.raises(InvalidRequestError, match=message):
        np.features.upload("gpt2-small", "0-my-sae", features, **kwargs)


def test_upload_rejects_a_bad_source_before_sending() -> None:
    with _refusing() as np, pytest.raises(InvalidRequestError, match="source"):
        np.features.upload("gpt2-small", "bad source", [_feature(0)])


# --------------------------------------------------------------------------- sparsity


def test_connected_neurons(client: Neuronpedia) -> None:
    result = client.sparsity.connected_neurons("gpt2-small", 3, 100, trace_depth=2, trace_k=2)
    assert (result.layer, result.neuron) == (3, 100)
    assert len(result.trace_forward) == 2 and len(result.trace_backward) == 2
    first = result.trace_forward[0]
    assert first.layer == 4 and len(first.children) == 2 and first.children[0].layer == 5
    assert result.trace_backward[0].layer == 2 and result.trace_backward[0].parents[0].layer == 1
    assert all(not c.children for n in result.trace_forward for c in n.children)  # depth 2: two hops
    assert all(not p.parents for n in result.trace_backward for p in n.parents)
    # upstream: every neuron of the traces (depth first, forward then backward, unique), then the start one
    expected: list[tuple[int, int]] = []
    for top in result.trace_forward:
        expected += [(top.layer, top.neuron), *((c.layer, c.neuron) for c in top.children)]
    for top in result.trace_backward:
        expected += [(top.layer, top.neuron), *((p.layer, p.neuron) for p in top.parents)]
    expected = [*dict.fromkeys(expected), (3, 100)]
    assert len(expected) == 13  # 2 + 2*2 forward, 2 + 2*2 backward, all distinct, plus the start neuron
    got = [(e.source, e.index) for e in result.neuron_explanations]
    assert got == [(f"{layer}-mlp", neuron) for layer, neuron in expected]
    assert all(e.model_id == "gpt2-small" for e in result.neuron_explanations)


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (("gpt2-small", -1, 3), {}, "layer"),
        (("gpt2-small", 1, "3"), {}, "index"),
        (("", 1, 3), {}, "model_id"),
        (("gpt2-small", 1, 3), {"trace_k": 0}, "trace_k"),
    ],
)
def test_connected_neurons_rejects_bad_input(args: tuple[Any, ...], kwargs: dict[str, Any], message: str) -> None:
    with _refusing() as np, pytest.raises(InvalidRequestError, match=message):
        np.sparsity.connected_neurons(*args, **kwargs)


# --------------------------------------------------------------------------- async


async def test_async_features(aclient: AsyncNeuronpedia, emulator: EmulatorServer) -> None:
    f = await aclient.features.get(FID)
    assert (f.index, f.description) == (14057, "food and cooking")
    with pytest.raises(NotFoundError):
        await aclient.features.get("gpt2-small", "0-res-jb", 99999)

    ids = [f"gpt2-small/0-res-jb/{i}" for i in (5, 99999, 6, 7)]
    results = await aclient.features.get_many(ids, batch_size=2, concurrency=3, max_activations=1)
    assert [r.ok for r in results] == [True, False, True, True]
    assert [r.feature.index for r in results if r.feature] == [5, 6, 7]
    assert all(len(r.feature.activations or []) == 1 for r in results if r.feature)
    assert emulator.request_count("/api/features") == 2

    source = _my_source(emulator, "async-sae")
    uploaded = await aclient.features.upload("gpt2-small", source, [_feature(i) for i in range(3)], batch_size=2)
    assert (uploaded.uploaded, uploaded.batches) == (3, 2)
    assert (await aclient.features.get("gpt2-small", source, 2)).description == "magic dog 2"

    trace = await aclient.sparsity.connected_neurons("gpt2-small", 5, 7, trace_k=3)
    assert (trace.layer, trace.neuron, len(trace.trace_forward)) == (5, 7, 3)


async def test_async_validation_before_sending() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent {request.method} {request.url}")

    async with AsyncNeuronpedia(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(refuse)) as np:
        with pytest.raises(InvalidRequestError):
            await np.features.get("gpt2-small", "0-res-jb")
        with pytest.raises(InvalidRequestError):
            await np.features.get_many(["x"])
        with pytest.raises(InvalidRequestError):
            await np.features.upload("gpt2-small", "0-a", [])
        with pytest.raises(InvalidRequestError):
            await np.sparsity.connected_neurons("gpt2-small", 1, 1, trace_depth=0)


# --------------------------------------------------------------------------- official names


@pytest.fixture
def official(emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[EmulatorServer]:
    monkeypatch.setenv("NEURONPEDIA_BASE_URL", emulator.base_url)
    monkeypatch.delenv("NEURONPEDIA_API_KEY", raising=False)
    yield emulator


def test_official_feature_get(official: EmulatorServer, capsys: pytest.CaptureFixture[str]) -> None:
    f = Feature.get("gpt2-small", "0-res-jb", 14057)
    assert f.index == 14057 and f.density == pytest.approx(0.003306)
    # the official client fails here with KeyError('modelId'): explanations carry no modelId
    assert f.explanations is not None and f.explanations[0].modelId == "gpt2-small"
    assert f.activations is not None and f.activations[0].source == "0-res-jb"
    assert capsys.readouterr().out == ""  # nothing printed


def test_official_sae_feature(official: EmulatorServer) -> None:
    sae = SAEFeature.get("gpt2-small", "0-res-jb", "14057")
    assert (sae.modelId, sae.source, sae.index) == ("gpt2-small", "0-res-jb", 14057)
    assert sae.data["frac_nonzero"] == pytest.approx(0.003306)
    assert json.loads(sae.jsonData) == sae.data
    assert sae.feature is not None and sae.feature.description == "food and cooking"
    assert len(repr(sae)) < 200  # the official repr is the whole body
    rebuilt = SAEFeature("gpt2-small", "0-res-jb", 14057, sae.jsonData)
    assert rebuilt.data == sae.data and rebuilt.index == 14057


def test_official_request_classes(official: EmulatorServer) -> None:
    f = FeatureRequest().get("gpt2-small", "6-res-jb", 42)
    assert f.description == "sports and games"
    sae = SAEFeatureRequest(api_key="explicit-key").get("gpt2-small", "6-res-jb", "42")
    assert sae.data["index"] == "42"
    assert "explicit-key" not in repr(SAEFeatureRequest(api_key="explicit-key"))
    _my_source(official, "official-sae")
    result = FeatureRequest(api_key=official.api_key).upload_batch(
        "gpt2-small", "0-official-sae", [_feature(i) for i in range(2)]
    )
    assert (result.uploaded, result.batches) == (2, 1)


def test_official_source_upload_batch_and_upload_example(official: EmulatorServer) -> None:
    """The official upload notebook, step 3, with only the imports changed."""
    _my_source(official, "puppyscope-res-2k")
    source = Source(id="0-puppyscope-res-2k", model_id="gpt2-small", set_name="puppyscope-res-2k")
    new_feature_1 = Feature(
        modelId="gpt2-small",
        source=source.id,
        index=0,
        density=0.03,
        top_logits=[Logit("dog", 0.9), Logit("cat", 0.7)],
        bottom_logits=[Logit("car", -1.1), Logit("house", -0.9)],
    )
    new_feature_1.activations = [
        Activation(
            modelId=new_feature_1.modelId,
            source=new_feature_1.source,
            index=new_feature_1.index,
            tokens=["my", " border", " collie"],
            values=[0, 2.5, 5.3],
            quantileMax=6,
            quantileMin=5,
            quantileFraction=0.1,
        )
    ]
    new_feature_1.explanations = [
        Explanation(
            modelId=new_feature_1.modelId, source=new_feature_1.source, index=new_feature_1.index, text="magic dog"
        )
    ]
    with api_key(official.api_key):
        result = source.upload_batch(features=[new_feature_1])
    assert result.uploaded == 1
    back = Feature.get("gpt2-small", source.id, 0)
    assert back.description == "magic dog" and back.density == pytest.approx(0.03)


def test_official_open_in_browser(official: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []

    def fake_open(url: str, *args: Any, **kwargs: Any) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr("webbrowser.open", fake_open)
    Feature("gpt2-small", "6-res-jb", 42).open_in_browser()
    Source("6-res-jb", "gpt2-small", "res-jb").open_in_browser()
    assert opened == [f"{official.base_url}/gpt2-small/6-res-jb/42", f"{official.base_url}/gpt2-small/6-res-jb"]


def test_official_explanation_from_np_db_json() -> None:
    real = {"id": "e1", "description": "dogs", "explanationModelName": "gpt-4o-mini", "typeName": "oai_token-act-pair"}
    with pytest.raises(ValueError, match="pass model_id"):
        Explanation.from_np_db_json(real)
    e = Explanation.from_np_db_json(real, "gpt2-small", "6-res-jb", "42")
    assert (e.modelId, e.source, e.index, e.text, e.method, e.explainer_model, e.id) == (
        "gpt2-small",
        "6-res-jb",
        42,
        "dogs",
        "oai_token-act-pair",
        "gpt-4o-mini",
        "e1",
    )
    official_shape = {"modelId": "m", "source": "s", "index": 3, "description": "x"}
    assert Explanation.from_np_db_json(official_shape).index == 3


def test_feature_is_mutable_and_index_accepts_strings() -> None:
    f = Feature("gpt2-small", "6-res-jb", "0042")
    assert f.index == 42
    f.density = 0.5
    assert f.frac_nonzero == 0.5
    with pytest.raises(InvalidRequestError):
        Feature("gpt2-small", "6-res-jb", "x")
    assert Logit("a", 1.0) == Logit(token="a", value=1.0)


# --------------------------------------------------------------------------- emulator gaps (reported)


def test_get_many_without_a_cap_returns_every_activation(client: Neuronpedia) -> None:
    full = client.features.get(FID)
    [result] = client.features.get_many([FID])
    assert len(result.unwrap().activations or []) == len(full.activations or []) == 24


def test_upload_skips_existing_indexes(client: Neuronpedia, emulator: EmulatorServer) -> None:
    source = _my_source(emulator, "dupe-sae")
    client.features.upload("gpt2-small", source, [_feature(0)])
    again = client.features.upload("gpt2-small", source, [_feature(0), _feature(1)])
    assert again.messages == ["2 features created."]  # counted, though index 0 is skipped
    assert client.features.get("gpt2-small", source, 1).description == "magic dog 1"


def test_connected_neurons_names_residual_channels_resid(client: Neuronpedia) -> None:
    result = client.sparsity.connected_neurons("gpt2-small", 3, 100)
    assert result.resid_channel_explanations
    assert all(e.source.endswith("-resid") for e in result.resid_channel_explanations)


def test_get_many_through_with_raw_response_gives_feature_results(client: Neuronpedia) -> None:
    results = client.with_raw_response.features.get_many(["gpt2-small/0-res-jb/1", "gpt2-small/0-res-jb/99999"])
    assert [r.ok for r in results] == [True, False]
    assert results[0].unwrap().index == 1


async def test_async_get_many_through_with_raw_response_gives_feature_results(aclient: AsyncNeuronpedia) -> None:
    results = await aclient.with_raw_response.features.get_many(["gpt2-small/0-res-jb/1", "gpt2-small/0-res-jb/99999"])
    assert [r.ok for r in results] == [True, False]
    assert results[0].unwrap().index == 1


def test_upload_through_with_raw_response_gives_the_messages(client: Neuronpedia, emulator: EmulatorServer) -> None:
    source = _my_source(emulator, "raw-sae")
    result = client.with_raw_response.features.upload("gpt2-small", source, [_feature(i) for i in range(2)])
    assert result.messages == ["2 features created."]
