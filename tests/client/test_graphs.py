"""client.graphs against the emulator, sync and async, plus ``NPGraphMetadata`` and ``GraphRequest``."""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from neuronpedia_ext import (
    APIKeyMissingError,
    AsyncNeuronpedia,
    InvalidRequestError,
    Neuronpedia,
    NotFoundError,
    PermissionDeniedError,
    RetryPolicy,
)
from neuronpedia_ext.compat.requests_models import GraphRequest
from neuronpedia_ext.emulator.server import EmulatorServer
from neuronpedia_ext.models.graphs import NPGraphMetadata
from neuronpedia_ext.resources.graphs import prepare_upload
from tests.support.validating import AsyncValidatingTransport, ValidatingTransport


@pytest.fixture
def uploader(emulator: EmulatorServer) -> Iterator[Neuronpedia]:
    with Neuronpedia(
        base_url=emulator.base_url, api_key=emulator.api_key, max_retries=0, transport=ValidatingTransport()
    ) as np:
        yield np


@pytest.fixture
async def auploader(emulator: EmulatorServer) -> AsyncIterator[AsyncNeuronpedia]:
    async with AsyncNeuronpedia(
        base_url=emulator.base_url, api_key=emulator.api_key, max_retries=0, transport=AsyncValidatingTransport()
    ) as np:
        yield np


def graph_json(slug: str, *, scan: str = "gpt2-small", nodes: int = 0) -> dict[str, Any]:
    return {
        "metadata": {
            "slug": slug,
            "scan": scan,
            "prompt": "The capital of France is",
            "prompt_tokens": ["<|endoftext|>", "The", " capital", " of", " France", " is"],
        },
        "nodes": [{"node_id": f"n{i}", "feature": i, "layer": str(i % 12), "clerp": f"node {i}"} for i in range(nodes)],
        "links": [],
    }


def test_generate_get_list_delete(client: Neuronpedia) -> None:
    generated = client.graphs.generate("gemma-2-2b", "The capital of Texas is", slug="texas-capital")
    assert (generated.model_id, generated.slug) == ("gemma-2-2b", "texas-capital")
    assert generated.url == f"{client.base_url}/gemma-2-2b/graph?slug=texas-capital"
    assert generated.num_nodes > 0 and generated.num_links > 0

    graph = client.graphs.get("gemma-2-2b", "texas-capital")
    assert (graph.model_id, graph.slug, graph.prompt) == ("gemma-2-2b", "texas-capital", "The capital of Texas is")
    assert graph.prompt_tokens[1:] == ["The", " capital", " of", " Texas", " is"]
    assert graph.url == generated.url
    assert graph.url_embed == generated.url + "&embed=true"
    assert graph.json_url == generated.json_url
    assert graph.owner_name is not None and graph.user_id is not None

    assert [g.slug for g in client.graphs.list_owned()] == ["texas-capital"]
    assert client.graphs.delete("gemma-2-2b", "texas-capital") is True
    assert client.graphs.list_owned() == []
    with pytest.raises(NotFoundError, match="Graph not found"):
        client.graphs.get("gemma-2-2b", "texas-capital")


def test_generate_without_slug_derives_one(client: Neuronpedia) -> None:
    generated = client.graphs.generate("gemma-2-2b", "Hello world", max_n_logits=5, node_threshold=0.6)
    assert generated.slug.startswith("helloworld-")
    assert client.graphs.get("gemma-2-2b", generated.slug).prompt == "Hello world"


def test_delete_someone_elses_graph_is_refused(client: Neuronpedia, anon_client: Neuronpedia) -> None:
    anon_client.graphs.generate("gemma-2-2b", "anonymous graph", slug="anon-graph")
    assert anon_client.graphs.get("gemma-2-2b", "anon-graph").user_id is None
    with pytest.raises(PermissionDeniedError):
        client.graphs.delete("gemma-2-2b", "anon-graph")


def test_tokenize(client: Neuronpedia) -> None:
    tokenized = client.graphs.tokenize("gemma-2-2b", "The capital of France is", max_n_logits=6)
    assert tokenized.prompt == "The capital of France is"
    assert tokenized.input_tokens[1:] == ["The", " capital", " of", " France", " is"]
    assert len(tokenized.salient_logits) == tokenized.total_salient_tokens == 6
    probs = [s.probability for s in tokenized.salient_logits]
    assert probs == sorted(probs, reverse=True)
    assert tokenized.cumulative_probability == pytest.approx(sum(probs), abs=1e-3)
    chat = client.graphs.tokenize("gemma-2-2b", messages=[{"role": "user", "content": "Hi there"}])
    assert "Hi there" in chat.prompt


