"""The deadline bounds a whole call: a server that sends one byte a second cannot hold it.

Each test runs the client against a loopback server (tests/support/fault_server.py) that
dribbles its answer, and expects an ``APITimeoutError`` close to the deadline. Without the
deadline each of these calls would take minutes (the body at one byte a second) or hours.
The slack allowed past the deadline (``SLACK``) is generous: the point is that the call ends,
not how fast the machine is.
"""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from neuronpedia_ext import APITimeoutError, AsyncNeuronpedia, InvalidRequestError, Neuronpedia, RetryPolicy
from tests.support.fault_server import fault_server

DEADLINE = 1.5
SLACK = 0.75
NO_WAIT = RetryPolicy(max_retries=5, initial_delay=0, max_delay=0)
STEER = ("Hello", [("gpt2-small/6-res-jb/42", 10)])


@pytest.fixture(autouse=True)
def _imported() -> None:
    """Import the resources first: a deadline starts when the call does, after the arguments
    are checked, and the first use of a resource imports its generated operations."""
    with Neuronpedia(base_url="http://np.test") as np:
        np.lists, np.steer, np.features  # noqa: B018


def _sync(base_url: str, **kwargs: Any) -> Neuronpedia:
    kwargs.setdefault("retry_policy", NO_WAIT)
    return Neuronpedia(base_url=base_url, api_key="k", **kwargs)


def _async(base_url: str, **kwargs: Any) -> AsyncNeuronpedia:
    kwargs.setdefault("retry_policy", NO_WAIT)
    return AsyncNeuronpedia(base_url=base_url, api_key="k", **kwargs)


def _check(error: APITimeoutError, elapsed: float, deadline: float = DEADLINE) -> None:
    assert elapsed < deadline + SLACK, f"the call took {elapsed:.2f} s against a deadline of {deadline} s"
    assert error.deadline == deadline
    assert error.attempts >= 1
    assert error.elapsed is not None and error.elapsed >= deadline - 0.05
    assert f"deadline {deadline:g} s" in str(error) and "attempt" in str(error)


@pytest.mark.parametrize("mode", ["dribble", "dribble-body"])
def test_a_one_byte_per_second_json_answer_ends_at_the_per_call_deadline(mode: str) -> None:
    with fault_server(mode) as server, _sync(server.base_url) as np:
        start = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            np.lists.list_owned(deadline=DEADLINE)
        _check(info.value, time.monotonic() - start)
        assert info.value.request_sent


def test_the_client_deadline_applies_to_every_call() -> None:
    with fault_server("dribble") as server, _sync(server.base_url, deadline=DEADLINE) as np:
        start = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            np.features.get("gpt2-small", "6-res-jb", 42)
        _check(info.value, time.monotonic() - start)


@pytest.mark.parametrize("mode", ["dribble", "dribble-body"])
async def test_async_one_byte_per_second_json_answer_ends_at_the_deadline(mode: str) -> None:
    with fault_server(mode) as server:
        async with _async(server.base_url, deadline=DEADLINE) as np:
            start = time.monotonic()
            with pytest.raises(APITimeoutError) as info:
                await np.lists.list_owned()
            _check(info.value, time.monotonic() - start)


def test_a_one_byte_per_second_stream_ends_at_the_stream_deadline() -> None:
    with fault_server("dribble-sse") as server, _sync(server.base_url, stream_deadline=DEADLINE) as np:
        start = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            for _frame in np.steer.completion_stream(*STEER, n_tokens=4):
                pass
        _check(info.value, time.monotonic() - start)


async def test_async_one_byte_per_second_stream_ends_at_the_per_call_deadline() -> None:
    with fault_server("dribble-sse") as server:
        async with _async(server.base_url) as np:
            start = time.monotonic()
            with pytest.raises(APITimeoutError) as info:
                async for _frame in np.steer.completion_stream(*STEER, n_tokens=4, deadline=DEADLINE):
                    pass
            _check(info.value, time.monotonic() - start)


def test_a_stream_idle_timeout_ends_a_silent_stream() -> None:
    with fault_server("dribble-sse", interval=5.0) as server, _sync(server.base_url, stream_deadline=None) as np:
        start = time.monotonic()
        with pytest.raises(APITimeoutError):
            for _frame in np.steer.completion_stream(*STEER, n_tokens=4, idle_timeout=0.5):
                pass
        assert time.monotonic() - start < 5.0  # the 5 s silence between bytes was not waited out


