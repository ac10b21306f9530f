"""The official ``neuronpedia.np_graph_metadata`` module path: ``NPGraphMetadata``.

Renaming ``neuronpedia`` to ``neuronpedia_ext`` in an import ports it (see README, "Moving over
from the official package").
"""

from __future__ import annotations

from .models.graphs import NPGraphMetadata

__all__ = ["NPGraphMetadata"]
