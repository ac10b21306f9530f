"""The client's speed, as ratios measured side by side in one run (never a pass/fail test).

    python benchmarks/bench_suite.py [--quick] [--rows get,decode,bulk,gather,memory,sse,cold]

Every row runs against ``benchmarks/_fastserver.py`` in its own process (bare asyncio, answers
pre-rendered recorded bodies), so the server's CPU never lands in a client sample and the server
is not the bottleneck. Methods of a row are interleaved round by round (forward, then reversed
order), and each row reports medians and their ratios, with bodies of 20 KB and 190 KB:

- ``get``: one feature GET per call. Floor: a reused ``httpx.Client`` + ``json.loads``.
- ``decode``: bytes to the public ``Feature`` (``features.get`` over an in-memory transport,
  minus the same transport's cost), against ``json.loads`` of the same bytes.
- ``bulk``: 1,000 features with 20 ms latency per request: ``get_many`` against raw httpx doing
  the same batch POSTs with the same concurrency + ``json.loads``, and the official package's
  loop of ``SAEFeature.get``.
- ``gather``: the same 1,000 through ``asyncio.gather`` of single ``AsyncNeuronpedia.features.get``.
- ``memory``: peak RSS of a process that reads 1,000 and 10,000 features (``get_many``, and
  ``iter_many`` where the client has it).
- ``sse``: a 21-frame steer-chat stream, against raw ``iter_lines`` + ``json.loads``.
- ``cold``: a fresh interpreter: ``import``, and a script doing one GET, against the official package.

Print the machine and date with the table; README's numbers come from this script.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
SIZES = {"20 KB": "0-res-jb", "190 KB": "big-res"}
MODEL = "gpt2-small"


@contextlib.contextmanager
def fast_server(latency_ms: float = 0.0) -> Iterator[str]:
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "_fastserver.py"), "--latency-ms", str(latency_ms)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"benchmark server did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        proc.terminate()
        proc.wait(10)


def interleaved(methods: dict[str, Callable[[], float]], rounds: int) -> dict[str, float]:
    """Each method returns the seconds one sample took; medians over ``rounds`` interleaved rounds."""
    samples: dict[str, list[float]] = {name: [] for name in methods}
    names = list(methods)
    for fn in methods.values():
        fn()  # warm up
    for r in range(rounds):
        for name in names if r % 2 == 0 else reversed(names):
            samples[name].append(methods[name]())
    return {name: statistics.median(values) for name, values in samples.items()}


def per_call(fn: Callable[[], object], calls: int) -> Callable[[], float]:
    def sample() -> float:
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        return (time.perf_counter() - start) / calls

    return sample


def official_feature(base_url: str) -> Callable[[str, str, str], object] | None:
    try:
        from neuronpedia.np_sae_feature import SAEFeature
        from neuronpedia.requests.base_request import NPRequest
    except ImportError:
        return None
    NPRequest.BASE_URL = f"{base_url}/api"
    os.environ.setdefault("NEURONPEDIA_API_KEY", "bench-key")  # the official client insists on a key

    def get(model: str, source: str, index: str) -> object:
        with contextlib.redirect_stdout(io.StringIO()):
            return SAEFeature.get(model, source, index)

    return get


Table = list[tuple[str, str, str]]


def row_get(rounds: int, calls: int) -> Table:
    from neuronpedia_ext import Neuronpedia

    out: Table = []
    with fast_server() as url:
        http = httpx.Client()
        np = Neuronpedia(base_url=url, api_key="bench-key")
        official = official_feature(url)
        for size, source in SIZES.items():
            path = f"{url}/api/feature/{MODEL}/{source}/7"
            methods = {
                "floor": per_call(lambda p=path: json.loads(http.get(p).content), calls),
                "ext": per_call(lambda s=source: np.features.get(MODEL, s, 7), calls),
            }
            if official:
                methods["official"] = per_call(lambda s=source: official(MODEL, s, "7"), calls)
            m = interleaved(methods, rounds)
            out.append((f"feature GET, {size}", "ext / floor", f"{m['ext'] / m['floor']:.2f}"))
            if official:
                out.append((f"feature GET, {size}", "official / ext", f"{m['official'] / m['ext']:.2f}"))
            out.append((f"feature GET, {size}", "floor ms/call", f"{m['floor'] * 1000:.2f}"))
        np.close()
        http.close()
    return out


def row_decode(rounds: int, calls: int) -> Table:
    from _fastserver import Bodies  # this script's folder is on sys.path

    from neuronpedia_ext import Neuronpedia

    bodies = Bodies()
    out: Table = []
    for size, source in SIZES.items():
        body = bodies.feature(source, "7")

        def handler(request: httpx.Request, body: bytes = body) -> httpx.Response:
            return httpx.Response(200, content=body, headers={"content-type": "application/json"})

        mock = httpx.MockTransport(handler)
        np = Neuronpedia(base_url="http://bench.invalid", api_key="k", transport=mock)
        plain = httpx.Client(transport=mock)
        path = f"http://bench.invalid/api/feature/{MODEL}/{source}/7"
        methods = {
            "json.loads": per_call(lambda b=body: json.loads(b), calls),
            "transport only": per_call(lambda p=path, c=plain: c.get(p).content, calls),
            "ext": per_call(lambda s=source, c=np: c.features.get(MODEL, s, 7), calls),
        }
        try:
            import msgspec

            methods["msgspec (untyped)"] = per_call(lambda b=body: msgspec.json.decode(b), calls)
        except ImportError:
            pass
        m = interleaved(methods, rounds)
        decode = m["ext"] - m["transport only"]
        out.append((f"bytes -> Feature, {size}", "ext decode / json.loads", f"{decode / m['json.loads']:.2f}"))
        if "msgspec (untyped)" in m:
            out.append(
                (f"bytes -> Feature, {size}", "msgspec / json.loads", f"{m['msgspec (untyped)'] / m['json.loads']:.2f}")
            )
        np.close()
        plain.close()
    return out


def _ids(source: str, n: int) -> list[str]:
    return [f"{MODEL}/{source}/{i}" for i in range(n)]


def row_bulk(rounds: int, n: int, official_n: int) -> Table:
    from neuronpedia_ext import Neuronpedia

    out: Table = []
    with fast_server(latency_ms=20) as url:
        np = Neuronpedia(base_url=url, api_key="bench-key")
        http = httpx.Client(limits=httpx.Limits(max_connections=100))
        official = official_feature(url)
        for size, source in SIZES.items():
            ids = _ids(source, n)

            def ext(ids: list[str] = ids) -> float:
                start = time.perf_counter()
                results = np.features.get_many(ids)
                assert all(r.ok for r in results)
                return time.perf_counter() - start

            def raw(source: str = source) -> float:
                batches = [
                    [{"modelId": MODEL, "layer": source, "index": str(i)} for i in range(s, min(s + 100, n))]
                    for s in range(0, n, 100)
                ]
                start = time.perf_counter()
                with ThreadPoolExecutor(8) as pool:
                    list(pool.map(lambda b: json.loads(http.post(f"{url}/api/features", json=b).content), batches))
                return time.perf_counter() - start

            methods: dict[str, Callable[[], float]] = {"raw": raw, "ext": ext}
            if official:

                def loop(source: str = source) -> float:
                    start = time.perf_counter()
                    for i in range(official_n):
                        official(MODEL, source, str(i))
                    return (time.perf_counter() - start) * n / official_n

                methods["official"] = loop
            m = interleaved(methods, rounds)
            label = f"{n:,} features, 20 ms latency, {size}"
            out.append((label, "ext get_many s", f"{m['ext']:.2f}"))
            out.append((label, "ext / raw httpx", f"{m['ext'] / m['raw']:.2f}"))
            if official:
                out.append(
                    (
                        label,
                        f"official / ext (official loop of {official_n}, scaled)",
                        f"{m['official'] / m['ext']:.1f}",
                    )
                )
        np.close()
        http.close()
    return out


def row_gather(rounds: int, n: int) -> Table:
    from neuronpedia_ext import AsyncNeuronpedia, Neuronpedia

    out: Table = []
    with fast_server(latency_ms=20) as url:
        np = Neuronpedia(base_url=url, api_key="bench-key")
        source = SIZES["20 KB"]

        def gather() -> float:
            async def run() -> None:
                async with AsyncNeuronpedia(base_url=url, api_key="bench-key") as anp:
                    await asyncio.gather(*(anp.features.get(MODEL, source, i) for i in range(n)))

            start = time.perf_counter()
            asyncio.run(run())
            return time.perf_counter() - start

        def many() -> float:
            start = time.perf_counter()
            np.features.get_many(_ids(source, n))
            return time.perf_counter() - start

        m = interleaved({"get_many": many, "gather": gather}, rounds)
        out.append((f"{n:,} features via asyncio.gather of get, 20 KB", "gather s", f"{m['gather']:.2f}"))
        out.append(
            (
                f"{n:,} features via asyncio.gather of get, 20 KB",
                "gather / get_many",
                f"{m['gather'] / m['get_many']:.2f}",
            )
        )
        np.close()
    return out


_MEMORY_SCRIPT = """
import resource, sys
from neuronpedia_ext import Neuronpedia
url, method, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
ids = [f"gpt2-small/0-res-jb/{i}" for i in range(n)]
with Neuronpedia(base_url=url, api_key="bench-key") as np:
    if method == "iter_many":
        if not hasattr(np.features, "iter_many"):
            print("n/a"); raise SystemExit
        count = sum(1 for _ in np.features.iter_many(ids))
    else:
        count = len(np.features.get_many(ids))
