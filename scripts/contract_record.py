"""Re-record the replay cassettes (cassettes/replay/): ``make record``.

Without NEURONPEDIA_BASE_URL: starts the emulator on a free loopback port, records against it, stops it.
With NEURONPEDIA_BASE_URL (and NEURONPEDIA_API_KEY): records against that server (self-hosted, or live when
the host is neuronpedia.org); scenarios that need fault injection keep their emulator cassettes.
Extra arguments go to pytest (e.g. ``-k list``). cassettes/RECORDED_AGAINST.yaml is updated by the tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    env = dict(os.environ)
    cmd = [sys.executable, "-m", "pytest", "tests/replay", "--record-mode=rewrite", "-p", "no:cacheprovider", *argv]
    if env.get("NEURONPEDIA_BASE_URL"):
        print(f"recording against {env['NEURONPEDIA_BASE_URL']}")
        return subprocess.call(cmd, cwd=ROOT, env=env)
    from neuronpedia_ext.emulator.server import EmulatorServer

    with EmulatorServer() as server:
        env.update(
            NEURONPEDIA_BASE_URL=server.base_url,
            NEURONPEDIA_API_KEY=server.api_key,
            NEURONPEDIA_RECORD_TARGET="emulator",
        )
        print(f"recording against the emulator at {server.base_url}")
        return subprocess.call(cmd, cwd=ROOT, env=env)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
