from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.activation import Activation
    from ..models.explanation import Explanation
    from ..models.feature_comment import FeatureComment
    from ..models.feature_list_membership import FeatureListMembership
    from ..models.model import Model
    from ..models.source import Source
    from ..models.source_set import SourceSet
    from ..models.user_name import UserName


T = TypeVar("T", bound="Feature")


@_attrs_define
class Feature:
    """The full feature, as returned by GET /api/feature/{modelId}/{layer}/{index}: every scalar
    column of the `Neuron` row plus its relations. `activations` are the rows of the public
    activation creators (plus the creator's own rows when the feature is a vector), sorted by
    `maxValue` descending; `explanations` are sorted by `scoreV2`, then `scoreV1`, descending.
    `source`, `sourceSet` and `creator` are nullable relations (null when the feature has no
    such row).

    """

    model_id: str
    layer: str
    """ The source id, e.g. `0-res-jb`. """
    index: str
    """ The feature index, as a decimal string. """
    source_set_name: None | str
    creator_id: None | str
    created_at: datetime.datetime
    max_act_approx: float | None
    has_vector: bool
    vector: list[float]
    vector_label: None | str
    vector_default_steer_strength: float | None
    hook_name: None | str
    topk_cos_sim_indices: list[int]
    topk_cos_sim_values: list[float]
    neuron_alignment_indices: list[int]
    neuron_alignment_values: list[float]
    neuron_alignment_l1: list[float]
    correlated_neurons_indices: list[int]
    correlated_neurons_pearson: list[float]
    correlated_neurons_l1: list[float]
    correlated_features_indices: list[int]
    """ Always `[]` in the feature GET (blanked by the server). """
    correlated_features_pearson: list[float]
    """ Always `[]` in the feature GET (blanked by the server). """
    correlated_features_l1: list[float]
    """ Always `[]` in the feature GET (blanked by the server). """
    neg_str: list[str]
    """ The bottom logit tokens. """
    neg_values: list[float]
    pos_str: list[str]
    """ The top logit tokens. """
    pos_values: list[float]
    frac_nonzero: float
    """ Activation density (-1 for features uploaded without a density). """
    freq_hist_data_bar_heights: list[float]
    freq_hist_data_bar_values: list[float]
    logits_hist_data_bar_heights: list[float]
    logits_hist_data_bar_values: list[float]
    decoder_weights_dist: list[float]
    umap_cluster: int | None
    umap_log_feature_sparsity: float | None
    umap_x: float | None
    umap_y: float | None
    model: Model
    """ A full `Model` row, as returned by POST /api/model/new and embedded in the feature GET
    (`model`) and the source-set reads. Note that it includes `openRouterId` and `creatorId`.
     """
    lists: list[FeatureListMembership]
    creator: None | UserName
    source: None | Source
    source_set: None | SourceSet
    comments: list[FeatureComment]
    activations: list[Activation]
    explanations: list[Explanation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.source import Source
        from ..models.source_set import SourceSet
        from ..models.user_name import UserName

        model_id = self.model_id

        layer = self.layer

        index = self.index

        source_set_name: None | str
        source_set_name = self.source_set_name

        creator_id: None | str
        creator_id = self.creator_id

        created_at = self.created_at.isoformat()

        max_act_approx: float | None
        max_act_approx = self.max_act_approx

        has_vector = self.has_vector

        vector = self.vector

        vector_label: None | str
        vector_label = self.vector_label

        vector_default_steer_strength: float | None
        vector_default_steer_strength = self.vector_default_steer_strength

        hook_name: None | str
        hook_name = self.hook_name

        topk_cos_sim_indices = self.topk_cos_sim_indices

        topk_cos_sim_values = self.topk_cos_sim_values

        neuron_alignment_indices = self.neuron_alignment_indices

        neuron_alignment_values = self.neuron_alignment_values

        neuron_alignment_l1 = self.neuron_alignment_l1

        correlated_neurons_indices = self.correlated_neurons_indices

        correlated_neurons_pearson = self.correlated_neurons_pearson

        correlated_neurons_l1 = self.correlated_neurons_l1

        correlated_features_indices = self.correlated_features_indices

        correlated_features_pearson = self.correlated_features_pearson

        correlated_features_l1 = self.correlated_features_l1

        neg_str = self.neg_str

        neg_values = self.neg_values

        pos_str = self.pos_str

        pos_values = self.pos_values

        frac_nonzero = self.frac_nonzero

        freq_hist_data_bar_heights = self.freq_hist_data_bar_heights

        freq_hist_data_bar_values = self.freq_hist_data_bar_values

        logits_hist_data_bar_heights = self.logits_hist_data_bar_heights

        logits_hist_data_bar_values = self.logits_hist_data_bar_values

        decoder_weights_dist = self.decoder_weights_dist

        umap_cluster: int | None
        umap_cluster = self.umap_cluster

        umap_log_feature_sparsity: float | None
        umap_log_feature_sparsity = self.umap_log_feature_sparsity

        umap_x: float | None
        umap_x = self.umap_x

        umap_y: float | None
        umap_y = self.umap_y

        model = self.model.to_dict()

        lists = []
        for lists_item_data in self.lists:
            lists_item = lists_item_data.to_dict()
            lists.append(lists_item)

        creator: dict[str, Any] | None
        if isinstance(self.creator, UserName):
            creator = self.creator.to_dict()
        else:
            creator = self.creator

        source: dict[str, Any] | None
        if isinstance(self.source, Source):
            source = self.source.to_dict()
        else:
            source = self.source

        source_set: dict[str, Any] | None
        if isinstance(self.source_set, SourceSet):
            source_set = self.source_set.to_dict()
        else:
            source_set = self.source_set

        comments = []
        for comments_item_data in self.comments:
            comments_item = comments_item_data.to_dict()
            comments.append(comments_item)

        activations = []
        for activations_item_data in self.activations:
            activations_item = activations_item_data.to_dict()
            activations.append(activations_item)

        explanations = []
        for explanations_item_data in self.explanations:
            explanations_item = explanations_item_data.to_dict()
            explanations.append(explanations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "layer": layer,
                "index": index,
                "sourceSetName": source_set_name,
                "creatorId": creator_id,
                "createdAt": created_at,
                "maxActApprox": max_act_approx,
                "hasVector": has_vector,
                "vector": vector,
                "vectorLabel": vector_label,
                "vectorDefaultSteerStrength": vector_default_steer_strength,
                "hookName": hook_name,
                "topkCosSimIndices": topk_cos_sim_indices,
                "topkCosSimValues": topk_cos_sim_values,
                "neuron_alignment_indices": neuron_alignment_indices,
                "neuron_alignment_values": neuron_alignment_values,
                "neuron_alignment_l1": neuron_alignment_l1,
                "correlated_neurons_indices": correlated_neurons_indices,
                "correlated_neurons_pearson": correlated_neurons_pearson,
                "correlated_neurons_l1": correlated_neurons_l1,
                "correlated_features_indices": correlated_features_indices,
                "correlated_features_pearson": correlated_features_pearson,
                "correlated_features_l1": correlated_features_l1,
                "neg_str": neg_str,
                "neg_values": neg_values,
                "pos_str": pos_str,
                "pos_values": pos_values,
                "frac_nonzero": frac_nonzero,
                "freq_hist_data_bar_heights": freq_hist_data_bar_heights,
                "freq_hist_data_bar_values": freq_hist_data_bar_values,
                "logits_hist_data_bar_heights": logits_hist_data_bar_heights,
                "logits_hist_data_bar_values": logits_hist_data_bar_values,
                "decoder_weights_dist": decoder_weights_dist,
                "umap_cluster": umap_cluster,
                "umap_log_feature_sparsity": umap_log_feature_sparsity,
                "umap_x": umap_x,
                "umap_y": umap_y,
                "model": model,
                "lists": lists,
                "creator": creator,
                "source": source,
                "sourceSet": source_set,
                "comments": comments,
                "activations": activations,
                "explanations": explanations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.activation import Activation
        from ..models.explanation import Explanation
        from ..models.feature_comment import FeatureComment
        from ..models.feature_list_membership import FeatureListMembership
        from ..models.model import Model
        from ..models.source import Source
        from ..models.source_set import SourceSet
        from ..models.user_name import UserName

        d = dict(src_dict)
        model_id = d.pop("modelId")

        layer = d.pop("layer")

        index = d.pop("index")

        def _parse_source_set_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        source_set_name = _parse_source_set_name(d.pop("sourceSetName"))

        def _parse_creator_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        creator_id = _parse_creator_id(d.pop("creatorId"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_max_act_approx(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_act_approx = _parse_max_act_approx(d.pop("maxActApprox"))

        has_vector = d.pop("hasVector")

        vector = cast(list[float], d.pop("vector"))

        def _parse_vector_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        vector_label = _parse_vector_label(d.pop("vectorLabel"))

        def _parse_vector_default_steer_strength(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        vector_default_steer_strength = _parse_vector_default_steer_strength(d.pop("vectorDefaultSteerStrength"))

        def _parse_hook_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hook_name = _parse_hook_name(d.pop("hookName"))

        topk_cos_sim_indices = cast(list[int], d.pop("topkCosSimIndices"))

        topk_cos_sim_values = cast(list[float], d.pop("topkCosSimValues"))

        neuron_alignment_indices = cast(list[int], d.pop("neuron_alignment_indices"))

        neuron_alignment_values = cast(list[float], d.pop("neuron_alignment_values"))

        neuron_alignment_l1 = cast(list[float], d.pop("neuron_alignment_l1"))

        correlated_neurons_indices = cast(list[int], d.pop("correlated_neurons_indices"))

        correlated_neurons_pearson = cast(list[float], d.pop("correlated_neurons_pearson"))

        correlated_neurons_l1 = cast(list[float], d.pop("correlated_neurons_l1"))

        correlated_features_indices = cast(list[int], d.pop("correlated_features_indices"))

        correlated_features_pearson = cast(list[float], d.pop("correlated_features_pearson"))

        correlated_features_l1 = cast(list[float], d.pop("correlated_features_l1"))

        neg_str = cast(list[str], d.pop("neg_str"))

        neg_values = cast(list[float], d.pop("neg_values"))

        pos_str = cast(list[str], d.pop("pos_str"))

        pos_values = cast(list[float], d.pop("pos_values"))

        frac_nonzero = d.pop("frac_nonzero")

        freq_hist_data_bar_heights = cast(list[float], d.pop("freq_hist_data_bar_heights"))

        freq_hist_data_bar_values = cast(list[float], d.pop("freq_hist_data_bar_values"))

        logits_hist_data_bar_heights = cast(list[float], d.pop("logits_hist_data_bar_heights"))

        logits_hist_data_bar_values = cast(list[float], d.pop("logits_hist_data_bar_values"))

        decoder_weights_dist = cast(list[float], d.pop("decoder_weights_dist"))

        def _parse_umap_cluster(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        umap_cluster = _parse_umap_cluster(d.pop("umap_cluster"))

        def _parse_umap_log_feature_sparsity(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        umap_log_feature_sparsity = _parse_umap_log_feature_sparsity(d.pop("umap_log_feature_sparsity"))

        def _parse_umap_x(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        umap_x = _parse_umap_x(d.pop("umap_x"))

        def _parse_umap_y(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        umap_y = _parse_umap_y(d.pop("umap_y"))

        model = Model.from_dict(d.pop("model"))

        lists = []
        _lists = d.pop("lists")
        for lists_item_data in _lists:
            lists_item = FeatureListMembership.from_dict(lists_item_data)

            lists.append(lists_item)

        def _parse_creator(data: object) -> None | UserName:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creator_type_0 = UserName.from_dict(data)

                return creator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UserName, data)

        creator = _parse_creator(d.pop("creator"))

        def _parse_source(data: object) -> None | Source:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_type_0 = Source.from_dict(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Source, data)

        source = _parse_source(d.pop("source"))

        def _parse_source_set(data: object) -> None | SourceSet:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                source_set_type_0 = SourceSet.from_dict(data)

                return source_set_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceSet, data)

        source_set = _parse_source_set(d.pop("sourceSet"))

        comments = []
        _comments = d.pop("comments")
        for comments_item_data in _comments:
            comments_item = FeatureComment.from_dict(comments_item_data)

            comments.append(comments_item)

        activations = []
        _activations = d.pop("activations")
        for activations_item_data in _activations:
            activations_item = Activation.from_dict(activations_item_data)

            activations.append(activations_item)

        explanations = []
        _explanations = d.pop("explanations")
        for explanations_item_data in _explanations:
            explanations_item = Explanation.from_dict(explanations_item_data)

            explanations.append(explanations_item)

        feature = cls(
            model_id=model_id,
            layer=layer,
            index=index,
            source_set_name=source_set_name,
            creator_id=creator_id,
            created_at=created_at,
            max_act_approx=max_act_approx,
            has_vector=has_vector,
            vector=vector,
            vector_label=vector_label,
            vector_default_steer_strength=vector_default_steer_strength,
            hook_name=hook_name,
            topk_cos_sim_indices=topk_cos_sim_indices,
            topk_cos_sim_values=topk_cos_sim_values,
            neuron_alignment_indices=neuron_alignment_indices,
            neuron_alignment_values=neuron_alignment_values,
            neuron_alignment_l1=neuron_alignment_l1,
            correlated_neurons_indices=correlated_neurons_indices,
            correlated_neurons_pearson=correlated_neurons_pearson,
            correlated_neurons_l1=correlated_neurons_l1,
            correlated_features_indices=correlated_features_indices,
            correlated_features_pearson=correlated_features_pearson,
            correlated_features_l1=correlated_features_l1,
            neg_str=neg_str,
            neg_values=neg_values,
            pos_str=pos_str,
            pos_values=pos_values,
            frac_nonzero=frac_nonzero,
            freq_hist_data_bar_heights=freq_hist_data_bar_heights,
            freq_hist_data_bar_values=freq_hist_data_bar_values,
            logits_hist_data_bar_heights=logits_hist_data_bar_heights,
            logits_hist_data_bar_values=logits_hist_data_bar_values,
            decoder_weights_dist=decoder_weights_dist,
            umap_cluster=umap_cluster,
            umap_log_feature_sparsity=umap_log_feature_sparsity,
            umap_x=umap_x,
            umap_y=umap_y,
            model=model,
            lists=lists,
            creator=creator,
            source=source,
            source_set=source_set,
            comments=comments,
            activations=activations,
            explanations=explanations,
        )

        feature.additional_properties = d
        return feature

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
