"""Database-backed routes: features, activations (stored), vectors, lists, bookmarks, models, source sets."""

from __future__ import annotations

import random
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from neuronpedia_ext.emulator import inference, rows
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
from neuronpedia_ext.emulator.seed import add_feature, neuron_key

PUBLIC_ACTIVATION_USERS = (rows.BOT_ID,)
EXPLANATION_TYPES = (
    "oai_token-act-pair",
    "np_max-act-logits",
    "np_acts-logits-general",
    "eleuther_acts_top20",
    "oai_attention-head",
    "np_acts-logits-fuzz",
)

# --------------------------------------------------------------------------- shared builders


def activations_for(state: EmulatorState, neuron: dict[str, Any], limit: int | None = None) -> list[dict[str, Any]]:
    creators = set(PUBLIC_ACTIVATION_USERS)
    if neuron.get("creatorId"):  # vectors and uploaded features show their creator's activations
        creators.add(neuron["creatorId"])
    nkey = neuron_key(neuron["modelId"], neuron["layer"], neuron["index"])
    acts = [a for a in state.store.find("activation", ref=nkey) if a["creatorId"] in creators]
    acts.sort(key=lambda a: -(a["maxValue"] if a["maxValue"] is not None else float("-inf")))
    return acts if limit is None else acts[:limit]


def explanation_rows(state: EmulatorState, neuron: dict[str, Any]) -> list[dict[str, Any]]:
    nkey = neuron_key(neuron["modelId"], neuron["layer"], neuron["index"])
    expls = state.store.find("explanation", ref=nkey)
    expls.sort(key=lambda e: (-(e["scoreV2"] or 0), -(e["scoreV1"] or 0)))
    return expls


def source_set_of(source_id: str) -> str:
    head, _, tail = source_id.partition("-")
    if head.isdigit() and tail:
        return tail.split("__")[0]
    return "neurons" if source_id.isdigit() else source_id


def get_neuron(state: EmulatorState, model_id: str, layer: str, index: str) -> dict[str, Any] | None:
    neuron: dict[str, Any] | None = state.store.get("neuron", neuron_key(model_id, layer, str(index)))
    return neuron


def neuron_with_expls_and_acts(
    state: EmulatorState, neuron: dict[str, Any], n_acts: int | None = 3, full_expls: bool = False
) -> dict[str, Any]:
    out = dict(neuron)
    out["activations"] = activations_for(state, neuron, n_acts)
    expls = explanation_rows(state, neuron)
    if full_expls:
        out["explanations"] = expls
    else:
        out["explanations"] = [
            {
                "description": e["description"],
                "explanationModelName": e["explanationModelName"],
                "typeName": e["typeName"],
            }
            for e in expls
        ]
    return out


def vector_view(neuron: dict[str, Any]) -> dict[str, Any]:
    return {
        "modelId": neuron["modelId"],
        "layer": neuron["layer"],
        "index": neuron["index"],
        "vectorLabel": neuron["vectorLabel"],
        "createdAt": neuron["createdAt"],
        "creatorId": neuron["creatorId"],
        "vectorDefaultSteerStrength": neuron["vectorDefaultSteerStrength"],
        "hookName": neuron["hookName"],
        "vector": neuron["vector"],
    }


def _not_available(state: EmulatorState, both: bool = True) -> ApiError:
    msg = state.not_available_message()
    return ApiError(404, {"error": msg, "message": msg} if both else {"error": msg})


# --------------------------------------------------------------------------- features