def test_the_deadline_is_checked_between_chunks_on_a_transport_of_your_own() -> None:
    """With your own transport no backend bounds each read; the check between chunks ends the call."""
    own = httpx.HTTPTransport()
    with fault_server("dribble-body", interval=0.1) as server, _sync(server.base_url, transport=own) as np:
        start = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            np.lists.list_owned(deadline=DEADLINE)
        _check(info.value, time.monotonic() - start)


def test_a_body_that_stalls_after_late_headers_ends_at_the_deadline_not_a_read_timeout_later() -> None:
    """Each read is bounded by what is left of the deadline when it starts, not when the attempt did."""
    with (
        fault_server("late-headers", interval=1.2) as server,
        _sync(server.base_url, retry_policy=RetryPolicy(0)) as np,
    ):
        start = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            np.lists.list_owned(deadline=DEADLINE)
        _check(info.value, time.monotonic() - start)


def test_retries_of_a_stalled_read_stop_at_the_deadline() -> None:
    timeout = httpx.Timeout(0.4)
    with fault_server("stall") as server, _sync(server.base_url, timeout=timeout) as np:
        start = time.monotonic()
        with pytest.raises(APITimeoutError) as info:
            np.lists.list_owned(deadline=DEADLINE)
        _check(info.value, time.monotonic() - start)
        # several attempts fit in the deadline, but not all 1 + 5 of them (6 x 0.4 s > 1.5 s)
        assert 2 <= info.value.attempts < 6
        assert len(server.requests) == info.value.attempts
        assert f"{info.value.attempts} attempts" in str(info.value)


async def test_async_retries_of_a_stalled_read_stop_at_the_deadline() -> None:
    with fault_server("stall") as server:
        async with _async(server.base_url, timeout=0.4) as np:
            start = time.monotonic()
            with pytest.raises(APITimeoutError) as info:
                await np.lists.list_owned(deadline=DEADLINE)
            _check(info.value, time.monotonic() - start)
            assert 2 <= info.value.attempts < 6


def test_a_backoff_never_outlasts_the_deadline() -> None:
    """A Retry-After longer than what is left is not slept through: the error comes at once."""
    answers = [httpx.Response(503, headers={"retry-after": "30"}, json={"message": "busy"})]
    with Neuronpedia(base_url="http://np.test", api_key="k", transport=httpx.MockTransport(lambda r: answers[0])) as np:
        start = time.monotonic()
        with pytest.raises(Exception) as info:
            np.lists.list_owned(deadline=DEADLINE)
        assert time.monotonic() - start < DEADLINE
        assert getattr(info.value, "status_code", None) == 503


def _timeouts_seen(client_timeout: Any, call_timeout: Any = None) -> dict[str, float]:
    seen: list[dict[str, float]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=[])

    kwargs = {} if client_timeout is None else {"timeout": client_timeout}
    with Neuronpedia(base_url="http://np.test", api_key="k", transport=httpx.MockTransport(handler), **kwargs) as np:
        if call_timeout is None:
            np.lists.list_owned()
        else:
            np.lists.list_owned(timeout=call_timeout)
    return seen[0]


def test_a_number_as_timeout_means_the_same_per_client_and_per_call() -> None:
    per_client = _timeouts_seen(2)
    per_call = _timeouts_seen(None, 2)
    assert per_client == per_call
    assert per_client["connect"] == 2 and per_client["read"] == 2
    defaults = _timeouts_seen(None)
    assert defaults["connect"] == 10 and defaults["read"] == 60


@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf"), "5", True])
def test_a_bad_deadline_is_refused(bad: Any) -> None:
    with pytest.raises(InvalidRequestError, match="deadline"):
        Neuronpedia(base_url="http://np.test", deadline=bad)
    never = httpx.MockTransport(lambda r: 1 / 0)
    with (
        Neuronpedia(base_url="http://np.test", transport=never) as np,
        pytest.raises(InvalidRequestError, match="deadline"),
    ):
        np.features.get("gpt2-small/6-res-jb/1", deadline=bad)
