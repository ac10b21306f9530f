"""Results of the explanation writes (``client.explanations``): scores, deletions, the export tombstone.

The explanation itself is :class:`~neuronpedia_ext.models.features.Explanation` (the official
package's name); this module holds what the other calls return:

- :class:`ExplanationScore`: one score of an explanation (``client.explanations.score``, and
  the ``scores`` of a feature's explanations: the same ``ExplanationScore`` row on the wire);
- :class:`DeleteResult`: the answer of the two deletes;
- :class:`ExplanationExportRemovedError`: raised by ``client.explanations.export()``, whose
  endpoint upstream removed (it always answers 400 ``{newUrl, message}``).

``ExplanationType`` and ``ScorerType`` are the explainers and scorers the server implements
(the spec's enums); the client refuses anything else before sending.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal, get_args

import attrs

from .._errors import BadRequestError
from ..views.text import viewable

__all__ = [
    "EXPLANATION_TYPES",
    "SCORER_TYPES",
    "DeleteResult",
    "ExplanationExportRemovedError",
    "ExplanationScore",
    "ExplanationType",
    "ScorerType",
]

ExplanationType = Literal[
    "oai_token-act-pair",
    "oai_attention-head",
    "np_max-act-logits",
    "np_max-act",
    "eleuther_acts_top20",
]
"""The auto-interp explainers of ``generate`` (``explanationType`` on the wire)."""

ScorerType = Literal[
    "recall_alt",
    "eleuther_fuzz",
    "eleuther_recall",
    "eleuther_embedding",
    "nla_reconstructor",
    "nla_verbalizer",
    "nla_verbalizer_last",
]
"""The scorers of ``score`` (``scorerType`` on the wire). The ``nla_*`` ones need no scorer model."""

EXPLANATION_TYPES: tuple[str, ...] = get_args(ExplanationType)
SCORER_TYPES: tuple[str, ...] = get_args(ScorerType)


@viewable
@attrs.frozen
class ExplanationScore:
    """One score of an explanation (an ``ExplanationScore`` row).

    ``scorer_type``/``scorer_model`` are ``explanationScoreTypeName``/``explanationScoreModelName``
    on the wire; ``json_details`` is the scorer's details as the server stores them (a JSON
    string, empty when unset) and :attr:`details` is that string parsed.
    """

    id: str
    explanation_id: str
    value: float
    scorer_type: str
    scorer_model: str = ""
    initiated_by_user_id: str | None = None
    json_details: str = ""
    created_at: dt.datetime | None = None

    @property
    def details(self) -> Any:
        """``json_details`` parsed; None when it is empty or not valid JSON."""
        if not self.json_details:
            return None
        try:
            return json.loads(self.json_details)
        except ValueError:
            return None


@viewable
@attrs.frozen
class DeleteResult:
    """The answer of ``delete``/``delete_score``.

    Upstream answers the same 200 message whether or not a row had that ``id`` (nothing is
    deleted then), so this confirms the request was accepted, not that something existed.
    """

    id: str
    message: str


class ExplanationExportRemovedError(BadRequestError):
    """``GET /api/explanation/export`` was removed upstream: it always answers 400 ``{newUrl, message}``.

    ``new_url`` is where explanation exports are published now (Neuronpedia's public dataset
    bucket). A :class:`~neuronpedia_ext.BadRequestError`, so existing ``except`` clauses still
    catch it.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        body = self.body if isinstance(self.body, dict) else {}
        new_url = body.get("newUrl")
        self.new_url: str | None = new_url if isinstance(new_url, str) and new_url else None
        where = self.new_url or "Neuronpedia's public dataset exports"
        self.args = (f"explanation exports are no longer served by the API; download them from {where}",)

    @classmethod
    def from_error(cls, error: BadRequestError) -> ExplanationExportRemovedError:
        """The same answer as ``error`` (status, URL, body, headers), typed as this error."""
        return cls(
            status_code=error.status_code,
            method=error.method,
            url=error.url,
            body=error.body,
            headers=error.headers,
        )
