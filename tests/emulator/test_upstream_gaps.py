"""Upstream behaviours the emulator reproduces: the scorer-model checks of explanation/score, the higher
rate-limit tier, fetchable graph URLs, and search-all's saved searches."""

from __future__ import annotations

import gzip
import json

import httpx

from neuronpedia_ext.emulator import (
    DEFAULT_RATE_LIMIT_BUCKETS,
    HIGHER_RATE_LIMIT_BUCKETS,
    EmulatorConfig,
    EmulatorServer,
    RateLimitBucket,
)
from neuronpedia_ext.emulator.core import GENERIC_ERROR

SCORE = "/api/explanation/score"
GENERIC = {"error": GENERIC_ERROR, "message": GENERIC_ERROR}


def _seeded_explanation(client: httpx.Client) -> str:
    expl_id: str = client.get("/api/feature/gpt2-small/0-res-jb/0").json()["explanations"][0]["id"]
    return expl_id


# --- 1. explanation/score: scorer model first, NLA duplicates ------------------------------------
def test_score_unknown_or_empty_model_is_400(client: httpx.Client) -> None:
    expl = _seeded_explanation(client)
    for model in ("no-such-llm", ""):
        r = client.post(SCORE, json={"explanationId": expl, "scorerType": "recall_alt", "scorerModel": model})
        assert (r.status_code, r.json()) == (400, {"message": "Unsupported explanation score model"})
    # the model is checked before the explanation: an unknown model hides an unknown explanation
    r = client.post(SCORE, json={"explanationId": "cmnope", "scorerType": "eleuther_fuzz", "scorerModel": "nope"})
    assert (r.status_code, r.json()) == (400, {"message": "Unsupported explanation score model"})


def test_score_without_model_is_500_before_the_explanation_lookup(client: httpx.Client) -> None:
    r = client.post(SCORE, json={"explanationId": "cmnotanexplanation000000000", "scorerType": "recall_alt"})
    assert (r.status_code, r.json()) == (500, GENERIC)
    known = client.post(
        SCORE,
        json={"explanationId": "cmnotanexplanation000000000", "scorerType": "recall_alt", "scorerModel": "gpt-4o-mini"},
    )
    assert (known.status_code, known.json()) == (404, {"message": "Explanation not found: cmnotanexplanation000000000"})


def test_score_nla_needs_no_model_and_allows_one_score_per_type(client: httpx.Client) -> None:
    expl = _seeded_explanation(client)
    missing = client.post(SCORE, json={"explanationId": "cmnope", "scorerType": "nla_verbalizer"})
    assert (missing.status_code, missing.json()) == (404, {"message": "Explanation not found: cmnope"})
    first = client.post(SCORE, json={"explanationId": expl, "scorerType": "nla_verbalizer"})
    assert first.status_code == 200
    again = client.post(SCORE, json={"explanationId": expl, "scorerType": "nla_verbalizer", "scorerModel": "other"})
    assert (again.status_code, again.json()) == (400, {"message": "NLA score already exists for this explanation"})


def test_score_eleuther_embedding_saves_under_stella(client: httpx.Client) -> None:
    expl = _seeded_explanation(client)
    body = {"explanationId": expl, "scorerType": "eleuther_embedding", "scorerModel": "gpt-4o-mini"}
    score = client.post(SCORE, json=body).json()["score"]
    assert score["explanationScoreModelName"] == "stella_en_400m_v5"


def test_score_models_come_from_the_seed() -> None:
    seed = {
        "users": [{"id": "u1", "name": "alice", "apiKey": "k1"}],
        "models": [{"id": "m", "layers": 1}],
        "sourceSets": [{"modelId": "m", "name": "s"}],
        "features": [{"modelId": "m", "layer": "0-s", "index": 0, "explanations": [{"description": "cats"}]}],
        "explanationScoreModels": ["my-llm"],
    }
    with EmulatorServer(EmulatorConfig(seed=seed)) as server, httpx.Client(base_url=server.base_url) as c:
        c.headers["x-api-key"] = "k1"
        expl = c.get("/api/feature/m/0-s/0").json()["explanations"][0]["id"]
        ok = c.post(SCORE, json={"explanationId": expl, "scorerType": "recall_alt", "scorerModel": "my-llm"})
        assert ok.status_code == 200
        no = c.post(SCORE, json={"explanationId": expl, "scorerType": "recall_alt", "scorerModel": "gpt-4o-mini"})
        assert no.json() == {"message": "Unsupported explanation score model"}


