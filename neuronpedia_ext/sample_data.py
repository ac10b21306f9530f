"""Sample steering vectors with the official ``neuronpedia.sample_data`` names.

These are **synthetic**: deterministic pseudo-random unit vectors of the right widths, made here
(not copies of the official package's data, which are real steering directions). They are
good for trying the API, for tests and for demos against the emulator; steering a real model
with them gives noise, not dinosaurs or Jedi.

* ``GEMMA2_2B_IT_DINOSAURS_VECTOR``: 2304 floats (the residual width of ``gemma-2-2b-it``).
* ``GPT2_SMALL_RES_JB_JEDI_VECTOR``: 768 floats (the residual width of ``gpt2-small``).

Each is a fresh ``list[float]`` of unit L2 norm (to about 1e-3, values rounded to 4 decimals),
the same in every process and Python version.
"""

from __future__ import annotations

import math
import random

__all__ = ["GEMMA2_2B_IT_DINOSAURS_VECTOR", "GPT2_SMALL_RES_JB_JEDI_VECTOR", "synthetic_vector"]


def synthetic_vector(dimension: int, seed: str) -> list[float]:
    """A deterministic pseudo-random unit vector of ``dimension`` floats, rounded to 4 decimals."""
    rng = random.Random(seed)  # str seeds are hashed with SHA-512: stable across runs and versions
    raw = [rng.gauss(0.0, 1.0) for _ in range(dimension)]
    norm = math.sqrt(sum(v * v for v in raw)) or 1.0
    return [round(v / norm, 4) for v in raw]


GEMMA2_2B_IT_DINOSAURS_VECTOR: list[float] = synthetic_vector(2304, "neuronpedia-ext/gemma-2-2b-it/dinosaurs")
GPT2_SMALL_RES_JB_JEDI_VECTOR: list[float] = synthetic_vector(768, "neuronpedia-ext/gpt2-small/jedi")
