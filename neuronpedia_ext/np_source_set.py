"""The official ``neuronpedia.np_source_set`` module path: ``SourceSet``.

Renaming ``neuronpedia`` to ``neuronpedia_ext`` in an import ports it (see README, "Moving over
from the official package").
"""

from __future__ import annotations

from .models.models import SourceSet

__all__ = ["SourceSet"]
