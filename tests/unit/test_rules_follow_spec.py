"""Acceptance (issue 8): a limit lives in the spec only; change it there, regenerate, and the client
and the emulator both follow.

A copy of the spec gets one limit changed (``SteerCompletionRequest.n_tokens`` maximum, doubled).
A copy of ``neuronpedia_ext`` gets its rules table regenerated from that spec copy by the same
generator ``make generate`` runs (the only file of the package the change reaches; the test shows
that every other file is byte-for-byte the original). A fresh interpreter importing the copy then

* sends ``steer.completion`` with ``n_tokens`` around both the old and the new boundary through a
  mock transport that records what was sent (the client half), and
* starts the copy's emulator on the spec copy (``EmulatorConfig(spec=...)``, the way the emulator
  is pointed at a spec) and sends values to it, through the client and raw (the emulator half):
  it accepts what the new limit allows and refuses beyond it, in upstream's words.

A second limit changes in the same copy, one the emulator's handler (not the edge) applies:
``UpdateListRequest.defaultTestText``'s ``maxLength``, halved. upstream checks it after the ownership
check, so the edge serves a longer text and the handler reads the cap from the spec; the copy's
emulator refuses a text the original accepts.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from neuronpedia_ext import InvalidRequestError, Neuronpedia

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "neuronpedia.yaml"
WEATHER = "gpt2-small/6-res-jb/1024"

PROBE = """
import json, sys
import httpx
import neuronpedia_ext
from neuronpedia_ext import InvalidRequestError, Neuronpedia

sent = []

def answer(request):
    sent.append(json.loads(request.content)["n_tokens"])
    return httpx.Response(500, json={"message": "not a real server"})

outcome = {}
with Neuronpedia(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(answer), max_retries=0) as np_:
    for n in json.loads(sys.argv[1]):
        try:
            np_.steer.completion("Hi", [("gpt2-small/6-res-jb/1024", 1)], n_tokens=n)
        except InvalidRequestError as exc:
            outcome[n] = "refused: " + str(exc)
        except Exception:
            outcome[n] = "sent"
print(json.dumps({"package": neuronpedia_ext.__file__, "outcome": outcome, "sent": sent}))
"""


EMULATOR_PROBE = """
import json, sys
import httpx
import neuronpedia_ext
from neuronpedia_ext import Neuronpedia
from neuronpedia_ext.emulator import EmulatorConfig
from neuronpedia_ext.emulator.server import EmulatorServer

old, new = json.loads(sys.argv[1])
body = {"prompt": "Hi", "modelId": "gpt2-small", "temperature": 0.5, "seed": 16, "strength_multiplier": 4,
        "features": [{"modelId": "gpt2-small", "layer": "6-res-jb", "index": 1024, "strength": 5}]}
out = {"package": neuronpedia_ext.__file__}
with EmulatorServer(EmulatorConfig(spec=sys.argv[2])) as emu:
    out["spec"] = str(emu.app.state.emulator.spec_path)
    with Neuronpedia(base_url=emu.base_url, max_retries=0) as np_:
        result = np_.steer.completion("Hi", [("gpt2-small/6-res-jb/1024", 5)], n_tokens=old + 1)
        out["client"] = len(result.steered_logprobs or [])
    raw = {}
    for n in (old + 1, new, new + 1):
        r = httpx.post(emu.base_url + "/api/steer", json={**body, "n_tokens": n}, timeout=60)
        raw[n] = [r.status_code, r.json().get("message") if r.status_code != 200 else None]
    out["raw"] = raw
print(json.dumps(out))
"""


LIST_PROBE = """
import json, sys
import httpx
import neuronpedia_ext
from neuronpedia_ext.emulator import DEFAULT_API_KEY, EmulatorConfig
from neuronpedia_ext.emulator.server import EmulatorServer

key = {"x-api-key": DEFAULT_API_KEY}
out = {"package": neuronpedia_ext.__file__, "update": {}}
with EmulatorServer(EmulatorConfig(spec=sys.argv[2])) as emu:
    lst = httpx.post(emu.base_url + "/api/list/new", json={"name": "L", "description": "d"}, headers=key).json()
    for n in json.loads(sys.argv[1]):
        body = {"listId": lst["id"], "name": "L", "defaultTestText": "x" * n}
        out["update"][n] = httpx.post(emu.base_url + "/api/list/update", json=body, headers=key, timeout=60).status_code
