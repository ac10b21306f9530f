"""Exit codes of ``neuronpedia-ext``, by error class.

:data:`EXIT_CODES` maps each library error class to its code; the first matching class wins
(subclasses come before their bases). The README's table is this table.
"""

from __future__ import annotations

import enum

from .._errors import (
    APIConnectionError,
    APIKeyMissingError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    InternalServerError,
    InvalidRequestError,
    NeuronpediaError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)

__all__ = ["EXIT_CODES", "CLIError", "ExitCode", "exit_code_for"]


class ExitCode(enum.IntEnum):
    OK = 0
    UNEXPECTED = 1  # a bug: please report it
    USAGE = 2  # bad arguments or bad input; nothing was sent
    AUTH = 3  # no API key, or the key was refused (401/403)
    NOT_FOUND = 4  # 404, or an object that does not exist
    RATE_LIMITED = 5  # 429
    REFUSED = 6  # another 4xx from the server
    SERVER_ERROR = 7  # 5xx
    CONNECTION = 8  # no answer: could not connect, or timed out
    BAD_RESPONSE = 9  # the answer does not match the spec
    MISSING_DEPENDENCY = 10  # an optional extra is not installed
    INTERRUPTED = 130  # Ctrl-C


#: (error class, exit code), most specific first.
EXIT_CODES: tuple[tuple[type[BaseException], ExitCode], ...] = (
    (InvalidRequestError, ExitCode.USAGE),
    (APIKeyMissingError, ExitCode.AUTH),
    (AuthenticationError, ExitCode.AUTH),
    (PermissionDeniedError, ExitCode.AUTH),
    (NotFoundError, ExitCode.NOT_FOUND),
    (RateLimitError, ExitCode.RATE_LIMITED),
    (InternalServerError, ExitCode.SERVER_ERROR),
    (APIStatusError, ExitCode.REFUSED),
    (APIConnectionError, ExitCode.CONNECTION),
    (APIResponseValidationError, ExitCode.BAD_RESPONSE),
    (NeuronpediaError, ExitCode.UNEXPECTED),
)


class CLIError(Exception):
    """An error the CLI reports as one line, with its exit code."""

    def __init__(self, message: str, code: ExitCode) -> None:
        super().__init__(message)
        self.code = code


def exit_code_for(exc: BaseException) -> ExitCode:
    """The exit code of an error raised while running a command."""
    if isinstance(exc, CLIError):
        return exc.code
    for cls, code in EXIT_CODES:
        if isinstance(exc, cls):
            return code
    if isinstance(exc, KeyboardInterrupt):
        return ExitCode.INTERRUPTED
    if isinstance(exc, ImportError):
        return ExitCode.MISSING_DEPENDENCY
    if isinstance(exc, OSError):
        return ExitCode.USAGE  # a file that cannot be read or written
    return ExitCode.UNEXPECTED
