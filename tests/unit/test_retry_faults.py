"""Retry decisions per fault kind and per outcome, for reads and writes, through the real transport.

A write may be retried only when the request provably never left this machine (the connection could not
be opened). Once any byte may have reached the server (a read timeout, a dropped connection, an error
answer), a retry could do the write twice, so the caller gets the error after exactly one attempt.
"""

from __future__ import annotations

import httpx
import pytest

from neuronpedia_ext import APIConnectionError, APITimeoutError
from tests.unit.test_transport import LIST_ROW, Recorder, client_for, json_response

CREATED = dict(LIST_ROW, user={"name": "testuser"}, url="http://np.test/list/clist1")

# Faults raised after the request may have reached the server: never retried for a write.
MAYBE_SENT = [
    httpx.ReadTimeout("read timed out"),
    httpx.WriteTimeout("write timed out"),
    httpx.ReadError("connection reset"),
    httpx.RemoteProtocolError("Server disconnected without sending a response."),
]
# Faults raised before a byte left: safe to retry, even for a write.
NEVER_SENT = [httpx.ConnectError("refused"), httpx.ConnectTimeout("connect timed out"), httpx.PoolTimeout("pool")]


@pytest.mark.parametrize("fault", MAYBE_SENT, ids=lambda e: type(e).__name__)
def test_a_write_is_sent_once_when_the_fault_came_after_sending(fault: Exception) -> None:
    recorder = Recorder(fault, json_response(200, CREATED))
    with client_for(recorder) as np, pytest.raises(APIConnectionError) as info:
        np.lists.new("x")
    assert len(recorder.requests) == 1
    if isinstance(fault, httpx.TimeoutException):
        assert isinstance(info.value, APITimeoutError)


@pytest.mark.parametrize("fault", NEVER_SENT, ids=lambda e: type(e).__name__)
def test_a_write_is_retried_when_it_never_left(fault: Exception) -> None:
    recorder = Recorder(fault, json_response(200, CREATED))
    with client_for(recorder) as np:
        assert np.lists.new("x").id == "clist1"
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("fault", MAYBE_SENT + NEVER_SENT, ids=lambda e: type(e).__name__)
def test_a_read_is_retried_through_every_transport_fault(fault: Exception) -> None:
    recorder = Recorder(fault, json_response(200, []))
    with client_for(recorder) as np:
        assert np.lists.list_owned() == []
    assert len(recorder.requests) == 2
