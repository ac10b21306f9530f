"""The mutation gate's own checks: the catalogue is valid and current, and the canary catches foreign code."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("np_mutate_tool", ROOT / "scripts" / "mutate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


mutate = _load_tool()


def test_every_entry_is_valid_and_applies_exactly_once() -> None:
    entries = mutate.load_catalogue()
    assert entries, "mutations/*.yaml is empty"
    stale = {e.id: mutate.staleness(e) for e in entries if mutate.staleness(e)}
    assert stale == {}, "stale mutation entries: update their find text"


ISSUE_8_DEFECTS = {
    "spec-steer-n-tokens-max",
    "spec-features-batch-not-idempotent",
    "spec-bookmark-key-optional",
    "emulator-feature-get-source-set-visibility",
    "dropin-list-request-add-items-dropped",
    "dropin-vector-steer-chat-multiplier",
    "transport-write-readtimeout-never-sent",
}


def test_the_catalogue_covers_every_layer_of_issue_8_and_its_seven_defects() -> None:
    entries = mutate.load_catalogue()
    assert {e.id for e in entries} >= ISSUE_8_DEFECTS
    assert {"spec", "transport", "emulator", "dropin"} <= {e.layer for e in entries}
    assert len(entries) >= 25
    sample_layers = {e.layer for e in entries if e.sample}
    assert {"spec", "transport", "emulator", "dropin"} <= sample_layers


def test_a_bad_catalogue_is_refused(tmp_path: Path) -> None:
    entry = {"id": "spec-x", "layer": "spec", "what": "w", "file": "README.md", "find": "a", "replace": "b"}
    (tmp_path / "a.yaml").write_text(json.dumps([entry | {"tests": ["tests/unit"]}]))
    (tmp_path / "b.yaml").write_text(json.dumps([entry | {"tests": ["tests/unit"], "layer": "nope"}]))
    with pytest.raises(mutate.CatalogueError) as info:
        mutate.load_catalogue(tmp_path)
    text = str(info.value)
    assert "duplicate id" in text
    assert "unknown layer 'nope'" in text


def test_a_find_text_that_is_missing_or_repeated_is_stale(tmp_path: Path) -> None:
    (tmp_path / "f.txt").write_text("one two two\n")
    (tmp_path / "tests" / "unit").mkdir(parents=True)

    def entry(find: str) -> object:
        return mutate.Entry("spec-x", "spec", "w", "f.txt", find, "z", ["tests/unit"], False, False, "x.yaml")

    assert mutate.staleness(entry("one"), tmp_path) is None
    assert "occurs 2 times" in mutate.staleness(entry("two"), tmp_path)
    assert "occurs 0 times" in mutate.staleness(entry("three"), tmp_path)
    (tmp_path / "tests" / "unit").rmdir()
    assert "tests/unit does not exist" in mutate.staleness(entry("one"), tmp_path)


def test_the_canary_refuses_code_from_outside_the_scratch_copy(tmp_path: Path) -> None:
    scratch = tmp_path / "scratch"
    inside = {"neuronpedia_ext": f"{scratch}/neuronpedia_ext/__init__.py"}
    record = tmp_path / "canary.json"
    record.write_text(json.dumps({"modules": inside, "foreign": []}))
    assert mutate.Runner._canary_problem(record, scratch) is None
    record.write_text(
        json.dumps({"modules": {"neuronpedia_ext": "/elsewhere/neuronpedia_ext/__init__.py"}, "foreign": []})
    )
    assert "not the scratch copy" in mutate.Runner._canary_problem(record, scratch)
    record.write_text(
        json.dumps({"modules": inside, "foreign": ["neuronpedia_ext._retry /orig/neuronpedia_ext/_retry.py"]})
    )
    assert "original tree" in mutate.Runner._canary_problem(record, scratch)
    assert "ended before" in mutate.Runner._canary_problem(tmp_path / "missing.json", scratch)
