"""Honest write outcomes: a write whose answer was lost is reported as possibly applied, and
is retried only when the request provably never left.

The loopback server (tests/support/fault_server.py) reads the whole request and only then
fails (reset, clean close, stall, a cut body): the failure happens after the server had all it
needed to apply the write, which the emulator's pre-handler faults cannot show.
"""

from __future__ import annotations

import json
import socket
from typing import Any

import httpx
import pytest

from neuronpedia_ext import (
    APIConnectionError,
    APITimeoutError,
    AsyncNeuronpedia,
    InternalServerError,
    Neuronpedia,
    RateLimitError,
    RetryPolicy,
)
from tests.support.fault_server import fault_server

NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0, max_delay=0)
LIST_ROW = {
    "id": "clist1",
    "name": "n",
    "description": "d",
    "defaultTestText": None,
    "userId": "u1",
    "createdAt": "2026-11-27T03:02:51.893Z",
    "updatedAt": "2026-11-27T03:02:51.893Z",
}
CREATED = dict(LIST_ROW, user={"name": "testuser"}, url="http://np.test/list/clist1")
# upstream's middleware 429 (apps/webapp/middleware.ts): refused before any handler ran
LIMITER_429 = {
    "endpoint": "/api",
    "limitPerWindow": 25000,
    "requestWindow": "60 m",
    "remainingRequests": 0,
    "error": "Rate limit exceeded for this endpoint.",
}


def _client(base_url: str, **kwargs: Any) -> Neuronpedia:
    kwargs.setdefault("retry_policy", NO_WAIT)
    return Neuronpedia(base_url=base_url, api_key="k", timeout=httpx.Timeout(1.0), **kwargs)


@pytest.mark.parametrize("mode", ["reset", "close", "stall", "truncate"])
def test_a_write_whose_answer_is_lost_is_sent_once_and_flagged_possibly_applied(mode: str) -> None:
    with fault_server(mode) as server, _client(server.base_url) as np:
        with pytest.raises(APIConnectionError) as info:
            np.lists.new("written once")
        assert len(server.requests) == 1  # not retried: the server had the whole request
    error = info.value
    assert error.request_sent is True
    assert error.may_have_applied is True
    assert "the write may have been applied" in str(error)
    assert error.attempts == 1
    if mode == "stall":
        assert isinstance(error, APITimeoutError)


@pytest.mark.parametrize("mode", ["reset", "close", "stall", "truncate"])
def test_a_read_whose_answer_is_lost_is_retried(mode: str) -> None:
    with fault_server(mode) as server, _client(server.base_url) as np:
        with pytest.raises(APIConnectionError) as info:
            np.lists.list_owned()
        assert len(server.requests) == 1 + NO_WAIT.max_retries
    assert info.value.request_sent is True
    assert info.value.may_have_applied is False
    assert "may have been applied" not in str(info.value)
    assert info.value.attempts == 1 + NO_WAIT.max_retries


@pytest.mark.parametrize("mode", ["reset", "close", "stall"])
async def test_async_write_whose_answer_is_lost_is_flagged_and_not_retried(mode: str) -> None:
    with fault_server(mode) as server:
        async with AsyncNeuronpedia(base_url=server.base_url, api_key="k", timeout=1.0, retry_policy=NO_WAIT) as np:
            with pytest.raises(APIConnectionError) as info:
                await np.vectors.new("v", "gpt2-small", 6, "hook_resid_pre", [0.5] * 768)
        assert len(server.requests) == 1
    assert info.value.request_sent is True and info.value.may_have_applied is True


def _closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port: int = sock.getsockname()[1]
    sock.close()
    return port


def test_a_write_that_could_not_connect_says_it_was_never_sent_and_was_retried() -> None:
    with _client(f"http://127.0.0.1:{_closed_port()}") as np, pytest.raises(APIConnectionError) as info:
        np.lists.new("never sent")
    error = info.value
    assert error.request_sent is False and error.may_have_applied is False
    assert error.attempts == 1 + NO_WAIT.max_retries
    assert "the request was never sent" in str(error)


class Recorder:
    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def _mock(recorder: Recorder) -> Neuronpedia:
    return Neuronpedia(
        base_url="http://np.test", api_key="k", retry_policy=NO_WAIT, transport=httpx.MockTransport(recorder)
    )


def _json(status: int, body: Any) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(), headers={"content-type": "application/json"})


@pytest.mark.parametrize(
    "exc",
    [httpx.ReadTimeout("slow"), httpx.ReadError("reset"), httpx.RemoteProtocolError("disconnected"),
     httpx.WriteError("broken pipe"), httpx.WriteTimeout("slow")],
)  # fmt: skip
def test_writes_are_not_retried_after_the_request_may_have_left(exc: Exception) -> None:
    recorder = Recorder(exc, _json(200, CREATED))
    with _mock(recorder) as np, pytest.raises(APIConnectionError) as info:
        np.lists.new("x")
    assert len(recorder.requests) == 1
    assert info.value.request_sent and info.value.may_have_applied


@pytest.mark.parametrize(
    "exc", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("full")]
)
def test_writes_are_retried_when_the_request_never_left(exc: Exception) -> None:
    recorder = Recorder(exc, _json(200, CREATED))
    with _mock(recorder) as np:
        assert np.lists.new("x").id == "clist1"
    assert len(recorder.requests) == 2


def test_a_5xx_on_a_write_says_the_write_may_have_been_applied() -> None:
    recorder = Recorder(_json(500, {"message": "boom"}))
    with _mock(recorder) as np, pytest.raises(InternalServerError) as info:
        np.lists.new("x")
    assert len(recorder.requests) == 1
    assert info.value.request_sent and info.value.may_have_applied
    assert "the write may have been applied" in str(info.value)
    read = Recorder(_json(500, {"message": "boom"}))
    with _mock(read) as np, pytest.raises(InternalServerError) as info:
        np.lists.list_owned()
    assert not info.value.may_have_applied and "may have been applied" not in str(info.value)


def test_a_limiter_429_on_a_write_is_retried_a_handler_429_is_not() -> None:
    recorder = Recorder(_json(429, LIMITER_429), _json(200, CREATED))
    with _mock(recorder) as np:
        assert np.lists.new("x").id == "clist1"
    assert len(recorder.requests) == 2
    handler_429 = Recorder(_json(429, {"error": "busy, try later"}), _json(200, CREATED))
    with _mock(handler_429) as np, pytest.raises(RateLimitError) as info:
        np.lists.new("x")
    assert len(handler_429.requests) == 1
    assert info.value.before_handler is False


def test_a_429_with_a_non_numeric_remaining_count_is_still_a_rate_limit_error() -> None:
    for remaining in ("lots", None, [], {"n": 1}, "9" * 40):
        body = dict(LIMITER_429, remainingRequests=remaining)
        recorder = Recorder(_json(429, body))
        with _mock(recorder) as np, pytest.raises(RateLimitError) as info:
            np.lists.list_owned(max_retries=0)
        assert info.value.remaining is None
    header = Recorder(httpx.Response(429, headers={"x-limit-remaining": "n/a", "retry-after": "soon"}))
    with _mock(header) as np, pytest.raises(RateLimitError) as info:
        np.lists.list_owned(max_retries=0)
    assert info.value.remaining is None and info.value.retry_after is None
