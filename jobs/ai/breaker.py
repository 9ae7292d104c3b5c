"""A circuit breaker per provider (server and model), per process.

Without one, an outage makes every message spend the whole retry budget (minutes of backoff) before its
local fallback. After `failures` consecutive transient failures (5xx, timeouts, connection errors) the
breaker opens: calls fail fast with ``circuit_open`` and go straight to the local fallback. After
`cooldown` seconds one probe call is let through (half-open); its success closes the breaker, its failure
opens it again for another cooldown. A 429 does not count: the server is up and said when to come back.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from enum import StrEnum

TRANSIENT_KINDS = frozenset({"server", "timeout", "connection"})


class State(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitBreaker:
    def __init__(
        self, failures: int = 5, cooldown: float = 30.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.threshold = failures
        self.cooldown = cooldown
        self._clock = clock
        self._lock = threading.Lock()
        self._failures = 0
        self._opened_at = 0.0
        self._probe = False
        self.state = State.CLOSED

    def allow(self) -> bool:
        """May a call be made now? (In half-open state, only the one probe.)"""
        with self._lock:
            if self.state is State.CLOSED:
                return True
            if self.state is State.OPEN and self._clock() - self._opened_at >= self.cooldown:
                self.state, self._probe = State.HALF_OPEN, False
            if self.state is State.HALF_OPEN and not self._probe:
                self._probe = True
                return True
            return False

    def record(self, kind: str | None) -> None:
        """The outcome of a call that `allow` let through: None for a success, else the error kind."""
        with self._lock:
            if kind not in TRANSIENT_KINDS:
                # The server answered (success, or an error that is not an outage): close.
                self.state, self._failures, self._probe = State.CLOSED, 0, False
                return
            self._failures += 1
            if self.state is State.HALF_OPEN or self._failures >= self.threshold:
                self.state, self._opened_at, self._probe = State.OPEN, self._clock(), False

    def release_probe(self) -> None:
        """A probe that ended without an outcome (cancelled): let the next call probe instead."""
        with self._lock:
            self._probe = False


_breakers: dict[str, CircuitBreaker] = {}
_lock = threading.Lock()


def breaker_for(key: str, failures: int, cooldown: float) -> CircuitBreaker:
    """The process's breaker for one provider key (server and model)."""
    with _lock:
        found = _breakers.get(key)
        if found is None or (found.threshold, found.cooldown) != (failures, cooldown):
            found = _breakers[key] = CircuitBreaker(failures, cooldown)
        return found
