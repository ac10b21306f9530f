"""The README's examples run as they are (so the README stays true).

Every ```python block of README.md is executed against a fresh emulator, with
NEURONPEDIA_BASE_URL and NEURONPEDIA_API_KEY pointing at it, as a user would run it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from neuronpedia_ext import Neuronpedia
from neuronpedia_ext.emulator.server import EmulatorServer

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(), re.S)


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_example_runs(
    code: str, emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEURONPEDIA_BASE_URL", emulator.base_url)
    monkeypatch.setenv("NEURONPEDIA_API_KEY", emulator.api_key)
    exec(compile(code, "README.md block", "exec"), {"__name__": "__readme__"})
    if "print(" in code:
        assert capsys.readouterr().out.strip(), "the example printed nothing"


def test_readme_has_examples() -> None:
    assert len(BLOCKS) >= 8


def test_my_pipeline_survives_a_flaky_server(neuronpedia_emulator_fresh):  # type: ignore[no-untyped-def]
    """The README's pytest example, verbatim."""
    server = neuronpedia_emulator_fresh
    server.set_faults(script=["503", "ok"])  # the first answer fails, then all is well
    with Neuronpedia(base_url=server.base_url, api_key=server.api_key) as np:
        assert np.lists.list_owned() == []  # a read: retried, then succeeds
    assert server.request_count("/api/list/list") == 2
