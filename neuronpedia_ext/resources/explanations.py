"""``client.explanations``: generate, score and delete explanations (the write side).

Searching explanations is ``client.search``; a feature's explanations come with
``client.features.get``. Every call here is one request and requires an API key, checked
before anything is sent. None of them is retried after it reached the server (they write).

- :meth:`Explanations.generate` runs an auto-interp explainer with **your own LLM key stored
  in your Neuronpedia account** (Settings), and can take tens of seconds; global rate-limit
  buckets only.
- :meth:`Explanations.score` counts against the ``/api/explanation/score`` bucket (120 per
  hour per IP upstream), as does :meth:`Explanations.delete_score`.
- :meth:`Explanations.export`: upstream removed the export endpoint; it always answers 400
  with the URL of the public dataset bucket. The method raises
  :class:`~neuronpedia_ext.models.explanations.ExplanationExportRemovedError` (a
  ``BadRequestError``) carrying that URL as ``new_url`` (a typed error rather than a return
  value, so code that expected explanations cannot mistake the tombstone for data).

Invalid arguments (an unknown explainer or scorer, a scorer without its model, an empty id)
raise :class:`~neuronpedia_ext.InvalidRequestError` before anything is sent.
"""

from __future__ import annotations

from typing import Any, NoReturn, Unpack

from neuronpedia_api.api.explanations import (
    delete_explanation,
    delete_explanation_score,
    export_explanations,
    generate_explanation,
    score_explanation,
)
from neuronpedia_api.models import (
    DeleteExplanationResponse,
    DeleteExplanationScoreResponse,
    ExplanationRow,
    GenerateExplanationRequest,
    GenerateExplanationRequestExplanationType,
    GenerateExplanationResponse,
    ScoreExplanationRequest,
    ScoreExplanationRequestScorerType,
    ScoreExplanationResponse,
)
from neuronpedia_api.models import ExplanationScore as WireScore
from neuronpedia_api.types import UNSET

from .._base import Call
from .._errors import BadRequestError, InvalidRequestError
from .._ids import FeatureIdLike, parse_feature_id
from ..models.explanations import (
    EXPLANATION_TYPES,
    SCORER_TYPES,
    DeleteResult,
    ExplanationExportRemovedError,
    ExplanationScore,
    ExplanationType,
    ScorerType,
)
from ..models.features import Explanation
from ._base import AsyncResource, RequestOptions, SyncResource

__all__ = ["AsyncExplanations", "ExplanationExportRemovedError", "Explanations"]

ExplanationRef = Explanation | str
ScoreRef = ExplanationScore | str


def _explanation_from_row(row: ExplanationRow) -> Explanation:
    return Explanation(
        modelId=row.model_id,
        source=row.layer,
        index=row.index,
        text=row.description,
        method=row.type_name,
        explainer_model=row.explanation_model_name,
        id=row.id,
    )


def _score_from_wire(row: WireScore) -> ExplanationScore:
    return ExplanationScore(
        id=row.id,
        explanation_id=row.explanation_id,
        value=float(row.value),
        scorer_type=row.explanation_score_type_name,
        scorer_model=row.explanation_score_model_name,
        initiated_by_user_id=row.initiated_by_user_id,
        json_details=row.json_details,
        created_at=row.created_at,
    )


def _row_id(value: Any, what: str) -> str:
    """The id of an explanation/score given as an id string or as the object itself."""
    ident = value if isinstance(value, str) else getattr(value, "id", None)
    if not isinstance(ident, str) or not ident.strip() or any(c.isspace() for c in ident):
        shown = value if isinstance(value, str) else f"{type(value).__name__} without an id"
        raise InvalidRequestError(f"{what} must be a non-empty id (or an object with one), got {shown!r}")
    return ident


