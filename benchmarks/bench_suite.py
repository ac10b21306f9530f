"""The client's speed, as ratios measured side by side (never a pass/fail test).

    python benchmarks/bench_suite.py [--runs 3] [--quick] [--rows get,decode,...] [--json out.json] [--readme]

Every row of issue 9's table, measured against ``benchmarks/_fastserver.py`` in its own process
(bare asyncio, pre-rendered recorded bodies from ``cassettes/reference/``: the 20 KB recorded
feature and a ~190 KB feature built from it), so the server's CPU never lands in a client sample;
its own CPU share is reported per row. Within a row the methods are interleaved: call by call for
the small rows (get, decode, sse; the order rotates every call), round by round for the big
samples (bulk, gather, cold; forward, then reversed). Orders flip every run. A run's ratio is the
median of its per-round ratios (each pair measured side by side in time); the table gives the
median of ``--runs`` runs with their min-max:

- ``get``: one feature GET per call, 20 KB and 190 KB. Floor: a reused ``httpx.Client`` +
  ``json.loads``; and the official package's ``SAEFeature.get`` against ext.
- ``decode``: bytes to the public typed ``Feature``, against ``json.loads`` of the same bytes,
  with a typed msgspec decode (``_reference_types.py``) as a reference line. The ext path, first
  found of: the hook ``neuronpedia_ext._bench_decode_feature(body: bytes) -> Feature`` (the
  client's own decode, nothing else); ``with_raw_response.features.get(...).parsed`` when raw
  responses parse lazily (only the first access to ``.parsed`` is timed); else ``features.get``
  over an in-memory transport minus a plain ``httpx.Client`` over it (an upper bound: it includes
  the client's request path). The heading names the path used.
- ``bulk``: 1,000 features with 20 ms latency per request: ``get_many`` against raw httpx doing
  the same batch POSTs (``get_many``'s own default batch size and concurrency) + ``json.loads``,
  and against the official package's sequential loop (timed over ``official_n`` calls, scaled).
- ``gather``: the same 1,000 (20 KB) through ``asyncio.gather`` of single
  ``AsyncNeuronpedia.features.get``, against ``get_many``; raw httpx ``gather`` with a semaphore of
  100 as a reference.
- ``memory``: peak RSS (``VmHWM``) of a fresh process reading 1,000 and 10,000 features with
  ``get_many`` and ``iter_many`` (``n/a`` while the client has no ``iter_many``), one subprocess per
  measurement; "flat in N" is read as at most 10 MB of growth from 1,000 to 10,000.
- ``sse``: a 21-frame steer-chat stream, against raw ``iter_lines`` + ``json.loads``.
- ``cold``: fresh interpreters: ``import`` and a one-GET script, against the official package.

``--json`` writes every number (per run, medians, the machine); ``--readme`` prints the README's
markdown table (target, median, met). Only public API is used, so the harness outlives rewrites
of the client's internals; a row that fails prints why and reports ``n/a``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import importlib.metadata
import inspect
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SIZES = {"20": "0-res-jb", "190": "big-res"}  # KB label -> source the fast server answers with that body
MODEL = "gpt2-small"
KEY = "bench-key"
DASH = "\u2013"  # an en dash, for "no target" and ranges
ROWS = ("get", "decode", "bulk", "gather", "memory", "sse", "cold")

Values = dict[str, float | None]


# --------------------------------------------------------------------------------------------
# configuration and the metric table


@dataclass(frozen=True)
class Config:
    runs: int
    get_rounds: int = 11  # call-interleaved rows: rounds x calls per round, per method
    get_calls: int = 50
    decode_rounds: int = 15
    decode_calls: int = 100
    bulk_rounds: int = 2
    bulk_n: int = 1000
    official_n: int = 100
    gather_rounds: int = 1
    gather_n: int = 1000
    memory_sizes: tuple[int, int] = (1000, 10000)
    sse_rounds: int = 11
    sse_calls: int = 20
    cold_rounds: int = 5

    @classmethod
    def make(cls, quick: bool, runs: int | None) -> Config:
        if not quick:
            return cls(runs=runs or 3)
        return cls(
            runs=runs or 1,
            get_rounds=5,
            get_calls=10,
            decode_rounds=5,
            decode_calls=30,
            bulk_rounds=1,
            bulk_n=200,
            official_n=20,
            gather_n=200,
            memory_sizes=(200, 1000),
            sse_rounds=5,
            sse_calls=5,
            cold_rounds=2,
        )


@dataclass(frozen=True)
class Metric:
    key: str
    measure: str
    what: str
    target: str = DASH
    bound: tuple[str, float] | None = None  # ("<=", 1.3): met when the median is at most 1.3
    fmt: str = "{:.2f}"

    def show(self, value: float | None) -> str:
        return "n/a" if value is None else self.fmt.format(value)

    def met(self, value: float | None) -> str:
        if self.bound is None:
            return DASH
        if value is None:
            return "n/a"
        op, limit = self.bound
        return "yes" if (value <= limit if op == "<=" else value >= limit) else "no"


def metrics(cfg: Config) -> list[Metric]:
    out: list[Metric] = []
    for kb in SIZES:
        m = f"one feature GET, {kb} KB"
        out += [
            Metric(f"get.{kb}.ext_floor", m, "ext / floor (reused httpx.Client + json.loads)", "≤ 1.3", ("<=", 1.3)),
            Metric(f"get.{kb}.official_ext", m, "official / ext"),
            Metric(f"get.{kb}.floor_ms", m, "floor, ms per call", fmt="{:.3f}"),
        ]
    for kb in SIZES:
        m = f"bytes → typed Feature, {kb} KB"
        out += [
            Metric(f"decode.{kb}.ext", m, "ext decode / json.loads", "≤ 1.0", ("<=", 1.0)),
            Metric(f"decode.{kb}.msgspec", m, "typed msgspec decode / json.loads (reference)"),
            Metric(f"decode.{kb}.json_us", m, "json.loads, µs", fmt="{:.0f}"),
        ]
    for kb in SIZES:
        m = f"{cfg.bulk_n:,} features, 20 ms latency, {kb} KB"
        out += [
            Metric(f"bulk.{kb}.official_ext", m, "official loop / get_many", "≥ 15", (">=", 15.0), "{:.1f}"),
            Metric(
                f"bulk.{kb}.ext_raw",
                m,
                "get_many / raw httpx (same batch POSTs, same concurrency)",
                "≤ 1.3",
                ("<=", 1.3),
            ),
            Metric(f"bulk.{kb}.ext_s", m, "get_many, s"),
            Metric(f"bulk.{kb}.raw_s", m, "raw httpx + json.loads, s"),
            Metric(f"bulk.{kb}.official_s", m, f"official loop, s (timed over {cfg.official_n}, scaled)", fmt="{:.1f}"),
        ]
    m = f"{cfg.gather_n:,} features, 20 ms latency, asyncio.gather of features.get, 20 KB"
    out += [
        Metric("gather.ratio", m, "gather / get_many", "≤ 1.5", ("<=", 1.5)),
        Metric("gather.s", m, "gather, s"),
        Metric("gather.get_many_s", m, "get_many, s"),
        Metric("gather.raw_s", m, "raw httpx gather with a semaphore of 100 + json.loads, s"),
    ]
    small, large = cfg.memory_sizes
    m = f"memory, {large:,} features, 20 KB"
    out += [
        Metric(
            "memory.iter_many_growth",
            m,
            f"iter_many peak RSS growth {small:,} → {large:,} features, MB",
            "flat in N (≤ 10 MB)",
            ("<=", 10.0),
            "{:.0f}",
        ),
        Metric("memory.iter_many_mb", m, "iter_many peak RSS, MB", fmt="{:.0f}"),
        Metric("memory.get_many_mb", m, "get_many peak RSS, MB", fmt="{:.0f}"),
        Metric("memory.get_many_kb", m, f"get_many KB per feature (growth {small:,} → {large:,})", fmt="{:.0f}"),
        Metric("memory.baseline_mb", m, "client + one GET, peak RSS, MB", fmt="{:.0f}"),
    ]
    m = "steer-chat SSE stream, 21 frames"
    out += [
        Metric("sse.ratio", m, "ext / raw iter_lines + json.loads", "≤ 1.5", ("<=", 1.5)),
        Metric("sse.raw_ms", m, "raw, ms per stream", fmt="{:.2f}"),
    ]
    m = "cold start (fresh interpreter)"
    out += [
        Metric("cold.import", m, "import neuronpedia_ext / import neuronpedia", "≤ 1.0", ("<=", 1.0)),
        Metric("cold.one_get", m, "one-GET script, ext / official", "≤ 1.0", ("<=", 1.0)),
        Metric("cold.ext_import_s", m, "import neuronpedia_ext, s", fmt="{:.3f}"),
        Metric("cold.official_import_s", m, "import neuronpedia, s", fmt="{:.3f}"),
        Metric("cold.ext_get_s", m, "ext one-GET script, s", fmt="{:.3f}"),
        Metric("cold.official_get_s", m, "official one-GET script, s", fmt="{:.3f}"),
        Metric("cold.python_s", m, "bare interpreter (python -c pass), s", fmt="{:.3f}"),
    ]
    for row in ROWS:
        if row not in ("decode", "cold"):  # decode needs no server; cold's server work is one GET a script
            what = f"CPU while `{row}` ran, % of one core"
            out.append(Metric(f"server.{row}", "loopback server (its own process)", what, fmt="{:.0f}%"))
    return out


# --------------------------------------------------------------------------------------------
# measuring


class Server:
    """``_fastserver.py`` in its own process; ``share()`` is its CPU share since the last ``mark()``."""

    def __init__(self, latency_ms: float) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "_fastserver.py"), "--latency-ms", str(latency_ms)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line.startswith("PORT "):
            self.proc.kill()
            raise RuntimeError(f"benchmark server did not start: {line!r}")
        self.url = f"http://127.0.0.1:{int(line.split()[1])}"
        self.mark()

    def _cpu(self) -> float:
        return float(httpx.get(f"{self.url}/__stats").json()["cpu"])

    def mark(self) -> None:
        self._start = (time.perf_counter(), self._cpu())

    def share(self) -> float:
        wall, cpu = time.perf_counter() - self._start[0], self._cpu() - self._start[1]
        return 100.0 * cpu / wall

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(10)


@contextlib.contextmanager
def fast_server(latency_ms: float = 0.0) -> Iterator[Server]:
    server = Server(latency_ms)
    try:
        yield server
    finally:
        server.close()


class Samples:
    """Per-round samples of each method; a ratio is the median of the per-round ratios (paired in time)."""

    def __init__(self, samples: dict[str, list[float]]) -> None:
        self.samples = samples

    def __contains__(self, name: str) -> bool:
        return name in self.samples

    def abs(self, name: str) -> float:
        return statistics.median(self.samples[name])

    def ratio(self, a: str, b: str, minus: str | None = None) -> float:
        """Median over rounds of ``a / b`` (or ``(a - minus) / b``)."""
        sub = self.samples[minus] if minus else [0.0] * len(self.samples[a])
        return statistics.median((x - y) / z for x, y, z in zip(self.samples[a], sub, self.samples[b], strict=True))


def interleaved(methods: dict[str, Callable[[], float]], rounds: int, flip: bool, warm: bool = True) -> Samples:
    """Big samples (each method returns the seconds one sample took), interleaved round by round:
    forward, then reversed order (``flip`` starts reversed)."""
    samples: dict[str, list[float]] = {name: [] for name in methods}
    names = list(methods)
    if warm:
        for fn in methods.values():
            fn()
    for r in range(rounds):
        for name in names if (r + flip) % 2 == 0 else reversed(names):
            samples[name].append(methods[name]())
    return Samples(samples)


def call_interleaved(calls: dict[str, Callable[[], float | None]], rounds: int, per_round: int, flip: bool) -> Samples:
    """Small calls, interleaved call by call: every method runs once per step, in an order that
    rotates each step, so all see the same machine; a round's sample is the mean over ``per_round``
    steps. A call may return the seconds it measured itself (only part of its work is the sample)."""
    names = list(calls)
    clock = time.perf_counter
    for fn in calls.values():  # warm up
        fn()
    samples: dict[str, list[float]] = {name: [] for name in names}
    for r in range(rounds):
        totals = dict.fromkeys(names, 0.0)
        for step in range(per_round):
            k = (step + r + flip) % len(names)
            for name in names[k:] + names[:k]:
                start = clock()
                own = calls[name]()
                totals[name] += clock() - start if own is None else own
        for name in names:
            samples[name].append(totals[name] / per_round)
    return Samples(samples)


def none(_: object) -> None:
    """Drop a call's result: the call's own wall time is its sample."""


def timed(fn: Callable[[], object]) -> Callable[[], float]:
    def sample() -> float:
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    return sample


def official_feature(base_url: str) -> Callable[[str, str, str], object] | None:
    """The official package's ``SAEFeature.get`` against ``base_url`` (None if not installed)."""
    try:
        from neuronpedia.np_sae_feature import SAEFeature
        from neuronpedia.requests.base_request import NPRequest
    except ImportError:
        return None
    NPRequest.BASE_URL = f"{base_url}/api"
    os.environ.setdefault("NEURONPEDIA_API_KEY", KEY)  # the official client insists on a key

    def get(model: str, source: str, index: str) -> object:
        with contextlib.redirect_stdout(io.StringIO()):
            return SAEFeature.get(model, source, index)

    return get


