"""Re-record the replay cassettes (cassettes/replay/): ``make record``.

Without NEURONPEDIA_BASE_URL: starts the emulator on a free loopback port, records against it, stops it
(NEURONPEDIA_API_KEY, when set, is accepted by that emulator and used; else its seeded key).
With NEURONPEDIA_BASE_URL (and NEURONPEDIA_API_KEY): records against that server (self-hosted, or live when
the host is neuronpedia.org); scenarios that need fault injection keep their emulator cassettes.
Extra arguments go to pytest (e.g. ``-k list``). cassettes/RECORDED_AGAINST.yaml is updated by the tests.

Two promises:

- **The key is never printed.** This script never writes it, and everything pytest prints goes through a
  filter that replaces it with ``<NEURONPEDIA_API_KEY>`` (the cassettes are redacted by tests/replay/conftest.py).
- **A cassette is never lost.** pytest-recording's ``rewrite`` mode deletes a cassette before its test runs,
  so a test that is skipped (the fault-injection scenarios against a real server) or fails would leave it
  deleted or half-written. Every cassette is copied aside first; afterwards each one the tests did not
  report as re-recorded is put back as it was, and a new file from a failed recording is removed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASSETTES = ROOT / "cassettes"
REPLAY = CASSETTES / "replay"
REDACTED = "<NEURONPEDIA_API_KEY>"


def _run_scrubbed(cmd: list[str], env: dict[str, str], secrets: list[str]) -> int:
    """Run ``cmd``, copying its output to ours with every secret replaced."""
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        for secret in secrets:
            line = line.replace(secret, REDACTED)
        sys.stdout.write(line)
    sys.stdout.flush()
    return proc.wait()


def _record(env: dict[str, str], argv: list[str], secrets: list[str]) -> int:
    # test_index checks the finished set of cassettes: it runs in `make record`'s replay step, after this
    # script has put back what it could not re-record (mid-run, rewrite mode has deleted those).
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "tests/replay",
        "--ignore=tests/replay/test_index.py",
        "--record-mode=rewrite",
        "-p",
        "no:cacheprovider",
        *argv,
    ]
    before = sorted(p.relative_to(CASSETTES) for p in REPLAY.rglob("*.yaml"))
    with tempfile.TemporaryDirectory(prefix="np-record-") as tmp:
        backup = Path(tmp) / "cassettes"
        for rel in before:
            (backup / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(CASSETTES / rel, backup / rel)
        report = Path(tmp) / "recorded.json"
        code = _run_scrubbed(cmd, {**env, "NEURONPEDIA_RECORD_REPORT": str(report)}, secrets)
        recorded = {Path(name) for name in json.loads(report.read_text())} if report.exists() else set()
        kept = []
        for rel in before:
            if rel not in recorded:
                shutil.copy2(backup / rel, CASSETTES / rel)
                kept.append(str(rel))
        for path in REPLAY.rglob("*.yaml"):
            rel = path.relative_to(CASSETTES)
            if rel not in recorded and rel not in set(before):
                path.unlink()  # a new cassette whose recording failed
    print(f"re-recorded {len(recorded)} cassette(s); kept {len(kept)} unchanged (not re-recorded this run)")
    for name in kept:
        print(f"  kept {name}")
    return code


def main(argv: list[str]) -> int:
    env = dict(os.environ)
    key = env.get("NEURONPEDIA_API_KEY") or ""
    secrets = [key] if key else []
    if env.get("NEURONPEDIA_BASE_URL"):
        print(f"recording against {env['NEURONPEDIA_BASE_URL']}")
        return _record(env, argv, secrets)
    from neuronpedia_ext.emulator.config import EmulatorConfig
    from neuronpedia_ext.emulator.server import EmulatorServer

    with EmulatorServer(EmulatorConfig(api_keys=(key,) if key else ())) as server:
        secrets.append(server.admin_token)
        env.update(
            NEURONPEDIA_BASE_URL=server.base_url,
            NEURONPEDIA_API_KEY=key or server.api_key,
            NEURONPEDIA_RECORD_TARGET="emulator",
            NEURONPEDIA_EMULATOR_ADMIN_TOKEN=server.admin_token,
        )
        print(f"recording against the emulator at {server.base_url}")
        return _record(env, argv, secrets)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
