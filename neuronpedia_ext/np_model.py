"""The official ``neuronpedia.np_model`` module path: ``Model``.

Renaming ``neuronpedia`` to ``neuronpedia_ext`` in an import ports it (see README, "Moving over
from the official package").
"""

from __future__ import annotations

from .models.models import Model

__all__ = ["Model"]
