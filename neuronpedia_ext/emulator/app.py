"""The ASGI application: routes, the middleware that imitates upstream's, and the admin API.

Admin API (not part of Neuronpedia; for tests), JSON only. Every route but ``health`` needs the emulator's
admin token in the ``x-emulator-token`` header (``EmulatorServer.admin_token``; printed once by
``neuronpedia-ext emulator``; fixed with ``--admin-token`` / ``EmulatorConfig.admin_token``), and every
request that changes something needs ``content-type: application/json``: without them the answer is
``401`` / ``415``, so a web page open in a browser cannot reach it (both need a CORS preflight, never granted).

- ``GET /_emulator/health`` -> ``{"ok": true}`` (no token: a liveness probe).
- ``GET /_emulator/requests`` -> ``{"requests": [{method, path, status, fault, key}], "counts": {"POST /api/x": n},
  "total": n, "dropped": n}``: the last ``request_log_size`` requests (a ring buffer) and exact counts of
  all of them (``key``: the first 12 hex digits of the SHA-256 of the request's ``x-api-key``, or null);
  ``DELETE`` clears the log.
- ``GET /_emulator/faults`` -> the fault settings; ``PUT``/``POST`` replaces them with the body
  (see :class:`~neuronpedia_ext.emulator.config.FaultConfig`); ``DELETE`` turns faults off.
- ``POST /_emulator/reset`` reloads the seed and clears the log, faults and rate-limit counters.
- ``PUT /_emulator/inference`` with ``{"enabled": false}`` imitates an unreachable inference server.

Faults (:class:`~neuronpedia_ext.emulator.config.FaultConfig`): before the handler (nothing applied) a
dropped connection, a truncated body, a 5xx, a 429 or a stall; after the handler (the write **is**
applied, then its answer is lost) a 5xx (``after_error_rate``, script ``"after-503"``), a reset
(``after_drop_rate``, ``"after-drop"``) or a stall (``after_stall_rate``, ``"after-stall"``); while the
real answer is sent, a slow body dribbled N bytes per interval (``slow_body_rate``, ``"slow"``) or a
stream that stops mid-way and goes silent (``stream_stall_rate``, ``"stream-stall"``; for SSE, after the
first ``stream_stall_after`` frames).

Hostile input, answered as neuronpedia.org would:

- A request body over ``max_body_bytes`` (default 4.5 MB) is refused before any route code runs with
  Vercel's ``413`` (``text/plain`` body ``FUNCTION_PAYLOAD_TOO_LARGE``, header
  ``x-vercel-error: FUNCTION_PAYLOAD_TOO_LARGE``): neuronpedia.org runs on Vercel functions, whose request
  bodies are capped at 4.5 MB. Next.js itself sets no limit on route handlers (its middleware only stops
  buffering its copy at 10 MB).
- Request bodies are never decompressed for ``/api`` (neither Next.js nor Vercel inflates a request
  ``content-encoding``), so a gzip body is just unparseable JSON there. The emulated S3 graph upload
  accepts gzip/deflate and inflates at most ``max_decompressed_bytes`` (default 100 MiB, the largest
  graph upstream signs an upload for); a larger graph is stored as unreadable, and ``graph/save-to-db``
  then answers the catch-all 500 its handler gives when the file cannot be fetched and parsed.
- JSON nested deeper than ``max_json_depth`` (default 128) is treated as unparseable: each route answers
  it as it answers malformed JSON (upstream's handlers mostly let ``request.json()`` throw: a 500), and the
  admin API answers ``400``. No ``RecursionError`` ever escapes.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from neuronpedia_ext.emulator import handlers_data, handlers_graph, handlers_inference, handlers_search
from neuronpedia_ext.emulator.config import EmulatorConfig, FaultConfig
from neuronpedia_ext.emulator.core import (
    GENERIC_ERROR,
    EmulatorState,
    LoggedRequest,
    json_response,
    key_fingerprint,
    loads,
    now_ms,
    wrap,
)
from neuronpedia_ext.emulator.faults import Fault

logger = logging.getLogger("neuronpedia_ext.emulator")

CORS_HEADERS = [
    (b"access-control-allow-headers", b"Content-Type"),
    (b"access-control-allow-methods", b"GET, POST"),
    (b"access-control-allow-origin", b"*"),
]


ADMIN_TOKEN_HEADER = "x-emulator-token"
#: Admin routes that are not admin: the emulated S3 object store (a signed upload URL, a public object URL)
#: and the liveness probe. Everything else under ``/_emulator`` needs the token.
OPEN_ADMIN_PREFIXES = ("/_emulator/graph-upload/", "/_emulator/graph-json/", "/_emulator/health")
TOO_LARGE_BODY = b"Request Entity Too Large\n\nFUNCTION_PAYLOAD_TOO_LARGE\n"


def _cycle(receive: Receive) -> Any:
    """uvicorn's request cycle behind ``receive`` (None under another server)."""
    return getattr(receive, "__self__", None)


