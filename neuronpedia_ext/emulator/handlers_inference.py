"""Inference-backed routes, answered by the deterministic stand-ins of :mod:`.inference`.

Every answer that contains stand-in values carries ``x-neuronpedia-emulator: emulated-inference``.
With the inference server "unreachable" (``EmulatorConfig.inference = False``) they fail as upstream
does without one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator
from typing import Any

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

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
    limit_value,
    optional_user,
    read_object,
    unknown_error,
)
from neuronpedia_ext.emulator.handlers_data import activations_for, explanation_rows, get_neuron

EMULATED = {EMULATED_HEADER: EMULATED_VALUE}
#: upstream's NNSIGHT_MODELS (steer, steer-chat): larger per-model caps
LARGE_LLM_MODELS = ("llama3.3-70b-it", "gpt-oss-20b")
STEER_MAX_PROMPT_CHARS_MESSAGE = (
    "Total conversation length exceeds the maximum number of characters allowed. "
    "Please click Reset to start a new conversation."
)


def _texts(value: Any) -> list[str] | None:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    return None


def _firing(state: EmulatorState, model_id: str, source_id: str) -> list[str]:
    stored = [k.rsplit("/", 1)[1] for k in state.store.keys("neuron", ref=f"{model_id}/{source_id}")]
    stored = [i for i in stored if not (get_neuron(state, model_id, source_id, i) or {}).get("hasVector")]
    return inf.firing_indices(source_id, stored)


# --------------------------------------------------------------------------- activations


async def activation_new(state: EmulatorState, request: Request) -> Response:
    user = optional_user(state, request)
    body = await read_object(request)
    feature = body.get("feature") or body.get("neuron")
    texts = _texts(body.get("customText"))
    if not isinstance(feature, dict) or texts is None:
        raise generic_500()
    model_id = str(feature.get("modelId") or "")
    source_id = str(feature.get("source") or feature.get("layer") or "")
    index = str(feature.get("index") if feature.get("index") is not None else "")
    if state.visible_model(user, model_id) is None or (
        state.store.get("source", f"{model_id}/{source_id}") is not None
        and state.visible_source(user, model_id, source_id) is None
    ):
        raise ApiError(500, {"message": state.not_available_message()})
    if state.store.get("source", f"{model_id}/{source_id}") is None or not state.inference:
        raise generic_500()
    now = rows.now_iso()
    results = []
    for text in texts:
        tokens = [inf.bos_for(model_id), *inf.tokenize(text)]
        values = inf.feature_values(source_id, index, tokens)
        if body.get("ignoreBos") is True and tokens and inf.is_special(tokens[0]):
            tokens, values = tokens[1:], values[1:]  # upstream drops the BOS token and its value
        best = max(values) if values else 0.0
        results.append(
            {
                "tokens": tokens,
                "values": values,
                "maxValue": best,
                "minValue": min(values) if values else 0.0,
                "modelId": model_id,
                "layer": source_id,
                "index": index,
                "creatorId": user["id"] if user else "",
                "dataIndex": None,
                "dataSource": "Neuronpedia",
                "maxValueTokenIndex": values.index(best) if values else 0,
                "createdAt": now,
            }
        )
    payload: Any = results[0] if isinstance(body.get("customText"), str) else results
    return json_response(payload, headers=EMULATED)


async def activation_source(state: EmulatorState, request: Request) -> Response:
    user = optional_user(state, request)
    body = await read_object(request)  # validated and cast at the edge (spec: SourceActivationsRequest)
    model_id, source_id = str(body["modelId"]), str(body["source"])
    texts = _texts(body["customText"]) or []
    if state.visible_model(user, model_id) is None or state.visible_source(user, model_id, source_id) is None:
        raise ApiError(500, {"message": state.not_available_message()})
    if not state.inference:
        raise generic_500()
    firing = _firing(state, model_id, source_id)
    results = []
    for text in texts:
        tokens = inf.tokenize(text)
        active: dict[str, list[list[float]]] = {}
        for idx in firing:
            values = inf.feature_values(source_id, idx, tokens)
            hits = [[i, round(v, 3)] for i, v in enumerate(values) if v > 0]
            if hits:
                active[idx] = hits
        results.append({"tokens": tokens, "activeFeatures": active})
    return json_response({"data": {"results": results}, "response": {}}, headers=EMULATED)


# --------------------------------------------------------------------------- search


def _neuron_for_search(state: EmulatorState, neuron: dict[str, Any], saved: bool = False) -> dict[str, Any]:
    """A result's ``neuron``; explanations carry ``author`` and ``votes`` only on fresh (not saved) results."""
    out = dict(neuron)
    out["activations"] = activations_for(state, neuron, 1)
    expls = explanation_rows(state, neuron)
    if not saved:
        expls = [{**e, "author": {"name": state.user_name(e["authorId"])}, "votes": []} for e in expls]
    out["explanations"] = expls
    out["model"] = state.store.get("model", neuron["modelId"])
    return out


