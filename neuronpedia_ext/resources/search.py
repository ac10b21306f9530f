"""``client.search``: find features by explanation text, or by what fires on a text.

Explanation search (semantic search over explanation texts; 20 results per page):

* :meth:`Search.explanations` in some sources of one model; :meth:`Search.explanations_by_model`
  in all of a model's sources; :meth:`Search.explanations_by_release` in one release;
  :meth:`Search.explanations_all` everywhere. One request per page, in the
  ``/api/explanation/search`` bucket (200 per hour per IP, shared by all four). No key needed.
* ``iter_*`` twins follow ``next_offset`` and yield results across pages (one request per
  page, fetched as you iterate; ``max_results`` stops early).

Inference-backed search (runs the text through the model on the inference server):

* :meth:`Search.top_features` (``/api/search-all``, bucket 1,600 per hour): the features of a
  source set (or some of its sources) that fire most on a text.
* :meth:`Search.topk_by_token` (``/api/search-topk-by-token``, bucket 500 per hour): the top
  features of one source at every token.

All of these only read and are retried on 429/5xx and connection errors.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any, Unpack

from neuronpedia_api.api.explanations import (
    search_explanations,
    search_explanations_all,
    search_explanations_by_model,
    search_explanations_by_release,
)
from neuronpedia_api.api.search import search_all, search_topk_by_token
from neuronpedia_api.models import (
    ExplanationSearchNeuron,
    ExplanationSearchResponse,
    SearchAllBatchResponse,
    SearchAllNeuron,
    SearchAllRequest,
    SearchAllResponse,
    SearchExplanationsAllRequest,
    SearchExplanationsByModelRequest,
    SearchExplanationsByReleaseRequest,
    SearchExplanationsRequest,
    TopkByTokenBatchResponse,
    TopkByTokenNeuron,
    TopkByTokenRequest,
    TopkByTokenResponse,
)
from neuronpedia_api.types import UNSET, Unset

from .._arrays import to_float
from .._base import AsyncTransport, Call, SyncTransport
from .._errors import APIResponseValidationError, InvalidRequestError
from .._ids import items_of
from ..models.activations import texts_of
from ..models.features import Feature
from ..models.search import (
    ExplanationSearchPage,
    ExplanationSearchResult,
    FeatureWithTopActivation,
    NPFeature,
    SourceActivationResult,
    TopFeaturesResult,
    TopKByTokenResult,
)
from ._base import AsyncResource, RequestOptions, SyncResource
from .features import feature_from_wire

__all__ = ["AsyncSearch", "Search"]


PageCall = Call[ExplanationSearchPage]


# --------------------------------------------------------------------------- converters


def _opt(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def feature_from_neuron(n: ExplanationSearchNeuron | SearchAllNeuron | TopkByTokenNeuron) -> Feature:
    """A public :class:`Feature` from the feature row a search result carries."""
    return feature_from_wire(n, n.to_dict())


def _page(p: ExplanationSearchResponse, query: str, offset: int) -> ExplanationSearchPage:
    results = [
        ExplanationSearchResult(
            model_id=r.model_id,
            source=r.layer,
            index=r.index,
            description=r.description,
            explanation_model_name=r.explanation_model_name,
            type_name=r.type_name,
            cosine_similarity=r.cosine_similarity,
            feature=None if isinstance(r.neuron, Unset) else feature_from_neuron(r.neuron),
        )
        for r in p.results
    ]
    return ExplanationSearchPage(
        results=results, has_more=p.has_more, next_offset=_opt(p.next_offset), query=query, offset=offset
    )


def _top_features(p: SearchAllResponse) -> TopFeaturesResult:
    return TopFeaturesResult(
        tokens=list(p.tokens),
        results=[
            SourceActivationResult(
                modelId=r.model_id,
                layer=r.layer,
                index=r.index,
                values=list(r.values),
                max_value=r.max_value,
                max_value_index=r.max_value_index,
                details=None if isinstance(r.neuron, Unset) else feature_from_neuron(r.neuron),
                dfa_values=_opt(r.dfa_values),
                dfa_target_index=_opt(r.dfa_target_index),
                dfa_max_value=_opt(r.dfa_max_value),
            )
            for r in p.result
        ],
        sort_indexes=list(p.sort_indexes),
    )


def _token_results(p: TopkByTokenResponse, model_id: str) -> list[TopKByTokenResult]:
    return [
        TopKByTokenResult(
            position=pos.position,
            token=pos.token,
            topFeatures=[
                FeatureWithTopActivation(
                    feature=NPFeature(model_id, p.source, f.feature_index),
                    activationValue=f.activation_value,
                    details=None if isinstance(f.feature, Unset) else feature_from_neuron(f.feature),
                )
                for f in pos.top_features
            ],
            is_special=pos.is_special,
        )
        for pos in p.results
    ]


def _shape_error(response: Any, expected: str) -> APIResponseValidationError:
    return APIResponseValidationError.from_response(response, f"expected {expected}")


# --------------------------------------------------------------------------- inputs


def _offset(offset: int) -> int:
    """Client-side only: the spec (like upstream) says nothing of a negative offset, which fails in SQL."""
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise InvalidRequestError(f"offset must be a non-negative integer, got {offset!r}")
    return offset


def _name(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidRequestError(f"{what} must be a non-empty string, got {value!r}")
    return value


def _layers(layers: str | Sequence[str] | None, what: str = "layers") -> list[str]:
    items = [layers] if isinstance(layers, str) else [] if layers is None else items_of(layers, what)
    for i, item in enumerate(items):
        _name(item, f"{what}[{i}]")
    return items


def _max_results(max_results: int | None) -> int | None:
    if max_results is not None and (
        isinstance(max_results, bool) or not isinstance(max_results, int) or max_results < 0
    ):
        raise InvalidRequestError(f"max_results must be a non-negative integer or None, got {max_results!r}")
    return max_results


def _page_call(operation: Any, body: Any, query: str, offset: int) -> PageCall:
    return Call(operation, {"body": body}, lambda p, _r: _page(p, query, offset))


def _explanations(query: str, model_id: str, layers: str | Sequence[str], offset: int) -> PageCall:
    items = _layers(layers)
    if not items:
        raise InvalidRequestError("layers must name at least one source (e.g. ['6-res-jb'])")
    body = SearchExplanationsRequest(model_id=model_id, layers=items, query=query, offset=_offset(offset))
    return _page_call(search_explanations, body, query, offset)


def _explanations_all(query: str, offset: int) -> PageCall:
    body = SearchExplanationsAllRequest(query=query, offset=_offset(offset))
    return _page_call(search_explanations_all, body, query, offset)


def _explanations_by_model(query: str, model_id: str, offset: int) -> PageCall:
    body = SearchExplanationsByModelRequest(model_id=model_id, query=query, offset=_offset(offset))
    return _page_call(search_explanations_by_model, body, query, offset)


def _explanations_by_release(query: str, release_name: str, offset: int) -> PageCall:
    body = SearchExplanationsByReleaseRequest(release_name=release_name, query=query, offset=_offset(offset))
    return _page_call(search_explanations_by_release, body, query, offset)


def _source_set_of(layers: list[str]) -> str:
    names = set()
    for layer in layers:
        head, sep, name = layer.partition("-")
        if not sep or not head.isdigit() or not name:
            raise InvalidRequestError(f"cannot tell the source set of {layer!r}; pass source_set")
        names.add(name)
    if len(names) != 1:
        raise InvalidRequestError(f"the layers belong to different source sets {sorted(names)}")
    return names.pop()


def _density(value: float) -> float:
    return to_float(value, name="density_threshold")


def _search_all_body(
    text: str | list[str],
    model_id: str,
    source_set: str | None,
    layers: str | Sequence[str] | None,
    sort_indexes: Sequence[int],
    ignore_bos: bool,
    density_threshold: float,
    num_results: int,
) -> SearchAllRequest:
    selected = _layers(layers)
    if source_set is None:
        if not selected:
            raise InvalidRequestError("pass source_set (e.g. 'res-jb') or layers (e.g. ['6-res-jb'])")
        source_set = _source_set_of(selected)
    indexes = items_of(sort_indexes, "sort_indexes")
    for i in indexes:  # client-side only: the spec (like upstream) takes any integer
        if isinstance(i, bool) or not isinstance(i, int) or i < 0:
            raise InvalidRequestError(f"sort_indexes must be non-negative token positions, got {i!r}")
    return SearchAllRequest(
        model_id=_name(model_id, "model_id"),
        source_set=_name(source_set, "source_set"),
        text=text,
        sort_indexes=indexes,
        ignore_bos=bool(ignore_bos),
        selected_layers=selected if selected else UNSET,
        num_results=num_results,
        density_threshold=_density(density_threshold),
    )


def _top_features_call(
    text: str,
    model_id: str,
    source_set: str | None,
    layers: str | Sequence[str] | None,
    sort_indexes: Sequence[int],
    ignore_bos: bool,
    density_threshold: float,
    num_results: int,
) -> Call[TopFeaturesResult]:
    if not isinstance(text, str):
        raise InvalidRequestError("text must be one string; use top_features_batch for several")
    (one,) = texts_of(text)
    body = _search_all_body(one, model_id, source_set, layers, sort_indexes, ignore_bos, density_threshold, num_results)

    def convert(p: SearchAllResponse | SearchAllBatchResponse, r: Any) -> TopFeaturesResult:
        if not isinstance(p, SearchAllResponse):
            raise _shape_error(r, "a single-text answer")
        return _top_features(p)

    return Call(search_all, {"body": body}, convert)


def _top_features_batch_call(
    texts: Sequence[str],
    model_id: str,
    source_set: str | None,
    layers: str | Sequence[str] | None,
    sort_indexes: Sequence[int],
    ignore_bos: bool,
    density_threshold: float,
    num_results: int,
) -> Call[list[TopFeaturesResult]]:
    if isinstance(texts, str):
        raise InvalidRequestError("texts must be a list of strings; use top_features for one text")
    items = texts_of(texts, name="texts")
    body = _search_all_body(
        items, model_id, source_set, layers, sort_indexes, ignore_bos, density_threshold, num_results
    )

    def convert(p: SearchAllResponse | SearchAllBatchResponse, r: Any) -> list[TopFeaturesResult]:
        if not isinstance(p, SearchAllBatchResponse):
            raise _shape_error(r, "a batch answer")
        return [_top_features(one) for one in p.results]

    return Call(search_all, {"body": body}, convert)


def _topk_body(
    text: str | list[str], model_id: str, source: str, num_results: int, ignore_bos: bool, density_threshold: float
) -> TopkByTokenRequest:
    return TopkByTokenRequest(
        model_id=model_id,
        source=source,
        text=text,
        num_results=num_results,
        ignore_bos=bool(ignore_bos),
        density_threshold=_density(density_threshold),
    )


def _topk_call(
    text: str, model_id: str, source: str, num_results: int, ignore_bos: bool, density_threshold: float
) -> Call[list[TopKByTokenResult]]:
    if not isinstance(text, str):
        raise InvalidRequestError("text must be one string; use topk_by_token_batch for several")
    (one,) = texts_of(text)
    body = _topk_body(one, model_id, source, num_results, ignore_bos, density_threshold)

    def convert(p: TopkByTokenResponse | TopkByTokenBatchResponse, r: Any) -> list[TopKByTokenResult]:
        if not isinstance(p, TopkByTokenResponse):
            raise _shape_error(r, "a single-text answer")
        return _token_results(p, body.model_id)

    return Call(search_topk_by_token, {"body": body}, convert)


def _topk_batch_call(
    texts: Sequence[str], model_id: str, source: str, num_results: int, ignore_bos: bool, density_threshold: float
) -> Call[list[list[TopKByTokenResult]]]:
    if isinstance(texts, str):
        raise InvalidRequestError("texts must be a list of strings; use topk_by_token for one text")
    items = texts_of(texts, name="texts")
    body = _topk_body(items, model_id, source, num_results, ignore_bos, density_threshold)

    def convert(p: TopkByTokenResponse | TopkByTokenBatchResponse, r: Any) -> list[list[TopKByTokenResult]]:
        if not isinstance(p, TopkByTokenBatchResponse):
            raise _shape_error(r, "a batch answer")
        return [_token_results(one, body.model_id) for one in p.results]

    return Call(search_topk_by_token, {"body": body}, convert)


# --------------------------------------------------------------------------- pagination


def _iter_pages(
    transport: SyncTransport,
    first: PageCall,
    make: Callable[[int], PageCall],
    max_results: int | None,
    options: RequestOptions,
) -> Iterator[ExplanationSearchResult]:
    call, seen = first, 0
    while max_results is None or seen < max_results:
        page = transport.run(call, **options)
        for result in page.results:
            yield result
            seen += 1
            if max_results is not None and seen >= max_results:
                return
        if not page.has_more or page.next_offset is None or page.next_offset <= page.offset:
            return
        call = make(page.next_offset)


async def _aiter_pages(
    transport: AsyncTransport,
    first: PageCall,
    make: Callable[[int], PageCall],
    max_results: int | None,
    options: RequestOptions,
) -> AsyncIterator[ExplanationSearchResult]:
    call, seen = first, 0
    while max_results is None or seen < max_results:
        page = await transport.run(call, **options)
        for result in page.results:
            yield result
            seen += 1
            if max_results is not None and seen >= max_results:
                return
        if not page.has_more or page.next_offset is None or page.next_offset <= page.offset:
            return
        call = make(page.next_offset)


# --------------------------------------------------------------------------- resources


class Search(SyncResource):
    """Explanation search and inference-backed feature search (sync)."""

    def explanations(
        self,
        query: str,
        model_id: str,
        layers: str | Sequence[str],
        *,
        offset: int = 0,
        **options: Unpack[RequestOptions],
    ) -> ExplanationSearchPage:
        """Explanations of ``model_id`` in the sources ``layers`` (e.g. ``["6-res-jb"]``) most similar
        to ``query`` (the spec's minimum length applies): one page of 20 from ``offset``. One request."""
        return self._transport.run(_explanations(query, model_id, layers, offset), **options)

    def explanations_all(
        self, query: str, *, offset: int = 0, **options: Unpack[RequestOptions]
    ) -> ExplanationSearchPage:
        """Explanations of every model most similar to ``query``: one page of 20. One request."""
        return self._transport.run(_explanations_all(query, offset), **options)

    def explanations_by_model(
        self, query: str, model_id: str, *, offset: int = 0, **options: Unpack[RequestOptions]
    ) -> ExplanationSearchPage:
        """Explanations in all sources of ``model_id``: one page of 20. One request."""
        return self._transport.run(_explanations_by_model(query, model_id, offset), **options)

    def explanations_by_release(
        self, query: str, release_name: str, *, offset: int = 0, **options: Unpack[RequestOptions]
    ) -> ExplanationSearchPage:
        """Explanations in all sources of the release ``release_name`` (e.g. ``gemma-scope-2b-pt-res``):
        one page of 20. One request."""
        return self._transport.run(_explanations_by_release(query, release_name, offset), **options)

    def iter_explanations(
        self,
        query: str,
        model_id: str,
        layers: str | Sequence[str],
        *,
        offset: int = 0,
        max_results: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ExplanationSearchResult]:
        """Every result of :meth:`explanations`, page after page (one request per page, as you iterate)."""
        first = _explanations(query, model_id, layers, offset)
        limit = _max_results(max_results)
        return _iter_pages(self._transport, first, lambda o: _explanations(query, model_id, layers, o), limit, options)

    def iter_explanations_all(
        self, query: str, *, offset: int = 0, max_results: int | None = None, **options: Unpack[RequestOptions]
    ) -> Iterator[ExplanationSearchResult]:
        """Every result of :meth:`explanations_all`, page after page."""
        first = _explanations_all(query, offset)
        limit = _max_results(max_results)
        return _iter_pages(self._transport, first, lambda o: _explanations_all(query, o), limit, options)

    def iter_explanations_by_model(
        self,
        query: str,
        model_id: str,
        *,
        offset: int = 0,
        max_results: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ExplanationSearchResult]:
        """Every result of :meth:`explanations_by_model`, page after page."""
        first = _explanations_by_model(query, model_id, offset)
        limit = _max_results(max_results)
        return _iter_pages(self._transport, first, lambda o: _explanations_by_model(query, model_id, o), limit, options)

    def iter_explanations_by_release(
        self,
        query: str,
        release_name: str,
        *,
        offset: int = 0,
        max_results: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Iterator[ExplanationSearchResult]:
        """Every result of :meth:`explanations_by_release`, page after page."""
        first = _explanations_by_release(query, release_name, offset)
        limit = _max_results(max_results)
        make = lambda o: _explanations_by_release(query, release_name, o)  # noqa: E731
        return _iter_pages(self._transport, first, make, limit, options)

    def top_features(
        self,
        text: str,
        model_id: str,
        source_set: str | None = None,
        layers: str | Sequence[str] | None = None,
        *,
        sort_indexes: Sequence[int] = (),
        ignore_bos: bool = True,
        density_threshold: float = -1,
        num_results: int = 20,
        **options: Unpack[RequestOptions],
    ) -> TopFeaturesResult:
        """The features of ``source_set`` (or only of the sources ``layers``) that fire most on ``text``.

        ``source_set`` defaults to the set of ``layers`` (``"6-res-jb"`` -> ``"res-jb"``).
        Sorted by maximum activation, or by activation at the token positions ``sort_indexes``.
        ``density_threshold`` (-1: none) drops features firing more often than that.
        ``num_results`` is within the spec's range (0: the server's default, 50). One request
        (``/api/search-all`` bucket); needs the inference server; no key needed.
        """
        call = _top_features_call(
            text, model_id, source_set, layers, sort_indexes, ignore_bos, density_threshold, num_results
        )
        return self._transport.run(call, **options)

    def top_features_batch(
        self,
        texts: Sequence[str],
        model_id: str,
        source_set: str | None = None,
        layers: str | Sequence[str] | None = None,
        *,
        sort_indexes: Sequence[int] = (),
        ignore_bos: bool = True,
        density_threshold: float = -1,
        num_results: int = 20,
        **options: Unpack[RequestOptions],
    ) -> list[TopFeaturesResult]:
        """:meth:`top_features` for several texts in one request (results carry no ``details``)."""
        call = _top_features_batch_call(
            texts, model_id, source_set, layers, sort_indexes, ignore_bos, density_threshold, num_results
        )
        return self._transport.run(call, **options)

    def topk_by_token(
        self,
        text: str,
        model_id: str,
        source: str,
        *,
        num_results: int = 10,
        ignore_bos: bool = True,
        density_threshold: float = 0.01,
        **options: Unpack[RequestOptions],
    ) -> list[TopKByTokenResult]:
        """The ``num_results`` features of ``source`` that fire most at each token of ``text``.

        With ``ignore_bos`` special tokens are dropped; ``density_threshold`` (0 or -1: none;
        default 0.01) keeps only features firing at most that often. One request
        (``/api/search-topk-by-token`` bucket); needs the inference server; no key needed.
        """
        call = _topk_call(text, model_id, source, num_results, ignore_bos, density_threshold)
        return self._transport.run(call, **options)

    def topk_by_token_batch(
        self,
        texts: Sequence[str],
        model_id: str,
        source: str,
        *,
        num_results: int = 10,
        ignore_bos: bool = True,
        density_threshold: float = 0.01,
        **options: Unpack[RequestOptions],
    ) -> list[list[TopKByTokenResult]]:
        """:meth:`topk_by_token` for several texts in one request.

        Upstream applies neither ``ignore_bos`` nor ``density_threshold`` to batches, and sends
        no feature ``details``.
        """
        call = _topk_batch_call(texts, model_id, source, num_results, ignore_bos, density_threshold)
        return self._transport.run(call, **options)


class AsyncSearch(AsyncResource):
    """Explanation search and inference-backed feature search (async); the same methods as
    :class:`Search`. The ``iter_*`` methods return async iterators."""

    async def explanations(
        self,
        query: str,
        model_id: str,
        layers: str | Sequence[str],
        *,
        offset: int = 0,
        **options: Unpack[RequestOptions],
    ) -> ExplanationSearchPage:
        return await self._transport.run(_explanations(query, model_id, layers, offset), **options)

    async def explanations_all(
        self, query: str, *, offset: int = 0, **options: Unpack[RequestOptions]
    ) -> ExplanationSearchPage:
        return await self._transport.run(_explanations_all(query, offset), **options)

    async def explanations_by_model(
        self, query: str, model_id: str, *, offset: int = 0, **options: Unpack[RequestOptions]
    ) -> ExplanationSearchPage:
        return await self._transport.run(_explanations_by_model(query, model_id, offset), **options)

    async def explanations_by_release(
        self, query: str, release_name: str, *, offset: int = 0, **options: Unpack[RequestOptions]
    ) -> ExplanationSearchPage:
        return await self._transport.run(_explanations_by_release(query, release_name, offset), **options)

    def iter_explanations(
        self,
        query: str,
        model_id: str,
        layers: str | Sequence[str],
        *,
        offset: int = 0,
        max_results: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ExplanationSearchResult]:
        first = _explanations(query, model_id, layers, offset)
        limit = _max_results(max_results)
        return _aiter_pages(self._transport, first, lambda o: _explanations(query, model_id, layers, o), limit, options)

    def iter_explanations_all(
        self, query: str, *, offset: int = 0, max_results: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncIterator[ExplanationSearchResult]:
        first = _explanations_all(query, offset)
        limit = _max_results(max_results)
        return _aiter_pages(self._transport, first, lambda o: _explanations_all(query, o), limit, options)

    def iter_explanations_by_model(
        self,
        query: str,
        model_id: str,
        *,
        offset: int = 0,
        max_results: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ExplanationSearchResult]:
        first = _explanations_by_model(query, model_id, offset)
        limit = _max_results(max_results)
        make = lambda o: _explanations_by_model(query, model_id, o)  # noqa: E731
        return _aiter_pages(self._transport, first, make, limit, options)

    def iter_explanations_by_release(
        self,
        query: str,
        release_name: str,
        *,
        offset: int = 0,
        max_results: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncIterator[ExplanationSearchResult]:
        first = _explanations_by_release(query, release_name, offset)
        limit = _max_results(max_results)
        make = lambda o: _explanations_by_release(query, release_name, o)  # noqa: E731
        return _aiter_pages(self._transport, first, make, limit, options)

    async def top_features(
        self,
        text: str,
        model_id: str,
        source_set: str | None = None,
        layers: str | Sequence[str] | None = None,
        *,
        sort_indexes: Sequence[int] = (),
        ignore_bos: bool = True,
        density_threshold: float = -1,
        num_results: int = 20,
        **options: Unpack[RequestOptions],
    ) -> TopFeaturesResult:
        call = _top_features_call(
            text, model_id, source_set, layers, sort_indexes, ignore_bos, density_threshold, num_results
        )
        return await self._transport.run(call, **options)

    async def top_features_batch(
        self,
        texts: Sequence[str],
        model_id: str,
        source_set: str | None = None,
        layers: str | Sequence[str] | None = None,
        *,
        sort_indexes: Sequence[int] = (),
        ignore_bos: bool = True,
        density_threshold: float = -1,
        num_results: int = 20,
        **options: Unpack[RequestOptions],
    ) -> list[TopFeaturesResult]:
        call = _top_features_batch_call(
            texts, model_id, source_set, layers, sort_indexes, ignore_bos, density_threshold, num_results
        )
        return await self._transport.run(call, **options)

    async def topk_by_token(
        self,
        text: str,
        model_id: str,
        source: str,
        *,
        num_results: int = 10,
        ignore_bos: bool = True,
        density_threshold: float = 0.01,
        **options: Unpack[RequestOptions],
    ) -> list[TopKByTokenResult]:
        call = _topk_call(text, model_id, source, num_results, ignore_bos, density_threshold)
        return await self._transport.run(call, **options)

    async def topk_by_token_batch(
        self,
        texts: Sequence[str],
        model_id: str,
        source: str,
        *,
        num_results: int = 10,
        ignore_bos: bool = True,
        density_threshold: float = 0.01,
        **options: Unpack[RequestOptions],
    ) -> list[list[TopKByTokenResult]]:
        call = _topk_batch_call(texts, model_id, source, num_results, ignore_bos, density_threshold)
        return await self._transport.run(call, **options)
