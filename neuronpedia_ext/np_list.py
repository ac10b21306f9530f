"""The official ``neuronpedia.np_list`` module path: ``NPList``, ``NPListItem``.

Renaming ``neuronpedia`` to ``neuronpedia_ext`` in an import ports it (see README, "Moving over
from the official package").
"""

from __future__ import annotations

from .models.lists import NPList, NPListItem

__all__ = ["NPList", "NPListItem"]
