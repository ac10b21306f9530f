"""The spec ships in the wheel, and the emulator loads it from the installed package.

The wheel is built offline with the pinned build backend (hatchling's PEP 517 hook, no build isolation)
into a temporary directory and unzipped there; a fresh interpreter that imports ``neuronpedia_ext``
from the unzipped wheel (not from this checkout) starts the emulator app and reports which spec it read.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from neuronpedia_ext.emulator.spec import PACKAGED_SPEC, default_spec_path, load_spec

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO / "openapi" / "neuronpedia.yaml"


@pytest.fixture(scope="module")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-c", "import sys, hatchling.build as b; print(b.build_wheel(sys.argv[1]))", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = out / built.stdout.strip().splitlines()[-1]
    site = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)
    return site


def test_wheel_carries_the_spec_byte_for_byte(installed_wheel: Path) -> None:
    packaged = installed_wheel.joinpath("neuronpedia_ext", *PACKAGED_SPEC)
    assert packaged.read_bytes() == SOURCE.read_bytes()


def test_emulator_loads_the_spec_from_the_installed_package(installed_wheel: Path, tmp_path: Path) -> None:
    probe = (
        "import json, neuronpedia_ext\n"
        "from neuronpedia_ext.emulator import EmulatorConfig, create_app\n"
        "state = create_app(EmulatorConfig()).state.emulator\n"
        "print(json.dumps({'package': neuronpedia_ext.__file__, 'spec': str(state.spec_path),\n"
        "                  'title': state.spec['info']['title'],\n"
        "                  'validated': sum(c.validates for c in state.checks.values())}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(installed_wheel)}
    run = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr[-3000:]
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert Path(seen["package"]).is_relative_to(installed_wheel), seen  # not this checkout
    assert Path(seen["spec"]) == installed_wheel.joinpath("neuronpedia_ext", *PACKAGED_SPEC)
    assert seen["title"] == load_spec(SOURCE)["info"]["title"]
    refusals = [
        op for item in load_spec(SOURCE)["paths"].values() for op in item.values() if "x-upstream-refusal" in op
    ]
    assert seen["validated"] == len(refusals) > 0  # the edge validators were compiled from the packaged spec


def test_checkout_falls_back_to_the_source_spec() -> None:
    # This test session imports neuronpedia_ext from the checkout (editable install): no packaged copy.
    assert default_spec_path() == SOURCE
    assert load_spec() is load_spec(SOURCE)


def test_explicit_spec_path_wins(tmp_path: Path) -> None:
    from neuronpedia_ext.emulator import EmulatorConfig, create_app

    copy = tmp_path / "copy.yaml"
    copy.write_text(SOURCE.read_text(encoding="utf-8").replace("title: Neuronpedia API", "title: Copied API", 1))
    state = create_app(EmulatorConfig(spec=str(copy))).state.emulator
    assert state.spec_path == copy
    assert state.spec["info"]["title"].startswith("Copied API")
