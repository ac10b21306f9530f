"""A client library for accessing Neuronpedia API (neuronpedia-ext maintained spec)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
