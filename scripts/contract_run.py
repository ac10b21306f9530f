"""``make contract [URL=...]``: the schemathesis contract suite, then a per-operation table.

Without URL the target is an emulator the suite starts itself. With URL (and NEURONPEDIA_API_KEY) the target is
that server, read-only operations only unless NEURONPEDIA_CONTRACT_ALLOW_WRITES=1 (see tests/contract/_harness.py).
The suite is tests/contract/test_schemathesis.py (same checks as in `make test`); the table comes from its counts.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", default=os.environ.get("URL", ""), help="target server (default: the emulator)")
    parser.add_argument("--max-examples", type=int, default=None, help="fuzzing examples per operation")
    args, rest = parser.parse_known_args()
    env = dict(os.environ)
    if args.url:
        env["NEURONPEDIA_CONTRACT_URL"] = args.url
    if args.max_examples:
        env["NEURONPEDIA_CONTRACT_MAX_EXAMPLES"] = str(args.max_examples)
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "stats.json"
        env["NEURONPEDIA_CONTRACT_DUMP"] = str(dump)
        cmd = [sys.executable, "-m", "pytest", "tests/contract/test_schemathesis.py", "-q", "-p", "no:cacheprovider"]
        rc = subprocess.call([*cmd, *rest], cwd=ROOT, env=env)
        if not dump.exists():
            print("no counts were written (the suite did not run)")
            return rc or 1
        stats = json.loads(dump.read_text())
    phases = ["examples", "coverage", "fuzzing", "stateful"]
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for label, phase, _mode, n in stats["cases"]:
        table[label][phase] += n
    known: dict[str, int] = defaultdict(int)
    for label, _name, n in stats["known"]:
        known[label] += n
    width = max([len(k) for k in table] + [9])
    header = f"{'operation'.ljust(width)}  " + "  ".join(p.rjust(8) for p in phases)
    header += "  " + "cases".rjust(6) + "  " + "defects".rjust(7) + "  " + "failures".rjust(8)
    print("\n" + header + "\n" + "-" * len(header))
    for label in sorted(table, key=lambda x: x.split(" ", 1)[::-1]):
        row = table[label]
        total = sum(row.values())
        fails = stats["failures"].get(label, 0)
        print(
            f"{label.ljust(width)}  "
            + "  ".join(str(row.get(p, 0)).rjust(8) for p in phases)
            + f"  {total:>6}  {known.get(label, 0):>7}  {fails:>8}"
        )
    total_cases = sum(n for *_, n in stats["cases"])
    total_fail = sum(stats["failures"].values())
    print("-" * len(header))
    print(f"{len(table)} operations, {total_cases} cases, {total_fail} failures (target: {args.url or 'emulator'})")
    for message in stats["messages"][:20]:
        print("  FAIL", message[:300])
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
