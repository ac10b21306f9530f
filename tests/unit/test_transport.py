"""The transport core with a mock transport: error mapping, retries, key handling, raw answers."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from neuronpedia_ext import (
    APIConnectionError,
    APIKeyMissingError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncNeuronpedia,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    Neuronpedia,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RetryPolicy,
)

SECRET = "np-secret-key-0123456789"
LIST_ROW = {
    "id": "clist1",
    "name": "n",
    "description": "d",
    "defaultTestText": None,
    "userId": "u1",
    "createdAt": "2026-11-27T03:02:51.893Z",
    "updatedAt": "2026-11-27T03:02:51.893Z",
}
NO_WAIT = RetryPolicy(max_retries=3, initial_delay=0, max_delay=0)


class Recorder:
    """A MockTransport handler that answers from a script and records what it saw."""

    def __init__(self, *answers: httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            return answer(request)
        return answer


def client_for(recorder: Recorder, **kwargs: Any) -> Neuronpedia:
    kwargs.setdefault("api_key", SECRET)
    kwargs.setdefault("retry_policy", NO_WAIT)
    return Neuronpedia(base_url="http://np.test", transport=httpx.MockTransport(recorder), **kwargs)


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status, content=json.dumps(body).encode(), headers={"content-type": "application/json"} | (headers or {})
    )


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_status_errors_are_typed(status: int, error: type[APIStatusError]) -> None:
    recorder = Recorder(json_response(status, {"error": "nope", "message": f"server says {status}"}))
    with client_for(recorder, max_retries=0, retry_policy=None) as np, pytest.raises(error) as info:
        np.lists.get("clist1")
    exc = info.value
    assert type(exc) is error
    assert exc.status_code == status
    assert exc.method == "POST"
    assert exc.url == "http://np.test/api/list/get"
    assert exc.server_message == f"server says {status}"
    assert exc.body == {"error": "nope", "message": f"server says {status}"}
    assert SECRET not in str(exc) and SECRET not in repr(exc.__dict__)


def test_rate_limit_error_carries_the_bucket() -> None:
    body = {
        "endpoint": "/api/model/new",
        "limitPerWindow": 5,
        "requestWindow": "60 m",
        "remainingRequests": 0,
        "error": "Rate limit exceeded for this endpoint.",
    }
    recorder = Recorder(json_response(429, body, {"retry-after": "7"}))
    with client_for(recorder, max_retries=0, retry_policy=None) as np, pytest.raises(RateLimitError) as info:
        np.lists.new("x")
    assert (info.value.endpoint, info.value.limit, info.value.window) == ("/api/model/new", 5, "60 m")
    assert info.value.remaining == 0
    assert info.value.retry_after == 7.0


def test_non_json_error_page_is_a_clear_error() -> None:
    page = httpx.Response(502, content=b"<html><body>Bad Gateway</body></html>", headers={"content-type": "text/html"})
    with client_for(Recorder(page), max_retries=0, retry_policy=None) as np, pytest.raises(InternalServerError) as info:
        np.lists.get("clist1")
    assert info.value.body == "<html><body>Bad Gateway</body></html>"
    assert "Bad Gateway" in str(info.value)


def test_2xx_that_breaks_the_spec_is_a_validation_error() -> None:
    broken = json_response(200, {"unexpected": True})
    with client_for(Recorder(broken)) as np, pytest.raises(APIResponseValidationError) as info:
        np.lists.get("clist1")
    assert info.value.body == b'{"unexpected": true}'
    assert info.value.status_code == 200


def test_reads_are_retried_on_5xx_and_429_then_succeed() -> None:
    recorder = Recorder(
        json_response(503, {"message": "busy"}),
        json_response(429, {"error": "slow down"}, {"retry-after": "0"}),
        json_response(200, [LIST_ROW]),
    )
    with client_for(recorder) as np:
        lists = np.lists.list_owned()
    assert [lst.id for lst in lists] == ["clist1"]
    assert len(recorder.requests) == 3


def test_reads_give_up_after_max_retries() -> None:
    recorder = Recorder(json_response(503, {"message": "busy"}))
    with client_for(recorder) as np, pytest.raises(InternalServerError):
        np.lists.list_owned()
    assert len(recorder.requests) == 1 + NO_WAIT.max_retries


def test_per_call_max_retries_overrides_the_client() -> None:
    recorder = Recorder(json_response(503, {"message": "busy"}))
    with client_for(recorder) as np, pytest.raises(InternalServerError):
        np.lists.list_owned(max_retries=0)
    assert len(recorder.requests) == 1


def test_writes_are_not_retried_after_reaching_the_server() -> None:
    recorder = Recorder(json_response(503, {"message": "busy"}))
    with client_for(recorder) as np, pytest.raises(InternalServerError):
        np.lists.new("x")
    assert len(recorder.requests) == 1
    dropped = Recorder(httpx.RemoteProtocolError("Server disconnected without sending a response."))
    with client_for(dropped) as np, pytest.raises(APIConnectionError):
        np.lists.new("x")
    assert len(dropped.requests) == 1


def test_writes_are_retried_when_the_connection_never_opened() -> None:
    created = dict(LIST_ROW, user={"name": "testuser"}, url="http://np.test/list/clist1")
    recorder = Recorder(httpx.ConnectError("refused"), json_response(200, created))
    with client_for(recorder) as np:
        assert np.lists.new("x").id == "clist1"
    assert len(recorder.requests) == 2


def test_timeouts_are_typed() -> None:
    recorder = Recorder(httpx.ReadTimeout("slow"))
    with client_for(recorder, retry_policy=RetryPolicy(max_retries=0)) as np, pytest.raises(APITimeoutError):
        np.lists.get("clist1")


def test_retry_after_is_honoured_and_capped() -> None:
    policy = RetryPolicy(max_retry_after=5.0, random=lambda: 0.0)
    assert policy.delay(0, httpx.Response(429, headers={"retry-after": "3"})) == 3.0
    assert policy.delay(0, httpx.Response(429, headers={"retry-after": "120"})) == 5.0
    assert policy.delay(0, httpx.Response(429, headers={"retry-after-ms": "250"})) == 0.25
    assert policy.delay(3, None) == 4.0
    assert RetryPolicy(random=lambda: 1.0).delay(0, None) == 0.5 * 0.75


def test_missing_key_refuses_before_sending(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEURONPEDIA_API_KEY", raising=False)
    recorder = Recorder(json_response(200, LIST_ROW))
    with client_for(recorder, api_key=None) as np:
        with pytest.raises(APIKeyMissingError, match="create_list requires a Neuronpedia API key"):
            np.lists.new("x")
        assert recorder.requests == []
        np.lists.list_owned  # noqa: B018 - attribute access alone sends nothing
        assert recorder.requests == []


def test_optional_key_operations_send_no_key_header_when_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEURONPEDIA_API_KEY", raising=False)
    detail = dict(LIST_ROW, activations=[], neurons=[], user={"name": "x"})
    recorder = Recorder(json_response(200, detail))
    with client_for(recorder, api_key=None) as np:
        np.lists.get("clist1")
    assert "x-api-key" not in recorder.requests[0].headers


def test_key_is_sent_in_the_header_and_never_shown(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="neuronpedia_ext")
    recorder = Recorder(json_response(503, {"message": "busy"}), json_response(200, [LIST_ROW]))
    with client_for(recorder) as np:
        np.lists.list_owned()
        assert recorder.requests[0].headers["x-api-key"] == SECRET
        assert SECRET not in repr(np)
        assert "api_key=<set>" in repr(np)
    assert "retrying POST http://np.test/api/list/list" in caplog.text
    assert SECRET not in caplog.text


def test_configuration_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEURONPEDIA_API_KEY", "from-env")
    monkeypatch.setenv("NEURONPEDIA_BASE_URL", "http://env.test/api/")
    recorder = Recorder(json_response(200, [LIST_ROW]))
    with Neuronpedia(transport=httpx.MockTransport(recorder)) as np:
        assert np.base_url == "http://env.test"
        np.lists.list_owned()
    assert recorder.requests[-1].headers["x-api-key"] == "from-env"
    assert str(recorder.requests[-1].url) == "http://env.test/api/list/list"
    with Neuronpedia(api_key="arg", base_url="http://arg.test", transport=httpx.MockTransport(recorder)) as np:
        np.lists.list_owned()
    assert recorder.requests[-1].headers["x-api-key"] == "arg"
    assert str(recorder.requests[-1].url) == "http://arg.test/api/list/list"
    monkeypatch.delenv("NEURONPEDIA_BASE_URL")
    assert Neuronpedia().base_url == "https://www.neuronpedia.org"


def test_raw_response_gives_status_headers_and_json() -> None:
    recorder = Recorder(json_response(200, [LIST_ROW], {"x-limit-remaining": "24999"}))
    with client_for(recorder) as np:
        raw = np.with_raw_response.lists.list_owned()
        assert raw.status_code == 200
        assert raw.json() == [LIST_ROW]
        assert raw.limit_remaining == 24999
        assert [lst.id for lst in raw.parsed] == ["clist1"]
        # the plain client is unchanged
        assert [lst.id for lst in np.lists.list_owned()] == ["clist1"]


async def test_async_client_maps_errors_and_retries() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1 or request.url.path == "/api/list/new":
            return json_response(500, {"error": "x", "message": "boom"})
        return json_response(200, [LIST_ROW])

    async with AsyncNeuronpedia(
        base_url="http://np.test", api_key=SECRET, retry_policy=NO_WAIT, transport=httpx.MockTransport(handler)
    ) as np:
        assert [lst.id for lst in await np.lists.list_owned()] == ["clist1"]
        assert len(calls) == 2
        with pytest.raises(InternalServerError):
            await np.lists.new("x")
        assert len(calls) == 3
        raw = await np.with_raw_response.lists.list_owned()
        assert raw.status_code == 200


def test_user_supplied_http_client_is_used_and_not_closed() -> None:
    recorder = Recorder(json_response(200, [LIST_ROW]))
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    with Neuronpedia(base_url="http://np.test", api_key=SECRET, http_client=http) as np:
        np.lists.list_owned()
    assert not http.is_closed
    assert recorder.requests[0].headers["x-api-key"] == SECRET
    http.close()


# --------------------------------------------------------------------------- review: key on redirects, stream errors


def _redirecting(location: str) -> Recorder:
    def answer(request: httpx.Request) -> httpx.Response:
        if str(request.url).startswith("http://np.test/"):
            return httpx.Response(307, headers={"location": location})
        return json_response(200, [LIST_ROW])

    return Recorder(answer)


@pytest.mark.parametrize("location", ["https://elsewhere.test/api/list/list", "http://np.test:8080/api/list/list"])
def test_key_is_not_forwarded_on_a_redirect_to_another_origin(location: str) -> None:
    recorder = _redirecting(location)
    with client_for(recorder) as np:
        np.lists.list_owned()
    assert [str(r.url) for r in recorder.requests] == ["http://np.test/api/list/list", location]
    assert recorder.requests[0].headers["x-api-key"] == SECRET
    assert "x-api-key" not in recorder.requests[1].headers


def test_key_is_kept_on_a_same_host_https_upgrade() -> None:
    recorder = _redirecting("https://np.test/api/list/list")
    with client_for(recorder) as np:
        np.lists.list_owned()
    assert recorder.requests[1].headers["x-api-key"] == SECRET


async def test_async_key_is_not_forwarded_on_a_redirect_to_another_origin() -> None:
    recorder = _redirecting("https://elsewhere.test/api/list/list")
    async with AsyncNeuronpedia(
        base_url="http://np.test", api_key=SECRET, retry_policy=NO_WAIT, transport=httpx.MockTransport(recorder)
    ) as np:
        await np.lists.list_owned()
    assert recorder.requests[0].headers["x-api-key"] == SECRET
    assert "x-api-key" not in recorder.requests[1].headers


class _CutStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that sends one server-sent comment, then the connection drops."""

    first = b": keep-alive\n\n"

    def __iter__(self) -> Any:
        yield self.first
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")

    async def __aiter__(self) -> Any:
        yield self.first
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")


def _cut_stream(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=_CutStream())


def test_a_stream_cut_midway_is_an_api_connection_error() -> None:
    with client_for(Recorder(_cut_stream)) as np, pytest.raises(APIConnectionError) as info:
        for _frame in np.steer.completion_stream("Hello", [("gpt2-small/6-res-jb/42", 10)], n_tokens=4):
            pass
    assert SECRET not in str(info.value)


async def test_async_stream_cut_midway_is_an_api_connection_error() -> None:
    async with AsyncNeuronpedia(
        base_url="http://np.test", api_key=SECRET, retry_policy=NO_WAIT, transport=httpx.MockTransport(_cut_stream)
    ) as np:
        with pytest.raises(APIConnectionError):
            async for _frame in np.steer.completion_stream("Hello", [("gpt2-small/6-res-jb/42", 10)], n_tokens=4):
                pass


@pytest.mark.parametrize("status", [501, 520, 524])
def test_reads_are_retried_on_every_5xx(status: int) -> None:
    recorder = Recorder(json_response(status, {"message": "x"}), json_response(200, [LIST_ROW]))
    with client_for(recorder) as np:
        assert [lst.id for lst in np.lists.list_owned()] == ["clist1"]
    assert len(recorder.requests) == 2