def _saved_search_results(state: EmulatorState, saved: dict[str, Any]) -> list[dict[str, Any]]:
    """Upstream's answer from a ``SavedSearch``: its activation rows in order, each with its feature now."""
    result = []
    for act_id in saved["activationIds"]:
        act = state.store.get("activation", act_id)
        neuron = None if act is None else get_neuron(state, act["modelId"], act["layer"], act["index"])
        if act is None or neuron is None:
            continue  # upstream: the rows cascade away with the feature
        item: dict[str, Any] = {
            "modelId": saved["modelId"],
            "layer": act["layer"],
            "index": neuron["index"],
            "maxValue": act["maxValue"],
            "maxValueIndex": act["maxValueTokenIndex"],
            "values": act["values"],
            "neuron": _neuron_for_search(state, neuron, saved=True),
            "dfaValues": act["dfaValues"],  # a list column (default []), so always present here
        }
        if act["dfaMaxValue"] is not None:
            item["dfaMaxValue"] = act["dfaMaxValue"]
        if act["dfaTargetIndex"] is not None:
            item["dfaTargetIndex"] = act["dfaTargetIndex"]
        result.append(item)
    return result


async def search_all(state: EmulatorState, request: Request) -> Response:
    """Upstream's order: text, ``sortIndexes`` (500 unless an array), numResults, densityThreshold,
    visibility; then a batch runs inference, and a single text is answered from its ``SavedSearch`` when
    an identical query was saved before (no inference needed), else runs inference and saves the
    results (a ``SavedSearch`` and ``Activation`` rows) when every result has a stored feature."""
    user = optional_user(state, request)
    body = await read_object(request)
    # validated at the edge (spec: SearchAllRequest and searchAll's x-upstream-refusal: upstream's hand checks)
    model_id, set_name = str(body["modelId"]), str(body["sourceSet"])
    texts = _texts(body["text"]) or []
    sort_indexes = sorted((int(i) for i in body["sortIndexes"]), key=str)  # JavaScript's default sort: as strings
    defaults = state.spec["components"]["schemas"]["SearchAllRequest"]["properties"]
    num = body.get("numResults") or defaults["numResults"]["default"]  # upstream: `body.numResults || 50`
    density = body.get("densityThreshold") or defaults["densityThreshold"]["default"]
    ss = state.store.get("sourceset", f"{model_id}/{set_name}")
    if state.visible_model(user, model_id) is None or not state.can_see(user, ss):
        msg = state.not_available_message()
        raise ApiError(404, {"error": msg, "message": msg})
    single = isinstance(body.get("text"), str)
    saved_key = ""
    if single:
        ignore_bos = body["ignoreBos"]
        given_layers = body.get("selectedLayers") or []
        saved_key = _cache_key(
            "savedsearch",
            [
                model_id,
                texts[0],
                sorted(str(x) for x in given_layers),
                sort_indexes,
                set_name,
                ignore_bos,
                num,
                density,
            ],
        )
        saved = state.store.get("savedsearch", saved_key)
        if saved is not None:
            payload = {
                "tokens": saved["tokens"],
                "result": _saved_search_results(state, saved),
                "sortIndexes": sort_indexes,
            }
            return json_response(payload, headers=EMULATED)
    if not state.inference:
        raise generic_500()
    layers = body.get("selectedLayers") or [
        s["id"] for s in state.store.find("source", ref=f"{model_id}/{set_name}") if state.can_see(user, s)
    ]
    bos = inf.bos_for(model_id)
    out_results = []
    missing_neuron = False
    for text in texts:
        tokens = [bos, *inf.tokenize(text)]
        found = []
        for layer in layers:
            for idx in _firing(state, model_id, str(layer)):
                values = inf.feature_values(str(layer), idx, tokens)
                if body.get("ignoreBos") and values:
                    values[0] = 0.0
                if sort_indexes:
                    score = max((values[i] for i in sort_indexes if 0 <= i < len(values)), default=0.0)
                else:
                    score = max(values, default=0.0)
                if score <= 0:
                    continue
                neuron = get_neuron(state, model_id, str(layer), idx)
                if density != -1 and neuron is not None and neuron["frac_nonzero"] > density:
                    continue  # upstream: a feature without a stored row is kept whatever the threshold
                best = max(values)
                found.append((score, str(layer), idx, values, best, neuron))
        found.sort(key=lambda f: -f[0])
        result = []
        for _score, layer, idx, values, best, neuron in found[:num]:
            item: dict[str, Any] = {
                "modelId": model_id,
                "layer": layer,
                "index": idx,
                "maxValue": best,
                "maxValueIndex": values.index(best),
                "values": values,
            }
            if neuron is None:
                missing_neuron = True
            elif single:
                item["neuron"] = _neuron_for_search(state, neuron)
            result.append(item)
        out_results.append({"tokens": tokens, "result": result, "sortIndexes": sort_indexes})
    if not single:
        return json_response({"results": out_results}, headers=EMULATED)
    payload = out_results[0]
    if not missing_neuron:
        _save_search(state, user, saved_key, model_id, payload)
    return json_response(payload, headers=EMULATED)


