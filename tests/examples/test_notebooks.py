"""The example notebooks run, cell by cell, against a fresh emulator (nbclient + ipykernel).

Each notebook gets its own emulator; the kernel sees NEURONPEDIA_BASE_URL and
NEURONPEDIA_API_KEY pointing at it, as a user who followed the notebook's first cell would.
The committed notebooks carry no outputs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from neuronpedia_ext.emulator import EmulatorServer

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((REPO / "examples").glob("*.ipynb"))

# What each notebook must have drawn: (cell index, a piece of its HTML output).
DRAWN = {
    "01_get_feature.ipynb": [(2, 'class="npx-row"'), (2, "first names of people"), (7, "npx-acts")],
    "02_steer_completion.ipynb": [(2, "npx-steered"), (5, "npx-default"), (7, "npx-steered")],
    "03_upload_features.ipynb": [(2, "Puppy Model XL"), (5, "dogs, take 1")],
    "04_vector_activations.ipynb": [(3, "npx-acts"), (5, 'class="npx-row"')],
    "05_graphs.ipynb": [(2, "fly-me-to-the-"), (4, "fly-me-to-the-")],
}


def test_one_notebook_per_official_workflow() -> None:
    assert [p.name for p in NOTEBOOKS] == sorted(DRAWN)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_committed_notebook_has_no_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")


def _html(cell: object) -> str:
    outputs = getattr(cell, "outputs", [])
    return "".join(o.get("data", {}).get("text/html", "") for o in outputs)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_against_the_emulator(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with EmulatorServer() as server:
        monkeypatch.setenv("NEURONPEDIA_BASE_URL", server.base_url)
        monkeypatch.setenv("NEURONPEDIA_API_KEY", server.api_key)
        nb = nbformat.read(path, as_version=4)
        client = nbclient.NotebookClient(
            nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(REPO)}}
        )
        client.execute()  # raises CellExecutionError on the first failing cell
    for index, piece in DRAWN[path.name]:
        assert piece in _html(nb.cells[index]), f"cell {index} of {path.name} did not draw {piece!r}"
    # every output is small: views and reprs are capped
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            assert len(str(output)) < 60_000, f"a {len(str(output))}-character output in {path.name}"
