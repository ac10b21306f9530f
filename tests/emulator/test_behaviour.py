"""Behaviour of the emulator per area: auth, validation, state flows, search, steering, odd statuses."""

from __future__ import annotations

import json
import re

import httpx

from neuronpedia_ext.emulator import EmulatorServer
from neuronpedia_ext.emulator.core import AUTH_ERROR, EMULATED_HEADER, GENERIC_ERROR

VEC = {
    "modelId": "gpt2-small",
    "layerNumber": 6,
    "hookType": "hook_resid_pre",
    "vector": [0.1] * 768,
    "vectorDefaultSteerStrength": 12,
    "vectorLabel": "x",
}


# --- auth ---------------------------------------------------------------------------------------
def test_required_auth_gives_401_with_upstream_body(anon: httpx.Client) -> None:
    for headers in ({}, {"x-api-key": "wrong"}):
        r = anon.post("/api/vector/new", json=VEC, headers=headers)
        assert r.status_code == 401
        assert r.json() == {"error": AUTH_ERROR}
    assert anon.post("/api/list/list").status_code == 401


def test_optional_auth_treats_wrong_key_as_anonymous(anon: httpx.Client) -> None:
    r = anon.get("/api/feature/gpt2-small/0-res-jb/0", headers={"x-api-key": "wrong"})
    assert r.status_code == 200
    assert r.headers["access-control-allow-origin"] == "*"


def test_private_model_is_visible_only_to_its_creator(tmp_path: object) -> None:
    seed = {
        "users": [{"id": "u1", "name": "alice", "apiKey": "ka"}, {"id": "u2", "name": "bob", "apiKey": "kb"}],
        "models": [{"id": "secret", "layers": 1, "dimension": 4, "visibility": "PRIVATE", "creatorId": "u1"}],
        "sourceSets": [{"modelId": "secret", "name": "s", "visibility": "PRIVATE", "creatorId": "u1"}],
        "features": [{"modelId": "secret", "layer": "0-s", "index": 1, "explanations": [{"description": "d"}]}],
    }
    from neuronpedia_ext.emulator import EmulatorConfig

    with EmulatorServer(EmulatorConfig(seed=seed)) as server, httpx.Client(base_url=server.base_url) as c:
        assert c.get("/api/feature/secret/0-s/1", headers={"x-api-key": "ka"}).status_code == 200
        for headers in ({"x-api-key": "kb"}, {}):
            r = c.get("/api/feature/secret/0-s/1", headers=headers)
            assert r.status_code == 404
            assert set(r.json()) == {"error", "message"}
        assert c.get("/api/source-set/secret/s", headers={"x-api-key": "kb"}).json() is None
        assert c.get("/api/source-set/secret/s", headers={"x-api-key": "ka"}).json()["name"] == "s"


# --- validation and odd statuses ----------------------------------------------------------------
def test_vector_validation_messages(client: httpx.Client) -> None:
    cases = [
        (
            {**VEC, "hookType": "resid-pre"},
            "hookType must be one of the following values: hook_resid_pre, hook_resid_post",
        ),
        ({**VEC, "vectorDefaultSteerStrength": 500}, "vectorDefaultSteerStrength must be less than or equal to 300"),
        ({**VEC, "vector": [0.1] * 767}, "Vector dimension does not match model dimension"),
        ({**VEC, "modelId": "nope"}, "Model not found"),
        ({**VEC, "layerNumber": 12}, "Layer number is greater than model's numLayers"),
        ({k: v for k, v in VEC.items() if k != "vectorLabel"}, "vectorLabel is a required field"),
    ]
    for body, message in cases:
        r = client.post("/api/vector/new", json=body)
        assert (r.status_code, r.json()) == (400, {"message": message})


