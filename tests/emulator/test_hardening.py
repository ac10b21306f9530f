"""Hostile input and misuse: the body limit, the decompression cap, deep JSON, the admin API's token and
JSON-only rule, the bounded request log, and a ``--db`` file that survives restarts and a second process."""

from __future__ import annotations

import gzip
import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from neuronpedia_ext.emulator import EmulatorConfig, EmulatorServer
from neuronpedia_ext.emulator.config import VERCEL_MAX_BODY_BYTES
from neuronpedia_ext.emulator.server import free_port

LIST_NEW = "/api/list/new"
LIST_LIST = "/api/list/list"


def _lists(server: EmulatorServer) -> list[str]:
    r = httpx.post(server.base_url + LIST_LIST, headers={"x-api-key": server.api_key}, timeout=10)
    return [row["name"] for row in r.json()]


# --- the body limit ------------------------------------------------------------------------------------
def test_default_body_limit_is_vercels_and_answers_like_vercel(emu: EmulatorServer, raw: httpx.Client) -> None:
    assert emu.config.max_body_bytes == VERCEL_MAX_BODY_BYTES == 4_718_592
    name = "x" * (VERCEL_MAX_BODY_BYTES + 1)
    r = raw.post(LIST_NEW, content=json.dumps({"name": "big", "description": name}))
    assert r.status_code == 413
    assert r.headers["content-type"].startswith("text/plain")
    assert r.headers["x-vercel-error"] == "FUNCTION_PAYLOAD_TOO_LARGE"
    assert "FUNCTION_PAYLOAD_TOO_LARGE" in r.text
    assert emu.request_log.snapshot()[-1].status == 413
    assert "big" not in _lists(emu)  # refused before the route ran


def test_body_limit_counts_a_chunked_body_too() -> None:
    with EmulatorServer(EmulatorConfig(max_body_bytes=1000)) as server:
        body = json.dumps({"name": "chunked", "description": "y" * 2000}).encode()

        def chunks() -> Iterator[bytes]:  # no content-length: the limit is counted while reading
            for i in range(0, len(body), 100):
                yield body[i : i + 100]

        r = httpx.post(server.base_url + LIST_NEW, content=chunks(), headers={"x-api-key": server.api_key})
        assert r.status_code == 413
        small = httpx.post(
            server.base_url + LIST_NEW,
            json={"name": "small", "description": "ok"},
            headers={"x-api-key": server.api_key},
        )
        assert small.status_code == 200
        assert _lists(server) == ["small"]


# --- decompression ---------------------------------------------------------------------------------------
def _signed_put(client: httpx.Client, length: int) -> str:
    r = client.post("/api/graph/signed-put", json={"filename": "g.json", "contentLength": length})
    assert r.status_code == 200, r.text
    return str(r.json()["putRequestId"])


def test_gzip_bomb_is_inflated_only_up_to_the_cap() -> None:
    bomb = gzip.compress(b" " * (8 * 1024 * 1024))  # 8 MiB of spaces: ~8 KB compressed
    assert len(bomb) < 64 * 1024
    with (
        EmulatorServer(EmulatorConfig(max_decompressed_bytes=1024 * 1024)) as server,
        httpx.Client(base_url=server.base_url, headers={"x-api-key": server.api_key}) as c,
    ):
        put_id = _signed_put(c, len(bomb))
        up = c.put(f"/_emulator/graph-upload/{put_id}", content=bomb, headers={"content-encoding": "gzip"})
        assert up.status_code == 200  # S3 stores whatever it is sent
        entry = server.state.store.get("putrequest", put_id)
        assert entry["data"] is None and entry["unreadable"] is True  # nothing inflated past the cap was kept
        saved = c.post("/api/graph/save-to-db", json={"putRequestId": put_id})
        assert saved.status_code == 500 and saved.json() == {"error": "Failed to generate signed URL"}


def test_deflate_upload_under_the_cap_is_read(emu: EmulatorServer, client: httpx.Client) -> None:
    import zlib

    graph = {"metadata": {"slug": "tiny", "scan": "nope-model", "prompt": "p", "prompt_tokens": ["p"]}, "nodes": []}
    data = zlib.compress(json.dumps(graph).encode() + b" " * 2048)
    put_id = _signed_put(client, max(len(data), 1024))
    up = client.put(f"/_emulator/graph-upload/{put_id}", content=data, headers={"content-encoding": "deflate"})
    assert up.status_code == 200
    assert json.loads(emu.state.store.get("putrequest", put_id)["data"])["metadata"]["slug"] == "tiny"