# --- 2. the higher rate-limit tier -----------------------------------------------------------------
def test_higher_tier_table_matches_upstream() -> None:
    normal = {b.endpoint: b.limit for b in DEFAULT_RATE_LIMIT_BUCKETS}
    higher = {b.endpoint: b.limit for b in HIGHER_RATE_LIMIT_BUCKETS}
    assert "/api/explanation/score" in normal and "/api/explanation/score" not in higher
    assert sum(e.startswith("/api/explorer/") for e in normal) == 10
    assert not any(e.startswith("/api/explorer/") for e in higher)
    assert {k: higher[k] for k in ("/api/activation/new", "/api/explanation/search", "/api/steer")} == {
        "/api/activation/new": 3000,
        "/api/explanation/search": 3000,
        "/api/steer": 1000,
    }
    assert (higher["/api/search-topk-by-token"], higher["/api/graph/generate"]) == (1200, 320)
    assert (higher["/api/lens/prompt"], higher["/api/lens/share"], higher["/api/search-all"]) == (480, 100, 1600)


def test_higher_tier_keys_get_the_higher_table() -> None:
    config = EmulatorConfig(
        rate_limit=True, api_keys=("normal-key", "higher-key"), higher_limit_api_keys=("higher-key",)
    )
    with EmulatorServer(config) as server:
        normal = httpx.Client(base_url=server.base_url, headers={"x-api-key": "normal-key"})
        higher = httpx.Client(base_url=server.base_url, headers={"x-api-key": "higher-key"})
        with normal, higher:
            # the score delete is counted in the exact /api/explanation/score bucket, on the normal tier only
            assert normal.post(f"{SCORE}/nope/delete").headers["x-limit-remaining"] == "119"
            # higher tier: no such bucket, so the last bucket matched is /api (its own counters: first call)
            assert higher.post(f"{SCORE}/nope/delete").headers["x-limit-remaining"] == "24999"
            # explorer buckets only exist on the normal tier
            assert normal.post("/api/explorer/node/new").headers["x-limit-remaining"] == "59"
            assert higher.post("/api/explorer/node/new").headers["x-limit-remaining"] == "24998"
            # a bucket both tiers have, with the higher limit
            assert normal.post("/api/graph/generate", content=b"{").headers["x-limit-remaining"] == "29"
            assert higher.post("/api/graph/generate", content=b"{").headers["x-limit-remaining"] == "319"


def test_higher_tier_refuses_with_its_own_limit() -> None:
    config = EmulatorConfig(
        rate_limit=True,
        api_keys=("higher-key",),
        higher_limit_api_keys=("higher-key",),
        higher_rate_limit_buckets=(RateLimitBucket("/api", 1),),
    )
    with EmulatorServer(config) as server, httpx.Client(base_url=server.base_url) as c:
        feature = "/api/feature/gpt2-small/0-res-jb/0"
        assert c.get(feature, headers={"x-api-key": "higher-key"}).status_code == 200
        refused = c.get(feature, headers={"x-api-key": "higher-key"})
        assert refused.status_code == 429 and refused.json()["limitPerWindow"] == 1
        assert c.get(feature).status_code == 200  # an anonymous caller uses the normal table


# --- 3. a stored graph's url serves its graph file --------------------------------------------------
def test_uploaded_graph_url_serves_the_uploaded_file(client: httpx.Client) -> None:
    graph = {
        "metadata": {"slug": "url-graph", "scan": "gemma-2-2b", "prompt": "hi", "prompt_tokens": ["<bos>", "hi"]},
        "nodes": [{"node_id": "0_1_1"}],
        "links": [],
    }
    data = json.dumps(graph).encode() + b" " * 2048
    put = client.post("/api/graph/signed-put", json={"filename": "g.json", "contentLength": len(data)}).json()
    assert httpx.put(put["url"], content=gzip.compress(data), headers={"content-encoding": "gzip"}).status_code == 200
    assert client.post("/api/graph/save-to-db", json={"putRequestId": put["putRequestId"]}).status_code == 200
    url = client.get("/api/graph/gemma-2-2b/url-graph").json()["url"]
    got = httpx.get(url)
    assert got.status_code == 200 and got.content == data and got.json() == graph
    client.post("/api/graph/delete", json={"modelId": "gemma-2-2b", "slug": "url-graph"})
    assert httpx.get(url).status_code == 404


