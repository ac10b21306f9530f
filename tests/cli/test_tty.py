"""TTY smoke tests: the CLI run on a pseudo-terminal (Python's ``pty``), as a person sees it."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import pytest

from neuronpedia_ext.emulator import EmulatorServer
from neuronpedia_ext.views.html import HEAT_RGB

REPO = Path(__file__).resolve().parents[2]
HIDE_RICH = "import sys; sys.modules['rich'] = None; "  # as if the cli extra were not installed
ENTRY = "import sys; from neuronpedia_ext.cli import main; sys.exit(main(sys.argv[1:]))"
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def run_on_pty(server: EmulatorServer, *args: str, prelude: str = "") -> str:
    """Run the CLI with its stdout on a pseudo-terminal; returns everything it wrote."""
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "NEURONPEDIA_BASE_URL")}
    env |= {
        "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "generated")]),
        "NEURONPEDIA_BASE_URL": server.base_url,
        "NEURONPEDIA_API_KEY": server.api_key,
        "TERM": "xterm-256color",
        "COLORTERM": "truecolor",
        "COLUMNS": "120",
        "LINES": "40",
    }
    proc = subprocess.Popen([sys.executable, "-c", prelude + ENTRY, *args], stdout=slave, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.wait(timeout=60) == 0, b"".join(chunks).decode(errors="replace")
    return b"".join(chunks).decode("utf-8", errors="replace")


def highlight(rgb: tuple[int, int, int]) -> str:
    return "48;2;{};{};{}m".format(*rgb)


def test_feature_on_a_terminal_with_rich(neuronpedia_emulator: EmulatorServer) -> None:
    pytest.importorskip("rich")
    screen = run_on_pty(neuronpedia_emulator, "feature", "gpt2-small/6-res-jb/42", "--activations", "1")
    # the top activation's highest token (" match", 37.0) on the full heat colour
    assert "\x1b[30;" + highlight(HEAT_RGB) + " match\x1b[0m" in screen, screen  # rich's black-on-colour
    assert " scored" in screen and "\x1b[1" in screen  # bold titles
    assert "━" in screen and "│" in screen  # rich's table rules
    text = ANSI.sub("", screen)
    assert "gpt2-small/6-res-jb/42" in text and "sports and games" in text
    assert "[[" not in text  # the plain-text markers are for pipes only


def test_feature_on_a_terminal_without_rich(neuronpedia_emulator: EmulatorServer) -> None:
    screen = run_on_pty(
        neuronpedia_emulator, "feature", "gpt2-small/6-res-jb/42", "--activations", "1", prelude=HIDE_RICH
    )
    assert "\x1b[38;2;0;0;0;" + highlight(HEAT_RGB) + " match\x1b[0m" in screen, screen
    assert "sports and games" in ANSI.sub("", screen)


def test_steer_stream_on_a_terminal(neuronpedia_emulator: EmulatorServer) -> None:
    pytest.importorskip("rich")
    screen = run_on_pty(neuronpedia_emulator, "steer", "completion", "The weather is", "--feature",
                        "gpt2-small/6-res-jb/42@20", "--n-tokens", "6", "--stream")  # fmt: skip
    text = ANSI.sub("", screen)
    assert "Default" in text and "Steered" in text and "[emulated]" in text
    assert "/steer/" in text  # the share URL after the last frame


def test_plain_flag_on_a_terminal(neuronpedia_emulator: EmulatorServer) -> None:
    screen = run_on_pty(neuronpedia_emulator, "feature", "gpt2-small/6-res-jb/42", "--activations", "1", "--plain")
    assert "\x1b[" not in screen and "[[ match]]" in screen
