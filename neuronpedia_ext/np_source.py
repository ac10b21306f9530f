"""The official ``neuronpedia.np_source`` module path: ``Source``.

Renaming ``neuronpedia`` to ``neuronpedia_ext`` in an import ports it (see README, "Moving over
from the official package").
"""

from __future__ import annotations

from .models.features import Source

__all__ = ["Source"]