def test_generated_graph_url_serves_a_graph_file(client: httpx.Client) -> None:
    made = client.post("/api/graph/generate", json={"prompt": "The cat sat", "modelId": "gemma-2-2b", "slug": "gen-g"})
    assert made.status_code == 200
    body = made.json()
    assert client.get("/api/graph/gemma-2-2b/gen-g").json()["url"] == body["s3url"]
    graph = httpx.get(body["s3url"]).json()
    assert graph["metadata"]["slug"] == "gen-g" and graph["metadata"]["scan"] == "gemma-2-2b"
    assert (len(graph["nodes"]), len(graph["links"])) == (body["numNodes"], body["numLinks"])


# --- 4. search-all saves single-text searches --------------------------------------------------------
SEARCH = {
    "modelId": "gpt2-small",
    "sourceSet": "res-jb",
    "text": "Dogs bark at night.",
    "selectedLayers": ["6-res-jb"],
    "sortIndexes": [],
    "ignoreBos": True,
    "numResults": 5,
}


def test_search_all_answers_repeated_queries_from_the_saved_search(emu: EmulatorServer, client: httpx.Client) -> None:
    fresh = client.post("/api/search-all", json=SEARCH).json()
    assert fresh["result"] and all(
        "author" in e and "votes" in e for x in fresh["result"] for e in x["neuron"]["explanations"]
    )
    emu.set_inference(False)  # a saved query needs no inference server
    saved = client.post("/api/search-all", json=SEARCH)
    assert saved.status_code == 200
    body = saved.json()
    assert [(x["layer"], x["index"], x["maxValue"], x["values"]) for x in body["result"]] == [
        (x["layer"], x["index"], x["maxValue"], x["values"]) for x in fresh["result"]
    ]
    assert body["tokens"] == fresh["tokens"]
    assert all("author" not in e and "votes" not in e for x in body["result"] for e in x["neuron"]["explanations"])
    assert all(x["dfaValues"] == [] for x in body["result"])  # the Activation row's list column
    # any difference in the key (here numResults) is a new query, which needs inference
    assert client.post("/api/search-all", json={**SEARCH, "numResults": 4}).status_code == 500
    # batches are never saved
    assert client.post("/api/search-all", json={**SEARCH, "text": [SEARCH["text"]]}).status_code == 500


def test_search_all_saves_anonymous_searches_without_public_activations(
    emu: EmulatorServer, anon: httpx.Client
) -> None:
    first = anon.post("/api/search-all", json=SEARCH).json()["result"][0]
    feature = f"/api/feature/gpt2-small/{first['layer']}/{first['index']}"
    public = [a["id"] for a in first["neuron"]["activations"]]
    emu.set_inference(False)
    assert anon.post("/api/search-all", json=SEARCH).status_code == 200
    # the saved Activation rows belong to the inference bot, which is not a public-activation user
    shown = [a["id"] for a in anon.get(feature).json()["activations"]]
    assert public and set(public) <= set(shown) and len(shown) == len(set(shown))
    assert all(a["creatorId"] != "clemulatorinferenceactbot" for a in anon.get(feature).json()["activations"])


def test_search_all_single_text_needs_ignore_bos(client: httpx.Client) -> None:
    body = {k: v for k, v in SEARCH.items() if k != "ignoreBos"}
    r = client.post("/api/search-all", json=body)
    assert (r.status_code, r.json()) == (500, GENERIC)


def test_search_all_sort_indexes_use_javascript_sort(client: httpx.Client) -> None:
    r = client.post("/api/search-all", json={**SEARCH, "sortIndexes": [2, 10, 1]})
    assert r.json()["sortIndexes"] == [1, 10, 2]
