"""The mutation gate: seed each catalogued defect in a scratch copy and check that its tests catch it.

The catalogue is every ``mutations/*.yaml`` file (format: README, "Mutation gate"). For each entry this
script copies the repository (tracked and untracked-but-not-ignored files, as they are on disk) into a
scratch directory, replaces the entry's ``find`` text with its ``replace`` text, re-runs
``make generate`` there when ``regenerate: true``, and runs ``pytest <tests>`` in the copy.

Results: ``killed`` (the tests failed), ``survived`` (they passed), ``stale`` (the ``find`` text does
not occur exactly once, or the file is gone) and ``error`` (generation failed, collection error, no
tests, timeout, or the canary found code from outside the scratch copy in the test process).

The venv has this project installed in editable mode from the original tree, and its pytest11 plugin
is imported before pytest's ``pythonpath`` ini applies. So the tests run with
``PYTHONPATH=<scratch>:<scratch>/generated`` (also inherited by any subprocess the tests start), and a
canary plugin records, at the end of the session, where ``neuronpedia_ext`` and ``neuronpedia_api``
were imported from and every loaded module whose file lies in the original tree. A result is only
reported when both packages come from the scratch copy and nothing was loaded from the original tree.

Usage: ``python scripts/mutate.py [--only id,id] [--layer spec,emulator] [--sample] [-j 2]
[--readme] [--check] [--json out.json] [--keep] [--no-baseline]``. ``make mutate`` wraps it.
Exit status: 0 when every selected entry is killed, 1 otherwise, 2 for a bad catalogue or usage.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE_DIR = ROOT / "mutations"
LAYERS = ("spec", "transport", "emulator", "dropin", "decoder", "cache", "binding", "cli", "views", "contract")
REQUIRED = ("id", "layer", "what", "file", "find", "replace", "tests")
OPTIONAL = ("regenerate", "sample", "note")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)+$")
README_BEGIN = "<!-- mutation-table:begin -->"
README_END = "<!-- mutation-table:end -->"
DEFAULT_TIMEOUT = 900

CANARY = '''\
"""Written by scripts/mutate.py: records where the project's code was imported from in this pytest run."""
import json
import os
import sys


def pytest_unconfigure(config):
    out = os.environ.get("NP_MUTATE_CANARY_OUT")
    if not out:
        return
    original = os.environ["NP_MUTATE_ORIGINAL_ROOT"].rstrip(os.sep) + os.sep
    venv = os.environ.get("NP_MUTATE_VENV", "").rstrip(os.sep) + os.sep
    found = {}
    foreign = []
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None)
        if not path:
            continue
        path = os.path.realpath(path)
        if name in ("neuronpedia_ext", "neuronpedia_api"):
            found[name] = path
        if path.startswith(original) and not (venv != os.sep and path.startswith(venv)):
            foreign.append(name + " " + path)
    with open(out, "w") as fh:
        json.dump({"modules": found, "foreign": sorted(foreign)}, fh)
