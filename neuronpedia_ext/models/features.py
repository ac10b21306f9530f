"""Features and what hangs off them: ``Feature``, ``SAEFeature``, ``Explanation``, ``Logit``,
``Source``, the per-item results of ``client.features.get_many``, upload totals, and the
sparsity trace of ``client.sparsity.connected_neurons``.

The official package's classes keep their names, and their fields come first with the same
names and order, so official-style construction (``Feature(modelId=..., source=..., index=0,
density=0.03, top_logits=[Logit("dog", 0.9)])``) keeps working:

* ``Feature(modelId, source, index, density, top_logits, bottom_logits, explanations,
  activations)``; mutable like the official dataclass (its upload example assigns
  ``feature.activations = [...]``). ``index`` is an ``int`` as in the official class; a decimal
  string (the wire form) is accepted and converted. ``density`` is the wire's ``frac_nonzero``
  (also readable as ``frac_nonzero``).
* ``SAEFeature(modelId, source, index, jsonData)``: the parsed response is in ``data`` (a dict)
  and ``feature`` (a typed :class:`Feature`); ``jsonData`` is kept as a compatibility property
  returning the JSON string (and accepted by the constructor). Its repr is short.
* ``Explanation(modelId, source, index, text, method, explainer_model)`` and
  ``Logit(token, value)``.
* ``Source(id, model_id, set_name)`` with ``upload_batch`` and ``open_in_browser``.

Fixed official defects: ``Feature.get`` reads the real response shape (explanations carry no
``modelId``; activations name their source ``layer``), and URLs use the configured base URL.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from .._errors import NeuronpediaError
from .._ids import FeatureId
from ..views.text import viewable
from ._binding import BoundClient, base_url_of, client_of, default_client
from .activations import Activation, to_index
from .explanations import ExplanationScore

__all__ = [
    "ConnectedExplanations",
    "ConnectedNeurons",
    "Explanation",
    "Feature",
    "FeatureComment",
    "FeatureResult",
    "Logit",
    "ModelInfo",
    "SAEFeature",
    "Source",
    "SourceSetInfo",
    "TraceNode",
    "UploadResult",
]


@viewable
@attrs.frozen
class Logit:
    """A token the feature promotes (top logits) or suppresses (bottom logits), with its value."""

    token: str
    value: float


@viewable
@attrs.frozen
class Explanation:
    """A natural-language explanation of a feature.

    ``method`` is the explanation type (``typeName``, e.g. ``oai_token-act-pair``) and
    ``explainer_model`` the model that wrote it (``explanationModelName``).
    """

    modelId: str
    source: str
    index: int = attrs.field(converter=to_index)
    text: str = ""
    method: str | None = None
    explainer_model: str | None = None
    id: str | None = None
    scores: list[ExplanationScore] = attrs.field(factory=list)
    triggered_by: str | None = None

    @property
    def model_id(self) -> str:
        return self.modelId

    @property
    def description(self) -> str:
        """The wire name of :attr:`text`."""
        return self.text

    @classmethod
    def from_np_db_json(
        cls,
        json_data: Mapping[str, Any],
        model_id: str | None = None,
        source: str | None = None,
        index: int | str | None = None,
    ) -> Explanation:
        """From a Neuronpedia explanation object.

        The feature GET's explanations carry no ``modelId``/``layer``/``index`` (the official
        method fails on them with ``KeyError``); pass them here, or they are read from the
        object when present (``source`` or ``layer``).
        """
        model = json_data.get("modelId", model_id)
        src = json_data.get("layer") or json_data.get("source") or source
        idx = json_data.get("index", index)
        if model is None or src is None or idx is None:
            raise ValueError("the explanation has no modelId/layer/index; pass model_id, source and index")
        return cls(
            modelId=model,
            source=src,
            index=idx,
            text=json_data["description"],
            method=json_data.get("typeName"),
            explainer_model=json_data.get("explanationModelName"),
            id=json_data.get("id"),
        )


@viewable
@attrs.frozen
class ModelInfo:
    """The model a feature belongs to (from the feature GET)."""

    id: str
    display_name: str
    display_name_short: str = ""
    layers: int = 0
    dimension: int | None = None
    owner: str = ""
    website: str | None = None
    visibility: str = "PUBLIC"
    inference_enabled: bool = False
    instruct: bool = False
    tlens_id: str | None = None
    default_source_set_name: str | None = None
    default_source_id: str | None = None
    created_at: dt.datetime | None = None


@viewable
@attrs.frozen
class SourceSetInfo:
    """The source set (family of sources, e.g. ``res-jb``) a feature belongs to."""

    model_id: str
    name: str
    description: str = ""
    type: str = ""
    creator_name: str = ""
    visibility: str = "PUBLIC"
    has_dashboards: bool = False
    allow_inference_search: bool = False
    release_name: str | None = None
    urls: list[str] = attrs.field(factory=list)
    created_at: dt.datetime | None = None


@viewable
@attrs.frozen
class Source:
    """A source: one SAE (or other feature set) of one layer, e.g. ``6-res-jb``.

    The official fields (``id``, ``model_id``, ``set_name``) come first; the rest is filled in
    when the source comes from the server.
    """

    id: str
    model_id: str
    set_name: str
    visibility: str = "PUBLIC"
    has_dashboards: bool = False
    inference_enabled: bool = False
    hook_name: str | None = None
    saelens_release: str | None = None
    saelens_sae_id: str | None = None
    saelens_config: dict[str, Any] = attrs.field(factory=dict, repr=False)
    hf_repo_id: str | None = None
    hf_folder_id: str | None = None
    dataset: str | None = None
    num_prompts: int | None = None
    num_tokens_in_prompt: int | None = None
    notes: str | None = None
    creator_id: str | None = None
    created_at: dt.datetime | None = None
    _client: BoundClient | None = attrs.field(default=None, eq=False, repr=False, kw_only=True, alias="_client")

    @property
    def url(self) -> str:
        """The source's page (on the base URL of the client it came from, else the default)."""
        return f"{base_url_of(self)}/{self.model_id}/{self.id}"

    def open_in_browser(self) -> None:
        """Open the source's page in a web browser."""
        import webbrowser

        webbrowser.open(self.url)

    def upload_batch(self, features: Sequence[Feature]) -> UploadResult:
        """Upload features into this source (requires a key; you must own its source set).

        Unlike the official method there is no per-request feature limit: batches of the
        spec's maximum size are sent one after another. Returns the totals.
        """
        result: UploadResult = client_of(self).features.upload(self.model_id, self.id, features)
        return result