async def feature_get(state: EmulatorState, request: Request) -> Response:
    user = optional_user(state, request)
    p = request.path_params
    model_id, layer, index = p["modelId"], p["layer"], p["index"]
    model = state.visible_model(user, model_id)
    if model is None:
        raise _not_available(state)
    source = state.visible_source(user, model_id, layer)
    source_set = state.store.get("sourceset", f"{model_id}/{source['setName']}") if source else None
    if source is None or not state.can_see(user, source_set):
        raise _not_available(state)
    neuron = get_neuron(state, model_id, layer, index)
    if neuron is None:
        raise _not_available(state, both=False)
    nkey = neuron_key(model_id, layer, index)
    out = dict(neuron)
    out["model"] = model
    out["lists"] = [
        {**ln, "list": state.store.get("list", ln["listId"])}
        for ln in state.store.find("listneuron")
        if neuron_key(ln["modelId"], ln["layer"], ln["index"]) == nkey
    ]
    creator = state.user_name(neuron.get("creatorId"))
    out["creator"] = None if creator is None else {"name": creator}
    out["source"] = source
    out["sourceSet"] = source_set
    out["comments"] = [
        {**c, "user": {"name": state.user_name(c["userId"])}} for c in state.store.find("comment", ref=nkey)
    ]
    out["activations"] = activations_for(state, neuron)
    out["explanations"] = [
        {
            "id": e["id"],
            "description": e["description"],
            "explanationModelName": e["explanationModelName"],
            "typeName": e["typeName"],
            "scores": state.store.find("score", ref=e["id"]),
            "triggeredByUser": (
                {"id": e["triggeredByUserId"], "name": state.user_name(e["triggeredByUserId"])}
                if e["triggeredByUserId"]
                else None
            ),
        }
        for e in explanation_rows(state, neuron)
    ]
    return json_response(out)


async def features_batch(state: EmulatorState, request: Request) -> Response:
    """Upstream reads ``maxActsToReturn`` from the first item only (absent or 0: every activation), drops
    unknown features and sorts the rows by the first request position of their numeric ``index``. An
    empty array is 500 ``{message: "Unknown Error"}`` (both refused at the edge: getFeaturesBatch's
    ``x-upstream-refusal``)."""
    from neuronpedia_ext.emulator.core import read_json

    body = await read_json(request)  # validated and cast at the edge: a non-empty array of features
    wanted = [(str(item["modelId"]), str(item["layer"]), int(item["index"])) for item in body]
    max_acts = int(body[0].get("maxActsToReturn") or 0)
    first_position: dict[int, int] = {}
    for pos, (_m, _l, idx) in enumerate(wanted):
        first_position.setdefault(idx, pos)
    found: dict[str, dict[str, Any]] = {}
    for model_id, layer, idx in wanted:
        neuron = get_neuron(state, model_id, layer, str(idx))
        if neuron is not None:
            found.setdefault(neuron_key(model_id, layer, str(idx)), neuron)
    ordered = sorted(found.values(), key=lambda n: first_position[int(n["index"])])
    return json_response([neuron_with_expls_and_acts(state, n, max_acts if max_acts > 0 else None) for n in ordered])


async def feature_upload_batch(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)  # validated and cast at the edge (spec: uploadFeatures' x-upstream-refusal)
    model_id, source_id = str(body["modelId"]).lower(), str(body["source"]).lower()  # yup: lowercase()
    features = list(body["features"])
    source = state.store.get("source", f"{model_id}/{source_id}")
    if source is None:
        raise generic_500()
    source_set = state.store.get("sourceset", f"{model_id}/{source['setName']}")
    if source_set is None or source_set["creatorId"] != user["id"]:
        raise generic_500()
    indexes = [str(int(f["index"])) for f in features]
    if len(set(indexes)) != len(indexes):
        raise generic_500()
    for f in features:
        for a in f["activations"]:
            if len(a["tokens"]) != len(a["values"]):
                raise generic_500()
        for e in f.get("explanations") or []:
            if e.get("methodName") and e["methodName"] not in EXPLANATION_TYPES:
                raise generic_500()
    now = rows.now_iso()
    with state.store.transaction():
        for f in features:
            if get_neuron(state, model_id, source_id, str(int(f["index"]))) is not None:
                continue  # upstream: createMany(skipDuplicates), yet counted in the message
            top = f.get("topLogits") or []
            bottom = f.get("bottomLogits") or []
            add_feature(
                state.store,
                {
                    "modelId": model_id,
                    "layer": source_id,
                    "index": str(int(f["index"])),
                    "sourceSetName": source["setName"],
                    "creatorId": user["id"],
                    "createdAt": now,
                    "frac_nonzero": f.get("density") or 0,
                    "pos_str": [t["token"] for t in top],
                    "pos_values": [t["value"] for t in top],
                    "neg_str": [t["token"] for t in bottom],
                    "neg_values": [t["value"] for t in bottom],
                    "maxActApprox": max((max(a["values"]) for a in f["activations"]), default=0),
                    "activations": [
                        {
                            "tokens": a["tokens"],
                            "values": a["values"],
                            "creatorId": user["id"],
                            "createdAt": now,
                            "binMin": a.get("quantileMin"),
                            "binMax": a.get("quantileMax"),
                            "binContains": a.get("quantileFraction"),
                        }
                        for a in f["activations"]
                    ],
                    "explanations": [
                        {
                            "description": e["text"],
                            "typeName": e.get("methodName") or "oai_token-act-pair",
                            "explanationModelName": e.get("modelName") or "gpt-4o-mini",
                            "authorId": user["id"],
                            "createdAt": now,
                            "updatedAt": now,
                        }
                        for e in f.get("explanations") or []
                    ],
                },
            )
    return json_response({"message": f"{len(features)} features created."})


