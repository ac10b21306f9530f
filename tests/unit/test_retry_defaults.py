"""The default retry budget: a read survives five failed attempts in a row, within its deadline.

Six attempts is what makes reads come back correct under ``make chaos``'s fault mix (about one
attempt in five faulted); the waits are zeroed here, so only the count is under test.
"""

from __future__ import annotations

import httpx

from neuronpedia_ext import InternalServerError, Neuronpedia, RetryPolicy


def _flaky(failures: int) -> tuple[httpx.MockTransport, list[int]]:
    seen: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(1)
        if len(seen) <= failures:
            return httpx.Response(503, json={"error": "busy"})
        return httpx.Response(200, content=b"null", headers={"content-type": "application/json"})

    return httpx.MockTransport(handler), seen


def test_a_read_survives_five_failed_attempts_by_default() -> None:
    transport, seen = _flaky(5)
    policy = RetryPolicy(initial_delay=0, max_delay=0)  # the default count, without the waits
    with Neuronpedia(base_url="http://np.test", transport=transport, retry_policy=policy) as np:
        assert np.source_sets.get("gpt2-small", "res-jb") is None  # the server's null for a missing set
    assert len(seen) == 6


def test_the_sixth_failure_is_raised() -> None:
    transport, seen = _flaky(6)
    policy = RetryPolicy(initial_delay=0, max_delay=0)
    with Neuronpedia(base_url="http://np.test", transport=transport, retry_policy=policy) as np:
        try:
            np.source_sets.get("gpt2-small", "res-jb")
        except InternalServerError:
            pass
        else:
            raise AssertionError("six failures in a row must raise")
    assert len(seen) == 6
