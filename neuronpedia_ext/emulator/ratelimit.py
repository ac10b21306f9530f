"""Upstream's middleware rate limiter: sliding window per client IP, every matching bucket charged.

Two tables, as upstream: the normal one, and the higher one for the API keys listed as higher-tier
(the key picks the table; the counters are per IP, kept apart per table).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from neuronpedia_ext.emulator.config import RateLimitBucket

CONTACT = "johnny@neuronpedia.org"


@dataclass
class Decision:
    allowed: bool
    remaining: int | None
    bucket: RateLimitBucket | None

    def body(self) -> dict[str, Any]:
        assert self.bucket is not None
        b = self.bucket
        return {
            "endpoint": b.endpoint,
            "limitPerWindow": b.limit,
            "requestWindow": "60 m",
            "remainingRequests": 0,
            "error": (
                f"Rate limit exceeded for this endpoint. The limit for this endpoint ({b.endpoint}) is "
                f"{b.limit} requests per 60 m. Contact {CONTACT} to increase your rate limit."
            ),
        }


class RateLimiter:
    def __init__(
        self,
        buckets: Sequence[RateLimitBucket],
        window_s: float = 3600.0,
        higher_buckets: Sequence[RateLimitBucket] = (),
        higher_keys: Sequence[str] = (),
    ) -> None:
        self.buckets = tuple(buckets)
        self.higher_buckets = tuple(higher_buckets)
        self.higher_keys = frozenset(higher_keys)
        self.window_s = window_s
        self._hits: dict[tuple[str, str], deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, path: str, ip: str, api_key: str | None = None) -> Decision:
        path = path.lower()
        if path.startswith("/api/steer-load"):
            return Decision(True, None, None)
        higher = bool(api_key) and api_key in self.higher_keys
        table, prefix = (self.higher_buckets, "higher-") if higher else (self.buckets, "")
        now = time.monotonic()
        remaining: int | None = None
        last: RateLimitBucket | None = None
        with self._lock:
            for bucket in table:
                if not bucket.matches(path):
                    continue
                hits = self._hits.setdefault((prefix + bucket.endpoint, ip), deque())
                while hits and now - hits[0] >= self.window_s:
                    hits.popleft()
                if len(hits) >= bucket.limit:
                    return Decision(False, 0, bucket)
                hits.append(now)
                remaining = bucket.limit - len(hits)
                last = bucket
        return Decision(True, remaining, last)
