"""``client.graphs``: attribution graphs and their subgraphs.

Every method is one request, except :meth:`Graphs.upload` / :meth:`Graphs.upload_file` (four:
signed URL, PUT of the gzipped file to that URL, save, get). Reading a graph needs no key;
listing, deleting, uploading and subgraphs need one. :meth:`Graphs.generate` counts against the
bucket ``/api/graph/generate`` (30 per hour) and :meth:`Graphs.tokenize` against
``/api/graph/tokenize`` (300 per hour); the rest only against the global buckets, though
``signed-put`` itself refuses after 200 uploads a day.

The upload PUT goes out on the client's own connection pool, with no API key (the URL is
pre-signed, and usually not Neuronpedia's host). A graph whose gzipped size is under the 1024
bytes upstream insists on is padded with trailing whitespace (still the same JSON) and stored
uncompressed inside the gzip stream, instead of failing with upstream's 500.
"""

from __future__ import annotations

import asyncio
import builtins
import gzip
import json
import os
import re
import time
from collections.abc import Mapping, Sequence
from typing import Any, Unpack
from urllib.parse import parse_qs, urlsplit

import attrs
import httpx
from neuronpedia_api.api.graphs import (
    delete_graph,
    delete_subgraph,
    generate_graph,
    get_graph,
    get_graph_upload_url,
    list_owned_graphs,
    list_subgraphs,
    save_graph,
    save_subgraph,
    tokenize_graph_prompt,
)
from neuronpedia_api.models import (
    DeleteGraphRequest,
    DeleteSubgraphRequest,
    GenerateGraphRequest,
    GenerateGraphResponse,
    Graph,
    GraphChatMessage,
    GraphMetadata,
    GraphModelId,
    GraphUploadUrlRequest,
    ListSubgraphsRequest,
    SaveGraphRequest,
    SaveSubgraphRequest,
    TokenizeGraphPromptRequest,
    TokenizeGraphPromptResponse,
)
from neuronpedia_api.models import Subgraph as GeneratedSubgraph
from neuronpedia_api.types import UNSET

from .._base import Call, _connection_error, _not_raw, logger
from .._errors import InvalidRequestError, status_error
from .._ids import items_of
from .._retry import RetryPolicy
from .._validate import rule
from ..models.graphs import (
    GeneratedGraph,
    GraphUploadTarget,
    NPGraphMetadata,
    SalientLogit,
    SavedGraph,
    Subgraph,
    TokenizedPrompt,
    graph_page_url,
)
from ._base import AsyncResource, RequestOptions, SyncResource

__all__ = ["GRAPH_MODELS", "AsyncGraphs", "ChatTurn", "GraphLike", "Graphs"]

GRAPH_MODELS: tuple[str, ...] = tuple(m.value for m in GraphModelId)
"""The models the graph server can trace (``generate``/``tokenize``)."""

_CONTENT_LENGTH = rule("get_graph_upload_url", "content_length")
UPLOAD_MIN_BYTES = int(_CONTENT_LENGTH.minimum or 0)
"""The smallest upload the server takes (the spec's ``contentLength`` minimum, via the generated rules)."""
UPLOAD_MAX_BYTES = int(_CONTENT_LENGTH.maximum or 0)
"""The largest upload the server takes (the spec's ``contentLength`` maximum)."""

GraphLike = str | bytes | Mapping[str, Any]
"""A graph: its JSON text (str or bytes) or the parsed JSON object."""
ChatTurn = Mapping[str, str] | tuple[str, str]
"""A chat message: ``{"role": ..., "content": ...}`` or ``(role, content)``."""

_SAVE_ID = re.compile(r"^[A-Za-z0-9_.-]+$")


# --------------------------------------------------------------------------- conversions


