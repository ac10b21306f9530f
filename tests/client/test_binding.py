"""Objects keep the client that produced them; official-style classmethods use the default one.

Two emulators: A is where the environment points (``NEURONPEDIA_BASE_URL``,
``NEURONPEDIA_API_KEY``), B is where an explicit ``Neuronpedia(base_url=B, api_key=KEY_B)``
points. Every public method and property of every object that client returns must reach B only,
with B's key (each emulator's request log, read through its admin API, records a fingerprint of
the key of every request), and nothing may reach A. The public methods are enumerated from the
classes, so a method added later without a recipe here fails the test instead of going unchecked.
"""

from __future__ import annotations

import ast
import hashlib
import inspect
import json
import webbrowser
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import neuronpedia_ext
from neuronpedia_ext import (
    Activation,
    AsyncNeuronpedia,
    Feature,
    Model,
    Neuronpedia,
    NPGraphMetadata,
    NPList,
    NPListItem,
    NPVector,
    SAEFeature,
    Source,
    SourceSet,
)
from neuronpedia_ext.emulator.config import EmulatorConfig
from neuronpedia_ext.emulator.server import EmulatorServer
from neuronpedia_ext.sample_data import GPT2_SMALL_RES_JB_JEDI_VECTOR

KEY_A = "env-key-for-emulator-a"
KEY_B = "explicit-key-for-emulator-b"

#: The classes whose instances have methods or URLs, and must therefore be bound.
BOUND_CLASSES: tuple[type, ...] = (NPVector, NPList, Model, SourceSet, Source, NPGraphMetadata, Feature, SAEFeature)


def fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def admin_log(server: EmulatorServer) -> list[dict[str, Any]]:
    answer = httpx.get(f"{server.base_url}/_emulator/requests", headers=server.admin_headers)
    answer.raise_for_status()
    requests: list[dict[str, Any]] = answer.json()["requests"]
    return requests


def clear_log(server: EmulatorServer) -> None:
    httpx.delete(f"{server.base_url}/_emulator/requests", headers=server.admin_headers).raise_for_status()


@pytest.fixture(scope="module")
def emulators() -> Iterator[tuple[EmulatorServer, EmulatorServer]]:
    with (
        EmulatorServer(EmulatorConfig(api_keys=(KEY_A,))) as a,
        EmulatorServer(EmulatorConfig(api_keys=(KEY_B,))) as b,
    ):
        yield a, b