def _save_search(
    state: EmulatorState, user: dict[str, Any] | None, key: str, model_id: str, payload: dict[str, Any]
) -> None:
    """Store the ``Activation`` rows of a fresh single-text search and the ``SavedSearch`` that lists them."""
    creator = user["id"] if user else rows.INFERENCE_BOT_ID
    now = rows.now_iso()
    ids = []
    for item in payload["result"]:
        act = rows.activation_row(
            {
                "tokens": payload["tokens"],
                "index": item["index"],
                "layer": item["layer"],
                "modelId": model_id,
                "maxValue": item["maxValue"],
                "maxValueTokenIndex": item["maxValueIndex"],
                "minValue": min(item["values"]) if item["values"] else 0.0,
                "values": item["values"],
                "creatorId": creator,
                "createdAt": now,
            }
        )
        nkey = f"{model_id}/{item['layer']}/{item['index']}"
        state.store.put("activation", act["id"], act, ref=nkey, owner=creator)
        ids.append(act["id"])
    state.store.put(
        "savedsearch",
        key,
        {"modelId": model_id, "tokens": payload["tokens"], "activationIds": ids, "userId": creator, "createdAt": now},
        owner=creator,
    )


async def search_topk_by_token(state: EmulatorState, request: Request) -> Response:
    user = optional_user(state, request)
    body = await read_object(request)  # validated and cast at the edge (spec: TopkByTokenRequest)
    model_id, source_id = str(body["modelId"]), str(body["source"])
    texts = _texts(body["text"]) or []
    num, ignore_bos, density = int(body["numResults"]), body["ignoreBos"], body["densityThreshold"]
    if state.visible_model(user, model_id) is None or state.visible_source(user, model_id, source_id) is None:
        raise ApiError(500, {"message": state.not_available_message()})
    if not state.inference:
        raise ApiError(500, {"message": "fetch failed"})
    firing = _firing(state, model_id, source_id)
    batch = not isinstance(body.get("text"), str)
    all_results = []
    for text in texts:
        tokens = [inf.bos_for(model_id), *inf.tokenize(text)]
        per_feature = {idx: inf.feature_values(source_id, idx, tokens) for idx in firing}
        positions = []
        for pos, token in enumerate(tokens):
            special = inf.is_special(token)
            if ignore_bos and special and not batch:
                continue
            ranked = sorted(((v[pos], idx) for idx, v in per_feature.items() if v[pos] > 0), key=lambda x: -x[0])
            top = []
            for value, idx in ranked:
                neuron = get_neuron(state, model_id, source_id, idx)
                if not batch and density and (neuron is None or not 0 < neuron["frac_nonzero"] <= density):
                    continue
                entry: dict[str, Any] = {"activationValue": value, "featureIndex": int(idx)}
                if not batch and neuron is not None:
                    expls = [e for e in state.store.find("explanation", ref=f"{model_id}/{source_id}/{idx}")]
                    expls.sort(key=lambda e: e["createdAt"], reverse=True)
                    entry["feature"] = {**neuron, "explanations": expls[:1]}
                top.append(entry)
                if len(top) >= num:
                    break
            positions.append({"position": pos, "token": token, "isSpecial": special, "topFeatures": top})
        all_results.append({"source": source_id, "results": positions})
    payload = {"results": all_results} if batch else all_results[0]
    return json_response(payload, headers=EMULATED)


