"""The official ``neuronpedia.np_vector`` module path: ``NPVector``.

Renaming ``neuronpedia`` to ``neuronpedia_ext`` in an import ports it (see README, "Moving over
from the official package").
"""

from __future__ import annotations

from .models.vectors import NPVector

__all__ = ["NPVector"]
