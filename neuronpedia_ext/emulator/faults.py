"""Fault injection: deterministic (seeded) errors, 429s, latency, dropped and truncated responses."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass

from neuronpedia_ext.emulator.config import FaultConfig


@dataclass(frozen=True)
class Fault:
    kind: str  # "error", "429", "drop", "truncate"
    status: int = 0


class FaultInjector:
    def __init__(self, config: FaultConfig) -> None:
        self.config = config
        self._rng = random.Random(config.seed)
        self._script = list(config.script)
        self._lock = threading.Lock()

    def applies(self, path: str) -> bool:
        return self.config.active and any(path.startswith(p) for p in self.config.paths)

    def draw(self) -> Fault | None:
        c = self.config
        with self._lock:
            if self._script:
                item = self._script.pop(0).strip().lower()
                if item == "ok":
                    return None
                if item in ("drop", "truncate", "429"):
                    return Fault(item, 429 if item == "429" else 0)
                return Fault("error", int(item))
            # draw every rate in a fixed order so the sequence depends only on the seed
            r_drop, r_trunc, r_err, r_429, r_pick = (self._rng.random() for _ in range(5))
        if r_drop < c.drop_rate:
            return Fault("drop")
        if r_trunc < c.truncate_rate:
            return Fault("truncate")
        if r_err < c.error_rate and c.error_statuses:
            return Fault("error", c.error_statuses[int(r_pick * len(c.error_statuses))])
        if r_429 < c.rate_limit_rate:
            return Fault("429", 429)
        return None
