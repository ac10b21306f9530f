"""The ASGI application: routes, the middleware that imitates upstream's, and the admin API.

Admin API (not part of Neuronpedia; for tests), all JSON:

- ``GET /_emulator/health`` -> ``{"ok": true}``
- ``GET /_emulator/requests`` -> ``{"requests": [{method, path, status, fault}], "counts": {"POST /api/x": n}}``;
  ``DELETE`` clears the log.
- ``GET /_emulator/faults`` -> the fault settings; ``PUT``/``POST`` replaces them with the body
  (see :class:`~neuronpedia_ext.emulator.config.FaultConfig`); ``DELETE`` turns faults off.
- ``POST /_emulator/reset`` reloads the seed and clears the log, faults and rate-limit counters.
- ``PUT /_emulator/inference`` with ``{"enabled": false}`` imitates an unreachable inference server.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, MutableMapping
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
    now_ms,
    wrap,
)

CORS_HEADERS = [
    (b"access-control-allow-headers", b"Content-Type"),
    (b"access-control-allow-methods", b"GET, POST"),
    (b"access-control-allow-origin", b"*"),
]


def _close_connection(receive: Receive) -> bool:
    """Close the client's socket without an answer (uvicorn: the cycle behind ``receive``)."""
    cycle = getattr(receive, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        return False
    cycle.disconnected = True  # type: ignore[union-attr]
    transport.close()
    return True


class EmulatorMiddleware:
    """Request log, fault injection, trailing-slash redirects, the rate limiter and CORS headers."""

    def __init__(self, app: ASGIApp, state: EmulatorState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if path.startswith("/_emulator"):
            await self.app(scope, receive, send)
            return
        state = self.state
        entry = LoggedRequest(scope["method"], path, None, None, now_ms())
        state.request_log.add(entry)

        injector = state.fault_injector
        if injector.applies(path):
            if injector.config.latency_ms:
                await asyncio.sleep(injector.config.latency_ms / 1000.0)
            fault = injector.draw()
            if fault is not None:
                entry.fault = fault.kind if fault.kind != "error" else str(fault.status)
                if fault.kind == "drop" and _close_connection(receive):
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
                    headers = {}
                    if injector.config.retry_after is not None:
                        headers["retry-after"] = str(injector.config.retry_after)
                    entry.status = 429
                    await json_response(
                        {
                            "endpoint": "/api",
                            "limitPerWindow": 25000,
                            "requestWindow": "60 m",
                            "remainingRequests": 0,
                            "error": "Rate limit exceeded for this endpoint. (emulated fault)",
                        },
                        429,
                        headers,
                    )(scope, receive, send)
                    return
                if fault.kind == "error" or fault.kind == "drop":
                    status = fault.status or 500
                    entry.status = status
                    await json_response({"error": GENERIC_ERROR, "message": GENERIC_ERROR}, status)(
                        scope, receive, send
                    )
                    return

        if path.startswith("/api/") and len(path) > 5 and path.endswith("/"):
            location = path.rstrip("/")
            if scope.get("query_string"):
                location += "?" + scope["query_string"].decode("latin-1")
            entry.status = 308
            await Response(status_code=308, headers={"location": location})(scope, receive, send)
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
                body = json.dumps(decision.body(), separators=(",", ":")).encode()
                await send(
                    {
                        "type": "http.response.start",
                        "status": 429,
                        "headers": [
                            (b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                        ],
                    }
                )
                await send({"type": "http.response.body", "body": body})
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

        await self.app(scope, receive, send_wrapper)


def _admin_routes(state: EmulatorState) -> list[Route]:
    async def health(request: Request) -> Response:
        return json_response({"ok": True})

    async def requests_(request: Request) -> Response:
        if request.method == "DELETE":
            state.request_log.clear()
            return json_response({"ok": True})
        entries = state.request_log.snapshot()
        return json_response(
            {
                "requests": [
                    {"method": e.method, "path": e.path, "status": e.status, "fault": e.fault} for e in entries
                ],
                "counts": state.request_log.counts(),
            }
        )

    async def faults(request: Request) -> Response:
        if request.method in ("PUT", "POST"):
            try:
                state.set_faults(FaultConfig.from_mapping(json.loads(await request.body() or b"{}")))
            except (ValueError, TypeError) as exc:
                return json_response({"error": str(exc)}, 400)
        elif request.method == "DELETE":
            state.set_faults(FaultConfig())
        return json_response(state.faults.to_dict())

    async def reset(request: Request) -> Response:
        state.reset()
        return json_response({"ok": True})

    async def inference(request: Request) -> Response:
        if request.method == "PUT":
            body: MutableMapping[str, Any] = json.loads(await request.body() or b"{}")
            state.inference = bool(body.get("enabled", True))
        return json_response({"enabled": state.inference})

    return [
        Route("/_emulator/health", health, methods=["GET"]),
        Route("/_emulator/requests", requests_, methods=["GET", "DELETE"]),
        Route("/_emulator/faults", faults, methods=["GET", "PUT", "POST", "DELETE"]),
        Route("/_emulator/reset", reset, methods=["POST"]),
        Route("/_emulator/inference", inference, methods=["GET", "PUT"]),
    ]


def create_app(config: EmulatorConfig | None = None) -> Starlette:
    """Build the emulator's ASGI app. ``app.state.emulator`` is its :class:`EmulatorState`."""
    state = EmulatorState(config or EmulatorConfig())
    routes: list[Route] = []
    for module in (handlers_data, handlers_inference, handlers_search, handlers_graph):
        for method, path, handler in module.ROUTES:
            routes.append(Route(path, wrap(state, handler), methods=[method]))
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
