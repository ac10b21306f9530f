"""The official ``neuronpedia.np_sae_feature`` module path: ``SAEFeature``.

Renaming ``neuronpedia`` to ``neuronpedia_ext`` in an import ports it (see README, "Moving over
from the official package").
"""

from __future__ import annotations

from .models.features import SAEFeature

__all__ = ["SAEFeature"]
