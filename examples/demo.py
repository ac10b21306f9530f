"""`make demo`: start the emulator, run the seed example through neuronpedia_ext, stop.

    python examples/demo.py

Nothing here needs the network: the emulator is a real HTTP server on a free loopback port
with a fresh in-memory store. The seed example prints the whole steering answer as JSON
(thousands of lines of logprobs); the demo captures that output and prints a summary of it
instead, so the whole demo fits on one screen. `python examples/seed_example.py` against a
running emulator shows the full output.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import runpy
import sys
from pathlib import Path
from typing import Any

from neuronpedia_ext import Neuronpedia
from neuronpedia_ext.emulator.server import EmulatorServer

HERE = Path(__file__).resolve().parent


def summarise(output: str) -> list[str]:
    """The seed example's output in a few lines: the JSON answer summarised, other lines as they are."""
    decoder = json.JSONDecoder()
    lines: list[str] = []
    rest = output.lstrip()
    if rest.startswith("{"):
        answer, end = decoder.raw_decode(rest)
        lines += _summarise_answer(answer)
        rest = rest[end:]
    lines += [line for line in rest.splitlines() if line.strip()]
    return lines


def _summarise_answer(answer: dict[str, Any]) -> list[str]:
    out = [f"steer_chat answered {len(json.dumps(answer, indent=2).splitlines())} lines of JSON; in short:"]
    for side in ("DEFAULT", "STEERED"):
        chat = answer.get(side) or {}
        turns = chat.get("chatTemplate") or []
        reply = turns[-1]["content"] if turns else chat.get("raw", "")
        short = reply if len(reply) <= 70 else reply[:69] + "…"
        out.append(f"  {side}: {short!r} ({len(chat.get('logprobs') or [])} tokens with logprobs)")
    return out


def main() -> int:
    with EmulatorServer() as server:
        print(f"emulator running at {server.base_url}")
        os.environ["NEURONPEDIA_BASE_URL"] = server.base_url
        os.environ["NEURONPEDIA_API_KEY"] = server.api_key
        print("--- seed example (examples/seed_example.py) ---")
        captured = io.StringIO()
        with contextlib.redirect_stdout(captured):
            scope = runpy.run_path(str(HERE / "seed_example.py"), run_name="__main__")
        for line in summarise(captured.getvalue()):
            print(line)
        np_vector = scope["np_vector"]
        print(f"--- uploaded vector: {np_vector.model_id}/{np_vector.source}/{np_vector.index} ({np_vector.url})")
        with Neuronpedia() as np:
            feature = np.features.get("gemma-2-2b", "3-gemmascope-att-16k", "4232")
            top = feature.explanations[0].text if feature.explanations else "(no explanation)"
            print(f"--- fetched feature {feature.model_id}/{feature.source}/{feature.index}: {top}")
            np_vector.delete()
            print("--- deleted the vector; stopping the emulator")
    return 0


if __name__ == "__main__":
    sys.exit(main())
