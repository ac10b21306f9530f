"""The retry policy: what is retried, and how long to wait.

Reads (GETs, and POSTs that only read: get, search, list, batch get; ``x-idempotent`` in the
spec) are retried on 408, 429 and 5xx answers, on connection errors and on a cut body. Writes
are retried only when the request provably never reached the server: the connection could
not be opened (connect error or connect timeout) or no pooled connection was free (pool
timeout). A read timeout, a read error or a dropped connection after the request was written
is never retried for a write: the server may have applied it. The one status retried for a
write is a 429 from upstream's rate limiter, which refuses in the Next.js middleware before
any handler runs (``apps/webapp/middleware.ts``; see :attr:`RateLimitError.before_handler`).
Waits grow exponentially with jitter and honour ``Retry-After`` (capped at
``max_retry_after``); no wait outlasts the call's deadline.
"""

from __future__ import annotations

import random
from collections.abc import Callable

import attrs
import httpx

from ._errors import parse_retry_after

__all__ = ["RetryPolicy"]

# Raised before a single byte of the request left this machine.
_NEVER_SENT: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _statuses_repr(statuses: frozenset[int]) -> str:
    """``{408, 429, 500-599}`` rather than a hundred numbers."""
    ordered = sorted(statuses)
    runs: list[list[int]] = []
    for status in ordered:
        if runs and status == runs[-1][-1] + 1:
            runs[-1].append(status)
        else:
            runs.append([status])
    return "{" + ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs) + "}"


# Reads are cheap to repeat and bounded by the call's deadline (120 s by default), so the default
# budget is generous: six attempts survive a path where one attempt in five fails (make chaos: 21%
# of attempts faulted, every read correct), and the waits add up to 15.5 s at most (0.5 s doubling
# to 8 s). Writes are retried only when the request provably never left, so the budget cannot
# duplicate a write.
DEFAULT_MAX_RETRIES = 5


@attrs.frozen
class RetryPolicy:
    """How a client retries.

    ``max_retries`` counts retries after the first attempt (0 disables retrying).
    The n-th retry waits ``min(initial_delay * 2**n, max_delay)``, scaled by a random factor in
    ``[1 - jitter, 1]``, or the server's Retry-After when it sent one (at most
    ``max_retry_after`` seconds).
    """

    max_retries: int = attrs.field(default=DEFAULT_MAX_RETRIES, validator=attrs.validators.ge(0))
    initial_delay: float = attrs.field(default=0.5, validator=attrs.validators.ge(0))
    max_delay: float = attrs.field(default=8.0, validator=attrs.validators.ge(0))
    jitter: float = attrs.field(default=0.25, validator=[attrs.validators.ge(0), attrs.validators.le(1)])
    max_retry_after: float = attrs.field(default=60.0, validator=attrs.validators.ge(0))
    retry_statuses: frozenset[int] = attrs.field(
        default=frozenset({408, 429, *range(500, 600)}), converter=frozenset, repr=_statuses_repr
    )
    random: Callable[[], float] = attrs.field(default=random.random, repr=False, eq=False)

    def with_max_retries(self, max_retries: int) -> RetryPolicy:
        return attrs.evolve(self, max_retries=max_retries)

    def retry_status(self, status: int, *, idempotent: bool, before_handler: bool = False) -> bool:
        """Whether to retry an answer with ``status``. ``before_handler``: the server refused
        before running the handler (upstream's rate limiter), so a write applied nothing."""
        if status not in self.retry_statuses:
            return False
        return idempotent or (status == 429 and before_handler)

    def retry_exception(self, exc: Exception, *, idempotent: bool) -> bool:
        """Whether to retry after ``exc``: always when the request never left, else only a read."""
        if isinstance(exc, _NEVER_SENT):
            return True
        return idempotent and isinstance(exc, httpx.TransportError)

    def delay(self, retry_number: int, response: httpx.Response | None = None) -> float:
        """Seconds to wait before retry number ``retry_number`` (0-based)."""
        if response is not None:
            retry_after = parse_retry_after(response.headers)
            if retry_after is not None:
                return min(retry_after, self.max_retry_after)
        base: float = min(self.initial_delay * 2.0**retry_number, self.max_delay)
        return base * (1.0 - self.jitter * float(self.random()))
