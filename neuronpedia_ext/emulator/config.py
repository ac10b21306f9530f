"""Configuration objects of the emulator: :class:`EmulatorConfig`, :class:`FaultConfig`, rate-limit buckets."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: The API key of the seeded user ``testuser`` in the default seed.
DEFAULT_API_KEY = "np-emulator-testuser-key"


@dataclass(frozen=True)
class RateLimitBucket:
    """One entry of upstream's middleware table (``apps/webapp/middleware.ts``).

    ``endpoint`` is a lowercase path prefix; with ``exact`` it matches the path itself or
    ``endpoint + "/..."`` only.
    """

    endpoint: str
    limit: int
    exact: bool = False

    def matches(self, path: str) -> bool:
        if self.exact:
            return path == self.endpoint or path.startswith(self.endpoint + "/")
        return path.startswith(self.endpoint)


#: Upstream's "normal" tier, in table order (every matching bucket is charged, in this order).
DEFAULT_RATE_LIMIT_BUCKETS: tuple[RateLimitBucket, ...] = (
    RateLimitBucket("/", 25000),
    RateLimitBucket("/api", 25000),
    RateLimitBucket("/api/activation/new", 1000),
    RateLimitBucket("/api/explanation/search", 200),
    RateLimitBucket("/api/explanation/score", 120, exact=True),
    RateLimitBucket("/api/steer", 240),
    RateLimitBucket("/api/search-topk-by-token", 500),
    RateLimitBucket("/api/search-all", 1600),
    RateLimitBucket("/api/graph/generate", 30),
    RateLimitBucket("/api/lens/prompt", 240, exact=True),
    RateLimitBucket("/api/lens/share", 30, exact=True),
    RateLimitBucket("/api/features/upload-batch", 1000),  # upstream typo: never matches the real route
    RateLimitBucket("/api/model/new", 5),
    RateLimitBucket("/api/source-set/new", 10),
    RateLimitBucket("/api/graph/tokenize", 300),
    RateLimitBucket("/api/graph/parse-chat-prompt", 300),
    RateLimitBucket("/api/auth/signin", 5),
    RateLimitBucket("/api/explorer/url-metadata", 120),
    RateLimitBucket("/api/explorer/node/submit-urls", 30),
    RateLimitBucket("/api/explorer/node/new", 60),
    RateLimitBucket("/api/explorer/node/update", 120),
    RateLimitBucket("/api/explorer/node/delete", 60),
    RateLimitBucket("/api/explorer/node/approve", 60),
    RateLimitBucket("/api/explorer/comment/new", 120),
    RateLimitBucket("/api/explorer/comment/delete", 60),
    RateLimitBucket("/api/explorer/edge/new", 60),
    RateLimitBucket("/api/explorer/edge/delete", 60),
    RateLimitBucket("/api/saelens/latent-decoder", 3600),
    RateLimitBucket("/api/nla/explain-saelens", 120),
    RateLimitBucket("/api/nla/completion", 240),
    RateLimitBucket("/api/nla/explain", 120, exact=True),
    RateLimitBucket("/api/nla/sources", 1200),
)

#: Upstream's "higher" tier (``HIGHER_RATE_LIMITS``), for the keys in ``HIGHER_LIMIT_API_TOKENS``: larger
#: limits on some routes, and **no** ``/api/explanation/score`` and no ``/api/explorer/*`` buckets. Its
#: counters are separate from the normal tier's (upstream prefixes them ``higher-``).
HIGHER_RATE_LIMIT_BUCKETS: tuple[RateLimitBucket, ...] = (
    RateLimitBucket("/", 25000),
    RateLimitBucket("/api", 25000),
    RateLimitBucket("/api/activation/new", 3000),
    RateLimitBucket("/api/explanation/search", 3000),
    RateLimitBucket("/api/steer", 1000),
    RateLimitBucket("/api/search-topk-by-token", 1200),
    RateLimitBucket("/api/search-all", 1600),
    RateLimitBucket("/api/graph/generate", 320),
    RateLimitBucket("/api/lens/prompt", 480, exact=True),
    RateLimitBucket("/api/lens/share", 100, exact=True),
    RateLimitBucket("/api/features/upload-batch", 1000),  # same typo as the normal tier
    RateLimitBucket("/api/model/new", 5),
    RateLimitBucket("/api/source-set/new", 10),
    RateLimitBucket("/api/graph/tokenize", 300),
    RateLimitBucket("/api/graph/parse-chat-prompt", 300),
    RateLimitBucket("/api/auth/signin", 5),
    RateLimitBucket("/api/saelens/latent-decoder", 3600),
    RateLimitBucket("/api/nla/explain-saelens", 120),
    RateLimitBucket("/api/nla/completion", 240),
    RateLimitBucket("/api/nla/explain", 120, exact=True),
    RateLimitBucket("/api/nla/sources", 1200),
)


@dataclass
class FaultConfig:
    """Injected failures, drawn deterministically from ``random.Random(seed)`` in request order.

    Rates are probabilities in 0..1, checked in this order for every request whose path starts with
    one of ``paths``: ``drop_rate`` (close the socket, no response), ``truncate_rate`` (announce a
    longer ``content-length`` than is sent, then close), ``error_rate`` (answer one of
    ``error_statuses`` with the generic upstream 500 body), ``rate_limit_rate`` (answer 429, with a
    ``Retry-After: <retry_after>`` header when ``retry_after`` is not None). ``latency_ms`` is added
    before every matching request. ``script`` is a queue of one-shot faults consumed before the
    rates: each item is ``"ok"``, ``"drop"``, ``"truncate"``, ``"429"`` or an HTTP status such as
    ``"503"``.
    """

    seed: int = 0
    error_rate: float = 0.0
    error_statuses: tuple[int, ...] = (500, 502, 503)
    rate_limit_rate: float = 0.0
    retry_after: int | None = None
    latency_ms: float = 0.0
    drop_rate: float = 0.0
    truncate_rate: float = 0.0
    paths: tuple[str, ...] = ("/api/",)
    script: list[str] = field(default_factory=list)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> FaultConfig:
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = set(data) - names
        if unknown:
            raise ValueError(f"unknown fault settings: {sorted(unknown)}")
        kwargs: dict[str, Any] = dict(data)
        for key in ("error_statuses", "paths"):
            if key in kwargs:
                kwargs[key] = tuple(kwargs[key])
        if "script" in kwargs:
            kwargs["script"] = [str(item) for item in kwargs["script"]]
        return cls(**kwargs)

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["error_statuses"] = list(self.error_statuses)
        data["paths"] = list(self.paths)
        return data

    @property
    def active(self) -> bool:
        return bool(
            self.script
            or self.error_rate
            or self.rate_limit_rate
            or self.latency_ms
            or self.drop_rate
            or self.truncate_rate
        )


@dataclass
class EmulatorConfig:
    """Everything :func:`neuronpedia_ext.emulator.create_app` needs.

    - ``db``: SQLite file path, or ``":memory:"`` (default).
    - ``seed``: ``"default"`` (the shipped seed), ``"empty"`` (only users), a path to a ``.json`` /
      ``.yaml`` seed file, or an already-parsed mapping. See :mod:`neuronpedia_ext.emulator.seed`.
    - ``api_keys``: extra API keys; each one is accepted as the seeded ``testuser``. The default
      seed's own key, :data:`DEFAULT_API_KEY`, always works.
    - ``base_url``: the URL the emulator puts in ``url``/``shareUrl`` fields; :class:`EmulatorServer`
      fills it in with its own address.
    - ``inference``: when False the emulator behaves like a Neuronpedia whose inference server is
      unreachable (the inference-backed routes answer upstream's 500s).
    - ``rate_limit``: enable the middleware rate limiter (off by default, as upstream).
      ``rate_limit_buckets`` overrides upstream's table; ``rate_limit_window_s`` the 60-minute window.
    - ``higher_limit_api_keys``: requests whose ``x-api-key`` is one of these get the higher tier's
      table, ``higher_rate_limit_buckets`` (upstream's ``HIGHER_LIMIT_API_TOKENS``). The key only picks
      the table; counters are still per client IP (a separate set of counters for the higher tier).
    - ``faults``: fault injection (see :class:`FaultConfig`).
    - ``spec``: the OpenAPI spec every request is validated with before its handler runs (a path);
      None (default) is the spec shipped in the package (:func:`neuronpedia_ext.emulator.spec.load_spec`).
    """

    db: str = ":memory:"
    seed: str | Mapping[str, Any] = "default"
    api_keys: tuple[str, ...] = ()
    base_url: str = "http://localhost:3000"
    inference: bool = True
    rate_limit: bool = False
    rate_limit_buckets: tuple[RateLimitBucket, ...] = DEFAULT_RATE_LIMIT_BUCKETS
    rate_limit_window_s: float = 3600.0
    higher_limit_api_keys: tuple[str, ...] = ()
    higher_rate_limit_buckets: tuple[RateLimitBucket, ...] = HIGHER_RATE_LIMIT_BUCKETS
    faults: FaultConfig = field(default_factory=FaultConfig)
    spec: str | None = None