def _close_connection(receive: Receive) -> bool:
    """Close the client's socket without an answer (uvicorn: the cycle behind ``receive``)."""
    cycle = _cycle(receive)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        return False
    cycle.disconnected = True
    transport.close()
    return True


def _disconnected(receive: Receive) -> bool:
    return bool(getattr(_cycle(receive), "disconnected", False))


async def _stall(receive: Receive, seconds: float) -> None:
    """Send nothing for ``seconds`` or until the client hangs up, then close the socket."""

    async def until_disconnect() -> None:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return

    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(until_disconnect(), timeout=seconds)
    if not _close_connection(receive):
        raise RuntimeError("emulated stall: cannot close the connection under this server")


async def _read_body(scope: Scope, receive: Receive, limit: int | None) -> bytes | None:
    """The whole request body, or None when it is larger than ``limit`` (checked on the declared
    ``content-length`` first, then while reading, so a too-large body is never held in memory)."""
    if limit is not None:
        for name, value in scope.get("headers", []):
            if name.lower() == b"content-length":
                try:
                    if int(value) > limit:
                        return None
                except ValueError:
                    pass
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if limit is not None and size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands the buffered body to the app, then waits on the real one (disconnects)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _send_too_large(send: Send) -> None:
    """Vercel's answer to a function payload over its limit (a platform error page, not the app's JSON)."""
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(TOO_LARGE_BODY)).encode()),
                (b"x-vercel-error", b"FUNCTION_PAYLOAD_TOO_LARGE"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": TOO_LARGE_BODY})


async def _send_json(send: Send, body: Any, status: int, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    data = json.dumps(body, separators=(",", ":")).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(data)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": data})


class EmulatorMiddleware:
    """Request log, fault injection, the body limit, trailing-slash redirects, the rate limiter and CORS.

    Order, as on neuronpedia.org: the network (faults drawn before the handler), Vercel's body limit,
    then Next's middleware (redirects, rate limiter), then the route; faults drawn to strike after the
    handler wrap the route's answer.
    """

    def __init__(self, app: ASGIApp, state: EmulatorState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        state = self.state
        if path.startswith("/_emulator"):
            if path.startswith("/_emulator/graph-upload/"):  # the S3 stand-in bounds its own body
                await self.app(scope, receive, send)
                return
            body = await _read_body(scope, receive, state.config.max_body_bytes)
            if body is None:
                await _send_too_large(send)
                return
            await self.app(scope, _replay(body, receive), send)
            return
        api_key = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k.lower() == b"x-api-key"), None)
        entry = LoggedRequest(scope["method"], path, None, None, now_ms(), key_fingerprint(api_key))
        state.request_log.add(entry)

        fault: Fault | None = None
        injector = state.fault_injector
        if injector.applies(path):
            if injector.config.latency_ms:
                await asyncio.sleep(injector.config.latency_ms / 1000.0)
            fault = injector.draw()
            if fault is not None:
                entry.fault = fault.label
                if not fault.after_handler:
                    await self._before_handler(fault, entry, scope, receive, send)
                    return

        every_path = state.every_path_defects.get(str(scope["method"]).upper())
        if every_path is not None and path.startswith("/api"):
            # upstream's framework fails before its middleware adds headers (spec: x-upstream-defects)
            entry.status = int(every_path["status"])
            await Response(
                str(every_path.get("example", "")),
                status_code=entry.status,
                headers={
                    "content-type": str(every_path.get("content-type", "text/html; charset=utf-8")),
                    "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
                },
            )(scope, receive, send)
            return

        body = await _read_body(scope, receive, state.config.max_body_bytes)
        if body is None:
            entry.status = 413
            await _send_too_large(send)
            return
        app_receive = _replay(body, receive)

        if path.startswith("/api/") and len(path) > 5 and path.endswith("/"):
            location = path.rstrip("/")
            if scope.get("query_string"):
                location += "?" + scope["query_string"].decode("latin-1")
            entry.status = 308
            await Response(status_code=308, headers={"location": location})(scope, app_receive, send)
            return

        extra: list[tuple[bytes, bytes]] = []
        if state.config.rate_limit:
            client = scope.get("client")
            ip = client[0] if client else "127.0.0.1"
            api_key = next(
                (v.decode("latin-1") for k, v in scope.get("headers", []) if k.lower() == b"x-api-key"), None
            )
            decision = state.rate_limiter.check(path, ip, api_key)
            if not decision.allowed:
                entry.status = 429
                await _send_json(send, decision.body(), 429)
                return
            if decision.remaining is not None and path.startswith("/api"):
                scope.setdefault("state", {})["np_limit_remaining"] = decision.remaining
                extra.append((b"x-limit-remaining", str(decision.remaining).encode()))
        if path.startswith("/api"):
            extra.extend(CORS_HEADERS)

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                entry.status = message["status"]
                if extra:
                    message = dict(message)
                    message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        if fault is None:
            await self.app(scope, app_receive, send_wrapper)
        elif fault.kind in ("slow", "stream-stall"):
            await self.app(scope, app_receive, self._spoiled_sender(fault, receive, send_wrapper))
        else:
            await self._after_handler(fault, entry, scope, app_receive, receive, send)

    async def _before_handler(
        self, fault: Fault, entry: LoggedRequest, scope: Scope, receive: Receive, send: Send
    ) -> None:
        """A fault that strikes before the route runs: nothing is applied."""
        config = self.state.fault_injector.config
        if fault.kind == "drop" and _close_connection(receive):
            return
        if fault.kind == "stall":
            await _stall(receive, config.stall_s)
            return
        if fault.kind == "truncate":
            body = json.dumps({"error": GENERIC_ERROR, "message": GENERIC_ERROR}).encode()
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body) * 2).encode()),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
            if _close_connection(receive):
                entry.status = 200
                return
            raise RuntimeError("emulated truncated response")
        if fault.kind == "429":
            headers = []
            if config.retry_after is not None:
                headers.append((b"retry-after", str(config.retry_after).encode()))
            entry.status = 429
            limited = {
                "endpoint": "/api",
                "limitPerWindow": 25000,
                "requestWindow": "60 m",
                "remainingRequests": 0,
                "error": "Rate limit exceeded for this endpoint. (emulated fault)",
            }
            await _send_json(send, limited, 429, headers)
            return
        # "error", and "drop" under a server whose socket cannot be closed
        status = fault.status or 500
        entry.status = status
        await _send_json(send, {"error": GENERIC_ERROR, "message": GENERIC_ERROR}, status)

    async def _after_handler(
        self, fault: Fault, entry: LoggedRequest, scope: Scope, app_receive: Receive, receive: Receive, send: Send
    ) -> None:
        """Run the route (its write is applied), throw its answer away, then fail."""
        handler_status: list[int] = []

        async def swallow(message: Message) -> None:
            if message["type"] == "http.response.start":
                handler_status.append(message["status"])

        await self.app(scope, app_receive, swallow)
        logger.debug("emulated %s after the handler answered %s", fault.label, handler_status)
        if fault.kind == "after-drop" and _close_connection(receive):
            return
        if fault.kind == "after-stall":
            await _stall(receive, self.state.fault_injector.config.stall_s)
            return
        status = fault.status or 500
        entry.status = status
        await _send_json(send, {"error": GENERIC_ERROR, "message": GENERIC_ERROR}, status)

    def _spoiled_sender(self, fault: Fault, receive: Receive, send: Send) -> Send:
        """The route's real answer, its body dribbled (``slow``) or stopped part-way (``stream-stall``)."""
        config = self.state.fault_injector.config
        chunks_sent = 0
        cut = False

        async def dribble(message: Message) -> None:
            if message["type"] != "http.response.body":
                await send(message)
                return
            body: bytes = message.get("body", b"")
            more = bool(message.get("more_body", False))
            step = config.slow_body_bytes
            for start in range(0, len(body), step):
                if _disconnected(receive):
                    return
                last = start + step >= len(body)
                await send(
                    {"type": "http.response.body", "body": body[start : start + step], "more_body": more or not last}
                )
                if not last or more:
                    await asyncio.sleep(config.slow_body_interval_ms / 1000.0)
            if not body:
                await send(message)

        async def stall_mid_way(message: Message) -> None:
            nonlocal chunks_sent, cut
            if cut:
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            body: bytes = message.get("body", b"")
            more = bool(message.get("more_body", False))
            if more and chunks_sent < config.stream_stall_after:
                await send(message)
                chunks_sent += 1 if body else 0
                return
            if not more and chunks_sent < config.stream_stall_after and body:
                await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
            cut = True
            await _stall(receive, config.stall_s)

        return dribble if fault.kind == "slow" else stall_mid_way


