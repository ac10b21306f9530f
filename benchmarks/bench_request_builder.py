"""The request builder against the generated client: import cost and per-call cost, as ratios.

    .venv/bin/python benchmarks/bench_request_builder.py

A measurement, never pass/fail. Import times are medians of fresh processes (bytecode caches
written first, so neither side is compiling); the builder is loaded under a bare package so that
``neuronpedia_ext/__init__`` is not counted. Per-call times are the best of 7 timeit repeats;
"construct + _get_kwargs" is what a call costs through the generated models today (build the
models from the same values, then ``_get_kwargs``).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import timeit
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STUB = (
    "import sys, types, importlib.util; s = importlib.util.find_spec('neuronpedia_ext'); "
    "m = types.ModuleType('neuronpedia_ext'); m.__path__ = list(s.submodule_search_locations); "
    "sys.modules['neuronpedia_ext'] = m; "
)


def import_ms(pre: str, stmt: str, runs: int = 11) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    code = f"{pre}\nimport time; t = time.perf_counter(); {stmt}; print((time.perf_counter() - t) * 1e3)"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)  # writes .pyc
    times = [
        float(subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, text=True).stdout)
        for _ in range(runs)
    ]
    return statistics.median(times)


def per_call_us(fn: Any, number: int) -> float:
    return min(timeit.repeat(fn, number=number, repeat=7)) / number * 1e6


def main() -> int:
    ours = import_ms("import httpx; " + STUB, "import neuronpedia_ext._request")
    theirs = import_ms("import httpx, attrs", "import neuronpedia_api.api.features.get_feature")
    print(
        f"import (httpx loaded): _request + _wire {ours:.2f} ms; generated get_feature {theirs:.2f} ms; "
        f"ratio {ours / theirs:.4f}"
    )

    from neuronpedia_api.api.features import get_feature, get_features_batch
    from neuronpedia_api.api.sparsity import get_connected_neurons
    from neuronpedia_api.api.steering import steer_completion
    from neuronpedia_api.models import FeaturesBatchRequestItem, SteerCompletionRequest, SteerFeature

    from neuronpedia_ext._request import build_request

    path = {"model_id": "gpt2-small", "layer": "0-res-jb", "index": "14057"}
    query = {"model_id": "gpt2-small", "layer": 3, "index": 100, "trace_depth": 2}
    feats = [{"model_id": "gpt2-small", "layer": "6-res-jb", "index": i, "strength": 4.0} for i in range(3)]
    steer = {
        "prompt": "The cat",
        "model_id": "gpt2-small",
        "features": feats,
        "temperature": 0.5,
        "n_tokens": 16,
        "seed": 16,
        "strength_multiplier": 4,
    }

    def steer_model() -> SteerCompletionRequest:
        return SteerCompletionRequest(**{**steer, "features": [SteerFeature(**f) for f in feats]})

    items = [{"model_id": "gpt2-small", "layer": "0-res-jb", "index": str(i)} for i in range(100)]
    built_steer, built_items = steer_model(), [FeaturesBatchRequestItem(**i) for i in items]
    cases: list[tuple[str, int, Any, Any, Any]] = [
        (
            "get_feature (3 path params)",
            20000,
            lambda: get_feature._get_kwargs(**path),
            lambda: build_request("get_feature", path),
            None,
        ),
        (
            "get_connected_neurons (query)",
            20000,
            lambda: get_connected_neurons._get_kwargs(**query),
            lambda: build_request("get_connected_neurons", query),
            None,
        ),
        (
            "steer_completion (3 nested features)",
            20000,
            lambda: steer_completion._get_kwargs(body=built_steer),
            lambda: build_request("steer_completion", {"body": steer}),
            lambda: steer_completion._get_kwargs(body=steer_model()),
        ),
        (
            "get_features_batch (100 items)",
            500,
            lambda: get_features_batch._get_kwargs(body=built_items),
            lambda: build_request("get_features_batch", {"body": items}),
            lambda: get_features_batch._get_kwargs(body=[FeaturesBatchRequestItem(**i) for i in items]),
        ),
    ]
    for label, number, generated, builder, construct in cases:
        g, b = per_call_us(generated, number), per_call_us(builder, number)
        line = f"{label:38s} _get_kwargs {g:7.2f} us  build_request {b:7.2f} us  ratio {b / g:4.2f}"
        if construct is not None:
            c = per_call_us(construct, number)
            line += f"  | construct + _get_kwargs {c:7.2f} us, ratio {b / c:4.2f}"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
