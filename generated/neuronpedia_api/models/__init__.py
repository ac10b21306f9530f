"""Contains all the data models used in inputs/outputs"""

from .activation import Activation
from .activation_feature_ref import ActivationFeatureRef
from .activation_upload_item import ActivationUploadItem
from .activation_upload_request import ActivationUploadRequest
from .activations_get_request import ActivationsGetRequest
from .active_features import ActiveFeatures
from .add_list_features_request import AddListFeaturesRequest
from .bare_error import BareError
from .bookmark import Bookmark
from .bookmark_delete_result import BookmarkDeleteResult
from .bookmark_request import BookmarkRequest
from .chat_message import ChatMessage
from .chat_message_role import ChatMessageRole
from .chat_template_message import ChatTemplateMessage
from .compute_activations_request import ComputeActivationsRequest
from .computed_activation import ComputedActivation
from .connected_explanation import ConnectedExplanation
from .connected_feature_explanations import ConnectedFeatureExplanations
from .connected_neurons import ConnectedNeurons
from .create_list_request import CreateListRequest
from .create_list_with_features_request import CreateListWithFeaturesRequest
from .create_model_request import CreateModelRequest
from .create_source_set_request import CreateSourceSetRequest
from .create_vector_request import CreateVectorRequest
from .create_vector_response import CreateVectorResponse
from .created_list import CreatedList
from .created_vector import CreatedVector
from .delete_explanation_response import DeleteExplanationResponse
from .delete_explanation_score_response import DeleteExplanationScoreResponse
from .delete_graph_request import DeleteGraphRequest
from .delete_graph_response import DeleteGraphResponse
from .delete_list_request import DeleteListRequest
from .delete_subgraph_request import DeleteSubgraphRequest
from .delete_subgraph_response import DeleteSubgraphResponse
from .delete_vector_response import DeleteVectorResponse
from .edit_list_feature_request import EditListFeatureRequest
from .error import Error
from .explanation import Explanation
from .explanation_export_removed import ExplanationExportRemoved
from .explanation_row import ExplanationRow
from .explanation_score import ExplanationScore
from .explanation_search_neuron import ExplanationSearchNeuron
from .explanation_search_request_echo import ExplanationSearchRequestEcho
from .explanation_search_response import ExplanationSearchResponse
from .explanation_search_result import ExplanationSearchResult
from .explanation_summary import ExplanationSummary
from .feature import Feature
from .feature_batch_item import FeatureBatchItem
from .feature_comment import FeatureComment
from .feature_list_membership import FeatureListMembership
from .feature_upload_activation import FeatureUploadActivation
from .feature_upload_explanation import FeatureUploadExplanation
from .feature_upload_item import FeatureUploadItem
from .feature_upload_logit import FeatureUploadLogit
from .feature_upload_request import FeatureUploadRequest
from .features_batch_request_item import FeaturesBatchRequestItem
from .generate_explanation_request import GenerateExplanationRequest
from .generate_explanation_request_explanation_type import GenerateExplanationRequestExplanationType
from .generate_explanation_response import GenerateExplanationResponse
from .generate_graph_error import GenerateGraphError
from .generate_graph_request import GenerateGraphRequest
from .generate_graph_response import GenerateGraphResponse
from .generate_graph_validation_error import GenerateGraphValidationError
from .get_list_request import GetListRequest
from .get_vector_response import GetVectorResponse
from .graph import Graph
from .graph_ajv_error import GraphAjvError
from .graph_ajv_error_params import GraphAjvErrorParams
from .graph_chat_message import GraphChatMessage
from .graph_metadata import GraphMetadata
from .graph_model_id import GraphModelId
from .graph_salient_logit import GraphSalientLogit
from .graph_upload_url_request import GraphUploadUrlRequest
from .graph_upload_url_response import GraphUploadUrlResponse
from .lens_chat_message import LensChatMessage
from .lens_chat_role import LensChatRole
from .lens_done_frame import LensDoneFrame
from .lens_error import LensError
from .lens_error_frame import LensErrorFrame
from .lens_layers_by_type import LensLayersByType
from .lens_meta_frame import LensMetaFrame
from .lens_mode import LensMode
from .lens_prompt_request import LensPromptRequest
from .lens_prompt_result import LensPromptResult
from .lens_prompt_token import LensPromptToken
from .lens_prompt_tokens_frame import LensPromptTokensFrame
from .lens_share import LensShare
from .lens_share_chat_message import LensShareChatMessage
from .lens_share_locked_token import LensShareLockedToken
from .lens_share_request import LensShareRequest
from .lens_share_request_kind import LensShareRequestKind
from .lens_share_steer import LensShareSteer
from .lens_share_steer_mode import LensShareSteerMode
from .lens_share_token_span import LensShareTokenSpan
from .lens_steer_token import LensSteerToken
from .lens_token_frame import LensTokenFrame
from .lens_type import LensType
from .lens_type_slice import LensTypeSlice
from .list_ import List
from .list_feature import ListFeature
from .list_feature_detail import ListFeatureDetail
from .list_feature_ref import ListFeatureRef
from .list_feature_to_create import ListFeatureToCreate
from .list_owned_vectors_response import ListOwnedVectorsResponse
from .list_row import ListRow
from .list_subgraphs_request import ListSubgraphsRequest
from .list_subgraphs_response import ListSubgraphsResponse
from .list_test_activation import ListTestActivation
from .listed_neuron import ListedNeuron
from .message_error import MessageError
from .model import Model
from .model_list_item import ModelListItem
from .model_list_source import ModelListSource
from .model_list_source_set import ModelListSourceSet
from .neuron import Neuron
from .nla_chat_message import NlaChatMessage
from .nla_chat_role import NlaChatRole
from .nla_completion import NlaCompletion
from .nla_completion_done_frame import NlaCompletionDoneFrame
from .nla_completion_prompt_frame import NlaCompletionPromptFrame
from .nla_completion_request import NlaCompletionRequest
from .nla_completion_token_frame import NlaCompletionTokenFrame
from .nla_explain_cache_id_frame import NlaExplainCacheIdFrame
from .nla_explain_meta_frame import NlaExplainMetaFrame
from .nla_explain_progress_frame import NlaExplainProgressFrame
from .nla_explain_request import NlaExplainRequest
from .nla_explain_result import NlaExplainResult
from .nla_explanation import NlaExplanation
from .nla_source import NlaSource
from .nla_source_list import NlaSourceList
from .nla_source_model import NlaSourceModel
from .nla_stored_chat_message import NlaStoredChatMessage
from .nla_token_info import NlaTokenInfo
from .nla_token_span import NlaTokenSpan
from .nla_tokenization import NlaTokenization
from .path_error import PathError
from .rate_limit_error import RateLimitError
from .remove_list_feature_request import RemoveListFeatureRequest
from .sae_decoder_vector import SaeDecoderVector
from .saelens_config import SaelensConfig
from .save_graph_invalid_file_error import SaveGraphInvalidFileError
from .save_graph_request import SaveGraphRequest
from .save_graph_response import SaveGraphResponse
from .save_subgraph_request import SaveSubgraphRequest
from .save_subgraph_response import SaveSubgraphResponse
from .score_explanation_request import ScoreExplanationRequest
from .score_explanation_request_scorer_type import ScoreExplanationRequestScorerType
from .score_explanation_response import ScoreExplanationResponse
from .search_all_batch_response import SearchAllBatchResponse
from .search_all_explanation import SearchAllExplanation
from .search_all_explanation_vote import SearchAllExplanationVote
from .search_all_neuron import SearchAllNeuron
from .search_all_request import SearchAllRequest
from .search_all_response import SearchAllResponse
from .search_all_result import SearchAllResult
from .search_explanations_all_request import SearchExplanationsAllRequest
from .search_explanations_by_model_request import SearchExplanationsByModelRequest
from .search_explanations_by_release_request import SearchExplanationsByReleaseRequest
from .search_explanations_request import SearchExplanationsRequest
from .serialized_fetch_response import SerializedFetchResponse
from .source import Source
from .source_activations_data import SourceActivationsData
from .source_activations_envelope import SourceActivationsEnvelope
from .source_activations_failure import SourceActivationsFailure
from .source_activations_request import SourceActivationsRequest
from .source_activations_result import SourceActivationsResult
from .source_release import SourceRelease
from .source_set import SourceSet
from .source_set_with_sources import SourceSetWithSources
from .sparsity_trace_node import SparsityTraceNode
from .steer_assistant_axis import SteerAssistantAxis
from .steer_assistant_axis_pc_values import SteerAssistantAxisPcValues
from .steer_assistant_axis_turn import SteerAssistantAxisTurn
from .steer_chat_feature import SteerChatFeature
from .steer_chat_frame import SteerChatFrame
from .steer_chat_output import SteerChatOutput
from .steer_chat_request import SteerChatRequest
from .steer_chat_response import SteerChatResponse
from .steer_chat_settings import SteerChatSettings
from .steer_completion_frame import SteerCompletionFrame
from .steer_completion_request import SteerCompletionRequest
from .steer_completion_response import SteerCompletionResponse
from .steer_feature import SteerFeature
from .steer_logits_by_token import SteerLogitsByToken
from .steer_logits_feature import SteerLogitsFeature
from .steer_logits_request import SteerLogitsRequest
from .steer_logits_response import SteerLogitsResponse
from .steer_logits_top_logit import SteerLogitsTopLogit
from .steer_logprob import SteerLogprob
from .steer_method import SteerMethod
from .steer_top_logprob import SteerTopLogprob
from .subgraph import Subgraph
from .tokenize_graph_prompt_request import TokenizeGraphPromptRequest
from .tokenize_graph_prompt_response import TokenizeGraphPromptResponse
from .tokenize_graph_prompt_validation_error import TokenizeGraphPromptValidationError
from .topk_by_token_batch_response import TopkByTokenBatchResponse
from .topk_by_token_feature import TopkByTokenFeature
from .topk_by_token_neuron import TopkByTokenNeuron
from .topk_by_token_position import TopkByTokenPosition
from .topk_by_token_request import TopkByTokenRequest
from .topk_by_token_response import TopkByTokenResponse
from .update_list_request import UpdateListRequest
from .upload_batch_result import UploadBatchResult
from .user_name import UserName
from .user_ref import UserRef
from .vector import Vector
from .vector_hook_type import VectorHookType
from .vector_locator import VectorLocator

