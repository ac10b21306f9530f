"""The faults that strike after the handler (the write is applied, then its answer is lost), the slow body,
the stall before the handler and the stream that stalls mid-way: one test per kind."""

from __future__ import annotations

import json

import httpx
import pytest

from neuronpedia_ext.emulator import EmulatorServer, FaultConfig

LIST_NEW = "/api/list/new"


def _names(emu: EmulatorServer) -> list[str]:
    emu.clear_faults()
    r = httpx.post(emu.base_url + "/api/list/list", headers={"x-api-key": emu.api_key}, timeout=10)
    return [row["name"] for row in r.json()]


def _new_list(raw: httpx.Client, name: str, timeout: float = 10) -> httpx.Response:
    return raw.post(LIST_NEW, json={"name": name, "description": ""}, timeout=timeout)


def test_after_handler_5xx_applies_the_write_then_answers_5xx(emu: EmulatorServer, raw: httpx.Client) -> None:
    emu.set_faults(script=["after-503", "503"])
    lost = _new_list(raw, "applied")
    assert lost.status_code == 503 and "Something went wrong" in lost.json()["error"]
    refused = _new_list(raw, "never")
    assert refused.status_code == 503
    assert _names(emu) == ["applied"]  # after the handler: applied; before it: not
    assert [e.fault for e in emu.request_log.snapshot()[:2]] == ["after-503", "503"]


def test_after_handler_5xx_by_rate(emu: EmulatorServer, raw: httpx.Client) -> None:
    emu.set_faults(after_error_rate=1.0, error_statuses=(502,))
    assert _new_list(raw, "by-rate").status_code == 502
    assert _names(emu) == ["by-rate"]


def test_after_handler_reset_applies_the_write_then_drops(emu: EmulatorServer, raw: httpx.Client) -> None:
    emu.set_faults(script=["after-drop"])
    with pytest.raises(httpx.RemoteProtocolError):
        _new_list(raw, "applied-then-reset")
    assert _names(emu) == ["applied-then-reset"]


def test_after_handler_stall_applies_the_write_then_goes_silent(emu: EmulatorServer, raw: httpx.Client) -> None:
    emu.set_faults(FaultConfig(script=["after-stall"], stall_s=30))
    with pytest.raises(httpx.ReadTimeout):
        _new_list(raw, "applied-then-silent", timeout=0.5)
    assert _names(emu) == ["applied-then-silent"]
    assert emu.request_log.snapshot()[0].fault == "after-stall"


def test_stall_before_the_handler_applies_nothing(emu: EmulatorServer, raw: httpx.Client) -> None:
    emu.set_faults(FaultConfig(script=["stall"], stall_s=30))
    with pytest.raises(httpx.ReadTimeout):
        _new_list(raw, "stalled", timeout=0.5)
    assert _names(emu) == []


def test_stall_ends_by_closing_the_connection(emu: EmulatorServer, raw: httpx.Client) -> None:
    emu.set_faults(FaultConfig(script=["stall"], stall_s=0.2))
    with pytest.raises(httpx.RemoteProtocolError):
        raw.get("/api/feature/gpt2-small/0-res-jb/0", timeout=10)


def test_slow_body_dribbles_the_real_answer(emu: EmulatorServer, raw: httpx.Client) -> None:
    path = "/api/feature/gpt2-small/0-res-jb/0"
    whole = raw.get(path).content
    emu.set_faults(FaultConfig(script=["slow"], slow_body_bytes=max(1, len(whole) // 8), slow_body_interval_ms=40))
    pieces: list[bytes] = []
    with raw.stream("GET", path) as r:
        assert r.status_code == 200
        assert int(r.headers["content-length"]) == len(whole)
        pieces.extend(r.iter_raw())
    assert b"".join(pieces) == whole  # the real answer, complete
    assert len(pieces) >= 4  # but in pieces, one per interval
    assert emu.request_log.snapshot()[-1].fault == "slow"


def test_slow_body_is_drawn_by_rate(emu: EmulatorServer, raw: httpx.Client) -> None:
    emu.set_faults(slow_body_rate=1.0, slow_body_bytes=4096, slow_body_interval_ms=1)
    r = _new_list(raw, "slowly")
    assert r.status_code == 200 and r.json()["name"] == "slowly"
    assert _names(emu) == ["slowly"]


STEER_STREAM = {
    "modelId": "gemma-2-2b",
    "defaultChatMessages": [{"role": "user", "content": "Hi"}],
    "steeredChatMessages": [{"role": "user", "content": "Hi"}],
    "features": [{"modelId": "gemma-2-2b", "layer": "20-gemmascope-res-16k", "index": 1337, "strength": 40}],
    "temperature": 0.5,
    "n_tokens": 4,
    "freq_penalty": 1,
    "seed": 16,
    "strength_multiplier": 4,
    "steer_special_tokens": True,
    "stream": True,
}


def test_stream_stalls_mid_way(emu: EmulatorServer, raw: httpx.Client) -> None:
    emu.set_faults(FaultConfig(script=["stream-stall"], stream_stall_after=2, stall_s=30))
    received = b""
    with (
        pytest.raises(httpx.ReadTimeout),
        raw.stream("POST", "/api/steer-chat", json=STEER_STREAM, timeout=httpx.Timeout(10, read=0.5)) as r,
    ):
        assert r.headers["content-type"].startswith("text/event-stream")
        for chunk in r.iter_raw():
            received += chunk
    frames = [json.loads(f[6:]) for f in received.decode().split("\n\n") if f.startswith("data: ")]
    assert len(frames) == 2  # the first frames arrived, then silence
    emu.clear_faults()
    whole = raw.post("/api/steer-chat", json={**STEER_STREAM, "seed": 17})
    assert len([f for f in whole.text.split("\n\n") if f.startswith("data: ")]) == 9


def test_one_piece_body_stalls_after_its_first_half(emu: EmulatorServer, raw: httpx.Client) -> None:
    path = "/api/feature/gpt2-small/0-res-jb/0"
    whole = raw.get(path).content
    emu.set_faults(FaultConfig(script=["stream-stall"], stall_s=0.3))
    received = b""
    with pytest.raises(httpx.RemoteProtocolError), raw.stream("GET", path) as r:
        for chunk in r.iter_raw():
            received += chunk
    assert received == whole[: len(whole) // 2]


def test_rates_are_exclusive_shares_and_validated() -> None:
    with pytest.raises(ValueError, match="sum"):
        FaultConfig(error_rate=0.6, after_error_rate=0.5)
    with pytest.raises(ValueError, match="after_drop_rate"):
        FaultConfig(after_drop_rate=1.5)
    with pytest.raises(ValueError, match="script"):
        FaultConfig(script=["explode"])
    with EmulatorServer() as server, httpx.Client(base_url=server.base_url) as c:
        server.set_faults(seed=3, error_rate=0.25, after_error_rate=0.25, after_drop_rate=0.0, rate_limit_rate=0.5)
        statuses = [c.get("/api/feature/gpt2-small/0-res-jb/0").status_code for _ in range(200)]
        assert 200 not in statuses  # the shares sum to 1: every request gets one fault
        kinds = [e.fault for e in server.request_log.snapshot()]
        assert {k for k in kinds if k and k.startswith("after-")} and kinds.count("429") > 50