# --------------------------------------------------------------------------- stored activations


async def activation_get(state: EmulatorState, request: Request) -> Response:
    body = await read_object(request)  # validated at the edge (spec: getActivations' x-upstream-refusal)
    nkey = neuron_key(str(body["modelId"]), str(body["source"]), str(body["index"]))
    acts = [a for a in state.store.find("activation", ref=nkey) if a["creatorId"] in PUBLIC_ACTIVATION_USERS]
    if not acts:
        raise ApiError(404, {"error": state.not_available_message()})
    acts.sort(key=lambda a: -(a["maxValue"] or 0))
    return json_response(acts)


async def activation_upload_batch(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)  # validated and cast at the edge (spec: ActivationUploadRequest)
    model_id, source, index, acts = body["modelId"], body["source"], body["index"], list(body["activations"])
    neuron = get_neuron(state, str(model_id), str(source), str(index))
    if neuron is None or not neuron.get("hasVector") or neuron.get("creatorId") != user["id"]:
        raise generic_500()
    if any(len(a["tokens"]) != len(a["values"]) for a in acts):
        raise generic_500()
    nkey = neuron_key(str(model_id), str(source), str(index))
    now = rows.now_iso()
    with state.store.transaction():
        for a in acts:
            row = rows.activation_row(
                {
                    "tokens": a["tokens"],
                    "values": a["values"],
                    "modelId": model_id,
                    "layer": source,
                    "index": index,
                    "creatorId": user["id"],
                    "createdAt": now,
                }
            )
            state.store.put("activation", row["id"], row, ref=nkey, owner=user["id"])
    return json_response({"message": f"{len(acts)} activations created."})


# --------------------------------------------------------------------------- vectors


def _ensure_vector_source(state: EmulatorState, model_id: str, layer: int, hook: str) -> str:
    set_name = "neuronpedia-resid-pre" if hook == "hook_resid_pre" else "neuronpedia-resid-post"
    source_id = f"{layer}-{set_name}"
    if state.store.get("sourceset", f"{model_id}/{set_name}") is None:
        ss = rows.source_set_row(
            {
                "modelId": model_id,
                "name": set_name,
                "visibility": "UNLISTED",
                "type": "vector",
                "description": "Steering vectors",
                "creatorName": "Neuronpedia",
                "createdAt": rows.now_iso(),
            }
        )
        state.store.put("sourceset", f"{model_id}/{set_name}", ss, ref=model_id, owner=ss["creatorId"])
    if state.store.get("source", f"{model_id}/{source_id}") is None:
        src = rows.source_row(
            {
                "id": source_id,
                "modelId": model_id,
                "setName": set_name,
                "visibility": "UNLISTED",
                "inferenceEnabled": True,
                "createdAt": rows.now_iso(),
            }
        )
        state.store.put("source", f"{model_id}/{source_id}", src, ref=f"{model_id}/{set_name}", owner=src["creatorId"])
    return source_id