def _client(url: str, **kwargs: Any) -> Any:
    from neuronpedia_ext import Neuronpedia

    return Neuronpedia(base_url=url, api_key=KEY, **kwargs)


def _ids(source: str, n: int) -> list[str]:
    return [f"{MODEL}/{source}/{i}" for i in range(n)]


def _get_many_defaults(np: Any) -> tuple[int, int]:
    """``get_many``'s own default (batch_size, concurrency), so the raw floor sends the same requests."""
    batch, concurrency = 100, 8
    with contextlib.suppress(TypeError, ValueError):
        params = inspect.signature(np.features.get_many).parameters
        if isinstance(getattr(params.get("batch_size"), "default", None), int):
            batch = params["batch_size"].default
        if isinstance(getattr(params.get("concurrency"), "default", None), int):
            concurrency = params["concurrency"].default
    return batch, concurrency


def row_get(cfg: Config, flip: bool) -> Values:
    out: Values = {}
    with fast_server() as server:
        url = server.url
        http = httpx.Client()
        np = _client(url)
        official = official_feature(url)
        for kb, source in SIZES.items():
            path = f"{url}/api/feature/{MODEL}/{source}/7"
            calls: dict[str, Callable[[], float | None]] = {
                "floor": lambda p=path: none(json.loads(http.get(p).content)),
                "ext": lambda s=source: none(np.features.get(MODEL, s, 7)),
            }
            if official:
                calls["official"] = lambda s=source: none(official(MODEL, s, "7"))
            m = call_interleaved(calls, cfg.get_rounds, cfg.get_calls, flip)
            out[f"get.{kb}.ext_floor"] = m.ratio("ext", "floor")
            out[f"get.{kb}.official_ext"] = m.ratio("official", "ext") if official else None
            out[f"get.{kb}.floor_ms"] = m.abs("floor") * 1000
        out["server.get"] = server.share()
        np.close()
        http.close()
    return out


