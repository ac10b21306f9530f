"""Bad input is refused before anything is sent: a catalogue over every resource.

Each case calls the client with one bad argument and expects an ``InvalidRequestError`` whose
text names that argument. The client's transport fails the case if a single request reaches
it. Every case runs on the sync client and on its async twin.

These are the type, shape and path-safety checks the spec cannot express (``None`` where a
list is expected, a dict where a vector is, ``..`` as a path segment, a lone surrogate, a
5,000-digit index, a vector of ten million numbers). Ranges, enums and lengths come from the
spec-derived rules (``_rules.py``); the cases that reach them check only that they are refused
before sending, never a copied limit.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import attrs
import httpx
import pytest

from neuronpedia_ext import AsyncNeuronpedia, InvalidRequestError, Neuronpedia

F = "gpt2-small/6-res-jb/42"
V = [0.25] * 768
HOOK = "hook_resid_pre"
SURROGATE = "a\ud800b"


@attrs.frozen
class Case:
    id: str
    call: Callable[[Any], Any]
    names: tuple[str, ...]


def case(id: str, call: Callable[[Any], Any], *names: str) -> Any:
    return pytest.param(Case(id, call, names), id=id)


def _drain(result: Any) -> Any:
    return list(result) if inspect.isgenerator(result) else result


CASES = [
    # ---------------------------------------------------------------- features
    case("features.get_many-None", lambda np: np.features.get_many(None), "ids"),
    case("features.get_many-int", lambda np: np.features.get_many(5), "ids"),
    case("features.get_many-str", lambda np: np.features.get_many(F), "ids"),
    case("features.get_many-None-item", lambda np: np.features.get_many([F, None]), "ids"),
    case("features.get_many-bad-index", lambda np: np.features.get_many(["gpt2-small/6-res-jb/x"]), "index"),
    case("features.get_many-concurrency-0", lambda np: np.features.get_many([F], concurrency=0), "concurrency"),
    case("features.get_many-concurrency-str", lambda np: np.features.get_many([F], concurrency="8"), "concurrency"),
    case("features.get_many-batch-size-0", lambda np: np.features.get_many([F], batch_size=0), "batch_size"),
    case("features.get_many-max-acts-neg", lambda np: np.features.get_many([F], max_activations=-1), "max_activations"),
    case("features.get-5000-digit-index", lambda np: np.features.get("gpt2-small", "6-res-jb", "9" * 5000), "index"),
    case("features.get-5000-digit-int", lambda np: np.features.get("gpt2-small", "6-res-jb", 10**5000), "index"),
    case("features.get-negative-index", lambda np: np.features.get("gpt2-small", "6-res-jb", -1), "index"),
    case("features.get-float-index", lambda np: np.features.get("gpt2-small", "6-res-jb", 1.5), "index"),
    case("features.get-bool-index", lambda np: np.features.get("gpt2-small", "6-res-jb", True), "index"),
    case("features.get-list-index", lambda np: np.features.get("gpt2-small", "6-res-jb", [1]), "index"),
    case("features.get-dot-model", lambda np: np.features.get(".", "6-res-jb", 1), "model_id"),
    case("features.get-dotdot-model", lambda np: np.features.get("..", "6-res-jb", 1), "model_id"),
    case("features.get-dot-source", lambda np: np.features.get("gpt2-small", ".", 1), "source"),
    case("features.get-dotdot-source", lambda np: np.features.get("gpt2-small", "..", 1), "source"),
    case("features.get-slash-source", lambda np: np.features.get("gpt2-small", "6/res", 1), "source"),
    case("features.get-query-in-source", lambda np: np.features.get("gpt2-small", "6-res-jb?x=1", 1), "source"),
    case("features.get-fragment-in-model", lambda np: np.features.get("gpt2#small", "6-res-jb", 1), "model_id"),
    case("features.get-backslash-model", lambda np: np.features.get("gpt2\\..", "6-res-jb", 1), "model_id"),
    case("features.get-empty-model", lambda np: np.features.get("", "6-res-jb", 1), "model_id"),
    case("features.get-None", lambda np: np.features.get(None), "model_id"),
    case("features.get-int", lambda np: np.features.get(5), "model_id"),
    case("features.get-dict", lambda np: np.features.get({"model_id": "gpt2-small"}), "model_id"),
    case("features.get-surrogate-source", lambda np: np.features.get("gpt2-small", SURROGATE, 1), "source"),
    case("features.get-nul-model", lambda np: np.features.get("gpt2\x00small", "6-res-jb", 1), "model_id"),
    case("features.get-missing-index", lambda np: np.features.get("gpt2-small/6-res-jb"), "index"),
    case("features.get-dotdot-in-string-id", lambda np: np.features.get("gpt2-small/../1"), "source"),
    case("features.upload-None", lambda np: np.features.upload("gpt2-small", "src", None), "features"),
    case("features.upload-int", lambda np: np.features.upload("gpt2-small", "src", 5), "features"),
    case("features.upload-dotdot-model", lambda np: np.features.upload("..", "src", []), "model_id"),
    case("features.upload-batch-size-str", lambda np: np.features.upload("m", "s", [], batch_size="1"), "batch_size"),
    # ---------------------------------------------------------------- sparsity
    case("sparsity.layer-str", lambda np: np.sparsity.connected_neurons("gpt2-small", "6", 1), "layer"),
    case("sparsity.index-negative", lambda np: np.sparsity.connected_neurons("gpt2-small", 6, -1), "index"),
    case("sparsity.model-dotdot", lambda np: np.sparsity.connected_neurons("..", 6, 1), "model_id"),
    case(
        "sparsity.trace-depth-0",
        lambda np: np.sparsity.connected_neurons("gpt2-small", 6, 1, trace_depth=0),
        "trace_depth",
    ),
    # ---------------------------------------------------------------- activations
    case("activations.compute-text-None", lambda np: np.activations.compute(F, None), "text"),
    case("activations.compute-text-int", lambda np: np.activations.compute(F, 5), "text"),
    case("activations.compute-text-surrogate", lambda np: np.activations.compute(F, SURROGATE), "text"),
    case("activations.compute-text-list-int", lambda np: np.activations.compute(F, ["ok", 5]), "text"),
    case("activations.compute-feature-None", lambda np: np.activations.compute(None, "text"), "feature"),
    case(
        "activations.compute-source-text-None",
        lambda np: np.activations.compute_source("gpt2-small", "6-res-jb", None),
        "text",
    ),
    case(
        "activations.compute-source-dotdot", lambda np: np.activations.compute_source("..", "6-res-jb", "x"), "model_id"
    ),
    case(
        "activations.compute-source-surrogate",
        lambda np: np.activations.compute_source("gpt2-small", "6-res-jb", "\udfff"),
        "text",
    ),
    case("activations.get-dotdot-source", lambda np: np.activations.get("gpt2-small", "..", 1), "source"),
    case(
        "activations.get-5000-digit-index", lambda np: np.activations.get("gpt2-small", "6-res-jb", "1" * 5000), "index"
    ),
    # ---------------------------------------------------------------- vectors
    case("vectors.new-dict-vector", lambda np: np.vectors.new("v", "gpt2-small", 6, HOOK, {"a": 1.0}), "vector"),
    case("vectors.new-None-vector", lambda np: np.vectors.new("v", "gpt2-small", 6, HOOK, None), "vector"),
    case("vectors.new-str-vector", lambda np: np.vectors.new("v", "gpt2-small", 6, HOOK, "0.1,0.2"), "vector"),
    case("vectors.new-bytes-vector", lambda np: np.vectors.new("v", "gpt2-small", 6, HOOK, b"\x00" * 768), "vector"),
    case("vectors.new-set-vector", lambda np: np.vectors.new("v", "gpt2-small", 6, HOOK, {0.5}), "vector"),
    case("vectors.new-10M-vector", lambda np: np.vectors.new("v", "gpt2-small", 6, HOOK, [0.1] * 10_000_000), "vector"),
    case(
        "vectors.new-nan-vector", lambda np: np.vectors.new("v", "gpt2-small", 6, HOOK, [float("nan")] * 768), "vector"
    ),
    case("vectors.new-nested-vector", lambda np: np.vectors.new("v", "gpt2-small", 6, HOOK, [V]), "vector"),
    case("vectors.new-str-items", lambda np: np.vectors.new("v", "gpt2-small", 6, HOOK, ["a"] * 768), "vector"),
    case("vectors.new-bool-items", lambda np: np.vectors.new("v", "gpt2-small", 6, HOOK, [True] * 768), "vector"),
    case("vectors.new-empty-vector", lambda np: np.vectors.new("v", "gpt2-small", 6, HOOK, []), "vector"),
    case(
        "vectors.new-strength-str",
        lambda np: np.vectors.new("v", "gpt2-small", 6, HOOK, V, default_steer_strength="10"),
        "default_steer_strength",
    ),
    case("vectors.new-label-None", lambda np: np.vectors.new(None, "gpt2-small", 6, HOOK, V), "label"),
    case("vectors.new-label-surrogate", lambda np: np.vectors.new(SURROGATE, "gpt2-small", 6, HOOK, V), "label"),
    case("vectors.new-model-dotdot", lambda np: np.vectors.new("v", "..", 6, HOOK, V), "model_id"),
    case("vectors.new-model-None", lambda np: np.vectors.new("v", None, 6, HOOK, V), "model_id"),
    case("vectors.new-layer-str", lambda np: np.vectors.new("v", "gpt2-small", "6", HOOK, V), "layer_num"),
    case("vectors.new-layer-bool", lambda np: np.vectors.new("v", "gpt2-small", True, HOOK, V), "layer_num"),
    case("vectors.new-hook-bad", lambda np: np.vectors.new("v", "gpt2-small", 6, "resid-pre", V), "hook_type"),
    case("vectors.get-dotdot-source", lambda np: np.vectors.get("gpt2-small", "..", 1), "source"),
    case("vectors.get-alpha-index", lambda np: np.vectors.get("gpt2-small", "6-neuronpedia-resid-pre", "abc"), "index"),
    case("vectors.delete-None", lambda np: np.vectors.delete(None), "vector"),
    case("vectors.delete-int", lambda np: np.vectors.delete(5), "vector"),
    # ---------------------------------------------------------------- steer
    case("steer.chat-messages-None", lambda np: np.steer.chat(None, [(F, 10)]), "messages"),
    case("steer.chat-messages-int", lambda np: np.steer.chat(5, [(F, 10)]), "messages"),
    case("steer.chat-message-no-content", lambda np: np.steer.chat([{"role": "user"}], [(F, 10)]), "messages"),
    case(
        "steer.chat-message-bad-role", lambda np: np.steer.chat([{"role": "robot", "content": "x"}], [(F, 10)]), "role"
    ),
    case(
        "steer.chat-message-content-None",
        lambda np: np.steer.chat([{"role": "user", "content": None}], [(F, 10)]),
        "content",
    ),
    case(
        "steer.chat-message-surrogate",
        lambda np: np.steer.chat([{"role": "user", "content": SURROGATE}], [(F, 10)]),
        "content",
    ),
    case("steer.chat-message-int-item", lambda np: np.steer.chat([5], [(F, 10)]), "messages"),
    case("steer.chat-features-int", lambda np: np.steer.chat("hi", 5), "features"),
    case("steer.chat-strength-str", lambda np: np.steer.chat("hi", [(F, "strong")]), "strength"),
    case("steer.chat-strength-nan", lambda np: np.steer.chat("hi", [(F, float("nan"))]), "strength"),
    case(
        "steer.chat-default-messages-int",
        lambda np: np.steer.chat("hi", [(F, 10)], default_messages=5),
        "default_messages",
    ),
    case("steer.chat-stream-messages-None", lambda np: np.steer.chat_stream(None, [(F, 10)]), "messages"),
    case("steer.completion-prompt-None", lambda np: np.steer.completion(None, [(F, 10)]), "prompt"),
    case("steer.completion-prompt-int", lambda np: np.steer.completion(5, [(F, 10)]), "prompt"),
    case("steer.completion-prompt-surrogate", lambda np: np.steer.completion(SURROGATE, [(F, 10)]), "prompt"),
    case("steer.completion-features-int", lambda np: np.steer.completion("hi", 5), "features"),
    case("steer.completion-features-None", lambda np: np.steer.completion("hi", None), "feature"),
    case("steer.completion-feature-dict", lambda np: np.steer.completion("hi", [({"a": 1}, 10)]), "features"),
    case("steer.completion-n-tokens-str", lambda np: np.steer.completion("hi", [(F, 10)], n_tokens="8"), "n_tokens"),
    case(
        "steer.completion-temperature-nan",
        lambda np: np.steer.completion("hi", [(F, 10)], temperature=float("nan")),
        "temperature",
    ),
    case("steer.completion-seed-str", lambda np: np.steer.completion("hi", [(F, 10)], seed="x"), "seed"),
    case(
        "steer.completion-method-bogus",
        lambda np: np.steer.completion("hi", [(F, 10)], steer_method="BOGUS"),
        "steer_method",
    ),
    case("steer.completion-model-dotdot", lambda np: np.steer.completion("hi", [(F, 10)], model_id=".."), "model_id"),
    case("steer.completion-stream-prompt-None", lambda np: np.steer.completion_stream(None, [(F, 10)]), "prompt"),
    case("steer.logits-prompt-None", lambda np: np.steer.logits(None, [], model_id="gpt2-small"), "prompt"),
    case("steer.logits-features-int", lambda np: np.steer.logits("hi", 5, model_id="gpt2-small"), "features"),
    case("steer.logits-model-dotdot", lambda np: np.steer.logits("hi", [], model_id=".."), "model_id"),
    # ---------------------------------------------------------------- search
    case(
        "search.explanations-query-None", lambda np: np.search.explanations(None, "gpt2-small", ["6-res-jb"]), "query"
    ),
    case(
        "search.explanations-query-surrogate",
        lambda np: np.search.explanations(SURROGATE, "gpt2-small", ["6-res-jb"]),
        "query",
    ),
    case("search.explanations-layers-int", lambda np: np.search.explanations("query", "gpt2-small", 5), "layers"),
    case("search.explanations-layers-None", lambda np: np.search.explanations("query", "gpt2-small", None), "layers"),
    case(
        "search.explanations-layers-int-item", lambda np: np.search.explanations("query", "gpt2-small", [5]), "layers"
    ),
    case(
        "search.explanations-offset-negative",
        lambda np: np.search.explanations("query", "gpt2-small", ["6-res-jb"], offset=-1),
        "offset",
    ),
    case(
        "search.explanations-offset-str",
        lambda np: np.search.explanations("query", "gpt2-small", ["6-res-jb"], offset="0"),
        "offset",
    ),
    case("search.explanations-model-None", lambda np: np.search.explanations("query", None, ["6-res-jb"]), "model_id"),
    case("search.explanations-all-query-int", lambda np: np.search.explanations_all(5), "query"),
    case("search.explanations-by-model-None", lambda np: np.search.explanations_by_model("query", None), "model_id"),
    case(
        "search.explanations-by-release-int", lambda np: np.search.explanations_by_release("query", 5), "release_name"
    ),
    case(
        "search.iter-all-max-results-negative",
        lambda np: _drain(np.search.iter_explanations_all("query", max_results=-1)),
        "max_results",
    ),
    case("search.top-features-text-None", lambda np: np.search.top_features(None, "gpt2-small"), "text"),
    case("search.top-features-layers-int", lambda np: np.search.top_features("t", "gpt2-small", layers=5), "layers"),
    case(
        "search.top-features-num-results-str",
        lambda np: np.search.top_features("t", "gpt2-small", layers=["6-res-jb"], num_results="20"),
        "num_results",
    ),
    case(
        "search.top-features-sort-indexes-int",
        lambda np: np.search.top_features("t", "gpt2-small", layers=["6-res-jb"], sort_indexes=5),
        "sort_indexes",
    ),
    case(
        "search.top-features-density-inf",
        lambda np: np.search.top_features("t", "gpt2-small", layers=["6-res-jb"], density_threshold=float("inf")),
        "density_threshold",
    ),
    case("search.top-features-batch-None", lambda np: np.search.top_features_batch(None, "gpt2-small"), "texts"),
    case("search.top-features-batch-str", lambda np: np.search.top_features_batch("abc", "gpt2-small"), "texts"),
    case("search.topk-text-None", lambda np: np.search.topk_by_token(None, "gpt2-small", "6-res-jb"), "text"),
    case(
        "search.topk-batch-None-item",
        lambda np: np.search.topk_by_token_batch([None], "gpt2-small", "6-res-jb"),
        "texts",
    ),
    # ---------------------------------------------------------------- explanations
    case(
        "explanations.generate-feature-None",
        lambda np: np.explanations.generate(None, "oai_token-act-pair", "gpt-4o-mini"),
        "feature",
    ),
    case(
        "explanations.generate-type-bogus",
        lambda np: np.explanations.generate(F, "bogus", "gpt-4o-mini"),
        "explanation_type",
    ),
    case(
        "explanations.generate-model-None",
        lambda np: np.explanations.generate(F, "oai_token-act-pair", None),
        "explainer_model",
    ),
    case("explanations.delete-None", lambda np: np.explanations.delete(None), "explanation"),
    case("explanations.delete-int", lambda np: np.explanations.delete(5), "explanation"),
    case("explanations.delete-dotdot", lambda np: np.explanations.delete(".."), "explanation"),
    case("explanations.delete-slash", lambda np: np.explanations.delete("a/../b"), "explanation"),
    case("explanations.delete-score-dotdot", lambda np: np.explanations.delete_score(".."), "score"),
    case("explanations.score-type-bogus", lambda np: np.explanations.score("eid", "bogus"), "scorer_type"),
    # ---------------------------------------------------------------- lists
    case("lists.new-name-None", lambda np: np.lists.new(None), "name"),
    case("lists.new-name-int", lambda np: np.lists.new(5), "name"),
    case("lists.new-name-surrogate", lambda np: np.lists.new(SURROGATE), "name"),
    case("lists.new-description-int", lambda np: np.lists.new("n", 5), "description"),
    case("lists.new-test-text-over-limit", lambda np: np.lists.new("n", test_text="x" * 100_000), "test_text"),
    case("lists.new-test-text-int", lambda np: np.lists.new("n", test_text=5), "test_text"),
    case("lists.new-with-features-int", lambda np: np.lists.new_with_features("n", 5), "features"),
    case(
        "lists.new-with-features-test-text-over",
        lambda np: np.lists.new_with_features("n", [F], test_text="x" * 100_000),
        "test_text",
    ),
    case("lists.add-features-None", lambda np: np.lists.add_features("lid", None), "features"),
    case("lists.add-features-int", lambda np: np.lists.add_features("lid", 5), "features"),
    case("lists.add-features-bad-id", lambda np: np.lists.add_features("lid", ["bad/id"]), "features"),
    case("lists.add-features-list-id-None", lambda np: np.lists.add_features(None, [F]), "list_id"),
    case("lists.get-None", lambda np: np.lists.get(None), "list_id"),
    case("lists.get-int", lambda np: np.lists.get(5), "list_id"),
    case("lists.delete-list", lambda np: np.lists.delete(["x"]), "list_id"),
    case("lists.edit-feature-description-int", lambda np: np.lists.edit_feature("lid", F, 5), "description"),
    case("lists.remove-feature-None", lambda np: np.lists.remove_feature("lid", None), "feature"),
    case("lists.update-name-None", lambda np: np.lists.update("lid", None), "name"),
    # ---------------------------------------------------------------- bookmarks, models, source sets
    case("bookmarks.add-None", lambda np: np.bookmarks.add(None), "feature"),
    case("bookmarks.add-dotdot", lambda np: np.bookmarks.add(("gpt2-small", "..", 1)), "source"),
    case("bookmarks.delete-int", lambda np: np.bookmarks.delete(5), "feature"),
    case("models.new-id-None", lambda np: np.models.new(None, 12), "id"),
    case("models.new-id-dotdot", lambda np: np.models.new("..", 12), "id"),
    case("models.new-layers-str", lambda np: np.models.new("my-model", "12"), "layers"),
    case("source-sets.get-model-dotdot", lambda np: np.source_sets.get("..", "res-jb"), "model_id"),
    case("source-sets.get-name-dotdot", lambda np: np.source_sets.get("gpt2-small", ".."), "name"),
    case("source-sets.get-name-slash", lambda np: np.source_sets.get("gpt2-small", "a/b"), "name"),
    case("source-sets.new-name-None", lambda np: np.source_sets.new(None, "gpt2-small"), "name"),
    case("source-sets.new-name-dot", lambda np: np.source_sets.new(".", "gpt2-small"), "name"),
    # ---------------------------------------------------------------- graphs
    case("graphs.get-slug-dotdot", lambda np: np.graphs.get("gpt2-small", ".."), "slug"),
    case("graphs.get-model-dotdot", lambda np: np.graphs.get("..", "slug"), "model_id"),
    case("graphs.get-slug-slash", lambda np: np.graphs.get("gpt2-small", "a/b"), "slug"),
    case("graphs.delete-slug-None", lambda np: np.graphs.delete("gpt2-small", None), "slug"),
    case("graphs.generate-prompt-None", lambda np: np.graphs.generate("gemma-2-2b", None), "prompt"),
    case(
        "graphs.generate-max-n-logits-str",
        lambda np: np.graphs.generate("gemma-2-2b", "p", max_n_logits="5"),
        "max_n_logits",
    ),
    case("graphs.upload-url-length-str", lambda np: np.graphs.get_upload_url("f.json", "100"), "content_length"),
    case("graphs.upload-url-length-negative", lambda np: np.graphs.get_upload_url("f.json", -1), "content_length"),
    case("graphs.put-file-ftp", lambda np: np.graphs.put_file("ftp://x/y", b""), "url"),
    case("graphs.put-file-str-body", lambda np: np.graphs.put_file("https://storage.test/y", "text"), "body"),
    case("graphs.save-subgraph-pinned-None", lambda np: np.graphs.save_subgraph("gpt2-small", "s", None), "pinned_ids"),
    case("graphs.tokenize-prompt-int", lambda np: np.graphs.tokenize("gemma-2-2b", 5), "prompt"),
    case("graphs.upload-int", lambda np: np.graphs.upload(5), "graph"),
    # ---------------------------------------------------------------- lens, nla
    case("lens.prompt-int", lambda np: np.lens.prompt("gpt2-small", 5), "prompt"),
    case("lens.prompt-top-n-str", lambda np: np.lens.prompt("gpt2-small", "p", top_n="5"), "top_n"),
    case(
        "lens.prompt-token-ids-float", lambda np: np.lens.prompt("gpt2-small", input_token_ids=[1.5]), "input_token_ids"
    ),
    case("nla.completion-messages-int", lambda np: np.nla.completion("gpt2-small", "src", 5), "messages"),
    case("nla.explain-positions-None", lambda np: np.nla.explain("gpt2-small", "src", None, text="x"), "positions"),
    case("nla.explain-positions-float", lambda np: np.nla.explain("gpt2-small", "src", [1.5], text="x"), "positions"),
    case("nla.tokenize-model-dotdot", lambda np: np.nla.tokenize("..", "src", text="x"), "model_id"),
    # ---------------------------------------------------------------- per-call options
    case("options.deadline-negative", lambda np: np.lists.list_owned(deadline=-1), "deadline"),
    case("options.timeout-str", lambda np: np.lists.list_owned(timeout="5"), "timeout"),
    case("options.max-retries-negative", lambda np: np.lists.list_owned(max_retries=-1), "max_retries"),
    case("options.idle-timeout-zero", lambda np: np.lists.list_owned(idle_timeout=0), "idle_timeout"),
]


class NothingSent(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """A transport that records (and refuses) every request it is given."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(f"{request.method} {request.url}")
        raise httpx.ConnectError("a bad-input case reached the transport")

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)


