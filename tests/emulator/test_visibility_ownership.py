"""Who sees and who may change what, and in which order rows come back, on a seed built for it.

Two users: alice (the creator of everything private here) and bob. The model is PUBLIC; its source set
``hidden`` is PRIVATE while its one source is PUBLIC, so only the source set's visibility can hide the
feature (upstream checks the source set of a feature GET, not only its source).
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from neuronpedia_ext.emulator import EmulatorConfig, EmulatorServer

ALICE = {"x-api-key": "key-alice"}
BOB = {"x-api-key": "key-bob"}
ANON: dict[str, str] = {}

SEED = {
    "users": [
        {"id": "u-alice", "name": "alice", "apiKey": "key-alice"},
        {"id": "u-bob", "name": "bob", "apiKey": "key-bob"},
    ],
    "models": [
        {"id": "pub", "layers": 2, "dimension": 4, "visibility": "PUBLIC"},
        {"id": "secret", "layers": 1, "dimension": 4, "visibility": "PRIVATE", "creatorId": "u-alice"},
    ],
    "sourceSets": [
        {"modelId": "pub", "name": "open", "visibility": "PUBLIC"},
        {
            "modelId": "pub",
            "name": "hidden",
            "visibility": "PRIVATE",
            "creatorId": "u-alice",
            "sources": [{"id": "0-hidden", "visibility": "PUBLIC"}],
        },
        {"modelId": "secret", "name": "s", "visibility": "PRIVATE", "creatorId": "u-alice"},
    ],
    "features": [
        {
            "modelId": "pub",
            "layer": "0-open",
            "index": 1,
            "activations": [
                {"tokens": ["a", "b"], "values": [0.0, 2.0]},
                {"tokens": ["c", "d"], "values": [9.0, 1.0]},
                {"tokens": ["e", "f"], "values": [5.0, 0.0]},
            ],
            "explanations": [
                {"description": "low", "scoreV2": 0.1, "scoreV1": 0.9},
                {"description": "high", "scoreV2": 0.8, "scoreV1": 0.0},
                {"description": "tie-better-v1", "scoreV2": 0.5, "scoreV1": 0.7},
                {"description": "tie-worse-v1", "scoreV2": 0.5, "scoreV1": 0.2},
            ],
        },
        {"modelId": "pub", "layer": "0-open", "index": 2},
        {"modelId": "pub", "layer": "0-open", "index": 3},
        {"modelId": "pub", "layer": "0-hidden", "index": 1, "explanations": [{"description": "hidden"}]},
        {"modelId": "secret", "layer": "0-s", "index": 1},
    ],
    "lists": [
        {"id": "list-alice", "name": "alice's", "description": "d", "userId": "u-alice", "features": []},
    ],
}


@pytest.fixture
def server() -> Iterator[EmulatorServer]:
    with EmulatorServer(EmulatorConfig(seed=SEED)) as emulator:
        yield emulator


@pytest.fixture
def http(server: EmulatorServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url) as client:
        yield client


# --- visibility ---------------------------------------------------------------------------------
def test_a_feature_in_a_private_source_set_is_hidden_even_on_a_public_source(http: httpx.Client) -> None:
    assert http.get("/api/feature/pub/0-hidden/1", headers=ALICE).status_code == 200
    for headers in (BOB, ANON):
        r = http.get("/api/feature/pub/0-hidden/1", headers=headers)
        assert r.status_code == 404
        assert set(r.json()) == {"error", "message"}
    # the public source set next to it is served to everyone
    assert http.get("/api/feature/pub/0-open/1", headers=ANON).status_code == 200


def test_private_models_and_source_sets_are_hidden_from_others(http: httpx.Client) -> None:
    assert http.get("/api/feature/secret/0-s/1", headers=ALICE).status_code == 200
    assert http.get("/api/feature/secret/0-s/1", headers=BOB).status_code == 404
    assert http.get("/api/source-set/pub/hidden", headers=BOB).json() is None
    assert http.get("/api/source-set/pub/hidden", headers=ALICE).json()["name"] == "hidden"


# --- ownership ----------------------------------------------------------------------------------
def test_another_users_list_cannot_be_changed_or_deleted(http: httpx.Client) -> None:
    forbidden = {"error": "You do not own this list", "message": "You do not own this list"}
    r = http.post("/api/list/delete", json={"listId": "list-alice"}, headers=BOB)
    assert (r.status_code, r.json()) == (403, forbidden)
    r = http.post("/api/list/update", json={"listId": "list-alice", "name": "taken", "description": "x"}, headers=BOB)
    assert (r.status_code, r.json()) == (403, forbidden)
    r = http.post(
        "/api/list/add-features",
        json={"listId": "list-alice", "featuresToAdd": [{"modelId": "pub", "layer": "0-open", "index": "2"}]},
        headers=BOB,
    )
    assert r.status_code == 403
    kept = http.post("/api/list/get", json={"listId": "list-alice"}, headers=ALICE).json()
    assert (kept["name"], kept["neurons"]) == ("alice's", [])


def test_list_list_shows_only_the_callers_lists(http: httpx.Client) -> None:
    assert [x["id"] for x in http.post("/api/list/list", headers=ALICE).json()] == ["list-alice"]
    assert http.post("/api/list/list", headers=BOB).json() == []


def test_a_vector_survives_a_delete_by_someone_else(http: httpx.Client) -> None:
    body = {
        "modelId": "pub",
        "layerNumber": 1,
        "hookType": "hook_resid_pre",
        "vector": [0.5, 0.25, 0.0, -1.0],
        "vectorDefaultSteerStrength": 8,
        "vectorLabel": "mine",
    }
    created = http.post("/api/vector/new", json=body, headers=ALICE)
    assert created.status_code == 200, created.text
    vector = created.json()["vector"]
    locator = {"modelId": vector["modelId"], "source": vector["source"], "index": vector["index"]}
    r = http.post("/api/vector/delete", json=locator, headers=BOB)
    assert r.status_code == 200  # upstream answers success and deletes nothing
    owned = http.post("/api/vector/list-owned", headers=ALICE).json()
    assert [v["index"] for v in owned["vectors"]] == [vector["index"]]
    assert http.post("/api/vector/delete", json=locator, headers=ALICE).status_code == 200
    assert http.post("/api/vector/list-owned", headers=ALICE).json()["vectors"] == []


# --- ordering -----------------------------------------------------------------------------------
def test_feature_rows_come_in_upstreams_order(http: httpx.Client) -> None:
    feature = http.get("/api/feature/pub/0-open/1").json()
    assert [a["maxValue"] for a in feature["activations"]] == [9.0, 5.0, 2.0]
    assert [e["description"] for e in feature["explanations"]] == ["high", "tie-better-v1", "tie-worse-v1", "low"]


def test_a_features_batch_keeps_the_request_order(http: httpx.Client) -> None:
    wanted = [3, 1, 2]
    body = [{"modelId": "pub", "layer": "0-open", "index": i} for i in wanted]
    got = http.post("/api/features", json=body).json()
    assert [int(f["index"]) for f in got] == wanted
