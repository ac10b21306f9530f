"""Every cassette (reference/ excepted) says what it was recorded against; every replay test has its cassette."""

from __future__ import annotations

import yaml

from tests.replay.conftest import INDEX, REPLAY_DIR
from tests.support import spec as S

KINDS = {"emulator", "self-hosted", "live"}


def test_every_cassette_has_a_recorded_against_entry() -> None:
    index = yaml.safe_load(INDEX.read_text()) or {}
    cassettes = sorted(
        str(p.relative_to(S.CASSETTES))
        for p in S.CASSETTES.rglob("*.yaml")
        if "reference" not in p.parts and p != INDEX
    )
    assert cassettes, "no replay cassettes"
    missing = [c for c in cassettes if c not in index]
    assert not missing, f"cassettes without an entry in {INDEX.name}: {missing}"
    for name in cassettes:
        assert index[name]["target"] in KINDS, name
        assert index[name]["base_url"].startswith(("http://", "https://")), name
    stale = [c for c in index if not (S.CASSETTES / c).exists()]
    assert not stale, f"entries for cassettes that no longer exist: {stale}"


def test_cassettes_use_the_stable_base_and_no_key() -> None:
    for path in REPLAY_DIR.rglob("*.yaml"):
        data = yaml.safe_load(path.read_text())
        for inter in data["interactions"]:
            assert inter["request"]["uri"].startswith("http://localhost:3000/"), path
            headers = {k.lower(): v for k, v in inter["request"]["headers"].items()}
            assert headers.get("x-api-key", ["<NEURONPEDIA_API_KEY>"]) == ["<NEURONPEDIA_API_KEY>"], path
            assert "np-emulator-testuser-key" not in path.read_text(), path
            assert "cookie" not in headers and "set-cookie" not in {k.lower() for k in inter["response"]["headers"]}
