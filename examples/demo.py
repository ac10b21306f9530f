"""`make demo`: start the emulator, run the seed example through neuronpedia_ext, stop.

    python examples/demo.py

Nothing here needs the network: the emulator is a real HTTP server on a free loopback port
with a fresh in-memory store.
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

from neuronpedia_ext import Neuronpedia
from neuronpedia_ext.emulator.server import EmulatorServer

HERE = Path(__file__).resolve().parent


def main() -> int:
    with EmulatorServer() as server:
        print(f"emulator running at {server.base_url}")
        os.environ["NEURONPEDIA_BASE_URL"] = server.base_url
        os.environ["NEURONPEDIA_API_KEY"] = server.api_key
        print("--- seed example (examples/seed_example.py) ---")
        scope = runpy.run_path(str(HERE / "seed_example.py"), run_name="__main__")
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
