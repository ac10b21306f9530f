"""Argument parsing, dispatch and error reporting of ``neuronpedia-ext``."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any

from .._errors import APIStatusError
from .._version import __version__
from . import _commands, _emulator
from ._errors import ExitCode, exit_code_for

__all__ = ["build_parser", "main"]

logger = logging.getLogger("neuronpedia_ext")


class _Parser(argparse.ArgumentParser):
    """argparse, with usage errors reported as one line plus a hint (exit code 2)."""

    def error(self, message: str) -> Any:
        self.exit(int(ExitCode.USAGE), f"{self.prog}: error: {message}\n(see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    output = _Parser(add_help=False)
    output.add_argument("--json", action="store_true", help="machine-readable JSON on stdout")
    output.add_argument("--plain", action="store_true", help="plain text even on a terminal (also: NO_COLOR=1)")
    common = _Parser(add_help=False, parents=[output])
    common.add_argument(
        "--base-url", help="the Neuronpedia to talk to (default: $NEURONPEDIA_BASE_URL or neuronpedia.org)"
    )
    common.add_argument("--api-key", help="the API key (default: $NEURONPEDIA_API_KEY)")
    common.add_argument("--timeout", type=float, default=60.0, help="seconds per request (60)")
    common.add_argument(
        "--max-retries", type=int, default=None, help="retries of a failed read (default: the client's, 5)"
    )

    parser = _Parser(
        prog="neuronpedia-ext",
        description="Look up, search, steer and manage Neuronpedia features; run the offline emulator.",
        epilog="Exit codes: 0 ok, 1 unexpected, 2 usage/bad input, 3 auth, 4 not found, 5 rate limited, "
        "6 refused (4xx), 7 server error (5xx), 8 connection, 9 bad response, 10 missing extra, 130 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"neuronpedia-ext {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)
    _commands.add_parsers(sub, common)
    _emulator.add_parser(sub, output)
    return parser


def _report(exc: BaseException, code: ExitCode, as_json: bool) -> None:
    message = str(exc) or type(exc).__name__
    if isinstance(exc, APIStatusError) and exc.server_message and exc.server_message not in message:
        message = f"{message}: {exc.server_message}"
    if as_json:
        payload = {"error": type(exc).__name__, "message": message, "exit_code": int(code)}
        if isinstance(exc, APIStatusError):
            payload["status_code"] = exc.status_code
        sys.stdout.write(json.dumps(payload) + "\n")
    sys.stderr.write(f"neuronpedia-ext: error: {message}\n")
    if code == ExitCode.UNEXPECTED:
        sys.stderr.write("this looks like a bug in neuronpedia-ext; run with NEURONPEDIA_EXT_DEBUG=1 for details\n")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (see :class:`ExitCode`)."""
    import os

    args = _build_and_parse(argv)
    level = getattr(args, "log_level", None) or os.environ.get("NEURONPEDIA_EXT_LOG", "warning")
    logging.basicConfig(level=getattr(logging, str(level).upper(), logging.WARNING))
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return int(ExitCode.INTERRUPTED)
    except BrokenPipeError:  # e.g. `neuronpedia-ext ... | head`
        return 0
    except Exception as exc:  # every error: one line, its exit code, no traceback
        if os.environ.get("NEURONPEDIA_EXT_DEBUG"):
            raise
        code = exit_code_for(exc)
        _report(exc, code, bool(getattr(args, "json", False)))
        return int(code)


def _build_and_parse(argv: list[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
