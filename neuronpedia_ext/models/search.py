"""Search results: explanation search pages, the top features of a text, top features per token.

* :class:`ExplanationSearchPage` / :class:`ExplanationSearchResult`: one page (20 results) of
  ``client.search.explanations*``, with ``has_more``/``next_offset`` for the next page.
* :class:`TopFeaturesResult` of ``client.search.top_features`` (``/api/search-all``): the tokens
  of the text and the features that fire most, each a :class:`SourceActivationResult` (the
  official name of one result; official fields ``modelId, layer, index, values`` first).
* ``client.search.topk_by_token`` returns one :class:`TopKByTokenResult` per token (the official
  class: ``position, token, topFeatures``), each feature a :class:`FeatureWithTopActivation`
  (official: ``feature`` as an :class:`NPFeature` ``(model, source, index)``, ``activationValue``).

Where the server sent the stored feature, ``details`` (or ``feature`` on explanation results)
holds it as a typed :class:`~neuronpedia_ext.Feature`; otherwise it is None.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from .._ids import FeatureId
from ..views.text import viewable
from .activations import Activation, to_index
from .features import Feature

__all__ = [
    "ExplanationSearchPage",
    "ExplanationSearchResult",
    "FeatureWithTopActivation",
    "NPFeature",
    "SourceActivationResult",
    "TopFeaturesResult",
    "TopKByTokenResult",
]


@viewable
@attrs.frozen
class ExplanationSearchResult:
    """An explanation that matches a query, with the feature it explains.

    ``cosine_similarity`` is the similarity of the query to the explanation (higher is closer).
    ``feature`` is the explained feature with its explanations and up to 3 top activations
    (None if the server sent none).
    """

    model_id: str
    source: str
    index: int = attrs.field(converter=to_index)
    description: str
    explanation_model_name: str | None = None
    type_name: str | None = None
    cosine_similarity: float | None = None
    feature: Feature | None = attrs.field(default=None, repr=False)

    @property
    def feature_id(self) -> FeatureId:
        return FeatureId(self.model_id, self.source, self.index)


@viewable
@attrs.frozen
class ExplanationSearchPage:
    """One page of an explanation search: up to 20 results, most similar first.

    ``has_more`` is true when the page was full; then ``next_offset`` is the ``offset`` of the
    next page (else None). Upstream filters invisible rows after paging, so a page may be short
    (even empty) while ``has_more`` is true. Iterating a page iterates its results.
    """

    results: list[ExplanationSearchResult]
    has_more: bool
    next_offset: int | None
    query: str
    offset: int = 0

    def __iter__(self) -> Iterator[ExplanationSearchResult]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)


@viewable
@attrs.frozen
class SourceActivationResult:
    """A feature that fires on a text (one result of ``/api/search-all``).

    The official fields first: ``modelId``, ``layer`` (the source), ``index``, ``values`` (its
    activation on every token). Then ``max_value`` (the highest activation), ``max_value_index``
    (at which token), ``details`` (the stored feature, single-text searches only) and the DFA
    values of attention SAEs when sent.
    """

    modelId: str
    layer: str
    index: int = attrs.field(converter=to_index)
    values: list[float]
    max_value: float = 0.0
    max_value_index: int = 0
    details: Feature | None = attrs.field(default=None, repr=False)
    dfa_values: list[float] | None = attrs.field(default=None, repr=False)
    dfa_target_index: int | None = None
    dfa_max_value: float | None = None

    @property
    def model_id(self) -> str:
        return self.modelId

    @property
    def source(self) -> str:
        return self.layer

    @property
    def feature_id(self) -> FeatureId:
        return FeatureId(self.modelId, self.layer, self.index)


@viewable
@attrs.frozen
class TopFeaturesResult:
    """The features that fire most on one text (``client.search.top_features``).

    ``tokens`` are the text's tokens (with the BOS token); ``results`` the features, sorted by
    their maximum activation (or by their activation at ``sort_indexes``). Iterating gives the
    results.
    """

    tokens: list[str]
    results: list[SourceActivationResult]
    sort_indexes: list[int] = attrs.field(factory=list)

    def __iter__(self) -> Iterator[SourceActivationResult]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def to_activations(self) -> list[Activation]:
        """The results as official-style ``Activation``s (what ``SourceActivationRequest`` returned)."""
        return [Activation(r.modelId, r.layer, r.index, list(self.tokens), list(r.values)) for r in self.results]


@viewable
@attrs.frozen
class NPFeature:
    """A feature id as the official ``neuronpedia.types.common.feature.NPFeature``: ``model, source, index``."""

    model: str
    source: str
    index: int

    @property
    def feature_id(self) -> FeatureId:
        return FeatureId(self.model, self.source, self.index)


@viewable
@attrs.frozen
class FeatureWithTopActivation:
    """A feature active at one token, with its activation there (official field names first).

    ``details`` is the stored feature with its newest explanation (single-text calls only).
    """

    feature: NPFeature
    activationValue: float
    details: Feature | None = attrs.field(default=None, repr=False)

    @property
    def activation_value(self) -> float:
        return self.activationValue

    @property
    def description(self) -> str | None:
        """The feature's explanation, when the server sent one."""
        return self.details.description if self.details is not None else None


@viewable
@attrs.frozen
class TopKByTokenResult:
    """The top features at one token of a text (official fields ``position, token, topFeatures``).

    ``is_special`` marks special tokens (BOS/EOS), which single-text calls drop with ``ignore_bos``.
    """

    position: int
    token: str
    topFeatures: list[FeatureWithTopActivation]
    is_special: bool = False

    @property
    def top_features(self) -> list[FeatureWithTopActivation]:
        return self.topFeatures
