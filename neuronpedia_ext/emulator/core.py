"""Shared machinery of the emulator's handlers: state, auth, visibility, errors, JSON I/O."""

from __future__ import annotations

import json
import logging
import secrets
import threading
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from neuronpedia_ext.emulator.config import EmulatorConfig, FaultConfig
from neuronpedia_ext.emulator.edge import OperationCheck, Refusal, compile_operations
from neuronpedia_ext.emulator.seed import apply_seed, load_seed
from neuronpedia_ext.emulator.store import Store

logger = logging.getLogger("neuronpedia_ext.emulator")

GENERIC_ERROR = "Something went wrong on our end. The error has been reported."
AUTH_ERROR = (
    "This endpoint requires authorization. Specify your API key in the header x-api-key. "
    "Your API key is under Settings on neuronpedia.org."
)
EMULATED_HEADER = "x-neuronpedia-emulator"
EMULATED_VALUE = "emulated-inference"


class ApiError(Exception):
    """Raised by handlers; becomes ``status`` with the JSON ``body``."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(f"{status}: {body!r}")
        self.status = status
        self.body = body


def generic_500() -> ApiError:
    return ApiError(500, {"error": GENERIC_ERROR, "message": GENERIC_ERROR})


def unknown_error() -> ApiError:
    return ApiError(500, {"message": "Unknown Error"})


@dataclass
class LoggedRequest:
    method: str
    path: str
    status: int | None
    fault: str | None
    time: float
    #: :func:`key_fingerprint` of the request's ``x-api-key`` (None without one): which key a
    #: request carried, without the key itself ever being stored or served.
    key: str | None = None


def key_fingerprint(key: str | None) -> str | None:
    """The first 12 hex digits of the SHA-256 of an API key (None for no key)."""
    if not key:
        return None
    import hashlib

    return hashlib.sha256(key.encode()).hexdigest()[:12]


class RequestLog:
    """The requests the emulator received (admin routes excluded), in arrival order.

    A ring buffer: it keeps the last ``maxlen`` entries (``dropped`` says how many older ones fell out),
    while :meth:`count`, :meth:`counts` and ``total`` count every request since the last :meth:`clear`.
    """

    def __init__(self, maxlen: int = 10_000) -> None:
        if maxlen < 1:
            raise ValueError("the request log must keep at least one entry")
        self.maxlen = maxlen
        self._entries: deque[LoggedRequest] = deque(maxlen=maxlen)
        self._counts: Counter[tuple[str, str]] = Counter()
        self._lock = threading.Lock()

    def add(self, entry: LoggedRequest) -> None:
        with self._lock:
            self._entries.append(entry)
            self._counts[(entry.method, entry.path)] += 1

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._counts.clear()

    @property
    def entries(self) -> list[LoggedRequest]:
        return self.snapshot()

    def snapshot(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._entries)

    @property
    def total(self) -> int:
        with self._lock:
            return sum(self._counts.values())

    @property
    def dropped(self) -> int:
        """How many entries the buffer no longer holds."""
        with self._lock:
            return sum(self._counts.values()) - len(self._entries)

    def count(self, path: str | None = None, method: str | None = None) -> int:
        want = None if method is None else method.upper()
        with self._lock:
            return sum(
                n for (m, p), n in self._counts.items() if (path is None or p == path) and (want is None or m == want)
            )

    def counts(self) -> dict[str, int]:
        with self._lock:
            return {f"{m} {p}": n for (m, p), n in self._counts.items()}


class EmulatorState:
    """Everything one emulator app holds: config, store, faults, the request log."""

    def __init__(self, config: EmulatorConfig) -> None:
        from neuronpedia_ext.emulator.spec import default_spec_path, load_spec

        self.config = config
        #: the spec requests are validated with (``config.spec``, else the packaged one)
        self.spec_path = Path(config.spec) if config.spec is not None else default_spec_path()
        self.spec = load_spec(self.spec_path)
        #: the token the admin API requires (``x-emulator-token``): the configured one, else a random one
        self.admin_token = config.admin_token or secrets.token_urlsafe(24)
        #: (METHOD, path template) -> the request checks compiled from the spec, once
        self.checks: dict[tuple[str, str], OperationCheck] = compile_operations(self.spec)
        #: method -> the spec's answer for it on every path (root ``x-upstream-defects`` with ``scope: every-path``)
        self.every_path_defects: dict[str, Mapping[str, Any]] = {
            str(d["method"]).upper(): d
            for d in self.spec.get("x-upstream-defects", {}).values()
            if isinstance(d, Mapping) and d.get("scope") == "every-path" and d.get("method")
        }
        self.store = Store(config.db)
        self.request_log = RequestLog(config.request_log_size)
        self.faults = config.faults
        self.inference = config.inference
        self._fresh_counters()
        # A file database keeps its data across restarts and is shared by every process on it: it is
        # seeded once (or again on request, ``reset_db``), never wiped at start.
        if config.reset_db or config.db == ":memory:":
            self.store.seed_once(self._apply_seed, force=True)
        elif not self.store.seed_once(self._apply_seed):
            self.store.ensure_api_keys(config.api_keys)

    @property
    def base_url(self) -> str:
        return self.config.base_url.rstrip("/")

    def _apply_seed(self) -> None:
        apply_seed(self.store, load_seed(self.config.seed), self.config.api_keys)

    def reset(self) -> None:
        """Reload the seed, clear the request log, faults and rate-limit counters."""
        self.store.seed_once(self._apply_seed, force=True)
        self._fresh_counters()

    def _fresh_counters(self) -> None:
        from neuronpedia_ext.emulator.ratelimit import RateLimiter

        self.request_log.clear()
        self.rate_limiter = RateLimiter(
            self.config.rate_limit_buckets,
            self.config.rate_limit_window_s,
            higher_buckets=self.config.higher_rate_limit_buckets,
            higher_keys=self.config.higher_limit_api_keys,
        )
        self.set_faults(FaultConfig(**{**self.config.faults.to_dict()}))

    def set_faults(self, faults: FaultConfig) -> None:
        from neuronpedia_ext.emulator.faults import FaultInjector

        self.faults = faults
        self.fault_injector = FaultInjector(faults)

    def api_keys(self) -> list[str]:
        return self.store.keys("apikey")

    # --- users and visibility -------------------------------------------------------------
    def user_for_key(self, key: str | None) -> dict[str, Any] | None:
        if not key:
            return None
        link = self.store.get("apikey", key)
        if link is None:
            return None
        user: dict[str, Any] | None = self.store.get("user", link["userId"])
        return user

    def user_name(self, user_id: str | None) -> str | None:
        if not user_id:
            return None
        user = self.store.get("user", user_id)
        return None if user is None else str(user["name"])

    @staticmethod
    def can_see(user: Mapping[str, Any] | None, row: Mapping[str, Any] | None) -> bool:
        if row is None:
            return False
        if row.get("visibility", "PUBLIC") in ("PUBLIC", "UNLISTED"):
            return True
        return user is not None and (user.get("admin") or row.get("creatorId") == user.get("id"))

    def not_available_message(self) -> str:
        return (
            "The model, source, or feature you specified is not available. Check available public "
            "models/sources (including which ones have inference enabled) at "
            f"{self.base_url}/available-resources"
        )

    def visible_model(self, user: Mapping[str, Any] | None, model_id: str) -> dict[str, Any] | None:
        model: dict[str, Any] | None = self.store.get("model", model_id)
        return model if self.can_see(user, model) else None

    def visible_source(self, user: Mapping[str, Any] | None, model_id: str, source_id: str) -> dict[str, Any] | None:
        source: dict[str, Any] | None = self.store.get("source", f"{model_id}/{source_id}")
        if not self.can_see(user, source):
            return None
        return source


Handler = Callable[[EmulatorState, Request], Awaitable[Response]]


def json_response(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    return Response(
        json.dumps(body, separators=(",", ":"), allow_nan=False),
        status_code=status,
        media_type="application/json",
        headers=dict(headers or {}),
    )


def error_response(err: ApiError) -> Response:
    return json_response(err.body, err.status)


class JSONTooDeepError(ValueError):
    """JSON nested deeper than the emulator parses (``EmulatorConfig.max_json_depth``)."""


def _depth(raw: bytes | str) -> int:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth -= 1
    return deepest


def loads(raw: bytes | str, max_depth: int = 128) -> Any:
    """``json.loads`` that refuses nesting deeper than ``max_depth`` (:class:`JSONTooDeepError`, a
    ``ValueError``) instead of recursing until Python's ``RecursionError``."""
    opens = raw.count(b"[") + raw.count(b"{") if isinstance(raw, bytes) else raw.count("[") + raw.count("{")
    if opens > max_depth and _depth(raw) > max_depth:
        raise JSONTooDeepError(f"JSON nested deeper than {max_depth} levels")

    try:
        return json.loads(raw)
    except RecursionError as exc:  # pragma: no cover - max_depth keeps json below the recursion limit
        raise JSONTooDeepError("JSON nested too deeply") from exc


