"""The ``neuronpedia-ext`` command line.

``neuronpedia-ext emulator`` runs the offline Neuronpedia emulator in the foreground (needs the
``emulator`` extra). It writes its base URL and the accepted API key(s) to stdout, then serves until
interrupted. See :mod:`neuronpedia_ext.emulator` for the seed format and fault settings. It also
writes, once, the token of its admin API (``/_emulator/*``, header ``x-emulator-token``).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from typing import Any

logger = logging.getLogger("neuronpedia_ext")


def _fault_setting(text: str) -> tuple[str, Any]:
    key, sep, value = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"--fault takes KEY=VALUE, got {text!r}")
    key = key.strip()
    parsed: Any
    if key in ("error_statuses", "paths", "script"):
        parsed = [v.strip() for v in value.split(",") if v.strip()]
        if key == "error_statuses":
            parsed = [int(v) for v in parsed]
    else:
        try:
            parsed = json.loads(value)
        except ValueError:
            parsed = value
    return key, parsed


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="neuronpedia-ext", description="neuronpedia-ext tools")
    sub = parser.add_subparsers(dest="command", required=True)
    emu = sub.add_parser("emulator", help="run the offline Neuronpedia emulator")
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
        dest="api_keys",
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
        type=_fault_setting,
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
    return parser


def _run_emulator(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from neuronpedia_ext.emulator.app import create_app
        from neuronpedia_ext.emulator.config import EmulatorConfig, FaultConfig
        from neuronpedia_ext.emulator.server import free_port
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        sys.stderr.write(f"the emulator needs the 'emulator' extra: pip install 'neuronpedia-ext[emulator]' ({exc})\n")
        return 2
    port = args.port or free_port(args.host)
    shown_host = "localhost" if args.host in ("127.0.0.1", "localhost") else args.host
    base_url = f"http://{shown_host}:{port}"
    try:
        faults = FaultConfig.from_mapping(dict(args.fault))
    except (ValueError, TypeError) as exc:
        sys.stderr.write(f"bad --fault: {exc}\n")
        return 2
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
        api_keys=tuple(args.api_keys),
        base_url=base_url,
        inference=not args.no_inference,
        rate_limit=args.rate_limit,
        higher_limit_api_keys=tuple(args.higher_limit_api_keys),
        faults=faults,
        spec=args.spec,
    )
    app = create_app(config)
    keys = app.state.emulator.api_keys()
    sys.stdout.write(f"Neuronpedia emulator: {base_url}\n")
    for key in keys:
        sys.stdout.write(f"API key: {key}\n")
    # once, at start: the admin API (/_emulator/*) needs it in the x-emulator-token header
    sys.stdout.write(f"Admin token: {app.state.emulator.admin_token}\n")
    sys.stdout.flush()
    uvicorn.run(app, host=args.host, port=port, log_level=args.log_level, access_log=False, lifespan="off")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    logging.basicConfig(level=getattr(logging, str(args.log_level).upper(), logging.WARNING))
    if args.command == "emulator":
        return _run_emulator(args)
    return 2  # pragma: no cover - argparse enforces the subcommand


if __name__ == "__main__":
    raise SystemExit(main())
