"""Fault injection: deterministic (seeded) errors, 429s, stalls, slow and cut bodies, lost answers.

:class:`FaultInjector` draws at most one :class:`Fault` per request (see
:class:`~neuronpedia_ext.emulator.config.FaultConfig` for the kinds); the middleware in
:mod:`neuronpedia_ext.emulator.app` carries it out.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass

from neuronpedia_ext.emulator.config import FAULT_RATES, FaultConfig

#: Kinds carried out after the handler ran: the request is applied, then its answer is lost.
AFTER_HANDLER = frozenset({"after-error", "after-drop", "after-stall"})
#: Kinds that let the handler's real answer start, then spoil its body.
WHILE_SENDING = frozenset({"slow", "stream-stall"})


@dataclass(frozen=True)
class Fault:
    kind: str  # one of FAULT_RATES' kinds
    status: int = 0

    @property
    def after_handler(self) -> bool:
        """True when the handler runs (and its write is applied) before the fault strikes."""
        return self.kind in AFTER_HANDLER or self.kind in WHILE_SENDING

    @property
    def label(self) -> str:
        """How the request log names it: ``"503"``, ``"after-503"``, ``"drop"``, ``"stall"`` ..."""
        if self.kind == "error":
            return str(self.status)
        if self.kind == "after-error":
            return f"after-{self.status}"
        return self.kind


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
                return _scripted(self._script.pop(0), c)
            # two draws per request, always, so the sequence depends only on the seed
            r_kind, r_pick = self._rng.random(), self._rng.random()
        status = c.error_statuses[int(r_pick * len(c.error_statuses))] if c.error_statuses else 500
        edge = 0.0
        for kind, name in FAULT_RATES:
            edge += getattr(c, name)
            if r_kind < edge:
                if kind in ("error", "after-error"):
                    return Fault(kind, status)
                return Fault(kind, 429 if kind == "429" else 0)
        return None


def _scripted(item: str, config: FaultConfig) -> Fault | None:
    text = item.strip().lower()
    if text == "ok":
        return None
    if text == "429":
        return Fault("429", 429)
    if text.startswith("after-") and text[6:].isdigit():
        return Fault("after-error", int(text[6:]))
    if text.isdigit():
        return Fault("error", int(text))
    return Fault(text)
