"""When to try a delivery again, and when to stop.

Attempt 1 is sent at once; after a failed attempt *n* the next waits ``schedule[n-1]`` seconds with about
20% jitter (so endpoints recovering from an outage are not hit by every retry at the same instant), or
what a 429 / 503 response's ``Retry-After`` asks for. After ``len(schedule) + 1`` attempts the delivery is
FAILED (and replayable). Only 2xx is success; 410 Gone fails the delivery and disables the endpoint.
"""

from __future__ import annotations

import enum
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

JITTER = 0.2
MAX_RETRY_AFTER_SECONDS = 86_400.0  # a Retry-After beyond a day is read as a day
RETRY_AFTER_STATUSES = frozenset({429, 503})


class VerdictKind(enum.StrEnum):
    SUCCESS = "success"
    RETRY = "retry"
    FAIL = "fail"  # no attempts left
    GONE = "gone"  # 410: fail now and disable the endpoint


@dataclass(frozen=True)
class Verdict:
    kind: VerdictKind
    retry_in: float | None = None  # seconds, for RETRY


def max_attempts(schedule: Sequence[float]) -> int:
    return len(schedule) + 1


def jittered(delay: float, rng: random.Random | None = None) -> float:
    return max(0.0, delay * (rng or random).uniform(1 - JITTER, 1 + JITTER))


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delay-seconds or an HTTP-date); None if absent or bad."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER_SECONDS)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_SECONDS)


def decide(
    status_code: int | None,
    attempt_number: int,
    schedule: Sequence[float],
    retry_after: float | None = None,
    rng: random.Random | None = None,
) -> Verdict:
    """What follows attempt `attempt_number` (1-based) that got `status_code` (None: no response)."""
    if status_code is not None and 200 <= status_code < 300:
        return Verdict(VerdictKind.SUCCESS)
    if status_code == 410:
        return Verdict(VerdictKind.GONE)
    if attempt_number >= max_attempts(schedule):
        return Verdict(VerdictKind.FAIL)
    if status_code in RETRY_AFTER_STATUSES and retry_after is not None:
        return Verdict(VerdictKind.RETRY, retry_after)
    return Verdict(VerdictKind.RETRY, jittered(schedule[attempt_number - 1], rng))
