"""``client.bookmarks``: the caller's bookmarked features (requires a key; one request each)."""

from __future__ import annotations

from typing import Unpack

from neuronpedia_api.api.bookmarks import add_bookmark, delete_bookmark
from neuronpedia_api.models import Bookmark as GeneratedBookmark
from neuronpedia_api.models import BookmarkRequest

from .._base import Call
from .._ids import FeatureIdLike, parse_feature_id
from ..models.lists import Bookmark
from ._base import AsyncResource, RequestOptions, SyncResource

__all__ = ["AsyncBookmarks", "Bookmarks"]


def _bookmark(row: GeneratedBookmark) -> Bookmark:
    return Bookmark(row.id, row.model_id, row.layer, row.index, row.user_id, row.created_at)


def _body(feature: FeatureIdLike) -> BookmarkRequest:
    fid = parse_feature_id(feature, "feature")
    return BookmarkRequest(model_id=fid.model_id, layer=fid.source, index=fid.wire_index)


def _add(feature: FeatureIdLike) -> Call[Bookmark]:
    return Call(add_bookmark, {"body": _body(feature)}, lambda p, _r: _bookmark(p))


def _delete(feature: FeatureIdLike) -> Call[int]:
    return Call(delete_bookmark, {"body": _body(feature)}, lambda p, _r: int(p.count))


class Bookmarks(SyncResource):
    """Bookmarks (sync)."""

    def add(self, feature: FeatureIdLike, **options: Unpack[RequestOptions]) -> Bookmark:
        """Bookmark a feature (``"model/source/index"``, a FeatureId, a tuple or a URL)."""
        return self._transport.run(_add(feature), **options)

    def delete(self, feature: FeatureIdLike, **options: Unpack[RequestOptions]) -> int:
        """Remove the bookmark of a feature; returns how many were removed (0 or 1)."""
        return self._transport.run(_delete(feature), **options)


class AsyncBookmarks(AsyncResource):
    """Bookmarks (async); the same methods as :class:`Bookmarks`."""

    async def add(self, feature: FeatureIdLike, **options: Unpack[RequestOptions]) -> Bookmark:
        return await self._transport.run(_add(feature), **options)

    async def delete(self, feature: FeatureIdLike, **options: Unpack[RequestOptions]) -> int:
        return await self._transport.run(_delete(feature), **options)