def test_malformed_json_is_generic_500(client: httpx.Client) -> None:
    r = client.post(
        "/api/vector/new",
        content=b'{"modelId": "gpt2-small", "layerNumber": 6',
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 500
    assert r.json() == {"error": GENERIC_ERROR, "message": GENERIC_ERROR}


def test_odd_real_cases(client: httpx.Client) -> None:
    assert client.get("/api/source-set/gpt2-small/no-such-set").json() is None
    assert client.post("/api/list/get", json={"listId": "nope"}).status_code == 500
    assert client.post(
        "/api/vector/delete", json={"modelId": "gpt2-small", "source": "6-res-jb", "index": "1"}
    ).json() == {"message": "Success"}
    r = client.get("/api/explanation/export")
    assert r.status_code == 400 and set(r.json()) == {"newUrl", "message"}
    assert client.get("/api/graph/gemma-2-2b/none").json() == {"error": "Graph not found"}
    r = client.post("/api/model/new", json={"id": "Bad_Model", "layers": 4})
    assert r.status_code == 400 and r.json()["path"] == "id"
    r = client.post("/api/model/new", json={"id": "ok-model", "layers": 4, "displayName": None})
    assert r.json() == {"error": "displayName cannot be null", "path": "displayName"}
    r = client.post("/api/explanation/search", json={"modelId": "gpt2-small", "layers": ["0-res-jb"], "query": "ab"})
    assert r.json() == {"message": "query must be at least 3 characters"}
    assert client.get("/api/feature/gpt2-small/0-res-jb/abc").json().keys() == {"error"}


# --- state flows --------------------------------------------------------------------------------
def test_vector_flow_and_get_after_delete(client: httpx.Client, emu: EmulatorServer) -> None:
    created = client.post("/api/vector/new", json=VEC).json()
    v = created["vector"]
    assert created["url"] == f"{emu.base_url}/gpt2-small/{v['source']}/{v['index']}"
    ident = {"modelId": "gpt2-small", "source": v["source"], "index": v["index"]}
    got = client.post("/api/vector/get", json=ident).json()["vector"]
    assert got["vector"] == VEC["vector"] and got["creatorId"] == "cltestuser0000000000000001"
    feature = client.get(f"/api/feature/gpt2-small/{v['source']}/{v['index']}").json()
    assert feature["hasVector"] is True
    assert client.post("/api/vector/delete", json=ident).json() == {"message": "Success"}
    assert client.post("/api/vector/get", json=ident).status_code == 500
    assert client.post("/api/vector/list-owned").json() == {"vectors": []}


def test_vector_get_fallback_is_emulated(client: httpx.Client) -> None:
    r = client.post("/api/vector/get", json={"modelId": "gpt2-small", "source": "6-res-jb", "index": "1024"})
    assert r.headers[EMULATED_HEADER] == "emulated-inference"
    vec = r.json()["vector"]
    assert len(vec["vector"]) == 768 and vec["vectorLabel"] == "" and "createdAt" not in vec


def test_list_and_bookmark_flow(client: httpx.Client) -> None:
    lst = client.post("/api/list/new", json={"name": "L", "description": "d"}).json()
    assert lst["url"].endswith(f"/list/{lst['id']}")
    items = [{"modelId": "gpt2-small", "layer": "0-res-jb", "index": "14057", "description": "food"}]
    assert client.post("/api/list/add-features", json={"listId": lst["id"], "featuresToAdd": items}).status_code == 200
    dup = client.post("/api/list/add-features", json={"listId": lst["id"], "featuresToAdd": items})
    assert dup.status_code == 500
    got = client.post("/api/list/get", json={"listId": lst["id"]}).json()
    assert [n["index"] for n in got["neurons"]] == ["14057"]
    feature = client.get("/api/feature/gpt2-small/0-res-jb/14057").json()
    assert [x["listId"] for x in feature["lists"]] == [lst["id"]]
    edit = {"listId": lst["id"], "modelId": "gpt2-small", "layer": "0-res-jb", "index": "14057", "description": "new"}
    assert client.post("/api/list/edit-feature", json=edit).json()["description"] == "new"
    assert client.post("/api/list/remove", json=edit).json()["index"] == "14057"
    assert client.post("/api/list/delete", json={"listId": lst["id"]}).json() is True
    assert client.post("/api/list/add-features", json={"listId": "gone", "featuresToAdd": []}).status_code == 404
    bm = {"modelId": "gpt2-small", "layer": "0-res-jb", "index": "3141"}
    assert client.post("/api/bookmark/add", json=bm).json()["userId"] == "cltestuser0000000000000001"
    assert client.post("/api/bookmark/delete", json=bm).json() == {"count": 1}
    assert client.post("/api/bookmark/delete", json=bm).json() == {"count": 0}


def test_source_set_and_feature_upload(client: httpx.Client) -> None:
    ss = client.post("/api/source-set/new", json={"modelId": "gpt2-small", "name": "my-sae"}).json()
    assert ss["creatorName"] == "testuser" and ss["visibility"] == "UNLISTED"
    assert client.post("/api/source-set/new", json={"modelId": "gpt2-small", "name": "my-sae"}).json() == {
        "error": "Source set name already exists for this model."
    }
    assert len(client.get("/api/source-set/gpt2-small/my-sae").json()["sources"]) == 12
    feature = {
        "index": 5,
        "explanations": [{"text": "cats"}],
        "activations": [{"tokens": ["a", "b"], "values": [0, 2]}],
    }
    r = client.post(
        "/api/feature/upload-batch", json={"modelId": "gpt2-small", "source": "0-my-sae", "features": [feature]}
    )
    assert r.json() == {"message": "1 features created."}
    got = client.get("/api/feature/gpt2-small/0-my-sae/5").json()
    assert got["explanations"][0]["description"] == "cats" and got["activations"][0]["maxValue"] == 2
    too_many = [{**feature, "index": i} for i in range(129)]
    r = client.post(
        "/api/feature/upload-batch", json={"modelId": "gpt2-small", "source": "0-my-sae", "features": too_many}
    )
    assert r.status_code == 400 and r.json()["path"] == "features"
    # only the creator of the source set may upload
    assert (
        client.post(
            "/api/feature/upload-batch", json={"modelId": "gpt2-small", "source": "0-res-jb", "features": [feature]}
        ).status_code
        == 500
    )


def test_features_batch_and_model_list(client: httpx.Client) -> None:
    r = client.post("/api/features", json=[{"modelId": "gpt2-small", "layer": "6-res-jb", "index": 42}])
    assert [f["index"] for f in r.json()] == ["42"]
    empty = client.post("/api/features", json=[])  # upstream reads body[0] inside its catch-all
    assert (empty.status_code, empty.json()) == (500, {"message": "Unknown Error"})
    models = [m["id"] for m in client.post("/api/model/list").json()]
    assert {"gpt2-small", "gemma-2-2b", "gemma-2-2b-it"} <= set(models)


# --- search -------------------------------------------------------------------------------------
def test_explanation_search_pagination(client: httpx.Client) -> None:
    seen = []
    offset = 0
    while True:
        page = client.post("/api/explanation/search-all", json={"query": "dogs and puppies", "offset": offset}).json()
        seen.extend((r["modelId"], r["layer"], r["index"], r["description"]) for r in page["results"])
        if not page["hasMore"]:
            assert "nextOffset" not in page
            break
        assert page["resultsCount"] == 20 and page["nextOffset"] == offset + 20
        offset = page["nextOffset"]
    assert len(seen) == len(set(seen)) > 40
    first = client.post("/api/explanation/search-all", json={"query": "dogs and puppies"}).json()["results"][0]
    assert "dog" in first["description"]
    sims = [
        r["cosine_similarity"]
        for r in client.post(
            "/api/explanation/search-model", json={"modelId": "gpt2-small", "query": "music and songs"}
        ).json()["results"]
    ]
    assert sims == sorted(sims, reverse=True)


def test_inference_search_endpoints(client: httpx.Client) -> None:
    body = {
        "modelId": "gpt2-small",
        "sourceSet": "res-jb",
        "text": "The cat sat on the mat.",
        "selectedLayers": ["6-res-jb"],
        "sortIndexes": [],
        "ignoreBos": True,
        "densityThreshold": -1,
        "numResults": 5,
    }
    r = client.post("/api/search-all", json=body)
    assert r.headers[EMULATED_HEADER] == "emulated-inference"
    result = r.json()["result"]
    assert 0 < len(result) <= 5 and all("neuron" in x for x in result)
    again = client.post("/api/search-all", json=body).json()  # answered from the SavedSearch (see below)
    assert [(x["layer"], x["index"], x["values"]) for x in again["result"]] == [
        (x["layer"], x["index"], x["values"]) for x in result
    ]
    assert client.post("/api/search-all", json={k: v for k, v in body.items() if k != "sortIndexes"}).status_code == 500
    topk = client.post(
        "/api/search-topk-by-token", json={"modelId": "gpt2-small", "source": "6-res-jb", "text": "The cat"}
    ).json()
    assert [p["token"] for p in topk["results"]] == ["The", " cat"]  # BOS dropped
    src = client.post(
        "/api/activation/source", json={"modelId": "gpt2-small", "source": "0-res-jb", "customText": "A cat."}
    ).json()
    assert set(src) == {"data", "response"} and src["data"]["results"][0]["tokens"] == ["A", " cat", "."]


# --- steering -----------------------------------------------------------------------------------
STEER = {
    "prompt": "The weather today is",
    "modelId": "gpt2-small",
    "features": [{"modelId": "gpt2-small", "layer": "6-res-jb", "index": 1024, "strength": 20}],
    "temperature": 0.5,
    "n_tokens": 8,
    "freq_penalty": 1,
    "seed": 16,
    "strength_multiplier": 4,
}


def test_steer_is_deterministic_and_marked(client: httpx.Client) -> None:
    a = client.post("/api/steer", json=STEER).json()
    b = client.post("/api/steer", json=STEER).json()
    assert a == b
    assert a["STEERED"].startswith("[emulated]") and a["DEFAULT"].startswith("[emulated]")
    assert len(a["steeredLogProbs"]) == 8 and a["steeredLogProbs"][0]["topLogprobs"] is None
    assert a["limit"] is None
    c = client.post("/api/steer", json={**STEER, "features": [{**STEER["features"][0], "strength": 80}]}).json()
    assert c["STEERED"] != a["STEERED"] and c["DEFAULT"] == a["DEFAULT"] and c["id"] != a["id"]
    bad = client.post("/api/steer", json={**STEER, "temperature": 3})
    assert bad.json() == {"message": "temperature must be less than or equal to 2"}
    missing = client.post("/api/steer", json={**STEER, "features": [{**STEER["features"][0], "layer": "6-nope"}]})
    assert missing.status_code == 404


def test_steer_without_inference_server(client: httpx.Client, emu: EmulatorServer) -> None:
    emu.set_inference(False)
    assert client.post("/api/steer", json=STEER).json() == {"message": "Unknown Error"}
    r = client.post(
        "/api/activation/new",
        json={"feature": {"modelId": "gpt2-small", "layer": "6-res-jb", "index": "1"}, "customText": "x"},
    )
    assert r.status_code == 500


def test_steer_chat_stream_frames(client: httpx.Client) -> None:
    body = {
        "modelId": "gemma-2-2b",
        "defaultChatMessages": [{"role": "user", "content": "Hi"}],
        "steeredChatMessages": [{"role": "user", "content": "Hi"}],
        "features": [{"modelId": "gemma-2-2b", "layer": "20-gemmascope-res-16k", "index": 1337, "strength": 40}],
        "temperature": 0.5,
        "n_tokens": 4,
        "freq_penalty": 1,
        "seed": 16,
        "strength_multiplier": 4,
        "steer_special_tokens": True,
        "stream": True,
    }
    r = client.post("/api/steer-chat", json=body)
    assert r.headers["content-type"].startswith("text/event-stream")
    frames = [json.loads(f[6:]) for f in r.text.split("\n\n") if f.startswith("data: ")]
    assert len(frames) == 9
    assert frames[0]["DEFAULT"] is None and frames[0]["id"] is None and "shareUrl" not in frames[0]
    assert frames[-1]["id"] and frames[-1]["shareUrl"].endswith(frames[-1]["id"])
    plain = client.post("/api/steer-chat", json={**body, "stream": False}).json()
    assert plain == frames[-1]  # the stream's last frame is the JSON answer (stream is not in the cache key)
    again = client.post("/api/steer-chat", json=body)  # fully cached: plain JSON even when streamed
    assert again.headers["content-type"].startswith("application/json") and again.json() == plain


def test_graph_upload_flow(client: httpx.Client) -> None:
    import gzip

    graph = {
        "metadata": {"slug": "my-graph", "scan": "gemma-2-2b", "prompt": "hi", "prompt_tokens": ["<bos>", "hi"]},
        "nodes": [],
        "links": [],
    }
    data = gzip.compress(json.dumps(graph).encode() + b" " * 2048)
    put = client.post("/api/graph/signed-put", json={"filename": "g.json", "contentLength": len(data) + 2048}).json()
    assert httpx.put(put["url"], content=data, headers={"content-encoding": "gzip"}).status_code == 200
    saved = client.post("/api/graph/save-to-db", json={"putRequestId": put["putRequestId"]})
    assert saved.status_code == 200
    got = client.get("/api/graph/gemma-2-2b/my-graph").json()
    assert got["user"]["name"] == "testuser"
    assert [g["slug"] for g in client.post("/api/graph/list-owned").json()] == ["my-graph"]
    sub = client.post(
        "/api/graph/subgraph/save",
        json={
            "modelId": "gemma-2-2b",
            "slug": "my-graph",
            "pinnedIds": [],
            "supernodes": [],
            "clerps": [],
            "pruningThreshold": None,
            "densityThreshold": None,
        },
    ).json()
    listed = client.post("/api/graph/subgraph/list", json={"modelId": "gemma-2-2b", "slug": "my-graph"}).json()
    assert [s["id"] for s in listed["subgraphs"]] == [sub["subgraphId"]]
    # upstream: `subgraph?.userId !== request.user.id`, so an overwriteId that does not exist is refused
    unknown = {"modelId": "gemma-2-2b", "slug": "my-graph", "pinnedIds": [], "supernodes": [], "clerps": []}
    refused = client.post(
        "/api/graph/subgraph/save",
        json={**unknown, "pruningThreshold": None, "densityThreshold": None, "overwriteId": "no-such-subgraph"},
    )
    assert (refused.status_code, refused.json()) == (
        403,
        {"error": "You are not authorized to overwrite this subgraph"},
    )
    assert client.post("/api/graph/delete", json={"modelId": "gemma-2-2b", "slug": "my-graph"}).json() == {
        "message": "Graph deleted successfully"
    }


def test_misc_emulated_endpoints(client: httpx.Client) -> None:
    lens = client.post("/api/lens/prompt", json={"modelId": "gpt2-small", "prompt": "Hello"})
    kinds = [json.loads(line)["kind"] for line in lens.text.splitlines()]
    assert kinds[0] == "meta" and kinds[-1] == "done" and lens.headers["content-type"] == "application/x-ndjson"
    assert client.post("/api/lens/prompt", content=b"{").json() == {"error": "Invalid JSON body"}
    assert client.get("/api/nla/sources").json() == {"sources": []}
    comp = client.post("/api/nla/completion", json={"modelId": "m", "text": "Hi", "completion_tokens": 3}).json()
    assert comp["completion"].startswith("[emulated]")
    expl = client.post(
        "/api/explanation/generate",
        json={
            "modelId": "gpt2-small",
            "layer": "0-res-jb",
            "index": 3,
            "explanationType": "np_max-act-logits",
            "explanationModelName": "gpt-4.1-nano",
        },
    ).json()["explanation"]
    no_model = client.post("/api/explanation/score", json={"explanationId": expl["id"], "scorerType": "recall_alt"})
    assert no_model.status_code == 500  # a non-NLA scorer needs scorerModel: the generic 500
    assert no_model.json() == {"error": GENERIC_ERROR, "message": GENERIC_ERROR}
    score = client.post(
        "/api/explanation/score",
        json={"explanationId": expl["id"], "scorerType": "recall_alt", "scorerModel": "gpt-4o-mini"},
    ).json()
    assert (score["score"]["explanationScoreTypeName"], score["score"]["explanationScoreModelName"]) == (
        "recall_alt",
        "gpt-4o-mini",
    )
    assert client.post(f"/api/explanation/score/{score['score']['id']}/delete").json() == {
        "message": "Explanation score deleted"
    }
    assert client.post(f"/api/explanation/{expl['id']}/delete").json() == {"message": "Explanation deleted"}
    seeded = client.get("/api/feature/gpt2-small/0-res-jb/0").json()["explanations"][0]["id"]
    assert client.post(f"/api/explanation/{seeded}/delete").status_code == 500  # not the author
    r = client.get("/api/sparsity/connected-neurons", params={"modelId": "gpt2-small", "layer": 0, "index": 5})
    assert len(r.json()["trace_forward"]) == 5 and r.json()["neuron"] == 5
    nla = client.post(
        "/api/nla/explain", json={"modelId": "m", "nlaSourceId": "s-l3", "text": "Hello there", "positions": [1, 0]}
    ).json()
    assert [x["token"] for x in nla["results"]] == ["Hello", " there"]
    tok = client.post("/api/nla/completion", json={"modelId": "m", "text": "Hi there"}).json()
    assert tok["prompt_length"] == 2  # no completion_tokens: tokenize only, as upstream
    lens = client.post("/api/lens/prompt", json={"modelId": "gpt2-small", "prompt": "Hi", "stream": False}).json()
    assert lens["done"]["completion"].startswith("[emulated]")
    logits = client.post(
        "/api/steer-logits", json={"modelId": "gemma-2-2b", "prompt": "Hi", "features": [], "nTokens": 3}
    )
    assert len(logits.json()["STEERED_LOGITS_BY_TOKEN"]) == 3
    graph_tok = client.post("/api/graph/tokenize", json={"modelId": "gemma-2-2b", "prompt": "Hi", "maxNLogits": 5})
    assert graph_tok.json()["total_salient_tokens"] == 5
    share_body = {  # upstream's yup schema requires the view settings (route lens/share/route.ts)
        "modelId": "gpt2-small",
        "prompt": "Hi",
        "topN": 5,
        "temperature": 0,
        "numCompletionTokens": 0,
        "activeLensModeTab": "LOGIT_LENS",
        "hideNonWordTokens": False,
    }
    share = client.post("/api/lens/share", json=share_body).json()
    assert share["path"] == f"/jlens/{share['id']}"
    assert re.fullmatch(
        rf"https://[a-z0-9.-]+\.s3\.[a-z0-9-]+\.amazonaws\.com/[^/]+/[^/]+/{share['id']}\.json", share["url"]
    )
