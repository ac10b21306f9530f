"""A true drop-in: the official module paths exist, and the official examples port by a rename.

Everything official is read from the installed ``neuronpedia`` 1.2.1 package, never listed by
hand: its module paths and their public names (read with :mod:`ast`, so modules whose import
needs pydantic are audited too), and its example notebooks and scripts (``neuronpedia/examples``),
which are ported by renaming ``neuronpedia`` to ``neuronpedia_ext`` in their code and run against
the emulator.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import json
import re
import subprocess
import sys
import types
import webbrowser
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import neuronpedia_ext
from neuronpedia_ext.emulator.server import EmulatorServer
from tests.client.test_parity import NOT_MIRRORED


def _official_root() -> Path:
    spec = importlib.util.find_spec("neuronpedia")
    assert spec is not None and spec.origin is not None, "the official neuronpedia package is a dev dependency"
    return Path(spec.origin).parent


def official_modules() -> dict[str, set[str]]:
    """Every module path of the official package (``types/`` and ``examples/`` aside) -> its public names."""
    root = _official_root()
    found: dict[str, set[str]] = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        if rel.parts[0] in ("types", "examples") or rel.name == "__init__.py":
            continue
        module = ".".join(rel.with_suffix("").parts)
        names: set[str] = set()
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
                names.add(node.name)
            elif isinstance(node, ast.Assign):
                names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names.add(node.target.id)
        found[module] = {n for n in names if not n.startswith("_")}
    return found


OFFICIAL_MODULES = official_modules()


def test_the_official_package_has_the_expected_shape() -> None:
    # a guard against auditing nothing (e.g. the package moved its modules)
    assert "np_vector" in OFFICIAL_MODULES and "requests.vector_request" in OFFICIAL_MODULES
    assert len(OFFICIAL_MODULES) >= 20


@pytest.mark.parametrize("module", sorted(OFFICIAL_MODULES))
def test_every_official_module_path_exists_with_its_names(module: str) -> None:
    ours = importlib.import_module(f"neuronpedia_ext.{module}")
    wanted = OFFICIAL_MODULES[module] - set(NOT_MIRRORED)
    missing = sorted(n for n in wanted if not hasattr(ours, n))
    assert not missing, f"neuronpedia_ext.{module} lacks {missing}"
    for name in wanted:  # the same objects as the top-level names, where those exist
        if hasattr(neuronpedia_ext, name):
            assert getattr(ours, name) is getattr(neuronpedia_ext, name), f"{module}.{name}"


def test_module_paths_are_not_imported_with_the_package() -> None:
    code = (
        "import sys, neuronpedia_ext; "
        "print(sorted(m for m in sys.modules if m.startswith(('neuronpedia_ext.np_', 'neuronpedia_ext.requests'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --------------------------------------------------------------------------- the official examples


def port(code: str) -> str:
    """The mechanical rename: ``neuronpedia`` -> ``neuronpedia_ext`` as a module name (not in URLs)."""
    return re.sub(r"(?<![\w./-])neuronpedia(?![\w-])(?!\.org)", "neuronpedia_ext", code)


def notebook_code(path: Path) -> str:
    """A notebook's code cells as one script; notebook-only lines (``%pip``, ``!cmd``) are dropped."""
    cells = [c for c in json.loads(path.read_text())["cells"] if c["cell_type"] == "code"]
    lines = [line for c in cells for line in "".join(c["source"]).splitlines()]
    lines = [line for line in lines if not line.lstrip().startswith(("%", "!"))]
    return "\n".join(lines) + "\n"


def official_examples() -> list[Path]:
    return sorted((_official_root() / "examples").glob("*.py")) + sorted(
        (_official_root() / "examples").glob("*.ipynb")
    )