@viewable
@attrs.frozen
class FeatureComment:
    """A user's comment on a feature."""

    id: str
    text: str
    user_id: str
    user_name: str
    created_at: dt.datetime | None = None


@viewable
@attrs.define
class Feature:
    """A feature (an SAE latent, a neuron or a vector) with its explanations and activations.

    Mutable, like the official dataclass. The official fields come first; the rest is filled in
    when the feature comes from the server. ``raw`` keeps the JSON object the server sent (the
    escape hatch for anything not modelled here); it is empty for features built by hand.
    Features from ``get_many`` come from the batch endpoint, which sends no model/source
    metadata, comments or explanation ids/scores (those fields stay empty).
    """

    modelId: str
    source: str
    index: int = attrs.field(converter=to_index)
    density: float | None = None
    top_logits: list[Logit] | None = None
    bottom_logits: list[Logit] | None = None
    explanations: list[Explanation] | None = None
    activations: list[Activation] | None = None
    hook_name: str | None = attrs.field(default=None, kw_only=True)
    max_act_approx: float | None = attrs.field(default=None, kw_only=True)
    source_set_name: str | None = attrs.field(default=None, kw_only=True)
    creator_id: str | None = attrs.field(default=None, kw_only=True)
    created_at: dt.datetime | None = attrs.field(default=None, kw_only=True)
    has_vector: bool = attrs.field(default=False, kw_only=True)
    vector: list[float] = attrs.field(factory=list, repr=False, kw_only=True)
    vector_label: str | None = attrs.field(default=None, kw_only=True)
    vector_default_steer_strength: float | None = attrs.field(default=None, kw_only=True)
    topk_cos_sim_indices: list[int] = attrs.field(factory=list, repr=False, kw_only=True)
    topk_cos_sim_values: list[float] = attrs.field(factory=list, repr=False, kw_only=True)
    freq_hist_heights: list[float] = attrs.field(factory=list, repr=False, kw_only=True)
    freq_hist_values: list[float] = attrs.field(factory=list, repr=False, kw_only=True)
    logits_hist_heights: list[float] = attrs.field(factory=list, repr=False, kw_only=True)
    logits_hist_values: list[float] = attrs.field(factory=list, repr=False, kw_only=True)
    model_info: ModelInfo | None = attrs.field(default=None, repr=False, kw_only=True)
    source_info: Source | None = attrs.field(default=None, repr=False, kw_only=True)
    source_set_info: SourceSetInfo | None = attrs.field(default=None, repr=False, kw_only=True)
    comments: list[FeatureComment] = attrs.field(factory=list, repr=False, kw_only=True)
    list_ids: list[str] = attrs.field(factory=list, repr=False, kw_only=True)
    creator_name: str | None = attrs.field(default=None, kw_only=True)
    raw: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False, kw_only=True)
    _client: BoundClient | None = attrs.field(default=None, eq=False, repr=False, kw_only=True, alias="_client")

    @property
    def model_id(self) -> str:
        return self.modelId

    @property
    def frac_nonzero(self) -> float | None:
        """The wire name of :attr:`density` (``-1`` upstream for features uploaded without one)."""
        return self.density

    @property
    def feature_id(self) -> FeatureId:
        return FeatureId(self.modelId, self.source, self.index)

    @property
    def url(self) -> str:
        """The feature's page (on the base URL of the client it came from, else the default)."""
        return f"{base_url_of(self)}/{self.modelId}/{self.source}/{self.index}"

    @property
    def description(self) -> str | None:
        """The text of the first (best-scored) explanation, if any."""
        return self.explanations[0].text if self.explanations else None

    @property
    def explanation(self) -> str | None:
        """The text of the first (best-scored) explanation, or None (``to_dataframe``'s column)."""
        return self.explanations[0].text if self.explanations else None

    @property
    def top_activations(self) -> list[Activation]:
        """The activations, strongest first (by ``max_value``; those without one last)."""
        acts = list(self.activations or [])
        return sorted(acts, key=lambda a: (a.max_value is None, -(a.max_value or 0.0)))

    @property
    def max_activation(self) -> float | None:
        """The largest ``max_value`` among the activations, or None (``to_dataframe``'s column)."""
        values = [a.max_value for a in self.activations or [] if a.max_value is not None]
        return max(values) if values else None

    @classmethod
    def get(cls, model_id: str, source: str, index: int | str) -> Feature:
        """Fetch a feature with the default client. One GET; no key needed."""
        feature: Feature = default_client().features.get(model_id, source, index)
        return feature

    def open_in_browser(self) -> None:
        """Open the feature's page in a web browser."""
        import webbrowser

        webbrowser.open(self.url)


