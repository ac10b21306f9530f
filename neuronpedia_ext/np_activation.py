"""The official ``neuronpedia.np_activation`` module path: ``Activation``.

Renaming ``neuronpedia`` to ``neuronpedia_ext`` in an import ports it (see README, "Moving over
from the official package").
"""

from __future__ import annotations

from .models.activations import Activation

__all__ = ["Activation"]