def _admin_refusal(state: EmulatorState, request: Request) -> Response | None:
    """The admin API takes only requests that carry the token and, when they change something, a JSON
    body type: a browser page cannot send either cross-origin without a CORS preflight, which the
    emulator never grants, so a tab cannot reset the store or inject faults."""
    token = request.headers.get(ADMIN_TOKEN_HEADER, "")
    if not hmac.compare_digest(token.encode(), state.admin_token.encode()):
        return json_response(
            {"error": f"the emulator's admin API needs its token in the {ADMIN_TOKEN_HEADER} header"}, 401
        )
    if request.method not in ("GET", "HEAD"):
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media != "application/json":
            return json_response({"error": "the emulator's admin API takes content-type: application/json"}, 415)
    return None


async def _admin_json(state: EmulatorState, request: Request) -> Any:
    """The admin request's JSON body (``{}`` when empty); ValueError when it is not JSON or too deep."""
    raw = await request.body()
    return loads(raw, state.config.max_json_depth) if raw.strip() else {}


def _admin_routes(state: EmulatorState) -> list[Route]:
    def guarded(handler: Callable[[Request], Awaitable[Response]]) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            refusal = _admin_refusal(state, request)
            if refusal is not None:
                return refusal
            try:
                return await handler(request)
            except (ValueError, TypeError, UnicodeDecodeError) as exc:
                return json_response({"error": str(exc)}, 400)

        return endpoint

    async def health(request: Request) -> Response:
        return json_response({"ok": True})

    async def requests_(request: Request) -> Response:
        log = state.request_log
        if request.method == "DELETE":
            log.clear()
            return json_response({"ok": True})
        entries = log.snapshot()
        return json_response(
            {
                "requests": [
                    {"method": e.method, "path": e.path, "status": e.status, "fault": e.fault, "key": e.key}
                    for e in entries
                ],
                "counts": log.counts(),
                "total": log.total,
                "dropped": log.dropped,
            }
        )

    async def faults(request: Request) -> Response:
        if request.method in ("PUT", "POST"):
            state.set_faults(FaultConfig.from_mapping(await _admin_json(state, request)))
        elif request.method == "DELETE":
            state.set_faults(FaultConfig())
        return json_response(state.faults.to_dict())

    async def reset(request: Request) -> Response:
        state.reset()
        state.inference = state.config.inference
        return json_response({"ok": True})

    async def inference(request: Request) -> Response:
        if request.method == "PUT":
            body = await _admin_json(state, request)
            if not isinstance(body, dict):
                raise ValueError('the body must be a JSON object such as {"enabled": false}')
            state.inference = bool(body.get("enabled", True))
        return json_response({"enabled": state.inference})

    return [
        Route("/_emulator/health", health, methods=["GET"]),
        Route("/_emulator/requests", guarded(requests_), methods=["GET", "DELETE"]),
        Route("/_emulator/faults", guarded(faults), methods=["GET", "PUT", "POST", "DELETE"]),
        Route("/_emulator/reset", guarded(reset), methods=["POST"]),
        Route("/_emulator/inference", guarded(inference), methods=["GET", "PUT"]),
    ]


def create_app(config: EmulatorConfig | None = None) -> Starlette:
    """Build the emulator's ASGI app. ``app.state.emulator`` is its :class:`EmulatorState`."""
    state = EmulatorState(config or EmulatorConfig())
    routes: list[Route] = []
    for module in (handlers_data, handlers_inference, handlers_search, handlers_graph):
        for method, path, handler in module.ROUTES:
            routes.append(Route(path, wrap(state, handler, state.checks.get((method, path))), methods=[method]))
    routes.extend(_admin_routes(state))

    async def not_found(request: Request, exc: Exception) -> Response:
        return Response(
            "<!DOCTYPE html><html><body><h1>404: This page could not be found.</h1></body></html>",
            status_code=404,
            media_type="text/html",
        )

    async def method_not_allowed(request: Request, exc: Exception) -> Response:
        return Response(status_code=405)

    exception_handlers: dict[Any, Callable[[Request, Exception], Awaitable[Response]]] = {
        404: not_found,
        405: method_not_allowed,
    }
    app = Starlette(routes=routes, exception_handlers=exception_handlers)
    app.router.redirect_slashes = False
    app.state.emulator = state
    app.add_middleware(EmulatorMiddleware, state=state)
    return app