def _decode_hook() -> Callable[[bytes], object] | None:
    import neuronpedia_ext

    hook = getattr(neuronpedia_ext, "_bench_decode_feature", None)
    return hook if callable(hook) else None


DECODE_PATHS = {
    "hook": "neuronpedia_ext._bench_decode_feature(body)",
    "lazy raw": "with_raw_response.features.get(...).parsed, timing only the (lazy) parse",
    "subtraction": "features.get over an in-memory transport minus httpx over it (an upper bound: includes the "
    "request path)",
}
decode_path_used: set[str] = set()


def _memory_transport(body: bytes) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


def _lazy_parsed(raw: object) -> bool:
    """True when ``APIResponse.parsed`` is computed on first access (raw responses parse lazily)."""
    attr = inspect.getattr_static(type(raw), "parsed", None)
    return isinstance(attr, property | functools.cached_property)


Call = Callable[[], float | None]


def _ext_decode(source: str, body: bytes) -> tuple[str, dict[str, Call], list[Callable[[], None]]]:
    """The best public way to time bytes -> Feature: the hook, else a lazy raw parse, else a subtraction
    (``ext`` minus ``transport``). Returns the path's name, its calls and what to close."""
    hook = _decode_hook()
    if hook is not None:
        return "hook", {"ext": lambda: none(hook(body))}, []
    np = _client("http://bench.invalid", transport=_memory_transport(body))
    closers: list[Callable[[], None]] = [np.close]
    if _lazy_parsed(np.with_raw_response.features.get(MODEL, source, 7)):

        def parse() -> float:
            raw = np.with_raw_response.features.get(MODEL, source, 7)
            start = time.perf_counter()
            raw.parsed  # noqa: B018 (the first access is the measurement)
            return time.perf_counter() - start

        return "lazy raw", {"ext": parse}, closers
    plain = httpx.Client(transport=_memory_transport(body))
    closers.append(plain.close)
    path = f"http://bench.invalid/api/feature/{MODEL}/{source}/7"
    calls: dict[str, Call] = {
        "ext": lambda: none(np.features.get(MODEL, source, 7)),
        "transport": lambda: none(plain.get(path).content),
    }
    return "subtraction", calls, closers


