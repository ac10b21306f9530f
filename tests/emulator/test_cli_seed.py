"""The seed files, the seed generator, the CLI and the pytest plugin's fixtures."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import yaml

from neuronpedia_ext.emulator import EmulatorConfig, EmulatorServer
from neuronpedia_ext.emulator.seed import DEFAULT_SEED_PATH
from neuronpedia_ext.emulator.seedgen import render
from neuronpedia_ext.emulator.server import free_port

REPO = Path(__file__).resolve().parents[2]


def test_shipped_seed_matches_generator() -> None:
    assert DEFAULT_SEED_PATH.read_text(encoding="utf-8") == render()


def test_default_seed_has_the_recorded_objects(client: httpx.Client) -> None:
    for path in (
        "gpt2-small/0-res-jb/14057",
        "gpt2-small/6-res-jb/1024",
        "gemma-2-2b/20-gemmascope-res-16k/1337",
        "gemma-2-2b/3-gemmascope-att-16k/4232",
    ):
        assert client.get(f"/api/feature/{path}").status_code == 200, path
    f = client.get("/api/feature/gpt2-small/0-res-jb/14057").json()
    assert len(f["activations"]) == 24 and sum(a["binMin"] is not None for a in f["activations"]) == 4
    assert f["comments"][0]["user"] == {"name": "testuser"}
    types = {
        e["typeName"]
        for n in range(15)
        for e in client.get(f"/api/feature/gpt2-small/0-res-jb/{n}").json()["explanations"]
    }
    assert len(types) >= 3
    assert client.get("/api/source-set/gemma-2-2b/gemmascope-res-16k").json()["model"]["dimension"] == 2304


def test_yaml_seed_and_empty_seed(tmp_path: Path) -> None:
    seed = {
        "users": [{"id": "u1", "name": "me", "apiKey": "k1"}],
        "models": [{"id": "tiny", "layers": 2, "dimension": 4}],
        "sourceSets": [{"modelId": "tiny", "name": "s"}],
        "features": [
            {"modelId": "tiny", "layer": "1-s", "index": 7, "activations": [{"tokens": ["a", "b"], "values": [0, 3]}]}
        ],
    }
    path = tmp_path / "seed.yaml"
    path.write_text(yaml.safe_dump(seed), encoding="utf-8")
    with EmulatorServer(EmulatorConfig(seed=str(path), api_keys=("extra",))) as server:
        assert sorted(server.api_keys) == ["extra", "k1"]
        with httpx.Client(base_url=server.base_url) as c:
            f = c.get("/api/feature/tiny/1-s/7").json()
            assert f["activations"][0]["maxValueTokenIndex"] == 1
            assert [s["id"] for s in c.get("/api/source-set/tiny/s").json()["sources"]] == ["0-s", "1-s"]
            assert c.post("/api/list/list", headers={"x-api-key": "extra"}).json() == []
    with EmulatorServer(EmulatorConfig(seed="empty")) as server, httpx.Client(base_url=server.base_url) as c:
        assert c.get("/api/feature/gpt2-small/0-res-jb/0").status_code == 404
        assert c.post("/api/list/list", headers={"x-api-key": server.api_key}).json() == []


def test_sqlite_file_store(tmp_path: Path) -> None:
    db = tmp_path / "emu.sqlite"
    with EmulatorServer(EmulatorConfig(db=str(db))) as server:
        r = httpx.post(
            f"{server.base_url}/api/list/new",
            json={"name": "n", "description": ""},
            headers={"x-api-key": server.api_key},
        )
        assert r.status_code == 200
    assert db.stat().st_size > 0


def test_fresh_fixture_resets_state(neuronpedia_emulator_fresh: EmulatorServer) -> None:
    server = neuronpedia_emulator_fresh
    assert server.request_count() == 0
    assert server.state.store.count("list") == 0


def test_cli_prints_url_and_keys_and_serves() -> None:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    code = "import sys; from neuronpedia_ext.cli import main; sys.exit(main(sys.argv[1:]))"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            code,
            "emulator",
            "--port",
            str(port),
            "--api-key",
            "cli-key",
            "--rate-limit",
            "--higher-limit-api-key",
            "higher-key",
            "--fault",
            "latency_ms=1",
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        keys = [proc.stdout.readline(), proc.stdout.readline()]
        assert first.strip() == f"Neuronpedia emulator: http://localhost:{port}"
        assert "API key: cli-key\n" in keys
        deadline = time.monotonic() + 10
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/nla/sources")
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline
                time.sleep(0.05)
        assert r.json() == {"sources": []} and r.headers["x-limit-remaining"] == "1199"
        body = {"feature": {"modelId": "gpt2-small", "source": "0-res-jb", "index": "0"}, "customText": "hi"}
        for key, remaining in (("cli-key", "999"), ("higher-key", "2999")):  # /api/activation/new: 1000 vs 3000
            r = httpx.post(f"http://127.0.0.1:{port}/api/activation/new", json=body, headers={"x-api-key": key})
            assert r.status_code == 200 and r.headers["x-limit-remaining"] == remaining, key
        lst = httpx.post(
            f"http://127.0.0.1:{port}/api/list/new",
            json={"name": "a", "description": ""},
            headers={"x-api-key": "cli-key"},
        ).json()
        assert lst["url"] == f"http://localhost:{port}/list/{lst['id']}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