def test_upload_small_graph_is_padded(uploader: Neuronpedia, emulator: EmulatorServer) -> None:
    prepared = prepare_upload(graph_json("tiny-graph"))
    assert len(prepared.body) >= 1024
    assert json.loads(gzip.decompress(prepared.body))["metadata"]["slug"] == "tiny-graph"

    graph = uploader.graphs.upload(json.dumps(graph_json("tiny-graph")))
    assert (graph.model_id, graph.slug, graph.prompt) == ("gpt2-small", "tiny-graph", "The capital of France is")
    assert graph.prompt_tokens == graph_json("x")["metadata"]["prompt_tokens"]
    assert graph.url == f"{emulator.base_url}/gpt2-small/graph?slug=tiny-graph"
    assert emulator.request_count("/api/graph/signed-put") == 1
    assert emulator.request_count("/api/graph/save-to-db") == 1


def test_upload_file_and_manual_steps(uploader: Neuronpedia, tmp_path: Path) -> None:
    path = tmp_path / "big-graph.json"
    path.write_text(json.dumps(graph_json("big-graph", nodes=400)))
    assert len(prepare_upload(path.read_text()).body) > 1024
    graph = uploader.graphs.upload_file(path)
    assert graph.slug == "big-graph"
    assert "big-graph" in {g.slug for g in uploader.graphs.list_owned()}

    prepared = prepare_upload(graph_json("manual-graph"))
    target = uploader.graphs.get_upload_url(prepared.filename, len(prepared.body))
    assert target.put_request_id
    uploader.graphs.put_file(target.url, prepared.body)
    saved = uploader.graphs.save(target.put_request_id)
    assert saved.url.endswith("/gpt2-small/graph?slug=manual-graph")
    assert uploader.graphs.get("gpt2-small", "manual-graph").prompt == "The capital of France is"


def test_upload_put_carries_no_api_key() -> None:
    seen: list[httpx.Request] = []
    graph = graph_json("keyless")

    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        path = request.url.path
        if path == "/api/graph/signed-put":
            return httpx.Response(
                200, json={"url": "https://s3.example/bucket/k?sig=1", "key": "k", "putRequestId": "p1"}
            )
        if request.url.host == "s3.example":
            return httpx.Response(200)
        if path == "/api/graph/save-to-db":
            return httpx.Response(
                200, json={"message": "ok", "url": "https://np.example/gpt2-small/graph?slug=keyless"}
            )
        row = {
            "id": "g1",
            "modelId": "gpt2-small",
            "sourceSetName": None,
            "slug": "keyless",
            "promptTokens": ["a"],
            "prompt": "a",
            "titlePrefix": "",
            "isFeatured": False,
            "url": "https://s3.example/bucket/k",
            "userId": "u1",
            "createdAt": "2026-01-01T00:00:00.000Z",
            "updatedAt": "2026-01-01T00:00:00.000Z",
            "user": {"id": "u1", "name": "me"},
        }
        return httpx.Response(200, json=row)

    with Neuronpedia(base_url="https://np.example", api_key="secret-key", transport=httpx.MockTransport(handler)) as np:
        result = np.graphs.upload(graph)
    assert [(r.method, r.url.host) for r in seen] == [
        ("POST", "np.example"),
        ("PUT", "s3.example"),
        ("POST", "np.example"),
        ("GET", "np.example"),
    ]
    put = seen[1]
    assert "x-api-key" not in put.headers
    assert put.headers["content-encoding"] == "gzip"
    assert json.loads(gzip.decompress(put.content)) == graph
    assert json.loads(seen[0].content)["contentLength"] == len(put.content)
    assert seen[0].headers["x-api-key"] == "secret-key"
    assert (result.owner_name, result.url) == ("me", "https://np.example/gpt2-small/graph?slug=keyless")


def test_failed_put_raises_the_status_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/graph/signed-put":
            return httpx.Response(200, json={"url": "https://s3.example/x", "key": "k", "putRequestId": "p1"})
        return httpx.Response(403, text="<Error>SignatureDoesNotMatch</Error>")

    with (
        Neuronpedia(base_url="https://np.example", api_key="k", transport=httpx.MockTransport(handler)) as np,
        pytest.raises(PermissionDeniedError, match="SignatureDoesNotMatch"),
    ):
        np.graphs.upload(graph_json("fails"))


