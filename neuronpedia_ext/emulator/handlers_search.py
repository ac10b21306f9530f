"""Explanation routes: the four explanation searches, generate, score and the deletes.

The searches rank every explanation in scope by a bag-of-words cosine similarity to the query (upstream
uses OpenAI embeddings and pgvector); pages, ``hasMore`` and ``nextOffset`` follow upstream exactly.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from neuronpedia_ext.emulator import inference as inf
from neuronpedia_ext.emulator import rows
from neuronpedia_ext.emulator.core import (
    EMULATED_HEADER,
    EMULATED_VALUE,
    ApiError,
    EmulatorState,
    Handler,
    generic_500,
    json_response,
    optional_user,
    read_object,
    required_user,
    unknown_error,
)
from neuronpedia_ext.emulator.handlers_data import get_neuron, neuron_with_expls_and_acts

PAGE = 20
#: The explainers generateExplanation implements (the spec's enum); any other type is 400.
_WORD = re.compile(r"[a-z0-9]+")


def _bag(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text.lower()))


def cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def _search(
    state: EmulatorState,
    user: dict[str, Any] | None,
    query: str,
    offset: int,
    scope: Any,
    filter_after: bool,
) -> tuple[list[dict[str, Any]], bool]:
    q = _bag(query)
    scored = []
    for pos, e in enumerate(state.store.find("explanation")):
        if not scope(e):
            continue
        scored.append((cosine(q, _bag(e["description"])), pos, e))
    scored.sort(key=lambda s: (-s[0], s[1]))
    window = scored[offset : offset + PAGE + 1]
    has_more = len(window) > PAGE
    results = []
    for sim, _pos, e in window[:PAGE]:
        if filter_after and state.visible_source(user, e["modelId"], e["layer"]) is None:
            continue
        neuron = get_neuron(state, e["modelId"], e["layer"], e["index"])
        item: dict[str, Any] = {
            "modelId": e["modelId"],
            "layer": e["layer"],
            "index": e["index"],
            "description": e["description"],
            "explanationModelName": e["explanationModelName"],
            "typeName": e["typeName"],
            "cosine_similarity": sim,
        }
        if neuron is not None:
            item["neuron"] = neuron_with_expls_and_acts(state, neuron, 3)
        results.append(item)
    return results, has_more


def _envelope(echo: dict[str, Any], results: list[dict[str, Any]], has_more: bool, offset: int) -> dict[str, Any]:
    out: dict[str, Any] = {"request": echo, "results": results, "resultsCount": len(results), "hasMore": has_more}
    if has_more:
        out["nextOffset"] = offset + PAGE
    return out


def _query_offset(body: dict[str, Any]) -> tuple[str, int]:
    """``query`` and ``offset`` of a body the edge validated; a negative offset fails in SQL upstream (500)."""
    offset = int(body.get("offset") or 0)
    if offset < 0:
        raise unknown_error()
    return str(body["query"]), offset


async def explanation_search(state: EmulatorState, request: Request) -> Response:
    user = optional_user(state, request)
    body = await read_object(request)  # validated and cast at the edge (spec: SearchExplanationsRequest)
    model_id, layers = str(body["modelId"]), [str(x) for x in body["layers"]]
    query, offset = _query_offset(body)
    if (
        not layers
        or state.visible_model(user, model_id) is None
        or any(state.visible_source(user, model_id, layer) is None for layer in layers)
    ):
        raise unknown_error()
    wanted = set(layers)
    results, more = _search(
        state, user, query, offset, lambda e: e["modelId"] == model_id and e["layer"] in wanted, False
    )
    return json_response(_envelope(body, results, more, offset))


async def explanation_search_all(state: EmulatorState, request: Request) -> Response:
    user = optional_user(state, request)
    body = await read_object(request)  # validated and cast at the edge
    query, offset = _query_offset(body)
    echo = {"query": body["query"], **({"offset": body["offset"]} if "offset" in body else {})}
    results, more = _search(state, user, query, offset, lambda e: True, True)
    return json_response(_envelope(echo, results, more, offset))


async def explanation_search_model(state: EmulatorState, request: Request) -> Response:
    user = optional_user(state, request)
    body = await read_object(request)  # validated and cast at the edge
    model_id = str(body["modelId"])
    query, offset = _query_offset(body)
    if state.visible_model(user, model_id) is None:
        raise unknown_error()
    results, more = _search(state, user, query, offset, lambda e: e["modelId"] == model_id, True)
    return json_response(_envelope(body, results, more, offset))


async def explanation_search_release(state: EmulatorState, request: Request) -> Response:
    user = optional_user(state, request)
    body = await read_object(request)  # validated and cast at the edge
    release = str(body["releaseName"])
    query, offset = _query_offset(body)
    rel = state.store.get("release", release)
    if rel is None or not state.can_see(user, rel):
        raise unknown_error()
    sets = {(s["modelId"], s["name"]) for s in state.store.find("sourceset") if s.get("releaseName") == release}
    sources = {
        (src["modelId"], src["id"])
        for src in state.store.find("source")
        if (src["modelId"], src["setName"]) in sets and state.can_see(user, src)
    }
    results, more = _search(state, user, query, offset, lambda e: (e["modelId"], e["layer"]) in sources, False)
    return json_response(_envelope(body, results, more, offset))


async def explanation_generate(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)  # validated and cast at the edge (spec: GenerateExplanationRequest)
    model_id, layer, index = str(body["modelId"]), str(body["layer"]), str(int(body["index"]))
    etype, emodel = str(body["explanationType"]), str(body["explanationModelName"])
    neuron = get_neuron(state, model_id, layer, index)
    if neuron is None:
        raise ApiError(400, {"message": "Feature not found."})
    nkey = f"{model_id}/{layer}/{index}"
    if any(
        e["typeName"] == etype and e["explanationModelName"] == emodel
        for e in state.store.find("explanation", ref=nkey)
    ):
        raise ApiError(400, {"message": "An auto-interp with this explanation type and model already exists."})
    words = [w.strip() for w in neuron.get("pos_str") or []][:3] or ["tokens"]
    now = rows.now_iso()
    expl = rows.explanation_row(
        {
            "modelId": model_id,
            "layer": layer,
            "index": index,
            "description": f"{inf.EMULATED_MARK} {', '.join(words)}",
            "authorId": user["id"],
            "triggeredByUserId": user["id"],
            "typeName": etype,
            "explanationModelName": emodel,
            "createdAt": now,
            "updatedAt": now,
        }
    )
    state.store.put("explanation", expl["id"], expl, ref=nkey, owner=user["id"])
    return json_response({"explanation": expl}, headers={EMULATED_HEADER: EMULATED_VALUE})


#: eleuther_embedding scores are saved under this model name, whatever ``scorerModel`` says (upstream).
ELEUTHER_EMBEDDING_MODEL = "stella_en_400m_v5"


async def explanation_score(state: EmulatorState, request: Request) -> Response:
    """Upstream's order: scorer type; for ``nla_*``: explanation (404), one score per type; for the
    others: scorer model (an undefined name makes Prisma throw: generic 500; an unknown or empty one is
    400), duplicate type+model, then the explanation (404)."""
    user = required_user(state, request)
    body = await read_object(request)  # validated and cast at the edge (spec: scoreExplanation's x-upstream-refusal)
    expl_id, scorer, given_model = str(body["explanationId"]), str(body["scorerType"]), body.get("scorerModel")
    existing = state.store.find("score", ref=expl_id)
    if scorer.startswith("nla_"):
        if state.store.get("explanation", expl_id) is None:
            raise ApiError(404, {"message": f"Explanation not found: {expl_id}"})
        if any(s["explanationScoreTypeName"] == scorer for s in existing):
            raise ApiError(400, {"message": "NLA score already exists for this explanation"})
        saved_model = scorer  # upstream's NLA scorers save the type name as the model name
    else:
        if given_model is None:
            # upstream: findUnique({where: {name: undefined}}) throws before the explanation is looked up
            raise generic_500()
        if state.store.get("scoremodel", str(given_model)) is None:
            raise ApiError(400, {"message": "Unsupported explanation score model"})
        if any(
            s["explanationScoreTypeName"] == scorer and s["explanationScoreModelName"] == given_model for s in existing
        ):
            raise ApiError(400, {"message": "Explanation score using this same method and model already exists"})
        if state.store.get("explanation", expl_id) is None:
            raise ApiError(404, {"message": f"Explanation not found: {expl_id}"})
        saved_model = ELEUTHER_EMBEDDING_MODEL if scorer == "eleuther_embedding" else str(given_model)
    score = rows.score_row(
        {
            "initiatedByUserId": user["id"],
            "value": round(inf.unit("score", expl_id, scorer, saved_model), 3),
            "explanationId": expl_id,
            "explanationScoreTypeName": scorer,
            "explanationScoreModelName": saved_model,
            "jsonDetails": '{"emulated": true}',
            "createdAt": rows.now_iso(),
        }
    )
    state.store.put("score", score["id"], score, ref=expl_id, owner=user["id"])
    return json_response({"score": score}, headers={EMULATED_HEADER: EMULATED_VALUE})


async def explanation_delete(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    expl_id = request.path_params["explanationId"]
    expl = state.store.get("explanation", expl_id)
    if expl is not None:
        if expl["authorId"] != user["id"] and not user.get("admin"):
            raise generic_500()
        state.store.delete("explanation", expl_id)
        state.store.delete_ref("score", expl_id)
    return json_response({"message": "Explanation deleted"})


async def explanation_score_delete(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    score_id = request.path_params["explanationScoreId"]
    score = state.store.get("score", score_id)
    if score is not None:
        if score["initiatedByUserId"] != user["id"] and not user.get("admin"):
            raise generic_500()
        state.store.delete("score", score_id)
    return json_response({"message": "Explanation score deleted"})


ROUTES: list[tuple[str, str, Handler]] = [
    ("POST", "/api/explanation/search", explanation_search),
    ("POST", "/api/explanation/search-all", explanation_search_all),
    ("POST", "/api/explanation/search-model", explanation_search_model),
    ("POST", "/api/explanation/search-release", explanation_search_release),
    ("POST", "/api/explanation/generate", explanation_generate),
    ("POST", "/api/explanation/score", explanation_score),
    ("POST", "/api/explanation/score/{explanationScoreId}/delete", explanation_score_delete),
    ("POST", "/api/explanation/{explanationId}/delete", explanation_delete),
]
