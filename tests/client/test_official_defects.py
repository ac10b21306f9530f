"""Each defect of the official package (listed in the README's parity table) is fixed here.

Every test runs the official-style names against the emulator, the way an existing script
would after changing only its imports.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import neuronpedia_ext
from neuronpedia_ext import (
    Feature,
    NPKeyMissingError,
    NPList,
    NPVector,
    SAEFeature,
    set_api_key,
)
from neuronpedia_ext.emulator.server import EmulatorServer
from neuronpedia_ext.sample_data import GPT2_SMALL_RES_JB_JEDI_VECTOR


@pytest.fixture
def official_env(emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[EmulatorServer]:
    monkeypatch.setenv("NEURONPEDIA_BASE_URL", emulator.base_url)
    monkeypatch.delenv("NEURONPEDIA_API_KEY", raising=False)
    set_api_key(None)
    yield emulator
    set_api_key(None)


def test_public_reads_need_no_key(official_env: EmulatorServer) -> None:
    feature = SAEFeature.get("gpt2-small", "0-res-jb", "0")
    assert feature.index == 0
    with pytest.raises(NPKeyMissingError):  # only the calls that need a key ask for one
        NPList.get_owned()


def test_sae_feature_data_is_parsed_and_json_data_kept(official_env: EmulatorServer) -> None:
    feature = SAEFeature.get("gpt2-small", "0-res-jb", "14057")
    assert isinstance(feature.data, dict)
    assert feature.data["index"] == "14057"
    assert json.loads(feature.jsonData) == feature.data  # the compatibility string still works
    assert len(repr(feature)) < 500  # the official repr printed the whole body


def test_feature_get_reads_the_real_response_shape(official_env: EmulatorServer) -> None:
    feature = Feature.get("gpt2-small", "0-res-jb", 14057)  # the official Feature.get raised KeyError
    assert feature.index == 14057
    assert feature.explanations and all(e.text for e in feature.explanations)
    assert feature.activations and all(a.source == "0-res-jb" for a in feature.activations)


def test_vector_url_is_the_real_page(official_env: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("USE_LOCALHOST", "false")  # the official client switched to localhost on any value
    set_api_key(official_env.api_key)
    vector = NPVector.new("jedi", "gpt2-small", 6, "hook_resid_pre", GPT2_SMALL_RES_JB_JEDI_VECTOR)
    expected = f"{official_env.base_url}/gpt2-small/{vector.source}/{vector.index}"
    assert vector.url == expected
    assert NPVector.get("gpt2-small", vector.source, vector.index).url == expected
    vector.delete()


def test_keys_reach_worker_threads(official_env: EmulatorServer) -> None:
    set_api_key(official_env.api_key)
    created = NPList.new("made before the threads")
    with ThreadPoolExecutor(max_workers=4) as pool:
        owned = list(pool.map(lambda _: NPList.get_owned(), range(4)))
    assert all(created.id in {lst.id for lst in result} for result in owned)


def test_nothing_is_printed(official_env: EmulatorServer, capsys: pytest.CaptureFixture[str]) -> None:
    set_api_key(official_env.api_key)
    SAEFeature.get("gpt2-small", "0-res-jb", "1")
    vector = NPVector.new("quiet", "gpt2-small", 6, "hook_resid_pre", GPT2_SMALL_RES_JB_JEDI_VECTOR)
    vector.steer_completion("Once upon a time")
    vector.delete()
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


def test_import_has_no_side_effects(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("NEURONPEDIA_SIDE_EFFECT_PROBE=1\nUSE_LOCALHOST=true\n")
    code = (
        "import os, socket\n"
        "def refuse(*a, **k): raise AssertionError('network at import')\n"
        "socket.socket.connect = refuse\n"
        "import neuronpedia_ext\n"
        "assert 'NEURONPEDIA_SIDE_EFFECT_PROBE' not in os.environ\n"
        "print('ok')\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEURONPEDIA", "USE_LOCALHOST"))}
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_base_url_is_read_when_used_not_at_import(official_env: EmulatorServer) -> None:
    # the environment was set after neuronpedia_ext was imported (by the fixture), and it is honoured
    assert neuronpedia_ext.SAEFeature.get("gpt2-small", "0-res-jb", "2").index == 2
    assert official_env.request_count("/api/feature/gpt2-small/0-res-jb/2") == 1