def test_subgraphs(client: Neuronpedia) -> None:
    client.graphs.generate("gemma-2-2b", "Subgraph prompt", slug="sub-host")
    sub_id = client.graphs.save_subgraph(
        "gemma-2-2b",
        "sub-host",
        ["n1", "n2", "E_2_0"],
        supernodes=[["capital", "n1", "n2"]],
        clerps=[["n1", "capital cities"]],
        pruning_threshold=0.8,
        density_threshold=0.99,
        display_name="my subgraph",
    )
    subs = client.graphs.list_subgraphs("gemma-2-2b", "sub-host")
    assert [s.id for s in subs] == [sub_id]
    sub = subs[0]
    assert (sub.display_name, sub.pinned_ids, sub.supernodes) == (
        "my subgraph",
        ["n1", "n2", "E_2_0"],
        [["capital", "n1", "n2"]],
    )
    assert (sub.clerps, sub.pruning_threshold, sub.density_threshold) == ([["n1", "capital cities"]], 0.8, 0.99)
    assert sub.owner_name is not None

    same = client.graphs.save_subgraph("gemma-2-2b", "sub-host", ["n3"], overwrite_id=sub_id)
    assert same == sub_id
    assert [s.pinned_ids for s in client.graphs.list_subgraphs("gemma-2-2b", "sub-host")] == [["n3"]]
    assert client.graphs.delete_subgraph(sub_id) is True
    assert client.graphs.list_subgraphs("gemma-2-2b", "sub-host") == []
    with pytest.raises(NotFoundError):
        client.graphs.delete_subgraph(sub_id)


def test_key_required_operations_refuse_before_sending(anon_client: Neuronpedia, emulator: EmulatorServer) -> None:
    for call in (
        lambda: anon_client.graphs.list_owned(),
        lambda: anon_client.graphs.delete("gemma-2-2b", "x"),
        lambda: anon_client.graphs.upload(graph_json("nokey")),
        lambda: anon_client.graphs.list_subgraphs(),
        lambda: anon_client.graphs.delete_subgraph("s"),
        lambda: anon_client.graphs.save_subgraph("gemma-2-2b", "x", []),
    ):
        with pytest.raises(APIKeyMissingError):
            call()
    assert emulator.request_count() == 0


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda np: np.graphs.generate("gpt2-small", "hi"), "graphs can be generated"),
        (lambda np: np.graphs.generate("gemma-2-2b", ""), "prompt"),
        (lambda np: np.graphs.generate("gemma-2-2b", "hi", slug="bad slug"), "slug"),
        (lambda np: np.graphs.generate("gemma-2-2b", "hi", max_n_logits=20), "max_n_logits"),
        (lambda np: np.graphs.generate("gemma-2-2b", "hi", edge_threshold=0.99), "edge_threshold"),
        (lambda np: np.graphs.generate("gemma-2-2b", "hi", messages=[{"role": "user"}]), "chat message"),
        (lambda np: np.graphs.tokenize("gemma-2-2b"), "prompt or messages"),
        (lambda np: np.graphs.get("gemma-2-2b", ""), "slug"),
        (lambda np: np.graphs.get_upload_url("graph.txt", 2048), "filename"),
        (lambda np: np.graphs.get_upload_url("graph.json", 10), "content_length"),
        (lambda np: np.graphs.upload("not json"), "not valid JSON"),
        (lambda np: np.graphs.upload({"nodes": []}), "metadata"),
        (lambda np: np.graphs.upload({"metadata": {"slug": "s", "scan": "m", "prompt": "p"}}), "prompt_tokens"),
        (lambda np: np.graphs.upload(graph_json("bad slug!")), "metadata.slug"),
        (lambda np: np.graphs.upload_file("graph.txt"), "File not found"),
        (lambda np: np.graphs.save_subgraph("gemma-2-2b", "s", "n1"), "pinned_ids"),
        (lambda np: np.graphs.save_subgraph("gemma-2-2b", "s", [], supernodes=["a"]), "supernodes"),
        (lambda np: np.graphs.delete_subgraph(""), "subgraph_id"),
    ],
)
def test_bad_input_is_rejected_before_sending(call: object, message: str) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"sent {request.method} {request.url}")

    with (
        Neuronpedia(base_url="http://127.0.0.1:9", api_key="k", transport=httpx.MockTransport(refuse)) as np,
        pytest.raises((InvalidRequestError, FileNotFoundError), match=message),
    ):
        call(np)  # type: ignore[operator]


def test_upload_file_checks_the_extension(tmp_path: Path) -> None:
    path = tmp_path / "graph.txt"
    path.write_text("{}")
    with (
        Neuronpedia(base_url="http://127.0.0.1:9", api_key="k") as np,
        pytest.raises(InvalidRequestError, match="JSON"),
    ):
        np.graphs.upload_file(path)


