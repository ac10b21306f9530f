"""Configuration objects of the emulator: :class:`EmulatorConfig`, :class:`FaultConfig`, rate-limit buckets."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: The API key of the seeded user ``testuser`` in the default seed.
DEFAULT_API_KEY = "np-emulator-testuser-key"

#: neuronpedia.org runs on Vercel, whose functions refuse a request body over 4.5 MB with
#: ``413 FUNCTION_PAYLOAD_TOO_LARGE`` before any route code runs (Next.js itself sets no limit on route
#: handlers; its middleware only stops buffering a copy at 10 MB). The emulator answers the same way.
VERCEL_MAX_BODY_BYTES = 4_718_592

#: The largest graph upstream signs an upload for (``MAX_GRAPH_UPLOAD_SIZE_BYTES``, 100 MiB), and the
#: uncompressed size the official client refuses to upload past; the emulator's default decompression cap.
MAX_GRAPH_BYTES = 104_857_600


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


#: Every kind of fault :class:`FaultConfig` can inject, with the rate field that draws it. One uniform draw
#: per request picks at most one kind: the rates are exclusive shares of the matching requests, taken in
#: this order, and must sum to at most 1.
FAULT_RATES: tuple[tuple[str, str], ...] = (
    ("drop", "drop_rate"),
    ("truncate", "truncate_rate"),
    ("error", "error_rate"),
    ("429", "rate_limit_rate"),
    ("after-error", "after_error_rate"),
    ("after-drop", "after_drop_rate"),
    ("stall", "stall_rate"),
    ("after-stall", "after_stall_rate"),
    ("slow", "slow_body_rate"),
    ("stream-stall", "stream_stall_rate"),
)

#: Script items (besides an HTTP status such as ``"503"`` and ``"after-503"``).
SCRIPT_ITEMS = ("ok", "drop", "truncate", "429", "after-drop", "stall", "after-stall", "slow", "stream-stall")


@dataclass
class FaultConfig:
    """Injected failures, drawn deterministically from ``random.Random(seed)`` in request order.

    Before the handler runs (nothing is applied; the request never reaches upstream's route):

    - ``drop_rate``: close the socket without an answer (a connection reset).
    - ``truncate_rate``: announce a longer ``content-length`` than is sent, then close.
    - ``error_rate``: answer one of ``error_statuses`` with the generic upstream 500 body.
    - ``rate_limit_rate``: answer 429 (with ``Retry-After: <retry_after>`` when ``retry_after`` is set).
    - ``stall_rate``: send nothing for ``stall_s`` seconds (or until the client gives up), then close.

    After the handler ran (a write **is applied**, then its answer is lost):

    - ``after_error_rate``: the handler's answer is replaced by one of ``error_statuses`` (generic body).
    - ``after_drop_rate``: the handler's answer is discarded and the socket closed.
    - ``after_stall_rate``: the handler's answer is held back for ``stall_s`` seconds, then the socket closed.

    While the answer is sent (the handler ran):

    - ``slow_body_rate``: the real answer, its body dribbled ``slow_body_bytes`` bytes every
      ``slow_body_interval_ms`` milliseconds (a slow link or an overloaded proxy).
    - ``stream_stall_rate``: the status, headers and the first ``stream_stall_after`` body chunks are sent
      (for a server-sent-events answer, the first frames; for a one-piece body, its first half), then
      nothing for ``stall_s`` seconds, then the socket is closed: a stream that stops mid-way.

    One uniform draw per matching request picks at most one of these (the rates are exclusive shares, in
    the order of :data:`FAULT_RATES`, and must sum to at most 1), so ``error_rate=0.1`` means 10% of the
    requests. Only requests whose path starts with one of ``paths`` are considered. ``latency_ms`` is added
    before every matching request. ``script`` is a queue of one-shot faults consumed before the rates:
    ``"ok"``, ``"drop"``, ``"truncate"``, ``"429"``, ``"stall"``, ``"after-drop"``, ``"after-stall"``,
    ``"slow"``, ``"stream-stall"``, an HTTP status such as ``"503"``, or ``"after-503"`` (the handler runs,
    then 503 is answered).
    """

    seed: int = 0
    error_rate: float = 0.0
    error_statuses: tuple[int, ...] = (500, 502, 503)
    rate_limit_rate: float = 0.0
    retry_after: int | None = None
    latency_ms: float = 0.0
    drop_rate: float = 0.0
    truncate_rate: float = 0.0
    after_error_rate: float = 0.0
    after_drop_rate: float = 0.0
    stall_rate: float = 0.0
    after_stall_rate: float = 0.0
    stall_s: float = 30.0
    slow_body_rate: float = 0.0
    slow_body_bytes: int = 64
    slow_body_interval_ms: float = 100.0
    stream_stall_rate: float = 0.0
    stream_stall_after: int = 1
    paths: tuple[str, ...] = ("/api/",)
    script: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        total = 0.0
        for _kind, name in FAULT_RATES:
            rate = getattr(self, name)
            if not isinstance(rate, int | float) or isinstance(rate, bool) or not 0.0 <= rate <= 1.0:
                raise ValueError(f"{name} must be a number in 0..1, got {rate!r}")
            total += rate
        if total > 1.0 + 1e-9:
            raise ValueError(f"the fault rates sum to {total:g}; they are exclusive shares and must sum to at most 1")
        if self.stall_s < 0 or self.slow_body_interval_ms < 0 or self.latency_ms < 0:
            raise ValueError("stall_s, slow_body_interval_ms and latency_ms must not be negative")
        if self.slow_body_bytes < 1 or self.stream_stall_after < 0:
            raise ValueError("slow_body_bytes must be at least 1 and stream_stall_after at least 0")
        for item in self.script:
            text = str(item).strip().lower()
            status = text.removeprefix("after-")
            if text not in SCRIPT_ITEMS and not (status.isdigit() and 100 <= int(status) <= 599):
                raise ValueError(f"unknown script item {item!r}")

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> FaultConfig:
        if not isinstance(data, Mapping):
            raise ValueError("fault settings must be a JSON object")
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
        return bool(self.script or self.latency_ms or any(getattr(self, name) for _kind, name in FAULT_RATES))


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
    - ``reset_db``: with a file ``db``, reload the seed at start (``--reset``). Without it a file that was
      seeded before keeps its data across restarts, and a second process on the same file shares it.
    - ``admin_token``: the token the admin API (``/_emulator/...``) requires in the ``x-emulator-token``
      header; None (default) generates a random one at start (``EmulatorState.admin_token``).
    - ``max_body_bytes``: the largest request body ``/api`` accepts (default 4.5 MB, the body limit of the
      Vercel functions neuronpedia.org runs on); a larger one is answered ``413`` as Vercel does. None: no limit.
    - ``max_decompressed_bytes``: the most a gzip/deflate upload (the emulated S3 graph upload) may inflate to.
    - ``max_json_depth``: request JSON nested deeper than this is treated as unparseable.
    - ``request_log_size``: how many requests the log keeps (a ring buffer; counts stay exact).
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
    reset_db: bool = False
    admin_token: str | None = None
    max_body_bytes: int | None = VERCEL_MAX_BODY_BYTES
    max_decompressed_bytes: int = MAX_GRAPH_BYTES
    max_json_depth: int = 128
    request_log_size: int = 10_000
