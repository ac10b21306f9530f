"""``client.lists``: named lists of features.

Every call is one request. All but :meth:`Lists.get` require an API key. Lists count only
against the global rate-limit buckets.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Unpack

from neuronpedia_api.api.lists import (
    add_features_to_list,
    create_list,
    create_list_with_features,
    delete_list,
    edit_list_feature,
    get_list,
    list_owned_lists,
    remove_feature_from_list,
    update_list,
)
from neuronpedia_api.models import (
    AddListFeaturesRequest,
    CreatedList,
    CreateListRequest,
    CreateListWithFeaturesRequest,
    DeleteListRequest,
    EditListFeatureRequest,
    GetListRequest,
    ListFeature,
    ListFeatureRef,
    ListFeatureToCreate,
    ListRow,
    RemoveListFeatureRequest,
    UpdateListRequest,
)
from neuronpedia_api.models import List as GeneratedList
from neuronpedia_api.types import UNSET

from .._base import Call, _not_raw, logger
from .._errors import InvalidRequestError, NeuronpediaError
from .._ids import FeatureIdLike, parse_feature_id
from .._reconcile import ambiguous, list_matches, not_applied, unresolved
from ..models.lists import NPList, NPListItem
from ._base import AsyncResource, RequestOptions, SharedDeadline, SyncResource

__all__ = ["AsyncLists", "Lists"]

FeatureRefLike = NPListItem | FeatureIdLike
#: A list, by id or as the ``NPList`` itself.
ListLike = str | NPList

#: Upstream's add-features handler inserts with ``skipDuplicates: false`` after checking that the
#: caller owns the list, and every failure there (a feature already in the list: the primary key
#: (modelId, layer, index, listId); a feature that does not exist: the foreign key to Neuron; a
#: list that is missing or not the caller's) ends as the generic 500.
ADD_FEATURES_500_HINT = (
    "most likely one of these features is already in the list (the server does not skip duplicates); "
    "otherwise a feature does not exist, or the list does not exist or is not yours"
)


def _item(ref: FeatureRefLike, name: str = "features") -> tuple[str, str, str, str]:
    fid = parse_feature_id(ref, name)
    description = ref.description if isinstance(ref, NPListItem) else ""
    return fid.model_id, fid.source, fid.wire_index, description or ""


def _items(features: Iterable[FeatureRefLike]) -> list[tuple[str, str, str, str]]:
    if features is None or isinstance(features, str | bytes) or not isinstance(features, Iterable):
        raise InvalidRequestError(f"features must be a list of feature ids, got {type(features).__name__}")
    return [_item(f, f"features[{n}]") for n, f in enumerate(features)]


def _item_from_wire(row: ListFeature) -> NPListItem:
    return NPListItem(row.model_id, row.layer, row.index, row.description or "", row.added_at)


def _list_from_row(row: ListRow | CreatedList, base_url: str) -> NPList:
    return NPList(
        id=row.id,
        name=row.name,
        description=row.description,
        default_test_text=row.default_test_text,
        owner_id=row.user_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        url=getattr(row, "url", None) or f"{base_url}/list/{row.id}",
    )


def _list_from_detail(row: GeneratedList, base_url: str) -> NPList:
    result = _list_from_row(row, base_url)  # type: ignore[arg-type]  # same columns as a ListRow
    result.items = [NPListItem(n.model_id, n.layer, n.index, n.description or "", n.added_at) for n in row.neurons]
    return result


def _list_id(list_id: ListLike) -> str:
    if isinstance(list_id, NPList):
        list_id = list_id.id
    if not isinstance(list_id, str) or not list_id:
        raise InvalidRequestError("list_id must be a non-empty string")
    return list_id


def _new(base_url: str, name: str, description: str, test_text: str | None) -> Call[NPList]:
    body = CreateListRequest(name=name, description=description or "", test_text=test_text or UNSET)
    return Call(create_list, {"body": body}, lambda p, _r: _list_from_row(p, base_url))


def _new_with_features(
    base_url: str, name: str, description: str, features: Iterable[FeatureRefLike], test_text: str | None
) -> Call[NPList]:
    items = _items(features)
    body = CreateListWithFeaturesRequest(
        name=name,
        description=description or "",
        test_text=test_text if test_text is not None else UNSET,
        features=[ListFeatureToCreate(model_id=m, layer=s, index=int(i), description=d) for m, s, i, d in items],
    )
    return Call(create_list_with_features, {"body": body}, lambda p, _r: _list_from_row(p, base_url))


def _get(base_url: str, list_id: ListLike) -> Call[NPList]:
    body = GetListRequest(list_id=_list_id(list_id))
    return Call(get_list, {"body": body}, lambda p, _r: _list_from_detail(p, base_url))


def _list_owned(base_url: str) -> Call[list[NPList]]:
    return Call(list_owned_lists, {}, lambda p, _r: [_list_from_row(row, base_url) for row in p])


def _update(
    base_url: str, list_id: ListLike, name: str, description: str | None, default_test_text: str | None
) -> Call[NPList]:
    body = UpdateListRequest(
        list_id=_list_id(list_id),
        name=name,
        description=description if description is not None else UNSET,
        default_test_text=default_test_text if default_test_text is not None else UNSET,
    )
    return Call(update_list, {"body": body}, lambda p, _r: _list_from_row(p, base_url))


def _delete(list_id: ListLike) -> Call[bool]:
    return Call(delete_list, {"body": DeleteListRequest(list_id=_list_id(list_id))}, lambda p, _r: bool(p))


def _add(list_id: ListLike, features: Iterable[FeatureRefLike]) -> Call[list[NPListItem]]:
    refs = [ListFeatureRef(model_id=m, layer=s, index=i, description=d) for m, s, i, d in _items(features)]
    if not refs:  # client-side only: the spec's item limit is the upper one
        raise InvalidRequestError("add_features needs at least one feature")
    body = AddListFeaturesRequest(list_id=_list_id(list_id), features_to_add=refs)
    return Call(
        add_features_to_list,
        {"body": body},
        _items_from_wire,
        server_error_hint=ADD_FEATURES_500_HINT,
        names={"features_to_add": "features"},
    )


def _items_from_wire(parsed: Any, _response: Any) -> list[NPListItem]:
    return [_item_from_wire(row) for row in parsed]


def _remove(list_id: ListLike, feature: FeatureIdLike) -> Call[NPListItem]:
    fid = parse_feature_id(feature, "feature")
    body = RemoveListFeatureRequest(
        list_id=_list_id(list_id), model_id=fid.model_id, layer=fid.source, index=fid.wire_index
    )
    return Call(remove_feature_from_list, {"body": body}, lambda p, _r: _item_from_wire(p))


def _edit(list_id: ListLike, feature: FeatureIdLike, description: str | None) -> Call[NPListItem]:
    fid = parse_feature_id(feature, "feature")
    body = EditListFeatureRequest(
        list_id=_list_id(list_id),
        model_id=fid.model_id,
        layer=fid.source,
        index=fid.wire_index,
        description=description,
    )
    return Call(edit_list_feature, {"body": body}, lambda p, _r: _item_from_wire(p))


def _reconciled(error: NeuronpediaError, created: list[NPList]) -> NPList:
    """The list a lost answer had created, or ``error`` made definite (not applied)."""
    if created:
        logger.info("list %r was created although its answer was lost (%s)", created[0].id, error)
        return created[0]
    raise not_applied(error) from None


class Lists(SyncResource):
    """Feature lists (sync). Features are given as ``NPListItem``s, ``FeatureId``s,
    ``"model/source/index"`` strings, 3-tuples or feature URLs."""

    def new(
        self,
        name: str,
        description: str = "",
        *,
        test_text: str | None = None,
        reconcile: bool = False,
        **options: Unpack[RequestOptions],
    ) -> NPList:
        """Create an empty list. ``reconcile=True``: if the answer is lost after the request
        left, look the list up (list/list) and return it, or raise an error that says it was not
        applied; costs one list/list read before the write (see ``neuronpedia_ext._reconcile``)."""
        return self._create(_new(self._transport.base_url, name, description, test_text), reconcile, options)

    def new_with_features(
        self,
        name: str,
        features: Iterable[FeatureRefLike] = (),
        description: str = "",
        *,
        test_text: str | None = None,
        reconcile: bool = False,
        **options: Unpack[RequestOptions],
    ) -> NPList:
        """Create a list holding ``features`` (features the caller cannot see are skipped).
        ``reconcile``: as for :meth:`new`."""
        return self._create(
            _new_with_features(self._transport.base_url, name, description, features, test_text), reconcile, options
        )

    def _create(self, call: Call[NPList], reconcile: bool, options: RequestOptions) -> NPList:
        if not reconcile:
            return self._transport.run(call, **options)
        shared = SharedDeadline(self._transport.deadline, options)
        body = call.args["body"]
        with _not_raw():
            before = {lst.id for lst in self.list_owned(**shared.options()) if list_matches(lst, body)}
        try:
            return self._transport.run(call, **shared.options())
        except NeuronpediaError as exc:
            if not ambiguous(exc):
                raise
            try:
                with _not_raw():
                    owned = self.list_owned(**shared.options())
            except NeuronpediaError as lookup:
                raise unresolved(exc, lookup) from None
            return _reconciled(exc, [lst for lst in owned if list_matches(lst, body) and lst.id not in before])

    def get(self, list_id: ListLike, **options: Unpack[RequestOptions]) -> NPList:
        """A list with its items (no key needed; an unknown id is a 500 upstream)."""
        return self._transport.run(_get(self._transport.base_url, list_id), **options)

    def list_owned(self, **options: Unpack[RequestOptions]) -> list[NPList]:
        """The caller's lists, without items."""
        return self._transport.run(_list_owned(self._transport.base_url), **options)

    def update(
        self,
        list_id: ListLike,
        name: str,
        description: str | None = None,
        *,
        default_test_text: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> NPList:
        """Rename a list and/or change its description."""
        return self._transport.run(
            _update(self._transport.base_url, list_id, name, description, default_test_text), **options
        )

    def delete(self, list_id: ListLike, **options: Unpack[RequestOptions]) -> bool:
        """Delete one of the caller's lists."""
        return self._transport.run(_delete(list_id), **options)

    def add_features(
        self, list_id: ListLike, features: Iterable[FeatureRefLike], **options: Unpack[RequestOptions]
    ) -> list[NPListItem]:
        """Add features (up to the spec's per-request limit); returns the added items."""
        return self._transport.run(_add(list_id, features), **options)

    def remove_feature(
        self, list_id: ListLike, feature: FeatureIdLike, **options: Unpack[RequestOptions]
    ) -> NPListItem:
        """Remove one feature; returns the removed item."""
        return self._transport.run(_remove(list_id, feature), **options)

    def edit_feature(
        self, list_id: ListLike, feature: FeatureIdLike, description: str | None, **options: Unpack[RequestOptions]
    ) -> NPListItem:
        """Change the description a list gives one of its features."""
        return self._transport.run(_edit(list_id, feature, description), **options)


class AsyncLists(AsyncResource):
    """Feature lists (async); the same methods as :class:`Lists`."""

    async def new(
        self,
        name: str,
        description: str = "",
        *,
        test_text: str | None = None,
        reconcile: bool = False,
        **options: Unpack[RequestOptions],
    ) -> NPList:
        return await self._create(_new(self._transport.base_url, name, description, test_text), reconcile, options)

    async def new_with_features(
        self,
        name: str,
        features: Iterable[FeatureRefLike] = (),
        description: str = "",
        *,
        test_text: str | None = None,
        reconcile: bool = False,
        **options: Unpack[RequestOptions],
    ) -> NPList:
        return await self._create(
            _new_with_features(self._transport.base_url, name, description, features, test_text), reconcile, options
        )

    async def _create(self, call: Call[NPList], reconcile: bool, options: RequestOptions) -> NPList:
        if not reconcile:
            return await self._transport.run(call, **options)
        shared = SharedDeadline(self._transport.deadline, options)
        body = call.args["body"]
        with _not_raw():
            before = {lst.id for lst in await self.list_owned(**shared.options()) if list_matches(lst, body)}
        try:
            return await self._transport.run(call, **shared.options())
        except NeuronpediaError as exc:
            if not ambiguous(exc):
                raise
            try:
                with _not_raw():
                    owned = await self.list_owned(**shared.options())
            except NeuronpediaError as lookup:
                raise unresolved(exc, lookup) from None
            return _reconciled(exc, [lst for lst in owned if list_matches(lst, body) and lst.id not in before])

    async def get(self, list_id: ListLike, **options: Unpack[RequestOptions]) -> NPList:
        return await self._transport.run(_get(self._transport.base_url, list_id), **options)

    async def list_owned(self, **options: Unpack[RequestOptions]) -> list[NPList]:
        return await self._transport.run(_list_owned(self._transport.base_url), **options)

    async def update(
        self,
        list_id: ListLike,
        name: str,
        description: str | None = None,
        *,
        default_test_text: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> NPList:
        return await self._transport.run(
            _update(self._transport.base_url, list_id, name, description, default_test_text), **options
        )

    async def delete(self, list_id: ListLike, **options: Unpack[RequestOptions]) -> bool:
        return await self._transport.run(_delete(list_id), **options)

    async def add_features(
        self, list_id: ListLike, features: Iterable[FeatureRefLike], **options: Unpack[RequestOptions]
    ) -> list[NPListItem]:
        return await self._transport.run(_add(list_id, features), **options)

    async def remove_feature(
        self, list_id: ListLike, feature: FeatureIdLike, **options: Unpack[RequestOptions]
    ) -> NPListItem:
        return await self._transport.run(_remove(list_id, feature), **options)

    async def edit_feature(
        self, list_id: ListLike, feature: FeatureIdLike, description: str | None, **options: Unpack[RequestOptions]
    ) -> NPListItem:
        return await self._transport.run(_edit(list_id, feature, description), **options)
