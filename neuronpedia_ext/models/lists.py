"""Lists of features (``NPList``, ``NPListItem``) and bookmarks."""

from __future__ import annotations

import datetime as dt

import attrs

__all__ = ["Bookmark", "NPList", "NPListItem"]


@attrs.define
class NPListItem:
    """A feature in a list: its id, and the description the list gives it."""

    model_id: str
    source: str
    index: str
    description: str = ""
    added_at: dt.datetime | None = None


@attrs.define
class NPList:
    """A named list of features.

    Mutable, like the official class: :meth:`add_items` appends to ``items`` in place.
    """

    id: str
    name: str
    description: str
    items: list[NPListItem] = attrs.field(factory=list)
    default_test_text: str | None = None
    owner_id: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    url: str | None = None

    @classmethod
    def new(cls, name: str, description: str = "") -> NPList:
        """Create a list (requires a key). One request."""
        from ..compat._default import default_client

        return default_client().lists.new(name, description)

    @classmethod
    def get(cls, list_id: str) -> NPList:
        """Fetch a list with its items. One request; no key needed."""
        from ..compat._default import default_client

        return default_client().lists.get(list_id)

    @classmethod
    def get_owned(cls) -> list[NPList]:
        """The caller's lists, without their items (requires a key). One request."""
        from ..compat._default import default_client

        return default_client().lists.list_owned()

    def add_items(self, items: list[NPListItem]) -> NPList:
        """Add features to this list on the server and to ``self.items``; returns ``self``."""
        from ..compat._default import default_client

        added = default_client().lists.add_features(self.id, items)
        self.items.extend(added)
        return self


@attrs.frozen
class Bookmark:
    """A bookmarked feature of the caller."""

    id: str
    model_id: str
    source: str
    index: str
    user_id: str
    created_at: dt.datetime
