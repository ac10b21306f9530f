"""``client.models``: the models of a Neuronpedia instance.

:meth:`Models.list` is one request (no key needed; global buckets only). :meth:`Models.new`
is one request, requires a key, and counts against the bucket ``/api/model/new`` (5 per hour).
"""

from __future__ import annotations

import builtins
from typing import Unpack

from neuronpedia_api.api.models import create_model, list_models
from neuronpedia_api.models import (
    CreateModelRequest,
    ModelListItem,
    ModelListSource,
    ModelListSourceSet,
    SourceSetWithSources,
)
from neuronpedia_api.models import Model as GeneratedModel
from neuronpedia_api.types import UNSET

from .._base import Call
from ..models.features import Source
from ..models.models import Model, SourceSet
from ._base import AsyncResource, RequestOptions, SyncResource

__all__ = ["AsyncModels", "Models"]


def model_from_wire(row: GeneratedModel | ModelListItem, base_url: str | None) -> Model:
    sets = row.source_sets if isinstance(row, ModelListItem) else []
    return Model(
        id=row.id,
        layers=row.layers,
        display_name=row.display_name,
        url=row.website,
        display_name_short=row.display_name_short,
        owner=row.owner,
        visibility=row.visibility,
        creator_id=row.creator_id,
        dimension=row.dimension,
        neurons_per_layer=row.neurons_per_layer,
        tlens_id=row.tlens_id,
        default_source_set_name=row.default_source_set_name,
        default_source_id=row.default_source_id,
        default_graph_source_set_name=row.default_graph_source_set_name,
        inference_enabled=row.inference_enabled,
        instruct=row.instruct,
        thinking=row.thinking,
        created_at=row.created_at,
        updated_at=row.updated_at,
        source_sets=[_listed_set(s, base_url) for s in sets],
        base_url=base_url,
    )


def _listed_source(row: ModelListSource) -> Source:
    return Source(
        id=row.id,
        model_id=row.model_id,
        set_name=row.set_name,
        visibility=row.visibility,
        has_dashboards=row.has_dashboards,
        inference_enabled=row.inference_enabled,
        dataset=row.dataset,
        num_prompts=row.num_prompts,
        num_tokens_in_prompt=row.num_tokens_in_prompt,
        notes=row.notes,
        created_at=row.created_at,
    )


def source_set_from_row(
    row: ModelListSourceSet | SourceSetWithSources, base_url: str | None, sources: list[Source], model: Model | None
) -> SourceSet:
    """A public :class:`SourceSet` from a source-set row (of model/list or of the source-set GET)."""
    return SourceSet(
        name=row.name,
        model_id=row.model_id,
        description=row.description,
        url=next((u for u in row.urls if u), None),
        sources=sources,
        urls=list(row.urls),
        type=row.type_,
        visibility=row.visibility,
        creator_name=row.creator_name,
        creator_id=row.creator_id,
        release_name=row.release_name,
        has_dashboards=row.has_dashboards,
        allow_inference_search=row.allow_inference_search,
        has_graphs=row.has_graphs,
        graph_enabled=row.graph_enabled,
        created_at=row.created_at,
        model=model,
        base_url=base_url,
    )


def _listed_set(row: ModelListSourceSet, base_url: str | None) -> SourceSet:
    return source_set_from_row(row, base_url, [_listed_source(s) for s in row.sources], None)


def _new(base_url: str, id: str, layers: int, display_name: str | None, url: str | None) -> Call[Model]:
    body = CreateModelRequest(
        id=id,
        layers=layers,
        display_name=display_name if display_name is not None else UNSET,
        url=url if url is not None else UNSET,
    )
    return Call(create_model, {"body": body}, lambda p, _r: model_from_wire(p, base_url))


def _list(base_url: str) -> Call[list[Model]]:
    return Call(list_models, {}, lambda p, _r: [model_from_wire(row, base_url) for row in p])


class Models(SyncResource):
    """Models (sync)."""

    def list(self, **options: Unpack[RequestOptions]) -> builtins.list[Model]:
        """Every model visible to the caller, each with its source sets and their sources (the
        ones with dashboards). One request, unpaginated; no key needed."""
        return self._transport.run(_list(self._transport.base_url), **options)

    def new(
        self,
        id: str,
        layers: int,
        display_name: str | None = None,
        url: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Model:
        """Create a custom model owned by the caller (always UNLISTED). ``url`` is its website.
        One request; requires a key; bucket ``/api/model/new`` (5 per hour)."""
        return self._transport.run(_new(self._transport.base_url, id, layers, display_name, url), **options)


class AsyncModels(AsyncResource):
    """Models (async); the same methods as :class:`Models`."""

    async def list(self, **options: Unpack[RequestOptions]) -> builtins.list[Model]:
        return await self._transport.run(_list(self._transport.base_url), **options)

    async def new(
        self,
        id: str,
        layers: int,
        display_name: str | None = None,
        url: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Model:
        return await self._transport.run(_new(self._transport.base_url, id, layers, display_name, url), **options)
