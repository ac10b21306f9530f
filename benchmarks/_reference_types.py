"""A typed msgspec decode of the feature body: the bench's reference line for "bytes -> typed Feature".

Not the client's model: a plain declaration of every field the recorded feature body carries
(``feature_get_many_activations`` in ``cassettes/reference/``), so that the decode it measures
does the same work a typed public model must do (every field read and checked, none skipped).
Only ``saelensConfig`` (free-form upstream) stays a dict.
"""

from __future__ import annotations

from typing import Any

import msgspec


class Score(msgspec.Struct, kw_only=True):
    id: str
    initiatedByUserId: str | None = None
    value: float | None = None
    explanationId: str | None = None
    explanationScoreTypeName: str | None = None
    explanationScoreModelName: str | None = None
    jsonDetails: str | None = None
    createdAt: str | None = None


class Explanation(msgspec.Struct, kw_only=True):
    id: str
    description: str
    explanationModelName: str | None = None
    typeName: str | None = None
    scores: list[Score] = []
    triggeredByUser: dict[str, Any] | None = None


class Activation(msgspec.Struct, kw_only=True):
    id: str
    tokens: list[str]
    dataIndex: str | None = None
    index: str | None = None
    layer: str | None = None
    modelId: str | None = None
    dataSource: str | None = None
    maxValue: float
    maxValueTokenIndex: int | None = None
    minValue: float | None = None
    values: list[float]
    dfaValues: list[float] = []
    dfaTargetIndex: int | None = None
    dfaMaxValue: float | None = None
    zQIndices: list[int] = []
    zKIndices: list[int] = []
    zValues: list[float] = []
    creatorId: str | None = None
    createdAt: str | None = None
    lossValues: list[float] = []
    logitContributions: str | None = None
    binMin: float | None = None
    binMax: float | None = None
    binContains: float | None = None
    qualifyingTokenIndex: int | None = None


class Model(msgspec.Struct, kw_only=True):
    id: str
    displayNameShort: str | None = None
    displayName: str | None = None
    creatorId: str | None = None
    tlensId: str | None = None
    openRouterId: str | None = None
    dimension: int | None = None
    thinking: bool | None = None
    visibility: str | None = None
    defaultSourceSetName: str | None = None
    defaultSourceId: str | None = None
    defaultGraphSourceSetName: str | None = None
    inferenceEnabled: bool | None = None
    instruct: bool | None = None
    layers: int | None = None
    neuronsPerLayer: int | None = None
    createdAt: str | None = None
    owner: str | None = None
    updatedAt: str | None = None
    website: str | None = None


class Source(msgspec.Struct, kw_only=True):
    id: str
    modelId: str
    hasDashboards: bool | None = None
    inferenceEnabled: bool | None = None
    saelensConfig: dict[str, Any] | None = None
    saelensRelease: str | None = None
    saelensSaeId: str | None = None
    hfRepoId: str | None = None
    hfFolderId: str | None = None
    visibility: str | None = None
    defaultOfModelId: str | None = None
    setName: str | None = None
    creatorId: str | None = None
    hasUmap: bool | None = None
    hasUmapLogSparsity: bool | None = None
    hasUmapClusters: bool | None = None
    num_prompts: int | None = None
    num_tokens_in_prompt: int | None = None
    dataset: str | None = None
    notes: str | None = None
    cosSimMatchModelId: str | None = None
    cosSimMatchSourceId: str | None = None
    createdAt: str | None = None


class SourceSet(msgspec.Struct, kw_only=True):
    modelId: str
    name: str
    hasDashboards: bool | None = None
    allowInferenceSearch: bool | None = None
    visibility: str | None = None
    description: str | None = None
    type: str | None = None
    creatorName: str | None = None
    urls: list[str] = []
    creatorEmail: str | None = None
    creatorId: str | None = None
    releaseName: str | None = None
    hasGraphs: bool | None = None
    graphEnabled: bool | None = None
    similarityMatrixEnabled: bool | None = None
    defaultOfModelId: str | None = None
    defaultGraphModelId: str | None = None
    defaultRange: int | None = None
    defaultShowBreaks: bool | None = None
    showDfa: bool | None = None
    showCorrelated: bool | None = None
    showHeadAttribution: bool | None = None
    showUmap: bool | None = None
    createdAt: str | None = None


class Named(msgspec.Struct, kw_only=True):
    name: str | None = None


class Comment(msgspec.Struct, kw_only=True):
    id: str
    modelId: str | None = None
    layer: str | None = None
    index: str | None = None
    text: str
    userId: str | None = None
    createdAt: str | None = None
    user: Named | None = None


class Feature(msgspec.Struct, kw_only=True):
    modelId: str
    layer: str
    index: str
    sourceSetName: str | None = None
    creatorId: str | None = None
    createdAt: str | None = None
    maxActApprox: float | None = None
    hasVector: bool | None = None
    vector: list[float] = []
    vectorLabel: str | None = None
    vectorDefaultSteerStrength: float | None = None
    hookName: str | None = None
    topkCosSimIndices: list[int] = []
    topkCosSimValues: list[float] = []
    neuron_alignment_indices: list[int] = []
    neuron_alignment_values: list[float] = []
    neuron_alignment_l1: list[float] = []
    correlated_neurons_indices: list[int] = []
    correlated_neurons_pearson: list[float] = []
    correlated_neurons_l1: list[float] = []
    correlated_features_indices: list[int] = []
    correlated_features_pearson: list[float] = []
    correlated_features_l1: list[float] = []
    neg_str: list[str] = []
    neg_values: list[float] = []
    pos_str: list[str] = []
    pos_values: list[float] = []
    frac_nonzero: float | None = None
    freq_hist_data_bar_heights: list[float] = []
    freq_hist_data_bar_values: list[float] = []
    logits_hist_data_bar_heights: list[float] = []
    logits_hist_data_bar_values: list[float] = []
    decoder_weights_dist: list[float] = []
    umap_cluster: int | None = None
    umap_log_feature_sparsity: float | None = None
    umap_x: float | None = None
    umap_y: float | None = None
    model: Model | None = None
    lists: list[dict[str, Any]] = []
    creator: Named | None = None
    source: Source | None = None
    sourceSet: SourceSet | None = None
    comments: list[Comment] = []
    activations: list[Activation] = []
    explanations: list[Explanation] = []


FEATURE_DECODER = msgspec.json.Decoder(Feature)
