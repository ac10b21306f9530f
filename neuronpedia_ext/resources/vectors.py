"""``client.vectors``: custom steering vectors on a model's residual stream.

Every call is one request and counts only against the global ``/api`` rate-limit bucket
(25,000 per hour). :meth:`Vectors.get` needs no key; the others require one.

A vector is given as a list, a numpy array or a torch tensor (converted without importing
either). Before anything is sent, :meth:`Vectors.new` refuses NaN/infinity and whatever the
spec's rules refuse (an unknown hook type, a strength or a length out of range: generated into
``_rules.py`` by ``make generate``), an empty vector, and, for the models listed in
:data:`~neuronpedia_ext.models.vectors.KNOWN_MODEL_SHAPES`, a vector of the wrong width or a
layer out of range. Those model-dependent checks are the only hand-written ones: the spec cannot
say them. (The server checks the same; the table only saves a round trip and gives a clearer
message. Models missing from it are left to the server.)
"""

from __future__ import annotations

import operator
from typing import Any, Unpack

from neuronpedia_api.api.vectors import create_vector, delete_vector, get_vector, list_owned_vectors
from neuronpedia_api.models import (
    CreateVectorRequest,
    CreateVectorResponse,
    GetVectorResponse,
    ListOwnedVectorsResponse,
    SaeDecoderVector,
    Vector,
    VectorHookType,
    VectorLocator,
)

from .._arrays import to_float, to_float_list
from .._base import Call, _not_raw, logger
from .._errors import InvalidRequestError, NeuronpediaError
from .._ids import FeatureIdLike, feature_id, identifier, parse_feature_id
from .._reconcile import ambiguous, not_applied, unresolved, vector_matches
from .._validate import rule
from ..models.vectors import KNOWN_MODEL_SHAPES, VALID_HOOK_TYPES, NPVector
from ._base import AsyncResource, RequestOptions, SharedDeadline, SyncResource

__all__ = ["AsyncVectors", "Vectors"]

#: Generated argument names that the public ``new`` calls otherwise (for error messages).
_NEW_NAMES = {
    "layer_number": "layer_num",
    "vector_label": "label",
    "vector_default_steer_strength": "default_steer_strength",
}


def _page_url(base_url: str, model_id: str, source: str, index: str) -> str:
    return f"{base_url}/{model_id}/{source}/{index}"


def _from_wire(row: Vector | SaeDecoderVector, base_url: str) -> NPVector:
    return NPVector(
        label=row.vector_label or "",
        model_id=row.model_id,
        source=row.layer,
        index=row.index,
        values=row.vector,
        hook_name=row.hook_name or "",
        default_steer_strength=row.vector_default_steer_strength,
        url=_page_url(base_url, row.model_id, row.layer, row.index),
        created_at=getattr(row, "created_at", None),
        creator_id=getattr(row, "creator_id", None),
    )


def _from_created(parsed: CreateVectorResponse) -> NPVector:
    v = parsed.vector
    return NPVector(
        label=v.label,
        model_id=v.model_id,
        source=v.source,
        index=v.index,
        values=v.values,
        hook_name=v.hook_name,
        default_steer_strength=v.default_steer_strength,
        url=parsed.url,
        created_at=v.created_at,
    )


def _layer(layer_num: Any) -> int:
    if isinstance(layer_num, bool):
        raise InvalidRequestError("layer_num must be an integer, got a bool")
    try:
        layer = operator.index(layer_num)
    except TypeError:
        if isinstance(layer_num, float) and layer_num.is_integer():
            layer = int(layer_num)
        else:
            raise InvalidRequestError(f"layer_num must be an integer, got {layer_num!r}") from None
    if layer < 0:
        raise InvalidRequestError(f"layer_num must be non-negative, got {layer}")
    return layer


def _new(
    label: str,
    model_id: str,
    layer_num: int,
    hook_type: str,
    vector: Any,
    default_steer_strength: float | None,
) -> Call[NPVector]:
    model_id = identifier(model_id, "model_id")
    layer = _layer(layer_num)
    if hook_type not in VALID_HOOK_TYPES:
        raise InvalidRequestError(
            f"hook_type: Invalid hook name: {hook_type!r}. Valid hook names are {list(VALID_HOOK_TYPES)}."
        )
    values = to_float_list(vector, name="vector", max_length=rule("create_vector", "vector").max_items)
    # Model-dependent checks, hand-written (the spec cannot say them): no model has width 0,
    # and a known model's width and layer count.
    if not values:
        raise InvalidRequestError("vector is empty")
    shape = KNOWN_MODEL_SHAPES.get(model_id)
    if shape is not None:
        if len(values) != shape.dimension:
            raise InvalidRequestError(f"vector has {len(values)} values but {model_id} has dimension {shape.dimension}")
        if layer >= shape.layers:
            raise InvalidRequestError(f"layer_num {layer} is out of range: {model_id} has {shape.layers} layers")
    strength = (
        10.0 if default_steer_strength is None else to_float(default_steer_strength, name="default_steer_strength")
    )
    body = CreateVectorRequest(
        model_id=model_id,
        layer_number=layer,
        hook_type=VectorHookType(hook_type),
        vector=values,
        vector_default_steer_strength=strength,
        vector_label=label,
    )
    return Call(create_vector, {"body": body}, lambda p, _r: _from_created(p), names=_NEW_NAMES)


