"""``python -m neuronpedia_ext.cli``: the same as the ``neuronpedia-ext`` command."""

from __future__ import annotations

import sys

from ._main import main

if __name__ == "__main__":
    sys.exit(main())
