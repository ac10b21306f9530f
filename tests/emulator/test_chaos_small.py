"""A small seeded ``make chaos`` (scripts/chaos.py): 100 reads and 20 writes through ``Neuronpedia``
against an emulator process injecting the campaign's fault mix (shorter stalls and faster slow bodies, so
that it runs in seconds). Every read must come back correct, and no write may be duplicated or lost."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.support import spec as S


def _chaos() -> ModuleType:
    name = "neuronpedia_chaos_script"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, S.ROOT / "scripts" / "chaos.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while the file runs
        spec.loader.exec_module(module)
    return sys.modules[name]


def test_small_seeded_campaign() -> None:
    chaos = _chaos()
    faults = chaos.default_faults(seed=7, stall_s=1.0) | {"slow_body_bytes": 512, "slow_body_interval_ms": 20}
    # Enough retries that a read fails only if ~9 attempts in a row hit a fault (p ~ 1e-6): what is left to
    # check is that no fault kind ever turns into a wrong answer or an unretried error, and no write is
    # duplicated or lost. (`make chaos` measures the default settings.)
    report = chaos.run_campaign(
        reads=100, writes=20, seed=7, concurrency=4, faults=faults, client_options={"max_retries": 8}
    )
    summary = "\n".join(report.lines())
    assert sum(report.faults_injected.values()) >= 15, summary  # the faults really happened
    assert any(k.startswith("after-") for k in report.faults_injected), summary
    assert report.reads_correct == 100, summary
    assert (report.reads_wrong, report.reads_raised) == (0, 0), summary
    assert report.writes_duplicated == 0, summary
    assert report.writes_lost == 0, summary
    outcomes = report.writes_ok + report.writes_unknown + report.writes_failed_absent + report.writes_failed_flagged
    assert outcomes == 20, summary
    assert report.calls_past_deadline == 0, summary


def test_the_campaign_classifies_writes_from_the_servers_state() -> None:
    """Every write hits a fault after the handler: none may be counted ok, and each one is on the server."""
    chaos = _chaos()
    report = chaos.run_campaign(
        reads=0, writes=6, seed=1, concurrency=2, faults={"after_error_rate": 1.0, "error_statuses": [503]}
    )
    summary = "\n".join(report.lines())
    assert report.writes_ok == 0 and report.writes_lost == 0 and report.writes_failed_absent == 0, summary
    assert report.writes_unknown + report.writes_failed_flagged == 6, summary
    assert report.faults_injected == {"after-503": 6}, summary
