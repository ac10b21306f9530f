"""Row builders: upstream's Prisma rows with every column, in schema order, filled with defaults."""

from __future__ import annotations

import datetime as _dt
import secrets
from collections.abc import Mapping
from typing import Any

BOT_ID = "clkht01d40000jv08hvalcvly"
#: Upstream's ``INFERENCE_ACTIVATION_USER_ID_DO_NOT_INCLUDE_IN_PUBLIC_ACTIVATIONS``: the creator of the
#: activations an anonymous search-all saves (not a public-activation user, so they are never shown).
INFERENCE_BOT_ID = "clemulatorinferenceactbot"
SEEDED_AT = "2026-11-20T12:00:00.000Z"


def now_iso() -> str:
    """The current time the way JSON.stringify writes a Date."""
    now = _dt.datetime.now(_dt.UTC)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


def new_cuid() -> str:
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    return "c" + "".join(secrets.choice(alphabet) for _ in range(24))


def _fill(defaults: dict[str, Any], given: Mapping[str, Any]) -> dict[str, Any]:
    row = dict(defaults)
    for key, value in given.items():
        if key in row:
            row[key] = value
    return row


def model_row(given: Mapping[str, Any]) -> dict[str, Any]:
    return _fill(
        {
            "id": "",
            "displayNameShort": given.get("displayName", given.get("id", "")),
            "displayName": given.get("id", ""),
            "creatorId": BOT_ID,
            "tlensId": None,
            "openRouterId": None,
            "dimension": None,
            "thinking": False,
            "visibility": "PUBLIC",
            "defaultSourceSetName": None,
            "defaultSourceId": None,
            "defaultGraphSourceSetName": None,
            "inferenceEnabled": True,
            "instruct": False,
            "layers": 1,
            "neuronsPerLayer": 0,
            "createdAt": SEEDED_AT,
            "owner": "",
            "updatedAt": SEEDED_AT,
            "website": None,
        },
        given,
    )


def release_row(given: Mapping[str, Any]) -> dict[str, Any]:
    return _fill(
        {
            "name": "",
            "visibility": "PUBLIC",
            "isNewUi": False,
            "featured": False,
            "description": "",
            "descriptionShort": None,
            "urls": [],
            "creatorEmail": None,
            "creatorName": "",
            "creatorNameShort": None,
            "creatorId": BOT_ID,
            "defaultSourceSetName": None,
            "defaultSourceId": None,
            "defaultUmapSourceIds": [],
            "createdAt": SEEDED_AT,
        },
        given,
    )


def source_set_row(given: Mapping[str, Any]) -> dict[str, Any]:
    return _fill(
        {
            "modelId": "",
            "name": "",
            "hasDashboards": True,
            "allowInferenceSearch": False,
            "visibility": "PUBLIC",
            "description": "",
            "type": "sae",
            "creatorName": "",
            "urls": [],
            "creatorEmail": None,
            "creatorId": BOT_ID,
            "releaseName": None,
            "hasGraphs": False,
            "graphEnabled": False,
            "similarityMatrixEnabled": False,
            "defaultOfModelId": None,
            "defaultGraphModelId": None,
            "defaultRange": 1,
            "defaultShowBreaks": True,
            "showDfa": False,
            "showCorrelated": False,
            "showHeadAttribution": False,
            "showUmap": False,
            "createdAt": SEEDED_AT,
        },
        given,
    )


def source_row(given: Mapping[str, Any]) -> dict[str, Any]:
    return _fill(
        {
            "id": "",
            "modelId": "",
            "hasDashboards": True,
            "inferenceEnabled": False,
            "saelensConfig": None,
            "saelensRelease": None,
            "saelensSaeId": None,
            "hfRepoId": None,
            "hfFolderId": None,
            "visibility": "PUBLIC",
            "defaultOfModelId": None,
            "setName": "",
            "creatorId": BOT_ID,
            "hasUmap": False,
            "hasUmapLogSparsity": False,
            "hasUmapClusters": False,
            "num_prompts": None,
            "num_tokens_in_prompt": None,
            "dataset": None,
            "notes": None,
            "cosSimMatchModelId": None,
            "cosSimMatchSourceId": None,
            "createdAt": SEEDED_AT,
        },
        given,
    )