def _locator(model_id: str | FeatureIdLike, source: str | None, index: int | str | None) -> VectorLocator:
    if source is None and index is None:
        fid = parse_feature_id(model_id, "vector")
    elif isinstance(model_id, str) and source is not None and index is not None:
        fid = feature_id(model_id, source, index)
    else:
        raise InvalidRequestError("pass either (model_id, source, index) or one feature id")
    return VectorLocator(model_id=fid.model_id, source=fid.source, index=fid.wire_index)


def _get(base_url: str, model_id: str | FeatureIdLike, source: str | None, index: int | str | None) -> Call[NPVector]:
    body = _locator(model_id, source, index)

    def convert(parsed: GetVectorResponse, _r: Any) -> NPVector:
        return _from_wire(parsed.vector, base_url)

    return Call(get_vector, {"body": body}, convert)


def _list_owned(base_url: str) -> Call[list[NPVector]]:
    def convert(parsed: ListOwnedVectorsResponse, _r: Any) -> list[NPVector]:
        return [_from_wire(row, base_url) for row in parsed.vectors]

    return Call(list_owned_vectors, {}, convert)


def _delete(vector: NPVector | FeatureIdLike, source: str | None, index: int | str | None) -> Call[None]:
    body = _locator(vector, source, index)
    return Call(delete_vector, {"body": body}, lambda _p, _r: None)


class Vectors(SyncResource):
    """Steering vectors (sync)."""

    def new(
        self,
        label: str,
        model_id: str,
        layer_num: int,
        hook_type: str,
        vector: Any,
        default_steer_strength: float | None = 10,
        *,
        reconcile: bool = False,
        **options: Unpack[RequestOptions],
    ) -> NPVector:
        """Store ``vector`` on ``{layer_num}-neuronpedia-resid-pre`` (or ``-post``) of ``model_id``.

        ``hook_type`` is ``"hook_resid_pre"`` or ``"hook_resid_post"``. The vector gets a random
        index. One request; requires a key; global bucket only. Not retried after it was sent.
        ``reconcile=True``: if the answer is lost after the request left, look the vector up
        (vector/list-owned) and return it, or raise an error that says it was not applied; costs
        one list-owned read before the write (see ``neuronpedia_ext._reconcile``).
        """
        call = _new(label, model_id, layer_num, hook_type, vector, default_steer_strength)
        if not reconcile:
            return self._transport.run(call, **options)
        shared = SharedDeadline(self._transport.deadline, options)
        body = call.args["body"]
        with _not_raw():
            before = {v.index for v in self.list_owned(**shared.options()) if vector_matches(v, body)}
        try:
            return self._transport.run(call, **shared.options())
        except NeuronpediaError as exc:
            if not ambiguous(exc):
                raise
            try:
                with _not_raw():
                    found = [
                        v
                        for v in self.list_owned(**shared.options())
                        if vector_matches(v, body) and v.index not in before
                    ]
            except NeuronpediaError as lookup:
                raise unresolved(exc, lookup) from None
            if found:
                logger.info("vector %r was created although its answer was lost (%s)", found[0].index, exc)
                return found[0]
            raise not_applied(exc) from None

    def get(
        self,
        model_id: str | FeatureIdLike,
        source: str | None = None,
        index: int | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> NPVector:
        """A vector by ``(model_id, source, index)`` or by one feature id (``"model/source/index"``).

        For a SAE feature without a stored vector the server answers the SAE's decoder vector
        (label ``""``, strength 10). One request; no key needed; global bucket only.
        """
        return self._transport.run(_get(self._transport.base_url, model_id, source, index), **options)

    def list_owned(self, **options: Unpack[RequestOptions]) -> list[NPVector]:
        """Every vector the caller created, across models, in no particular order. One request; key."""
        return self._transport.run(_list_owned(self._transport.base_url), **options)

    def delete(
        self,
        vector: NPVector | FeatureIdLike,
        source: str | None = None,
        index: int | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete one of the caller's vectors (an ``NPVector``, a feature id, or model/source/index).

        Upstream answers success also when nothing was deleted (not the caller's, or unknown).
        One request; requires a key.
        """
        return self._transport.run(_delete(vector, source, index), **options)


class AsyncVectors(AsyncResource):
    """Steering vectors (async); the same methods as :class:`Vectors`."""

    async def new(
        self,
        label: str,
        model_id: str,
        layer_num: int,
        hook_type: str,
        vector: Any,
        default_steer_strength: float | None = 10,
        *,
        reconcile: bool = False,
        **options: Unpack[RequestOptions],
    ) -> NPVector:
        call = _new(label, model_id, layer_num, hook_type, vector, default_steer_strength)
        if not reconcile:
            return await self._transport.run(call, **options)
        shared = SharedDeadline(self._transport.deadline, options)
        body = call.args["body"]
        with _not_raw():
            before = {v.index for v in await self.list_owned(**shared.options()) if vector_matches(v, body)}
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
            found = [v for v in owned if vector_matches(v, body) and v.index not in before]
            if found:
                logger.info("vector %r was created although its answer was lost (%s)", found[0].index, exc)
                return found[0]
            raise not_applied(exc) from None

    async def get(
        self,
        model_id: str | FeatureIdLike,
        source: str | None = None,
        index: int | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> NPVector:
        return await self._transport.run(_get(self._transport.base_url, model_id, source, index), **options)

    async def list_owned(self, **options: Unpack[RequestOptions]) -> list[NPVector]:
        return await self._transport.run(_list_owned(self._transport.base_url), **options)

    async def delete(
        self,
        vector: NPVector | FeatureIdLike,
        source: str | None = None,
        index: int | str | None = None,
        **options: Unpack[RequestOptions],
    ) -> None:
        return await self._transport.run(_delete(vector, source, index), **options)