# --------------------------------------------------------------------------- steering


def _check_features(
    state: EmulatorState, user: dict[str, Any] | None, model_id: str, features: list[dict[str, Any]]
) -> None:
    if state.visible_model(user, model_id) is None:
        raise ApiError(404, {"message": state.not_available_message()})
    kinds = set()
    for f in features:
        neuron = get_neuron(state, str(f.get("modelId")), str(f.get("layer")), str(f.get("index")))
        source = state.visible_source(user, str(f.get("modelId")), str(f.get("layer")))
        if source is None and not (neuron and neuron.get("hasVector")):
            raise ApiError(404, {"message": state.not_available_message()})
        kinds.add(bool(neuron and neuron.get("hasVector")))
    if len(kinds) > 1:
        raise ApiError(400, {"message": "Can't steer both vector and non-vector features"})


def _feature_key(features: list[dict[str, Any]]) -> list[tuple[str, str, str, float]]:
    return sorted(
        (str(f.get("modelId")), str(f.get("layer")), str(f.get("index")), float(f.get("strength") or 0))
        for f in features
    )


def _cache_key(kind: str, data: Any) -> str:
    return kind + ":" + hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def _sse(frames: list[dict[str, Any]]) -> StreamingResponse:
    async def gen() -> AsyncIterator[bytes]:
        for frame in frames:
            yield b"data: " + json.dumps(frame, separators=(",", ":")).encode() + b"\n\n"

    return StreamingResponse(
        gen(), media_type="text/event-stream", headers={"cache-control": "no-cache, no-transform", **EMULATED}
    )


async def steer(state: EmulatorState, request: Request) -> Response:
    user = optional_user(state, request)
    body = await read_object(request)  # validated and cast at the edge (spec: SteerCompletionRequest)
    prompt, model_id, features = str(body["prompt"]), str(body["modelId"]), list(body["features"])
    temperature, n_tokens = float(body["temperature"]), int(body["n_tokens"])
    seed, multiplier = float(body["seed"]), float(body["strength_multiplier"])
    freq, method = float(body["freq_penalty"]), str(body["steer_method"])
    _check_features(state, user, model_id, features)
    if not features:  # upstream: the inference-host lookup reads features[0]
        raise unknown_error()
    settings = [prompt, model_id, temperature, n_tokens, seed, multiplier, freq, method]
    key = _cache_key("steer", [settings, _feature_key(features)])
    cached = state.store.get("steer", key)
    if cached is not None and body.get("stream") is True:
        # upstream: a request whose outputs are all cached is answered with plain JSON, even when streamed
        result = {**cached, "shareUrl": f"{state.base_url}/steer/{cached['id']}", "limit": limit_value(request)}
        return json_response(result, headers=EMULATED)
    if cached is None:
        if not state.inference:
            raise unknown_error()
        default_toks = inf.generate_words(n_tokens, "default", *settings)
        steered_toks = inf.generate_words(n_tokens, "steered", *settings, _feature_key(features), steered=True)
        cached = {
            "STEERED": inf.EMULATED_MARK + "".join(" " + t.strip() for t in steered_toks),
            "DEFAULT": inf.EMULATED_MARK + "".join(" " + t.strip() for t in default_toks),
            "steeredLogProbs": inf.logprobs_for([" " + t.strip() for t in steered_toks], "s", *settings, top=False),
            "defaultLogProbs": inf.logprobs_for([" " + t.strip() for t in default_toks], "d", *settings, top=False),
            "id": rows.new_cuid(),
        }
        state.store.put("steer", key, cached)
    result = {**cached, "shareUrl": f"{state.base_url}/steer/{cached['id']}", "limit": limit_value(request)}
    if body.get("stream") is True:
        frames = []
        n = max(len(cached["steeredLogProbs"]), len(cached["defaultLogProbs"]))
        for i in range(1, n + 1):
            frames.append(
                {
                    "STEERED": inf.EMULATED_MARK + "".join(t["token"] for t in cached["steeredLogProbs"][:i]),
                    "DEFAULT": inf.EMULATED_MARK + "".join(t["token"] for t in cached["defaultLogProbs"][:i]),
                    "steeredLogProbs": cached["steeredLogProbs"][:i],
                    "defaultLogProbs": cached["defaultLogProbs"][:i],
                    "id": None,
                    "limit": result["limit"],
                }
            )
        frames.append(result)
        return _sse(frames)
    return json_response(result, headers=EMULATED)


