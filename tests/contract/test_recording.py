"""``make record`` (scripts/contract_record.py) never prints the key and never loses a cassette.

Both paths run in a scratch copy of the repository (the real cassettes are never touched), with a known
fake key: against the emulator the script starts itself, and against a second emulator *process* given
as NEURONPEDIA_BASE_URL, which the script treats like any real (self-hosted) server: the scenarios that
need fault injection are skipped there, and their cassettes must survive.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from neuronpedia_ext.emulator.server import free_port
from tests.support import spec as S

FAKE_KEY = "np-fake-recording-key-7f3a9c1e"


def _copy_repo(dest: Path) -> Path:
    for name in ("scripts", "tests", "cassettes", "openapi", "generated"):
        shutil.copytree(S.ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
    for name in ("pyproject.toml", "Makefile"):
        shutil.copy2(S.ROOT / name, dest / name)
    return dest


def _cassettes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted((root / "cassettes").rglob("*.yaml"))}


def _record(root: Path, env: dict[str, str]) -> str:
    base = {k: v for k, v in os.environ.items() if not k.startswith("NEURONPEDIA_")}
    proc = subprocess.run(
        [sys.executable, "scripts/contract_record.py", "-q"],
        cwd=root,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=600,
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-4000:]
    return out


@pytest.fixture
def live_like_server() -> Iterator[str]:
    """A separate ``neuronpedia-ext emulator`` process that accepts FAKE_KEY: "any server" to the script."""
    port = free_port()
    exe = Path(sys.executable).with_name("neuronpedia-ext")
    proc = subprocess.Popen(
        [str(exe), "emulator", "--host", "127.0.0.1", "--port", str(port), "--api-key", FAKE_KEY],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(url + "/_emulator/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, "the emulator did not start"
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_record_against_the_emulator_prints_no_key(tmp_path: Path) -> None:
    root = _copy_repo(tmp_path / "repo")
    before = _cassettes(root)
    out = _record(root, {"NEURONPEDIA_API_KEY": FAKE_KEY})
    assert FAKE_KEY not in out
    assert "recording against the emulator" in out and "re-recorded" in out
    after = _cassettes(root)
    assert set(after) == set(before)  # nothing lost, nothing left over
    for name, data in after.items():
        assert FAKE_KEY.encode() not in data, name
    replay = [name for name in after if name.startswith("cassettes/replay/")]
    assert replay and any(after[n] != before[n] for n in replay)  # it did re-record


def test_record_against_another_server_keeps_what_it_cannot_record(tmp_path: Path, live_like_server: str) -> None:
    root = _copy_repo(tmp_path / "repo")
    before = _cassettes(root)
    out = _record(root, {"NEURONPEDIA_API_KEY": FAKE_KEY, "NEURONPEDIA_BASE_URL": live_like_server})
    assert FAKE_KEY not in out
    after = _cassettes(root)
    assert set(after) == set(before), f"lost: {sorted(set(before) - set(after))}"
    kept = [line.split("  kept ", 1)[1] for line in out.splitlines() if line.startswith("  kept ")]
    assert len(kept) >= 3  # the fault-injection scenarios: skipped against a real server, kept as they were
    for name in kept:
        assert after[f"cassettes/{name}"] == before[f"cassettes/{name}"]
    for name, data in after.items():
        assert FAKE_KEY.encode() not in data, name
    index = (root / "cassettes" / "RECORDED_AGAINST.yaml").read_text()
    assert "self-hosted" in index and FAKE_KEY not in index


def test_make_record_does_not_echo_the_key() -> None:
    """The Makefile's recipe lines, as make would echo them, carry no key (make -n prints them)."""
    env = {**os.environ, "NEURONPEDIA_API_KEY": FAKE_KEY}
    proc = subprocess.run(
        ["make", "-n", "record", f"NEURONPEDIA_API_KEY={FAKE_KEY}", "NEURONPEDIA_BASE_URL=http://127.0.0.1:9"],
        cwd=S.ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "contract_record.py" in proc.stdout
    assert FAKE_KEY not in proc.stdout + proc.stderr