def row_decode(cfg: Config, flip: bool) -> Values:
    from _fastserver import Bodies  # this script's folder is on sys.path

    bodies = Bodies()
    out: Values = {}
    for kb, source in SIZES.items():
        body = bodies.feature(source, "7")
        path, calls, closers = _ext_decode(source, body)
        decode_path_used.add(path)
        calls["json.loads"] = lambda b=body: none(json.loads(b))
        try:
            from _reference_types import FEATURE_DECODER

            calls["msgspec"] = lambda b=body: none(FEATURE_DECODER.decode(b))
        except ImportError:
            pass
        m = call_interleaved(calls, cfg.decode_rounds, cfg.decode_calls, flip)
        out[f"decode.{kb}.ext"] = m.ratio("ext", "json.loads", minus="transport" if "transport" in m else None)
        out[f"decode.{kb}.msgspec"] = m.ratio("msgspec", "json.loads") if "msgspec" in m else None
        out[f"decode.{kb}.json_us"] = m.abs("json.loads") * 1e6
        for close in closers:
            close()
    return out


def row_bulk(cfg: Config, flip: bool) -> Values:
    out: Values = {}
    n = cfg.bulk_n
    with fast_server(latency_ms=20) as server:
        url = server.url
        np = _client(url)
        batch_size, concurrency = _get_many_defaults(np)
        http = httpx.Client(limits=httpx.Limits(max_connections=max(concurrency, 10)))
        official = official_feature(url)

        def raw_batches(source: str, count: int) -> None:
            batches = [
                [{"modelId": MODEL, "layer": source, "index": str(i)} for i in range(s, min(s + batch_size, count))]
                for s in range(0, count, batch_size)
            ]
            with ThreadPoolExecutor(concurrency) as pool:
                found = pool.map(lambda b: json.loads(http.post(f"{url}/api/features", json=b).content), batches)
                assert sum(len(f) for f in found) == count

        def ext_many(source: str, count: int) -> None:
            assert len(np.features.get_many(_ids(source, count))) == count

        for kb, source in SIZES.items():
            ext_many(source, 10)  # warm-ups: imports, pools, connections
            raw_batches(source, 10)
            methods: dict[str, Callable[[], float]] = {
                "raw": timed(lambda s=source: raw_batches(s, n)),
                "ext": timed(lambda s=source: ext_many(s, n)),
            }
            if official:
                official(MODEL, source, "0")

                def loop(source: str = source) -> float:
                    start = time.perf_counter()
                    for i in range(cfg.official_n):
                        official(MODEL, source, str(i))
                    return (time.perf_counter() - start) * n / cfg.official_n

                methods["official"] = loop
            m = interleaved(methods, cfg.bulk_rounds, flip, warm=False)
            out[f"bulk.{kb}.official_ext"] = m.ratio("official", "ext") if official else None
            out[f"bulk.{kb}.ext_raw"] = m.ratio("ext", "raw")
            out[f"bulk.{kb}.ext_s"] = m.abs("ext")
            out[f"bulk.{kb}.raw_s"] = m.abs("raw")
            out[f"bulk.{kb}.official_s"] = m.abs("official") if official else None
        out["server.bulk"] = server.share()
        np.close()
        http.close()
    return out


