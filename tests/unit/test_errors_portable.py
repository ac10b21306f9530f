"""Typed, portable errors: every error pickles and copies, and nothing but a NeuronpediaError
leaves the client (redirect loops, undecodable bodies, deeply nested JSON, odd headers)."""

from __future__ import annotations

import copy
import inspect
import json
import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import httpx
import pytest

from neuronpedia_ext import (
    APIConnectionError,
    APIResponseValidationError,
    AsyncNeuronpedia,
    Neuronpedia,
    NeuronpediaError,
    NotFoundError,
    RetryPolicy,
    _errors,
)

STATUS = {"method": "GET", "url": "http://np.test/api/x", "body": {"message": "m"}, "headers": {"a": "b"}}
SAMPLES: dict[type[NeuronpediaError], Callable[[], NeuronpediaError]] = {
    _errors.NeuronpediaError: lambda: _errors.NeuronpediaError("plain"),
    _errors.InvalidRequestError: lambda: _errors.InvalidRequestError("index: bad"),
    _errors.APIKeyMissingError: lambda: _errors.APIKeyMissingError("create_list"),
    _errors.APIStatusError: lambda: _errors.APIStatusError(status_code=418, **STATUS),
    _errors.BadRequestError: lambda: _errors.BadRequestError(status_code=400, **STATUS),
    _errors.AuthenticationError: lambda: _errors.AuthenticationError(status_code=401, **STATUS),
    _errors.PermissionDeniedError: lambda: _errors.PermissionDeniedError(status_code=403, **STATUS),
    _errors.NotFoundError: lambda: _errors.NotFoundError(status_code=404, **STATUS),
    _errors.RateLimitError: lambda: _errors.RateLimitError(
        status_code=429, method="GET", url="u", body={"endpoint": "/api", "limitPerWindow": 5}, headers={}
    ),
    _errors.InternalServerError: lambda: _errors.InternalServerError(status_code=500, write=True, **STATUS),
    _errors.APIConnectionError: lambda: _errors.APIConnectionError(
        "POST", "u", httpx.ReadError("reset"), request_sent=True, write=True, attempts=2, elapsed=1.5, deadline=9
    ),
    _errors.APITimeoutError: lambda: _errors.APITimeoutError(
        "GET", "u", httpx.ReadTimeout("slow"), request_sent=False, attempts=3, elapsed=2.0, deadline=2
    ),
    _errors.APIResponseValidationError: lambda: _errors.APIResponseValidationError(
        method="GET", url="u", status_code=200, body=b"{", reason="not JSON"
    ),
}


def _error_classes() -> set[type[NeuronpediaError]]:
    return {
        obj
        for _, obj in inspect.getmembers(_errors, inspect.isclass)
        if issubclass(obj, NeuronpediaError) and obj.__module__ == _errors.__name__
    }


def test_every_error_class_has_a_sample() -> None:
    assert _error_classes() == set(SAMPLES)


@pytest.mark.parametrize("cls", sorted(SAMPLES, key=lambda c: c.__name__), ids=lambda c: c.__name__)
def test_every_error_pickles_and_copies_with_its_attributes(cls: type[NeuronpediaError]) -> None:
    error = SAMPLES[cls]()
    for clone in (pickle.loads(pickle.dumps(error)), copy.copy(error), copy.deepcopy(error)):
        assert type(clone) is cls
        assert str(clone) == str(error)
        assert clone.args == error.args
        assert vars(clone) == vars(error)


def raise_not_found(index: int) -> int:
    raise NotFoundError(
        status_code=404, method="GET", url=f"http://np.test/api/feature/m/s/{index}", body=None, headers={}
    )


def test_an_error_raised_in_a_process_pool_worker_reaches_the_parent() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(raise_not_found, 7)
        with pytest.raises(NotFoundError) as info:
            future.result(timeout=60)
    assert info.value.status_code == 404 and info.value.url.endswith("/7")


NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0, max_delay=0)


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> Neuronpedia:
    return Neuronpedia(
        base_url="http://np.test", api_key="k", retry_policy=NO_WAIT, transport=httpx.MockTransport(handler)
    )


def _json(body: bytes, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, content=body, headers={"content-type": "application/json", **headers})


def test_a_redirect_loop_is_an_api_connection_error() -> None:
    def loop(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": str(request.url)})

    with _client(loop) as np, pytest.raises(APIConnectionError, match="TooManyRedirects"):
        np.lists.list_owned()


def test_an_undecodable_body_is_a_validation_error() -> None:
    def bad_gzip(request: httpx.Request) -> httpx.Response:
        return _json(b"not gzip at all", **{"content-encoding": "gzip"})

    with _client(bad_gzip) as np, pytest.raises(APIResponseValidationError, match="decoded"):
        np.lists.list_owned()


@pytest.mark.parametrize("status", [200, 404, 500])
def test_deeply_nested_json_is_a_typed_error(status: int) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    with _client(lambda r: _json(deep, status)) as np, pytest.raises(NeuronpediaError) as info:
        np.lists.list_owned(max_retries=0)
    assert type(info.value) is not NeuronpediaError


def test_a_200_cut_short_without_content_length_is_retried_on_a_read() -> None:
    answers = [b'[{"id": "clist1", "na', json.dumps([]).encode()]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, headers={"content-type": "application/json"}, stream=httpx.ByteStream(answers.pop(0))
        )

    with _client(handler) as np:
        assert np.lists.list_owned() == []
    assert len(seen) == 2


def test_anything_the_generated_parser_raises_is_a_validation_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from neuronpedia_api.api.lists import list_owned_lists

    def explode(**_: Any) -> Any:
        raise RuntimeError("parser bug")

    monkeypatch.setattr(list_owned_lists, "_parse_response", explode)
    with _client(lambda r: _json(b"[]")) as np, pytest.raises(APIResponseValidationError, match="RuntimeError"):
        np.lists.list_owned()


def test_get_many_isolates_every_failure_to_its_item() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/api/features":
            return _json(b"[" * 50_000)  # the batch read fails: every feature is then read alone
        index = path.rsplit("/", 1)[-1]
        if index == "1":
            return httpx.Response(302, headers={"location": str(request.url)})  # TooManyRedirects
        if index == "2":
            return _json(b"x", **{"content-encoding": "gzip"})  # DecodingError
        if index == "3":
            return _json(b"[" * 100_000 + b"]" * 100_000)  # RecursionError
        return httpx.Response(404, json={"message": "not found"})

    with _client(handler) as np:
        results = np.features.get_many([f"gpt2-small/6-res-jb/{i}" for i in range(1, 5)])
    assert [r.ok for r in results] == [False] * 4
    assert all(isinstance(r.error, NeuronpediaError) for r in results)
    assert isinstance(results[3].error, NotFoundError)


async def test_async_get_many_isolates_every_failure_to_its_item() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/features":
            return httpx.Response(302, headers={"location": str(request.url)})
        if request.url.path.endswith("/1"):
            return _json(b"x", **{"content-encoding": "gzip"})
        return httpx.Response(404, json={"message": "not found"})

    async with AsyncNeuronpedia(
        base_url="http://np.test", api_key="k", retry_policy=NO_WAIT, transport=httpx.MockTransport(handler)
    ) as np:
        results = await np.features.get_many(["gpt2-small/6-res-jb/1", "gpt2-small/6-res-jb/2"])
    assert [type(r.error).__name__ for r in results] == ["APIResponseValidationError", "NotFoundError"]