@pytest.fixture
def env_on_a(emulators: tuple[EmulatorServer, EmulatorServer], monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = emulators
    a.reset()
    b.reset()
    monkeypatch.setenv("NEURONPEDIA_BASE_URL", a.base_url)
    monkeypatch.setenv("NEURONPEDIA_API_KEY", KEY_A)
    monkeypatch.delenv("USE_LOCALHOST", raising=False)


def public_instance_members(cls: type) -> set[str]:
    """Public methods and properties of ``cls`` (and its neuronpedia_ext bases), classmethods excluded."""
    names: set[str] = set()
    for klass in cls.__mro__:
        if not klass.__module__.startswith("neuronpedia_ext"):
            continue
        for name, raw in vars(klass).items():
            if name.startswith("_") or isinstance(raw, (classmethod, staticmethod)):
                continue
            if inspect.isfunction(raw) or isinstance(raw, property):
                names.add(name)
    return names


def public_classmethods(cls: type) -> set[str]:
    return {
        name
        for klass in cls.__mro__
        if klass.__module__.startswith("neuronpedia_ext")
        for name, raw in vars(klass).items()
        if not name.startswith("_") and isinstance(raw, classmethod)
    }


GRAPH = {
    "metadata": {
        "slug": "bound-graph",
        "scan": "gpt2-small",
        "prompt": "The capital of France is",
        "prompt_tokens": ["<|endoftext|>", "The", " capital", " of", " France", " is"],
    },
    "nodes": [],
    "links": [],
}


def _feature_to_upload(index: int) -> Feature:
    return Feature(
        "bind-model",
        "0-bindset",
        index,
        density=0.1,
        activations=[Activation("bind-model", "0-bindset", index, ["a", "b"], [0.0, 1.5])],
    )


class Objects:
    """One object of each bound class, every one obtained through ``client``."""

    def __init__(self, client: Neuronpedia) -> None:
        self.vector = client.vectors.new("jedi", "gpt2-small", 6, "hook_resid_pre", GPT2_SMALL_RES_JB_JEDI_VECTOR)
        self.list = client.lists.new("bound list")
        self.model = client.models.new("bind-model", 2)
        client.source_sets.new("bindset", "bind-model")
        fetched = client.source_sets.get("bind-model", "bindset")
        assert fetched is not None and fetched.sources
        self.source_set = fetched
        self.source = fetched.sources[0]
        self.graph = client.graphs.generate("gemma-2-2b", "bound graph", slug="bound-gen")
        self.graph_meta = client.graphs.get("gemma-2-2b", "bound-gen")
        self.feature = client.features.get("gpt2-small", "6-res-jb", 42)
        self.sae_feature = SAEFeature.from_feature(self.feature)

    def of(self, cls: type) -> Any:
        return {
            NPVector: self.vector,
            NPList: self.list,
            Model: self.model,
            SourceSet: self.source_set,
            Source: self.source,
            NPGraphMetadata: self.graph_meta,
            Feature: self.feature,
            SAEFeature: self.sae_feature,
        }[cls]


# What each public member does: "http" makes requests (which must go to B with B's key), "url"
# gives or opens a page URL (which must be on B), "local" touches neither.
Recipe = tuple[str, Callable[[Any], Any]]
RECIPES: dict[tuple[type, str], Recipe] = {
    (NPVector, "steer_chat"): ("http", lambda v: v.steer_chat([{"role": "user", "content": "Hi"}])),
    (NPVector, "steer_completion"): ("http", lambda v: v.steer_completion("The weather is")),
    (NPVector, "compute_activation_for_text"): ("http", lambda v: v.compute_activation_for_text("a jedi")),
    (NPVector, "upload_activations"): ("http", lambda v: v.upload_activations([(["a", "b"], [0.5, 1.0])])),
    (NPVector, "delete"): ("http", lambda v: v.delete()),
    (NPList, "add_items"): ("http", lambda lst: lst.add_items([NPListItem("gpt2-small", "6-res-jb", "42")])),
    (NPList, "add_features"): ("http", lambda lst: lst.add_features(["gpt2-small/6-res-jb/1024"])),
    (Model, "open_in_browser"): ("url", lambda m: m.open_in_browser()),
    (Model, "page_url"): ("url", lambda m: m.page_url),
    (SourceSet, "open_in_browser"): ("url", lambda s: s.open_in_browser()),
    (SourceSet, "page_url"): ("url", lambda s: s.page_url),
    (SourceSet, "get_source_for_layer_number"): ("local", lambda s: s.get_source_for_layer_number(0)),
    (Source, "upload_batch"): ("http", lambda s: s.upload_batch([_feature_to_upload(0)])),
    (Source, "open_in_browser"): ("url", lambda s: s.open_in_browser()),
    (Source, "url"): ("url", lambda s: s.url),
    (NPGraphMetadata, "delete"): ("http", lambda g: g.delete()),
    (Feature, "open_in_browser"): ("url", lambda f: f.open_in_browser()),
    (Feature, "url"): ("url", lambda f: f.url),
    (Feature, "model_id"): ("local", lambda f: f.model_id),
    (Feature, "frac_nonzero"): ("local", lambda f: f.frac_nonzero),
    (Feature, "feature_id"): ("local", lambda f: f.feature_id),
    (Feature, "description"): ("local", lambda f: f.description),
    (Feature, "explanation"): ("local", lambda f: f.explanation),
    (Feature, "top_activations"): ("local", lambda f: f.top_activations),
    (Feature, "max_activation"): ("local", lambda f: f.max_activation),
    (SAEFeature, "jsonData"): ("local", lambda f: f.jsonData),
    (SAEFeature, "wire_index"): ("local", lambda f: f.wire_index),
    (NPVector, "wire_index"): ("local", lambda v: v.wire_index),
    (SAEFeature, "model_id"): ("local", lambda f: f.model_id),
    (SAEFeature, "feature_id"): ("local", lambda f: f.feature_id),
}

# Attribute URLs set when the object is built (they must be on B too).
URL_FIELDS: dict[type, tuple[str, ...]] = {
    NPVector: ("url",),
    NPList: ("url",),
    NPGraphMetadata: ("url", "url_embed"),
}


def test_every_public_member_has_a_recipe() -> None:
    missing = sorted(
        f"{cls.__name__}.{name}"
        for cls in BOUND_CLASSES
        for name in public_instance_members(cls)
        if (cls, name) not in RECIPES
    )
    assert not missing, f"add a recipe to RECIPES for: {missing}"


def test_every_member_of_every_bound_object_uses_its_client(
    emulators: tuple[EmulatorServer, EmulatorServer], env_on_a: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = emulators
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *args, **kwargs: opened.append(url) or True)
    with Neuronpedia(base_url=b.base_url, api_key=KEY_B, max_retries=0) as client:
        objects = Objects(client)
        for cls, fields in URL_FIELDS.items():
            for field in fields:
                value = getattr(objects.of(cls), field)
                assert value.startswith(b.base_url + "/"), f"{cls.__name__}.{field} = {value!r}"
        read_back = [
            client.lists.get(objects.list.id).url,
            *(lst.url for lst in client.lists.list_owned()),
            client.vectors.get(objects.vector.model_id, objects.vector.source, objects.vector.index).url,
            *(v.url for v in client.vectors.list_owned()),
            *(g.url for g in client.graphs.list_owned()),
        ]
        assert read_back and all(u and u.startswith(b.base_url + "/") for u in read_back), read_back
        assert admin_log(a) == [], "building the objects reached the environment's server"
        checked = 0
        for cls in BOUND_CLASSES:
            obj = objects.of(cls)
            for name in sorted(public_instance_members(cls), key=lambda n: (n == "delete", n)):  # delete last
                kind, recipe = RECIPES[(cls, name)]
                clear_log(a)
                clear_log(b)
                opened.clear()
                result = recipe(obj)
                where = f"{cls.__name__}.{name}"
                assert admin_log(a) == [], f"{where} reached the environment's server"
                log = admin_log(b)
                if kind == "http":
                    assert log, f"{where} made no request to the client's server"
                    assert {e["key"] for e in log} == {fingerprint(KEY_B)}, f"{where} did not send the client's key"
                    assert all(e["status"] < 400 for e in log), f"{where}: {log}"
                elif kind == "url":
                    urls = opened or [result]
                    assert urls and all(isinstance(u, str) and u.startswith(b.base_url + "/") for u in urls), (
                        f"{where} -> {urls}"
                    )
                    assert log == []
                else:
                    assert log == [] and opened == [], where
                checked += 1
    assert checked == sum(len(public_instance_members(c)) for c in BOUND_CLASSES)


def test_objects_of_the_async_client_use_its_configuration(
    emulators: tuple[EmulatorServer, EmulatorServer], env_on_a: None
) -> None:
    import asyncio

    a, b = emulators

    async def run() -> None:
        async with AsyncNeuronpedia(base_url=b.base_url, api_key=KEY_B, max_retries=0) as client:
            vector = await client.vectors.new("jedi", "gpt2-small", 6, "hook_resid_pre", GPT2_SMALL_RES_JB_JEDI_VECTOR)
            clear_log(b)
            vector.steer_completion("The weather is")
            vector.delete()
            lst = await client.lists.new("async list")
            lst.add_features(["gpt2-small/6-res-jb/42"])

    asyncio.run(run())
    assert admin_log(a) == []
    log = admin_log(b)
    assert [e["path"] for e in log] == ["/api/steer", "/api/vector/delete", "/api/list/new", "/api/list/add-features"]
    assert {e["key"] for e in log} == {fingerprint(KEY_B)}


# Official-style classmethods: the process default client (the environment, here A).
CLASSMETHOD_RECIPES: dict[tuple[type, str], Recipe] = {
    (NPVector, "new"): (
        "http",
        lambda c: c.new("jedi", "gpt2-small", 6, "hook_resid_pre", GPT2_SMALL_RES_JB_JEDI_VECTOR),
    ),
    (NPVector, "get"): ("http", lambda c: c.get("gpt2-small", "6-res-jb", 42)),
    (NPVector, "get_owned"): ("http", lambda c: c.get_owned()),
    (NPList, "new"): ("http", lambda c: c.new("default list")),
    (NPList, "get"): ("http", lambda c: c.get(c.new("to fetch").id)),
    (NPList, "get_owned"): ("http", lambda c: c.get_owned()),
    (Model, "new"): ("http", lambda c: c.new("default-model", 2)),
    (SourceSet, "new"): ("http", lambda c: (Model.new("default-set-model", 2), c.new("dset", "default-set-model"))),
    (SourceSet, "get"): ("http", lambda c: c.get("gpt2-small", "res-jb")),
    (SourceSet, "from_np_db_json"): (
        "local",
        lambda c: c.from_np_db_json({"name": "n", "modelId": "m", "sources": []}),
    ),
    (NPGraphMetadata, "get"): ("http", lambda c: c.get("gemma-2-2b", c.generate("gemma-2-2b", "p", "cm-get").slug)),
    (NPGraphMetadata, "list_owned"): ("http", lambda c: c.list_owned()),
    (NPGraphMetadata, "generate"): ("http", lambda c: c.generate("gemma-2-2b", "The capital of Texas is", "cm-gen")),
    (NPGraphMetadata, "upload"): ("http", lambda c: c.upload(json.dumps(GRAPH))),
    (NPGraphMetadata, "upload_file"): ("http", lambda c: c.upload_file(_graph_file())),
    (Feature, "get"): ("http", lambda c: c.get("gpt2-small", "6-res-jb", 42)),
    (SAEFeature, "get"): ("http", lambda c: c.get("gpt2-small", "6-res-jb", 42)),
    (SAEFeature, "from_feature"): ("local", lambda c: c.from_feature(Feature("m", "0-s", 1))),
}

_TMP: list[Path] = []


def _graph_file() -> str:
    path = _TMP[0] / "graph.json"
    path.write_text(json.dumps({**GRAPH, "metadata": {**GRAPH["metadata"], "slug": "file-graph"}}))  # type: ignore[dict-item]
    return str(path)


def test_classmethods_use_the_default_client(
    emulators: tuple[EmulatorServer, EmulatorServer], env_on_a: None, tmp_path: Path
) -> None:
    a, b = emulators
    _TMP[:] = [tmp_path]
    missing = sorted(
        f"{cls.__name__}.{name}"
        for cls in BOUND_CLASSES
        for name in public_classmethods(cls)
        if (cls, name) not in CLASSMETHOD_RECIPES
    )
    assert not missing, f"add a recipe to CLASSMETHOD_RECIPES for: {missing}"
    for (cls, name), (kind, recipe) in CLASSMETHOD_RECIPES.items():
        clear_log(a)
        clear_log(b)
        recipe(cls)
        log = admin_log(a)
        assert admin_log(b) == [], f"{cls.__name__}.{name} reached a server it was never told about"
        if kind == "http":
            assert log and {e["key"] for e in log} == {fingerprint(KEY_A)}, f"{cls.__name__}.{name}: {log}"
        else:
            assert log == []


def test_an_object_built_by_hand_uses_the_default_client(
    emulators: tuple[EmulatorServer, EmulatorServer], env_on_a: None
) -> None:
    a, b = emulators
    vector = NPVector("hand made", "gpt2-small", "6-res-jb", "42", [0.0] * 768, "hook_resid_pre", 10)
    assert vector.url == f"{a.base_url}/gpt2-small/6-res-jb/42"
    clear_log(a)
    vector.steer_completion("The weather is")
    assert [(e["path"], e["key"]) for e in admin_log(a)] == [("/api/steer", fingerprint(KEY_A))]
    assert admin_log(b) == []


def test_no_models_module_imports_a_client_module() -> None:
    """models -> compat -> client -> resources -> models would be a cycle: models know only a protocol."""
    models_dir = Path(neuronpedia_ext.__file__).parent / "models"
    forbidden = ("_client", "_base", "compat", "resources")
    offenders = []
    for path in sorted(models_dir.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom):
                module = "." * node.level + (node.module or "")
                parts = module.lstrip(".").split(".")
                if (node.level >= 2 and parts[0] in forbidden) or (node.level == 0 and "neuronpedia_ext" in module):
                    offenders.append(f"{path.name}: from {module} import ...")
            elif isinstance(node, ast.Import):
                offenders += [
                    f"{path.name}: import {a.name}" for a in node.names if a.name.startswith("neuronpedia_ext")
                ]
    assert offenders == []
