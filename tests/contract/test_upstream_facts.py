"""Upstream facts, read from the real server's code, checked against our spec.

The client's input checks, its retry decisions and the emulator all derive from the spec, so a wrong
spec makes all of them wrong together and no test that uses only them can notice. This table is an
independent oracle: each fact was read from the route handler (and the constants it imports) in
hijohnnylin/neuronpedia at ebb8426f, and cites where. It is not used by any code; it only checks the spec.

A fact is ``(operation, field, keyword, value)``:
- ``field`` is a path into the JSON request body: ``n_tokens``, ``[].index`` (items of an array body);
  empty for facts about the operation itself.
- ``keyword`` is a JSON-schema keyword (``maximum``, ``minimum``, ``maxLength``, ``minLength``,
  ``maxItems``, ``type``, ``enum``), ``required`` (the field must be listed as required), or for the
  operation: ``auth`` (``required`` for ``withAuthedUser``, ``optional`` for ``withOptionalUser``) and
  ``x-idempotent`` (true when the handler only reads the database: a client may retry it).
When the spec deliberately differs from upstream (DIVERGENCES.md), there is no fact for it here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from tests.support.spec import operations, spec

UPSTREAM = "hijohnnylin/neuronpedia@ebb8426f apps/webapp/"


@dataclass(frozen=True)
class Fact:
    operation: str
    field: str
    keyword: str
    value: Any
    evidence: str

    @property
    def label(self) -> str:
        where = f".{self.field}" if self.field else ""
        return f"{self.operation}{where} {self.keyword}={self.value!r}"


STEER = "app/api/steer/route.tsx steerSchema (yup)"
STEER_CONSTANTS = "lib/utils/steer.ts"
TOPK = "app/api/search-topk-by-token/route.tsx (yup)"
FEATURES = "app/api/features/route.ts arrayOfFeaturesSchema (yup)"
VECTOR = "app/api/vector/new/route.tsx (yup)"

FACTS: tuple[Fact, ...] = (
    # Limits
    Fact(
        "steerCompletion",
        "n_tokens",
        "maximum",
        256,
        f"{STEER}: max(STEER_N_COMPLETION_TOKENS_MAX); {STEER_CONSTANTS}: 256",
    ),
    Fact("steerCompletion", "n_tokens", "minimum", 1, f"{STEER}: n_tokens number().integer().min(1)"),
    Fact("steerCompletion", "n_tokens", "type", "integer", f"{STEER}: n_tokens number().integer()"),
    Fact("steerCompletion", "temperature", "minimum", 0, f"{STEER}: temperature min(0)"),
    Fact("steerCompletion", "temperature", "maximum", 2, f"{STEER}: max(STEER_TEMPERATURE_MAX); {STEER_CONSTANTS}: 2"),
    Fact(
        "steerCompletion",
        "strength_multiplier",
        "maximum",
        10,
        f"{STEER_CONSTANTS}: STEER_STRENGTH_MULTIPLIER_MAX = 10",
    ),
    Fact("steerCompletion", "strength_multiplier", "minimum", 0, f"{STEER}: strength_multiplier min(0)"),
    Fact("steerCompletion", "seed", "minimum", -100000000, f"{STEER}: seed min(-100000000)"),
    Fact("steerCompletion", "seed", "maximum", 100000000, f"{STEER}: seed max(100000000)"),
    Fact("steerCompletion", "prompt", "maxLength", 2048, f"{STEER}: max(MAX_PROMPT_CHARS); {STEER_CONSTANTS}: 2048"),
    Fact("searchTopkByToken", "numResults", "minimum", 1, f"{TOPK}: numResults min(1)"),
    Fact("searchTopkByToken", "numResults", "maximum", 20, f"{TOPK}: numResults max(20)"),
    Fact("searchTopkByToken", "modelId", "maxLength", 50, f"{TOPK}: modelId max(50)"),
    Fact("searchTopkByToken", "source", "maxLength", 50, f"{TOPK}: source max(50)"),
    Fact("searchAll", "numResults", "maximum", 100, "app/api/search-all/route.tsx: numResults > 100 -> badRequest"),
    Fact("searchExplanations", "query", "minLength", 3, "app/api/explanation/search/route.tsx: query min(3)"),
    Fact("createVector", "vector", "maxItems", 24576, f"{VECTOR}: vector max(MAX_VECTOR_LENGTH = 24576)"),
    Fact("createVector", "vectorDefaultSteerStrength", "minimum", -300, f"{STEER_CONSTANTS}: STEER_STRENGTH_MIN"),
    Fact("createVector", "vectorDefaultSteerStrength", "maximum", 300, f"{STEER_CONSTANTS}: STEER_STRENGTH_MAX"),
    Fact("createList", "testText", "minLength", 1, "app/api/list/new/route.tsx: testText min(1)"),
    # Enums
    Fact(
        "steerCompletion",
        "steer_method",
        "enum",
        {"SIMPLE_ADDITIVE", "ORTHOGONAL_DECOMP", "PROJECTION_CAP"},
        f"{STEER}: oneOf(NPSteerMethod); lib/api/inference-types.ts NPSteerMethod",
    ),
    Fact(
        "createVector",
        "hookType",
        "enum",
        {"hook_resid_pre", "hook_resid_post"},
        f"{VECTOR}: oneOf(keys of VECTOR_VALID_HOOK_TYPE_TO_DETAILS); lib/utils/neuron-vector.ts",
    ),
    # Required fields
    *(
        Fact("steerCompletion", name, "required", True, f"{STEER}: {name} required()")
        for name in ("prompt", "modelId", "features", "temperature", "n_tokens", "seed", "strength_multiplier")
    ),
    *(
        Fact("getFeaturesBatch", f"[].{name}", "required", True, f"{FEATURES}: {name} required()")
        for name in ("modelId", "layer", "index")
    ),
    Fact("getFeaturesBatch", "[].index", "type", "integer", f"{FEATURES}: index number().integer()"),
    Fact("searchTopkByToken", "text", "required", True, f"{TOPK}: text mixed().required()"),
    Fact("searchTopkByToken", "modelId", "required", True, f"{TOPK}: modelId required()"),
    Fact("searchTopkByToken", "source", "required", True, f"{TOPK}: source required()"),
    Fact("searchExplanations", "query", "required", True, "app/api/explanation/search/route.tsx: query required()"),
    Fact("createList", "name", "required", True, "app/api/list/new/route.tsx: name required()"),
    *(
        Fact("createVector", name, "required", True, f"{VECTOR}: {name} required()")
        for name in ("modelId", "layerNumber", "hookType", "vector", "vectorDefaultSteerStrength", "vectorLabel")
    ),
    # Auth
    Fact("addBookmark", "", "auth", "required", "app/api/bookmark/add/route.tsx: POST = withAuthedUser"),
    Fact("createList", "", "auth", "required", "app/api/list/new/route.tsx: POST = withAuthedUser"),
    Fact("createVector", "", "auth", "required", f"{VECTOR}: POST = withAuthedUser"),
    Fact("getFeaturesBatch", "", "auth", "optional", f"{FEATURES}: POST = withOptionalUser"),
    Fact("steerCompletion", "", "auth", "optional", f"{STEER}: POST = withOptionalUser"),
    Fact("searchTopkByToken", "", "auth", "optional", f"{TOPK}: POST = withOptionalUser"),
    Fact("searchExplanations", "", "auth", "optional", "app/api/explanation/search/route.tsx: POST = withOptionalUser"),
    # Idempotency: true = the handler only reads; false = it creates or changes rows
    Fact("getFeaturesBatch", "", "x-idempotent", True, f"{FEATURES}: getNeurons only (a read)"),
    Fact("searchExplanations", "", "x-idempotent", True, "app/api/explanation/search/route.tsx: a search, no writes"),
    Fact("searchTopkByToken", "", "x-idempotent", True, f"{TOPK}: inference call, no database writes"),
    Fact(
        "addBookmark",
        "",
        "x-idempotent",
        False,
        "app/api/bookmark/add/route.tsx: createBookmark (not unique: a retry adds a 2nd)",
    ),
    Fact("createList", "", "x-idempotent", False, "app/api/list/new/route.tsx: creates a list row"),
    Fact("createVector", "", "x-idempotent", False, f"{VECTOR}: creates a vector (a retry adds a 2nd)"),
)


def _operation(operation_id: str) -> dict[str, Any]:
    for op in operations():
        if op.operation_id == operation_id:
            return op.definition
    raise AssertionError(f"operation {operation_id} is not in the spec")


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """Follow $ref and merge allOf, so keywords read the same wherever the spec put them."""
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = {**spec()["components"]["schemas"][name], **{k: v for k, v in schema.items() if k != "$ref"}}
    if "allOf" in schema:
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        for part in schema["allOf"]:
            for key, value in _resolve(part).items():
                if key == "required":
                    merged["required"] = [*merged.get("required", []), *value]
                elif key == "properties":
                    merged["properties"] = {**merged.get("properties", {}), **value}
                else:
                    merged.setdefault(key, value)
        schema = merged
    return schema


def _field(operation_id: str, path: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the field's schema, its parent object's schema) in the operation's JSON request body."""
    body = _operation(operation_id)["requestBody"]["content"]["application/json"]["schema"]
    schema = _resolve(body)
    parent: dict[str, Any] = {}
    for step in path.split("."):
        if step == "[]":
            assert schema.get("type") == "array", f"{operation_id}: {path}: not an array"
            schema = _resolve(schema["items"])
            continue
        parent = schema
        properties = schema.get("properties", {})
        assert step in properties, f"{operation_id}: no request field {step!r} in the spec"
        schema = _resolve(properties[step])
    return schema, parent


