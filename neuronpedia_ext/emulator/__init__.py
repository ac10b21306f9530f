"""An offline Neuronpedia: a real HTTP server that answers like neuronpedia.org.

It serves the 56 public operations of Neuronpedia's web API (``/api/...``) with upstream's statuses,
bodies, auth rules and rate limits, from a SQLite store loaded with seed data. Inference-backed routes
(activations for custom text, search-all, top-k by token, steering, the lens, NLA) answer with
deterministic stand-ins marked ``x-neuronpedia-emulator: emulated-inference``; generated text starts
with ``[emulated]``. Install with ``pip install '.[emulator]'`` from a clone (the ``emulator`` extra).

Start it from a shell::

    neuronpedia-ext emulator --port 3000            # prints the base URL, the API key(s), the admin token
    neuronpedia-ext emulator --seed my_seed.yaml --api-key mykey --rate-limit
    neuronpedia-ext emulator --fault error_rate=0.2 --fault seed=7 --fault latency_ms=50

or from Python::

    from neuronpedia_ext.emulator import EmulatorServer
    with EmulatorServer() as server:              # a free loopback port
        server.base_url, server.api_key           # point any client here
        server.set_faults(script=["503", "ok"])   # the next request fails, the one after succeeds
        server.request_count("/api/vector/new")   # how many times a client really sent a write

or as pytest fixtures (``neuronpedia_emulator``, ``neuronpedia_emulator_fresh``; see
:mod:`neuronpedia_ext.emulator.pytest_plugin`). The official ``neuronpedia`` client works against it
with ``NPRequest.BASE_URL = server.api_url``.

Seed format: :mod:`neuronpedia_ext.emulator.seed`. Fault settings:
:class:`~neuronpedia_ext.emulator.config.FaultConfig` (``--fault KEY=VALUE``; keys ``seed``,
``error_rate``, ``error_statuses``, ``rate_limit_rate``, ``retry_after``, ``latency_ms``, ``drop_rate``,
``truncate_rate``, ``stall_rate``, ``stall_s``, the after-the-handler ``after_error_rate``,
``after_drop_rate``, ``after_stall_rate``, ``slow_body_rate``, ``slow_body_bytes``,
``slow_body_interval_ms``, ``stream_stall_rate``, ``stream_stall_after``, ``paths``, ``script``). Admin
API for tests (token-protected: ``server.admin_headers``): :mod:`neuronpedia_ext.emulator.app`, which
also documents the body limit, the decompression cap and the JSON depth limit. ``--db FILE`` keeps its
data across restarts and may be shared by several processes; ``--reset`` reloads the seed into it.

Rate limits: ``EmulatorConfig(rate_limit=True)`` applies upstream's normal table; keys listed in
``higher_limit_api_keys`` get the higher tier's table (:data:`HIGHER_RATE_LIMIT_BUCKETS`). A single-text
``/api/search-all`` saves its results as upstream does and answers identical later queries from them. A
stored graph's ``url`` is fetchable: ``GET /_emulator/graph-json/<modelId>/<slug>``.

Known simplifications: explanation searches rank by bag-of-words cosine (upstream: OpenAI embeddings);
the scorer LLMs ``explanation/score`` accepts are the seed's ``explanationScoreModels``; NLA scores are
saved under the given ``scorerModel`` (upstream: the scorer type's name); NLA sources are empty unless
seeded; lens, NLA and sparsity answers are plausible shapes, not recorded ones.
"""

from typing import TYPE_CHECKING, Any

from neuronpedia_ext.emulator.config import (
    DEFAULT_API_KEY,
    DEFAULT_RATE_LIMIT_BUCKETS,
    HIGHER_RATE_LIMIT_BUCKETS,
    EmulatorConfig,
    FaultConfig,
    RateLimitBucket,
)

if TYPE_CHECKING:
    from neuronpedia_ext.emulator.app import create_app
    from neuronpedia_ext.emulator.server import EmulatorServer


def __getattr__(name: str) -> Any:
    # The server needs the `emulator` extra (Starlette, uvicorn); import it only when used, so that
    # the pytest plugin registered by the package never breaks a test run without the extra.
    if name == "create_app":
        from neuronpedia_ext.emulator.app import create_app

        return create_app
    if name == "EmulatorServer":
        from neuronpedia_ext.emulator.server import EmulatorServer

        return EmulatorServer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_API_KEY",
    "DEFAULT_RATE_LIMIT_BUCKETS",
    "HIGHER_RATE_LIMIT_BUCKETS",
    "EmulatorConfig",
    "EmulatorServer",
    "FaultConfig",
    "RateLimitBucket",
    "create_app",
]
