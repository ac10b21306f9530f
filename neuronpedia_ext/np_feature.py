"""The official ``neuronpedia.np_feature`` module path: ``Feature``, ``Logit``, ``SteerFeature``.

Renaming ``neuronpedia`` to ``neuronpedia_ext`` in an import ports it (see README, "Moving over
from the official package").
"""

from __future__ import annotations

from .models.features import Feature, Logit
from .models.steer import SteerFeature

__all__ = ["Feature", "Logit", "SteerFeature"]