def _max_depth(request: Request) -> int:
    state = getattr(request.app.state, "emulator", None)
    return state.config.max_json_depth if state is not None else 128


async def read_json(request: Request) -> Any:
    """The request's JSON body; a malformed body is upstream's generic 500 (SyntaxError).

    JSON nested deeper than ``EmulatorConfig.max_json_depth`` takes the same path as malformed JSON:
    upstream's ``JSON.parse`` would accept it, but no real request is nested that deep, and it must not
    cost the emulator a ``RecursionError``. After the edge validated it, the body as the edge cast it.
    """
    if hasattr(request.state, "np_body"):
        return request.state.np_body
    raw = await request.body()
    try:
        return loads(raw, _max_depth(request))
    except (ValueError, UnicodeDecodeError) as exc:
        raise generic_500() from exc


async def read_object(request: Request) -> dict[str, Any]:
    body = await read_json(request)
    if not isinstance(body, dict):
        raise generic_500()
    return body


def api_key_of(request: Request) -> str | None:
    return request.headers.get("x-api-key")


def optional_user(state: EmulatorState, request: Request) -> dict[str, Any] | None:
    return state.user_for_key(api_key_of(request))


def required_user(state: EmulatorState, request: Request) -> dict[str, Any]:
    user = state.user_for_key(api_key_of(request))
    if user is None:
        raise ApiError(401, {"error": AUTH_ERROR})
    return user


