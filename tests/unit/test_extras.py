"""Install hints name targets pip can install: the extra's packages, or '.[extra]' from a clone."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

from neuronpedia_ext._extras import extra_packages, install_hint

PYPROJECT = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())
EXTRAS = {k: v for k, v in PYPROJECT["project"]["optional-dependencies"].items() if k != "dev"}


@pytest.mark.parametrize("extra", sorted(EXTRAS))
def test_hint_names_the_extras_own_packages(extra: str) -> None:
    wanted = sorted(re.split(r"[<>=!~\[ ]", req, maxsplit=1)[0] for req in EXTRAS[extra])
    assert sorted(extra_packages(extra)) == wanted
    hint = install_hint(extra)
    assert f"pip install {' '.join(extra_packages(extra))} " in hint
    assert f"pip install '.[{extra}]'" in hint and "neuronpedia-ext[" not in hint


def test_to_dataframe_without_pandas_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from neuronpedia_ext.dataframes import to_dataframe

    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(
        ImportError, match=r"pip install pandas \(or, from a clone of neuronpedia-ext: pip install '\.\[pandas\]'\)"
    ):
        to_dataframe([])
