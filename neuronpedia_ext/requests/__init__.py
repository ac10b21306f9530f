"""The official ``neuronpedia.requests`` package path: one module per official request module.

The classes live in :mod:`neuronpedia_ext.compat`; these modules only give them the official
import paths (``from neuronpedia_ext.requests.vector_request import VectorRequest``).
"""