def row_gather(cfg: Config, flip: bool) -> Values:
    from neuronpedia_ext import AsyncNeuronpedia

    n = cfg.gather_n
    source = SIZES["20"]
    with fast_server(latency_ms=20) as server:
        url = server.url
        np = _client(url)

        def gather(count: int) -> None:
            async def run() -> None:
                async with AsyncNeuronpedia(base_url=url, api_key=KEY) as anp:
                    found = await asyncio.gather(*(anp.features.get(MODEL, source, i) for i in range(count)))
                    assert len(found) == count

            asyncio.run(run())

        def raw(count: int) -> None:
            async def run() -> None:
                semaphore = asyncio.Semaphore(100)
                async with httpx.AsyncClient(limits=httpx.Limits(max_connections=100)) as http:

                    async def one(i: int) -> object:
                        async with semaphore:
                            return json.loads((await http.get(f"{url}/api/feature/{MODEL}/{source}/{i}")).content)

                    found = await asyncio.gather(*(one(i) for i in range(count)))
                    assert len(found) == count

            asyncio.run(run())

        def many(count: int) -> None:
            assert len(np.features.get_many(_ids(source, count))) == count

        for warm in (many, raw, gather):
            warm(10)
        m = interleaved(
            {"get_many": timed(lambda: many(n)), "raw": timed(lambda: raw(n)), "gather": timed(lambda: gather(n))},
            cfg.gather_rounds,
            flip,
            warm=False,
        )
        out: Values = {
            "gather.ratio": m.ratio("gather", "get_many"),
            "gather.s": m.abs("gather"),
            "gather.get_many_s": m.abs("get_many"),
            "gather.raw_s": m.abs("raw"),
            "server.gather": server.share(),
        }
        np.close()
    return out


