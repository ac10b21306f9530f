"""The official package's exception names, as aliases of the typed errors.

``except NPRateLimitError`` keeps working, and now also sees ``endpoint``, ``limit``,
``window`` and ``retry_after``. The official classes had no common base; these all derive
from :class:`~neuronpedia_ext.NeuronpediaError`.
"""

from __future__ import annotations

from .._errors import APIKeyMissingError, APIResponseValidationError, AuthenticationError, RateLimitError

__all__ = ["NPInvalidResponseError", "NPKeyMissingError", "NPRateLimitError", "NPUnauthorizedError"]

NPKeyMissingError = APIKeyMissingError
NPUnauthorizedError = AuthenticationError
NPRateLimitError = RateLimitError
NPInvalidResponseError = APIResponseValidationError
