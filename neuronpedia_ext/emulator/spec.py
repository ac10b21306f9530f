"""The OpenAPI spec the emulator serves by: :func:`load_spec`.

The maintained spec, ``openapi/neuronpedia.yaml``, is the one source file. The wheel ships a copy of it
as package data (``neuronpedia_ext/openapi/neuronpedia.yaml``, put there by hatch's ``force-include``),
so an installed emulator validates with exactly the spec its release was built from. In a source checkout
or an editable install that copy does not exist, and the loader reads the checkout's
``openapi/neuronpedia.yaml`` instead. An explicit path (``EmulatorConfig.spec``, ``neuronpedia-ext
emulator --spec``) wins over both; that is how a test runs the emulator on a modified copy of the spec.
"""

from __future__ import annotations

import functools
import os
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

#: Where the spec sits inside the installed package (see ``[tool.hatch.build.targets.wheel.force-include]``).
PACKAGED_SPEC = ("openapi", "neuronpedia.yaml")
#: Where it sits in a source checkout, relative to the repository root.
SOURCE_SPEC = Path("openapi") / "neuronpedia.yaml"


class SpecNotFoundError(FileNotFoundError):
    """Neither the packaged spec nor a source checkout's spec was found."""


def default_spec_path() -> Path:
    """The packaged spec when the package carries one, else the source checkout's ``openapi/neuronpedia.yaml``."""
    packaged = resources.files("neuronpedia_ext").joinpath(*PACKAGED_SPEC)
    if packaged.is_file():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / SOURCE_SPEC
    if checkout.is_file():
        return checkout
    raise SpecNotFoundError(f"no OpenAPI spec: neither the packaged {'/'.join(PACKAGED_SPEC)} nor {checkout} exists")


def load_spec(path: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """The parsed spec at ``path``, or the default one (:func:`default_spec_path`). Parsed once per file version."""
    resolved = Path(path) if path is not None else default_spec_path()
    stat = resolved.stat()
    return _parse(str(resolved.resolve()), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _parse(path: str, mtime_ns: int, size: int) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=loader)  # a safe loader (C if available)
    if not isinstance(data, dict) or "paths" not in data:
        raise ValueError(f"{path} is not an OpenAPI document")
    return data
