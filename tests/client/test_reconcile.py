"""Opt-in reconciliation: after a write whose answer was lost, the client looks the object up
and returns it, or says definitely that the write was not applied.

The emulator's post-handler faults apply the write and then lose its answer; its pre-handler
faults refuse before anything is applied. Both must end in a definite answer.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from neuronpedia_ext import APIConnectionError, APIStatusError, AsyncNeuronpedia, Neuronpedia, RetryPolicy
from neuronpedia_ext.emulator import FaultConfig
from neuronpedia_ext.emulator.server import EmulatorServer
from tests.support.validating import AsyncValidatingTransport, ValidatingTransport

FAST = RetryPolicy(max_retries=3, initial_delay=0.01, max_delay=0.02)
V = [0.5] * 768
TIMEOUT = httpx.Timeout(10, read=0.5)


@pytest.fixture
def np(emulator: EmulatorServer) -> Iterator[Neuronpedia]:
    with Neuronpedia(
        base_url=emulator.base_url,
        api_key=emulator.api_key,
        retry_policy=FAST,
        timeout=TIMEOUT,
        transport=ValidatingTransport(),
    ) as client:
        yield client


def _faults(emulator: EmulatorServer, *script: str) -> None:
    # the first request of a reconciled write is the list-owned read taken before it
    emulator.set_faults(FaultConfig(script=["ok", *script], stall_s=30))


@pytest.mark.parametrize("fault", ["after-503", "after-drop", "after-stall"])
def test_a_vector_whose_answer_was_lost_is_found_and_returned(
    np: Neuronpedia, emulator: EmulatorServer, fault: str
) -> None:
    _faults(emulator, fault)
    vector = np.vectors.new("reconciled", "gpt2-small", 6, "hook_resid_pre", V, reconcile=True)
    assert emulator.request_count("/api/vector/new") == 1
    emulator.clear_faults()
    owned = [v for v in np.vectors.list_owned() if v.label == "reconciled"]
    assert [v.index for v in owned] == [vector.index]


@pytest.mark.parametrize("fault", ["after-503", "after-drop", "after-stall"])
def test_a_list_whose_answer_was_lost_is_found_and_returned(
    np: Neuronpedia, emulator: EmulatorServer, fault: str
) -> None:
    _faults(emulator, fault)
    created = np.lists.new("reconciled list", "d", reconcile=True)
    emulator.clear_faults()
    assert [lst.id for lst in np.lists.list_owned() if lst.name == "reconciled list"] == [created.id]


@pytest.mark.parametrize("fault", ["503", "drop"])
def test_a_write_refused_before_the_handler_is_reported_definitely_not_applied(
    np: Neuronpedia, emulator: EmulatorServer, fault: str
) -> None:
    _faults(emulator, fault)
    with pytest.raises((APIStatusError, APIConnectionError)) as info:
        np.lists.new("never made", reconcile=True)
    error = info.value
    assert error.may_have_applied is False and error.reconciled is True  # type: ignore[union-attr]
    assert "not applied" in str(error) and "may have been applied" not in str(error)
    emulator.clear_faults()
    assert [lst.name for lst in np.lists.list_owned()] == []


def test_an_identical_older_object_is_not_mistaken_for_the_lost_one(np: Neuronpedia, emulator: EmulatorServer) -> None:
    older = np.vectors.new("twin", "gpt2-small", 6, "hook_resid_pre", V)
    _faults(emulator, "503")  # refused before the handler: the second twin never exists
    with pytest.raises(APIStatusError) as info:
        np.vectors.new("twin", "gpt2-small", 6, "hook_resid_pre", V, reconcile=True)
    assert info.value.reconciled is True  # type: ignore[attr-defined]
    emulator.clear_faults()
    assert [v.index for v in np.vectors.list_owned() if v.label == "twin"] == [older.index]


def test_a_failed_lookup_leaves_the_outcome_unknown_and_says_so(np: Neuronpedia, emulator: EmulatorServer) -> None:
    _faults(emulator, "after-503", *["503"] * 8)  # the write is applied; every lookup then fails
    with pytest.raises(APIStatusError) as info:
        np.lists.new("unknown", reconcile=True)
    error = info.value
    assert error.may_have_applied is True and error.reconciled is False  # type: ignore[attr-defined]
    assert "reconciliation lookup failed" in str(error)


def test_without_reconcile_the_write_stays_possibly_applied(np: Neuronpedia, emulator: EmulatorServer) -> None:
    emulator.set_faults(script=["after-503"])
    with pytest.raises(APIStatusError) as info:
        np.lists.new("ambiguous")
    assert info.value.may_have_applied is True
    assert emulator.request_count("/api/list/list") == 0  # no lookup unless asked for


async def test_async_reconcile_returns_the_vector_and_the_list(emulator: EmulatorServer) -> None:
    async with AsyncNeuronpedia(
        base_url=emulator.base_url,
        api_key=emulator.api_key,
        retry_policy=FAST,
        timeout=TIMEOUT,
        transport=AsyncValidatingTransport(),
    ) as client:
        _faults(emulator, "after-drop")
        vector = await client.vectors.new("async twin", "gpt2-small", 6, "hook_resid_pre", V, reconcile=True)
        _faults(emulator, "after-503")
        lst = await client.lists.new_with_features("async list", ["gpt2-small/6-res-jb/42"], reconcile=True)
        emulator.clear_faults()
        assert [v.index for v in await client.vectors.list_owned() if v.label == "async twin"] == [vector.index]
        assert [x.id for x in await client.lists.list_owned() if x.name == "async list"] == [lst.id]


def test_a_reconciled_write_ends_within_one_deadline(emulator: EmulatorServer) -> None:
    # The read before, the write and the lookup after share the call's deadline: a write whose
    # answer stalls, then a lookup that stalls too, end together at 1.5 s, not at 1.5 s each.
    emulator.set_faults(FaultConfig(script=["ok", "after-stall", "stall"], stall_s=30))
    with Neuronpedia(
        base_url=emulator.base_url, api_key=emulator.api_key, retry_policy=FAST, timeout=10, deadline=1.5
    ) as client:
        start = time.monotonic()
        with pytest.raises(APIConnectionError) as info:
            client.vectors.new("slow twin", "gpt2-small", 6, "hook_resid_pre", V, reconcile=True)
        elapsed = time.monotonic() - start
    assert elapsed < 1.5 + 0.75, elapsed
    assert info.value.may_have_applied is True and info.value.reconciled is False  # type: ignore[attr-defined]