def graph_from_wire(row: Graph | GraphMetadata, base_url: str) -> NPGraphMetadata:
    page = graph_page_url(base_url, row.model_id, row.slug)
    user = row.user if isinstance(row, Graph) else None
    return NPGraphMetadata(
        id=row.id,
        model_id=row.model_id,
        slug=row.slug,
        prompt_tokens=list(row.prompt_tokens),
        prompt=row.prompt,
        title_prefix=row.title_prefix,
        json_url=row.url,
        url=page,
        url_embed=f"{page}&embed=true",
        source_set_name=row.source_set_name,
        is_featured=row.is_featured,
        user_id=row.user_id,
        owner_name=user.name if user is not None else None,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _subgraph(row: GeneratedSubgraph) -> Subgraph:
    return Subgraph(
        id=row.id,
        display_name=row.display_name,
        graph_metadata_id=row.graph_metadata_id,
        pinned_ids=list(row.pinned_ids),
        supernodes=[list(s) for s in row.supernodes],
        clerps=[list(c) for c in row.clerps],
        pruning_threshold=row.pruning_threshold,
        density_threshold=row.density_threshold,
        user_id=row.user_id,
        owner_name=row.user.name,
        is_featured_solution=row.is_featured_solution,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _generated(p: GenerateGraphResponse, model_id: str, slug: str | None) -> GeneratedGraph:
    if not slug:
        slug = (parse_qs(urlsplit(p.url).query).get("slug") or [""])[0]
    return GeneratedGraph(
        model_id=model_id,
        slug=slug,
        url=p.url,
        json_url=p.s3url,
        num_nodes=p.num_nodes,
        num_links=p.num_links,
        message=p.message,
    )


def _tokenized(p: TokenizeGraphPromptResponse) -> TokenizedPrompt:
    return TokenizedPrompt(
        prompt=p.prompt,
        input_tokens=list(p.input_tokens),
        salient_logits=[SalientLogit(s.token, s.token_id, s.probability) for s in p.salient_logits],
        total_salient_tokens=p.total_salient_tokens,
        cumulative_probability=p.cumulative_probability,
    )


# --------------------------------------------------------------------------- validation


def _text(value: str, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidRequestError(f"{what} must be a non-empty string")
    return value


def _graph_model(model_id: str) -> GraphModelId:
    try:
        return GraphModelId(model_id)
    except ValueError:
        raise InvalidRequestError(
            f"graphs can be generated for {', '.join(GRAPH_MODELS)} only, got {model_id!r}"
        ) from None


def _opt(value: Any) -> Any:
    """None as "not sent"; ranges and types are the spec's, checked when the Call is made."""
    return UNSET if value is None else value


def chat_messages(messages: Sequence[ChatTurn], roles: Sequence[str] | None = None) -> list[tuple[str, str]]:
    """``(role, content)`` pairs from dicts or tuples; InvalidRequestError on anything else."""
    if isinstance(messages, str | bytes) or not isinstance(messages, Sequence):
        raise InvalidRequestError("messages must be a list of {'role', 'content'} dicts or (role, content) pairs")
    out = []
    for m in messages:
        role, content = (
            (m.get("role"), m.get("content")) if isinstance(m, Mapping) else (m if len(m) == 2 else (None, None))
        )
        if not isinstance(role, str) or not isinstance(content, str):
            raise InvalidRequestError(f"a chat message needs a string role and content, got {m!r}")
        if roles is not None and role not in roles:
            raise InvalidRequestError(f"chat role must be one of {', '.join(roles)}, got {role!r}")
        out.append((role, content))
    return out


# --------------------------------------------------------------------------- calls


def _get(base_url: str, model_id: str, slug: str) -> Call[NPGraphMetadata]:
    args = {"model_id": _text(model_id, "model_id"), "slug": _text(slug, "slug")}
    return Call(get_graph, args, lambda p, _r: graph_from_wire(p, base_url))


def _list_owned(base_url: str) -> Call[list[NPGraphMetadata]]:
    return Call(list_owned_graphs, {}, lambda p, _r: [graph_from_wire(g, base_url) for g in p])


def _delete(model_id: str, slug: str) -> Call[bool]:
    body = DeleteGraphRequest(model_id=_text(model_id, "model_id"), slug=_text(slug, "slug"))
    return Call(delete_graph, {"body": body}, lambda _p, _r: True)


def _generate(
    model_id: str,
    prompt: str,
    slug: str | None,
    messages: Sequence[ChatTurn] | None,
    source_set_name: str | None,
    max_n_logits: int | None,
    desired_logit_prob: float | None,
    node_threshold: float | None,
    edge_threshold: float | None,
    max_feature_nodes: int | None,
    qk_top_fraction: float | None,
    qk_topk: int | None,
) -> Call[GeneratedGraph]:
    model = _graph_model(model_id)
    body = GenerateGraphRequest(
        prompt=prompt,
        model_id=model,
        messages=[GraphChatMessage(r, c) for r, c in chat_messages(messages)] if messages is not None else UNSET,
        source_set_name=source_set_name if source_set_name is not None else UNSET,
        slug=slug if slug is not None else UNSET,
        max_n_logits=_opt(max_n_logits),
        desired_logit_prob=_opt(desired_logit_prob),
        node_threshold=_opt(node_threshold),
        edge_threshold=_opt(edge_threshold),
        max_feature_nodes=_opt(max_feature_nodes),
        qk_top_fraction=_opt(qk_top_fraction),
        qk_topk=_opt(qk_topk),
    )
    return Call(generate_graph, {"body": body}, lambda p, _r: _generated(p, model.value, slug))


def _tokenize(
    model_id: str,
    prompt: str | None,
    messages: Sequence[ChatTurn] | None,
    source_set_name: str | None,
    max_n_logits: int | None,
    desired_logit_prob: float | None,
) -> Call[TokenizedPrompt]:
    model = _graph_model(model_id)
    turns = chat_messages(messages) if messages is not None else []
    if not turns and not prompt:  # the spec's `not` rule, said in the words of this call
        raise InvalidRequestError("give a prompt or messages")
    body = TokenizeGraphPromptRequest(
        model_id=model,
        prompt=prompt if prompt is not None else UNSET,
        messages=[GraphChatMessage(r, c) for r, c in turns] if turns else UNSET,
        source_set_name=source_set_name if source_set_name is not None else UNSET,
        max_n_logits=_opt(max_n_logits),
        desired_logit_prob=_opt(desired_logit_prob),
    )
    return Call(tokenize_graph_prompt, {"body": body}, lambda p, _r: _tokenized(p))


def _upload_url(filename: str, content_length: int) -> Call[GraphUploadTarget]:
    if isinstance(content_length, bool) or not isinstance(content_length, int):
        raise InvalidRequestError("content_length must be an integer (bytes)")
    body = GraphUploadUrlRequest(filename=filename, content_length=content_length)
    return Call(get_graph_upload_url, {"body": body}, lambda p, _r: GraphUploadTarget(p.url, p.key, p.put_request_id))


def _save(put_request_id: str) -> Call[SavedGraph]:
    body = SaveGraphRequest(put_request_id=_text(put_request_id, "put_request_id"))
    return Call(save_graph, {"body": body}, lambda p, _r: SavedGraph(url=p.url, message=p.message))


def _string_lists(value: Sequence[Sequence[str]], what: str) -> list[list[str]]:
    if isinstance(value, str) or not all(
        not isinstance(group, str) and all(isinstance(x, str) for x in group) for group in value
    ):
        raise InvalidRequestError(f"{what} must be a list of lists of strings")
    return [list(group) for group in value]


def _save_subgraph(
    model_id: str,
    slug: str,
    pinned_ids: Sequence[str],
    supernodes: Sequence[Sequence[str]],
    clerps: Sequence[Sequence[str]],
    pruning_threshold: float | None,
    density_threshold: float | None,
    display_name: str | None,
    overwrite_id: str | None,
) -> Call[str]:
    if not all(isinstance(i, str) for i in items_of(pinned_ids, "pinned_ids")):
        raise InvalidRequestError("pinned_ids must be a list of node id strings")
    for name, value in (("pruning_threshold", pruning_threshold), ("density_threshold", density_threshold)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise InvalidRequestError(f"{name} must be a number or None")
    body = SaveSubgraphRequest(
        model_id=_text(model_id, "model_id"),
        slug=_text(slug, "slug"),
        pinned_ids=list(pinned_ids),
        supernodes=_string_lists(supernodes, "supernodes"),
        clerps=_string_lists(clerps, "clerps"),
        pruning_threshold=pruning_threshold,
        density_threshold=density_threshold,
        display_name=display_name if display_name is not None else UNSET,
        overwrite_id=_text(overwrite_id, "overwrite_id") if overwrite_id is not None else UNSET,
    )
    return Call(save_subgraph, {"body": body}, lambda p, _r: str(p.subgraph_id))


def _list_subgraphs(model_id: str | None, slug: str | None) -> Call[list[Subgraph]]:
    body = ListSubgraphsRequest(
        model_id=_text(model_id, "model_id") if model_id is not None else UNSET,
        slug=_text(slug, "slug") if slug is not None else UNSET,
    )
    return Call(list_subgraphs, {"body": body}, lambda p, _r: [_subgraph(s) for s in p.subgraphs])


def _delete_subgraph(subgraph_id: str) -> Call[bool]:
    body = DeleteSubgraphRequest(subgraph_id=_text(subgraph_id, "subgraph_id"))
    return Call(delete_subgraph, {"body": body}, lambda p, _r: bool(p.success))


# --------------------------------------------------------------------------- uploads


@attrs.frozen
class PreparedUpload:
    """A graph ready to upload: its model (``metadata.scan``), slug and gzipped body."""

    model_id: str
    slug: str
    body: bytes = attrs.field(repr=False)

    @property
    def filename(self) -> str:
        return f"{self.slug}.json"


def prepare_upload(graph: GraphLike) -> PreparedUpload:
    """Check a graph JSON's ``metadata`` (``prompt``, ``prompt_tokens``, ``scan``, ``slug``) and gzip it."""
    if isinstance(graph, Mapping):
        text = json.dumps(graph, separators=(",", ":"))
        parsed: Any = graph
    else:
        text = graph.decode("utf-8") if isinstance(graph, bytes) else graph
        if not isinstance(text, str):
            raise InvalidRequestError(f"a graph is JSON text or a dict, got {type(graph).__name__}")
        try:
            parsed = json.loads(text)
        except ValueError as exc:
            raise InvalidRequestError(f"the graph is not valid JSON: {exc}") from exc
    meta = parsed.get("metadata") if isinstance(parsed, dict) else None
    if not isinstance(meta, dict):
        raise InvalidRequestError("the graph JSON must contain a 'metadata' object")
    for field in ("prompt", "prompt_tokens", "scan", "slug"):
        if field not in meta:
            raise InvalidRequestError(f"the graph's metadata must contain '{field}'")
    scan, slug = meta["scan"], meta["slug"]
    for name, value in (("metadata.scan", scan), ("metadata.slug", slug)):
        if not isinstance(value, str) or not _SAVE_ID.match(value):
            raise InvalidRequestError(f"{name} must be letters, digits, '_', '.' and '-', got {value!r}")
    raw = text.encode("utf-8")
    body = gzip.compress(raw, mtime=0)
    if len(body) < UPLOAD_MIN_BYTES:
        # Upstream refuses a contentLength under 1024 bytes; pad the JSON with whitespace and store it.
        body = gzip.compress(raw.ljust(UPLOAD_MIN_BYTES, b" "), compresslevel=0, mtime=0)
    if len(body) > UPLOAD_MAX_BYTES:
        raise InvalidRequestError(f"the gzipped graph is {len(body)} bytes; the limit is {UPLOAD_MAX_BYTES}")
    return PreparedUpload(model_id=scan, slug=slug, body=body)


def read_graph_file(filepath: str | os.PathLike[str]) -> str:
    """A graph file's text; checks it exists, ends in ``.json`` and is at most 100 MB."""
    path = os.fspath(filepath)
    if not os.path.exists(path):
        raise FileNotFoundError(f"File not found at path: {path}")
    if not path.endswith(".json"):
        raise InvalidRequestError("File must be a JSON file (.json)")
    if os.path.getsize(path) > UPLOAD_MAX_BYTES:
        raise InvalidRequestError(f"File size exceeds the limit of {UPLOAD_MAX_BYTES // (1024 * 1024)} megabytes")
    with open(path, encoding="utf-8") as f:
        return f.read()


def _put_request(
    http: httpx.Client | httpx.AsyncClient, url: str, body: bytes, options: RequestOptions
) -> httpx.Request:
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise InvalidRequestError("url: the upload URL must be an http(s) URL")
    if not isinstance(body, bytes | bytearray | memoryview):
        raise InvalidRequestError(f"body must be bytes (the gzipped graph), got {type(body).__name__}")
    extra: dict[str, Any] = {"timeout": options["timeout"]} if "timeout" in options else {}
    # No API key: the URL is pre-signed and usually another host (S3).
    return http.build_request("PUT", url, content=body, headers={"content-encoding": "gzip"}, **extra)


def _put_retry_delay(
    policy: RetryPolicy, request: httpx.Request, retry: int, why: str, response: httpx.Response | None = None
) -> float:
    """The wait before retrying the upload PUT, logged like every retry (the URL's signature left out)."""
    delay = policy.delay(retry, response)
    unsigned = request.url.copy_with(query=None)
    logger.debug("retrying %s %s in %.2fs (retry %d): %s", request.method, unsigned, delay, retry + 1, why)
    return delay


class Graphs(SyncResource):
    """Attribution graphs (sync)."""

    def get(self, model_id: str, slug: str, **options: Unpack[RequestOptions]) -> NPGraphMetadata:
        """A graph's metadata and owner (the graph JSON is at ``json_url``). One request; no key
        needed; NotFoundError when there is no such graph."""
        return self._transport.run(_get(self._transport.base_url, model_id, slug), **options)

    def list_owned(self, **options: Unpack[RequestOptions]) -> builtins.list[NPGraphMetadata]:
        """The caller's graphs, most recently updated first. One request; requires a key."""
        return self._transport.run(_list_owned(self._transport.base_url), **options)

    def delete(self, model_id: str, slug: str, **options: Unpack[RequestOptions]) -> bool:
        """Delete one of the caller's graphs (and its subgraphs). One request; requires a key."""
        return self._transport.run(_delete(model_id, slug), **options)

    def generate(
        self,
        model_id: str,
        prompt: str,
        *,
        slug: str | None = None,
        messages: Sequence[ChatTurn] | None = None,
        source_set_name: str | None = None,
        max_n_logits: int | None = None,
        desired_logit_prob: float | None = None,
        node_threshold: float | None = None,
        edge_threshold: float | None = None,
        max_feature_nodes: int | None = None,
        qk_top_fraction: float | None = None,
        qk_topk: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> GeneratedGraph:
        """Trace an attribution graph for ``prompt`` on one of :data:`GRAPH_MODELS` and save it
        (owned by the caller when a key is set). Unset options take the server's defaults; a
        missing slug is made from the prompt. One request (tens of seconds upstream); bucket
        ``/api/graph/generate`` (30 per hour); not retried."""
        call = _generate(
            model_id,
            prompt,
            slug,
            messages,
            source_set_name,
            max_n_logits,
            desired_logit_prob,
            node_threshold,
            edge_threshold,
            max_feature_nodes,
            qk_top_fraction,
            qk_topk,
        )
        return self._transport.run(call, **options)

    def tokenize(
        self,
        model_id: str,
        prompt: str | None = None,
        *,
        messages: Sequence[ChatTurn] | None = None,
        source_set_name: str | None = None,
        max_n_logits: int | None = None,
        desired_logit_prob: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> TokenizedPrompt:
        """The prompt's (or chat's) tokens and its most likely next tokens. One request; no key;
        bucket ``/api/graph/tokenize`` (300 per hour)."""
        call = _tokenize(model_id, prompt, messages, source_set_name, max_n_logits, desired_logit_prob)
        return self._transport.run(call, **options)

    def get_upload_url(
        self, filename: str, content_length: int, **options: Unpack[RequestOptions]
    ) -> GraphUploadTarget:
        """Step 1 of a manual upload: a pre-signed PUT URL for ``content_length`` bytes (1024 to
        100 MB). One request; requires a key. :meth:`upload` does all the steps."""
        return self._transport.run(_upload_url(filename, content_length), **options)

    def save(self, put_request_id: str, **options: Unpack[RequestOptions]) -> SavedGraph:
        """Step 2 of a manual upload: validate and save the uploaded file. One request; requires a key."""
        return self._transport.run(_save(put_request_id), **options)

    def put_file(self, url: str, body: bytes, **options: Unpack[RequestOptions]) -> None:
        """PUT gzipped graph bytes to a pre-signed URL, on the client's connection pool, without
        the API key. Retried like a read (a PUT is idempotent)."""
        transport = self._transport
        request = _put_request(transport._http, url, body, options)
        policy = transport._policy(options.get("max_retries"))
        retry = 0
        while True:
            try:
                response = transport._http.send(request)
            except httpx.TransportError as exc:
                if retry < policy.max_retries and policy.retry_exception(exc, idempotent=True):
                    time.sleep(_put_retry_delay(policy, request, retry, f"{type(exc).__name__}: {exc}"))
                    retry += 1
                    continue
                raise _connection_error(request, exc) from exc
            if response.status_code < 300:
                return
            if retry < policy.max_retries and policy.retry_status(response.status_code, idempotent=True):
                time.sleep(_put_retry_delay(policy, request, retry, f"status {response.status_code}", response))
                retry += 1
                continue
            raise status_error(response)

    def upload(self, graph: GraphLike, **options: Unpack[RequestOptions]) -> NPGraphMetadata:
        """Upload a graph JSON (text, bytes or dict) and return its metadata. Its
        ``metadata.scan`` (an existing model) and ``metadata.slug`` name it. Four requests
        (signed URL, PUT, save, get); requires a key."""
        prepared = prepare_upload(graph)
        with _not_raw():
            target = self.get_upload_url(prepared.filename, len(prepared.body), **options)
            logger.debug("graph upload %s/%s: got a signed URL", prepared.model_id, prepared.slug)
            self.put_file(target.url, prepared.body, **options)
            self.save(target.put_request_id, **options)
        return self.get(prepared.model_id, prepared.slug, **options)

    def upload_file(self, filepath: str | os.PathLike[str], **options: Unpack[RequestOptions]) -> NPGraphMetadata:
        """Upload a graph file (``.json``, at most 100 MB); see :meth:`upload`."""
        return self.upload(read_graph_file(filepath), **options)

    def save_subgraph(
        self,
        model_id: str,
        slug: str,
        pinned_ids: Sequence[str],
        *,
        supernodes: Sequence[Sequence[str]] = (),
        clerps: Sequence[Sequence[str]] = (),
        pruning_threshold: float | None = None,
        density_threshold: float | None = None,
        display_name: str | None = None,
        overwrite_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Save a subgraph of a graph (or overwrite one of the caller's with ``overwrite_id``);
        returns its id. One request; requires a key."""
        call = _save_subgraph(
            model_id,
            slug,
            pinned_ids,
            supernodes,
            clerps,
            pruning_threshold,
            density_threshold,
            display_name,
            overwrite_id,
        )
        return self._transport.run(call, **options)

    def list_subgraphs(
        self, model_id: str | None = None, slug: str | None = None, **options: Unpack[RequestOptions]
    ) -> builtins.list[Subgraph]:
        """The caller's subgraphs of a graph (of every graph when both are None), newest first.
        One request; requires a key."""
        return self._transport.run(_list_subgraphs(model_id, slug), **options)

    def delete_subgraph(self, subgraph_id: str, **options: Unpack[RequestOptions]) -> bool:
        """Delete one of the caller's subgraphs. One request; requires a key."""
        return self._transport.run(_delete_subgraph(subgraph_id), **options)


class AsyncGraphs(AsyncResource):
    """Attribution graphs (async); the same methods as :class:`Graphs`."""

    async def get(self, model_id: str, slug: str, **options: Unpack[RequestOptions]) -> NPGraphMetadata:
        return await self._transport.run(_get(self._transport.base_url, model_id, slug), **options)

    async def list_owned(self, **options: Unpack[RequestOptions]) -> builtins.list[NPGraphMetadata]:
        return await self._transport.run(_list_owned(self._transport.base_url), **options)

    async def delete(self, model_id: str, slug: str, **options: Unpack[RequestOptions]) -> bool:
        return await self._transport.run(_delete(model_id, slug), **options)

    async def generate(
        self,
        model_id: str,
        prompt: str,
        *,
        slug: str | None = None,
        messages: Sequence[ChatTurn] | None = None,
        source_set_name: str | None = None,
        max_n_logits: int | None = None,
        desired_logit_prob: float | None = None,
        node_threshold: float | None = None,
        edge_threshold: float | None = None,
        max_feature_nodes: int | None = None,
        qk_top_fraction: float | None = None,
        qk_topk: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> GeneratedGraph:
        call = _generate(
            model_id,
            prompt,
            slug,
            messages,
            source_set_name,
            max_n_logits,
            desired_logit_prob,
            node_threshold,
            edge_threshold,
            max_feature_nodes,
            qk_top_fraction,
            qk_topk,
        )
        return await self._transport.run(call, **options)

    async def tokenize(
        self,
        model_id: str,
        prompt: str | None = None,
        *,
        messages: Sequence[ChatTurn] | None = None,
        source_set_name: str | None = None,
        max_n_logits: int | None = None,
        desired_logit_prob: float | None = None,
        **options: Unpack[RequestOptions],
    ) -> TokenizedPrompt:
        call = _tokenize(model_id, prompt, messages, source_set_name, max_n_logits, desired_logit_prob)
        return await self._transport.run(call, **options)

    async def get_upload_url(
        self, filename: str, content_length: int, **options: Unpack[RequestOptions]
    ) -> GraphUploadTarget:
        return await self._transport.run(_upload_url(filename, content_length), **options)

    async def save(self, put_request_id: str, **options: Unpack[RequestOptions]) -> SavedGraph:
        return await self._transport.run(_save(put_request_id), **options)

    async def put_file(self, url: str, body: bytes, **options: Unpack[RequestOptions]) -> None:
        transport = self._transport
        request = _put_request(transport._http, url, body, options)
        policy = transport._policy(options.get("max_retries"))
        retry = 0
        while True:
            try:
                response = await transport._http.send(request)
            except httpx.TransportError as exc:
                if retry < policy.max_retries and policy.retry_exception(exc, idempotent=True):
                    await asyncio.sleep(_put_retry_delay(policy, request, retry, f"{type(exc).__name__}: {exc}"))
                    retry += 1
                    continue
                raise _connection_error(request, exc) from exc
            if response.status_code < 300:
                return
            if retry < policy.max_retries and policy.retry_status(response.status_code, idempotent=True):
                await asyncio.sleep(
                    _put_retry_delay(policy, request, retry, f"status {response.status_code}", response)
                )
                retry += 1
                continue
            raise status_error(response)

    async def upload(self, graph: GraphLike, **options: Unpack[RequestOptions]) -> NPGraphMetadata:
        prepared = prepare_upload(graph)
        with _not_raw():
            target = await self.get_upload_url(prepared.filename, len(prepared.body), **options)
            await self.put_file(target.url, prepared.body, **options)
            await self.save(target.put_request_id, **options)
        return await self.get(prepared.model_id, prepared.slug, **options)

    async def upload_file(self, filepath: str | os.PathLike[str], **options: Unpack[RequestOptions]) -> NPGraphMetadata:
        return await self.upload(read_graph_file(filepath), **options)

    async def save_subgraph(
        self,
        model_id: str,
        slug: str,
        pinned_ids: Sequence[str],
        *,
        supernodes: Sequence[Sequence[str]] = (),
        clerps: Sequence[Sequence[str]] = (),
        pruning_threshold: float | None = None,
        density_threshold: float | None = None,
        display_name: str | None = None,
        overwrite_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> str:
        call = _save_subgraph(
            model_id,
            slug,
            pinned_ids,
            supernodes,
            clerps,
            pruning_threshold,
            density_threshold,
            display_name,
            overwrite_id,
        )
        return await self._transport.run(call, **options)

    async def list_subgraphs(
        self, model_id: str | None = None, slug: str | None = None, **options: Unpack[RequestOptions]
    ) -> builtins.list[Subgraph]:
        return await self._transport.run(_list_subgraphs(model_id, slug), **options)

    async def delete_subgraph(self, subgraph_id: str, **options: Unpack[RequestOptions]) -> bool:
        return await self._transport.run(_delete_subgraph(subgraph_id), **options)