def limit_value(request: Request) -> str | None:
    value = getattr(request.state, "np_limit_remaining", None)
    return None if value is None else str(value)


async def _edge(state: EmulatorState, check: OperationCheck, request: Request) -> Response | None:
    """The spec's checks of one request (see :mod:`.edge`); a response when it is refused, else None."""
    if check.auth_required and state.user_for_key(api_key_of(request)) is None:
        return error_response(ApiError(401, {"error": AUTH_ERROR}))
    problems = check.check_params(request.path_params, request.query_params)
    if check.body_validator is not None:
        raw = await request.body()
        try:
            body = loads(raw, state.config.max_json_depth)
        except (ValueError, UnicodeDecodeError):
            return _answer(check.unreadable())
        cast, found = check.check_body(body)
        problems.extend(found)
        request.state.np_body = cast
    refused = check.refuse(problems)
    return None if refused is None else _answer(refused)


def _answer(refusal: Refusal) -> Response:
    if refusal.body is None:
        return Response(status_code=refusal.status)
    return json_response(refusal.body, refusal.status)


def wrap(
    state: EmulatorState, handler: Handler, check: OperationCheck | None = None
) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        try:
            if check is not None and check.validates:
                refused = await _edge(state, check, request)
                if refused is not None:
                    return refused
            return await handler(state, request)
        except ApiError as err:
            return error_response(err)
        except Exception:
            logger.exception("emulator handler failed: %s %s", request.method, request.url.path)
            return error_response(generic_500())

    return endpoint


def now_ms() -> float:
    return time.time() * 1000.0
