"""The official request classes of the feature area: ``FeatureRequest``, ``SAEFeatureRequest``
and ``ActivationRequest``, with the official method names and signatures, over the client.

Differences from the official classes (all deliberate):

* No key is required for reads; one given as ``api_key=`` is used, else the default
  (``set_api_key``/``api_key()``/``NEURONPEDIA_API_KEY``), read when the request object is
  built. The base URL is ``NEURONPEDIA_BASE_URL``, else ``http://localhost:3000`` when
  ``USE_LOCALHOST=true``, else neuronpedia.org.
* Nothing is printed; errors are the typed ``neuronpedia_ext`` exceptions.
* ``FeatureRequest.get`` works on the real response shape; ``upload_batch`` takes any number of
  features (sent in requests of the spec's maximum size) and returns an :class:`UploadResult` (totals and the
  server's messages) instead of the raw dict; ``ActivationRequest.upload_batch`` likewise.
* ``SAEFeatureRequest.get`` returns an ``SAEFeature`` with parsed ``data``; ``jsonData`` still
  gives the JSON string.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..models.activations import Activation
from ..models.features import Feature, SAEFeature, UploadResult
from ..resources.features import MAX_FEATURES_PER_UPLOAD
from ._default import CompatRequest

__all__ = ["MAX_FEATURES_PER_BATCH", "ActivationRequest", "FeatureRequest", "SAEFeatureRequest"]

MAX_FEATURES_PER_BATCH = MAX_FEATURES_PER_UPLOAD
"""The official constant's name for the spec's cap on features per upload request."""


class FeatureRequest(CompatRequest):
    """``GET /api/feature/...`` and ``POST /api/feature/upload-batch``."""

    def get(self, model_id: str, source: str, index: int | str) -> Feature:
        """One feature, typed (explanations, activations, logits). One GET; no key needed."""
        return self._np.features.get(model_id, source, index)

    def upload_batch(self, model_id: str, source: str, features: Sequence[Feature]) -> UploadResult:
        """Upload features into a source you own (requires a key); any number, the spec's cap per request."""
        return self._np.features.upload(model_id, source, features)


class SAEFeatureRequest(CompatRequest):
    """``GET /api/feature/...`` as an ``SAEFeature``."""

    def get(self, model_id: str, source: str, index: int | str) -> SAEFeature:
        """The feature with the whole response in ``data`` (and ``jsonData``). One GET; no key needed."""
        return SAEFeature.from_feature(self._np.features.get(model_id, source, index))


class ActivationRequest(CompatRequest):
    """``POST /api/activation/{new,source,upload-batch}``."""

    def compute_activation_for_text(self, model_id: str, source: str, index: int | str, text: str) -> Activation:
        """The feature's activations on one text. One request (``activation/new`` bucket)."""
        return self._np.activations.compute(model_id, source, index, text)

    def compute_activation_for_texts(
        self, model_id: str, source: str, index: int | str, texts: list[str]
    ) -> list[Activation]:
        """The feature's activations on each text, in order. One request (``activation/new`` bucket)."""
        return self._np.activations.compute(model_id, source, index, list(texts))

    def compute_all_source_activations_for_text(
        self, model_id: str, source: str, text: str | list[str]
    ) -> list[dict[str, Any]]:
        """Every feature of ``source`` that fires, per text, as the wire's ``results`` list
        (``[{tokens, activeFeatures}]``), like the official method. One request.

        ``client.activations.compute_source`` gives the same as typed objects.
        """
        results = self._np.activations.compute_source(model_id, source, [text] if isinstance(text, str) else text)
        return [r.to_dict() for r in results]

    def upload_batch(
        self, model_id: str, source: str, index: int | str, activations: Sequence[Activation]
    ) -> UploadResult:
        """Store activations for a vector you created (requires a key)."""
        return self._np.activations.upload(model_id, source, index, activations)
