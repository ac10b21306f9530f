"""``client.activations``: compute a feature's activations on custom text, read the stored
ones, upload your own (for vectors), and compute a whole source's activations.

Costs:

* :meth:`Activations.compute`: one POST ``/api/activation/new`` for one text or a list of
  texts; rate-limit bucket ``/api/activation/new`` (1,000 per hour per IP) plus the global
  ones; runs on the inference server; no key needed.
* :meth:`Activations.compute_source`: one POST ``/api/activation/source`` (1 to 4 texts);
  global buckets; inference server; no key needed.
* :meth:`Activations.get`: one POST ``/api/activation/get``; global buckets; no key needed.
* :meth:`Activations.upload`: one POST ``/api/activation/upload-batch`` per ``chunk_size``
  activations, one after another; requires a key, and the feature must be a vector you created.

A feature may be given as one id (``"model/source/index"``, a URL, a ``FeatureId``, a
``Feature``, an ``NPVector``, a 3-tuple) or, like the official client, as three arguments
``model_id, source, index`` before the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Unpack, overload

import httpx
from neuronpedia_api.api.activations import (
    compute_activations,
    compute_source_activations,
    get_activations,
    upload_activations,
)
from neuronpedia_api.models import Activation as WireActivation
from neuronpedia_api.models import (
    ActivationFeatureRef,
    ActivationsGetRequest,
    ActivationUploadItem,
    ActivationUploadRequest,
    ComputeActivationsRequest,
    ComputedActivation,
    SourceActivationsEnvelope,
    SourceActivationsFailure,
    SourceActivationsRequest,
    UploadBatchResult,
)
from neuronpedia_api.types import Unset

from .._arrays import to_float_list
from .._base import Call, _not_raw
from .._errors import InternalServerError, InvalidRequestError, NeuronpediaError
from .._ids import FeatureId, FeatureIdLike, feature_id, parse_feature_id
from ..models.activations import Activation, SourceTextActivations, texts_of
from ..models.features import UploadResult
from ._base import AsyncResource, RequestOptions, SyncResource

__all__ = ["Activations", "AsyncActivations", "activation_from_wire"]

DEFAULT_UPLOAD_CHUNK = 100

ActivationLike = Activation | Mapping[str, Any] | tuple[Sequence[str], Any]
"""An activation to upload: an ``Activation``, a ``{"tokens", "values"}`` mapping or a
``(tokens, values)`` pair (values may be a numpy array or torch tensor)."""


def _none(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def activation_from_wire(a: WireActivation | ComputedActivation) -> Activation:
    """A public :class:`Activation` from a stored row or a computed result."""
    if isinstance(a, WireActivation):
        return Activation(
            modelId=a.model_id,
            source=a.layer,
            index=a.index,
            tokens=list(a.tokens),
            values=list(a.values),
            quantileMax=a.bin_max,
            quantileMin=a.bin_min,
            quantileFraction=a.bin_contains,
            id=a.id,
            max_value=a.max_value,
            max_value_token_index=a.max_value_token_index,
            min_value=a.min_value,
            data_index=a.data_index,
            data_source=a.data_source,
            creator_id=a.creator_id,
            created_at=a.created_at,
            dfa_values=list(a.dfa_values),
            dfa_target_index=a.dfa_target_index,
            dfa_max_value=a.dfa_max_value,
            loss_values=list(a.loss_values),
            logit_contributions=a.logit_contributions,
            qualifying_token_index=a.qualifying_token_index,
        )
    created: dt.datetime = a.created_at
    return Activation(
        modelId=a.model_id,
        source=a.layer,
        index=a.index,
        tokens=list(a.tokens),
        values=list(a.values),
        max_value=a.max_value,
        max_value_token_index=a.max_value_token_index,
        min_value=a.min_value,
        data_source=a.data_source,
        creator_id=a.creator_id or None,
        created_at=created,
        dfa_values=list(_none(a.dfa_values) or []),
        dfa_target_index=_none(a.dfa_target_index),
        dfa_max_value=_none(a.dfa_max_value),
    )


# --------------------------------------------------------------------------- inputs


def _split(feature: Any, rest: tuple[Any, ...], n_rest: int) -> tuple[FeatureId, tuple[Any, ...]]:
    """``(feature, *rest)`` or ``(model_id, source, index, *rest)`` -> (FeatureId, rest)."""
    if len(rest) == n_rest:
        return parse_feature_id(feature, "feature"), rest
    if len(rest) == n_rest + 2:
        return feature_id(feature, rest[0], rest[1]), rest[2:]
    raise InvalidRequestError("give the feature as one id, or as model_id, source, index")


def _upload_item(item: ActivationLike, position: int) -> ActivationUploadItem:
    where = f"activations[{position}]"
    tokens: Any
    values: Any
    if isinstance(item, Activation):
        tokens, values = item.tokens, item.values
    elif isinstance(item, Mapping):
        tokens, values = item.get("tokens"), item.get("values")
    elif isinstance(item, tuple) and len(item) == 2:
        tokens, values = item
    else:
        raise InvalidRequestError(
            f"{where} must be an Activation, a {{'tokens', 'values'}} mapping or a (tokens, values) pair"
        )
    if isinstance(tokens, str) or not isinstance(tokens, Sequence) or not all(isinstance(t, str) for t in tokens):
        raise InvalidRequestError(f"{where}.tokens must be a list of strings")
    floats = to_float_list(values, name=f"{where}.values")
    if len(floats) != len(tokens):
        raise InvalidRequestError(f"{where} has {len(tokens)} tokens but {len(floats)} values")
    return ActivationUploadItem(tokens=list(tokens), values=floats)


# --------------------------------------------------------------------------- calls


def _compute(fid: FeatureId, text: str | Sequence[str], ignore_bos: bool) -> Call[Any]:
    texts = texts_of(text)
    body = ComputeActivationsRequest(
        custom_text=text if isinstance(text, str) else texts,
        feature=ActivationFeatureRef(model_id=fid.model_id, index=fid.wire_index, source=fid.source),
        ignore_bos=bool(ignore_bos),
    )

    def convert(p: ComputedActivation | list[ComputedActivation], _r: httpx.Response) -> Any:
        if isinstance(text, str):
            if isinstance(p, list):
                raise TypeError("expected one result for one text")
            return activation_from_wire(p)
        if not isinstance(p, list) or len(p) != len(texts):
            raise TypeError(f"expected {len(texts)} results")
        return [activation_from_wire(a) for a in p]

    return Call(compute_activations, {"body": body}, convert, names={"custom_text": "text"})


def _compute_source(model_id: str, source: str, text: str | Sequence[str]) -> Call[Any]:
    fid = feature_id(model_id, source, 0)
    texts = texts_of(text)
    body = SourceActivationsRequest(
        model_id=fid.model_id, source=fid.source, custom_text=text if isinstance(text, str) else texts
    )

    def convert(p: SourceActivationsEnvelope | SourceActivationsFailure, response: httpx.Response) -> Any:
        if isinstance(p, SourceActivationsFailure):
            # Upstream answers an inference failure with HTTP 200 and {error, response}.
            raise InternalServerError(
                status_code=response.status_code,
                method=response.request.method,
                url=str(response.request.url),
                body=response.json(),
                headers=response.headers,
            )
        results = [
            SourceTextActivations(
                model_id=fid.model_id,
                source=fid.source,
                tokens=list(r.tokens),
                active_features={
                    int(index): [(int(pair[0]), float(pair[1])) for pair in pairs]
                    for index, pairs in r.active_features.additional_properties.items()
                },
            )
            for r in p.data.results
        ]
        return results[0] if isinstance(text, str) else results

    return Call(compute_source_activations, {"body": body}, convert, names={"custom_text": "text"})


def _get(fid: FeatureId) -> Call[list[Activation]]:
    body = ActivationsGetRequest(model_id=fid.model_id, source=fid.source, index=fid.wire_index)
    return Call(get_activations, {"body": body}, lambda p, _r: [activation_from_wire(a) for a in p])


def _upload_calls(fid: FeatureId, activations: Iterable[ActivationLike], chunk_size: int) -> list[Call[str]]:
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size < 1:
        raise InvalidRequestError(f"chunk_size must be a positive integer, got {chunk_size!r}")
    items = [_upload_item(a, i) for i, a in enumerate(activations)]
    if not items:
        raise InvalidRequestError("upload needs at least one activation")
    return [
        Call(
            upload_activations,
            {
                "body": ActivationUploadRequest(
                    model_id=fid.model_id,
                    source=fid.source,
                    index=fid.wire_index,
                    activations=items[i : i + chunk_size],
                )
            },
            _message,
        )
        for i in range(0, len(items), chunk_size)
    ]


def _message(p: UploadBatchResult, _r: httpx.Response) -> str:
    return p.message


def _note_partial(exc: Exception, done: int, batches_done: int, batches: int) -> None:
    exc.add_note(
        f"neuronpedia_ext: {done} activations in {batches_done} of {batches} requests were uploaded before this failure"
    )


# --------------------------------------------------------------------------- sync


class Activations(SyncResource):
    """Feature activations (sync)."""

    @overload
    def compute(  # type: ignore[overload-overlap]
        self, feature: FeatureIdLike, text: str, /, *, ignore_bos: bool = ..., **options: Unpack[RequestOptions]
    ) -> Activation: ...
    @overload
    def compute(
        self,
        feature: FeatureIdLike,
        text: Sequence[str],
        /,
        *,
        ignore_bos: bool = ...,
        **options: Unpack[RequestOptions],
    ) -> list[Activation]: ...
    @overload
    def compute(  # type: ignore[overload-overlap]
        self,
        model_id: str,
        source: str,
        index: int | str,
        text: str,
        /,
        *,
        ignore_bos: bool = ...,
        **options: Unpack[RequestOptions],
    ) -> Activation: ...
    @overload
    def compute(
        self,
        model_id: str,
        source: str,
        index: int | str,
        text: Sequence[str],
        /,
        *,
        ignore_bos: bool = ...,
        **options: Unpack[RequestOptions],
    ) -> list[Activation]: ...
    def compute(
        self, feature: Any, /, *args: Any, ignore_bos: bool = False, **options: Unpack[RequestOptions]
    ) -> Activation | list[Activation]:
        """The feature's activation on every token of ``text`` (one ``Activation``), or of each
        text of a list (a list, in order). Nothing is stored.

        One POST (bucket ``/api/activation/new``, 1,000 per hour); inference server; no key
        needed. ``compute("gpt2-small/6-res-jb/42", "some text")`` or
        ``compute("gpt2-small", "6-res-jb", 42, ["a", "b"])``. The tokens include the BOS token
        unless ``ignore_bos=True``.
        """
        fid, (text,) = _split(feature, args, 1)
        result: Activation | list[Activation] = self._transport.run(_compute(fid, text, ignore_bos), **options)
        return result

    @overload
    def compute_source(  # type: ignore[overload-overlap]
        self, model_id: str, source: str, text: str, **options: Unpack[RequestOptions]
    ) -> SourceTextActivations: ...
    @overload
    def compute_source(
        self, model_id: str, source: str, text: Sequence[str], **options: Unpack[RequestOptions]
    ) -> list[SourceTextActivations]: ...
    def compute_source(
        self, model_id: str, source: str, text: str | Sequence[str], **options: Unpack[RequestOptions]
    ) -> SourceTextActivations | list[SourceTextActivations]:
        """Every feature of ``source`` that fires on ``text`` (one result), or on each of 1 to 4
        texts (a list). One POST (global buckets); inference server; no key needed. An
        inference failure (which upstream answers with HTTP 200) raises InternalServerError."""
        result: SourceTextActivations | list[SourceTextActivations] = self._transport.run(
            _compute_source(model_id, source, text), **options
        )
        return result

    def get(
        self,
        model_id: FeatureIdLike,
        source: str | None = None,
        index: int | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[Activation]:
        """The feature's stored activations, highest ``max_value`` first (no paging).

        One POST (global buckets); no key needed. A feature with no stored activations (or an
        unknown one) raises :class:`NotFoundError`, as upstream answers 404.
        """
        from .features import resolve_feature

        return self._transport.run(_get(resolve_feature(model_id, source, index)), **options)

    @overload
    def upload(
        self,
        feature: FeatureIdLike,
        activations: Iterable[ActivationLike],
        /,
        *,
        chunk_size: int = ...,
        **options: Unpack[RequestOptions],
    ) -> UploadResult: ...
    @overload
    def upload(
        self,
        model_id: str,
        source: str,
        index: int | str,
        activations: Iterable[ActivationLike],
        /,
        *,
        chunk_size: int = ...,
        **options: Unpack[RequestOptions],
    ) -> UploadResult: ...
    def upload(
        self,
        feature: Any,
        /,
        *args: Any,
        chunk_size: int = DEFAULT_UPLOAD_CHUNK,
        **options: Unpack[RequestOptions],
    ) -> UploadResult:
        """Store activations for a vector you created (requires a key).

        Validates everything first (tokens and values of equal length, finite numbers; numpy
        arrays and torch tensors are accepted), then sends ``ceil(n / chunk_size)`` POSTs one
        after another (global buckets). If one fails, its error says how many were stored.
        """
        fid, (activations,) = _split(feature, args, 1)
        calls = _upload_calls(fid, activations, chunk_size)
        messages: list[str] = []
        done = 0
        with _not_raw():  # one result of several requests
            for call in calls:
                try:
                    messages.append(self._transport.run(call, **options))
                except NeuronpediaError as exc:
                    _note_partial(exc, done, len(messages), len(calls))
                    raise
                done += len(call.args["body"].activations)
        return UploadResult(uploaded=done, batches=len(calls), messages=messages)


# --------------------------------------------------------------------------- async


class AsyncActivations(AsyncResource):
    """Feature activations (async); the same methods as :class:`Activations`."""

    @overload
    async def compute(  # type: ignore[overload-overlap]
        self, feature: FeatureIdLike, text: str, /, *, ignore_bos: bool = ..., **options: Unpack[RequestOptions]
    ) -> Activation: ...
    @overload
    async def compute(
        self,
        feature: FeatureIdLike,
        text: Sequence[str],
        /,
        *,
        ignore_bos: bool = ...,
        **options: Unpack[RequestOptions],
    ) -> list[Activation]: ...
    @overload
    async def compute(  # type: ignore[overload-overlap]
        self,
        model_id: str,
        source: str,
        index: int | str,
        text: str,
        /,
        *,
        ignore_bos: bool = ...,
        **options: Unpack[RequestOptions],
    ) -> Activation: ...
    @overload
    async def compute(
        self,
        model_id: str,
        source: str,
        index: int | str,
        text: Sequence[str],
        /,
        *,
        ignore_bos: bool = ...,
        **options: Unpack[RequestOptions],
    ) -> list[Activation]: ...
    async def compute(
        self, feature: Any, /, *args: Any, ignore_bos: bool = False, **options: Unpack[RequestOptions]
    ) -> Activation | list[Activation]:
        fid, (text,) = _split(feature, args, 1)
        result: Activation | list[Activation] = await self._transport.run(_compute(fid, text, ignore_bos), **options)
        return result

    @overload
    async def compute_source(  # type: ignore[overload-overlap]
        self, model_id: str, source: str, text: str, **options: Unpack[RequestOptions]
    ) -> SourceTextActivations: ...
    @overload
    async def compute_source(
        self, model_id: str, source: str, text: Sequence[str], **options: Unpack[RequestOptions]
    ) -> list[SourceTextActivations]: ...
    async def compute_source(
        self, model_id: str, source: str, text: str | Sequence[str], **options: Unpack[RequestOptions]
    ) -> SourceTextActivations | list[SourceTextActivations]:
        result: SourceTextActivations | list[SourceTextActivations] = await self._transport.run(
            _compute_source(model_id, source, text), **options
        )
        return result

    async def get(
        self,
        model_id: FeatureIdLike,
        source: str | None = None,
        index: int | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[Activation]:
        from .features import resolve_feature

        return await self._transport.run(_get(resolve_feature(model_id, source, index)), **options)

    @overload
    async def upload(
        self,
        feature: FeatureIdLike,
        activations: Iterable[ActivationLike],
        /,
        *,
        chunk_size: int = ...,
        **options: Unpack[RequestOptions],
    ) -> UploadResult: ...
    @overload
    async def upload(
        self,
        model_id: str,
        source: str,
        index: int | str,
        activations: Iterable[ActivationLike],
        /,
        *,
        chunk_size: int = ...,
        **options: Unpack[RequestOptions],
    ) -> UploadResult: ...
    async def upload(
        self,
        feature: Any,
        /,
        *args: Any,
        chunk_size: int = DEFAULT_UPLOAD_CHUNK,
        **options: Unpack[RequestOptions],
    ) -> UploadResult:
        fid, (activations,) = _split(feature, args, 1)
        calls = _upload_calls(fid, activations, chunk_size)
        messages: list[str] = []
        done = 0
        with _not_raw():  # one result of several requests
            for call in calls:
                try:
                    messages.append(await self._transport.run(call, **options))
                except NeuronpediaError as exc:
                    _note_partial(exc, done, len(messages), len(calls))
                    raise
                done += len(call.args["body"].activations)
        return UploadResult(uploaded=done, batches=len(calls), messages=messages)
