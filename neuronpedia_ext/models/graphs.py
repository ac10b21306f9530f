"""Attribution graphs: ``NPGraphMetadata`` (the official class, made richer) and the other answers
of ``client.graphs``.

``NPGraphMetadata`` keeps the official fields in the official order (``id, model_id, slug,
prompt_tokens, prompt, title_prefix, json_url, url, url_embed``) and its equality (the official
``__eq__`` compares model, slug, prompt, tokens, title prefix and both URLs). ``url`` is the graph's
page on the base URL of the client that fetched it (the official class always used
neuronpedia.org or, with ``USE_LOCALHOST``, localhost).
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..views.text import viewable
from ._binding import BoundClient, base_url_of, client_of, default_client

__all__ = [
    "GeneratedGraph",
    "GraphUploadTarget",
    "NPGraphMetadata",
    "SalientLogit",
    "SavedGraph",
    "Subgraph",
    "TokenizedPrompt",
    "graph_page_url",
]


def graph_page_url(base_url: str, model_id: str, slug: str) -> str:
    """``{base_url}/{model_id}/graph?slug={slug}``."""
    return f"{base_url.rstrip('/')}/{model_id}/graph?slug={slug}"


@viewable
@attrs.frozen(eq=False)
class NPGraphMetadata:
    """The metadata of one attribution graph (the graph JSON itself is at ``json_url``)."""

    id: str
    model_id: str
    slug: str
    prompt_tokens: list[str]
    prompt: str
    title_prefix: str
    json_url: str
    url: str | None = None
    url_embed: str | None = None
    source_set_name: str | None = None
    is_featured: bool = False
    user_id: str | None = None
    owner_name: str | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    _client: BoundClient | None = attrs.field(default=None, eq=False, repr=False, kw_only=True, alias="_client")

    def __attrs_post_init__(self) -> None:
        if not self.url:
            object.__setattr__(self, "url", graph_page_url(base_url_of(self), self.model_id, self.slug))
        if not self.url_embed:
            object.__setattr__(self, "url_embed", f"{self.url}&embed=true")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NPGraphMetadata):
            return NotImplemented
        return (
            self.model_id == other.model_id
            and self.slug == other.slug
            and self.prompt_tokens == other.prompt_tokens
            and self.prompt == other.prompt
            and self.title_prefix == other.title_prefix
            and self.json_url == other.json_url
            and self.url == other.url
        )

    def __hash__(self) -> int:
        return hash((self.model_id, self.slug, self.prompt, self.title_prefix, self.json_url, self.url))

    def delete(self) -> bool:
        """Delete this graph (requires a key; only its owner may). One request."""
        deleted: bool = client_of(self).graphs.delete(self.model_id, self.slug)
        return deleted

    @classmethod
    def get(cls, model_id: str, slug: str) -> NPGraphMetadata:
        """A graph's metadata. One request; no key needed."""
        graph: NPGraphMetadata = default_client().graphs.get(model_id, slug)
        return graph

    @classmethod
    def list_owned(cls) -> list[NPGraphMetadata]:
        """The caller's graphs, most recently updated first (requires a key). One request."""
        owned: list[NPGraphMetadata] = default_client().graphs.list_owned()
        return owned

    @classmethod
    def generate(
        cls,
        model_id: str,
        prompt: str,
        graph_id: str,
        max_n_logits: int = 10,
        desired_logit_prob: float = 0.95,
        node_threshold: float = 0.8,
        edge_threshold: float = 0.98,
    ) -> NPGraphMetadata:
        """Generate a graph with slug ``graph_id``, then fetch its metadata. Two requests; bucket
        ``/api/graph/generate`` (30 per hour); takes tens of seconds upstream."""
        client = default_client()
        generated = client.graphs.generate(
            model_id,
            prompt,
            slug=graph_id,
            max_n_logits=max_n_logits,
            desired_logit_prob=desired_logit_prob,
            node_threshold=node_threshold,
            edge_threshold=edge_threshold,
        )
        graph: NPGraphMetadata = client.graphs.get(generated.model_id, generated.slug)
        return graph

    @classmethod
    def upload(cls, json_str: str) -> NPGraphMetadata:
        """Upload a graph JSON (signed URL, PUT of the gzipped file, save, get: four requests;
        requires a key)."""
        graph: NPGraphMetadata = default_client().graphs.upload(json_str)
        return graph

    @classmethod
    def upload_file(cls, filepath: str) -> NPGraphMetadata:
        """Upload a graph JSON file (``.json``, within the spec's upload size); see :meth:`upload`."""
        graph: NPGraphMetadata = default_client().graphs.upload_file(filepath)
        return graph


@viewable
@attrs.frozen
class GeneratedGraph:
    """The answer of ``client.graphs.generate``: where the new graph is, and its size."""

    model_id: str
    slug: str
    url: str
    json_url: str
    num_nodes: int
    num_links: int
    message: str


@viewable
@attrs.frozen
class SalientLogit:
    """A likely next token: its text, its id and its probability."""

    token: str
    token_id: int
    probability: float


@viewable
@attrs.frozen
class TokenizedPrompt:
    """The answer of ``client.graphs.tokenize``: the prompt's tokens and likely next tokens.

    The index of a token in ``input_tokens`` is the position ``/api/steer-logits`` expects.
    """

    prompt: str
    input_tokens: list[str]
    salient_logits: list[SalientLogit]
    total_salient_tokens: int
    cumulative_probability: float


@viewable
@attrs.frozen
class GraphUploadTarget:
    """Where to PUT a graph file (a pre-signed URL, valid for an hour) and the put request's id."""

    url: str = attrs.field(repr=False)
    key: str
    put_request_id: str


@viewable
@attrs.frozen
class SavedGraph:
    """The answer of ``client.graphs.save``: the saved graph's page URL."""

    url: str
    message: str


@viewable
@attrs.frozen
class Subgraph:
    """A saved subgraph: pinned node ids, supernodes, labels (``clerps``) and thresholds."""

    id: str
    display_name: str | None
    graph_metadata_id: str
    pinned_ids: list[str]
    supernodes: list[list[str]]
    clerps: list[list[str]]
    pruning_threshold: float | None
    density_threshold: float | None
    user_id: str
    owner_name: str | None = None
    is_featured_solution: bool = False
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