def _check(error: BaseException, entry: Case, transport: NothingSent) -> None:
    assert transport.sent == [], f"sent before refusing: {transport.sent}"
    assert isinstance(error, InvalidRequestError), f"{type(error).__name__}: {error}"
    assert any(name in str(error) for name in entry.names), f"{error!s} does not name {entry.names}"


def test_the_catalogue_has_at_least_100_cases() -> None:
    assert len(CASES) >= 100
    assert len({c.values[0].id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("entry", CASES)
def test_bad_input_is_refused_before_sending(entry: Case) -> None:
    transport = NothingSent()
    with Neuronpedia(base_url="http://np.test", api_key="k", max_retries=0, transport=transport) as np:
        try:
            _drain(entry.call(np))
        except BaseException as exc:
            _check(exc, entry, transport)
        else:
            pytest.fail("accepted")


@pytest.mark.parametrize("entry", CASES)
async def test_async_bad_input_is_refused_before_sending(entry: Case) -> None:
    transport = NothingSent()
    async with AsyncNeuronpedia(base_url="http://np.test", api_key="k", max_retries=0, transport=transport) as np:
        try:
            result = entry.call(np)
            if inspect.isawaitable(result):
                await result
            elif hasattr(result, "__aiter__"):
                async for _ in result:
                    pass
        except BaseException as exc:
            _check(exc, entry, transport)
        else:
            pytest.fail("accepted")


def test_a_numpy_int64_index_is_accepted_as_an_int() -> None:
    numpy = pytest.importorskip("numpy")
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(404, json={"message": "not found"})

    with Neuronpedia(base_url="http://np.test", max_retries=0, transport=httpx.MockTransport(handler)) as np:
        for index in (numpy.int64(5), numpy.int32(5), numpy.uint16(5)):
            with pytest.raises(Exception, match="404"):
                np.features.get("gpt2-small", "6-res-jb", index)
    assert seen == ["/api/feature/gpt2-small/6-res-jb/5"] * 3


def test_a_ten_million_element_vector_is_refused_by_its_length_before_conversion() -> None:
    """The length is checked first: the values are never converted (or even looked at)."""

    with (
        Neuronpedia(base_url="http://np.test", api_key="k", transport=NothingSent()) as np,
        pytest.raises(InvalidRequestError, match="vector"),
    ):
        np.vectors.new("v", "gpt2-small", 6, HOOK, _Huge())


class _Huge:
    """A sequence that says it has ten million items and refuses to give any."""

    def __len__(self) -> int:
        return 10_000_000

    def __iter__(self) -> Any:
        raise AssertionError("the values were converted before the length was checked")

    def __getitem__(self, item: Any) -> Any:
        raise AssertionError("the values were read before the length was checked")
