"""Retries against the emulator's fault injection: reads are retried, writes are never sent twice."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import httpx
import pytest

from neuronpedia_ext import (
    APIConnectionError,
    AsyncNeuronpedia,
    InternalServerError,
    Neuronpedia,
    RateLimitError,
    RetryPolicy,
)
from neuronpedia_ext.emulator.server import EmulatorServer
from tests.support.validating import AsyncValidatingTransport, ValidatingTransport

FAST = RetryPolicy(max_retries=3, initial_delay=0.01, max_delay=0.02)


@pytest.fixture
def retrying(emulator: EmulatorServer) -> Iterator[Neuronpedia]:
    with Neuronpedia(
        base_url=emulator.base_url, api_key=emulator.api_key, retry_policy=FAST, transport=ValidatingTransport()
    ) as np:
        yield np


@pytest.mark.parametrize("fault", ["500", "502", "503", "429", "drop", "truncate"])
def test_reads_are_retried_through_each_fault(retrying: Neuronpedia, emulator: EmulatorServer, fault: str) -> None:
    emulator.set_faults(script=[fault, fault, "ok"])
    assert retrying.lists.list_owned() == []
    assert emulator.request_count("/api/list/list") == 3


@pytest.mark.parametrize("fault", ["500", "503", "drop", "truncate"])
def test_writes_are_never_sent_twice(retrying: Neuronpedia, emulator: EmulatorServer, fault: str) -> None:
    emulator.set_faults(script=[fault, "ok"])
    with pytest.raises((InternalServerError, RateLimitError, APIConnectionError)):
        retrying.lists.new("written once")
    assert emulator.request_count("/api/list/new") == 1
    emulator.clear_faults()
    # the failed attempt really did not create a second list either
    names = [lst.name for lst in retrying.lists.list_owned()]
    assert names.count("written once") <= 1


def test_a_write_refused_by_the_rate_limiter_is_retried_and_applied_once(
    retrying: Neuronpedia, emulator: EmulatorServer
) -> None:
    """The emulator's 429 is upstream's middleware answer, given before any handler runs."""
    emulator.set_faults(script=["429", "ok"])
    retrying.lists.new("written once")
    assert emulator.request_count("/api/list/new") == 2
    emulator.clear_faults()
    assert [lst.name for lst in retrying.lists.list_owned()].count("written once") == 1


def test_retries_stop_at_max_retries(retrying: Neuronpedia, emulator: EmulatorServer) -> None:
    emulator.set_faults(error_rate=1.0, error_statuses=[503])
    with pytest.raises(InternalServerError) as info:
        retrying.lists.list_owned()
    assert info.value.status_code == 503
    assert emulator.request_count("/api/list/list") == 1 + FAST.max_retries


def test_retry_after_is_honoured(emulator: EmulatorServer) -> None:
    policy = RetryPolicy(max_retries=1, initial_delay=0, max_delay=0)
    emulator.set_faults(rate_limit_rate=1.0, retry_after=1)
    with Neuronpedia(base_url=emulator.base_url, api_key=emulator.api_key, retry_policy=policy) as np:
        start = time.monotonic()
        with pytest.raises(RateLimitError) as info:
            np.lists.list_owned()
        elapsed = time.monotonic() - start
    assert info.value.retry_after == 1.0
    assert elapsed >= 1.0
    assert emulator.request_count("/api/list/list") == 2


def test_retries_are_logged_without_the_key(
    retrying: Neuronpedia, emulator: EmulatorServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="neuronpedia_ext")
    emulator.set_faults(script=["503", "ok"])
    retrying.lists.list_owned()
    assert "retrying POST" in caplog.text and "status 503" in caplog.text
    assert emulator.api_key not in caplog.text


async def test_async_reads_retry_and_writes_do_not(emulator: EmulatorServer) -> None:
    async with AsyncNeuronpedia(
        base_url=emulator.base_url, api_key=emulator.api_key, retry_policy=FAST, transport=AsyncValidatingTransport()
    ) as np:
        emulator.set_faults(script=["502", "drop", "ok"])
        assert await np.lists.list_owned() == []
        assert emulator.request_count("/api/list/list") == 3
        emulator.set_faults(script=["503", "ok"])
        with pytest.raises(InternalServerError):
            await np.lists.new("async written once")
        assert emulator.request_count("/api/list/new") == 1


@pytest.mark.parametrize("fault", ["after-503", "after-drop", "after-stall"])
def test_a_write_whose_answer_is_lost_after_the_handler_is_flagged_possibly_applied(
    emulator: EmulatorServer, fault: str
) -> None:
    """The emulator applies the write, then loses its answer: the client must not call that a failure."""
    from neuronpedia_ext import APIStatusError
    from neuronpedia_ext.emulator import FaultConfig

    emulator.set_faults(FaultConfig(script=[fault], stall_s=30))
    with Neuronpedia(
        base_url=emulator.base_url,
        api_key=emulator.api_key,
        retry_policy=FAST,
        timeout=httpx.Timeout(10, read=0.5),
        transport=ValidatingTransport(),
    ) as np:
        with pytest.raises((APIConnectionError, APIStatusError)) as info:
            np.lists.new("applied, answer lost")
        assert emulator.request_count("/api/list/new") == 1  # never sent twice
        emulator.clear_faults()
        assert [lst.name for lst in np.lists.list_owned()] == ["applied, answer lost"]
    error = info.value
    assert error.request_sent is True
    assert getattr(error, "may_have_applied", False) is True
    assert "the write may have been applied" in str(error)


@pytest.mark.parametrize("fault", ["after-503", "after-drop", "after-stall"])
def test_a_read_whose_answer_is_lost_after_the_handler_is_retried_and_correct(
    emulator: EmulatorServer, fault: str
) -> None:
    from neuronpedia_ext.emulator import FaultConfig

    emulator.set_faults(FaultConfig(script=[fault, "ok"], stall_s=30))
    with Neuronpedia(
        base_url=emulator.base_url,
        api_key=emulator.api_key,
        retry_policy=FAST,
        timeout=httpx.Timeout(10, read=0.5),
        transport=ValidatingTransport(),
    ) as np:
        assert np.features.get("gpt2-small", "6-res-jb", 42).index == 42
    assert emulator.request_count("/api/feature/gpt2-small/6-res-jb/42") == 2
