"""``client.features`` (read, batch-read and upload features) and ``client.sparsity``.

Costs:

* :meth:`Features.get`: one GET; no key needed (a key only widens visibility to your private
  models/sources). Global rate-limit buckets only (``/api``: 25,000 per hour per IP).
* :meth:`Features.get_many`: ``ceil(n / batch_size)`` POSTs to the batch endpoint
  ``/api/features`` (global buckets), plus one GET per feature the batch did not return (to
  report its own error), run ``concurrency`` at a time. Input order is kept and each item
  reports its own failure. With ``use_batch=False``, one GET per feature.
* :meth:`Features.upload`: one POST per 128 features (the server's cap), sent one after
  another; requires a key and a source set you created. Global buckets only.
* :meth:`Sparsity.connected_neurons`: one GET (global buckets; the sparsity server behind it).

The batch endpoint is an internal route of the web UI: it applies no visibility check and
returns less than the single GET (no model/source metadata, no comments, explanations without
ids or scores). Features it returns are otherwise the same :class:`Feature`.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar, Unpack

import attrs
import httpx
from neuronpedia_api.api.features import get_feature, get_features_batch, upload_features
from neuronpedia_api.api.sparsity import get_connected_neurons
from neuronpedia_api.models import (
    ConnectedFeatureExplanations,
    ExplanationSummary,
    FeatureBatchItem,
    FeaturesBatchRequestItem,
    FeatureUploadActivation,
    FeatureUploadExplanation,
    FeatureUploadItem,
    FeatureUploadLogit,
    FeatureUploadRequest,
    SparsityTraceNode,
    UploadBatchResult,
)
from neuronpedia_api.models import ConnectedNeurons as WireConnectedNeurons
from neuronpedia_api.models import Explanation as WireExplanation
from neuronpedia_api.models import Feature as WireFeature
from neuronpedia_api.models import Model as WireModel
from neuronpedia_api.models import Source as WireSource
from neuronpedia_api.models import SourceSet as WireSourceSet
from neuronpedia_api.types import UNSET, Unset

from .._arrays import to_float, to_float_list
from .._base import Call, _not_raw
from .._errors import InvalidRequestError, NeuronpediaError, NotFoundError
from .._ids import FeatureId, FeatureIdLike, feature_id, identifier, items_of, parse_feature_id
from .._validate import rule
from ..models.explanations import ExplanationScore
from ..models.features import (
    ConnectedExplanations,
    ConnectedNeurons,
    Explanation,
    Feature,
    FeatureComment,
    FeatureResult,
    Logit,
    ModelInfo,
    Source,
    SourceSetInfo,
    TraceNode,
    UploadResult,
)
from ._base import AsyncResource, RequestOptions, SyncResource
from .activations import activation_from_wire

__all__ = ["AsyncFeatures", "AsyncSparsity", "Features", "Sparsity"]

logger = logging.getLogger("neuronpedia_ext")

MAX_FEATURES_PER_UPLOAD: int = rule("upload_features", "features").max_items or 1
"""The server's cap on features per upload request (the spec's ``maxItems``, via the generated rules)."""
DEFAULT_BATCH_SIZE = 100

T = TypeVar("T")

# --------------------------------------------------------------------------- wire -> public


def _unset(value: T | Unset, default: T) -> T:
    return default if isinstance(value, Unset) else value


def _model_info(m: WireModel) -> ModelInfo:
    return ModelInfo(
        id=m.id,
        display_name=m.display_name,
        display_name_short=m.display_name_short,
        layers=m.layers,
        dimension=m.dimension,
        owner=m.owner,
        website=m.website,
        visibility=m.visibility,
        inference_enabled=m.inference_enabled,
        instruct=m.instruct,
        tlens_id=m.tlens_id,
        default_source_set_name=m.default_source_set_name,
        default_source_id=m.default_source_id,
        created_at=m.created_at,
    )


def source_from_wire(s: WireSource) -> Source:
    """A public :class:`Source` from the generated ``Source`` row."""
    config = s.saelens_config.to_dict() if s.saelens_config is not None else {}
    hook = config.get("hook_name")
    return Source(
        id=s.id,
        model_id=s.model_id,
        set_name=s.set_name,
        visibility=s.visibility,
        has_dashboards=s.has_dashboards,
        inference_enabled=s.inference_enabled,
        hook_name=hook if isinstance(hook, str) else None,
        saelens_release=s.saelens_release,
        saelens_sae_id=s.saelens_sae_id,
        saelens_config=config,
        hf_repo_id=s.hf_repo_id,
        hf_folder_id=s.hf_folder_id,
        dataset=s.dataset,
        num_prompts=s.num_prompts,
        num_tokens_in_prompt=s.num_tokens_in_prompt,
        notes=s.notes,
        creator_id=s.creator_id,
        created_at=s.created_at,
    )


def _source_set_info(s: WireSourceSet) -> SourceSetInfo:
    return SourceSetInfo(
        model_id=s.model_id,
        name=s.name,
        description=s.description,
        type=s.type_,
        creator_name=s.creator_name,
        visibility=s.visibility,
        has_dashboards=s.has_dashboards,
        allow_inference_search=s.allow_inference_search,
        release_name=s.release_name,
        urls=list(s.urls),
        created_at=s.created_at,
    )


def _explanation(e: WireExplanation | ExplanationSummary | Any, fid: FeatureId) -> Explanation:
    scores: list[ExplanationScore] = []
    if isinstance(e, WireExplanation):
        scores = [
            ExplanationScore(
                id=s.id,
                explanation_id=s.explanation_id,
                value=s.value,
                scorer_type=s.explanation_score_type_name,
                scorer_model=s.explanation_score_model_name,
                initiated_by_user_id=s.initiated_by_user_id,
                json_details=s.json_details,
                created_at=s.created_at,
            )
            for s in e.scores
        ]
    return Explanation(
        modelId=fid.model_id,
        source=fid.source,
        index=fid.index,
        text=e.description,
        method=e.type_name,
        explainer_model=e.explanation_model_name,
        id=getattr(e, "id", None),
        scores=scores,
        triggered_by=e.triggered_by_user.name
        if isinstance(e, WireExplanation) and e.triggered_by_user is not None
        else None,
    )


def _logits(tokens: Sequence[str], values: Sequence[float]) -> list[Logit]:
    return [Logit(t, float(v)) for t, v in zip(tokens, values, strict=False)]


def feature_from_wire(p: WireFeature | FeatureBatchItem | Any, raw: dict[str, Any]) -> Feature:
    """A public :class:`Feature` from any generated model with the feature's columns: the feature
    GET (with its relations), an item of the batch read, or the feature row of a search result."""
    fid = FeatureId(p.model_id, p.layer, p.index)
    full = p if isinstance(p, WireFeature) else None
    return Feature(
        modelId=p.model_id,
        source=p.layer,
        index=p.index,
        density=p.frac_nonzero,
        top_logits=_logits(p.pos_str, p.pos_values),
        bottom_logits=_logits(p.neg_str, p.neg_values),
        explanations=[_explanation(e, fid) for e in getattr(p, "explanations", [])],
        activations=sorted(
            (activation_from_wire(a) for a in getattr(p, "activations", [])),
            key=lambda a: -(a.max_value if a.max_value is not None else -math.inf),
        ),
        hook_name=p.hook_name,
        max_act_approx=p.max_act_approx,
        source_set_name=p.source_set_name,
        creator_id=p.creator_id,
        created_at=p.created_at,
        has_vector=p.has_vector,
        vector=list(p.vector),
        vector_label=p.vector_label,
        vector_default_steer_strength=p.vector_default_steer_strength,
        topk_cos_sim_indices=list(p.topk_cos_sim_indices),
        topk_cos_sim_values=list(p.topk_cos_sim_values),
        freq_hist_heights=list(p.freq_hist_data_bar_heights),
        freq_hist_values=list(p.freq_hist_data_bar_values),
        logits_hist_heights=list(p.logits_hist_data_bar_heights),
        logits_hist_values=list(p.logits_hist_data_bar_values),
        model_info=_model_info(full.model) if full else None,
        source_info=source_from_wire(full.source) if full and full.source is not None else None,
        source_set_info=_source_set_info(full.source_set) if full and full.source_set is not None else None,
        comments=[FeatureComment(c.id, c.text, c.user_id, c.user.name, c.created_at) for c in full.comments]
        if full
        else [],
        list_ids=[m.list_id for m in full.lists] if full else [],
        creator_name=full.creator.name if full and full.creator is not None else None,
        raw=raw,
    )


def _connected_explanations(row: ConnectedFeatureExplanations) -> ConnectedExplanations:
    fid = FeatureId(row.model_id, row.layer, row.index)
    return ConnectedExplanations(
        model_id=row.model_id,
        source=row.layer,
        index=row.index,
        explanations=[
            Explanation(
                modelId=fid.model_id,
                source=fid.source,
                index=fid.index,
                text=e.description,
                method=e.type_name,
                explainer_model=e.explanation_model_name,
                id=e.id,
            )
            for e in row.explanations
        ],
    )


def _trace(node: SparsityTraceNode) -> TraceNode:
    return TraceNode(
        layer=node.layer,
        neuron=node.neuron,
        read_weight=node.read_weight,
        via_channel=node.via_channel,
        write_weight=node.write_weight,
        children=[_trace(c) for c in (_unset(node.children, None) or [])],
        parents=[_trace(c) for c in (_unset(node.parents, None) or [])],
    )


def _connected(p: WireConnectedNeurons) -> ConnectedNeurons:
    return ConnectedNeurons(
        layer=p.layer,
        neuron=p.neuron,
        trace_forward=[_trace(n) for n in p.trace_forward],
        trace_backward=[_trace(n) for n in p.trace_backward],
        neuron_explanations=[_connected_explanations(r) for r in p.neuron_explanations],
        resid_channel_explanations=[_connected_explanations(r) for r in p.resid_channel_explanations],
    )


# --------------------------------------------------------------------------- inputs


def resolve_feature(model_id: FeatureIdLike, source: str | None, index: int | str | None) -> FeatureId:
    """``(model_id, source, index)``, or one id-like value in ``model_id`` with the others None."""
    if source is None and index is None:
        return parse_feature_id(model_id, "model_id")
    if source is None or index is None:
        raise InvalidRequestError("give model_id, source and index, or one feature id ('model/source/index')")
    if not isinstance(model_id, str):
        raise InvalidRequestError(f"model_id must be a string, got {type(model_id).__name__}")
    return feature_id(model_id, source, index)


def _positive(name: str, value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidRequestError(f"{name} must be a positive integer, got {value!r}")
    return value


def _upload_item(feature: Feature, position: int) -> FeatureUploadItem:
    where = f"features[{position}]"
    if not isinstance(feature, Feature):
        raise InvalidRequestError(f"{where} must be a Feature, got {type(feature).__name__}")
    density: float | Unset = UNSET
    if feature.density is not None:
        density = to_float(feature.density, name=f"{where}.density")
    logits: dict[str, list[FeatureUploadLogit] | Unset | None] = {}
    for key, given in (("top_logits", feature.top_logits), ("bottom_logits", feature.bottom_logits)):
        if given is None:
            logits[key] = UNSET
            continue
        items = []
        for j, logit in enumerate(given):
            items.append(FeatureUploadLogit(token=logit.token, value=to_float(logit.value, name=f"{where}.{key}[{j}]")))
        logits[key] = items
    explanations: list[FeatureUploadExplanation] | Unset = UNSET
    if feature.explanations:
        explanations = []
        for e in feature.explanations:
            explanations.append(
                FeatureUploadExplanation(
                    text=e.text,
                    method_name=e.method if e.method is not None else UNSET,
                    model_name=e.explainer_model if e.explainer_model is not None else UNSET,
                )
            )
    activations = []
    for j, a in enumerate(feature.activations or []):
        at = f"{where}.activations[{j}]"
        tokens = list(a.tokens)
        values = to_float_list(a.values, name=f"{at}.values")
        if len(tokens) != len(values):  # client-side only: the spec cannot relate two lengths
            raise InvalidRequestError(f"{at} has {len(tokens)} tokens but {len(values)} values")
        activations.append(
            FeatureUploadActivation(
                tokens=tokens,
                values=values,
                quantile_max=a.quantileMax if a.quantileMax is not None else UNSET,
                quantile_min=a.quantileMin if a.quantileMin is not None else UNSET,
                quantile_fraction=a.quantileFraction if a.quantileFraction is not None else UNSET,
            )
        )
    return FeatureUploadItem(
        index=feature.index,
        activations=activations,
        density=density,
        top_logits=logits["top_logits"],
        bottom_logits=logits["bottom_logits"],
        explanations=explanations,
    )


# --------------------------------------------------------------------------- calls


def _get(fid: FeatureId) -> Call[Feature]:
    return Call(
        get_feature,
        {"model_id": fid.model_id, "layer": fid.source, "index": fid.wire_index},
        lambda p, r: feature_from_wire(p, r.json()),
    )


def _batch(ids: Sequence[FeatureId], max_activations: int | None) -> Call[dict[FeatureId, Feature]]:
    limit: int | Unset = UNSET if max_activations is None else max_activations
    body = [
        FeaturesBatchRequestItem(model_id=f.model_id, layer=f.source, index=int(f.index), max_acts_to_return=limit)
        for f in ids
    ]

    def convert(p: list[FeatureBatchItem], response: httpx.Response) -> dict[FeatureId, Feature]:
        raws = response.json()
        out: dict[FeatureId, Feature] = {}
        for item, raw in zip(p, raws, strict=True):
            feature = feature_from_wire(item, raw)
            out[feature.feature_id] = feature
        return out

    return Call(get_features_batch, {"body": body}, convert)


def _upload_calls(model_id: str, source: str, features: Iterable[Feature], batch_size: int) -> list[Call[str]]:
    fid = feature_id(model_id, source, 0)  # validates model_id and source
    _positive("batch_size", batch_size)
    if batch_size > MAX_FEATURES_PER_UPLOAD:
        raise InvalidRequestError(f"batch_size must be at most {MAX_FEATURES_PER_UPLOAD} (the server's cap)")
    items = [_upload_item(f, i) for i, f in enumerate(items_of(features, "features"))]
    if not items:
        raise InvalidRequestError("upload needs at least one feature")
    seen: dict[int, int] = {}
    for i, item in enumerate(items):
        if item.index in seen:
            raise InvalidRequestError(
                f"features[{i}] repeats index {item.index} (first at features[{seen[item.index]}])"
            )
        seen[item.index] = i
    calls = []
    for start in range(0, len(items), batch_size):
        body = FeatureUploadRequest(
            model_id=fid.model_id, source=fid.source, features=items[start : start + batch_size]
        )
        calls.append(
            Call(upload_features, {"body": body}, _message, server_error_hint=_upload_hint(fid.model_id, fid.source))
        )
    return calls


def _upload_hint(model_id: str, source: str) -> str:
    """What a 500 of ``feature/upload-batch`` most likely means: upstream throws (a generic 500)
    when the source set is missing, is not the caller's, or lacks the source, and when an
    explanation method or model name is unknown."""
    set_name = source.split("-", 1)[1] if "-" in source else source
    return (
        f"most likely the source set {set_name!r} of model {model_id!r} does not exist, is not yours, or has no "
        f"source {source!r} (create it with client.source_sets.new); otherwise an explanation's method or model "
        "name is not one the server knows"
    )


def _message(p: UploadBatchResult, _r: httpx.Response) -> str:
    return p.message


def _connected_neurons(model_id: str, layer: int, index: int, trace_depth: int, trace_k: int) -> Call[ConnectedNeurons]:
    identifier(model_id, "model_id")
    for name, value in (("layer", layer), ("index", index)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise InvalidRequestError(f"{name} must be a non-negative integer, got {value!r}")
    _positive("trace_depth", trace_depth)
    _positive("trace_k", trace_k)
    args = {"model_id": model_id, "layer": layer, "index": index, "trace_depth": trace_depth, "trace_k": trace_k}
    return Call(get_connected_neurons, args, lambda p, _r: _connected(p))


# --------------------------------------------------------------------------- get_many plan


@attrs.define
class _Plan:
    """The unique ids of a get_many call, their batches, and what has been found so far."""

    ids: list[FeatureId]
    unique: list[FeatureId]
    batches: list[list[FeatureId]]
    max_activations: int | None
    found: dict[FeatureId, Feature] = attrs.field(factory=dict)
    errors: dict[FeatureId, NeuronpediaError] = attrs.field(factory=dict)

    def missing(self) -> list[FeatureId]:
        return [f for f in self.unique if f not in self.found and f not in self.errors]

    def results(self) -> list[FeatureResult]:
        out = []
        for fid in self.ids:
            if fid in self.found:
                out.append(FeatureResult(fid, feature=self.found[fid]))
            else:
                error = self.errors.get(fid) or NotFoundError(
                    status_code=404, method="GET", url=fid.url(), body=None, headers={}
                )
                out.append(FeatureResult(fid, error=error))
        return out


def _plan(
    ids: Iterable[FeatureIdLike], concurrency: int, max_activations: int | None, batch_size: int, use_batch: bool
) -> _Plan:
    _positive("concurrency", concurrency)
    _positive("batch_size", batch_size)
    if max_activations is not None and (
        isinstance(max_activations, bool) or not isinstance(max_activations, int) or max_activations < 0
    ):
        raise InvalidRequestError(f"max_activations must be a non-negative integer or None, got {max_activations!r}")
    if ids is None or isinstance(ids, str | bytes | Mapping) or not isinstance(ids, Iterable):
        raise InvalidRequestError(f"ids must be a list of feature ids, got {type(ids).__name__}")
    parsed = [parse_feature_id(i, f"ids[{n}]") for n, i in enumerate(ids)]
    unique = list(dict.fromkeys(parsed))
    batches = [unique[i : i + batch_size] for i in range(0, len(unique), batch_size)] if use_batch else []
    return _Plan(parsed, unique, batches, max_activations or None)


def _trim(feature: Feature, max_activations: int | None) -> Feature:
    if max_activations is not None and feature.activations is not None:
        feature.activations = feature.activations[:max_activations]
    return feature


# --------------------------------------------------------------------------- sync


class Features(SyncResource):
    """Features (sync). A feature is named by ``(model_id, source, index)``, or one of
    ``"model/source/index"``, a feature URL, a ``FeatureId`` or a 3-tuple."""

    def get(
        self,
        model_id: FeatureIdLike,
        source: str | None = None,
        index: int | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Feature:
        """One feature with its explanations, activations, logits and model/source metadata.

        One GET (global buckets); no key needed. ``get("gpt2-small", "6-res-jb", 42)`` or
        ``get("gpt2-small/6-res-jb/42")``. Raises :class:`NotFoundError` for an unknown or
        invisible feature.
        """
        return self._transport.run(_get(resolve_feature(model_id, source, index)), **options)

    def get_many(
        self,
        ids: Iterable[FeatureIdLike],
        *,
        concurrency: int = 8,
        max_activations: int | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        use_batch: bool = True,
        **options: Unpack[RequestOptions],
    ) -> list[FeatureResult]:
        """Many features, one :class:`FeatureResult` per id in input order (``.feature`` or ``.error``).

        Reads ``batch_size`` features per POST ``/api/features`` and GETs, one by one, any the
        batch did not return (so each reports its own error, e.g. ``NotFoundError``); runs
        ``concurrency`` requests at a time on a thread pool. ``max_activations`` caps the
        activations per feature (None: all). Invalid ids raise before anything is sent.
        ``use_batch=False`` uses one GET per feature (full metadata, visibility-checked).
        """
        plan = _plan(ids, concurrency, max_activations, batch_size, use_batch)
        if not plan.unique:
            return []
        with _not_raw(), ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="neuronpedia") as pool:

            def batch(chunk: list[FeatureId]) -> None:
                try:
                    found = self._transport.run(_batch(chunk, plan.max_activations), **options)
                    plan.found.update(found)
                except NeuronpediaError as exc:
                    logger.debug("batch read of %d features failed (%s); reading them one by one", len(chunk), exc)

            list(pool.map(batch, plan.batches))

            def single(fid: FeatureId) -> None:
                try:
                    plan.found[fid] = _trim(self._transport.run(_get(fid), **options), plan.max_activations)
                except NeuronpediaError as exc:
                    plan.errors[fid] = exc

            list(pool.map(single, plan.missing()))
        return plan.results()

    def upload(
        self,
        model_id: str,
        source: str,
        features: Iterable[Feature],
        *,
        progress: bool = False,
        batch_size: int = MAX_FEATURES_PER_UPLOAD,
        **options: Unpack[RequestOptions],
    ) -> UploadResult:
        """Upload features into ``source``, a source of a source set you created (requires a key).

        Sends ``ceil(n / batch_size)`` POSTs (at most 128 features each, the server's cap), one
        after another; everything is validated before the first is sent (at least one
        activation per feature, tokens and values of equal length, finite numbers, unique
        indexes, density in [0, 1], at most 20 top/bottom logits). ``progress=True`` shows a
        tqdm bar (the ``progress`` extra). If a batch fails, its error says how
        many features were uploaded before it. Features' own ``modelId``/``source`` are ignored.
        """
        calls = _upload_calls(model_id, source, features, batch_size)
        bar = _progress_bar(progress, sum(len(c.args["body"].features) for c in calls))
        messages: list[str] = []
        done = 0
        try:
            with _not_raw():  # one result of several requests
                for call in calls:
                    try:
                        messages.append(self._transport.run(call, **options))
                    except NeuronpediaError as exc:
                        _note_partial(exc, done, len(messages), len(calls))
                        raise
                    done += len(call.args["body"].features)
                    bar(len(call.args["body"].features))
        finally:
            bar(None)
        return UploadResult(uploaded=done, batches=len(calls), messages=messages)


class Sparsity(SyncResource):
    """The sparsity server's circuit traces (sync)."""

    def connected_neurons(
        self,
        model_id: str,
        layer: int,
        index: int,
        *,
        trace_depth: int = 1,
        trace_k: int = 5,
        **options: Unpack[RequestOptions],
    ) -> ConnectedNeurons:
        """The forward and backward circuit traces of MLP neuron ``index`` in ``layer``, with the
        explanations of every neuron and residual channel they touch. One GET (global buckets;
        no key needed; the sparsity server must be configured upstream)."""
        return self._transport.run(_connected_neurons(model_id, layer, index, trace_depth, trace_k), **options)


# --------------------------------------------------------------------------- async


class AsyncFeatures(AsyncResource):
    """Features (async); the same methods as :class:`Features`."""

    async def get(
        self,
        model_id: FeatureIdLike,
        source: str | None = None,
        index: int | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Feature:
        return await self._transport.run(_get(resolve_feature(model_id, source, index)), **options)

    async def get_many(
        self,
        ids: Iterable[FeatureIdLike],
        *,
        concurrency: int = 8,
        max_activations: int | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        use_batch: bool = True,
        **options: Unpack[RequestOptions],
    ) -> list[FeatureResult]:
        """As :meth:`Features.get_many`, with at most ``concurrency`` requests in flight (a semaphore)."""
        plan = _plan(ids, concurrency, max_activations, batch_size, use_batch)
        if not plan.unique:
            return []
        semaphore = asyncio.Semaphore(concurrency)

        async def batch(chunk: list[FeatureId]) -> None:
            async with semaphore:
                try:
                    found = await self._transport.run(_batch(chunk, plan.max_activations), **options)
                    plan.found.update(found)
                except NeuronpediaError as exc:
                    logger.debug("batch read of %d features failed (%s); reading them one by one", len(chunk), exc)

        async def single(fid: FeatureId) -> None:
            async with semaphore:
                try:
                    plan.found[fid] = _trim(await self._transport.run(_get(fid), **options), plan.max_activations)
                except NeuronpediaError as exc:
                    plan.errors[fid] = exc

        with _not_raw():  # the tasks copy this context: plain answers, as in the sync twin's threads
            await asyncio.gather(*(batch(chunk) for chunk in plan.batches))
            await asyncio.gather(*(single(fid) for fid in plan.missing()))
        return plan.results()

    async def upload(
        self,
        model_id: str,
        source: str,
        features: Iterable[Feature],
        *,
        progress: bool = False,
        batch_size: int = MAX_FEATURES_PER_UPLOAD,
        **options: Unpack[RequestOptions],
    ) -> UploadResult:
        calls = _upload_calls(model_id, source, features, batch_size)
        bar = _progress_bar(progress, sum(len(c.args["body"].features) for c in calls))
        messages: list[str] = []
        done = 0
        try:
            with _not_raw():  # one result of several requests
                for call in calls:
                    try:
                        messages.append(await self._transport.run(call, **options))
                    except NeuronpediaError as exc:
                        _note_partial(exc, done, len(messages), len(calls))
                        raise
                    done += len(call.args["body"].features)
                    bar(len(call.args["body"].features))
        finally:
            bar(None)
        return UploadResult(uploaded=done, batches=len(calls), messages=messages)


class AsyncSparsity(AsyncResource):
    """The sparsity server's circuit traces (async)."""

    async def connected_neurons(
        self,
        model_id: str,
        layer: int,
        index: int,
        *,
        trace_depth: int = 1,
        trace_k: int = 5,
        **options: Unpack[RequestOptions],
    ) -> ConnectedNeurons:
        return await self._transport.run(_connected_neurons(model_id, layer, index, trace_depth, trace_k), **options)


# --------------------------------------------------------------------------- helpers


def _note_partial(exc: Exception, done: int, batches_done: int, batches: int) -> None:
    exc.add_note(
        f"neuronpedia_ext: {done} features in {batches_done} of {batches} batches were uploaded before this failure"
    )


def _progress_bar(enabled: bool, total: int) -> Callable[[int | None], None]:
    """``update(n)`` advances a tqdm bar; ``update(None)`` closes it. A no-op when disabled."""
    if not enabled:
        return lambda _n: None
    import importlib

    try:
        tqdm = importlib.import_module("tqdm.auto").tqdm
    except ImportError as exc:
        from .._extras import install_hint

        raise ImportError(f"progress=True needs tqdm: {install_hint('progress')}") from exc
    bar = tqdm(total=total, unit="feature", desc="uploading")

    def update(n: int | None) -> None:
        if n is None:
            bar.close()
        else:
            bar.update(n)

    return update
