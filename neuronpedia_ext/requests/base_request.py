"""The official ``neuronpedia.requests.base_request`` module path: ``NPInvalidResponseError``,
``NPKeyMissingError``, ``NPRateLimitError``, ``NPUnauthorizedError``.

The official ``NPRequest`` transport base (``BASE_URL`` frozen at import, a print and a new
connection per call) is not mirrored: use ``Neuronpedia(base_url=...)`` or ``NEURONPEDIA_BASE_URL``.
"""

from __future__ import annotations

from ..compat.errors import NPInvalidResponseError, NPKeyMissingError, NPRateLimitError, NPUnauthorizedError

__all__ = ["NPInvalidResponseError", "NPKeyMissingError", "NPRateLimitError", "NPUnauthorizedError"]
