"""``neuronpedia-ext emulator``: run the offline Neuronpedia emulator in the foreground.

Needs the ``emulator`` extra. The port is bound first; only then are the base URL and the
accepted API key(s) written to stdout (one ``API key:`` line each), then, once, the token of
its admin API (``/_emulator/*``, header ``x-emulator-token``); with ``--json``, one JSON object
``{base_url, api_keys, admin_token}``. A script that reads the first line can connect at once. A seed file that is
missing or malformed is a clean error (exit code 2), not a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
from typing import Any

from ._errors import CLIError, ExitCode

__all__ = ["add_parser", "fault_setting", "run"]


def fault_setting(text: str) -> tuple[str, Any]:
    """One ``--fault KEY=VALUE`` (lists for ``error_statuses``/``paths``/``script``, else JSON or text)."""
    key, sep, value = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"--fault takes KEY=VALUE, got {text!r}")
    key = key.strip()
    parsed: Any
    if key in ("error_statuses", "paths", "script"):
        parsed = [v.strip() for v in value.split(",") if v.strip()]
        if key == "error_statuses":
            try:
                parsed = [int(v) for v in parsed]
            except ValueError:
                raise argparse.ArgumentTypeError(f"--fault error_statuses takes integers, got {value!r}") from None
    else:
        try:
            parsed = json.loads(value)
        except ValueError:
            parsed = value
    return key, parsed


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    emu = sub.add_parser("emulator", help="run the offline Neuronpedia emulator", parents=[common])
    emu.add_argument("--host", default="127.0.0.1")
    emu.add_argument("--port", type=int, default=3000, help="0 picks a free port")
    emu.add_argument(
        "--db",
        default=":memory:",
        help="SQLite file, kept across restarts and shareable by several processes (default: in memory)",
    )
    emu.add_argument("--reset", action="store_true", help="with --db, reload the seed into the file at start")
    emu.add_argument("--seed", default="default", help="default | empty | PATH.json | PATH.yaml")
    emu.add_argument(
        "--api-key",
        action="append",
        default=[],
        dest="emulator_api_keys",
        metavar="KEY",
        help="accept KEY as the seeded testuser (repeatable)",
    )
    emu.add_argument("--rate-limit", action="store_true", help="enable upstream's rate limiter")
    emu.add_argument(
        "--higher-limit-api-key",
        action="append",
        default=[],
        dest="higher_limit_api_keys",
        metavar="KEY",
        help="with --rate-limit, KEY gets upstream's higher rate-limit tier (repeatable)",
    )
    emu.add_argument(
        "--spec",
        default=None,
        metavar="PATH",
        help="validate requests with this OpenAPI spec (default: the spec shipped in the package)",
    )
    emu.add_argument("--no-inference", action="store_true", help="behave as if the inference server were unreachable")
    emu.add_argument(
        "--fault",
        action="append",
        default=[],
        type=fault_setting,
        metavar="KEY=VALUE",
        help="fault injection, e.g. error_rate=0.1, latency_ms=200, script=503,ok (repeatable)",
    )
    emu.add_argument(
        "--admin-token",
        default=None,
        metavar="TOKEN",
        help="the token the admin API /_emulator/* requires in x-emulator-token "
        "(default: $NEURONPEDIA_EMULATOR_ADMIN_TOKEN, else a random one, printed at start)",
    )
    emu.add_argument(
        "--max-body-bytes",
        type=int,
        default=None,
        metavar="N",
        help="largest request body /api accepts (default 4718592, Vercel's 4.5 MB; larger is answered 413)",
    )
    emu.add_argument(
        "--request-log-size", type=int, default=None, metavar="N", help="requests the log keeps (default 10000)"
    )
    emu.add_argument("--log-level", default="warning")
    emu.set_defaults(handler=run)


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise CLIError(f"cannot listen on {host}:{port}: {exc.strerror or exc}", ExitCode.USAGE) from None
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def run(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from neuronpedia_ext.emulator.app import create_app
        from neuronpedia_ext.emulator.config import EmulatorConfig, FaultConfig
    except ImportError as exc:
        from .._extras import install_hint

        raise CLIError(
            f"the emulator needs the emulator extra ({exc.name} is missing): {install_hint('emulator')}",
            ExitCode.MISSING_DEPENDENCY,
        ) from None
    try:
        faults = FaultConfig.from_mapping(dict(args.fault))
    except (ValueError, TypeError) as exc:
        raise CLIError(f"bad --fault: {exc}", ExitCode.USAGE) from None
    sock = _bind(args.host, args.port)
    port = sock.getsockname()[1]
    shown_host = "localhost" if args.host in ("127.0.0.1", "localhost") else args.host
    base_url = f"http://{shown_host}:{port}"
    extra: dict[str, Any] = {}
    if args.max_body_bytes is not None:
        extra["max_body_bytes"] = args.max_body_bytes
    if args.request_log_size is not None:
        extra["request_log_size"] = args.request_log_size
    config = EmulatorConfig(
        db=args.db,
        reset_db=args.reset,
        admin_token=args.admin_token or os.environ.get("NEURONPEDIA_EMULATOR_ADMIN_TOKEN") or None,
        **extra,
        seed=args.seed,
        api_keys=tuple(args.emulator_api_keys),
        base_url=base_url,
        inference=not args.no_inference,
        rate_limit=args.rate_limit,
        higher_limit_api_keys=tuple(args.higher_limit_api_keys),
        faults=faults,
        spec=args.spec,
    )
    try:
        app = create_app(config)
    except FileNotFoundError as exc:
        sock.close()
        raise CLIError(f"--seed: no such file: {exc.filename or args.seed}", ExitCode.USAGE) from None
    except Exception as exc:
        sock.close()
        raise CLIError(f"cannot start the emulator: {type(exc).__name__}: {exc}", ExitCode.USAGE) from None
    keys = app.state.emulator.api_keys()
    token = app.state.emulator.admin_token
    if args.json:
        sys.stdout.write(json.dumps({"base_url": base_url, "api_keys": keys, "admin_token": token}) + "\n")
    else:
        sys.stdout.write(f"Neuronpedia emulator: {base_url}\n")
        for key in keys:
            sys.stdout.write(f"API key: {key}\n")
        # once, at start: the admin API (/_emulator/*) needs it in the x-emulator-token header
        sys.stdout.write(f"Admin token: {token}\n")
    sys.stdout.flush()
    uv_config = uvicorn.Config(app, log_level=args.log_level, access_log=False, lifespan="off")
    server = uvicorn.Server(uv_config)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    return 0