def _render_chat(model_id: str, messages: list[dict[str, str]], reply: str | None) -> str:
    out = "<bos>" if "gemma" in model_id else ""
    for m in messages:
        role = "model" if m["role"] == "assistant" else m["role"]
        out += f"<start_of_turn>{role}\n{m['content']}<end_of_turn>\n"
    if reply is not None:
        out += f"<start_of_turn>model\n{reply}<end_of_turn>"
    return out


def _chat_output(
    model_id: str, messages: list[dict[str, str]], tokens: list[str], logprobs: list[Any]
) -> dict[str, Any]:
    reply = inf.EMULATED_MARK + "".join(" " + t.strip() for t in tokens)
    return {
        "raw": _render_chat(model_id, messages, reply),
        "chatTemplate": [
            *({"content": m["content"], "role": m["role"]} for m in messages),
            {"content": reply, "role": "model"},
        ],
        "logprobs": logprobs,
    }


async def steer_chat(state: EmulatorState, request: Request) -> Response:
    user = optional_user(state, request)
    body = await read_object(request)  # validated and cast at the edge (spec: SteerChatRequest)
    msgs: dict[str, list[dict[str, str]]] = {
        name: [{"content": m["content"], "role": m["role"]} for m in body[name]]
        for name in ("defaultChatMessages", "steeredChatMessages")
    }
    model_id, features = str(body["modelId"]), list(body["features"])
    temperature, n_tokens = float(body["temperature"]), int(body["n_tokens"])
    seed, multiplier = float(body["seed"]), float(body["strength_multiplier"])
    freq, method = float(body["freq_penalty"]), str(body["steer_method"])
    # model-dependent caps (upstream's per-model constants), checked in upstream's order
    big = model_id in LARGE_LLM_MODELS
    if any(sum(len(m["content"]) for m in ms) > (8192 if big else 2048) for ms in msgs.values()):
        raise ApiError(400, {"message": STEER_MAX_PROMPT_CHARS_MESSAGE})
    if state.visible_model(user, model_id) is None:
        raise ApiError(404, {"message": state.not_available_message()})
    if n_tokens > (1024 if big else 256):
        kind = "For large LLM models the max n_tokens is" if big else "The max n_tokens for non-thinking models is"
        raise ApiError(400, {"message": f"{kind} {1024 if big else 256}"})
    _check_features(state, user, model_id, features)
    as_num = {
        k: (int(v) if isinstance(v, float) and v.is_integer() else v)
        for k, v in (
            ("temperature", temperature),
            ("n_tokens", n_tokens),
            ("freq_penalty", freq),
            ("seed", seed),
            ("strength_multiplier", multiplier),
        )
    }
    settings = {**as_num, "steer_special_tokens": body.get("steer_special_tokens"), "steer_method": method}
    settings = {
        k: settings[k]
        for k in (
            "temperature",
            "n_tokens",
            "freq_penalty",
            "seed",
            "strength_multiplier",
            "steer_special_tokens",
            "steer_method",
        )
    }
    key = _cache_key("chat", [model_id, settings, msgs, _feature_key(features)])
    steered_too = bool(features)  # upstream: without features only DEFAULT runs: no STEERED, no id, no shareUrl
    cached = state.store.get("steer", key)
    all_cached = cached is not None
    if cached is None:
        if not state.inference:
            raise unknown_error()
        d_toks = inf.generate_words(n_tokens, "chat-default", model_id, settings, msgs["defaultChatMessages"])
        s_toks = (
            inf.generate_words(
                n_tokens,
                "chat-steered",
                model_id,
                settings,
                msgs["steeredChatMessages"],
                _feature_key(features),
                steered=True,
            )
            if steered_too
            else []
        )
        d_lp = inf.logprobs_for(d_toks, "cd", model_id, settings)
        s_lp = inf.logprobs_for(s_toks, "cs", model_id, settings)
        cached = {
            "d_toks": d_toks,
            "s_toks": s_toks,
            "d_lp": d_lp,
            "s_lp": s_lp,
            "id": rows.new_cuid() if steered_too else None,
        }
        state.store.put("steer", key, cached)
    limit = limit_value(request)
    d_msgs, s_msgs = msgs["defaultChatMessages"], msgs["steeredChatMessages"]
    result: dict[str, Any] = {
        "STEERED": _chat_output(model_id, s_msgs, cached["s_toks"], cached["s_lp"]) if steered_too else None,
        "DEFAULT": _chat_output(model_id, d_msgs, cached["d_toks"], cached["d_lp"]),
        "id": cached["id"],
    }
    if cached["id"] is not None:
        result["shareUrl"] = f"{state.base_url}/steer/{cached['id']}"
    result.update({"limit": limit, "settings": settings})
    # upstream: a request whose outputs are all cached is answered with plain JSON, even when streamed
    if body.get("stream") is True and not all_cached:
        frames: list[dict[str, Any]] = []
        steered: dict[str, Any] | None = None
        default: dict[str, Any] | None = None
        n = max(len(cached["s_toks"]), len(cached["d_toks"]))
        for i in range(1, n + 1):
            if i <= len(cached["s_toks"]):
                steered = _chat_output(model_id, s_msgs, cached["s_toks"][:i], cached["s_lp"][:i])
                frames.append(
                    {"STEERED": steered, "DEFAULT": default, "id": None, "limit": limit, "settings": settings}
                )
            if i <= len(cached["d_toks"]):
                default = _chat_output(model_id, d_msgs, cached["d_toks"][:i], cached["d_lp"][:i])
                frames.append(
                    {"STEERED": steered, "DEFAULT": default, "id": None, "limit": limit, "settings": settings}
                )
        frames.append(result)
        return _sse(frames)
    return json_response(result, headers=EMULATED)


