"""Models and source sets (``Model``, ``SourceSet``), the official package's classes made richer.

The official fields come first, with the official names and order (``Model(id, layers,
display_name, url)``, ``SourceSet(name, model_id, description, url, sources)``); everything else
the server returns follows, with defaults. ``url`` keeps the official meaning: the model's
website, or the source set's first link. Page links use the base URL of the client that fetched
the object (``base_url``), else the default one, never a hard-coded neuronpedia.org.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import attrs

from ..views.text import viewable
from ._binding import BoundClient, base_url_of, default_client
from .features import Source

__all__ = ["Model", "SourceSet", "open_page"]


def open_page(base_url: str, path: str) -> bool:
    """Open ``{base_url}/{path}`` in a browser."""
    import webbrowser

    return webbrowser.open(f"{base_url.rstrip('/')}/{path}")


@viewable
@attrs.frozen
class Model:
    """A model on Neuronpedia (``gpt2-small``, ``gemma-2-2b``, or a custom one).

    ``url`` is the model's website (as in the official package); ``page_url`` is its page on
    Neuronpedia. ``source_sets`` is filled by ``client.models.list()`` only.
    """

    id: str
    layers: int
    display_name: str | None = None
    url: str | None = None
    display_name_short: str | None = None
    owner: str | None = None
    visibility: str | None = None
    creator_id: str | None = None
    dimension: int | None = None
    neurons_per_layer: int | None = None
    tlens_id: str | None = None
    default_source_set_name: str | None = None
    default_source_id: str | None = None
    default_graph_source_set_name: str | None = None
    inference_enabled: bool = False
    instruct: bool = False
    thinking: bool = False
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    source_sets: list[SourceSet] = attrs.field(factory=list)
    base_url: str | None = attrs.field(default=None, eq=False, repr=False)
    _client: BoundClient | None = attrs.field(default=None, eq=False, repr=False, kw_only=True, alias="_client")

    @property
    def page_url(self) -> str:
        """The model's page, on the base URL it was fetched from."""
        return f"{_base(self)}/{self.id}"

    def open_in_browser(self) -> bool:
        """Open the model's page in a browser (on the client's base URL)."""
        return open_page(_base(self), self.id)

    @classmethod
    def new(cls, id: str, layers: int, display_name: str | None = None, url: str | None = None) -> Model:
        """Create a custom (UNLISTED) model. One request; requires a key; bucket
        ``/api/model/new`` (5 per hour)."""
        model: Model = default_client().models.new(id, layers, display_name, url)
        return model


@viewable
@attrs.frozen
class SourceSet:
    """A source set: one family of SAEs (or transcoders) of a model, one source per layer.

    ``url`` is the set's first non-empty link (as in the official package, except that
    upstream's ``[""]`` for "no link" gives None); ``urls`` has them all.
    """

    name: str
    model_id: str
    description: str | None = None
    url: str | None = None
    sources: list[Source] = attrs.field(factory=list)
    urls: list[str] = attrs.field(factory=list)
    type: str | None = None
    visibility: str | None = None
    creator_name: str | None = None
    creator_id: str | None = None
    release_name: str | None = None
    has_dashboards: bool = False
    allow_inference_search: bool = False
    has_graphs: bool = False
    graph_enabled: bool = False
    created_at: dt.datetime | None = None
    model: Model | None = None
    base_url: str | None = attrs.field(default=None, eq=False, repr=False)
    _client: BoundClient | None = attrs.field(default=None, eq=False, repr=False, kw_only=True, alias="_client")

    @property
    def page_url(self) -> str:
        """The source set's page, on the base URL it was fetched from."""
        return f"{_base(self)}/{self.model_id}/{self.name}"

    def get_source_for_layer_number(self, layer_number: int) -> Source:
        """The source of layer ``layer_number`` (id ``{layer}-{name}``); ValueError if absent."""
        wanted = f"{layer_number}-{self.name}"
        for source in self.sources:
            if source.id == wanted:
                return source
        raise ValueError(f"Source for layer {layer_number} not found. Does this model have that many layers?")

    def open_in_browser(self) -> bool:
        """Open the source set's page in a browser (on the client's base URL)."""
        return open_page(_base(self), f"{self.model_id}/{self.name}")

    @classmethod
    def from_np_db_json(cls, json_data: Mapping[str, Any]) -> SourceSet:
        """Build from the server's JSON (camelCase, as ``getSourceSet`` returns it)."""
        urls = [str(u) for u in json_data.get("urls") or []]
        return cls(
            name=json_data["name"],
            model_id=json_data["modelId"],
            description=json_data.get("description"),
            url=next((u for u in urls if u), None),
            sources=[
                Source(id=s["id"], model_id=s["modelId"], set_name=s["setName"]) for s in json_data.get("sources") or []
            ],
            urls=urls,
            type=json_data.get("type"),
            visibility=json_data.get("visibility"),
            creator_name=json_data.get("creatorName"),
            creator_id=json_data.get("creatorId"),
            release_name=json_data.get("releaseName"),
            has_dashboards=bool(json_data.get("hasDashboards", False)),
            allow_inference_search=bool(json_data.get("allowInferenceSearch", False)),
            has_graphs=bool(json_data.get("hasGraphs", False)),
            graph_enabled=bool(json_data.get("graphEnabled", False)),
        )

    @classmethod
    def new(cls, name: str, model_id: str, description: str | None = None, url: str | None = None) -> SourceSet:
        """Create a custom source set with one source per layer of the model. One request;
        requires a key; bucket ``/api/source-set/new`` (10 per hour)."""
        created: SourceSet = default_client().source_sets.new(name, model_id, description, url)
        return created

    @classmethod
    def get(cls, model_id: str, name: str) -> SourceSet | None:
        """A source set with its sources, or None if it does not exist (or is not visible).
        One request; no key needed."""
        found: SourceSet | None = default_client().source_sets.get(model_id, name)
        return found


def _base(obj: Model | SourceSet) -> str:
    """The base URL ``obj`` was fetched from: its ``base_url``, else its client's, else the default."""
    return obj.base_url.rstrip("/") if obj.base_url else base_url_of(obj)
