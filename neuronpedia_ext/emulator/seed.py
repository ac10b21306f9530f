"""Seed data for the emulator: what exists when it starts.

``--seed default`` loads the shipped ``data/default_seed.json`` (built by
:mod:`neuronpedia_ext.emulator.seedgen`); ``--seed empty`` loads only the two users; any other value is
a path to a JSON or YAML file of this shape (every key optional)::

    users:        [{id, name, apiKey?, admin?}]         # apiKey: the x-api-key that logs in as this user
    models:       [Model row]                           # e.g. {id, layers, dimension}; other columns default
    releases:     [SourceRelease row]                   # {name, description, ...}
    sourceSets:   [SourceSet row + extras]              # {modelId, name, ...}
                  #   sources: [Source row]             # explicit sources, or else one per model layer,
                  #                                     #   "<layer>-<name>", built from:
                  #   sourceDefaults: {column: value}   # ("{layer}" in a string becomes the layer number)
                  #   sourceOverrides: {sourceId: {column: value}}
    features:     [Neuron row + extras]                 # {modelId, layer (the source id), index, ...}
                  #   activations: [Activation row]     # {tokens, values, ...}; maxValue etc. are derived
                  #   explanations: [{description, typeName?, explanationModelName?, scores?: [Score row]}]
                  #   comments: [{text, userId}]
    lists:        [{id?, name, description?, userId, features?: [{modelId, layer, index, description?}]}]
    graphs:       [GraphMetadata row]                   # {modelId, slug, prompt, userId?, ...}
    explanationScoreModels: [name]                      # the ExplanationScoreModel table: the
                  #   `scorerModel` names scoreExplanation accepts (default: DEFAULT_SCORE_MODELS; the
                  #   model names of seeded scores are always added)

Rows are upstream's Prisma rows (see the reference recordings); every column you leave out gets the
value upstream's defaults would give. Unknown columns are ignored. If no user has an API key, the
``testuser`` of the default seed (key ``np-emulator-testuser-key``) is added.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from neuronpedia_ext.emulator import rows
from neuronpedia_ext.emulator.config import DEFAULT_API_KEY
from neuronpedia_ext.emulator.store import Store

DEFAULT_SEED_PATH = Path(__file__).parent / "data" / "default_seed.json"
TESTUSER = {"id": "cltestuser0000000000000001", "name": "testuser", "apiKey": DEFAULT_API_KEY}
BOT = {"id": rows.BOT_ID, "name": "bot", "admin": True}
#: The scorer LLMs (``ExplanationScoreModel`` names) a seed without ``explanationScoreModels`` gets.
DEFAULT_SCORE_MODELS = (
    "gpt-4o-mini",
    "gpt-4.1-nano",
    "gpt-4.1-mini",
    "claude-3-5-haiku-20241022",
    "gemini-1.5-flash",
    "gemini-2.0-flash",
)


def load_seed(spec: str | Mapping[str, Any]) -> dict[str, Any]:
    """Resolve a seed spec (``"default"``, ``"empty"``, a path, or a mapping) to a mapping."""
    if isinstance(spec, Mapping):
        return dict(spec)
    if spec == "default":
        data: Any = json.loads(DEFAULT_SEED_PATH.read_text(encoding="utf-8"))
    elif spec == "empty":
        data = {"users": [BOT, TESTUSER]}
    else:
        path = Path(spec)
        text = path.read_text(encoding="utf-8")
        if path.suffix.lower() in (".yaml", ".yml"):
            import yaml

            data = yaml.safe_load(text)
        else:
            data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError(f"a seed must be a mapping, got {type(data).__name__}")
    return data


def neuron_key(model_id: str, layer: str, index: str) -> str:
    return f"{model_id}/{layer}/{index}"


def _layer_template(value: Any, layer: int) -> Any:
    return value.replace("{layer}", str(layer)) if isinstance(value, str) else value


def apply_seed(store: Store, seed: Mapping[str, Any], extra_api_keys: Iterable[str] = ()) -> None:
    """Clear ``store`` and load ``seed`` into it."""
    with store.transaction():
        store.clear()
        users = list(seed.get("users") or [])
        ids = {u["id"] for u in users}
        if rows.BOT_ID not in ids:
            users.insert(0, BOT)
        if not any(u.get("apiKey") for u in users) and TESTUSER["id"] not in ids:
            users.append(TESTUSER)
        key_owner = ""
        for user in users:
            store.put(
                "user",
                user["id"],
                {"id": user["id"], "name": user.get("name", user["id"]), "admin": bool(user.get("admin", False))},
            )
            if user.get("apiKey"):
                store.put("apikey", str(user["apiKey"]), {"userId": user["id"]})
                key_owner = key_owner or user["id"]
        for key in extra_api_keys:
            store.put("apikey", key, {"userId": key_owner or TESTUSER["id"]})

        models: dict[str, dict[str, Any]] = {}
        for given in seed.get("models") or []:
            row = rows.model_row(given)
            models[row["id"]] = row
            store.put("model", row["id"], row, owner=row["creatorId"])
        for given in seed.get("releases") or []:
            row = rows.release_row(given)
            store.put("release", row["name"], row)
        for given in seed.get("sourceSets") or []:
            ss = rows.source_set_row(given)
            store.put("sourceset", f"{ss['modelId']}/{ss['name']}", ss, ref=ss["modelId"], owner=ss["creatorId"])
            explicit = given.get("sources")
            if explicit is None:
                n_layers = int(models.get(ss["modelId"], {}).get("layers") or 0)
                defaults = dict(given.get("sourceDefaults") or {})
                overrides = dict(given.get("sourceOverrides") or {})
                explicit = []
                for layer in range(n_layers):
                    sid = f"{layer}-{ss['name']}"
                    src = {k: _layer_template(v, layer) for k, v in defaults.items()}
                    src.update(overrides.get(sid, {}))
                    src.update({"id": sid})
                    explicit.append(src)
            for src_given in explicit:
                src = rows.source_row(
                    {
                        "modelId": ss["modelId"],
                        "setName": ss["name"],
                        "visibility": ss["visibility"],
                        "creatorId": ss["creatorId"],
                        "createdAt": ss["createdAt"],
                        **src_given,
                    }
                )
                store.put(
                    "source",
                    f"{src['modelId']}/{src['id']}",
                    src,
                    ref=f"{src['modelId']}/{src['setName']}",
                    owner=src["creatorId"],
                )
        for given in seed.get("features") or []:
            add_feature(store, given)
        for given in seed.get("lists") or []:
            lst = rows.list_row(given)
            store.put("list", lst["id"], lst, owner=lst["userId"])
            for item in given.get("features") or []:
                ln = rows.list_neuron_row({**item, "listId": lst["id"], "userId": lst["userId"]})
                nkey = neuron_key(ln["modelId"], ln["layer"], str(ln["index"]))
                store.put("listneuron", f"{lst['id']}/{nkey}", ln, ref=lst["id"], owner=nkey)
        for given in seed.get("graphs") or []:
            g = rows.graph_row(given)
            store.put("graph", f"{g['modelId']}/{g['slug']}", g, owner=g["userId"] or "")
        score_models = seed.get("explanationScoreModels")
        names = {str(n) for n in (DEFAULT_SCORE_MODELS if score_models is None else score_models)}
        names.update(str(s["explanationScoreModelName"]) for s in store.find("score"))
        for name in sorted(names):
            store.put("scoremodel", name, {"name": name})


def add_feature(store: Store, given: Mapping[str, Any]) -> dict[str, Any]:
    """Store one feature with its activations, explanations (and scores) and comments."""
    neuron = rows.neuron_row({**given, "index": str(given.get("index", ""))})
    nkey = neuron_key(neuron["modelId"], neuron["layer"], neuron["index"])
    store.put("neuron", nkey, neuron, ref=f"{neuron['modelId']}/{neuron['layer']}", owner=neuron["creatorId"] or "")
    ident = {"modelId": neuron["modelId"], "layer": neuron["layer"], "index": neuron["index"]}
    for act_given in given.get("activations") or []:
        act = rows.activation_row({**act_given, **ident})
        store.put("activation", act["id"], act, ref=nkey, owner=act["creatorId"])
    for expl_given in given.get("explanations") or []:
        expl = rows.explanation_row({**expl_given, **ident})
        store.put("explanation", expl["id"], expl, ref=nkey, owner=expl["authorId"])
        for score_given in expl_given.get("scores") or []:
            score = rows.score_row({**score_given, "explanationId": expl["id"]})
            store.put("score", score["id"], score, ref=expl["id"])
    for comment_given in given.get("comments") or []:
        comment = rows.comment_row({**comment_given, **ident})
        store.put("comment", comment["id"], comment, ref=nkey, owner=comment["userId"])
    return neuron
