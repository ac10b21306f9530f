"""A fault campaign through ``neuronpedia_ext.Neuronpedia`` against an emulator in its own process: ``make chaos``.

It starts ``neuronpedia-ext emulator`` on a free loopback port, reads the ground truth with faults off, then
turns on seeded faults (by default: 10% 5xx, half of them after the handler; 5% 429; 3% connection resets,
half after the handler; 2% stalls, half after the handler; 1% truncated bodies; 1% slow bodies) and sends
the reads and writes through one client from a few threads. Afterwards, with the faults off again, it counts
on the server what every write left there (``list-owned``), and prints:

- reads: correct (equal to the ground truth) / wrong (a different answer returned as success) / raised;
- writes: ok (reported ok, present once) / duplicated (present more than once) / lost (reported ok, absent) /
  unknown (reported failed, present, and the error did not say it may have been applied); failed writes
  that are absent, or present and flagged (``may_have_applied``), are honest and counted separately;
- the longest call against the client's deadline, and how many calls overran it.

It is a measurement, not a pass/fail test (exit status 0 unless the campaign itself could not run);
``tests/emulator/test_chaos_small.py`` runs a small seeded campaign as a test. Options: ``--help``.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import contextlib
import inspect
import json
import os
import random
import secrets
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEED_FILE = ROOT / "neuronpedia_ext" / "emulator" / "data" / "default_seed.json"
ADMIN_HEADER = "x-emulator-token"


def default_faults(seed: int, stall_s: float) -> dict[str, Any]:
    """The issue's mix, as exclusive shares of all requests (FaultConfig's rates)."""
    return {
        "seed": seed,
        "error_rate": 0.05,
        "after_error_rate": 0.05,
        "rate_limit_rate": 0.05,
        "retry_after": 1,
        "drop_rate": 0.015,
        "after_drop_rate": 0.015,
        "stall_rate": 0.01,
        "after_stall_rate": 0.01,
        "stall_s": stall_s,
        "truncate_rate": 0.01,
        "slow_body_rate": 0.01,
        "slow_body_bytes": 64,
        "slow_body_interval_ms": 100,
    }


@dataclass
class Report:
    reads: int = 0
    writes: int = 0
    reads_correct: int = 0
    reads_wrong: int = 0
    reads_raised: int = 0
    writes_ok: int = 0
    writes_duplicated: int = 0
    writes_lost: int = 0
    writes_unknown: int = 0
    writes_failed_absent: int = 0
    writes_failed_flagged: int = 0
    longest_call_s: float = 0.0
    longest_call: str = ""
    deadline_s: float | None = None
    calls_past_deadline: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    faults_injected: dict[str, int] = field(default_factory=dict)
    elapsed_s: float = 0.0
    details: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        pct = 100.0 * self.reads_correct / self.reads if self.reads else 100.0
        deadline = f"{self.deadline_s:g} s" if self.deadline_s is not None else "none (the client has no deadline)"
        out = [
            f"reads   correct {self.reads_correct}  wrong {self.reads_wrong}  raised {self.reads_raised}"
            f"   ({pct:.2f}% of {self.reads} correct)",
            f"writes  ok {self.writes_ok}  duplicated {self.writes_duplicated}  lost {self.writes_lost}"
            f"  unknown {self.writes_unknown}   (of {self.writes}; also failed and absent {self.writes_failed_absent},"
            f" failed and flagged as possibly applied {self.writes_failed_flagged})",
            f"longest call {self.longest_call_s:.2f} s ({self.longest_call}) against a deadline of {deadline};"
            f" {self.calls_past_deadline} call(s) past it",
            "errors raised: " + (", ".join(f"{k} {v}" for k, v in sorted(self.errors.items())) or "none"),
            "faults injected: " + (", ".join(f"{k} {v}" for k, v in sorted(self.faults_injected.items())) or "none"),
            f"took {self.elapsed_s:.1f} s",
        ]
        return out + [f"  {d}" for d in self.details[:20]]


# --- the emulator, in its own process ----------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextlib.contextmanager
def emulator_process() -> Iterator[tuple[str, str]]:
    """``(base_url, admin_token)`` of a ``neuronpedia-ext emulator`` process, stopped afterwards."""
    port, token = _free_port(), secrets.token_urlsafe(16)
    cmd = [sys.executable, "-m", "neuronpedia_ext.cli", "emulator", "--port", str(port), "--log-level", "error"]
    # the emulator always comes from this checkout (the client under test may come from elsewhere)
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "NEURONPEDIA_EMULATOR_ADMIN_TOKEN": token, "PYTHONPATH": path}
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(url + "/_emulator/health", timeout=1).status_code == 200:
                    break
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the emulator process did not start")
            time.sleep(0.1)
        yield url, token
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _admin(url: str, token: str, method: str, path: str, body: Any = None) -> Any:
    headers = {ADMIN_HEADER: token, "content-type": "application/json"}
    r = httpx.request(method, url + path, headers=headers, content=json.dumps(body or {}), timeout=30)
    r.raise_for_status()
    return r.json()


# --- the campaign ------------------------------------------------------------------------------------------
def _features() -> list[tuple[str, str, str]]:
    seed = json.loads(SEED_FILE.read_text())
    return [(f["modelId"], f["layer"], str(f["index"])) for f in seed["features"]]


def _read_ops(np: Any) -> list[tuple[str, Callable[[], Any]]]:
    ops: list[tuple[str, Callable[[], Any]]] = []
    for model, source, index in _features():
        ops.append(
            (f"features.get {model}/{source}/{index}", lambda m=model, s=source, i=index: np.features.get(m, s, i))
        )
    # (no models.list: the vectors the campaign creates add sources to it, so it has no fixed truth)
    ops.append(("source_sets.get gpt2-small/res-jb", lambda: np.source_sets.get("gpt2-small", "res-jb")))
    ops.append(
        (
            "source_sets.get gemma-2-2b/gemmascope-res-16k",
            lambda: np.source_sets.get("gemma-2-2b", "gemmascope-res-16k"),
        )
    )
    return ops


def _flagged(err: BaseException) -> bool:
    """The error says the write may have been applied (the client's honest-outcome flag)."""
    return bool(getattr(err, "may_have_applied", False))


def _client_deadline(np: Any) -> float | None:
    value = getattr(np, "deadline", None)
    if value is None:
        value = getattr(getattr(np, "_client", None), "deadline", None)
    return float(value) if isinstance(value, int | float) else None


def run_campaign(
    reads: int = 2000,
    writes: int = 200,
    seed: int = 1,
    concurrency: int = 8,
    stall_s: float = 20.0,
    faults: dict[str, Any] | None = None,
    reconcile: bool = False,
    client_options: dict[str, Any] | None = None,
    progress: Callable[[str], None] | None = None,
) -> Report:
    from neuronpedia_ext import Neuronpedia
    from neuronpedia_ext.emulator.config import DEFAULT_API_KEY

    report = Report(reads=reads, writes=writes)
    started = time.monotonic()
    with (
        emulator_process() as (url, token),
        Neuronpedia(base_url=url, api_key=DEFAULT_API_KEY, **(client_options or {})) as np,
    ):
        report.deadline_s = _client_deadline(np)
        ops = _read_ops(np)
        truth = {name: call() for name, call in ops}  # faults off: the ground truth
        _admin(url, token, "PUT", "/_emulator/faults", faults if faults is not None else default_faults(seed, stall_s))
        _admin(url, token, "DELETE", "/_emulator/requests")

        rng = random.Random(seed)
        plan: list[tuple[str, int]] = [("read", i) for i in range(reads)] + [("write", i) for i in range(writes)]
        rng.shuffle(plan)
        read_pick = [rng.randrange(len(ops)) for _ in range(reads)]
        vector = [round(rng.uniform(-1, 1), 4) for _ in range(768)]
        lock = threading.Lock()
        outcome: dict[str, BaseException | None] = {}
        vector_new = np.vectors.new
        list_new = np.lists.new
        extra = {"reconcile": True} if reconcile else {}
        for fn in (vector_new, list_new):
            if extra and "reconcile" not in inspect.signature(fn).parameters:
                raise SystemExit(f"--reconcile: {fn.__qualname__} has no reconcile option in this client")

        def timed(label: str, call: Callable[[], Any]) -> tuple[Any, BaseException | None]:
            t0 = time.monotonic()
            try:
                return call(), None
            except Exception as exc:  # every failure is counted, none stops the campaign
                return None, exc
            finally:
                took = time.monotonic() - t0
                with lock:
                    if took > report.longest_call_s:
                        report.longest_call_s, report.longest_call = took, label
                    if report.deadline_s is not None and took > report.deadline_s:
                        report.calls_past_deadline += 1

        def one(kind: str, i: int) -> None:
            if kind == "read":
                name, call = ops[read_pick[i]]
                result, err = timed(name, call)
                with lock:
                    if err is not None:
                        report.reads_raised += 1
                        report.errors[type(err).__name__] = report.errors.get(type(err).__name__, 0) + 1
                    elif result == truth[name]:
                        report.reads_correct += 1
                    else:
                        report.reads_wrong += 1
                        report.details.append(f"wrong read: {name}")
                return
            label = f"chaos-{'v' if i % 2 == 0 else 'l'}-{i}"
            if i % 2 == 0:
                _, err = timed(
                    "vectors.new", lambda: vector_new(label, "gpt2-small", 6, "hook_resid_pre", vector, **extra)
                )
            else:
                _, err = timed("lists.new", lambda: list_new(label, "a chaos write", **extra))
            with lock:
                outcome[label] = err
                if err is not None:
                    report.errors[type(err).__name__] = report.errors.get(type(err).__name__, 0) + 1

        done = 0
        with concurrent.futures.ThreadPoolExecutor(max_workers=concurrency) as pool:
            for future in concurrent.futures.as_completed([pool.submit(one, k, i) for k, i in plan]):
                future.result()
                done += 1
                if progress and done % 200 == 0:
                    progress(f"{done}/{len(plan)} calls, {time.monotonic() - started:.0f} s")

        log = _admin(url, token, "GET", "/_emulator/requests")
        report.faults_injected = dict(Counter(e["fault"] for e in log["requests"] if e["fault"]))
        _admin(url, token, "DELETE", "/_emulator/faults")
        present = Counter(v.label for v in np.vectors.list_owned()) + Counter(lst.name for lst in np.lists.list_owned())
        for label, err in sorted(outcome.items()):
            n = present.get(label, 0)
            if n > 1:
                report.writes_duplicated += 1
                report.details.append(f"duplicated write: {label} x{n}")
            elif err is None and n == 1:
                report.writes_ok += 1
            elif err is None:
                report.writes_lost += 1
                report.details.append(f"lost write: {label} (reported ok, absent)")
            elif n == 0:
                report.writes_failed_absent += 1
            elif _flagged(err):
                report.writes_failed_flagged += 1
            else:
                report.writes_unknown += 1
                report.details.append(f"unknown write: {label} ({type(err).__name__}, present, not flagged)")
    report.elapsed_s = time.monotonic() - started
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reads", type=int, default=2000)
    parser.add_argument("--writes", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1, help="seeds the faults and the call plan")
    parser.add_argument("--concurrency", type=int, default=8, help="client threads (1: fully reproducible order)")
    parser.add_argument("--stall-s", type=float, default=20.0, help="how long a stall stays silent before closing")
    parser.add_argument("--reconcile", action="store_true", help="pass reconcile=True to the writes")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    print(
        f"chaos: {args.reads} reads, {args.writes} writes, seed {args.seed}, concurrency {args.concurrency}; faults: "
        "10% 5xx (half after the handler), 5% 429, 3% resets (half after the handler), "
        f"2% stalls (half after the handler, {args.stall_s:g} s), 1% truncated, 1% slow bodies",
        flush=True,
    )
    report = run_campaign(
        args.reads,
        args.writes,
        args.seed,
        args.concurrency,
        args.stall_s,
        reconcile=args.reconcile,
        progress=lambda msg: print(msg, file=sys.stderr, flush=True),
    )
    print(json.dumps(asdict(report), indent=2) if args.json else "\n".join(report.lines()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