async def vector_new(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)  # validated and cast at the edge (spec: CreateVectorRequest)
    model_id, layer, hook = str(body["modelId"]), float(body["layerNumber"]), str(body["hookType"])
    vector, strength, label = list(body["vector"]), float(body["vectorDefaultSteerStrength"]), str(body["vectorLabel"])
    model = state.store.get("model", model_id)
    if model is None or model["visibility"] == "PRIVATE":
        raise ApiError(400, {"message": "Model not found"})
    if layer >= model["layers"] or layer < 0:
        raise ApiError(400, {"message": "Layer number is greater than model's numLayers"})
    if model["dimension"] is None or len(vector) != model["dimension"]:
        raise ApiError(400, {"message": "Vector dimension does not match model dimension"})
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in vector):
        raise unknown_error()
    layer_num = int(layer)
    source_id = _ensure_vector_source(state, model_id, layer_num, hook)
    while True:
        index = str(random.randint(90_000_000, 179_999_999))
        if get_neuron(state, model_id, source_id, index) is None:
            break
    now = rows.now_iso()
    strength_out: float | int = int(strength) if float(strength).is_integer() else strength
    neuron = rows.neuron_row(
        {
            "modelId": model_id,
            "layer": source_id,
            "index": index,
            "creatorId": user["id"],
            "createdAt": now,
            "hasVector": True,
            "vector": vector,
            "vectorLabel": label,
            "vectorDefaultSteerStrength": strength_out,
            "hookName": f"blocks.{layer_num}.{hook}",
        }
    )
    state.store.put(
        "neuron", neuron_key(model_id, source_id, index), neuron, ref=f"{model_id}/{source_id}", owner=user["id"]
    )
    return json_response(
        {
            "message": "Success",
            "url": f"{state.base_url}/{model_id}/{source_id}/{index}",
            "vector": {
                "modelId": model_id,
                "source": source_id,
                "index": index,
                "label": label,
                "createdAt": now,
                "defaultSteerStrength": strength_out,
                "hookName": neuron["hookName"],
                "values": vector,
            },
        }
    )


def _vector_ident(body: dict[str, Any]) -> tuple[str, str, str]:
    """A VectorLocator the edge validated and cast (spec: x-upstream-refusal of getVector / deleteVector)."""
    return str(body["modelId"]), str(body["source"]), str(body["index"])


async def vector_get(state: EmulatorState, request: Request) -> Response:
    body = await read_object(request)
    model_id, source_id, index = _vector_ident(body)
    neuron = get_neuron(state, model_id, source_id, index)
    if neuron is not None and neuron.get("vector"):
        return json_response({"vector": vector_view(neuron)})
    model = state.store.get("model", model_id)
    if model is None:
        raise ApiError(404, {"message": "Vector not found"})
    source = state.store.get("source", f"{model_id}/{source_id}")
    source_set = state.store.get("sourceset", f"{model_id}/{source['setName']}") if source else None
    if (
        not state.inference
        or source is None
        or source_set is None
        or source_set["type"] == "vector"
        or not model.get("dimension")
    ):
        raise generic_500()  # the inference server has no such SAE (or is unreachable)
    return json_response(
        {
            "vector": {
                "modelId": model_id,
                "layer": source_id,
                "index": index,
                "vectorLabel": "",
                "hookName": (source.get("saelensConfig") or {}).get("hook_name")
                or f"blocks.{source_id.split('-')[0]}.hook_resid_pre",
                "vector": inference.decoder_vector(model_id, source_id, index, int(model["dimension"])),
                "vectorDefaultSteerStrength": 10,
            }
        },
        headers={EMULATED_HEADER: EMULATED_VALUE},
    )


