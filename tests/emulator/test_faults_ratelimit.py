"""Rate limits (upstream's 429 body and x-limit-remaining) and every kind of injected fault."""

from __future__ import annotations

import time

import httpx
import pytest

from neuronpedia_ext.emulator import EmulatorConfig, EmulatorServer, FaultConfig, RateLimitBucket

FEATURE = "/api/feature/gpt2-small/0-res-jb/0"


def test_rate_limit_buckets_header_and_429() -> None:
    buckets = (RateLimitBucket("/", 100), RateLimitBucket("/api", 50), RateLimitBucket("/api/model/new", 2))
    config = EmulatorConfig(rate_limit=True, rate_limit_buckets=buckets)
    with (
        EmulatorServer(config) as server,
        httpx.Client(base_url=server.base_url, headers={"x-api-key": server.api_key}) as c,
    ):
        assert c.get(FEATURE).headers["x-limit-remaining"] == "49"
        r1 = c.post("/api/model/new", json={"id": "m-one", "layers": 1})
        r2 = c.post("/api/model/new", json={"id": "m-two", "layers": 1})
        assert (r1.headers["x-limit-remaining"], r2.headers["x-limit-remaining"]) == ("1", "0")
        r3 = c.post("/api/model/new", json={"id": "m-three", "layers": 1})
        assert r3.status_code == 429
        assert r3.json() == {
            "endpoint": "/api/model/new",
            "limitPerWindow": 2,
            "requestWindow": "60 m",
            "remainingRequests": 0,
            "error": "Rate limit exceeded for this endpoint. The limit for this endpoint (/api/model/new) is 2 "
            "requests per 60 m. Contact johnny@neuronpedia.org to increase your rate limit.",
        }
        assert "x-limit-remaining" not in r3.headers and "access-control-allow-origin" not in r3.headers
        # the refused call was not stored; other routes still work; the global bucket counted all calls
        assert c.get(FEATURE).headers["x-limit-remaining"] == "45"
        steer = c.post(
            "/api/steer",
            json={
                "prompt": "Hi",
                "modelId": "gpt2-small",
                "features": [{"modelId": "gpt2-small", "layer": "6-res-jb", "index": 1, "strength": 1}],
                "temperature": 0,
                "n_tokens": 2,
                "seed": 1,
                "strength_multiplier": 1,
            },
        ).json()
        assert steer["limit"] == "44"  # echoed in the body, as upstream does


def test_rate_limit_window_slides() -> None:
    config = EmulatorConfig(rate_limit=True, rate_limit_buckets=(RateLimitBucket("/api", 1),), rate_limit_window_s=0.3)
    with EmulatorServer(config) as server, httpx.Client(base_url=server.base_url) as c:
        assert c.get(FEATURE).status_code == 200
        assert c.get(FEATURE).status_code == 429
        time.sleep(0.35)
        assert c.get(FEATURE).status_code == 200


def test_rate_limit_off_by_default(client: httpx.Client) -> None:
    assert "x-limit-remaining" not in client.get(FEATURE).headers


def test_scripted_faults_and_request_log(emu: EmulatorServer, raw: httpx.Client) -> None:
    emu.set_faults(script=["503", "429", "ok", "502"])
    assert raw.get(FEATURE).status_code == 503
    r = raw.get(FEATURE)
    assert r.status_code == 429 and "retry-after" not in r.headers
    assert raw.get(FEATURE).status_code == 200
    assert raw.get(FEATURE).status_code == 502
    assert raw.get(FEATURE).status_code == 200  # script used up, no rates set
    assert emu.request_count(FEATURE) == 5
    assert [e.fault for e in emu.request_log.snapshot()] == ["503", "429", None, "502", None]


def test_retry_after_and_latency(emu: EmulatorServer, raw: httpx.Client) -> None:
    emu.set_faults(rate_limit_rate=1.0, retry_after=7)
    r = raw.get(FEATURE)
    assert r.status_code == 429 and r.headers["retry-after"] == "7"
    emu.set_faults(latency_ms=150)
    start = time.monotonic()
    assert raw.get(FEATURE).status_code == 200
    assert time.monotonic() - start >= 0.15


def test_error_rate_is_deterministic_under_a_seed(emu: EmulatorServer, raw: httpx.Client) -> None:
    def run() -> list[int]:
        emu.set_faults(FaultConfig(seed=42, error_rate=0.5, error_statuses=(500, 503)))
        return [raw.get(FEATURE).status_code for _ in range(20)]

    first, second = run(), run()
    assert first == second
    assert {500, 503, 200} == set(first)


def test_dropped_connection(emu: EmulatorServer, raw: httpx.Client) -> None:
    emu.set_faults(script=["drop"])
    with pytest.raises(httpx.RemoteProtocolError):
        raw.get(FEATURE)
    assert raw.get(FEATURE).status_code == 200


def test_truncated_body(emu: EmulatorServer, raw: httpx.Client) -> None:
    emu.set_faults(script=["truncate"])
    with pytest.raises(httpx.RemoteProtocolError):
        raw.get(FEATURE)
    assert raw.get(FEATURE).status_code == 200


def test_faults_only_on_configured_paths_and_admin_api(emu: EmulatorServer) -> None:
    with httpx.Client(base_url=emu.base_url, headers=emu.admin_headers) as c:
        assert c.put("/_emulator/faults", json={"error_rate": 1.0, "paths": ["/api/vector"]}).status_code == 200
        assert c.get(FEATURE).status_code == 200
        assert c.post("/api/vector/list-owned").status_code in (500, 502, 503)
        assert c.put("/_emulator/faults", json={"nope": 1}).status_code == 400
        assert c.delete("/_emulator/faults").json()["error_rate"] == 0.0
        log = c.get("/_emulator/requests").json()
        assert log["counts"] == {f"GET {FEATURE}": 1, "POST /api/vector/list-owned": 1}
        assert c.post("/_emulator/reset").json() == {"ok": True}
        assert c.get("/_emulator/requests").json()["requests"] == []
