"""The official ``ListRequest``, over ``client.lists``: the same methods, no prints, pooled."""

from __future__ import annotations

from ..models.lists import NPList, NPListItem
from ._default import CompatRequest

__all__ = ["ListRequest"]


class ListRequest(CompatRequest):
    """``POST /api/list/*`` with the official method names."""

    def get_owned(self) -> list[NPList]:
        """The caller's lists, without items (requires a key)."""
        return self._np.lists.list_owned()

    def new(self, name: str, description: str = "") -> NPList:
        """Create a list (requires a key)."""
        return self._np.lists.new(name, description)

    def add_items(self, nplist: NPList, items: list[NPListItem]) -> NPList:
        """Add ``items`` on the server and append them to ``nplist.items``; returns ``nplist``."""
        nplist.items.extend(self._np.lists.add_features(nplist.id, items))
        return nplist

    def get(self, list_id: str) -> NPList:
        """A list with its items (no key needed)."""
        return self._np.lists.get(list_id)
