"""Client overhead of one feature GET, as ratios measured side by side in one run.

    python benchmarks/bench_feature_get.py [--calls 200] [--rounds 5]

Starts the emulator on loopback, then times, interleaved round by round (forward, then
reversed order, so that drift on a noisy machine hits every method alike):

- ``httpx + json.loads``: a reused ``httpx.Client`` and ``json.loads(response.content)``,
  the floor for any Python client;
- ``neuronpedia_ext``: ``Neuronpedia.features.get`` (request building, spec parse with the
  generated models, conversion to the public ``Feature``);
- ``neuronpedia_ext raw``: ``with_raw_response.features.get(...).json()``;
- ``official neuronpedia``: ``SAEFeature.get`` of the official package, if installed, pointed at
  the emulator (its stdout silenced).

Reports the median per-call time of each method over the rounds, and each median as a ratio
of the floor's. Timings are never a pass/fail test; they belong here.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import statistics
import time
from collections.abc import Callable

import httpx

from neuronpedia_ext import Neuronpedia
from neuronpedia_ext.emulator.server import EmulatorServer

FEATURE = ("gpt2-small", "0-res-jb", "14057")  # the seed's feature with the most activations


def timed(fn: Callable[[], object], calls: int) -> float:
    start = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - start) / calls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    with EmulatorServer() as server:
        url = f"{server.base_url}/api/feature/{'/'.join(FEATURE)}"
        raw_http = httpx.Client()
        np = Neuronpedia(base_url=server.base_url, api_key=server.api_key)
        size = len(raw_http.get(url).content)

        methods: dict[str, Callable[[], object]] = {
            "httpx + json.loads": lambda: json.loads(raw_http.get(url).content),
            "neuronpedia_ext": lambda: np.features.get(*FEATURE),
            "neuronpedia_ext raw": lambda: np.with_raw_response.features.get(*FEATURE).json(),
        }
        try:
            from neuronpedia.np_sae_feature import SAEFeature
            from neuronpedia.requests.base_request import NPRequest

            NPRequest.BASE_URL = f"{server.base_url}/api"

            def official() -> object:
                with contextlib.redirect_stdout(io.StringIO()):
                    return json.loads(SAEFeature.get(*FEATURE).jsonData)

            methods["official neuronpedia (+ json.loads of jsonData)"] = official
        except ImportError:
            pass

        os.environ["NEURONPEDIA_API_KEY"] = server.api_key  # the official client insists on a key
        for fn in methods.values():  # warm up
            fn()
        samples: dict[str, list[float]] = {name: [] for name in methods}
        names = list(methods)
        for round_ in range(args.rounds):
            for name in names if round_ % 2 == 0 else reversed(names):
                samples[name].append(timed(methods[name], args.calls))
        np.close()
        raw_http.close()

    floor = statistics.median(samples["httpx + json.loads"])
    print(f"feature GET {'/'.join(FEATURE)}: {size:,} bytes; {args.rounds} rounds x {args.calls} calls, medians")
    print("| method | ms per call | ratio to httpx + json.loads |\n|---|---|---|")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"| {name} | {median * 1000:.2f} | {median / floor:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
