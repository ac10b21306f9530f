"""The closing drift report of `make test`: spec operations, what cassettes and schemathesis exercised, failures.

Registered from tests/contract/conftest.py (``pytest_terminal_summary``); the numbers come from
:data:`tests.contract._harness.STATS` (schemathesis cases of this session) and from the cassettes on disk.
"""

from __future__ import annotations

import pytest

from tests.contract import _harness as H
from tests.support import spec as S


def cassette_operations() -> tuple[set[str], int, int]:
    """Operation ids exercised by cassettes, and the numbers of cassettes and interactions."""
    ops: set[str] = set()
    cassettes: set[str] = set()
    interactions = 0
    for inter in S.iter_interactions():
        interactions += 1
        cassettes.add(str(inter.cassette))
        op = S.find_operation(inter.method, inter.path)
        if op is not None:
            ops.add(op.operation_id)
    return ops, len(cassettes), interactions


def schemathesis_operations() -> set[str]:
    by_label = {op.label: op.operation_id for op in S.operations()}
    return {by_label[label] for label in H.STATS.operations() if label in by_label}


def lines(session_failed: int) -> list[str]:
    all_ops = {op.operation_id for op in S.operations()}
    cas_ops, n_cassettes, n_interactions = cassette_operations()
    st_ops = schemathesis_operations()
    cases = sum(H.STATS.cases.values())
    st_failures = sum(H.STATS.failures.values())
    covered = (cas_ops | st_ops) & all_ops
    rows = [
        ("operations in the spec", str(len(all_ops))),
        (
            "exercised by cassettes",
            f"{len(cas_ops & all_ops)} ({n_cassettes} cassettes, {n_interactions} interactions)",
        ),
        ("exercised by schemathesis", str(len(st_ops))),
        ("exercised by either", f"{len(covered)}/{len(all_ops)}"),
        ("schemathesis cases run", f"{cases} ({', '.join(f'{k} {v}' for k, v in H.STATS.by_phase().items())})"),
        (
            "documented defects hit",
            f"{sum(n for (_, name), n in H.STATS.known.items() if name != 'x-lenient-validation')} 5xx "
            f"(x-known-server-errors), "
            f"{sum(n for (_, name), n in H.STATS.known.items() if name == 'x-lenient-validation')} invalid "
            "requests served (x-lenient-validation)",
        ),
        ("schemathesis failures", str(st_failures)),
        ("test failures (whole session)", str(session_failed)),
    ]
    width = max(len(name) for name, _ in rows)
    out = [f"{name.ljust(width)}  {value}" for name, value in rows]
    missing = sorted(all_ops - covered)
    if missing and cases:
        out.append(f"not exercised: {', '.join(missing)}")
    return out


def terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    failed = len(terminalreporter.stats.get("failed", [])) + len(terminalreporter.stats.get("error", []))
    terminalreporter.write_sep("=", "contract drift report")
    for line in lines(failed):
        terminalreporter.write_line(line)
