"""Clients of neuronpedia_ext bound to the emulator, sending through the validating transport."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from neuronpedia_ext import AsyncNeuronpedia, Neuronpedia
from neuronpedia_ext.emulator.server import EmulatorServer
from tests.support.validating import AsyncValidatingTransport, ValidatingTransport


@pytest.fixture
def emulator(neuronpedia_emulator_fresh: EmulatorServer) -> EmulatorServer:
    return neuronpedia_emulator_fresh


@pytest.fixture
def client(emulator: EmulatorServer) -> Iterator[Neuronpedia]:
    with Neuronpedia(
        base_url=emulator.base_url, api_key=emulator.api_key, max_retries=0, transport=ValidatingTransport()
    ) as np:
        yield np


@pytest.fixture
def anon_client(emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Neuronpedia]:
    monkeypatch.delenv("NEURONPEDIA_API_KEY", raising=False)
    with Neuronpedia(base_url=emulator.base_url, api_key=None, max_retries=0, transport=ValidatingTransport()) as np:
        yield np


@pytest.fixture
async def aclient(emulator: EmulatorServer) -> AsyncIterator[AsyncNeuronpedia]:
    async with AsyncNeuronpedia(
        base_url=emulator.base_url,
        api_key=emulator.api_key,
        max_retries=0,
        transport=AsyncValidatingTransport(),
    ) as np:
        yield np