assert count == n
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def row_memory(sizes: tuple[int, ...]) -> Table:
    out: Table = []
    with fast_server() as url:
        for method in ("get_many", "iter_many"):
            for n in sizes:
                result = subprocess.run(
                    [sys.executable, "-c", _MEMORY_SCRIPT, url, method, str(n)],
                    capture_output=True, text=True, check=True, cwd=HERE.parent,
                ).stdout.strip()  # fmt: skip
                out.append((f"{n:,} features, 20 KB", f"{method} peak RSS MB", result))
    return out


def row_sse(rounds: int, calls: int) -> Table:
    from neuronpedia_ext import Neuronpedia

    out: Table = []
    with fast_server() as url:
        np = Neuronpedia(base_url=url, api_key="bench-key")
        http = httpx.Client()
        vector = ("gemma-2-2b-it/20-neuronpedia-resid-pre/107690427", 44)
        body = {
            "modelId": "gemma-2-2b-it", "features": [], "defaultChatMessages": [], "steeredChatMessages": [],
            "temperature": 0.5, "n_tokens": 10, "seed": 16, "strength_multiplier": 4, "stream": True,
        }  # fmt: skip

        def raw() -> None:
            with http.stream("POST", f"{url}/api/steer-chat", json=body) as response:
                frames = [json.loads(line[5:]) for line in response.iter_lines() if line.startswith("data:")]
            assert len(frames) == 21

        def ext() -> None:
            frames = list(np.steer.chat_stream("Describe a dinosaur in one sentence.", [vector], n_tokens=10))
            assert len(frames) == 21

        m = interleaved({"raw": per_call(raw, calls), "ext": per_call(ext, calls)}, rounds)
        out.append(("steer-chat SSE, 21 frames", "ext / raw iter_lines + json.loads", f"{m['ext'] / m['raw']:.2f}"))
        np.close()
        http.close()
    return out