@viewable
@attrs.frozen(init=False)
class SAEFeature:
    """A feature as the official ``SAEFeature``: id plus the whole response.

    ``data`` is the parsed response (a dict), ``feature`` the same as a typed :class:`Feature`.
    ``jsonData`` (the official field) is a property returning ``data`` as a JSON string, so
    ``json.loads(f.jsonData)`` keeps working; the constructor accepts it too.
    """

    modelId: str
    source: str
    index: int
    data: dict[str, Any] = attrs.field(repr=False, eq=False)
    feature: Feature | None = attrs.field(repr=False, eq=False)

    def __init__(
        self,
        modelId: str,
        source: str,
        index: int | str,
        jsonData: str | None = None,
        *,
        data: Mapping[str, Any] | None = None,
        feature: Feature | None = None,
    ) -> None:
        parsed = dict(data) if data is not None else (json.loads(jsonData) if jsonData else {})
        self.__attrs_init__(modelId, source, to_index(index), parsed, feature)

    @property
    def wire_index(self) -> str:
        """The index as the official class typed it and the wire carries it (a decimal string)."""
        return str(self.index)

    @property
    def jsonData(self) -> str:
        """The response as a JSON string (the official type of this field)."""
        return json.dumps(self.data)

    @property
    def model_id(self) -> str:
        return self.modelId

    @property
    def feature_id(self) -> FeatureId:
        return FeatureId(self.modelId, self.source, self.index)

    @classmethod
    def get(cls, model_id: str, source: str, index: int | str) -> SAEFeature:
        """Fetch a feature. One GET; no key needed."""
        feature: Feature = default_client().features.get(model_id, source, index)
        return cls.from_feature(feature)

    @classmethod
    def from_feature(cls, feature: Feature) -> SAEFeature:
        return cls(feature.modelId, feature.source, feature.index, data=feature.raw, feature=feature)


@viewable
@attrs.frozen
class FeatureResult:
    """One item of ``client.features.get_many``: the id asked for, and the feature or the error."""

    id: FeatureId
    feature: Feature | None = None
    error: NeuronpediaError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> Feature:
        """The feature, or raise the error."""
        if self.error is not None:
            raise self.error
        assert self.feature is not None
        return self.feature


@viewable
@attrs.frozen
class UploadResult:
    """Totals of a chunked upload: items sent, batches (requests) made, and the server's messages."""

    uploaded: int
    batches: int
    messages: list[str] = attrs.field(factory=list)


@viewable
@attrs.frozen
class TraceNode:
    """One hop of a circuit trace: an MLP neuron reached through a residual channel.

    Forward-trace nodes have ``children``, backward-trace nodes ``parents`` (empty at the last hop).
    """

    layer: int
    neuron: int
    read_weight: float
    via_channel: int
    write_weight: float
    children: list[TraceNode] = attrs.field(factory=list)
    parents: list[TraceNode] = attrs.field(factory=list)


@viewable
@attrs.frozen
class ConnectedExplanations:
    """The explanations of one neuron (``<layer>-mlp``) or residual channel (``<layer>-resid``)."""

    model_id: str
    source: str
    index: int = attrs.field(converter=to_index)
    explanations: list[Explanation] = attrs.field(factory=list)


@viewable
@attrs.frozen
class ConnectedNeurons:
    """The circuit around one MLP neuron (``client.sparsity.connected_neurons``)."""

    layer: int
    neuron: int
    trace_forward: list[TraceNode]
    trace_backward: list[TraceNode]
    neuron_explanations: list[ConnectedExplanations]
    resid_channel_explanations: list[ConnectedExplanations]
