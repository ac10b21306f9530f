"""The README's emulator example, verbatim, as a test (so the README stays true)."""

from __future__ import annotations

from neuronpedia_ext import Neuronpedia


def test_my_pipeline_survives_a_flaky_server(neuronpedia_emulator_fresh):  # type: ignore[no-untyped-def]
    server = neuronpedia_emulator_fresh
    server.set_faults(script=["503", "ok"])  # the first answer fails, then all is well
    with Neuronpedia(base_url=server.base_url, api_key=server.api_key) as np:
        assert np.lists.list_owned() == []  # a read: retried, then succeeds
    assert server.request_count("/api/list/list") == 2
