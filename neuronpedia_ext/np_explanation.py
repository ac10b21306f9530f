"""The official ``neuronpedia.np_explanation`` module path: ``Explanation``.

Renaming ``neuronpedia`` to ``neuronpedia_ext`` in an import ports it (see README, "Moving over
from the official package").
"""

from __future__ import annotations

from .models.features import Explanation

__all__ = ["Explanation"]
