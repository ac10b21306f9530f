"""Attribution graphs and subgraphs, the lens, NLA and sparsity routes (all emulated locally).

Graph uploads follow upstream's three steps: ``graph/signed-put`` answers a URL on the emulator itself
(``PUT /_emulator/graph-upload/<putRequestId>``, gzip accepted), then ``graph/save-to-db`` reads it.

A stored graph's ``url`` (upstream: its S3 object) is ``GET /_emulator/graph-json/<modelId>/<slug>`` on
the emulator: the JSON file that was uploaded, byte for byte, or for a generated (or seeded) graph a
small stand-in graph file whose node and link counts match what ``graph/generate`` reported.
"""

from __future__ import annotations

import json
import re
import time
import zlib
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
    loads,
    optional_user,
    read_object,
    required_user,
)
from neuronpedia_ext.emulator.handlers_data import explanation_rows, get_neuron
from neuronpedia_ext.emulator.validate import Invalid, number, string

EMULATED = {EMULATED_HEADER: EMULATED_VALUE}
GRAPH_MODELS = ("gemma-2-2b", "gemma-3-4b-it", "qwen3-4b", "qwen3-1.7b")
SIGNED_URL_ERROR = {"error": "Failed to generate signed URL"}


async def _json_or_400(request: Request) -> dict[str, Any]:
    try:
        body = loads(await request.body(), request.app.state.emulator.config.max_json_depth)
    except ValueError as exc:
        raise ApiError(400, {"error": "Invalid JSON body"}) from exc
    if not isinstance(body, dict):
        raise ApiError(400, {"error": "Invalid JSON body"})
    return body


def _graph_view(state: EmulatorState, g: dict[str, Any]) -> dict[str, Any]:
    name = state.user_name(g.get("userId"))
    return {**g, "user": None if name is None else {"name": name, "id": g["userId"]}}


def _save_graph(
    state: EmulatorState,
    user_id: str | None,
    model_id: str,
    slug: str,
    prompt: str,
    tokens: list[str],
    source_set: str | None,
    graph_json: str | None = None,
) -> dict[str, Any]:
    now = rows.now_iso()
    g = rows.graph_row(
        {
            "modelId": model_id,
            "slug": slug,
            "prompt": prompt,
            "promptTokens": tokens,
            "sourceSetName": source_set,
            "url": f"{state.base_url}/_emulator/graph-json/{model_id}/{slug}",
            "userId": user_id,
            "createdAt": now,
            "updatedAt": now,
        }
    )
    state.store.put("graph", f"{model_id}/{slug}", g, owner=user_id or "")
    if graph_json is not None:
        state.store.put("graphjson", f"{model_id}/{slug}", {"data": graph_json})
    else:
        state.store.delete("graphjson", f"{model_id}/{slug}")
    return g


def _stand_in_graph(g: dict[str, Any]) -> dict[str, Any]:
    """A minimal attribution-graph file for a graph that was not uploaded (4 nodes, 12 links per token)."""
    tokens = list(g.get("promptTokens") or [])
    n = len(tokens)
    feature = {
        (layer, pos): int(inf.unit("gnode", g["slug"], layer, pos) * 16384) for pos in range(n) for layer in range(4)
    }
    nodes = [
        {
            "node_id": f"{layer}_{feature[layer, pos]}_{pos}",
            "feature": feature[layer, pos],
            "layer": str(layer),
            "ctx_idx": pos,
            "feature_type": "cross layer transcoder",
            "token_prob": 0.0,
            "is_target_logit": False,
            "run_idx": 0,
            "reverse_ctx_idx": 0,
            "jsNodeId": f"{layer}_{pos}-0",
            "clerp": "",
            "influence": round(inf.unit("ginf", g["slug"], layer, pos), 4),
            "activation": round(inf.unit("gact", g["slug"], layer, pos) * 10, 4),
        }
        for pos in range(n)
        for layer in range(4)
    ]
    links = [
        {
            "source": nodes[i]["node_id"],
            "target": nodes[(i + k) % len(nodes)]["node_id"],
            "weight": round(inf.unit("glink", g["slug"], i, k) - 0.5, 4),
        }
        for i in range(len(nodes))
        for k in (1, 2, 3)
    ]
    return {
        "metadata": {
            "slug": g["slug"],
            "scan": g["modelId"],
            "prompt": g["prompt"],
            "prompt_tokens": tokens,
            "info": {"generator": {"name": "neuronpedia-ext emulator"}},
        },
        "qParams": {"pinnedIds": [], "supernodes": [], "linkType": "both", "clickedId": "", "sg_pos": ""},
        "nodes": nodes,
        "links": links,
    }


