"""The NEURONPEDIA_CONTRACT_URL path, demonstrated against a second emulator process.

A separate ``neuronpedia-ext emulator`` process (its own seed file, a free loopback port) stands in for
"any server"; the schemathesis suite runs against it in a subprocess through the URL code path, which
selects read-only operations only, with the small remote budget.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from neuronpedia_ext.emulator.server import free_port
from tests.contract import _harness as H
from tests.support import spec as S

KEY = "np-second-server-key"


@pytest.fixture(scope="module")
def second_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    seed = json.loads((S.ROOT / "neuronpedia_ext" / "emulator" / "data" / "default_seed.json").read_text())
    seed["features"] = seed["features"][: max(1, len(seed["features"]) // 2)]  # a different seed: half the features
    seed_file = tmp_path_factory.mktemp("second") / "seed.json"
    seed_file.write_text(json.dumps(seed))
    port = free_port()
    exe = Path(sys.executable).with_name("neuronpedia-ext")
    proc = subprocess.Popen(
        [str(exe), "emulator", "--host", "127.0.0.1", "--port", str(port), "--seed", str(seed_file), "--api-key", KEY],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
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
            assert proc.poll() is None, proc.stdout.read().decode() if proc.stdout else "the emulator exited"
            assert time.monotonic() < deadline, "the second emulator did not start"
            time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_read_only_suite_against_a_second_server(second_server: str, tmp_path: Path) -> None:
    dump = tmp_path / "stats.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEURONPEDIA_")} | {
        "NEURONPEDIA_CONTRACT_URL": second_server,
        "NEURONPEDIA_API_KEY": KEY,
        "NEURONPEDIA_CONTRACT_MAX_EXAMPLES": "2",
        "NEURONPEDIA_CONTRACT_DUMP": str(dump),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "tests/contract/test_schemathesis.py", "-q", "-p", "no:cacheprovider"],
        cwd=S.ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    stats = json.loads(dump.read_text())
    labels = {label for label, _phase, _mode, _n in stats["cases"]}
    read_only = {op.label for op in S.operations() if H.is_read_only(op)}
    assert labels == read_only, f"not read-only: {sorted(labels - read_only)}; untested: {sorted(read_only - labels)}"
    assert not stats["failures"]
    assert "stateful" not in {phase for _l, phase, _m, _n in stats["cases"]}
    cases = sum(n for *_, n in stats["cases"])
    assert cases >= len(read_only)
    print(f"\nsecond server {second_server}: {len(labels)} read-only operations, {cases} cases, 0 failures")
