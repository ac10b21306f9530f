"""``client.source_sets``: source sets (families of SAEs, one source per layer).

:meth:`SourceSets.get` is one request, no key needed (global buckets only).
:meth:`SourceSets.new` is one request, requires a key, and counts against the bucket
``/api/source-set/new`` (10 per hour).
"""

from __future__ import annotations

import re
from typing import Unpack

from neuronpedia_api.api.source_sets import create_source_set, get_source_set
from neuronpedia_api.models import CreateSourceSetRequest, SourceSetWithSources
from neuronpedia_api.types import UNSET

from .._base import Call
from .._errors import InvalidRequestError
from ..models.models import SourceSet
from ._base import AsyncResource, RequestOptions, SyncResource
from .features import source_from_wire
from .models import model_from_wire, source_set_from_row

__all__ = ["AsyncSourceSets", "SourceSets"]

_PATH_SEGMENT = re.compile(r"^[A-Za-z0-9._-]+$")


def source_set_from_wire(row: SourceSetWithSources, base_url: str | None) -> SourceSet:
    sources = [source_from_wire(s) for s in row.sources]
    return source_set_from_row(row, base_url, sources, model_from_wire(row.model, base_url))


def _segment(value: str, what: str) -> str:
    if not isinstance(value, str) or not _PATH_SEGMENT.match(value):
        raise InvalidRequestError(f"{what} must be a non-empty id of letters, digits, '.', '_' and '-', got {value!r}")
    return value


def _new(base_url: str, name: str, model_id: str, description: str | None, url: str | None) -> Call[SourceSet]:
    body = CreateSourceSetRequest(
        model_id=_segment(model_id, "model_id"),
        name=name,
        description=description if description is not None else UNSET,
        url=url if url is not None else UNSET,
    )
    return Call(create_source_set, {"body": body}, lambda p, _r: source_set_from_wire(p, base_url))


def _get(base_url: str, model_id: str, name: str) -> Call[SourceSet | None]:
    args = {"model_id": _segment(model_id, "model_id"), "name": _segment(name, "name")}
    return Call(get_source_set, args, lambda p, _r: None if p is None else source_set_from_wire(p, base_url))


class SourceSets(SyncResource):
    """Source sets (sync)."""

    def get(self, model_id: str, name: str, **options: Unpack[RequestOptions]) -> SourceSet | None:
        """A source set with its sources, release and model; None when it does not exist or the
        caller may not see it (the server answers 200 ``null``, never 404). One request; no key
        needed (with a key, the caller's own UNLISTED sources are included)."""
        return self._transport.run(_get(self._transport.base_url, model_id, name), **options)

    def new(
        self,
        name: str,
        model_id: str,
        description: str | None = None,
        url: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> SourceSet:
        """Create a custom source set on a model, with one source ``{layer}-{name}`` per layer.
        The answer's ``sources`` is always empty (upstream re-reads the set anonymously); fetch it
        with :meth:`get` to see them. One request; requires a key; bucket ``/api/source-set/new``
        (10 per hour)."""
        return self._transport.run(_new(self._transport.base_url, name, model_id, description, url), **options)


class AsyncSourceSets(AsyncResource):
    """Source sets (async); the same methods as :class:`SourceSets`."""

    async def get(self, model_id: str, name: str, **options: Unpack[RequestOptions]) -> SourceSet | None:
        return await self._transport.run(_get(self._transport.base_url, model_id, name), **options)

    async def new(
        self,
        name: str,
        model_id: str,
        description: str | None = None,
        url: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> SourceSet:
        return await self._transport.run(_new(self._transport.base_url, name, model_id, description, url), **options)
