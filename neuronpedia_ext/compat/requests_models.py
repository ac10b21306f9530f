"""The official request classes of the model, source-set and graph area: ``ModelRequest``,
``SourceSetRequest`` and ``GraphRequest``, with the official method names and signatures, over
the client.

Differences from the official classes (all deliberate):

* No key is required to build one; a key given as ``api_key=`` is used, else the default
  (``set_api_key``/``api_key()``/``NEURONPEDIA_API_KEY``). Operations that need a key refuse
  before sending (``APIKeyMissingError``). The base URL is ``NEURONPEDIA_BASE_URL``, else
  ``http://localhost:3000`` when ``USE_LOCALHOST=true``, else neuronpedia.org.
* Nothing is printed (the official upload printed its progress); errors are the typed
  ``neuronpedia_ext`` exceptions, and bad input is ``InvalidRequestError`` (a ``ValueError``,
  as before) raised before anything is sent.
* ``SourceSetRequest.get`` returns None for a set that does not exist (the official class
  crashed on the server's ``null``). ``GraphRequest.delete`` returns True instead of the raw
  ``{"message": ...}`` dict.
* ``GraphRequest.upload`` PUTs on the client's connection pool, without the API key, and pads
  graphs whose gzipped size is under upstream's 1024-byte minimum instead of failing.
"""

from __future__ import annotations

from ..models.graphs import NPGraphMetadata
from ..models.models import Model, SourceSet
from ..resources.graphs import UPLOAD_MAX_BYTES
from ._default import CompatRequest

__all__ = ["UPLOAD_FILE_SIZE_LIMIT_BYTES", "GraphRequest", "ModelRequest", "SourceSetRequest"]

UPLOAD_FILE_SIZE_LIMIT_BYTES = UPLOAD_MAX_BYTES
"""The official constant's name for the spec's largest graph upload (``contentLength`` maximum)."""


class ModelRequest(CompatRequest):
    """``POST /api/model/new``."""

    def new(self, id: str, layers: int, display_name: str | None = None, url: str | None = None) -> Model:
        """Create a custom (UNLISTED) model. One request; requires a key; 5 per hour."""
        return self._np.models.new(id, layers, display_name, url)


class SourceSetRequest(CompatRequest):
    """``POST /api/source-set/new`` and ``GET /api/source-set/{model}/{name}``."""

    def new(self, name: str, model_id: str, description: str | None = None, url: str | None = None) -> SourceSet:
        """Create a custom source set (one source per layer). One request; requires a key; 10 per hour."""
        return self._np.source_sets.new(name, model_id, description, url)

    def get(self, model_id: str, name: str) -> SourceSet | None:
        """A source set with its sources, or None. One request; no key needed."""
        return self._np.source_sets.get(model_id, name)


class GraphRequest(CompatRequest):
    """``/api/graph/...``: get, list, generate, delete and upload attribution graphs."""

    def upload(self, json_str: str) -> NPGraphMetadata:
        """Upload a graph JSON string. Four requests; requires a key."""
        return self._np.graphs.upload(json_str)

    def upload_file(self, filepath: str) -> NPGraphMetadata:
        """Upload a graph file (``.json``, at most ``UPLOAD_FILE_SIZE_LIMIT_BYTES``). Four requests; requires a key."""
        return self._np.graphs.upload_file(filepath)

    def delete(self, graph_metadata: NPGraphMetadata) -> bool:
        """Delete one of your graphs. One request; requires a key."""
        return self._np.graphs.delete(graph_metadata.model_id, graph_metadata.slug)

    def get(self, model_id: str, slug: str) -> NPGraphMetadata:
        """A graph's metadata. One request; no key needed."""
        return self._np.graphs.get(model_id, slug)

    def list_owned(self) -> list[NPGraphMetadata]:
        """Your graphs. One request; requires a key."""
        return self._np.graphs.list_owned()

    def generate(
        self,
        model_id: str,
        prompt: str,
        slug: str,
        max_n_logits: int = 10,
        desired_logit_prob: float = 0.95,
        node_threshold: float = 0.8,
        edge_threshold: float = 0.98,
    ) -> NPGraphMetadata:
        """Generate a graph, then fetch its metadata. Two requests; 30 generations per hour."""
        generated = self._np.graphs.generate(
            model_id,
            prompt,
            slug=slug,
            max_n_logits=max_n_logits,
            desired_logit_prob=desired_logit_prob,
            node_threshold=node_threshold,
            edge_threshold=edge_threshold,
        )
        return self._np.graphs.get(generated.model_id, generated.slug)
