"""pytest fixtures for testing Neuronpedia clients against the emulator.

Enabled automatically when ``neuronpedia-ext[emulator]`` is installed (``pytest11`` entry point), or
with ``pytest_plugins = ["neuronpedia_ext.emulator.pytest_plugin"]`` in a ``conftest.py``.

- ``neuronpedia_emulator`` (session scope): one :class:`~neuronpedia_ext.emulator.EmulatorServer` on a
  free loopback port with the default seed. It has ``.base_url``, ``.api_url``, ``.api_key``,
  ``.set_faults(...)``, ``.clear_faults()``, ``.request_log``, ``.request_count(path)`` and ``.reset()``,
  and, for the HTTP admin API (``/_emulator/...``, token-protected), ``.admin_token`` and
  ``.admin_headers`` (the ``x-emulator-token`` header plus ``content-type: application/json``).
  The token is random per session unless ``NEURONPEDIA_EMULATOR_ADMIN_TOKEN`` is set.
  State written by one test is visible to the next.
- ``neuronpedia_emulator_fresh`` (function scope): the same server, reset before the test (fresh store
  from the seed, empty request log, no faults, fresh rate-limit counters).

Example::

    def test_vector_roundtrip(neuronpedia_emulator_fresh):
        server = neuronpedia_emulator_fresh
        ...  # call server.base_url with x-api-key: server.api_key
        assert server.request_count("/api/vector/new") == 1
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from neuronpedia_ext.emulator.server import EmulatorServer


def _server_class() -> type[EmulatorServer]:
    """The server, imported only when a test asks for it (it needs the ``emulator`` extra)."""
    try:
        from neuronpedia_ext.emulator.server import EmulatorServer
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise pytest.UsageError(
            "the neuronpedia_emulator fixtures need the emulator extra: pip install starlette uvicorn pyyaml "
            f"(or, from a clone of neuronpedia-ext: pip install '.[emulator]') ({exc})"
        ) from exc
    return EmulatorServer


@pytest.fixture(scope="session")
def neuronpedia_emulator() -> Iterator[EmulatorServer]:
    import os

    from neuronpedia_ext.emulator.config import EmulatorConfig

    server = _server_class()(EmulatorConfig(admin_token=os.environ.get("NEURONPEDIA_EMULATOR_ADMIN_TOKEN") or None))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def neuronpedia_emulator_fresh(neuronpedia_emulator: EmulatorServer) -> Iterator[EmulatorServer]:
    neuronpedia_emulator.reset()
    yield neuronpedia_emulator
    neuronpedia_emulator.clear_faults()