_MEMORY_SCRIPT = """
import resource, sys
from neuronpedia_ext import Neuronpedia
url, method, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
ids = [f"gpt2-small/0-res-jb/{i}" for i in range(n)]
with Neuronpedia(base_url=url, api_key="bench-key") as np:
    if method == "baseline":
        np.features.get("gpt2-small", "0-res-jb", 0)
        count = n
    elif method == "iter_many":
        if not hasattr(np.features, "iter_many"):
            print("n/a"); raise SystemExit
        count = sum(1 for _ in np.features.iter_many(ids))
    else:
        count = len(np.features.get_many(ids))
assert count == n, (count, n)
try:  # VmHWM: this process's own peak (ru_maxrss would carry over the forking parent's peak on Linux)
    status = open("/proc/self/status").read()
    print(int(status.split("VmHWM:")[1].split()[0]) / 1024)
except (OSError, IndexError):
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 1024**2))
"""


def row_memory(cfg: Config, flip: bool) -> Values:
    small, large = cfg.memory_sizes
    with fast_server() as server:

        def peak(method: str, n: int) -> float | None:
            result = subprocess.run(
                [sys.executable, "-c", _MEMORY_SCRIPT, server.url, method, str(n)],
                capture_output=True, text=True, cwd=ROOT,
            )  # fmt: skip
            if result.returncode != 0:
                raise RuntimeError(f"memory {method} {n}: {result.stderr.strip()[-500:]}")
            text = result.stdout.strip()
            return None if text == "n/a" else float(text)

        plan = [("baseline", 1), ("get_many", small), ("get_many", large), ("iter_many", small), ("iter_many", large)]
        got = {(method, n): peak(method, n) for method, n in (reversed(plan) if flip else plan)}
        share = server.share()

    def growth(method: str) -> float | None:
        a, b = got[(method, small)], got[(method, large)]
        return None if a is None or b is None else b - a

    g = growth("get_many")
    return {
        "memory.iter_many_growth": growth("iter_many"),
        "memory.iter_many_mb": got[("iter_many", large)],
        "memory.get_many_mb": got[("get_many", large)],
        "memory.get_many_kb": None if g is None else g * 1024 / (large - small),
        "memory.baseline_mb": got[("baseline", 1)],
        "server.memory": share,
    }


