"""The emulator validates every request against the spec at its edge, and refuses as upstream does.

The limits and the refusal format come from the spec (``x-upstream-refusal``); the tests read the spec
for the numbers they expect, and one test runs the emulator on a modified copy of the spec.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from neuronpedia_ext.emulator import DEFAULT_API_KEY, EmulatorConfig, create_app
from neuronpedia_ext.emulator.spec import load_spec

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "neuronpedia.yaml"
KEY = {"x-api-key": DEFAULT_API_KEY}
STEER: dict[str, Any] = {
    "prompt": "The weather today is",
    "modelId": "gpt2-small",
    "features": [{"modelId": "gpt2-small", "layer": "6-res-jb", "index": 1024, "strength": 5}],
    "temperature": 0.5,
    "n_tokens": 8,
    "seed": 16,
    "strength_multiplier": 4,
}


def _schema(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = load_spec(SPEC)["components"]["schemas"][name]
    return schema


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(EmulatorConfig()))


def test_every_operation_is_compiled_once(client: TestClient) -> None:
    state = client.app.state.emulator  # type: ignore[attr-defined]
    ops = [(m.upper(), p) for p, item in load_spec(SPEC)["paths"].items() for m in item if m in ("get", "post")]
    assert set(state.checks) == set(ops)
    validated = [c for c in state.checks.values() if c.validates]
    assert len(validated) == sum(
        1 for p in load_spec(SPEC)["paths"].values() for op in p.values() if "x-upstream-refusal" in op
    )


#: What a parameter schema may say and still accept every value the wire can carry (a path or query string).
_UNCONSTRAINED = {"type": "string"}


def _nothing_to_refuse(item: dict[str, Any], op: dict[str, Any]) -> bool:
    """No body, and only parameters whose schema accepts any string: the spec rejects no such request."""
    from neuronpedia_ext.emulator.edge import _Schemas

    schemas = _Schemas(load_spec(SPEC))
    params = [schemas.resolve(p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
    return "requestBody" not in op and all(
        {k: v for k, v in schemas.resolve(p.get("schema", {})).items() if k not in ("description", "example")}
        == _UNCONSTRAINED
        for p in params
        if p.get("in") in ("path", "query")
    )


#: Operations whose requests the spec can reject but the edge does not check yet, and why.
NOT_YET: dict[str, str] = {
    op: "its hand checks are still in the handler"
    for op in (
        "getConnectedNeurons",
        "generateGraph",
        "tokenizeGraphPrompt",
        "getGraphUploadUrl",
        "saveGraph",
        "saveSubgraph",
        "listSubgraphs",
        "nlaCompletion",
        "nlaExplain",
    )
}


def test_every_operation_is_validated_at_the_edge(client: TestClient) -> None:
    """Each of the spec's operations either says how upstream refuses (``x-upstream-refusal``: the edge
    validates it) or sends nothing the spec could reject (no body, only free-form string parameters): then
    the edge's only check is the key, answered as upstream's ``withAuthedUser`` does."""
    state = client.app.state.emulator  # type: ignore[attr-defined]
    spec = load_spec(SPEC)
    unchecked = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in ("get", "post"):
                continue
            check = state.checks[(method.upper(), path)]
            if check.validates:
                assert op["operationId"] not in NOT_YET, op["operationId"]
                continue
            if op["operationId"] in NOT_YET:
                continue
            assert _nothing_to_refuse(item, op), f"{op['operationId']}: the spec can reject its requests"
            unchecked.append((method.upper(), path, op, check))
    validated = sum(1 for c in state.checks.values() if c.validates)
    assert validated + len(unchecked) + len(NOT_YET) == len(state.checks) == 56
    for method, path, op, check in unchecked:
        if not check.auth_required:
            continue
        url = path.format(**{p: "x" for p in ("explanationScoreId", "explanationId", "modelId", "name", "slug")})
        r = client.request(method, url)
        assert r.status_code == 401, (op["operationId"], r.status_code)


def test_steer_limit_comes_from_the_spec(client: TestClient) -> None:
    top = _schema("SteerCompletionRequest")["properties"]["n_tokens"]["maximum"]
    assert client.post("/api/steer", json={**STEER, "n_tokens": top}).status_code == 200
    r = client.post("/api/steer", json={**STEER, "n_tokens": top + 1})
    assert (r.status_code, r.json()) == (400, {"message": f"n_tokens must be less than or equal to {top}"})


def test_yup_wording_and_casts(client: TestClient) -> None:
    cases = [
        ({"n_tokens": "12"}, 200, None),  # yup casts a numeric string
        ({"temperature": None}, 400, "temperature is a required field"),
        ({"n_tokens": 1.5}, 400, "n_tokens must be an integer"),
        (
            {"n_tokens": "abc"},
            400,
            'n_tokens must be a `number` type, but the final value was: `NaN` (cast from the value `"abc"`).',
        ),
        (
            {"steer_method": "X"},
            400,
            "steer_method must be one of the following values: SIMPLE_ADDITIVE, ORTHOGONAL_DECOMP, PROJECTION_CAP",
        ),
        # two failures: yup checks the last declared field first
        ({"temperature": 9, "n_tokens": 0}, 400, "n_tokens must be greater than or equal to 1"),
    ]
    for change, status, message in cases:
        r = client.post("/api/steer", json={**STEER, **change})
        assert r.status_code == status, (change, r.text)
        if message is not None:
            assert r.json() == {"message": message}, change


def test_refusal_format_is_per_operation(client: TestClient) -> None:
    # getVector: yup outside the handler's try -> the central handler's {error, message}
    r = client.post("/api/vector/get", json={"modelId": "gpt2-small", "source": "6-res-jb"})
    assert (r.status_code, r.json()) == (
        400,
        {"error": "index is a required field", "message": "index is a required field"},
    )
    # deleteSubgraph: zod inside a catch-all try -> 500 {error}
    r = client.post("/api/graph/subgraph/delete", json={"subgraphId": 123}, headers=KEY)
    assert (r.status_code, r.json()) == (500, {"error": "Failed to delete subgraph"})
    # getActivations: the handler's own check, then its catch-all
    r = client.post("/api/activation/get", json={"modelId": "gpt2-small", "source": "0-res-jb"})
    assert (r.status_code, r.json()) == (400, {"error": "Missing required parameters"})
    # activation/source: yup with custom required messages
    r = client.post("/api/activation/source", json={"source": "0-res-jb", "customText": "hi"})
    assert (r.status_code, r.json()) == (400, {"message": "modelId is required"})


def test_empty_bodies_as_upstream(client: TestClient) -> None:
    r = client.post("/api/activation/get", content=b"")
    assert (r.status_code, r.json()) == (500, {"error": "Internal server error"})
    r = client.post("/api/graph/subgraph/delete", content=b"", headers=KEY)
    assert (r.status_code, r.json()) == (500, {"error": "Failed to delete subgraph"})


def test_error_bodies_of_404_paths(client: TestClient) -> None:
    r = client.post("/api/activation/get", json={"modelId": "gpt2-small", "source": "0-res-jb", "index": "99999"})
    assert r.status_code == 404 and set(r.json()) == {"error"}
    assert r.json()["error"].startswith("The model, source, or feature you specified is not available.")


def test_trace_is_the_framework_error_page(client: TestClient) -> None:
    defect = load_spec(SPEC)["x-upstream-defects"]["trace-method-html-500"]
    for path in ("/api/explanation/search", "/api/feature/gpt2-small/0-res-jb/0"):
        r = client.request("TRACE", path)
        assert r.status_code == defect["status"] == 500
        assert r.headers["content-type"].startswith("text/html")
        assert "access-control-allow-origin" not in r.headers
    r = client.request("PATCH", "/api/explanation/search", json={})
    assert (r.status_code, r.content) == (405, b"")


def test_emulator_follows_a_modified_spec(tmp_path: Path) -> None:
    text = SPEC.read_text(encoding="utf-8")
    top = _schema("SteerCompletionRequest")["properties"]["n_tokens"]["maximum"]
    anchor = f"Tokens to generate, at most {top} for every model"
    assert text.count(f"maximum: {top}\n          description: {anchor}") == 1
    copy = tmp_path / "spec.yaml"
    copy.write_text(
        text.replace(
            f"maximum: {top}\n          description: {anchor}", f"maximum: 100\n          description: {anchor}"
        )
    )
    c = TestClient(create_app(EmulatorConfig(spec=str(copy))))
    r = c.post("/api/steer", json={**STEER, "n_tokens": 101})
    assert (r.status_code, r.json()) == (400, {"message": "n_tokens must be less than or equal to 100"})


SEARCH_ALL: dict[str, Any] = {
    "modelId": "gpt2-small",
    "sourceSet": "res-jb",
    "text": "The house sold for",
    "selectedLayers": ["6-res-jb"],
    "sortIndexes": [],
    "ignoreBos": False,
}


def test_search_all_hand_checks_as_upstream(client: TestClient) -> None:
    for change, message in [
        ({"text": ""}, "Missing search text."),
        ({"numResults": -1}, "numResults must be greater than 0."),
        ({"numResults": 101}, "numResults must be less than 100."),
        ({"densityThreshold": 1.5}, "densityThreshold must be between 0 and 1."),
        ({"text": "", "numResults": 101}, "Missing search text."),  # the handler checks text first
    ]:
        r = client.post("/api/search-all", json={**SEARCH_ALL, **change})
        assert (r.status_code, r.json()) == (400, {"error": message, "message": message}), change
    body = {k: v for k, v in SEARCH_ALL.items() if k != "sortIndexes"}
    r = client.post("/api/search-all", json=body)
    assert r.status_code == 500 and r.json()["error"].startswith("Something went wrong")  # `.sort()` on undefined


def test_topk_by_token_refusals(client: TestClient) -> None:
    base = {"modelId": "gpt2-small", "source": "6-res-jb", "text": "hello there"}
    r = client.post("/api/search-topk-by-token", json={**base, "text": {"a": 1}})
    assert (r.status_code, r.json()) == (500, {"message": "text must be a string or array of strings."})
    r = client.post("/api/search-topk-by-token", json={**base, "numResults": 21})
    assert (r.status_code, r.json()) == (400, {"message": "numResults must be less than or equal to 20"})
    r = client.post("/api/search-topk-by-token", json={**base, "densityThreshold": 2})
    assert (r.status_code, r.json()) == (500, {"message": "densityThreshold must be between 0 and 1."})


def test_steer_chat_caps_as_upstream(client: TestClient) -> None:
    chat = [{"role": "user", "content": "Write a one sentence story."}]
    base = {
        "defaultChatMessages": chat,
        "steeredChatMessages": chat,
        "modelId": "gemma-2-2b-it",
        "features": [],
        "temperature": 0.5,
        "n_tokens": 300,
        "seed": 16,
        "strength_multiplier": 4,
        "steer_special_tokens": True,
    }
    r = client.post("/api/steer-chat", json=base)
    assert (r.status_code, r.json()) == (400, {"message": "The max n_tokens for non-thinking models is 256"})
    long = [{"role": "user", "content": "x" * 2049}]
    r = client.post("/api/steer-chat", json={**base, "n_tokens": 8, "steeredChatMessages": long})
    assert r.status_code == 400 and r.json()["message"].startswith("Total conversation length exceeds")


def test_explanation_search_refusals(client: TestClient) -> None:
    base = {"modelId": "gpt2-small", "layers": ["0-res-jb"], "query": "dogs"}
    r = client.post("/api/explanation/search", json={**base, "query": "do"})
    assert (r.status_code, r.json()) == (400, {"message": "query must be at least 3 characters"})
    r = client.post("/api/explanation/search", content=b"null", headers={"content-type": "application/json"})
    assert (r.status_code, r.json()) == (400, {"message": "Invalid JSON body"})
    r = client.post("/api/explanation/search", json={**base, "offset": -20})
    assert (r.status_code, r.json()) == (500, {"message": "Unknown Error"})
    r = client.post("/api/explanation/search", json={**base, "layers": []})
    assert (r.status_code, r.json()) == (500, {"message": "Unknown Error"})
    r = client.post("/api/explanation/search", json=base)
    assert r.status_code == 200 and r.json()["request"] == base  # the echo: no defaults filled in


def test_lenient_fields_are_served(tmp_path: Path) -> None:
    """A field listed in x-lenient-validation.fields is served as upstream serves it, not refused."""
    import yaml

    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    spec["paths"]["/api/steer"]["post"]["x-lenient-validation"] = {
        "reason": "test copy",
        "fields": [{"path": "n_tokens", "accepts": ["maximum"], "reason": "test"}],
    }
    copy = tmp_path / "spec.yaml"
    copy.write_text(yaml.safe_dump(spec, sort_keys=False))
    c = TestClient(create_app(EmulatorConfig(spec=str(copy))))
    top = _schema("SteerCompletionRequest")["properties"]["n_tokens"]["maximum"]
    assert c.post("/api/steer", json={**STEER, "n_tokens": top + 1}).status_code == 200
    r = c.post("/api/steer", json={**STEER, "n_tokens": 0})  # minimum is not listed: still refused
    assert (r.status_code, r.json()) == (400, {"message": "n_tokens must be greater than or equal to 1"})


def test_graph_error_paths_as_upstream(client: TestClient) -> None:
    r = client.post("/api/graph/delete", json={"modelId": "gemma-2-2b"}, headers=KEY)
    assert (r.status_code, r.json()) == (400, {"message": "slug is a required field"})


def test_list_creation_refused_as_upstream(client: TestClient) -> None:
    new = "/api/list/new"
    r = client.post(new, json={"name": "   ", "description": "d"}, headers=KEY)  # yup trims, then required
    assert (r.status_code, r.json()) == (400, {"error": "name is a required field"})
    r = client.post(new, json={"name": "L", "description": "d", "testText": ""}, headers=KEY)
    assert (r.status_code, r.json()) == (400, {"error": "Test text must not be empty"})
    r = client.post(new, json={"name": "L"}, headers=KEY)  # optional in yup; the NOT NULL column throws
    assert (r.status_code, r.json()) == (500, {"error": "Unknown Error"})
    r = client.post(new, json={"description": "d"}, headers=KEY)  # yup fails before the column does
    assert (r.status_code, r.json()) == (400, {"error": "name is a required field"})
    over = "x" * (_schema("CreateListRequest")["properties"]["testText"]["maxLength"] + 1)
    before = len(client.post("/api/list/list", headers=KEY).json())
    r = client.post(new, json={"name": "L", "description": "d", "testText": over}, headers=KEY)
    assert (r.status_code, r.json()) == (500, {"error": "Unknown Error"})
    assert len(client.post("/api/list/list", headers=KEY).json()) == before + 1  # created, then the update threw

    with_features = "/api/list/new-with-features"
    r = client.post(with_features, json={"name": "  "}, headers=KEY)  # no trim here: the handler's own check
    assert (r.status_code, r.json()) == (400, {"message": "List name is required"})
    r = client.post(with_features, json={"name": "L", "testText": ""}, headers=KEY)
    assert (r.status_code, r.json()) == (400, {"message": "Test text must not be empty"})
    r = client.post(
        with_features, json={"name": "L", "features": [{"modelId": "gpt2-small", "layer": "6-res-jb"}]}, headers=KEY
    )
    assert (r.status_code, r.json()) == (400, {"message": "features[0].index is a required field"})
    r = client.post(
        with_features,
        json={"name": "L", "features": [{"modelId": "gpt2-small", "layer": "6-res-jb", "index": "1024"}]},
        headers=KEY,
    )
    assert r.status_code == 200, r.text  # yup casts the numeric string; description defaults to ""


def test_list_add_features_refused_as_upstream(client: TestClient) -> None:
    lst = client.post("/api/list/new", json={"name": "L", "description": "d"}, headers=KEY).json()
    cap = _schema("AddListFeaturesRequest")["properties"]["featuresToAdd"]["maxItems"]
    item = {"modelId": "gpt2-small", "layer": "6-res-jb", "index": "1024"}
    r = client.post(
        "/api/list/add-features", json={"listId": lst["id"], "featuresToAdd": [item] * (cap + 1)}, headers=KEY
    )
    assert (r.status_code, r.json()) == (400, {"error": "Too many features to add. Max is 100 at a time."})
    r = client.post("/api/list/add-features", json={"listId": lst["id"]}, headers=KEY)  # `undefined.length` throws
    assert r.status_code == 500 and r.json()["message"].startswith("Something went wrong")
    r = client.post("/api/list/add-features", json={"listId": "gone", "featuresToAdd": []}, headers=KEY)
    assert r.status_code == 404


def test_model_and_source_set_creation_refused_as_upstream(client: TestClient) -> None:
    def refused(path: str, body: Any) -> tuple[int, Any]:
        r = client.post(path, json=body, headers=KEY)
        return r.status_code, r.json()

    top = _schema("CreateModelRequest")["properties"]["layers"]["maximum"]
    assert refused("/api/model/new", {"id": "", "layers": 1}) == (
        400,
        {"error": "id is a required field", "path": "id"},
    )
    assert refused("/api/model/new", {"id": "m" * 33, "layers": 1}) == (
        400,
        {"error": "Model ID must be less than 32 characters", "path": "id"},
    )
    assert refused("/api/model/new", {"id": "Bad", "layers": 1})[1]["error"].startswith("Name must contain only")
    assert refused("/api/model/new", {"id": "ok-model", "layers": top + 1}) == (
        400,
        {"error": "Layers must be an integer less than 128", "path": "layers"},
    )
    assert refused("/api/model/new", {"id": "ok-model", "layers": 1, "displayName": ""}) == (
        400,
        {"error": "displayName must be at least 1 characters", "path": "displayName"},
    )
    assert refused("/api/model/new", {"id": "ok-model", "layers": 1, "url": "not a url"}) == (
        400,
        {"error": "Must be a valid URL", "path": "url"},
    )
    assert refused("/api/model/new", [1]) == (
        400,
        {"error": "this must be a `object` type, but the final value was: `[\n  1\n]`."},
    )
    made = client.post("/api/model/new", json={"id": "edge-model", "layers": "2"}, headers=KEY)  # yup casts "2"
    assert (made.status_code, made.json()["layers"]) == (200, 2)

    new = "/api/source-set/new"
    assert refused(new, {"modelId": "edge-model", "name": "Bad"})[1]["error"].startswith("Name must contain only")
    assert refused(new, {"modelId": "edge-model", "name": "ok", "description": "d" * 129}) == (
        400,
        {"error": "Description must be less than 128 characters", "path": "description"},
    )
    assert refused(new, {"modelId": "edge-model", "name": "ok", "url": "ftp:/x"}) == (
        400,
        {"error": "Must be a valid URL", "path": "url"},
    )
    assert refused(new, {"modelId": "", "name": "ok"}) == (
        400,
        {"error": "modelId is a required field", "path": "modelId"},
    )
    assert client.post(new, json={"modelId": "edge-model", "name": "ok"}, headers=KEY).status_code == 200


def test_score_refused_as_upstream(client: TestClient) -> None:
    r = client.post("/api/explanation/score", json={"explanationId": "x", "scorerType": "nope"}, headers=KEY)
    assert (r.status_code, r.json()) == (400, {"message": "Unsupported explanation score type"})
    r = client.post("/api/explanation/score", json={"scorerType": "recall_alt"}, headers=KEY)  # toErrorResponse
    assert (r.status_code, r.json()) == (
        400,
        {"error": "explanationId is a required field", "message": "explanationId is a required field"},
    )


GENERIC = "Something went wrong on our end. The error has been reported."


def _new_list(client: TestClient, **extra: Any) -> dict[str, Any]:
    lst: dict[str, Any] = client.post(
        "/api/list/new", json={"name": "L", "description": "d", **extra}, headers=KEY
    ).json()
    return lst


def test_list_writes_refused_as_upstream(client: TestClient) -> None:
    """The list routes check nothing themselves: a wrongly typed or missing field reaches Prisma, which
    throws (the generic 500); the ownership checks answer 404/403."""
    generic = (500, {"error": GENERIC, "message": GENERIC})
    lst = _new_list(client)
    cases = [
        ("/api/list/update", {"listId": lst["id"], "name": "   "}),  # the handler's blank-name throw
        ("/api/list/update", {"listId": lst["id"], "name": "N", "description": None}),  # a NOT NULL column
        ("/api/list/update", {"name": "N"}),
        ("/api/list/delete", {"listId": 7}),
        ("/api/list/get", {}),
        ("/api/list/remove", {"listId": lst["id"], "modelId": "gpt2-small", "layer": "6-res-jb"}),
        ("/api/list/edit-feature", {"listId": lst["id"], "modelId": "gpt2-small", "layer": "6-res-jb", "index": 3}),
        ("/api/bookmark/add", {"modelId": "gpt2-small", "layer": "6-res-jb"}),
    ]
    for path, body in cases:
        r = client.post(path, json=body, headers=KEY)
        assert (r.status_code, r.json()) == generic, (path, body)
    r = client.post("/api/list/delete", json={"listId": "nope"}, headers=KEY)
    assert r.status_code == 404
    r = client.post("/api/list/update", json={"listId": lst["id"], "name": "Renamed"}, headers=KEY)
    assert r.status_code == 200 and r.json()["name"] == "Renamed" and r.json()["description"] == "d"


def test_list_update_test_text_cap_from_the_spec(client: TestClient) -> None:
    """updateListMetadata checks the cap after ownership, and only for a changed text (served by the edge)."""
    cap = _schema("UpdateListRequest")["properties"]["defaultTestText"]["maxLength"]
    lst = _new_list(client)
    update = {"listId": lst["id"], "name": "L"}
    r = client.post("/api/list/update", json={**update, "defaultTestText": "x" * cap}, headers=KEY)
    assert r.status_code == 200 and r.json()["defaultTestText"] == "x" * cap
    r = client.post("/api/list/update", json={**update, "defaultTestText": "x" * (cap + 1)}, headers=KEY)
    assert (r.status_code, r.json()["error"]) == (500, GENERIC)
    r = client.post(
        "/api/list/update", json={**update, "listId": "nope", "defaultTestText": "x" * (cap + 1)}, headers=KEY
    )
    assert r.status_code == 404  # the ownership check comes first


def test_list_feature_note_kept_when_left_out(client: TestClient) -> None:
    lst = _new_list(client)
    item = {"modelId": "gpt2-small", "layer": "6-res-jb", "index": "1024"}
    r = client.post(
        "/api/list/add-features",
        json={"listId": lst["id"], "featuresToAdd": [{**item, "description": "n"}]},
        headers=KEY,
    )
    assert r.status_code == 200, r.text
    r = client.post("/api/list/edit-feature", json={"listId": lst["id"], **item}, headers=KEY)
    assert r.status_code == 200 and r.json()["description"] == "n"  # Prisma's update got undefined


def test_features_batch_refused_as_upstream(client: TestClient) -> None:
    for falsy in (b"null", b"false", b"0", b'""'):  # the handler's own `if (!bodyJson)`, before yup
        r = client.post("/api/features", content=falsy)
        assert (r.status_code, r.json()) == (400, {"message": "Invalid JSON body"}), falsy
    r = client.post("/api/features", json={})
    assert (r.status_code, r.json()) == (
        400,
        {"message": "this must be a `array` type, but the final value was: `{}`."},
    )
    r = client.post("/api/features", json=[])  # passes yup; `featuresRequest[0]` throws in the handler's try
    assert (r.status_code, r.json()) == (500, {"message": "Unknown Error"})
    r = client.post("/api/features", json=[{"modelId": "gpt2-small", "layer": "6-res-jb"}])
    assert (r.status_code, r.json()) == (400, {"message": "[0].index is a required field"})
    item = {"modelId": "gpt2-small", "layer": "6-res-jb", "index": 1024}
    r = client.post("/api/features", json=[{**item, "maxActsToReturn": 1.5}])
    assert (r.status_code, r.json()) == (400, {"message": "[0].maxActsToReturn must be an integer"})
    r = client.post("/api/features", json=[{**item, "maxActsToReturn": None}])
    assert (r.status_code, r.json()) == (400, {"message": "[0].maxActsToReturn cannot be null"})
    r = client.post("/api/features", json=[{**item, "index": "1024", "maxActsToReturn": "2"}])  # yup casts
    assert r.status_code == 200 and [len(f["activations"]) for f in r.json()] == [2]


def test_feature_upload_refused_as_upstream(client: TestClient) -> None:
    cap = _schema("FeatureUploadRequest")["properties"]["features"]["maxItems"]
    text_cap = _schema("FeatureUploadExplanation")["properties"]["text"]["maxLength"]
    feature = {"index": 0, "activations": [{"tokens": ["a"], "values": [1.0]}]}
    base = {"modelId": "gpt2-small", "source": "6-res-jb"}
    r = client.post("/api/feature/upload-batch", json={**base, "features": [feature] * (cap + 1)}, headers=KEY)
    assert (r.status_code, r.json()) == (
        400,
        {"error": f"features field must have less than or equal to {cap} items", "path": "features"},
    )
    long = {**feature, "explanations": [{"text": "x" * (text_cap + 1)}]}
    r = client.post("/api/feature/upload-batch", json={**base, "features": [long]}, headers=KEY)
    assert (r.status_code, r.json()) == (
        400,
        {
            "error": f"features[0].explanations[0].text must be at most {text_cap} characters",
            "path": "features[0].explanations[0].text",
        },
    )
    bin_ = {**feature, "activations": [{"tokens": ["a"], "values": [1.0], "quantileMin": 1e9}]}
    r = client.post("/api/feature/upload-batch", json={**base, "features": [bin_]}, headers=KEY)
    assert r.status_code == 400 and r.json()["path"] == "features[0].activations[0].quantileMin"
    r = client.post("/api/feature/upload-batch", content=b"null", headers=KEY)  # the root: no path
    assert (r.status_code, r.json()) == (400, {"error": "this cannot be null"})
    r = client.post("/api/feature/upload-batch", json={**base, "features": [feature]}, headers=KEY)
    assert (r.status_code, r.json()["error"]) == (500, GENERIC)  # valid, but not the caller's source set
