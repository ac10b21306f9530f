"""Lists of features (``NPList``, ``NPListItem``) and bookmarks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import attrs

from ..views.text import viewable
from ._binding import BoundClient, base_url_of, client_of, default_client
from .activations import to_index

__all__ = ["Bookmark", "NPList", "NPListItem"]


@viewable
@attrs.define
class NPListItem:
    """A feature in a list: its id, and the description the list gives it."""

    model_id: str
    source: str
    index: int = attrs.field(converter=to_index)
    description: str = ""
    added_at: dt.datetime | None = None

    @property
    def wire_index(self) -> str:
        """The index as the official class typed it and the wire carries it (a decimal string)."""
        return str(self.index)


@viewable
@attrs.define
class NPList:
    """A named list of features.

    Mutable, like the official class: :meth:`add_items` appends to ``items`` in place. A list
    returned by a client keeps that client: its methods use the client's base URL and key.
    ``url`` is the list's page (``{base_url}/list/{id}``).
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
    _client: BoundClient | None = attrs.field(default=None, eq=False, repr=False, kw_only=True, alias="_client")

    def __attrs_post_init__(self) -> None:
        if not self.url and self.id:
            self.url = f"{base_url_of(self)}/list/{self.id}"

    @classmethod
    def new(cls, name: str, description: str = "") -> NPList:
        """Create a list (requires a key). One request."""
        created: NPList = default_client().lists.new(name, description)
        return created

    @classmethod
    def get(cls, list_id: str) -> NPList:
        """Fetch a list with its items. One request; no key needed."""
        found: NPList = default_client().lists.get(list_id)
        return found

    @classmethod
    def get_owned(cls) -> list[NPList]:
        """The caller's lists, without their items (requires a key). One request."""
        owned: list[NPList] = default_client().lists.list_owned()
        return owned

    def add_items(self, items: list[NPListItem]) -> NPList:
        """Add features to this list on the server and to ``self.items``; returns ``self``."""
        added: list[NPListItem] = client_of(self).lists.add_features(self, items)
        self.items.extend(added)
        return self

    def add_features(self, features: Iterable[Any]) -> list[NPListItem]:
        """Add up to 100 features (``NPListItem``s, ids, ``"model/source/index"`` strings) to this
        list on the server and to ``self.items``; returns the added items. One request; key."""
        added: list[NPListItem] = client_of(self).lists.add_features(self, features)
        self.items.extend(added)
        return added


@viewable
@attrs.frozen
class Bookmark:
    """A bookmarked feature of the caller."""

    id: str
    model_id: str
    source: str
    index: int = attrs.field(converter=to_index)
    user_id: str
    created_at: dt.datetime