def _auth(operation_id: str) -> str:
    security = _operation(operation_id).get("security", spec().get("security", []))
    if not security:
        return "none"
    return "optional" if any(not requirement for requirement in security) else "required"


def _spec_value(fact: Fact) -> Any:
    if fact.keyword == "auth":
        return _auth(fact.operation)
    if fact.keyword == "x-idempotent":
        return bool(_operation(fact.operation).get("x-idempotent", False))
    schema, parent = _field(fact.operation, fact.field)
    if fact.keyword == "required":
        return fact.field.rsplit(".", 1)[-1] in parent.get("required", [])
    if fact.keyword == "enum":
        return set(schema.get("enum", ()))
    if fact.keyword == "type":
        kind = schema.get("type")
        return kind if isinstance(kind, str) else set(kind or ())
    return schema.get(fact.keyword)


@pytest.mark.parametrize("fact", FACTS, ids=lambda f: f.label)
def test_the_spec_states_what_upstream_does(fact: Fact) -> None:
    assert _spec_value(fact) == fact.value, f"the spec disagrees with upstream ({UPSTREAM}{fact.evidence})"


def test_facts_cite_their_evidence_and_are_not_repeated() -> None:
    assert all(fact.evidence for fact in FACTS)
    keys = [(f.operation, f.field, f.keyword) for f in FACTS]
    assert len(keys) == len(set(keys))
