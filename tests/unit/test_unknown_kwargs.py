"""A misspelt keyword argument names the public method, with a suggestion, and sends nothing.

Every public method of every resource (sync and async) is enumerated from the client, so a
method added later is covered.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from typing import Any

import httpx
import pytest

from neuronpedia_ext import AsyncNeuronpedia, Neuronpedia

RESOURCES = sorted(name for name, member in vars(Neuronpedia).items() if isinstance(member, functools.cached_property))


def _sent(request: httpx.Request) -> httpx.Response:  # pragma: no cover - reaching it is the failure
    raise AssertionError(f"sent {request.method} {request.url}")


def _methods(resource: Any) -> list[str]:
    return sorted(n for n, m in inspect.getmembers(type(resource), inspect.isfunction) if not n.startswith("_"))


@pytest.mark.parametrize("resource", RESOURCES)
def test_sync_methods_name_themselves(resource: str) -> None:
    np = Neuronpedia(base_url="http://127.0.0.1:9", api_key="k", transport=httpx.MockTransport(_sent))
    methods = _methods(getattr(np, resource))
    assert methods
    for name in methods:
        with pytest.raises(TypeError) as raised:
            result = getattr(getattr(np, resource), name)(definitely_not_an_option=1)
            if hasattr(result, "__enter__"):  # a stream: the check runs when it is opened
                with result:
                    pass
            elif hasattr(result, "__next__"):
                next(result)
        assert str(raised.value) == (
            f"{resource}.{name}() got an unexpected keyword argument 'definitely_not_an_option'"
        ), name


@pytest.mark.parametrize("resource", RESOURCES)
def test_async_methods_name_themselves(resource: str) -> None:
    np = AsyncNeuronpedia(base_url="http://127.0.0.1:9", api_key="k", transport=httpx.MockTransport(_sent))

    async def call(name: str) -> None:
        result = getattr(getattr(np, resource), name)(definitely_not_an_option=1)
        if inspect.isawaitable(result):
            await result
        elif hasattr(result, "__aenter__"):
            async with result:
                pass
        elif hasattr(result, "__anext__"):
            await result.__anext__()

    for name in _methods(getattr(np, resource)):
        with pytest.raises(TypeError) as raised:
            asyncio.run(call(name))
        assert str(raised.value) == (
            f"{resource}.{name}() got an unexpected keyword argument 'definitely_not_an_option'"
        ), name


def test_a_close_name_is_suggested() -> None:
    np = Neuronpedia(base_url="http://127.0.0.1:9", transport=httpx.MockTransport(_sent))
    with pytest.raises(
        TypeError,
        match=r"^features\.get_many\(\) got an unexpected keyword argument 'concurency' "
        r"\(did you mean 'concurrency'\?\)$",
    ):
        np.features.get_many(["gpt2-small/6-res-jb/42"], concurency=8)
    with pytest.raises(TypeError, match=r"did you mean 'timeout'\?"):
        np.features.get("gpt2-small", "6-res-jb", 42, timout=3)  # a per-call option