__all__ = (
    "Activation",
    "ActivationFeatureRef",
    "ActivationUploadItem",
    "ActivationUploadRequest",
    "ActivationsGetRequest",
    "ActiveFeatures",
    "AddListFeaturesRequest",
    "BareError",
    "Bookmark",
    "BookmarkDeleteResult",
    "BookmarkRequest",
    "ChatMessage",
    "ChatMessageRole",
    "ChatTemplateMessage",
    "ComputeActivationsRequest",
    "ComputedActivation",
    "ConnectedExplanation",
    "ConnectedFeatureExplanations",
    "ConnectedNeurons",
    "CreateListRequest",
    "CreateListWithFeaturesRequest",
    "CreateModelRequest",
    "CreateSourceSetRequest",
    "CreateVectorRequest",
    "CreateVectorResponse",
    "CreatedList",
    "CreatedVector",
    "DeleteExplanationResponse",
    "DeleteExplanationScoreResponse",
    "DeleteGraphRequest",
    "DeleteGraphResponse",
    "DeleteListRequest",
    "DeleteSubgraphRequest",
    "DeleteSubgraphResponse",
    "DeleteVectorResponse",
    "EditListFeatureRequest",
    "Error",
    "Explanation",
    "ExplanationExportRemoved",
    "ExplanationRow",
    "ExplanationScore",
    "ExplanationSearchNeuron",
    "ExplanationSearchRequestEcho",
    "ExplanationSearchResponse",
    "ExplanationSearchResult",
    "ExplanationSummary",
    "Feature",
    "FeatureBatchItem",
    "FeatureComment",
    "FeatureListMembership",
    "FeatureUploadActivation",
    "FeatureUploadExplanation",
    "FeatureUploadItem",
    "FeatureUploadLogit",
    "FeatureUploadRequest",
    "FeaturesBatchRequestItem",
    "GenerateExplanationRequest",
    "GenerateExplanationRequestExplanationType",
    "GenerateExplanationResponse",
    "GenerateGraphError",
    "GenerateGraphRequest",
    "GenerateGraphResponse",
    "GenerateGraphValidationError",
    "GetListRequest",
    "GetVectorResponse",
    "Graph",
    "GraphAjvError",
    "GraphAjvErrorParams",
    "GraphChatMessage",
    "GraphMetadata",
    "GraphModelId",
    "GraphSalientLogit",
    "GraphUploadUrlRequest",
    "GraphUploadUrlResponse",
    "LensChatMessage",
    "LensChatRole",
    "LensDoneFrame",
    "LensError",
    "LensErrorFrame",
    "LensLayersByType",
    "LensMetaFrame",
    "LensMode",
    "LensPromptRequest",
    "LensPromptResult",
    "LensPromptToken",
    "LensPromptTokensFrame",
    "LensShare",
    "LensShareChatMessage",
    "LensShareLockedToken",
    "LensShareRequest",
    "LensShareRequestKind",
    "LensShareSteer",
    "LensShareSteerMode",
    "LensShareTokenSpan",
    "LensSteerToken",
    "LensTokenFrame",
    "LensType",
    "LensTypeSlice",
    "List",
    "ListFeature",
    "ListFeatureDetail",
    "ListFeatureRef",
    "ListFeatureToCreate",
    "ListOwnedVectorsResponse",
    "ListRow",
    "ListSubgraphsRequest",
    "ListSubgraphsResponse",
    "ListTestActivation",
    "ListedNeuron",
    "MessageError",
    "Model",
    "ModelListItem",
    "ModelListSource",
    "ModelListSourceSet",
    "Neuron",
    "NlaChatMessage",
    "NlaChatRole",
    "NlaCompletion",
    "NlaCompletionDoneFrame",
    "NlaCompletionPromptFrame",
    "NlaCompletionRequest",
    "NlaCompletionTokenFrame",
    "NlaExplainCacheIdFrame",
    "NlaExplainMetaFrame",
    "NlaExplainProgressFrame",
    "NlaExplainRequest",
    "NlaExplainResult",
    "NlaExplanation",
    "NlaSource",
    "NlaSourceList",
    "NlaSourceModel",
    "NlaStoredChatMessage",
    "NlaTokenInfo",
    "NlaTokenSpan",
    "NlaTokenization",
    "PathError",
    "RateLimitError",
    "RemoveListFeatureRequest",
    "SaeDecoderVector",
    "SaelensConfig",
    "SaveGraphInvalidFileError",
    "SaveGraphRequest",
    "SaveGraphResponse",
    "SaveSubgraphRequest",
    "SaveSubgraphResponse",
    "ScoreExplanationRequest",
    "ScoreExplanationRequestScorerType",
    "ScoreExplanationResponse",
    "SearchAllBatchResponse",
    "SearchAllExplanation",
    "SearchAllExplanationVote",
    "SearchAllNeuron",
    "SearchAllRequest",
    "SearchAllResponse",
    "SearchAllResult",
    "SearchExplanationsAllRequest",
    "SearchExplanationsByModelRequest",
    "SearchExplanationsByReleaseRequest",
    "SearchExplanationsRequest",
    "SerializedFetchResponse",
    "Source",
    "SourceActivationsData",
    "SourceActivationsEnvelope",
    "SourceActivationsFailure",
    "SourceActivationsRequest",
    "SourceActivationsResult",
    "SourceRelease",
    "SourceSet",
    "SourceSetWithSources",
    "SparsityTraceNode",
    "SteerAssistantAxis",
    "SteerAssistantAxisPcValues",
    "SteerAssistantAxisTurn",
    "SteerChatFeature",
    "SteerChatFrame",
    "SteerChatOutput",
    "SteerChatRequest",
    "SteerChatResponse",
    "SteerChatSettings",
    "SteerCompletionFrame",
    "SteerCompletionRequest",
    "SteerCompletionResponse",
    "SteerFeature",
    "SteerLogitsByToken",
    "SteerLogitsFeature",
    "SteerLogitsRequest",
    "SteerLogitsResponse",
    "SteerLogitsTopLogit",
    "SteerLogprob",
    "SteerMethod",
    "SteerTopLogprob",
    "Subgraph",
    "TokenizeGraphPromptRequest",
    "TokenizeGraphPromptResponse",
    "TokenizeGraphPromptValidationError",
    "TopkByTokenBatchResponse",
    "TopkByTokenFeature",
    "TopkByTokenNeuron",
    "TopkByTokenPosition",
    "TopkByTokenRequest",
    "TopkByTokenResponse",
    "UpdateListRequest",
    "UploadBatchResult",
    "UserName",
    "UserRef",
    "Vector",
    "VectorHookType",
    "VectorLocator",
)