_COLD = {
    "ext import": "import neuronpedia_ext",
    "official import": "import neuronpedia",
    "ext one GET": (
        "import sys\nfrom neuronpedia_ext import Neuronpedia\n"
        "Neuronpedia(base_url=sys.argv[1], api_key='k').features.get('gpt2-small', '0-res-jb', 7)"
    ),
    "official one GET": (
        "import contextlib, io, os, sys\nos.environ['NEURONPEDIA_API_KEY'] = 'k'\n"
        "from neuronpedia.np_sae_feature import SAEFeature\nfrom neuronpedia.requests.base_request import NPRequest\n"
        "NPRequest.BASE_URL = sys.argv[1] + '/api'\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n    SAEFeature.get('gpt2-small', '0-res-jb', '7')"
    ),
}


def row_cold(rounds: int) -> Table:
    out: Table = []
    with fast_server() as url:

        def run(code: str) -> Callable[[], float]:
            def sample() -> float:
                start = time.perf_counter()
                subprocess.run([sys.executable, "-c", code, url], check=True, capture_output=True, cwd=HERE.parent)
                return time.perf_counter() - start

            return sample

        m = interleaved({name: run(code) for name, code in _COLD.items()}, rounds)
        out.append(("cold start", "ext import / official import", f"{m['ext import'] / m['official import']:.2f}"))
        out.append(("cold start", "ext one-GET script / official", f"{m['ext one GET'] / m['official one GET']:.2f}"))
        out.append(("cold start", "ext one-GET script s", f"{m['ext one GET']:.2f}"))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default="get,decode,bulk,gather,memory,sse,cold")
    parser.add_argument("--quick", action="store_true", help="fewer rounds and calls (a smoke run)")
    args = parser.parse_args()
    q = args.quick
    rows = args.rows.split(",")
    runners: dict[str, Callable[[], Table]] = {
        "get": lambda: row_get(rounds=3 if q else 7, calls=20 if q else 100),
        "decode": lambda: row_decode(rounds=3 if q else 7, calls=20 if q else 200),
        "bulk": lambda: row_bulk(rounds=1 if q else 3, n=200 if q else 1000, official_n=50 if q else 200),
        "gather": lambda: row_gather(rounds=1 if q else 3, n=200 if q else 1000),
        "memory": lambda: row_memory((200, 1000) if q else (1000, 10000)),
        "sse": lambda: row_sse(rounds=3 if q else 7, calls=10 if q else 50),
        "cold": lambda: row_cold(rounds=3 if q else 10),
    }
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{datetime.now(UTC):%Y-%m-%d}")  # fmt: skip
    print("| measure | ratio | value |\n|---|---|---|", flush=True)
    for name in rows:
        for measure, what, value in runners[name]():
            print(f"| {measure} | {what} | {value} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