async def test_async_graphs(aclient: AsyncNeuronpedia, auploader: AsyncNeuronpedia, tmp_path: Path) -> None:
    generated = await aclient.graphs.generate("gemma-2-2b", "Async graph prompt", slug="async-graph")
    graph = await aclient.graphs.get("gemma-2-2b", "async-graph")
    assert (graph.prompt, graph.json_url) == ("Async graph prompt", generated.json_url)
    assert [g.slug for g in await aclient.graphs.list_owned()] == ["async-graph"]
    tokenized = await aclient.graphs.tokenize("gemma-2-2b", "Async")
    assert tokenized.input_tokens[1:] == ["Async"]

    sub_id = await aclient.graphs.save_subgraph("gemma-2-2b", "async-graph", ["n1"], display_name="a")
    assert [s.id for s in await aclient.graphs.list_subgraphs("gemma-2-2b", "async-graph")] == [sub_id]
    assert await aclient.graphs.delete_subgraph(sub_id) is True
    assert await aclient.graphs.delete("gemma-2-2b", "async-graph") is True

    uploaded = await auploader.graphs.upload(graph_json("async-upload"))
    assert (uploaded.model_id, uploaded.slug) == ("gpt2-small", "async-upload")
    path = tmp_path / "async-file.json"
    path.write_text(json.dumps(graph_json("async-file")))
    assert (await auploader.graphs.upload_file(path)).slug == "async-file"
    prepared = prepare_upload(graph_json("async-manual"))
    target = await auploader.graphs.get_upload_url(prepared.filename, len(prepared.body))
    await auploader.graphs.put_file(target.url, prepared.body)
    assert (await auploader.graphs.save(target.put_request_id)).url.endswith("slug=async-manual")


def test_official_graph_names(emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEURONPEDIA_BASE_URL", emulator.base_url)
    monkeypatch.setenv("NEURONPEDIA_API_KEY", emulator.api_key)

    generated = NPGraphMetadata.generate("gemma-2-2b", "Official generate", "official-gen")
    assert (generated.slug, generated.prompt) == ("official-gen", "Official generate")
    assert generated.url == f"{emulator.base_url}/gemma-2-2b/graph?slug=official-gen"
    assert NPGraphMetadata.get("gemma-2-2b", "official-gen") == generated

    uploaded = NPGraphMetadata.upload(json.dumps(graph_json("official-upload")))
    assert uploaded.slug == "official-upload"
    path = tmp_path / "official-file.json"
    path.write_text(json.dumps(graph_json("official-file")))
    assert NPGraphMetadata.upload_file(str(path)).slug == "official-file"
    assert {g.slug for g in NPGraphMetadata.list_owned()} == {"official-gen", "official-upload", "official-file"}
    assert uploaded.delete() is True

    request = GraphRequest(api_key=emulator.api_key)
    from_request = request.generate("gemma-2-2b", "Request generate", "request-gen")
    assert request.get("gemma-2-2b", "request-gen") == from_request
    assert {g.slug for g in request.list_owned()} == {"official-gen", "official-file", "request-gen"}
    assert request.upload(json.dumps(graph_json("request-upload"))).slug == "request-upload"
    assert request.upload_file(str(path)).slug == "official-file"
    assert request.delete(from_request) is True
    with pytest.raises(NotFoundError):
        request.get("gemma-2-2b", "request-gen")

    # official-style construction: url and url_embed are filled from the (default) base URL
    built = NPGraphMetadata("id", "gemma-2-2b", "s", ["a"], "a", "", "https://s3.example/g.json")
    assert built.url == f"{emulator.base_url}/gemma-2-2b/graph?slug=s"
    assert built.url_embed == built.url + "&embed=true"
    assert built != generated
    assert (
        len({built, NPGraphMetadata("other-id", "gemma-2-2b", "s", ["a"], "a", "", "https://s3.example/g.json")}) == 1
    )


def test_put_retries_are_logged_without_the_signature(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="neuronpedia_ext")
    answers = [httpx.Response(503), httpx.Response(200)]

    def handler(request: httpx.Request) -> httpx.Response:
        return answers.pop(0)

    policy = RetryPolicy(max_retries=1, initial_delay=0, max_delay=0)
    with Neuronpedia(base_url="https://np.example", retry_policy=policy, transport=httpx.MockTransport(handler)) as np:
        np.graphs.put_file("https://s3.example/bucket/k?X-Amz-Signature=s3cr3t", b"x" * 1024)
    assert answers == []
    assert "retrying PUT https://s3.example/bucket/k" in caplog.text
    assert "s3cr3t" not in caplog.text