def _stream(np: Any, prompt: str, vector: tuple[str, float]) -> Iterator[object]:
    """The steer-chat stream through whatever public spelling the client has (the README's today)."""
    if hasattr(np.steer, "chat_stream"):
        return iter(np.steer.chat_stream(prompt, [vector], n_tokens=10))
    return iter(np.steer.chat(prompt, [vector], n_tokens=10, stream=True))


def row_sse(cfg: Config, flip: bool) -> Values:
    with fast_server() as server:
        url = server.url
        np = _client(url)
        http = httpx.Client()
        vector = ("gemma-2-2b-it/20-neuronpedia-resid-pre/107690427", 44.0)
        body = {
            "modelId": "gemma-2-2b-it", "features": [], "defaultChatMessages": [], "steeredChatMessages": [],
            "temperature": 0.5, "n_tokens": 10, "seed": 16, "strength_multiplier": 4, "stream": True,
        }  # fmt: skip

        def raw() -> None:
            with http.stream("POST", f"{url}/api/steer-chat", json=body) as response:
                frames = [json.loads(line[5:]) for line in response.iter_lines() if line.startswith("data:")]
            assert len(frames) == 21, len(frames)

        def ext() -> None:
            frames = list(_stream(np, "Describe a dinosaur in one sentence.", vector))
            assert len(frames) == 21, len(frames)

        m = call_interleaved({"raw": raw, "ext": ext}, cfg.sse_rounds, cfg.sse_calls, flip)
        out: Values = {
            "sse.ratio": m.ratio("ext", "raw"),
            "sse.raw_ms": m.abs("raw") * 1000,
            "server.sse": server.share(),
        }
        np.close()
        http.close()
    return out