'''


class CatalogueError(Exception):
    """The catalogue itself is wrong (unreadable file, missing field, duplicate id, unknown layer)."""


@dataclasses.dataclass
class Entry:
    id: str
    layer: str
    what: str
    file: str
    find: str
    replace: str
    tests: list[str]
    regenerate: bool
    sample: bool
    source: str  # the catalogue file it came from, repo-relative


@dataclasses.dataclass
class Result:
    entry: Entry
    result: str  # killed | survived | stale | error
    seconds: float
    detail: str = ""


def load_catalogue(directory: Path = CATALOGUE_DIR) -> list[Entry]:
    """Every entry of every ``mutations/*.yaml``, validated; raises CatalogueError listing every problem."""
    problems: list[str] = []
    entries: list[Entry] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        rel = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            problems.append(f"{rel}: not valid YAML: {exc}")
            continue
        if data is None:
            continue
        if not isinstance(data, list):
            problems.append(f"{rel}: must be a list of entries")
            continue
        for index, raw in enumerate(data):
            where = f"{rel}[{index}]"
            if not isinstance(raw, dict):
                problems.append(f"{where}: an entry must be a mapping")
                continue
            missing = [key for key in REQUIRED if key not in raw]
            unknown = sorted(set(raw) - set(REQUIRED) - set(OPTIONAL))
            if missing:
                problems.append(f"{where}: missing {', '.join(missing)}")
            if unknown:
                problems.append(f"{where}: unknown keys {', '.join(unknown)}")
            if missing:
                continue
            ident = str(raw["id"])
            where = f"{rel}: {ident}"
            if not ID_RE.match(ident):
                problems.append(f"{where}: id must be kebab-case")
            if ident in seen:
                problems.append(f"{where}: duplicate id (also in {seen[ident]})")
            seen[ident] = rel
            layer = str(raw["layer"])
            if layer not in LAYERS:
                problems.append(f"{where}: unknown layer {layer!r} (known: {', '.join(LAYERS)})")
            elif not ident.startswith(layer + "-"):
                problems.append(f"{where}: id must start with its layer ({layer}-)")
            tests = raw["tests"]
            if isinstance(tests, str):
                tests = tests.split()
            if not isinstance(tests, list) or not tests or not all(isinstance(t, str) for t in tests):
                problems.append(f"{where}: tests must be a non-empty list of pytest arguments")
                continue
            for key in ("find", "replace", "what", "file"):
                if not isinstance(raw[key], str):
                    problems.append(f"{where}: {key} must be a string")
            if not isinstance(raw["find"], str) or not raw["find"]:
                problems.append(f"{where}: find must be non-empty")
                continue
            if raw["find"] == raw["replace"]:
                problems.append(f"{where}: replace equals find")
            entries.append(
                Entry(
                    id=ident,
                    layer=layer,
                    what=str(raw["what"]).strip(),
                    file=str(raw["file"]),
                    find=raw["find"],
                    replace=str(raw["replace"]),
                    tests=list(tests),
                    regenerate=bool(raw.get("regenerate", False)),
                    sample=bool(raw.get("sample", False)),
                    source=rel,
                )
            )
    if problems:
        raise CatalogueError("\n".join(problems))
    return entries


def staleness(entry: Entry, root: Path = ROOT) -> str | None:
    """Why the entry cannot be applied to the tree at ``root``, or None when it can."""
    target = root / entry.file
    if not target.is_file():
        return f"file {entry.file} does not exist"
    count = target.read_text(encoding="utf-8").count(entry.find)
    if count != 1:
        return f"find text occurs {count} times in {entry.file} (must be exactly once)"
    for arg in entry.tests:
        if arg.startswith("tests/"):
            path = arg.split("::", 1)[0]
            if not (root / path).exists():
                return f"test path {path} does not exist"
    return None


def project_files(root: Path = ROOT) -> list[str]:
    """Tracked files plus untracked files that are not ignored, as they are on disk."""
    out = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=root,
        check=True,
        capture_output=True,
    ).stdout
    return sorted({name for name in out.decode().split("\0") if name and (root / name).is_file()})


def make_copy(files: list[str], dest: Path, root: Path = ROOT) -> None:
    for name in files:
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(root / name, target)


class Runner:
    def __init__(self, venv: Path, base: Path, timeout: int, keep: bool) -> None:
        self.venv = venv
        self.base = base
        self.timeout = timeout
        self.keep = keep
        self.files = project_files()
        self.canary_dir = base / "_canary"
        self.canary_dir.mkdir(parents=True, exist_ok=True)
        (self.canary_dir / "np_mutate_canary.py").write_text(CANARY, encoding="utf-8")

    def _env(self, scratch: Path, canary_out: Path) -> dict[str, str]:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(scratch), str(scratch / "generated"), str(self.canary_dir)])
        env["PATH"] = f"{self.venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
        env["NP_MUTATE_CANARY_OUT"] = str(canary_out)
        env["NP_MUTATE_ORIGINAL_ROOT"] = str(ROOT)
        env["NP_MUTATE_VENV"] = str(self.venv.resolve())
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("VIRTUAL_ENV", None)
        return env

    def regenerate(self, scratch: Path, env: dict[str, str]) -> str | None:
        """Run the scratch copy's own ``make generate`` with the shared venv; an error text or None."""
        venv = str(self.venv.resolve())
        # -o: never (re)build the venv's stamps from the copy (that would reinstall into the shared venv).
        cmd = ["make", "-s", "-C", str(scratch), f"VENV={venv}"]
        cmd += ["-o", f"{venv}/.tools-installed", "-o", f"{venv}/.installed", "generate"]
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=self.timeout)
        if proc.returncode != 0:
            tail = (proc.stdout + proc.stderr).strip().splitlines()[-6:]
            return "generation failed: " + " | ".join(line.strip() for line in tail)
        return None

    def pytest(self, scratch: Path, args: list[str], tag: str) -> tuple[int, str, str | None]:
        """Run pytest in the copy: (exit code, output, canary problem or None)."""
        canary_out = self.base / f"canary-{tag}.json"
        env = self._env(scratch, canary_out)
        cmd = [str(self.venv / "bin" / "python"), "-m", "pytest", *args]
        cmd += ["-x", "-q", "-p", "no:cacheprovider", "-p", "np_mutate_canary", "-o", "console_output_style=classic"]
        proc = subprocess.run(cmd, cwd=scratch, env=env, capture_output=True, text=True, timeout=self.timeout)
        output = proc.stdout + proc.stderr
        return proc.returncode, output, self._canary_problem(canary_out, scratch)

    @staticmethod
    def _canary_problem(path: Path, scratch: Path) -> str | None:
        if not path.exists():
            return "canary: pytest ended before recording where neuronpedia_ext came from"
        data = json.loads(path.read_text())
        prefix = str(scratch.resolve()) + os.sep
        for name in ("neuronpedia_ext", "neuronpedia_api"):
            where = data["modules"].get(name)
            if name == "neuronpedia_ext" and where is None:
                return "canary: neuronpedia_ext was never imported"
            if where is not None and not where.startswith(prefix):
                return f"canary: {name} came from {where}, not the scratch copy"
        if data["foreign"]:
            return "canary: loaded from the original tree: " + ", ".join(data["foreign"][:3])
        return None

    def scratch_for(self, tag: str) -> Path:
        scratch = self.base / tag
        make_copy(self.files, scratch)
        return scratch

    def cleanup(self, scratch: Path) -> None:
        if not self.keep:
            shutil.rmtree(scratch, ignore_errors=True)

    def run(self, entry: Entry) -> Result:
        start = time.monotonic()

        def done(result: str, detail: str = "") -> Result:
            return Result(entry, result, time.monotonic() - start, detail)

        reason = staleness(entry)
        if reason:
            return done("stale", reason)
        scratch = self.scratch_for(entry.id)
        try:
            target = scratch / entry.file
            text = target.read_text(encoding="utf-8")
            target.write_text(text.replace(entry.find, entry.replace, 1), encoding="utf-8")
            if entry.regenerate:
                problem = self.regenerate(scratch, self._env(scratch, self.base / "unused.json"))
                if problem:
                    return done("error", problem)
            code, output, canary = self.pytest(scratch, entry.tests, entry.id)
            if canary:
                return done("error", canary)
            if code == 0:
                return done("survived", "tests passed")
            if code == 1:
                return done("killed", first_failure(output))
            return done("error", f"pytest exit {code}: {last_lines(output)}")
        except subprocess.TimeoutExpired:
            return done("error", f"timeout after {self.timeout}s")
        finally:
            self.cleanup(scratch)

    def baseline(self, entries: list[Entry]) -> str | None:
        """Run the union of the entries' tests on the unmutated copy; an error text or None if they pass."""
        args: list[str] = []
        for entry in entries:
            for arg in entry.tests:
                if arg not in args:
                    args.append(arg)
        scratch = self.scratch_for("_baseline")
        try:
            code, output, canary = self.pytest(scratch, args, "baseline")
        except subprocess.TimeoutExpired:
            return f"baseline timed out after {self.timeout}s"
        finally:
            self.cleanup(scratch)
        if canary:
            return canary
        if code != 0:
            return f"the catalogue's tests fail on the unmutated tree (exit {code}): {last_lines(output, 12)}"
        return None


def first_failure(output: str) -> str:
    for line in output.splitlines():
        words = line.split()
        if len(words) > 1 and words[0] in ("FAILED", "ERROR") and "::" in words[1]:
            return line.split(" - ")[0]
    return last_lines(output, 1)


def last_lines(output: str, n: int = 4) -> str:
    lines = [line.strip() for line in output.strip().splitlines() if line.strip()]
    return " | ".join(lines[-n:])


def select(entries: list[Entry], only: str, layer: str, sample: bool) -> list[Entry]:
    chosen = entries
    if only:
        wanted = [s.strip() for s in only.split(",") if s.strip()]
        unknown = sorted(set(wanted) - {e.id for e in entries})
        if unknown:
            raise CatalogueError(f"unknown id(s): {', '.join(unknown)}")
        chosen = [e for e in chosen if e.id in wanted]
    if layer:
        layers = {s.strip() for s in layer.split(",") if s.strip()}
        bad = sorted(layers - set(LAYERS))
        if bad:
            raise CatalogueError(f"unknown layer(s): {', '.join(bad)}")
        chosen = [e for e in chosen if e.layer in layers]
    if sample:
        chosen = [e for e in chosen if e.sample]
    return chosen


def table(results: list[Result], *, with_seconds: bool) -> str:
    head = ["id", "layer", "what", "result"] + (["seconds"] if with_seconds else [])
    rows = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in results:
        cells = [f"`{r.entry.id}`", r.entry.layer, r.entry.what.replace("|", "\\|"), r.result]
        if with_seconds:
            cells.append(f"{r.seconds:.1f}")
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def totals(results: list[Result]) -> str:
    counts = {k: sum(1 for r in results if r.result == k) for k in ("killed", "survived", "stale", "error")}
    n = len(results)
    rate = 100.0 * counts["killed"] / n if n else 0.0
    layers = sorted({r.entry.layer for r in results}, key=LAYERS.index)
    return (
        f"{n} defects across {len(layers)} layers ({', '.join(layers)}): {counts['killed']} killed, "
        f"{counts['survived']} survived, {counts['stale']} stale, {counts['error']} error; kill rate {rate:.0f}%"
    )


def write_readme(results: list[Result], readme: Path = ROOT / "README.md") -> None:
    text = readme.read_text(encoding="utf-8")
    if README_BEGIN not in text or README_END not in text:
        raise CatalogueError(f"README.md has no {README_BEGIN} ... {README_END} markers")
    before, rest = text.split(README_BEGIN, 1)
    _, after = rest.split(README_END, 1)
    block = f"{README_BEGIN}\n{table(results, with_seconds=False)}\n\n{totals(results)}\n{README_END}"
    readme.write_text(before + block + after, encoding="utf-8")


def readme_from(path: Path, entries: list[Entry]) -> int:
    """Rewrite README.md's table from a saved full run; refuses when it does not cover the catalogue."""
    saved = {row["id"]: row for row in json.loads(path.read_text(encoding="utf-8"))}
    missing = sorted({e.id for e in entries} - set(saved))
    if missing:
        raise CatalogueError(f"{path} is not a full run of the current catalogue; missing: {', '.join(missing)}")
    results = [Result(e, saved[e.id]["result"], float(saved[e.id]["seconds"]), saved[e.id]["detail"]) for e in entries]
    write_readme(results)
    print(totals(results))
    print("mutate: README.md table updated")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="", help="comma-separated ids")
    parser.add_argument("--layer", default="", help="comma-separated layers")
    parser.add_argument("--sample", action="store_true", help="only entries marked sample: true")
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--venv", default=str(ROOT / ".venv"))
    parser.add_argument("--timeout", type=int, default=DEFAULT_TIMEOUT, help="seconds per entry")
    parser.add_argument("--check", action="store_true", help="validate the catalogue only")
    parser.add_argument("--readme", action="store_true", help="write the table into README.md (full runs only)")
    parser.add_argument("--json", default="", help="also write the results as JSON to this file")
    parser.add_argument("--readme-from", default="", help="write README.md's table from a --json file of a full run")
    parser.add_argument("--keep", action="store_true", help="keep the scratch copies")
    parser.add_argument("--no-baseline", action="store_true", help="skip the unmutated run of the tests")
    args = parser.parse_args(argv)

    try:
        entries = load_catalogue()
        chosen = select(entries, args.only, args.layer, args.sample)
        if args.readme_from:
            return readme_from(Path(args.readme_from), entries)
    except CatalogueError as exc:
        print(f"mutate: invalid catalogue or selection:\n{exc}", file=sys.stderr)
        return 2
    if args.readme and (args.only or args.layer or args.sample):
        print("mutate: --readme needs a full run (no ONLY/LAYER/SAMPLE)", file=sys.stderr)
        return 2
    if not chosen:
        print("mutate: no entries selected", file=sys.stderr)
        return 2

    if args.check:
        bad = [(e, staleness(e)) for e in chosen]
        bad = [(e, why) for e, why in bad if why]
        for e, why in bad:
            print(f"stale  {e.id} ({e.source}): {why}")
        print(f"mutate --check: {len(chosen)} entries, {len(bad)} stale")
        return 1 if bad else 0

    venv = Path(args.venv).resolve()
    if not (venv / "bin" / "python").exists():
        print(f"mutate: no venv at {venv} (run make venv)", file=sys.stderr)
        return 2
    started = time.monotonic()
    base = Path(tempfile.mkdtemp(prefix="np-mutate-"))
    lock = threading.Lock()
    try:
        runner = Runner(venv, base, args.timeout, args.keep)
        print(f"mutate: {len(chosen)} entries, {args.jobs} jobs, scratch {base}", flush=True)
        if not args.no_baseline:
            problem = runner.baseline(chosen)
            if problem:
                print(f"mutate: baseline failed, nothing reported: {problem}", file=sys.stderr)
                return 2
            print(f"mutate: baseline passes on the unmutated tree ({time.monotonic() - started:.0f}s)", flush=True)
        results: dict[str, Result] = {}

        def job(entry: Entry) -> Result:
            result = runner.run(entry)
            with lock:
                detail = f" ({result.detail})" if result.detail else ""
                print(f"  {result.result:<8} {result.seconds:6.1f}s  {entry.id}{detail}", flush=True)
            return result

        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            for result in pool.map(job, chosen):
                results[result.entry.id] = result
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)

    ordered = [results[e.id] for e in chosen]
    elapsed = time.monotonic() - started
    print()
    print(table(ordered, with_seconds=True))
    print()
    print(totals(ordered) + f"; {elapsed:.0f}s wall")
    if args.json:
        payload: list[dict[str, Any]] = [
            {
                "id": r.entry.id,
                "layer": r.entry.layer,
                "what": r.entry.what,
                "result": r.result,
                "seconds": round(r.seconds, 1),
                "detail": r.detail,
                "source": r.entry.source,
            }
            for r in ordered
        ]
        Path(args.json).write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    if args.readme:
        write_readme(ordered)
        print("mutate: README.md table updated")
    return 0 if all(r.result == "killed" for r in ordered) else 1


if __name__ == "__main__":
    sys.exit(main())