async def graph_json(state: EmulatorState, request: Request) -> Response:
    """The file behind a stored graph's ``url`` (upstream: the S3 object)."""
    key = f"{request.path_params['modelId']}/{request.path_params['slug']}"
    g = state.store.get("graph", key)
    if g is None:
        return Response("Not Found", status_code=404, media_type="text/plain")
    stored = state.store.get("graphjson", key)
    if stored is not None:
        return Response(stored["data"], media_type="application/json")
    return json_response(_stand_in_graph(g), headers=EMULATED)


async def graph_get(state: EmulatorState, request: Request) -> Response:
    g = state.store.get("graph", f"{request.path_params['modelId']}/{request.path_params['slug']}")
    if g is None:
        raise ApiError(404, {"error": "Graph not found"})
    return json_response(_graph_view(state, g))


async def graph_list_owned(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    graphs = state.store.find("graph", owner=user["id"])
    graphs.sort(key=lambda g: g["updatedAt"], reverse=True)
    return json_response(graphs)


async def graph_delete(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)  # validated and cast at the edge (spec: deleteGraph's x-upstream-refusal)
    model_id, slug = str(body["modelId"]), str(body["slug"])
    g = state.store.get("graph", f"{model_id}/{slug}")
    if g is None:
        raise ApiError(404, {"message": "Graph not found"})
    if g["userId"] != user["id"]:
        raise ApiError(403, {"message": "Unauthorized to delete this graph"})
    state.store.delete("graph", f"{model_id}/{slug}")
    state.store.delete("graphjson", f"{model_id}/{slug}")
    return json_response({"message": "Graph deleted successfully"})


async def graph_generate(state: EmulatorState, request: Request) -> Response:
    user = optional_user(state, request)
    try:
        body = loads(await request.body(), state.config.max_json_depth)
    except ValueError as exc:
        raise ApiError(500, {"error": "Failed to generate graph", "message": "Invalid JSON body"}) from exc
    try:
        prompt = str(string(body, "prompt", min_len=1, max_len=10000))
        model_id = str(string(body, "modelId"))
        if model_id not in GRAPH_MODELS:
            raise Invalid("modelId", f"modelId must be one of the following values: {', '.join(GRAPH_MODELS)}")
        for name, lo, hi in (
            ("maxNLogits", 5, 15),
            ("desiredLogitProb", 0.6, 0.99),
            ("nodeThreshold", 0.5, 0.95),
            ("edgeThreshold", 0.65, 0.98),
            ("maxFeatureNodes", 1500, 10000),
            ("qkTopFraction", 0.05, 0.5),
            ("qkTopk", 1, 5),
        ):
            number(body, name, required=False, lo=lo, hi=hi)
        # yup string(): numbers are cast to strings, other types rejected
        slug_in = string(body, "slug", required=False, default="") or ""
        source_set_name = string(body, "sourceSetName", required=False)
    except Invalid as exc:
        raise ApiError(400, {"error": "Validation error", "details": exc.message, "path": exc.path}) from exc
    tokens = [inf.bos_for(model_id), *inf.tokenize(prompt)]
    if len(tokens) > (10 if model_id == "qwen3-1.7b" else 64):
        raise ApiError(400, {"error": "Prompt Too Long", "message": "The prompt is too long."})
    slug = slug_in
    if len(slug.strip()) < 2:
        slug = "".join(re.findall(r"[A-Za-z0-9]", prompt))[:16].lower() + f"-{int(time.time() * 1000)}"
    if state.store.get("graph", f"{model_id}/{slug}") is not None:
        raise ApiError(400, {"error": "Model + Slug/ID Exists", "message": "A graph with this slug already exists."})
    if not state.inference:
        raise ApiError(503, {"error": "GPUs Busy", "message": "The graph server is unreachable."})
    g = _save_graph(state, user["id"] if user else None, model_id, slug, prompt, tokens, source_set_name)
    return json_response(
        {
            "message": "Graph saved to database",
            "s3url": g["url"],
            "url": f"{state.base_url}/{model_id}/graph?slug={slug}",
            "numNodes": 4 * len(tokens),
            "numLinks": 12 * len(tokens),
        },
        headers=EMULATED,
    )


async def graph_tokenize(state: EmulatorState, request: Request) -> Response:
    body = await _json_or_400(request)
    prompt = body.get("prompt")
    if prompt is None and body.get("messages"):
        prompt = "".join(f"<start_of_turn>{m.get('role')}\n{m.get('content')}<end_of_turn>\n" for m in body["messages"])
    if not isinstance(prompt, str) or not prompt:
        raise ApiError(400, {"error": "Provide either `prompt` or `messages`."})
    model_id = str(body.get("modelId") or "")
    tokens = [inf.bos_for(model_id), *inf.tokenize(prompt)]
    n = int(body.get("maxNLogits") or 10)
    probs = [round(0.5 / (i + 1), 4) for i in range(n)]
    logits = [
        {"token": tok, "token_id": int(inf.unit("tid", tok) * 256000), "probability": p}
        for tok, p in zip(inf.generate_words(n, "tok", prompt), probs, strict=False)
    ]
    return json_response(
        {
            "prompt": prompt,
            "input_tokens": tokens,
            "salient_logits": logits,
            "total_salient_tokens": len(logits),
            "cumulative_probability": round(sum(probs), 4),
        },
        headers=EMULATED,
    )


async def graph_signed_put(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)
    filename = body.get("filename")
    length = body.get("contentLength")
    if not isinstance(filename, str) or not filename.endswith(".json"):
        raise ApiError(400, {"error": "Only .json files are allowed"})
    if not isinstance(length, int) or not 1024 <= length <= 104_857_600:
        raise ApiError(500, SIGNED_URL_ERROR)
    put_id = rows.new_cuid()
    key = f"{user['id']}/{put_id}/{filename}"
    state.store.put(
        "putrequest",
        put_id,
        {"id": put_id, "key": key, "userId": user["id"], "data": None, "contentLength": length},
        owner=user["id"],
    )
    return json_response(
        {"url": f"{state.base_url}/_emulator/graph-upload/{put_id}", "key": key, "putRequestId": put_id}
    )


async def graph_upload(state: EmulatorState, request: Request) -> Response:
    """The signed S3 PUT. S3 signs the ``content-length`` (upstream passes ``ContentLength``), so a body
    longer than the signed length is refused (403), and it never reads more than that. S3 stores the
    object as sent; the emulator inflates a gzip/deflate body here, at most ``max_decompressed_bytes``."""
    put_id = request.path_params["putRequestId"]
    entry = state.store.get("putrequest", put_id)
    if entry is None:
        return Response(status_code=403)
    limit = int(entry.get("contentLength") or 104_857_600)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return Response(status_code=403)
        chunks.append(chunk)
    raw = b"".join(chunks)
    encoding = request.headers.get("content-encoding", "").strip().lower()
    entry["data"] = None
    entry["unreadable"] = False
    try:
        if encoding == "gzip" or raw[:2] == b"\x1f\x8b":
            raw = _inflate(raw, 31, state.config.max_decompressed_bytes)
        elif encoding == "deflate":
            raw = _inflate(raw, 15, state.config.max_decompressed_bytes)
        entry["data"] = raw.decode("utf-8", "replace")
    except (zlib.error, _TooLargeError):
        entry["unreadable"] = True  # stored by S3 all the same; save-to-db cannot read it
    state.store.put("putrequest", put_id, entry, owner=entry["userId"])
    return Response(status_code=200)


class _TooLargeError(Exception):
    pass


def _inflate(raw: bytes, wbits: int, cap: int) -> bytes:
    """Decompress at most ``cap`` bytes (a decompression bomb stops at the cap)."""
    inflater = zlib.decompressobj(wbits)
    out = inflater.decompress(raw, cap + 1)
    if len(out) > cap or inflater.unconsumed_tail:
        raise _TooLargeError
    return out + inflater.flush()


async def graph_save_to_db(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)
    entry = state.store.get("putrequest", str(body.get("putRequestId") or ""))
    if entry is None or entry["userId"] != user["id"] or entry.get("unreadable"):
        # upstream: fetching or parsing the stored file fails inside the handler's try: its catch-all 500
        raise ApiError(500, SIGNED_URL_ERROR)
    if entry["data"] is None:
        raise ApiError(400, {"error": "File not found. Upload it with the signed URL first."})
    try:
        graph = loads(entry["data"], state.config.max_json_depth)
        meta = graph["metadata"]
        slug, scan, prompt, tokens = meta["slug"], meta["scan"], meta["prompt"], meta["prompt_tokens"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ApiError(400, {"error": "Invalid graph file", "details": [str(exc)]}) from exc
    if state.store.get("model", str(scan)) is None:
        raise ApiError(400, {"error": f"Invalid scan: {scan}"})
    _save_graph(state, user["id"], str(scan), str(slug), str(prompt), list(tokens), None, entry["data"])
    return json_response({"message": "Graph saved to database", "url": f"{state.base_url}/{scan}/graph?slug={slug}"})


async def subgraph_save(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)
    # Upstream parses the body with zod (`GraphSubgraphSchema`) inside its try, and looks the graph up with
    # `findUniqueOrThrow`: an invalid body and a graph that does not exist both end in the catch-all 500.
    if not _valid_subgraph_body(body):
        raise ApiError(500, {"error": "Failed to save subgraph"})
    gkey = f"{body['modelId']}/{body['slug']}"
    if state.store.get("graph", gkey) is None:
        raise ApiError(500, {"error": "Failed to save subgraph"})
    sub_id = body.get("overwriteId") or rows.new_cuid()
    old = state.store.get("subgraph", sub_id)
    if body.get("overwriteId") and (old is None or old["userId"] != user["id"]):
        # upstream: `subgraph?.userId !== request.user.id`, so an unknown overwriteId is refused too
        raise ApiError(403, {"error": "You are not authorized to overwrite this subgraph"})
    now = rows.now_iso()
    row = {
        "id": sub_id,
        "displayName": body.get("displayName"),
        "graphMetadataId": gkey,  # the graph is found by the store's ref; the row has no modelId/slug upstream
        "pinnedIds": body["pinnedIds"],
        "supernodes": body["supernodes"],
        "clerps": body["clerps"],
        "pruningThreshold": body["pruningThreshold"],
        "densityThreshold": body["densityThreshold"],
        "userId": user["id"],
        "isFeaturedSolution": False,
        "createdAt": old["createdAt"] if old else now,
        "updatedAt": now,
        "user": {"id": user["id"], "name": user["name"]},
    }
    state.store.put("subgraph", sub_id, row, ref=gkey, owner=user["id"])
    return json_response({"success": True, "subgraphId": sub_id})


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _is_threshold(value: Any) -> bool:
    return value is None or (isinstance(value, int | float) and not isinstance(value, bool))


def _valid_subgraph_body(body: dict[str, Any]) -> bool:
    """zod's `GraphSubgraphSchema`, as the save route applies it."""
    needed = ("modelId", "slug", "pinnedIds", "supernodes", "clerps", "pruningThreshold", "densityThreshold")
    if any(k not in body for k in needed):
        return False
    return (
        isinstance(body["modelId"], str)
        and isinstance(body["slug"], str)
        and isinstance(body.get("displayName", ""), str | None)
        and isinstance(body.get("overwriteId", ""), str | None)
        and _is_str_list(body["pinnedIds"])
        and isinstance(body["supernodes"], list)
        and all(_is_str_list(s) for s in body["supernodes"])
        and isinstance(body["clerps"], list)
        and all(_is_str_list(c) for c in body["clerps"])
        and _is_threshold(body["pruningThreshold"])
        and _is_threshold(body["densityThreshold"])
    )


async def subgraph_list(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)
    # Prisma rejects a non-string filter; the route's catch-all answers it (with the save route's text).
    if any(body.get(k) is not None and not isinstance(body.get(k), str) for k in ("modelId", "slug")):
        raise ApiError(500, {"error": "Failed to save subgraph"})
    gkey = f"{body.get('modelId')}/{body.get('slug')}"
    subs = [s for s in state.store.find("subgraph", ref=gkey) if s["userId"] == user["id"]]
    return json_response({"success": True, "subgraphs": subs})


async def subgraph_delete(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)
    sub = state.store.get("subgraph", str(body.get("subgraphId") or ""))
    if sub is None:
        raise ApiError(404, {"error": "Subgraph not found"})
    if sub["userId"] != user["id"]:
        raise ApiError(403, {"error": "You are not authorized to delete this subgraph"})
    state.store.delete("subgraph", sub["id"])
    return json_response({"success": True, "message": "Subgraph deleted successfully"})


# --------------------------------------------------------------------------- lens


def _lens_run(body: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, Any]]:
    model_id = str(body.get("modelId") or "")
    prompt = str(body.get("prompt") or "")
    top_n = int(body.get("topN") or 8)
    types = [str(t) for t in body.get("type") or ["LOGIT_LENS"]]
    n_completion = min(int(body.get("numCompletionTokens", 8) or 0), 16)
    prepend_bos = body.get("prependBos", True) is not False
    prompt_tokens = ([inf.bos_for(model_id)] if prepend_bos else []) + inf.tokenize(prompt)
    generated = [" " + w.strip() for w in inf.generate_words(n_completion, "lens-gen", model_id, prompt)]
    meta = {
        "kind": "meta",
        "model": model_id,
        "types": types,
        "layers_by_type": {t: [0, 1, 2, 3] for t in types},
        "top_n": top_n,
        "prompt_len": len(prompt_tokens),
        "num_completion_tokens": n_completion,
        "temperature": float(body.get("temperature") or 0),
        "prepend_bos": prepend_bos,
        "reuse_len": 0,
    }
    frames = []
    for pos, tok in enumerate(prompt_tokens + generated):
        results = []
        for t in types:
            layers = [
                [" " + w.strip() for w in inf.generate_words(top_n, "lens", model_id, t, layer, pos, tok)]
                for layer in range(4)
            ]
            results.append(
                {
                    "type": t,
                    "top_tokens": layers,
                    "top_probs": [[round(0.6 / (j + 1), 4) for j in range(top_n)] for _ in layers],
                }
            )
        frames.append(
            {
                "kind": "token",
                "position": pos,
                "token": tok,
                "id": int(inf.unit("tid", tok) * 50000),
                "is_generated": pos >= len(prompt_tokens),
                "results": results,
            }
        )
    done = {
        "kind": "done",
        "seq_len": len(frames),
        "prompt_len": len(prompt_tokens),
        "vocab_size": 50257,
        "completion": inf.EMULATED_MARK + "".join(generated),
    }
    return meta, frames, done


async def lens_prompt(state: EmulatorState, request: Request) -> Response:
    body = await _json_or_400(request)
    model_id = body.get("modelId")
    prompt = body.get("prompt")
    if not isinstance(model_id, str) or not model_id or len(model_id) > 128:
        raise ApiError(400, {"error": "modelId is a required field"})
    if prompt is not None and (not isinstance(prompt, str) or len(prompt) > 1024):
        raise ApiError(400, {"error": "prompt must be at most 1024 characters"})
    if prompt is None and not body.get("chat") and not body.get("inputTokenIds"):
        raise ApiError(400, {"error": "Provide prompt, chat or inputTokenIds."})
    if not state.inference:
        raise ApiError(500, {"error": "The lens server is unreachable."})
    meta, tokens, done = _lens_run(body)
    if body.get("stream", True) is False:
        return json_response({"meta": meta, "tokens": tokens, "done": done}, headers=EMULATED)

    async def gen() -> AsyncIterator[bytes]:
        for frame in (meta, *tokens, done):
            yield json.dumps(frame, separators=(",", ":")).encode() + b"\n"

    return StreamingResponse(gen(), media_type="application/x-ndjson", headers=EMULATED)


#: Upstream stores a share's run at ``https://<NP_GRAPH_BUCKET>.s3.<AWS_REGION>.amazonaws.com/<JLENS_S3_DIR>/
#: <userId or JLENS_ANONYMOUS_USER_ID>/<shareId>.json``; those constants' values are not in the inventory,
#: so these are stand-ins of the same shape. Nothing fetches the URL (the client only returns it).
LENS_SHARE_BUCKET = "neuronpedia-emulator"
LENS_SHARE_REGION = "us-east-1"
LENS_SHARE_DIR = "jlens"
LENS_SHARE_ANONYMOUS = "anonymous"


def lens_share_url(user_id: str | None, share_id: str) -> str:
    key = f"{LENS_SHARE_DIR}/{user_id or LENS_SHARE_ANONYMOUS}/{share_id}.json"
    return f"https://{LENS_SHARE_BUCKET}.s3.{LENS_SHARE_REGION}.amazonaws.com/{key}"


async def lens_share(state: EmulatorState, request: Request) -> Response:
    """Records the share and answers its id, its page path (``/jlens/<id>``) and the S3 URL of the
    stored run (the emulator keeps the request, not a run)."""
    user = optional_user(state, request)
    body = await _json_or_400(request)
    if not isinstance(body.get("modelId"), str):
        raise ApiError(400, {"error": "modelId is a required field"})
    share_id = rows.new_cuid()
    url = lens_share_url(user["id"] if user else None, share_id)
    state.store.put("lensshare", share_id, {"id": share_id, "request": body, "url": url})
    return json_response({"id": share_id, "path": f"/jlens/{share_id}", "url": url})


# --------------------------------------------------------------------------- NLA and sparsity


async def nla_sources(state: EmulatorState, request: Request) -> Response:
    return json_response({"sources": state.store.find("nlasource")})


async def nla_completion(state: EmulatorState, request: Request) -> Response:
    optional_user(state, request)
    body = await read_object(request)
    messages = body.get("messages")
    text = body.get("text")
    if not body.get("modelId") or (not messages and not text):
        raise ApiError(400, {"error": "modelId and messages (or text) are required"})
    n = int(body.get("completion_tokens") or 0)
    if n > 512:
        raise ApiError(400, {"error": "completion_tokens must be at most 512"})
    if isinstance(text, str):
        prompt = text
    elif isinstance(messages, list):
        prompt = "".join(f"{m.get('role')}: {m.get('content')}\n" for m in messages if isinstance(m, dict))
    else:
        raise ApiError(400, {"error": "messages must be an array"})
    prompt_infos = _token_infos(inf.tokenize(prompt), 0)
    words = [inf.EMULATED_MARK, *(" " + w.strip() for w in inf.generate_words(n, "nla", body.get("modelId"), prompt))]
    completion = "".join(words)
    if n == 0:  # upstream: without completion_tokens the call is a tokenize-only request
        return json_response(
            {"tokens": prompt_infos, "prompt_length": len(prompt_infos), "text": prompt}, headers=EMULATED
        )
    gen_infos = _token_infos(words, len(prompt_infos))
    if body.get("stream") is True:

        async def gen() -> AsyncIterator[bytes]:
            frames: list[Any] = [{"type": "prompt", "prompt_length": len(prompt_infos), "tokens": prompt_infos}]
            frames += [{"type": "token", "token": info} for info in gen_infos]
            frames.append({"type": "done", "text": completion})
            for frame in frames:
                yield b"data: " + json.dumps(frame).encode() + b"\n\n"
            yield b"data: [DONE]\n\n"

        return StreamingResponse(gen(), media_type="text/event-stream", headers=EMULATED)
    return json_response(
        {"completion": completion, "full_text": prompt + completion, "tokens": gen_infos}, headers=EMULATED
    )


def _token_infos(tokens: list[str], start: int) -> list[dict[str, Any]]:
    return [
        {"token": t, "token_id": int(inf.unit("tid", t) * 50000), "position": start + i} for i, t in enumerate(tokens)
    ]


NLA_MAX_NEW_POSITIONS = 16


def _nla_layer(state: EmulatorState, model_id: str, source_id: str) -> int:
    """The NLA source's layer: a seeded source's ``layerNum``, else the ``-l<N>`` suffix of its id."""
    for source in state.store.find("nlasource"):
        if source.get("modelId") == model_id and source.get("id") == source_id:
            return int(source.get("layerNum") or 0)
    match = re.search(r"l(\d+)$", source_id)
    return int(match.group(1)) if match else 0


def _nla_prompt(body: dict[str, Any]) -> tuple[str | None, bool]:
    """(prompt text, came from messages). An empty ``text`` or an empty/malformed ``messages`` is absent."""
    text = body.get("text")
    if isinstance(text, str) and text:
        return text, False
    messages = body.get("messages")
    if (
        isinstance(messages, list)
        and messages
        and all(isinstance(m, dict) and isinstance(m.get("role"), str) and isinstance(m.get("content"), str)
                for m in messages)
    ):  # fmt: skip
        return "".join(f"{m['role']}: {m['content']}\n" for m in messages), True
    return None, False


def _nla_explanation(tokens: list[str], position: int, temperature: Any) -> dict[str, Any]:
    tok = tokens[position]
    return {
        "token": tok,
        "token_id": int(inf.unit("tid", tok) * 50000),
        "position": position,
        "l2_norm": round(1 + inf.unit("l2", tok, position) * 40, 4),
        "description": inf.EMULATED_MARK
        + "".join(" " + w.strip() for w in inf.generate_words(6, "nlaexp", tok, position, temperature)),
        "mse": round(inf.unit("mse", tok, position), 4),
    }


async def nla_explain(state: EmulatorState, request: Request) -> Response:
    """Explanations for the requested ``positions`` only, cached per (text, model, source, temperature):
    cached positions are reused, at most 16 new ones per request; ``stream: true`` answers SSE unless
    every requested position is already cached (then JSON, as upstream)."""
    optional_user(state, request)
    body = await read_object(request)
    positions = body.get("positions")
    if (
        not isinstance(positions, list)
        or not positions
        or any(isinstance(p, bool) or not isinstance(p, int) or p < 0 for p in positions)
    ):
        raise ApiError(400, {"error": "positions is required and must be a non-empty array"})
    text, from_messages = _nla_prompt(body)
    if text is None:
        raise ApiError(400, {"error": "text or messages is required"})
    if not from_messages and len(text) > 16384:
        raise ApiError(400, {"error": "text must be at most 16384 characters"})
    model_id, source_id = body.get("modelId"), body.get("nlaSourceId")
    if from_messages and not model_id:
        raise ApiError(400, {"error": "modelId is required with messages"})
    if not isinstance(model_id, str) or not model_id or not isinstance(source_id, str) or not source_id:
        raise generic_500()  # upstream: no NLA server for the pair
    temperature = body.get("temperature", 0.7)
    tokens = inf.tokenize(text)
    wanted = sorted(set(positions))
    if wanted[-1] >= len(tokens):
        raise ApiError(422, {"error": "NLA server error: 422"})
    key = "nla:" + json.dumps([text, model_id, source_id, temperature], sort_keys=True)
    record = state.store.get("nlacache", key) or {"explained": {}, "cacheId": None}
    explained: dict[str, Any] = record["explained"]
    new = [p for p in wanted if str(p) not in explained]
    if len(new) > NLA_MAX_NEW_POSITIONS:
        raise ApiError(400, {"error": f"At most {NLA_MAX_NEW_POSITIONS} new positions can be explained per request"})
    layer = _nla_layer(state, model_id, source_id)
    fresh = [_nla_explanation(tokens, p, temperature) for p in new]
    if new:
        explained.update({str(e["position"]): e for e in fresh})
        record = {"explained": explained, "cacheId": rows.new_cuid()}
        state.store.put("nlacache", key, record)
    cache_id = record["cacheId"]
    if new and body.get("stream") is True:

        async def gen() -> AsyncIterator[bytes]:
            frames: list[dict[str, Any]] = [{"layer_index": layer, "total": len(fresh), "prompt_length": len(tokens)}]
            for e in fresh:
                words = e["description"].split(" ")
                frames.append({"position": e["position"], "text": " ".join(words[: len(words) // 2]), "done": False})
                frames.append(e)
            frames.append({"cacheId": cache_id})
            for frame in frames:
                yield b"data: " + json.dumps(frame, separators=(",", ":")).encode() + b"\n\n"
            yield b"data: [DONE]\n\n"

        return StreamingResponse(
            gen(), media_type="text/event-stream", headers={"cache-control": "no-cache, no-transform", **EMULATED}
        )
    return json_response(
        {
            "results": [explained[str(p)] for p in wanted],
            "layer_index": layer,
            "prompt_length": len(tokens),
            "cacheId": cache_id,
        },
        headers=EMULATED,
    )


def _parse_int(value: str) -> int | None:
    """JavaScript's ``parseInt(value, 10)``: a leading integer, or None (NaN)."""
    match = re.match(r"\s*([+-]?\d+)", value)
    return int(match.group(1)) if match else None


def _upstream_neurons(
    forward: list[dict[str, Any]], backward: list[dict[str, Any]], start: tuple[int, int]
) -> list[tuple[int, int]]:
    """Upstream's ``neuronExplanations`` order: unique trace neurons, depth first, then ``start``."""
    neurons: list[tuple[int, int]] = []
    for nodes, child_key in ((forward, "children"), (backward, "parents")):
        stack = list(reversed(nodes))
        while stack:
            node = stack.pop()
            if (node["layer"], node["neuron"]) not in neurons:
                neurons.append((node["layer"], node["neuron"]))
            stack.extend(reversed(node.get(child_key) or []))
    neurons.append(start)  # appended without a duplicate check
    return neurons


def _sparsity_error(status: int, detail: str) -> ApiError:
    return ApiError(status, {"error": f"Sparsity server error: {status} - {json.dumps({'detail': detail})}"})


async def sparsity_connected(state: EmulatorState, request: Request) -> Response:
    """Upstream's route around a stand-in sparsity server: neurons as ``<layer>-mlp``, every residual
    channel as ``<layer>-resid`` for each layer it passes through, with up to two ``python-code``
    explanations each."""
    q = request.query_params
    model_id, layer_param, index_param = q.get("modelId"), q.get("layer"), q.get("index")
    if not model_id or not layer_param or not index_param:
        raise ApiError(400, {"error": "Missing required parameters: modelId, layer, index"})
    layer_n, neuron_n = _parse_int(layer_param), _parse_int(index_param)
    if layer_n is None or neuron_n is None:
        raise ApiError(400, {"error": "layer and index must be valid integers"})
    raw_depth, raw_k = q.get("traceDepth") or "1", q.get("traceK") or "5"
    if not re.fullmatch(r"[+-]?\d+", raw_depth) or not re.fullmatch(r"[+-]?\d+", raw_k):
        raise _sparsity_error(422, "trace_depth and trace_k must be integers")
    if layer_n < 0 or neuron_n < 0:
        raise _sparsity_error(400, "layer or neuron index out of range")
    depth = max(min(int(raw_depth), 3), 1)
    k = max(min(int(raw_k), 10), 0)

    def trace(direction: int, at_layer: int, at_neuron: int, level: int) -> list[dict[str, Any]]:
        nodes = []
        for j in range(k):
            node_neuron = int(inf.unit("sp", model_id, direction, at_layer, at_neuron, j) * 3072)
            node: dict[str, Any] = {
                "layer": at_layer + direction,
                "neuron": node_neuron,
                "read_weight": round(inf.unit("spr", direction, at_layer, node_neuron), 4),
                "via_channel": int(inf.unit("spc", direction, at_layer, node_neuron) * 768),
                "write_weight": round(inf.unit("spw", direction, at_layer, node_neuron), 4),
            }
            node["children" if direction > 0 else "parents"] = (
                trace(direction, at_layer + direction, node_neuron, level + 1) if level < depth else None
            )
            nodes.append(node)
        return nodes

    def explained(source_id: str, idx: int) -> dict[str, Any]:
        neuron = get_neuron(state, model_id, source_id, str(idx))
        expls = [e for e in explanation_rows(state, neuron) if e["typeName"] == "python-code"] if neuron else []
        return {
            "modelId": model_id,
            "layer": source_id,
            "index": str(idx),
            "explanations": [
                {
                    "id": e["id"],
                    "description": e["description"] or "",
                    "explanationModelName": e["explanationModelName"],
                    "typeName": e["typeName"],
                }
                for e in expls[:2]
            ],
        }

    forward = trace(1, layer_n, neuron_n, 1)
    backward = trace(-1, layer_n, neuron_n, 1)

    neurons = _upstream_neurons(forward, backward, (layer_n, neuron_n))

    def channel_bounds(nodes: list[dict[str, Any]], child_key: str, pick: Any, out: dict[int, int]) -> None:
        for node in nodes:
            channel = node["via_channel"]
            out[channel] = node["layer"] if channel not in out else pick(out[channel], node["layer"])
            channel_bounds(node.get(child_key) or [], child_key, pick, out)

    backward_min: dict[int, int] = {}
    forward_max: dict[int, int] = {}
    channel_bounds(backward, "parents", min, backward_min)
    channel_bounds(forward, "children", max, forward_max)
    channels: list[tuple[int, int]] = []
    spans = [(channel, range(lo, layer_n)) for channel, lo in backward_min.items()]
    spans += [(channel, range(layer_n, hi + 1)) for channel, hi in forward_max.items()]
    for channel, layers in spans:
        for layer_i in layers:
            if (layer_i, channel) not in channels:
                channels.append((layer_i, channel))

    return json_response(
        {
            "layer": layer_n,
            "neuron": neuron_n,
            "trace_forward": forward,
            "trace_backward": backward,
            "neuronExplanations": [explained(f"{lay}-mlp", idx) for lay, idx in neurons],
            "residChannelExplanations": [explained(f"{lay}-resid", ch) for lay, ch in channels],
        },
        headers=EMULATED,
    )


ROUTES: list[tuple[str, str, Handler]] = [
    ("GET", "/api/graph/{modelId}/{slug}", graph_get),
    ("POST", "/api/graph/list-owned", graph_list_owned),
    ("POST", "/api/graph/delete", graph_delete),
    ("POST", "/api/graph/generate", graph_generate),
    ("POST", "/api/graph/tokenize", graph_tokenize),
    ("POST", "/api/graph/signed-put", graph_signed_put),
    ("POST", "/api/graph/save-to-db", graph_save_to_db),
    ("POST", "/api/graph/subgraph/save", subgraph_save),
    ("POST", "/api/graph/subgraph/list", subgraph_list),
    ("POST", "/api/graph/subgraph/delete", subgraph_delete),
    ("PUT", "/_emulator/graph-upload/{putRequestId}", graph_upload),
    ("GET", "/_emulator/graph-json/{modelId}/{slug}", graph_json),
    ("POST", "/api/lens/prompt", lens_prompt),
    ("POST", "/api/lens/share", lens_share),
    ("GET", "/api/nla/sources", nla_sources),
    ("POST", "/api/nla/completion", nla_completion),
    ("POST", "/api/nla/explain", nla_explain),
    ("GET", "/api/sparsity/connected-neurons", sparsity_connected),
]