#: Examples that name data the default seed does not hold; they run against this seed extension.
#: The values are the examples' own ids (llama3.3-70b-it's "rice" feature, gpt2-small's vector).
EXTRA_SEED: dict[str, Any] = {
    "models": [{"id": "llama3.3-70b-it", "layers": 80, "dimension": 8192, "inferenceEnabled": True}],
    "sourceSets": [
        {"modelId": "llama3.3-70b-it", "name": "resid-post-gf", "allowInferenceSearch": True},
        {
            "modelId": "gpt2-small",
            "name": "neuronpedia-resid-pre",
            "type": "vector",
            "visibility": "UNLISTED",
            "sourceDefaults": {"inferenceEnabled": True, "visibility": "UNLISTED"},
        },
    ],
    "features": [
        {
            "modelId": "llama3.3-70b-it",
            "layer": "50-resid-post-gf",
            "index": "7336",
            "hookName": "blocks.50.hook_resid_post",
            "vector": [0.001] * 8192,
            "activations": [{"tokens": ["I", " like", " rice"], "values": [0.0, 0.5, 3.0]}],
            "explanations": [{"description": "rice"}],
        },
        {
            "modelId": "gpt2-small",
            "layer": "6-neuronpedia-resid-pre",
            "index": "95594191",
            "hookName": "blocks.6.hook_resid_pre",
            "vector": [0.01] * 768,
            "vectorLabel": "adjectives",
            "vectorDefaultSteerStrength": 10,
        },
    ],
}


@pytest.fixture(scope="module")
def examples_emulator() -> Iterator[EmulatorServer]:
    from neuronpedia_ext.emulator.config import EmulatorConfig
    from neuronpedia_ext.emulator.seed import load_seed

    seed = load_seed("default")
    for key, rows in EXTRA_SEED.items():
        seed[key] = [*seed.get(key, []), *rows]
    with EmulatorServer(EmulatorConfig(seed=seed)) as server:  # type: ignore[arg-type]
        yield server


@pytest.mark.parametrize("example", official_examples(), ids=lambda p: p.name)
def test_an_official_example_ported_by_a_rename_runs_against_the_emulator(
    example: Path, examples_emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    server = examples_emulator
    server.reset()
    monkeypatch.setenv("NEURONPEDIA_BASE_URL", server.base_url)
    monkeypatch.setenv("NEURONPEDIA_API_KEY", server.api_key)
    monkeypatch.chdir(tmp_path)  # the examples' load_dotenv() finds no .env here
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    display = types.ModuleType("IPython.display")
    display.IFrame = lambda *a, **k: None  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "IPython", types.ModuleType("IPython"))
    monkeypatch.setitem(sys.modules, "IPython.display", display)

    source = notebook_code(example) if example.suffix == ".ipynb" else example.read_text()
    if "/LOCAL_PATH_TO_GRAPH/abc.json" in source:  # the upload example's placeholder: give it a file
        graph = tmp_path / "abc.json"
        graph.write_text(json.dumps(_graph("uploaded-example")))
        source = source.replace("/LOCAL_PATH_TO_GRAPH/abc.json", str(graph))
    ported = port(source)
    assert not re.search(r"^\s*(from|import)\s+neuronpedia\b(?!_ext)", ported, re.MULTILINE)
    assert re.search(r"^\s*(from|import)\s+neuronpedia_ext\b", ported, re.MULTILINE)
    namespace: dict[str, Any] = {"__name__": "__main__"}
    exec(compile(ported, str(example), "exec"), namespace)  # the official example, ported

    log = server.request_log.snapshot()
    if example.suffix == ".ipynb":
        assert log, "the example made no request"
        assert all(e.status is not None and e.status < 400 for e in log), [(e.path, e.status) for e in log]
    assert all(url.startswith(server.base_url) for url in opened), opened


def _graph(slug: str) -> dict[str, Any]:
    return {
        "metadata": {
            "slug": slug,
            "scan": "gpt2-small",
            "prompt": "The capital of France is",
            "prompt_tokens": ["<|endoftext|>", "The", " capital", " of", " France", " is"],
        },
        "nodes": [],
        "links": [],
    }


def test_port_renames_module_names_only() -> None:
    assert port("from neuronpedia.np_vector import NPVector") == "from neuronpedia_ext.np_vector import NPVector"
    assert port("import neuronpedia\nneuronpedia.set_api_key(k)") == (
        "import neuronpedia_ext\nneuronpedia_ext.set_api_key(k)"
    )
    assert port('u = "https://neuronpedia.org/x"; v = "www.neuronpedia.org"') == (
        'u = "https://neuronpedia.org/x"; v = "www.neuronpedia.org"'
    )