_COLD = {
    "python": "pass",
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


def row_cold(cfg: Config, flip: bool) -> Values:
    with fast_server() as server:

        def run(code: str) -> Callable[[], float]:
            def sample() -> float:
                start = time.perf_counter()
                subprocess.run([sys.executable, "-c", code, server.url], check=True, capture_output=True, cwd=ROOT)
                return time.perf_counter() - start

            return sample

        m = interleaved({name: run(code) for name, code in _COLD.items()}, cfg.cold_rounds, flip)
    return {
        "cold.import": m.ratio("ext import", "official import"),
        "cold.one_get": m.ratio("ext one GET", "official one GET"),
        "cold.ext_import_s": m.abs("ext import"),
        "cold.official_import_s": m.abs("official import"),
        "cold.ext_get_s": m.abs("ext one GET"),
        "cold.official_get_s": m.abs("official one GET"),
        "cold.python_s": m.abs("python"),
    }


RUNNERS: dict[str, Callable[[Config, bool], Values]] = {
    "get": row_get,
    "decode": row_decode,
    "bulk": row_bulk,
    "gather": row_gather,
    "memory": row_memory,
    "sse": row_sse,
    "cold": row_cold,
}


# --------------------------------------------------------------------------------------------
# the machine, the runs, the report


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    commit = "unknown"
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        git = ["git", "-C", str(ROOT)]
        commit = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                check=True).stdout.strip()  # fmt: skip
        dirty = subprocess.run([*git, "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                               text=True, check=True).stdout.strip()  # fmt: skip
        commit += "+dirty" if dirty else ""
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "commit": commit,
        "versions": {d: _version(d) for d in ("neuronpedia-ext", "neuronpedia", "httpx", "msgspec")},
        "loadavg_start": [round(x, 2) for x in os.getloadavg()],
    }


@dataclass
class Report:
    cfg: Config
    rows: list[str]
    machine: dict[str, Any]
    date: str
    runs: list[Values] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self, metric: Metric) -> tuple[float | None, float | None, float | None, list[float | None]]:
        per_run = [run.get(metric.key) for run in self.runs]
        values = [v for v in per_run if v is not None]
        if not values:
            return None, None, None, per_run
        return statistics.median(values), min(values), max(values), per_run

    def shown(self) -> list[Metric]:
        return [m for m in metrics(self.cfg) if any(m.key in run for run in self.runs)]

    def heading(self) -> str:
        mc, v = self.machine, self.machine["versions"]
        runs = len(self.runs)
        return (
            f"{self.date}, {mc['cpu']}, {mc['cores']} cores, Python {mc['python']}; neuronpedia-ext "
            f"{v['neuronpedia-ext']} ({mc['commit']}), official neuronpedia {v['neuronpedia']}, httpx {v['httpx']}, "
            f"msgspec {v['msgspec']}; {f'median of {runs} runs (min{DASH}max)' if runs > 1 else 'one run'}, "
            f"{self.seconds:.0f} s in all; load average {mc['loadavg_start'][0]} at start, "
            f"{mc.get('loadavg_end', ['?'])[0]} at the end. Decode path: {mc['decode_path']}."
        )

    def markdown(self, per_run: bool) -> str:
        lines = [self.heading(), ""]
        head = f"| measure | ratio | target | median (min{DASH}max) | met |"
        lines += [head + (" runs |" if per_run else ""), "|---|---|---|---|---|" + ("---|" if per_run else "")]
        for metric in self.shown():
            median, lo, hi, runs = self.summary(metric)
            value = metric.show(median)
            if median is not None and len(self.runs) > 1:
                value += f" ({metric.show(lo)}{DASH}{metric.show(hi)})"
            line = f"| {metric.measure} | {metric.what} | {metric.target} | {value} | {metric.met(median)} |"
            if per_run:
                line += " " + ", ".join(metric.show(v) for v in runs) + " |"
            lines.append(line)
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "date": self.date,
            "machine": self.machine,
            "config": asdict(self.cfg),
            "rows": self.rows,
            "seconds": round(self.seconds, 1),
            "runs": self.runs,
            "metrics": [],
        }
        for metric in self.shown():
            median, lo, hi, runs = self.summary(metric)
            out["metrics"].append(
                {
                    "key": metric.key,
                    "measure": metric.measure,
                    "what": metric.what,
                    "target": metric.target,
                    "median": median,
                    "min": lo,
                    "max": hi,
                    "per_run": runs,
                    "met": metric.met(median),
                }
            )
        return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", default=",".join(ROWS), help=f"comma-separated subset of {','.join(ROWS)}")
    parser.add_argument("--runs", type=int, default=None, help="runs to take the median of (default 3; --quick 1)")
    parser.add_argument("--quick", action="store_true", help="fewer rounds, calls and features (a smoke run)")
    parser.add_argument("--json", metavar="PATH", help="write every number (per run and medians) to PATH")
    parser.add_argument("--readme", action="store_true", help="print only the README's table (target, median, met)")
    args = parser.parse_args()
    rows = [r.strip() for r in args.rows.split(",") if r.strip()]
    unknown = [r for r in rows if r not in RUNNERS]
    if unknown:
        parser.error(f"unknown rows {unknown}; choose from {','.join(ROWS)}")
    cfg = Config.make(args.quick, args.runs)
    report = Report(cfg, rows, machine(), f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC")
    start = time.perf_counter()
    for run in range(cfg.runs):
        values: Values = {}
        for name in rows:
            row_start = time.perf_counter()
            try:
                values.update(RUNNERS[name](cfg, run % 2 == 1))
            except Exception:  # a row that breaks (say, mid-rewrite) reports n/a; the others still run
                print(f"row {name} failed in run {run + 1}:\n{traceback.format_exc()}", file=sys.stderr)
                keys = [m.key for m in metrics(cfg) if m.key.startswith(f"{name}.") or m.key == f"server.{name}"]
                values.update(dict.fromkeys(keys))
            print(f"run {run + 1}/{cfg.runs}: {name} {time.perf_counter() - row_start:.1f} s", file=sys.stderr)
        report.runs.append(values)
    report.seconds = time.perf_counter() - start
    report.machine["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    report.machine["decode_path"] = "; ".join(DECODE_PATHS[p] for p in sorted(decode_path_used)) or "not run"
    if args.json:
        Path(args.json).write_text(json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n")
    print(report.markdown(per_run=not args.readme and cfg.runs > 1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
