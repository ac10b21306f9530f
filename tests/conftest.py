"""Shared test configuration.

The emulator fixtures (``neuronpedia_emulator``, ``neuronpedia_emulator_fresh``) come from
neuronpedia_ext's own pytest plugin, registered through the package's ``pytest11`` entry
point. Tests reach only loopback.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support import validating


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    import os

    if os.environ.get("NEURONPEDIA_LIVE") == "1":
        return
    skip = pytest.mark.skip(reason="talks to a real Neuronpedia; set NEURONPEDIA_LIVE=1")
    for item in items:
        if "live" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _request_contract() -> Iterator[None]:
    """A test whose requests (sent through the validating transport) violate the strict spec fails itself."""
    before = len(validating.VIOLATIONS)
    yield
    new = validating.VIOLATIONS[before:]
    if new:
        pytest.fail("requests that violate the strict spec:\n" + "\n".join(v[:600] for v in new))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    stats = validating.summary()
    if stats["requests_validated"]:
        terminalreporter.write_line(
            "request-side contract: {requests_validated} requests of neuronpedia_ext validated "
            "against the spec ({operations} operations), {violations} violations".format(**stats)
        )
        for violation in validating.VIOLATIONS[:20]:
            terminalreporter.write_line(f"  VIOLATION {violation}")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if validating.VIOLATIONS and session.exitstatus == 0:
        session.exitstatus = 1
