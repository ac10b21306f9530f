"""Contract-suite hooks: the closing drift report (tests/contract/_report.py) and an optional JSON dump."""

from __future__ import annotations

import json
import os

import pytest

from tests.contract import _harness as H
from tests.contract import _report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    _report.terminal_summary(terminalreporter)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    dump = os.environ.get("NEURONPEDIA_CONTRACT_DUMP")
    if dump:
        with open(dump, "w") as f:
            json.dump(
                {
                    "cases": [[*k, n] for k, n in H.STATS.cases.items()],
                    "failures": dict(H.STATS.failures),
                    "known": [[*k, n] for k, n in H.STATS.known.items()],
                    "messages": H.STATS.messages,
                    "unexplained_5xx": {k: [[*i, n] for i, n in c.items()] for k, c in H.STATS.unexplained.items()},
                    "uncovered_invalid": {k: [[*i, n] for i, n in c.items()] for k, c in H.STATS.uncovered.items()},
                },
                f,
                indent=1,
            )