print(json.dumps(out))
"""


def n_tokens_schema(spec: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"]["SteerCompletionRequest"]["properties"]["n_tokens"]
    return schema


def list_text_schema(spec: dict[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"]["UpdateListRequest"]["properties"]["defaultTestText"]
    return schema


def regenerate_rules(spec: Path, package: Path) -> None:
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "gen_rules_table.py"),
            "--spec",
            str(spec),
            "--out",
            str(package / "_rules.py"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-3000:]


def differing_files(left: Path, right: Path) -> list[str]:
    """Files that differ between two trees (recursively), ignoring caches."""
    out: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        out.extend(prefix + name for name in cmp.diff_files + cmp.left_only + cmp.right_only if name != "__pycache__")
        for name, sub in cmp.subdirs.items():
            if name != "__pycache__":
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(out)


@pytest.fixture(scope="module")
def changed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The spec copy with n_tokens' maximum doubled, and a package copy regenerated from it."""
    tmp = tmp_path_factory.mktemp("rules-follow-spec")
    spec = yaml.safe_load(SPEC.read_text())
    old = n_tokens_schema(spec)["maximum"]
    n_tokens_schema(spec)["maximum"] = new = old * 2
    test_text = list_text_schema(spec)
    old_text, test_text["maxLength"] = test_text["maxLength"], test_text["maxLength"] // 2
    spec_copy = tmp / "neuronpedia.yaml"
    spec_copy.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
    package = tmp / "site" / "neuronpedia_ext"
    shutil.copytree(ROOT / "neuronpedia_ext", package, ignore=shutil.ignore_patterns("__pycache__"))
    regenerate_rules(spec_copy, package)
    return {
        "old": old,
        "new": new,
        "old_text": old_text,
        "new_text": test_text["maxLength"],
        "spec": spec_copy,
        "site": tmp / "site",
        "package": package,
    }


def probe(site: Path, *args: str, script: str = PROBE) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(ROOT / "generated")])}
    run = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=site,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    assert Path(result["package"]).is_relative_to(site), result  # the copy, not this checkout
    return result


def test_only_the_generated_table_changes(changed: dict[str, Any]) -> None:
    assert differing_files(ROOT / "neuronpedia_ext", changed["package"]) == ["_rules.py"]


def test_the_client_follows_the_changed_limit(changed: dict[str, Any]) -> None:
    old, new = changed["old"], changed["new"]
    values = [old, old + 1, new, new + 1]
    result = probe(changed["site"], json.dumps(values))
    outcome = {int(k): v for k, v in result["outcome"].items()}
    assert outcome[old] == "sent"
    assert outcome[old + 1] == "sent"  # refused under the original spec (below)
    assert outcome[new] == "sent"
    assert outcome[new + 1] == f"refused: n_tokens must be within [1, {new}], got {new + 1}"
    assert result["sent"] == [old, old + 1, new]


def test_the_original_client_refuses_the_old_boundary() -> None:
    old = n_tokens_schema(yaml.safe_load(SPEC.read_text()))["maximum"]

    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError("sent")

    refused = rf"^n_tokens must be within \[1, {old}\], got {old + 1}$"
    with (
        Neuronpedia(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(refuse), max_retries=0) as np_,
        pytest.raises(InvalidRequestError, match=refused),
    ):
        np_.steer.completion("Hi", [(WEATHER, 1)], n_tokens=old + 1)


def test_the_emulator_follows_the_changed_limit(changed: dict[str, Any]) -> None:
    old, new = changed["old"], changed["new"]
    result = probe(changed["site"], json.dumps([old, new]), str(changed["spec"]), script=EMULATOR_PROBE)
    assert Path(result["spec"]) == changed["spec"]
    assert result["client"] == old + 1  # the client sent it and the emulator generated old + 1 tokens
    raw = {int(k): v for k, v in result["raw"].items()}
    assert raw[old + 1] == [200, None]
    assert raw[new] == [200, None]
    assert raw[new + 1] == [400, f"n_tokens must be less than or equal to {new}"]


def test_the_original_emulator_refuses_the_old_boundary(neuronpedia_emulator: Any) -> None:
    old = n_tokens_schema(yaml.safe_load(SPEC.read_text()))["maximum"]
    body = {
        "prompt": "Hi",
        "modelId": "gpt2-small",
        "temperature": 0.5,
        "seed": 16,
        "strength_multiplier": 4,
        "features": [{"modelId": "gpt2-small", "layer": "6-res-jb", "index": 1024, "strength": 5}],
    }
    r = httpx.post(neuronpedia_emulator.base_url + "/api/steer", json={**body, "n_tokens": old + 1}, timeout=60)
    assert (r.status_code, r.json()) == (400, {"message": f"n_tokens must be less than or equal to {old}"})


def test_the_emulator_follows_a_changed_handler_limit(changed: dict[str, Any], neuronpedia_emulator: Any) -> None:
    old, new = changed["old_text"], changed["new_text"]
    result = probe(changed["site"], json.dumps([new, new + 1]), str(changed["spec"]), script=LIST_PROBE)
    assert {int(k): v for k, v in result["update"].items()} == {new: 200, new + 1: 500}
    # the original spec's cap, on the original emulator: the same text is accepted, one past the cap is not
    base, key = neuronpedia_emulator.base_url, {"x-api-key": neuronpedia_emulator.api_key}
    lst = httpx.post(base + "/api/list/new", json={"name": "L", "description": "d"}, headers=key).json()
    statuses = [
        httpx.post(
            base + "/api/list/update", json={"listId": lst["id"], "name": "L", "defaultTestText": "x" * n}, headers=key
        ).status_code
        for n in (new + 1, old, old + 1)
    ]
    assert statuses == [200, 200, 500]