def _model_name(value: str | None, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidRequestError(f"{what} must be a non-empty model name like 'gpt-4o-mini', got {value!r}")
    return value


def _generate(feature: FeatureIdLike, explanation_type: str, explainer_model: str) -> Call[Explanation]:
    fid = parse_feature_id(feature, "feature")
    if explanation_type not in EXPLANATION_TYPES:
        raise InvalidRequestError(
            f"unknown explanation_type {explanation_type!r}; the server implements {', '.join(EXPLANATION_TYPES)}"
        )
    body = GenerateExplanationRequest(
        model_id=fid.model_id,
        layer=fid.source,
        index=int(fid.index),
        explanation_type=GenerateExplanationRequestExplanationType(explanation_type),
        explanation_model_name=_model_name(explainer_model, "explainer_model"),
    )
    return Call(generate_explanation, {"body": body}, _generated)


def _generated(parsed: GenerateExplanationResponse, _response: object) -> Explanation:
    return _explanation_from_row(parsed.explanation)


def _score(explanation: ExplanationRef, scorer_type: str, scorer_model: str | None) -> Call[ExplanationScore]:
    explanation_id = _row_id(explanation, "explanation")
    if scorer_type not in SCORER_TYPES:
        raise InvalidRequestError(
            f"unknown scorer_type {scorer_type!r}; the server implements {', '.join(SCORER_TYPES)}"
        )
    if scorer_type.startswith("nla_"):
        model: str | None = scorer_model or None  # the nla_* scorers ignore it
    else:  # upstream fails with a bare 500 when a non-NLA scorer has no model
        model = _model_name(scorer_model, f"scorer_model (needed by {scorer_type})")
    body = ScoreExplanationRequest(
        explanation_id=explanation_id,
        scorer_type=ScoreExplanationRequestScorerType(scorer_type),
        scorer_model=model if model is not None else UNSET,
    )
    return Call(score_explanation, {"body": body}, _scored)


def _scored(parsed: ScoreExplanationResponse, _response: object) -> ExplanationScore:
    return _score_from_wire(parsed.score)


def _delete(explanation: ExplanationRef) -> Call[DeleteResult]:
    ident = _row_id(explanation, "explanation")

    def convert(parsed: DeleteExplanationResponse, _response: object) -> DeleteResult:
        return DeleteResult(ident, parsed.message)

    return Call(delete_explanation, {"explanation_id": ident}, convert)


def _delete_score(score: ScoreRef) -> Call[DeleteResult]:
    ident = _row_id(score, "score")

    def convert(parsed: DeleteExplanationScoreResponse, _response: object) -> DeleteResult:
        return DeleteResult(ident, parsed.message)

    return Call(delete_explanation_score, {"explanation_score_id": ident}, convert)


def _export() -> Call[NoReturn]:
    def convert(parsed: object, response: object) -> NoReturn:  # only a 2xx gets here; the spec has none
        raise AssertionError("unreachable: the spec gives GET /api/explanation/export no 2xx answer")

    return Call(export_explanations, {}, convert)


def _export_error(error: BadRequestError) -> BadRequestError:
    """The tombstone's 400 typed as ExplanationExportRemovedError; any other 400 unchanged."""
    if isinstance(error.body, dict) and error.body.get("newUrl"):
        return ExplanationExportRemovedError.from_error(error)
    return error


class Explanations(SyncResource):
    """Explanation writes (sync). Features are ``"model/source/index"`` strings, ``FeatureId``s,
    3-tuples, feature URLs or objects such as a ``Feature``; explanations and scores are ids or
    the ``Explanation``/``ExplanationScore`` objects themselves."""

    def generate(
        self,
        feature: FeatureIdLike,
        explanation_type: ExplanationType | str,
        explainer_model: str,
        **options: Unpack[RequestOptions],
    ) -> Explanation:
        """Write a new explanation of ``feature`` with an auto-interp explainer and save it.

        ``explanation_type`` is the explainer (e.g. ``"oai_token-act-pair"``), ``explainer_model``
        the LLM (e.g. ``"gpt-4o-mini"``), billed to the LLM key stored in your Neuronpedia
        account. One request (slow: tens of seconds upstream); global buckets; key required.
        400 (:class:`~neuronpedia_ext.BadRequestError`) when the feature already has an
        explanation of this type and model, or your account has no usable LLM key.
        """
        return self._transport.run(_generate(feature, explanation_type, explainer_model), **options)

    def score(
        self,
        explanation: ExplanationRef,
        scorer_type: ScorerType | str,
        scorer_model: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ExplanationScore:
        """Score an explanation (an id or an ``Explanation``) and save the score.

        ``scorer_model`` (e.g. ``"gpt-4o-mini"``) is required by every scorer but the ``nla_*``
        ones. One request; the ``/api/explanation/score`` bucket (120/h upstream); key required.
        404 (:class:`~neuronpedia_ext.NotFoundError`) for an unknown explanation.
        """
        return self._transport.run(_score(explanation, scorer_type, scorer_model), **options)

    def delete(self, explanation: ExplanationRef, **options: Unpack[RequestOptions]) -> DeleteResult:
        """Delete one of your explanations (with its scores and votes).

        One request; global buckets; key required. Upstream answers the same success for an
        id that does not exist, and a bare 500 for someone else's explanation.
        """
        return self._transport.run(_delete(explanation), **options)

    def delete_score(self, score: ScoreRef, **options: Unpack[RequestOptions]) -> DeleteResult:
        """Delete a score you initiated. One request; the ``/api/explanation/score`` bucket; key required.

        Upstream answers the same success for an id that does not exist.
        """
        return self._transport.run(_delete_score(score), **options)

    def export(self, **options: Unpack[RequestOptions]) -> NoReturn:
        """Always raises :class:`ExplanationExportRemovedError`: upstream removed the export.

        Its ``new_url`` is where explanation exports are published now (Neuronpedia's public
        dataset bucket). One request; global buckets; no key needed.
        """
        try:
            self._transport.run(_export(), **options)
        except BadRequestError as exc:
            raise _export_error(exc) from None


class AsyncExplanations(AsyncResource):
    """Explanation writes (async); the same methods as :class:`Explanations`."""

    async def generate(
        self,
        feature: FeatureIdLike,
        explanation_type: ExplanationType | str,
        explainer_model: str,
        **options: Unpack[RequestOptions],
    ) -> Explanation:
        return await self._transport.run(_generate(feature, explanation_type, explainer_model), **options)

    async def score(
        self,
        explanation: ExplanationRef,
        scorer_type: ScorerType | str,
        scorer_model: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> ExplanationScore:
        return await self._transport.run(_score(explanation, scorer_type, scorer_model), **options)

    async def delete(self, explanation: ExplanationRef, **options: Unpack[RequestOptions]) -> DeleteResult:
        return await self._transport.run(_delete(explanation), **options)

    async def delete_score(self, score: ScoreRef, **options: Unpack[RequestOptions]) -> DeleteResult:
        return await self._transport.run(_delete_score(score), **options)

    async def export(self, **options: Unpack[RequestOptions]) -> NoReturn:
        try:
            await self._transport.run(_export(), **options)
        except BadRequestError as exc:
            raise _export_error(exc) from None
