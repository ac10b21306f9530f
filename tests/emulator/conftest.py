"""Fixtures for the emulator's own tests (the plugin's fixtures plus raw httpx clients)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from neuronpedia_ext.emulator import EmulatorServer
from tests.emulator import spec_check

# The emulator fixtures come from the package's pytest11 entry point (neuronpedia-ext is installed
# in editable mode by `make venv`). pytest 9 refuses `pytest_plugins` in a non-top-level conftest,
# so a bare checkout must load the plugin from the top-level conftest instead.


@pytest.fixture
def emu(neuronpedia_emulator_fresh: EmulatorServer) -> EmulatorServer:
    return neuronpedia_emulator_fresh


def _spec_checked(base_url: str, headers: dict[str, str]) -> Iterator[httpx.Client]:
    """A client whose every /api response is validated against openapi/neuronpedia.yaml."""
    before = len(spec_check.VIOLATIONS)
    hooks = {"response": [spec_check.check]}
    with httpx.Client(base_url=base_url, headers=headers, timeout=10, event_hooks=hooks) as c:
        yield c
    new = spec_check.VIOLATIONS[before:]
    if new:
        pytest.fail("emulator responses that violate the spec:\n" + "\n".join(v[:400] for v in new))


@pytest.fixture
def client(emu: EmulatorServer) -> Iterator[httpx.Client]:
    yield from _spec_checked(emu.base_url, {"x-api-key": emu.api_key})


@pytest.fixture
def anon(emu: EmulatorServer) -> Iterator[httpx.Client]:
    yield from _spec_checked(emu.base_url, {})


@pytest.fixture
def raw(emu: EmulatorServer) -> Iterator[httpx.Client]:
    """A client without spec validation, for injected faults (which upstream never sends)."""
    with httpx.Client(base_url=emu.base_url, headers={"x-api-key": emu.api_key}, timeout=10) as c:
        yield c