async def steer_logits(state: EmulatorState, request: Request) -> Response:
    body = await read_object(request)  # validated and cast at the edge (spec: SteerLogitsRequest)
    model_id, prompt, features = str(body["modelId"]), str(body["prompt"]), list(body["features"])
    n_tokens, top_k = int(body["nTokens"]), int(body["topK"])
    set_name = body.get("sourceSetName")
    if set_name and state.store.get("sourceset", f"{model_id}/{set_name}") is None:
        raise ApiError(400, {"error": "Source Set Missing", "message": f"Source set {set_name} not found."})
    if not state.inference:
        raise generic_500()
    n = min(n_tokens, 16)
    out: dict[str, Any] = {}
    for kind in ("DEFAULT", "STEERED"):
        toks = inf.generate_words(
            n, kind, model_id, prompt, json.dumps(features, sort_keys=True), steered=kind == "STEERED"
        )
        out[f"{kind}_GENERATION"] = inf.EMULATED_MARK + "".join(" " + t.strip() for t in toks)
        out[f"{kind}_LOGITS_BY_TOKEN"] = [
            {
                "token": " " + t.strip(),
                "top_logits": [
                    {"token": alt, "prob": round(inf.unit("p", kind, i, alt) / (j + 1), 4)}
                    for j, alt in enumerate(
                        [" " + t.strip(), " the", " a", ".", ",", " and", " of", " to", " in", " is"][:top_k]
                    )
                ],
            }
            for i, t in enumerate(toks)
        ]
    ordered = {
        k: out[k]
        for k in ("DEFAULT_GENERATION", "STEERED_GENERATION", "DEFAULT_LOGITS_BY_TOKEN", "STEERED_LOGITS_BY_TOKEN")
    }
    return json_response(ordered, headers=EMULATED)


ROUTES: list[tuple[str, str, Handler]] = [
    ("POST", "/api/activation/new", activation_new),
    ("POST", "/api/activation/source", activation_source),
    ("POST", "/api/search-all", search_all),
    ("POST", "/api/search-topk-by-token", search_topk_by_token),
    ("POST", "/api/steer", steer),
    ("POST", "/api/steer-chat", steer_chat),
    ("POST", "/api/steer-logits", steer_logits),
]
