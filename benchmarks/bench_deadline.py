"""How long a call lasts against a server that sends one byte a second, against its deadline.

    .venv/bin/python benchmarks/bench_deadline.py [--deadline 2] [--runs 3]

Runs sync and async JSON calls and sync and async SSE streams against the loopback fault server
of the test suite (tests/support/fault_server.py), each ``--runs`` times, and prints the longest
call per kind next to the deadline. Not a pass/fail check (tests/client/test_deadline.py is).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import time
from collections.abc import Callable
from typing import Any

from neuronpedia_ext import APITimeoutError, AsyncNeuronpedia, Neuronpedia, RetryPolicy
from tests.support.fault_server import fault_server

STEER = ("Hello", [("gpt2-small/6-res-jb/42", 10)])


def _timed(fn: Callable[[], Any]) -> float:
    start = time.monotonic()
    with contextlib.suppress(APITimeoutError):
        fn()
    return time.monotonic() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--deadline", type=float, default=2.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    d = args.deadline
    policy = RetryPolicy(max_retries=2, initial_delay=0, max_delay=0)
    with Neuronpedia(base_url="http://np.test") as warm:
        warm.lists, warm.steer  # noqa: B018 - import the resources before timing
    results: dict[str, float] = {}

    def sync_json(url: str) -> None:
        with Neuronpedia(base_url=url, api_key="k", retry_policy=policy) as np:
            np.lists.list_owned(deadline=d)

    def sync_stream(url: str) -> None:
        with Neuronpedia(base_url=url, api_key="k", retry_policy=policy) as np:
            list(np.steer.completion_stream(*STEER, n_tokens=4, deadline=d))

    async def async_json(url: str) -> None:
        async with AsyncNeuronpedia(base_url=url, api_key="k", retry_policy=policy) as np:
            await np.lists.list_owned(deadline=d)

    async def async_stream(url: str) -> None:
        async with AsyncNeuronpedia(base_url=url, api_key="k", retry_policy=policy) as np:
            async for _ in np.steer.completion_stream(*STEER, n_tokens=4, deadline=d):
                pass

    kinds: list[tuple[str, str, Callable[[str], Any]]] = [
        ("sync JSON (whole answer at 1 B/s)", "dribble", sync_json),
        ("sync JSON (body at 1 B/s)", "dribble-body", sync_json),
        ("async JSON (whole answer at 1 B/s)", "dribble", lambda u: asyncio.run(async_json(u))),
        ("async JSON (body at 1 B/s)", "dribble-body", lambda u: asyncio.run(async_json(u))),
        ("sync SSE stream at 1 B/s", "dribble-sse", sync_stream),
        ("async SSE stream at 1 B/s", "dribble-sse", lambda u: asyncio.run(async_stream(u))),
    ]
    for label, mode, fn in kinds:
        for _ in range(args.runs):
            with fault_server(mode) as server:
                took = _timed(lambda fn=fn, server=server: fn(server.base_url))
            results[label] = max(results.get(label, 0.0), took)
    print(f"deadline {d:g} s, {args.runs} runs each; longest call:")
    for label, took in results.items():
        print(f"  {label:40s} {took:6.2f} s  ({took - d:+.2f} s)")


if __name__ == "__main__":
    main()
