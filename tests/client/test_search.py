"""client.search against the emulator (explanation search with paging, search-all, top-k by
token), sync and async, plus the official SourceActivationRequest / TopKByTokenRequest."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from neuronpedia_ext import AsyncNeuronpedia, InvalidRequestError, Neuronpedia
from neuronpedia_ext.compat.requests_vectors import SourceActivationRequest, TopKByTokenRequest
from neuronpedia_ext.emulator.server import EmulatorServer
from neuronpedia_ext.models.activations import Activation
from neuronpedia_ext.models.search import (
    ExplanationSearchPage,
    FeatureWithTopActivation,
    NPFeature,
    TopKByTokenResult,
)
from tests.support.validating import ValidatingTransport

TEXT = "The cat sat on the mat."


class RecordingTransport(httpx.BaseTransport):
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
    with Neuronpedia(base_url=emulator.base_url, max_retries=0, transport=transport) as np_:
        yield np_, transport


def refusing_client() -> Neuronpedia:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent {request.method} {request.url}")

    return Neuronpedia(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(refuse))


def ids(results: Any) -> list[tuple[str, str, str, str]]:
    return [(r.model_id, r.source, r.index, r.description) for r in results]


# --------------------------------------------------------------------------- explanation search


def test_explanations_pages(client: Neuronpedia, emulator: EmulatorServer) -> None:
    first = client.search.explanations("dinosaurs and fossils", "gpt2-small", ["0-res-jb"])
    assert isinstance(first, ExplanationSearchPage)
    assert len(first) == 20 and first.has_more is True and first.next_offset == 20
    top = first.results[0]
    assert (top.model_id, top.source, top.index, top.description) == (
        "gpt2-small",
        "0-res-jb",
        14,
        "dinosaurs and fossils",
    )
    assert top.cosine_similarity == pytest.approx(1.0)
    sims = [r.cosine_similarity or 0 for r in first]
    assert sims == sorted(sims, reverse=True)
    assert {r.source for r in first} == {"0-res-jb"}
    assert top.feature is not None
    assert top.feature.feature_id == top.feature_id
    assert "dinosaurs and fossils" in [e.text for e in top.feature.explanations or []]
    assert top.feature.activations and len(top.feature.activations) <= 3
    assert top.feature.raw["index"] == "14"

    second = client.search.explanations("dinosaurs and fossils", "gpt2-small", "0-res-jb", offset=first.next_offset)
    assert second.offset == 20 and second.has_more is False and second.next_offset is None
    assert 0 < len(second) < 20
    assert not set(ids(first)) & set(ids(second))
    assert emulator.request_count("/api/explanation/search") == 2


def test_iter_explanations_follows_next_offset(client: Neuronpedia, emulator: EmulatorServer) -> None:
    page1 = client.search.explanations("dinosaurs and fossils", "gpt2-small", ["0-res-jb"])
    page2 = client.search.explanations("dinosaurs and fossils", "gpt2-small", ["0-res-jb"], offset=20)
    emulator.request_log.clear()
    everything = list(client.search.iter_explanations("dinosaurs and fossils", "gpt2-small", ["0-res-jb"]))
    assert ids(everything) == ids(page1) + ids(page2)
    assert emulator.request_count("/api/explanation/search") == 2

    emulator.request_log.clear()
    five = list(client.search.iter_explanations("dinosaurs and fossils", "gpt2-small", ["0-res-jb"], max_results=5))
    assert ids(five) == ids(page1)[:5]
    assert emulator.request_count("/api/explanation/search") == 1
    assert list(client.search.iter_explanations("dinosaurs", "gpt2-small", ["0-res-jb"], max_results=0)) == []

    from_20 = list(client.search.iter_explanations("dinosaurs and fossils", "gpt2-small", ["0-res-jb"], offset=20))
    assert ids(from_20) == ids(page2)


def test_iterator_is_lazy(client: Neuronpedia, emulator: EmulatorServer) -> None:
    iterator = client.search.iter_explanations_all("weather and rain")
    assert emulator.request_count("/api/explanation/search-all") == 0
    first = next(iterator)
    assert first.description == "weather and rain"
    assert emulator.request_count("/api/explanation/search-all") == 1


def test_explanations_all_by_model_by_release(client: Neuronpedia, emulator: EmulatorServer) -> None:
    everywhere = client.search.explanations_all("dinosaurs and fossils")
    assert len(everywhere) == 20 and everywhere.has_more
    assert {r.model_id for r in everywhere} == {"gpt2-small", "gemma-2-2b"}
    assert {r.description for r in everywhere.results[:2]} == {"dinosaurs and fossils"}
    all_results = list(client.search.iter_explanations_all("dinosaurs and fossils"))
    assert ids(all_results[:20]) == ids(everywhere)
    assert len(all_results) > 20 and len(set(ids(all_results))) == len(all_results)

    by_model = client.search.explanations_by_model("dinosaurs and fossils", "gemma-2-2b")
    assert {r.model_id for r in by_model} == {"gemma-2-2b"}
    assert by_model.results[0].index == 16383 and by_model.has_more is False
    assert ids(client.search.iter_explanations_by_model("dinosaurs and fossils", "gemma-2-2b")) == ids(by_model)

    by_release = client.search.explanations_by_release("dinosaurs and fossils", "gemma-scope-2b-pt-res")
    assert {r.source for r in by_release} == {"20-gemmascope-res-16k"}
    assert by_release.results[0].description == "dinosaurs and fossils"
    it = client.search.iter_explanations_by_release("dinosaurs and fossils", "gemma-scope-2b-pt-res")
    assert ids(it) == ids(by_release)


def test_explanation_search_needs_no_key(anon_client: Neuronpedia) -> None:
    assert len(anon_client.search.explanations_all("music and songs")) > 0


# --------------------------------------------------------------------------- search-all


def test_top_features(recorder: tuple[Neuronpedia, RecordingTransport]) -> None:
    np_, transport = recorder
    result = np_.search.top_features(TEXT, "gpt2-small", layers=["6-res-jb"], num_results=5)
    body = transport.bodies[-1]
    assert body["sourceSet"] == "res-jb"  # from the layers
    assert body["selectedLayers"] == ["6-res-jb"] and body["sortIndexes"] == [] and body["ignoreBos"] is True
    assert result.tokens[0] == "<|endoftext|>" and result.tokens[1:3] == ["The", " cat"]
    assert 0 < len(result) <= 5
    maxima = [r.max_value for r in result]
    assert maxima == sorted(maxima, reverse=True)
    for r in result:
        assert r.layer == r.source == "6-res-jb" and r.modelId == "gpt2-small"
        assert len(r.values) == len(result.tokens)
        assert r.values[r.max_value_index] == pytest.approx(r.max_value)
        assert r.values[0] == 0  # ignore_bos
        assert r.details is not None and r.details.feature_id == r.feature_id

    activations = result.to_activations()
    assert [(a.source, a.index, a.values) for a in activations] == [(r.layer, r.index, r.values) for r in result]
    assert all(a.tokens == result.tokens for a in activations)


def test_top_features_sorted_at_token_and_whole_set(recorder: tuple[Neuronpedia, RecordingTransport]) -> None:
    np_, transport = recorder
    at_cat = np_.search.top_features(TEXT, "gpt2-small", "res-jb", sort_indexes=[2], num_results=10)
    body = transport.bodies[-1]
    assert "selectedLayers" not in body and body["sortIndexes"] == [2]
    at_2 = [r.values[2] for r in at_cat]
    assert at_2 == sorted(at_2, reverse=True)
    layers = {r.layer for r in at_cat}
    assert len(layers) > 1 and all(layer.endswith("-res-jb") for layer in layers)  # the whole source set


def test_top_features_batch(client: Neuronpedia) -> None:
    single = client.search.top_features("The cat", "gpt2-small", layers="6-res-jb")
    both = client.search.top_features_batch(["The cat", "Rain today"], "gpt2-small", layers="6-res-jb")
    assert len(both) == 2
    assert both[0].tokens == single.tokens
    assert [(r.index, r.values) for r in both[0]] == [(r.index, r.values) for r in single]
    assert all(r.details is None for result in both for r in result)  # batches carry no feature rows
    assert both[1].tokens[1:] == ["Rain", " today"]


# --------------------------------------------------------------------------- top-k by token


def test_topk_by_token(recorder: tuple[Neuronpedia, RecordingTransport]) -> None:
    np_, transport = recorder
    positions = np_.search.topk_by_token(TEXT, "gpt2-small", "6-res-jb", num_results=3)
    assert transport.bodies[-1] == {
        "modelId": "gpt2-small",
        "source": "6-res-jb",
        "text": TEXT,
        "numResults": 3,
        "ignoreBos": True,
        "densityThreshold": 0.01,
    }
    assert [p.token for p in positions] == ["The", " cat", " sat", " on", " the", " mat", "."]  # BOS dropped
    assert [p.position for p in positions] == list(range(1, 8))
    for p in positions:
        assert isinstance(p, TopKByTokenResult) and not p.is_special
        assert 0 < len(p.topFeatures) <= 3
        values = [f.activationValue for f in p.top_features]
        assert values == sorted(values, reverse=True)
        for f in p.topFeatures:
            assert f.feature == NPFeature("gpt2-small", "6-res-jb", f.feature.index)
            assert f.details is not None and str(f.details.index) == str(f.feature.index)
            assert f.description == f.details.description and f.description
            assert f.activation_value == f.activationValue


def test_topk_by_token_batch(client: Neuronpedia) -> None:
    both = client.search.topk_by_token_batch(["The cat", "Rain today"], "gpt2-small", "6-res-jb", num_results=2)
    assert [[p.token for p in one] for one in both] == [
        ["<|endoftext|>", "The", " cat"],
        ["<|endoftext|>", "Rain", " today"],
    ]
    assert both[0][0].is_special is True
    assert all(f.details is None for one in both for p in one for f in p.topFeatures)
    assert all(len(p.topFeatures) <= 2 for one in both for p in one)


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.explanations("ab", "gpt2-small", ["0-res-jb"]), "at least 3"),
        (lambda s: s.explanations("cats", "gpt2-small", []), "at least one source"),
        (lambda s: s.explanations("cats", "", ["0-res-jb"]), "model_id"),
        (lambda s: s.explanations("cats", "gpt2-small", ["0-res-jb"], offset=-20), "offset"),
        (lambda s: s.explanations_all("x "), "at least 3"),
        (lambda s: s.explanations_by_model("cats", None), "model_id"),
        (lambda s: s.explanations_by_release("cats", ""), "release_name"),
        (lambda s: s.iter_explanations_all("ab"), "at least 3"),
        (lambda s: s.iter_explanations_by_model("cats", "gpt2-small", max_results=-1), "max_results"),
        (lambda s: s.top_features(TEXT, "gpt2-small"), "source_set"),
        (lambda s: s.top_features(TEXT, "gpt2-small", layers=["6-res-jb", "0-att-kk"]), "different source sets"),
        (lambda s: s.top_features(TEXT, "gpt2-small", layers=["resjb"]), "cannot tell"),
        (lambda s: s.top_features(TEXT, "gpt2-small", "res-jb", num_results=101), "num_results"),
        (lambda s: s.top_features(TEXT, "gpt2-small", "res-jb", density_threshold=1.5), "density_threshold"),
        (lambda s: s.top_features(TEXT, "gpt2-small", "res-jb", sort_indexes=[-1]), "sort_indexes"),
        (lambda s: s.top_features("", "gpt2-small", "res-jb"), "non-empty"),
        (lambda s: s.top_features(["a", "b"], "gpt2-small", "res-jb"), "top_features_batch"),
        (lambda s: s.top_features_batch("abc", "gpt2-small", "res-jb"), "list of strings"),
        (lambda s: s.top_features_batch([], "gpt2-small", "res-jb"), "at least one"),
        (lambda s: s.topk_by_token(TEXT, "gpt2-small", "6-res-jb", num_results=0), "num_results"),
        (lambda s: s.topk_by_token(TEXT, "gpt2-small", "6-res-jb", num_results=21), "num_results"),
        (lambda s: s.topk_by_token(TEXT, "gpt2-small", "x" * 51), "50 characters"),
        (lambda s: s.topk_by_token(TEXT, "gpt2-small", ""), "source"),
        (lambda s: s.topk_by_token_batch(["a", ""], "gpt2-small", "6-res-jb"), r"texts\[1\]"),
    ],
)
def test_bad_input_is_rejected_before_sending(call: Callable[[Any], Any], message: str) -> None:
    with refusing_client() as np_, pytest.raises(InvalidRequestError, match=message):
        call(np_.search)


# --------------------------------------------------------------------------- async


async def test_async_search(aclient: AsyncNeuronpedia, emulator: EmulatorServer) -> None:
    page = await aclient.search.explanations("dinosaurs and fossils", "gpt2-small", ["0-res-jb"])
    assert page.results[0].index == 14 and page.next_offset == 20
    emulator.request_log.clear()
    everything = [
        r async for r in aclient.search.iter_explanations("dinosaurs and fossils", "gpt2-small", ["0-res-jb"])
    ]
    assert ids(everything[:20]) == ids(page) and len(everything) > 20
    assert emulator.request_count("/api/explanation/search") == 2

    all_page = await aclient.search.explanations_all("weather and rain")
    assert all_page.results[0].description == "weather and rain"
    assert [
        r async for r in aclient.search.iter_explanations_all("weather and rain", max_results=3)
    ] == all_page.results[:3]
    by_model = await aclient.search.explanations_by_model("weather and rain", "gpt2-small")
    assert {r.model_id for r in by_model} == {"gpt2-small"}
    assert ids([r async for r in aclient.search.iter_explanations_by_model("weather and rain", "gpt2-small")])[
        :20
    ] == ids(by_model)
    by_release = await aclient.search.explanations_by_release("cats", "gemma-scope-2b-pt-res")
    assert {r.source for r in by_release} == {"20-gemmascope-res-16k"}
    released = [r async for r in aclient.search.iter_explanations_by_release("cats", "gemma-scope-2b-pt-res")]
    assert ids(released) == ids(by_release)

    top = await aclient.search.top_features(TEXT, "gpt2-small", layers=["6-res-jb"], num_results=4)
    assert 0 < len(top) <= 4 and top.results[0].details is not None
    batch = await aclient.search.top_features_batch([TEXT, "Rain"], "gpt2-small", "res-jb")
    assert len(batch) == 2 and batch[0].tokens == top.tokens
    positions = await aclient.search.topk_by_token(TEXT, "gpt2-small", "6-res-jb", num_results=2)
    assert positions[0].token == "The" and len(positions[0].topFeatures) <= 2
    batched = await aclient.search.topk_by_token_batch([TEXT], "gpt2-small", "6-res-jb")
    assert [p.token for p in batched[0]][1:] == [p.token for p in positions]


async def test_async_iterator_checks_arguments_at_call() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError("sent")

    async with AsyncNeuronpedia(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(refuse)) as np_:
        with pytest.raises(InvalidRequestError, match="at least 3"):
            np_.search.iter_explanations_all("no")


# --------------------------------------------------------------------------- official names


@pytest.fixture
def official_env(emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> EmulatorServer:
    monkeypatch.setenv("NEURONPEDIA_BASE_URL", emulator.base_url)
    monkeypatch.delenv("NEURONPEDIA_API_KEY", raising=False)  # no key needed for search
    return emulator


def test_official_source_activation_request(official_env: EmulatorServer, capsys: pytest.CaptureFixture[str]) -> None:
    activations = SourceActivationRequest().compute_top_features_for_text("gpt2-small", "6-res-jb", TEXT, num_results=5)
    assert 0 < len(activations) <= 5
    assert all(isinstance(a, Activation) and a.source == "6-res-jb" and a.tokens[1] == "The" for a in activations)
    assert all(len(a.values) == len(a.tokens) for a in activations)
    several = SourceActivationRequest().compute_top_features_for_texts(
        "gpt2-small", ["0-res-jb", "6-res-jb"], ["The cat", "Rain"], num_results=3
    )
    assert len(several) == 2 and all(len(one) <= 3 for one in several)
    assert {a.source for one in several for a in one} <= {"0-res-jb", "6-res-jb"}
    with pytest.raises(ValueError, match="different source sets"):
        SourceActivationRequest().compute_top_features_for_text("gpt2-small", ["6-res-jb", "6-att-kk"], TEXT)
    assert capsys.readouterr().out == ""


def test_official_topk_by_token_request(official_env: EmulatorServer) -> None:
    positions = TopKByTokenRequest().compute_top_features_by_token_for_text("gpt2-small", "6-res-jb", TEXT)
    assert [p.token for p in positions][:2] == ["The", " cat"]
    assert all(len(p.topFeatures) <= 5 for p in positions)  # the official default
    first = positions[0].topFeatures[0]
    assert isinstance(first, FeatureWithTopActivation)
    assert (first.feature.model, first.feature.source) == ("gpt2-small", "6-res-jb")
    assert isinstance(first.feature.index, int) and first.activationValue > 0
    several = TopKByTokenRequest().compute_top_features_by_token_for_texts("gpt2-small", "6-res-jb", ["A", "B"])
    assert len(several) == 2 and several[0][0].token == "<|endoftext|>"
