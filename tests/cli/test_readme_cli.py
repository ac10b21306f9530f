"""The README's command-line examples run as they are, against a fresh emulator.

Every line of a ```shell block of README.md that starts with ``neuronpedia-ext`` is run (with
its ``#`` comment removed) as a user would: NEURONPEDIA_BASE_URL and NEURONPEDIA_API_KEY point
at the emulator; each must exit 0 and print something. ```sh blocks (make, pip, the emulator
itself) are not run. The README's exit-code table must be the CLI's.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from neuronpedia_ext.cli import ExitCode
from neuronpedia_ext.emulator import EmulatorServer

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")
SHELL_BLOCKS = re.findall(r"```shell\n(.*?)```", README, re.S)
COMMANDS = [
    line.split("  #", 1)[0].strip()
    for block in SHELL_BLOCKS
    for line in block.splitlines()
    if line.startswith("neuronpedia-ext ")
]
ENTRY = "import sys; from neuronpedia_ext.cli import main; sys.exit(main(sys.argv[1:]))"


def test_readme_has_cli_examples() -> None:
    assert len(COMMANDS) >= 10
    subcommands = {shlex.split(c)[1] for c in COMMANDS}
    assert {"feature", "search", "steer", "list", "model", "source-set", "vector", "export"} <= subcommands


@pytest.mark.parametrize("command", COMMANDS, ids=[f"cli{i}" for i in range(len(COMMANDS))])
def test_readme_cli_example_runs(command: str, neuronpedia_emulator: EmulatorServer) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEURONPEDIA_")}
    env |= {
        "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "generated")]),
        "NEURONPEDIA_BASE_URL": neuronpedia_emulator.base_url,
        "NEURONPEDIA_API_KEY": neuronpedia_emulator.api_key,
    }
    argv = shlex.split(command)[1:]
    proc = subprocess.run([sys.executable, "-c", ENTRY, *argv], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip()


def test_readme_exit_code_table_is_the_clis() -> None:
    rows = re.findall(r"^\| (\d+) \| ([^|]+) \|", README, re.M)
    assert {int(code) for code, _ in rows} == {int(c) for c in ExitCode}
