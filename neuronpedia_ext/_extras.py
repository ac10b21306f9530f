"""Install hints for the optional extras that name something pip can really install.

``pip install 'neuronpedia-ext[pandas]'`` works only once the package is on an index. The hint
therefore names the extra's own packages, read from the installed package's metadata (so they
follow ``pyproject.toml``), and the extra as it installs from a clone: ``pip install '.[pandas]'``.
"""

from __future__ import annotations

import re
from importlib import metadata

__all__ = ["extra_packages", "install_hint"]

_EXTRA_MARKER = re.compile(r"""extra\s*==\s*['"]([^'"]+)['"]""")


def extra_packages(extra: str) -> list[str]:
    """The requirement names of ``extra`` (e.g. ``["pandas"]``), from the installed metadata."""
    try:
        requires = metadata.requires("neuronpedia-ext") or []
    except metadata.PackageNotFoundError:
        return []
    names = []
    for req in requires:
        spec, _, marker = req.partition(";")
        found = _EXTRA_MARKER.search(marker)
        if found and found.group(1) == extra:
            name = re.split(r"[\s<>=!~\[(]", spec.strip(), maxsplit=1)[0]
            if name and name != "neuronpedia-ext":
                names.append(name)
    return names


def install_hint(extra: str) -> str:
    """``pip install pandas (or, from a clone of neuronpedia-ext: pip install '.[pandas]')``."""
    packages = extra_packages(extra)
    clone = f"pip install '.[{extra}]'"
    if not packages:
        return f"from a clone of neuronpedia-ext: {clone}"
    return f"pip install {' '.join(packages)} (or, from a clone of neuronpedia-ext: {clone})"