def test_upload_longer_than_the_signed_length_is_refused(emu: EmulatorServer, client: httpx.Client) -> None:
    put_id = _signed_put(client, 1024)
    r = client.put(f"/_emulator/graph-upload/{put_id}", content=b"{" + b" " * 2000 + b"}")
    assert r.status_code == 403  # S3: the signed content-length does not match
    assert emu.state.store.get("putrequest", put_id)["data"] is None


# --- deep JSON -------------------------------------------------------------------------------------------
def test_deeply_nested_json_is_answered_as_malformed_json(
    emu: EmulatorServer, raw: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    deep = "[" * 200_000 + "]" * 200_000
    caplog.set_level(logging.DEBUG, logger="neuronpedia_ext")
    for path in (LIST_NEW, "/api/vector/new", "/api/steer-chat"):
        malformed = raw.post(path, content=b"{not json", headers={"content-type": "application/json"})
        nested = raw.post(path, content=deep, headers={"content-type": "application/json"})
        assert (nested.status_code, nested.json()) == (malformed.status_code, malformed.json()), path
    # a route whose handler answers 400 for a body it cannot parse does so for deep JSON too
    graph = raw.post("/api/graph/signed-put", content=deep, headers={"content-type": "application/json"})
    assert graph.status_code in (400, 500)
    assert not [r for r in caplog.records if r.exc_info and issubclass(r.exc_info[0], RecursionError)]
    assert not [r for r in caplog.records if "RecursionError" in r.getMessage()]
    shallow = raw.post(LIST_NEW, json={"name": "fine", "description": [[[[1]]]]})
    assert shallow.status_code != 413


def test_max_json_depth_is_the_configured_limit() -> None:
    with EmulatorServer(EmulatorConfig(max_json_depth=5)) as server, httpx.Client(base_url=server.base_url) as c:
        headers = {"x-api-key": server.api_key, "content-type": "application/json"}
        malformed = c.post(LIST_NEW, content=b"{not json", headers=headers)
        six = {"name": "deep", "description": [[[[[1]]]]]}  # 6 levels: Python could parse it, the limit refuses it
        nested = c.post(LIST_NEW, content=json.dumps(six), headers=headers)
        assert (nested.status_code, nested.json()) == (malformed.status_code, malformed.json())
        five = {"name": "ok", "description": "[[[[1]]]] in a string is no nesting"}
        assert c.post(LIST_NEW, content=json.dumps(five), headers=headers).status_code == 200


def test_admin_api_answers_400_for_deep_or_broken_json(emu: EmulatorServer) -> None:
    with httpx.Client(base_url=emu.base_url, headers=emu.admin_headers) as c:
        assert c.put("/_emulator/faults", content="[" * 50_000 + "]" * 50_000).status_code == 400
        assert c.put("/_emulator/faults", content="{nope").status_code == 400
        assert c.put("/_emulator/inference", content="[1]").status_code == 400
        assert c.get("/_emulator/faults").json()["error_rate"] == 0.0


# --- the admin API: token and JSON only -------------------------------------------------------------------
def test_admin_api_needs_the_token(emu: EmulatorServer) -> None:
    httpx.post(emu.base_url + LIST_NEW, json={"name": "keep", "description": ""}, headers={"x-api-key": emu.api_key})
    with httpx.Client(base_url=emu.base_url) as c:
        assert c.get("/_emulator/health").json() == {"ok": True}  # the liveness probe stays open
        json_only = {"content-type": "application/json"}
        for method, path in [
            ("GET", "/_emulator/requests"),
            ("DELETE", "/_emulator/requests"),
            ("GET", "/_emulator/faults"),
            ("PUT", "/_emulator/faults"),
            ("POST", "/_emulator/faults"),
            ("DELETE", "/_emulator/faults"),
            ("POST", "/_emulator/reset"),
            ("GET", "/_emulator/inference"),
            ("PUT", "/_emulator/inference"),
        ]:
            none = c.request(method, path, content=b"{}", headers=json_only)
            wrong = c.request(method, path, content=b"{}", headers={**json_only, "x-emulator-token": "guess"})
            assert (none.status_code, wrong.status_code) == (401, 401), (method, path)
            assert "x-emulator-token" in none.json()["error"]
        # a cross-origin form / text/plain POST (no preflight) cannot reset the store or inject faults
        page = {"origin": "https://evil.example", "content-type": "text/plain"}
        assert c.post("/_emulator/reset", content=b"{}", headers=page).status_code == 401
        with_token = {**page, "x-emulator-token": emu.admin_token}
        assert c.post("/_emulator/reset", content=b"{}", headers=with_token).status_code == 415
        assert c.put("/_emulator/faults", content=b'{"error_rate": 1}', headers=with_token).status_code == 415
        preflight = c.options(
            "/_emulator/reset",
            headers={"origin": "https://evil.example", "access-control-request-method": "POST"},
        )
        assert "access-control-allow-origin" not in preflight.headers
    assert "keep" in _lists(emu)
    assert not emu.state.faults.active
    with httpx.Client(base_url=emu.base_url, headers=emu.admin_headers) as c:
        assert c.post("/_emulator/reset").json() == {"ok": True}
    assert "keep" not in _lists(emu)


def test_admin_token_is_random_unless_configured() -> None:
    with EmulatorServer() as a, EmulatorServer() as b:
        assert a.admin_token != b.admin_token and len(a.admin_token) >= 20
    with EmulatorServer(EmulatorConfig(admin_token="my-fixed-token")) as server:
        r = httpx.get(server.base_url + "/_emulator/faults", headers={"x-emulator-token": "my-fixed-token"})
        assert r.status_code == 200


def test_the_fixture_passes_the_token(neuronpedia_emulator: EmulatorServer) -> None:
    r = httpx.get(neuronpedia_emulator.base_url + "/_emulator/requests", headers=neuronpedia_emulator.admin_headers)
    assert r.status_code == 200


# --- the request log is bounded -----------------------------------------------------------------------------
def test_request_log_is_a_ring_buffer_with_exact_counts() -> None:
    with (
        EmulatorServer(EmulatorConfig(request_log_size=5)) as server,
        httpx.Client(base_url=server.base_url) as c,
    ):
        for i in range(12):
            c.get(f"/api/feature/gpt2-small/0-res-jb/{i % 3}")
        entries = server.request_log.snapshot()
        assert [e.path for e in entries] == [f"/api/feature/gpt2-small/0-res-jb/{i % 3}" for i in range(7, 12)]
        assert server.request_count() == 12
        assert server.request_count("/api/feature/gpt2-small/0-res-jb/0", "GET") == 4
        log = c.get("/_emulator/requests", headers=server.admin_headers).json()
        assert len(log["requests"]) == 5 and log["total"] == 12 and log["dropped"] == 7
        assert log["counts"] == {f"GET /api/feature/gpt2-small/0-res-jb/{i}": 4 for i in range(3)}


# --- --db persists and is shared --------------------------------------------------------------------------
class _Process:
    """A ``neuronpedia-ext emulator`` process on a free port; ``lines`` holds what it printed at start."""

    def __init__(self, *args: str) -> None:
        self.port = free_port()
        exe = Path(sys.executable).with_name("neuronpedia-ext")
        env = {k: v for k, v in os.environ.items() if k != "NEURONPEDIA_EMULATOR_ADMIN_TOKEN"}
        self.proc = subprocess.Popen(
            [str(exe), "emulator", "--port", str(self.port), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        self.url = f"http://127.0.0.1:{self.port}"
        self.lines: list[str] = []
        assert self.proc.stdout is not None
        while not any(line.startswith("Admin token:") for line in self.lines):
            line = self.proc.stdout.readline()
            assert line, "the emulator exited: " + "".join(self.lines)
            self.lines.append(line)
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(self.url + "/_emulator/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "the emulator did not start"
            time.sleep(0.05)

    def lists(self) -> list[str]:
        r = httpx.post(self.url + LIST_LIST, headers={"x-api-key": "np-emulator-testuser-key"}, timeout=10)
        return sorted(row["name"] for row in r.json())

    def new_list(self, name: str) -> None:
        r = httpx.post(
            self.url + LIST_NEW,
            json={"name": name, "description": ""},
            headers={"x-api-key": "np-emulator-testuser-key"},
            timeout=10,
        )
        assert r.status_code == 200, r.text

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


def test_db_file_survives_restarts_and_is_shared_by_two_processes(tmp_path: Path) -> None:
    db = str(tmp_path / "np.sqlite")
    first = _Process("--db", db, "--admin-token", "fixed-token")
    try:
        assert [line for line in first.lines if line.startswith("Admin token:")] == ["Admin token: fixed-token\n"]
        first.new_list("from-first")
        second = _Process("--db", db)  # a second process on the same file does not wipe it
        try:
            assert second.lists() == ["from-first"]
            second.new_list("from-second")
            assert first.lists() == ["from-first", "from-second"]
            token = next(line.split(": ", 1)[1].strip() for line in second.lines if line.startswith("Admin token:"))
            assert token != "fixed-token" and len(token) >= 20
        finally:
            second.stop()
    finally:
        first.stop()
    again = _Process("--db", db)  # a restart keeps the data
    try:
        assert again.lists() == ["from-first", "from-second"]
        assert httpx.get(again.url + "/api/feature/gpt2-small/0-res-jb/0").status_code == 200  # the seed too
    finally:
        again.stop()
    wiped = _Process("--db", db, "--reset")  # only on request
    try:
        assert wiped.lists() == []
    finally:
        wiped.stop()