def neuron_row(given: Mapping[str, Any]) -> dict[str, Any]:
    layer = str(given.get("layer", ""))
    layer_num = layer.split("-", 1)[0]
    set_name = layer.split("-", 1)[1] if "-" in layer else None
    return _fill(
        {
            "modelId": "",
            "layer": layer,
            "index": "",
            "sourceSetName": set_name,
            "creatorId": BOT_ID,
            "createdAt": SEEDED_AT,
            "maxActApprox": None,
            "hasVector": False,
            "vector": [],
            "vectorLabel": None,
            "vectorDefaultSteerStrength": 10,
            "hookName": f"blocks.{layer_num}.hook_resid_pre" if layer_num.isdigit() else None,
            "topkCosSimIndices": [],
            "topkCosSimValues": [],
            "neuron_alignment_indices": [],
            "neuron_alignment_values": [],
            "neuron_alignment_l1": [],
            "correlated_neurons_indices": [],
            "correlated_neurons_pearson": [],
            "correlated_neurons_l1": [],
            "correlated_features_indices": [],
            "correlated_features_pearson": [],
            "correlated_features_l1": [],
            "neg_str": [],
            "neg_values": [],
            "pos_str": [],
            "pos_values": [],
            "frac_nonzero": 0,
            "freq_hist_data_bar_heights": [],
            "freq_hist_data_bar_values": [],
            "logits_hist_data_bar_heights": [],
            "logits_hist_data_bar_values": [],
            "decoder_weights_dist": [],
            "umap_cluster": None,
            "umap_log_feature_sparsity": None,
            "umap_x": None,
            "umap_y": None,
        },
        given,
    )


def activation_row(given: Mapping[str, Any]) -> dict[str, Any]:
    values = list(given.get("values", []))
    best = max(values) if values else None
    return _fill(
        {
            "id": new_cuid(),
            "tokens": [],
            "dataIndex": None,
            "index": "",
            "layer": "",
            "modelId": "",
            "dataSource": None,
            "maxValue": best,
            "maxValueTokenIndex": values.index(best) if values else 0,
            "minValue": min(values) if values else None,
            "values": values,
            "dfaValues": [],
            "dfaTargetIndex": None,
            "dfaMaxValue": None,
            "zQIndices": [],
            "zKIndices": [],
            "zValues": [],
            "creatorId": BOT_ID,
            "createdAt": SEEDED_AT,
            "lossValues": [],
            "logitContributions": None,
            "binMin": None,
            "binMax": None,
            "binContains": None,
            "qualifyingTokenIndex": None,
        },
        given,
    )


def explanation_row(given: Mapping[str, Any]) -> dict[str, Any]:
    return _fill(
        {
            "id": new_cuid(),
            "modelId": "",
            "layer": "",
            "index": "",
            "description": "",
            "authorId": BOT_ID,
            "triggeredByUserId": None,
            "notes": None,
            "scoreV1": 0,
            "scoreV2": None,
            "umap_x": 0,
            "umap_y": 0,
            "umap_cluster": 0,
            "umap_log_feature_sparsity": 0,
            "typeName": None,
            "explanationModelName": None,
            "createdAt": SEEDED_AT,
            "updatedAt": SEEDED_AT,
        },
        given,
    )


def score_row(given: Mapping[str, Any]) -> dict[str, Any]:
    return _fill(
        {
            "id": new_cuid(),
            "initiatedByUserId": BOT_ID,
            "value": 0,
            "explanationId": "",
            "explanationScoreTypeName": "",
            "explanationScoreModelName": "",
            "jsonDetails": "{}",
            "createdAt": SEEDED_AT,
        },
        given,
    )


def comment_row(given: Mapping[str, Any]) -> dict[str, Any]:
    return _fill(
        {
            "id": new_cuid(),
            "modelId": "",
            "layer": "",
            "index": "",
            "text": "",
            "userId": BOT_ID,
            "createdAt": SEEDED_AT,
        },
        given,
    )


def list_row(given: Mapping[str, Any]) -> dict[str, Any]:
    return _fill(
        {
            "id": new_cuid(),
            "name": "",
            "description": "",
            "defaultTestText": None,
            "userId": "",
            "createdAt": SEEDED_AT,
            "updatedAt": SEEDED_AT,
        },
        given,
    )


def list_neuron_row(given: Mapping[str, Any]) -> dict[str, Any]:
    return _fill(
        {
            "modelId": "",
            "layer": "",
            "index": "",
            "listId": "",
            "description": None,
            "addedAt": SEEDED_AT,
            "userId": "",
        },
        given,
    )


def graph_row(given: Mapping[str, Any]) -> dict[str, Any]:
    return _fill(
        {
            "id": new_cuid(),
            "modelId": "",
            "sourceSetName": None,
            "slug": "",
            "promptTokens": [],
            "prompt": "",
            "titlePrefix": "",
            "isFeatured": False,
            "url": "",
            "userId": None,
            "createdAt": SEEDED_AT,
            "updatedAt": SEEDED_AT,
        },
        given,
    )