async def vector_list_owned(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    vectors = [vector_view(n) for n in state.store.find("neuron", owner=user["id"]) if n.get("hasVector")]
    return json_response({"vectors": vectors})


async def vector_delete(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    model_id, source_id, index = _vector_ident(await read_object(request))
    if state.visible_model(user, model_id) is None:
        raise unknown_error()
    nkey = neuron_key(model_id, source_id, index)
    neuron = state.store.get("neuron", nkey)
    if neuron is not None and neuron.get("hasVector") and neuron.get("creatorId") == user["id"]:
        with state.store.transaction():
            state.store.delete("neuron", nkey)
            state.store.delete_ref("activation", nkey)
    return json_response({"message": "Success"})


# --------------------------------------------------------------------------- lists


def _list_url(state: EmulatorState, list_id: str) -> str:
    return f"{state.base_url}/list/{list_id}"


def _owned_list(state: EmulatorState, user: dict[str, Any], list_id: Any) -> dict[str, Any]:
    lst: dict[str, Any] | None = state.store.get("list", str(list_id)) if list_id else None
    if lst is None:
        raise ApiError(404, {"error": "List not found", "message": "List not found"})
    if lst["userId"] != user["id"]:
        raise ApiError(403, {"error": "You do not own this list", "message": "You do not own this list"})
    return lst


def _test_text_max(state: EmulatorState, schema: str) -> int:
    """The test-text length ``updateListMetadata`` accepts (the spec's ``maxLength``; the edge lets longer through)."""
    return int(state.spec["components"]["schemas"][schema]["properties"]["testText"]["maxLength"])


async def list_new(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)  # validated and cast at the edge (spec: createList's x-upstream-refusal)
    name, test_text = str(body["name"]).strip(), body.get("testText")  # yup: trim()
    if body.get("description") is None:  # served by the edge (x-lenient-validation): the NOT NULL column
        raise ApiError(500, {"error": "Unknown Error"})
    now = rows.now_iso()
    lst = rows.list_row(
        {
            "name": name.strip(),
            "description": str(body["description"]),
            "defaultTestText": test_text,
            "userId": user["id"],
            "createdAt": now,
            "updatedAt": now,
        }
    )
    state.store.put("list", lst["id"], lst, owner=user["id"])
    if test_text is not None and len(test_text) > _test_text_max(state, "CreateListRequest"):
        # `updateListMetadata` throws for a longer text after the list was created (documented defect).
        raise ApiError(500, {"error": "Unknown Error"})
    return json_response({**lst, "user": {"name": user["name"]}, "url": _list_url(state, lst["id"])})


async def list_new_with_features(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)  # validated, cast and defaulted at the edge (createListWithFeatures)
    name, description, test_text = str(body["name"]), str(body.get("description") or ""), body.get("testText")
    if not name.strip():  # upstream's own check after yup (which does not trim here)
        raise ApiError(400, {"message": "List name is required"})
    features = list(body.get("features") or [])
    now = rows.now_iso()
    lst = rows.list_row(
        {
            "name": name,
            "description": description,
            "defaultTestText": test_text,
            "userId": user["id"],
            "createdAt": now,
            "updatedAt": now,
        }
    )
    with state.store.transaction():
        state.store.put("list", lst["id"], lst, owner=user["id"])
        for f in features:
            idx = str(int(f["index"]))
            if get_neuron(state, f["modelId"], f["layer"], idx) is None:
                continue
            if state.visible_source(user, f["modelId"], f["layer"]) is None:
                continue
            _add_list_neuron(state, lst["id"], user["id"], f["modelId"], f["layer"], idx, f.get("description", ""), now)
    if test_text is not None and len(test_text) > _test_text_max(state, "CreateListWithFeaturesRequest"):
        raise ApiError(500, {"message": "Unknown Error"})  # as createList: the list exists, then the update throws
    return json_response({**lst, "user": {"name": user["name"]}, "url": _list_url(state, lst["id"])})


def _add_list_neuron(
    state: EmulatorState,
    list_id: str,
    user_id: str,
    model_id: str,
    layer: str,
    index: str,
    description: Any,
    now: str,
) -> dict[str, Any]:
    ln = rows.list_neuron_row(
        {
            "modelId": model_id,
            "layer": layer,
            "index": index,
            "listId": list_id,
            "description": description,
            "addedAt": now,
            "userId": user_id,
        }
    )
    nkey = neuron_key(model_id, layer, index)
    if not state.store.insert("listneuron", f"{list_id}/{nkey}", ln, ref=list_id, owner=nkey):
        raise generic_500()
    return ln


async def list_get(state: EmulatorState, request: Request) -> Response:
    body = await read_object(request)  # validated at the edge (spec: getList's x-upstream-refusal)
    lst = state.store.get("list", str(body["listId"]))
    if lst is None:
        raise generic_500()
    neurons = []
    for ln in state.store.find("listneuron", ref=lst["id"])[:300]:
        neuron = get_neuron(state, ln["modelId"], ln["layer"], ln["index"])
        entry = dict(ln)
        if neuron is not None:
            entry["neuron"] = neuron_with_expls_and_acts(state, neuron, 3, full_expls=True)
        neurons.append(entry)
    return json_response(
        {**lst, "activations": [], "neurons": neurons, "user": {"name": state.user_name(lst["userId"])}}
    )


async def list_list(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    lists = state.store.find("list", owner=user["id"])
    lists.sort(key=lambda x: x["createdAt"])
    return json_response(lists)


async def list_add_features(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)  # featuresToAdd checked at the edge (spec: addFeaturesToList)
    items = list(body["featuresToAdd"])
    lst = _owned_list(state, user, body.get("listId"))
    now = rows.now_iso()
    created = []
    with state.store.transaction():
        for item in items:
            idx = str(item.get("index"))
            if get_neuron(state, str(item.get("modelId")), str(item.get("layer")), idx) is None:
                raise generic_500()
            created.append(
                _add_list_neuron(
                    state, lst["id"], user["id"], item["modelId"], item["layer"], idx, item.get("description"), now
                )
            )
    return json_response(created)


async def list_update(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)  # validated at the edge (spec: updateList's x-upstream-refusal)
    lst = _owned_list(state, user, body["listId"])
    test_text = body.get("defaultTestText") or None  # upstream: a falsy text is null
    cap = state.spec["components"]["schemas"]["UpdateListRequest"]["properties"]["defaultTestText"]["maxLength"]
    if test_text is not None and test_text != lst.get("defaultTestText") and len(test_text) > cap:
        raise generic_500()  # updateListMetadata's own check, after the ownership check (served by the edge)
    lst.update({"name": body["name"], "description": body.get("description", lst["description"])})
    if "defaultTestText" in body:
        lst["defaultTestText"] = test_text
    state.store.put("list", lst["id"], lst, owner=user["id"])
    return json_response(lst)


async def list_delete(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)  # validated at the edge (spec: deleteList's x-upstream-refusal)
    lst = _owned_list(state, user, body["listId"])
    with state.store.transaction():
        state.store.delete_ref("listneuron", lst["id"])
        state.store.delete("list", lst["id"])
    return json_response(True)


def _list_item(state: EmulatorState, user: dict[str, Any], body: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    lst = _owned_list(state, user, body["listId"])  # the body was validated at the edge
    key = f"{lst['id']}/{neuron_key(str(body['modelId']), str(body['layer']), str(body['index']))}"
    item = state.store.get("listneuron", key)
    if item is None:
        raise generic_500()
    return key, item


async def list_edit_feature(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)
    key, item = _list_item(state, user, body)
    if "description" in body:  # left out (served by the edge), Prisma's update keeps the note
        item["description"] = body["description"]
    meta = state.store.get_meta("listneuron", key)
    assert meta is not None
    state.store.put("listneuron", key, item, ref=meta[0], owner=meta[1])
    return json_response(item)


async def list_remove(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)
    key, item = _list_item(state, user, body)
    state.store.delete("listneuron", key)
    return json_response(item)


# --------------------------------------------------------------------------- bookmarks


async def bookmark_add(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)  # validated at the edge (spec: addBookmark's x-upstream-refusal)
    model_id, layer, index = (str(body[k]) for k in ("modelId", "layer", "index"))
    if get_neuron(state, model_id, layer, index) is None:
        raise generic_500()
    row = {
        "id": rows.new_cuid(),
        "modelId": model_id,
        "layer": layer,
        "index": index,
        "userId": user["id"],
        "createdAt": rows.now_iso(),
    }
    if not state.store.insert("bookmark", f"{user['id']}/{neuron_key(model_id, layer, index)}", row, owner=user["id"]):
        raise generic_500()
    return json_response(row)


async def bookmark_delete(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)
    model_id, layer, index = (str(body.get(k) or "") for k in ("modelId", "layer", "index"))
    removed = state.store.delete("bookmark", f"{user['id']}/{neuron_key(model_id, layer, index)}")
    return json_response({"count": 1 if removed else 0})


# --------------------------------------------------------------------------- models and source sets


async def model_new(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)  # validated and cast at the edge (spec: createModel's x-upstream-refusal)
    model_id, layers = str(body["id"]), int(body["layers"])
    display, website = body.get("displayName"), body.get("url")
    existing = state.store.get("model", model_id)
    if existing is not None:
        if existing["visibility"] == "PRIVATE" and existing["creatorId"] != user["id"]:
            raise generic_500()
        raise ApiError(400, {"error": "Model already exists"})
    now = rows.now_iso()
    model = rows.model_row(
        {
            "id": model_id,
            "displayNameShort": display or model_id,
            "displayName": display or model_id,
            "creatorId": user["id"],
            "visibility": "UNLISTED",
            "inferenceEnabled": False,
            "layers": layers,
            "neuronsPerLayer": 0,
            "createdAt": now,
            "owner": "custom",
            "updatedAt": now,
            "website": website,
        }
    )
    state.store.put("model", model_id, model, owner=user["id"])
    return json_response(model)


_LIST_SOURCE_FIELDS = (
    "id",
    "modelId",
    "visibility",
    "setName",
    "hasUmap",
    "hasUmapLogSparsity",
    "hasUmapClusters",
    "num_prompts",
    "num_tokens_in_prompt",
    "dataset",
    "inferenceEnabled",
    "hasDashboards",
    "notes",
    "createdAt",
    "cosSimMatchSourceId",
    "cosSimMatchModelId",
)


async def model_list(state: EmulatorState, request: Request) -> Response:
    user = optional_user(state, request)
    out = []
    for model in state.store.find("model"):
        if not state.can_see(user, model):
            continue
        sets = []
        for ss in state.store.find("sourceset", ref=model["id"]):
            if not state.can_see(user, ss):
                continue
            sources = [
                {k: src[k] for k in _LIST_SOURCE_FIELDS}
                for src in state.store.find("source", ref=f"{model['id']}/{ss['name']}")
                if state.can_see(user, src)
            ]
            sets.append({**ss, "sources": sources})
        out.append({**model, "sourceSets": sets})
    return json_response(out)


def _layer_num(source_id: str) -> int:
    head = source_id.split("-", 1)[0]
    return int(head) if head.isdigit() else 0


def source_set_view(
    state: EmulatorState, user: dict[str, Any] | None, ss: dict[str, Any], with_sources: bool = True
) -> dict[str, Any]:
    sources = [s for s in state.store.find("source", ref=f"{ss['modelId']}/{ss['name']}") if state.can_see(user, s)]
    sources.sort(key=lambda s: _layer_num(s["id"]))
    release = state.store.get("release", ss["releaseName"]) if ss.get("releaseName") else None
    return {
        **ss,
        "sources": sources if with_sources else [],
        "releases": release,
        "model": state.store.get("model", ss["modelId"]),
    }


async def source_set_new(state: EmulatorState, request: Request) -> Response:
    user = required_user(state, request)
    body = await read_object(request)  # validated and cast at the edge (spec: createSourceSet's x-upstream-refusal)
    name, model_id = str(body["name"]), str(body["modelId"])
    description, link = body.get("description"), body.get("url")
    model = state.visible_model(user, model_id)
    if model is None:
        raise ApiError(400, {"error": "Model not found"})
    if state.store.get("sourceset", f"{model_id}/{name}") is not None:
        raise ApiError(400, {"error": "Source set name already exists for this model."})
    now = rows.now_iso()
    ss = rows.source_set_row(
        {
            "modelId": model_id,
            "name": name,
            "visibility": "UNLISTED",
            "description": description or name,  # upstream defaults it to the set's name
            "type": "Custom",
            "creatorName": user["name"],
            "urls": [link or ""],
            "creatorId": user["id"],
            "createdAt": now,
        }
    )
    with state.store.transaction():
        state.store.put("sourceset", f"{model_id}/{name}", ss, ref=model_id, owner=user["id"])
        for layer in range(int(model["layers"])):
            src = rows.source_row(
                {
                    "id": f"{layer}-{name}",
                    "modelId": model_id,
                    "setName": name,
                    "visibility": "UNLISTED",
                    "creatorId": user["id"],
                    "createdAt": now,
                }
            )
            state.store.put("source", f"{model_id}/{src['id']}", src, ref=f"{model_id}/{name}", owner=user["id"])
    # upstream returns the set as read before its sources were created
    return json_response(source_set_view(state, user, ss, with_sources=False))


async def source_set_get(state: EmulatorState, request: Request) -> Response:
    user = optional_user(state, request)
    model_id, name = request.path_params["modelId"], request.path_params["name"]
    ss = state.store.get("sourceset", f"{model_id}/{name}")
    model = state.store.get("model", model_id)
    if ss is None or not state.can_see(user, ss) or not state.can_see(user, model):
        return json_response(None)
    return json_response(source_set_view(state, user, ss))


async def explanation_export(state: EmulatorState, request: Request) -> Response:
    new_url = "https://neuronpedia-datasets.s3.us-east-1.amazonaws.com/index.html?prefix=v1/"
    return json_response(
        {
            "newUrl": new_url,
            "message": (
                "This endpoint has been removed. Explanations exports can be downloaded more quickly and "
                f"efficiently at {new_url}  Please contact support@neuronpedia.org if you have any questions."
            ),
        },
        400,
    )


ROUTES: list[tuple[str, str, Handler]] = [
    ("GET", "/api/feature/{modelId}/{layer}/{index}", feature_get),
    ("POST", "/api/features", features_batch),
    ("POST", "/api/feature/upload-batch", feature_upload_batch),
    ("POST", "/api/activation/get", activation_get),
    ("POST", "/api/activation/upload-batch", activation_upload_batch),
    ("POST", "/api/vector/new", vector_new),
    ("POST", "/api/vector/get", vector_get),
    ("POST", "/api/vector/list-owned", vector_list_owned),
    ("POST", "/api/vector/delete", vector_delete),
    ("POST", "/api/list/new", list_new),
    ("POST", "/api/list/new-with-features", list_new_with_features),
    ("POST", "/api/list/get", list_get),
    ("POST", "/api/list/list", list_list),
    ("POST", "/api/list/add-features", list_add_features),
    ("POST", "/api/list/update", list_update),
    ("POST", "/api/list/delete", list_delete),
    ("POST", "/api/list/edit-feature", list_edit_feature),
    ("POST", "/api/list/remove", list_remove),
    ("POST", "/api/bookmark/add", bookmark_add),
    ("POST", "/api/bookmark/delete", bookmark_delete),
    ("POST", "/api/model/new", model_new),
    ("POST", "/api/model/list", model_list),
    ("POST", "/api/source-set/new", source_set_new),
    ("GET", "/api/source-set/{modelId}/{name}", source_set_get),
    ("GET", "/api/explanation/export", explanation_export),
]
