"""Bounded waits on the database, and a fast 503 while it is known to be down.

Every blocking database call of the ingress goes through :meth:`DependencyGate.run`: it runs in a
worker thread and is given up after ``settings.dependency_timeout_ms`` (a frozen server answers
nothing, so neither the server's statement timeout nor the pool's timeout can bound it). A timeout or a
connection failure trips the gate: for the next ``cool_off`` seconds every call fails at once with
:class:`DependencyDown` (a 503 with Retry-After) instead of queueing on a dead pool; after that one
call is let through as a probe, and its success closes the gate again.

An abandoned call's thread keeps running until the server answers or its connection breaks; whatever
it commits is a message the client was told to retry, and retries are deduplicated on the provider's
message id.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

import anyio
import psycopg
import structlog
from psycopg_pool import PoolTimeout
from sqlalchemy.exc import OperationalError as SQLAlchemyOperationalError
from sqlalchemy.exc import TimeoutError as SQLAlchemyPoolTimeout

__all__ = ["OUTAGES", "DependencyDown", "DependencyGate"]

log = structlog.get_logger("oms.ingress")

T = TypeVar("T")

#: Failures that say the dependency, not the request, is the problem.
OUTAGES: tuple[type[BaseException], ...] = (
    psycopg.OperationalError,
    PoolTimeout,
    SQLAlchemyOperationalError,
    SQLAlchemyPoolTimeout,
    TimeoutError,
)


class DependencyDown(Exception):
    """The dependency is known to be down (or just timed out): answer 503 now."""

    def __init__(self, name: str, retry_after: float) -> None:
        super().__init__(f"{name} unavailable")
        self.name, self.retry_after = name, retry_after


class DependencyGate:
    """A circuit breaker with a deadline, for one dependency (thread- and task-safe)."""

    def __init__(
        self,
        name: str,
        timeout: float,
        cool_off: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name, self.timeout, self.cool_off, self.clock = name, timeout, cool_off, clock
        self._lock = threading.Lock()
        self._closed_at = 0.0  # calls are refused until this time (0: the gate is open to calls)

    @property
    def down(self) -> bool:
        return self.clock() < self._closed_at

    def _admit(self) -> None:
        """Refuse while tripped; once the cool-off is over, admit one probe and keep refusing others."""
        with self._lock:
            now = self.clock()
            if now < self._closed_at:
                raise DependencyDown(self.name, self._closed_at - now)
            if self._closed_at:
                self._closed_at = now + self.timeout + self.cool_off  # the probe's window

    def trip(self) -> None:
        with self._lock:
            first = not self._closed_at or self.clock() >= self._closed_at
            self._closed_at = self.clock() + self.cool_off
        if first:
            log.warning("dependency_down", dependency=self.name, cool_off_s=self.cool_off)

    def reset(self) -> None:
        with self._lock:
            was_down = bool(self._closed_at)
            self._closed_at = 0.0
        if was_down:
            log.info("dependency_up", dependency=self.name)

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``fn(*args, **kwargs)`` in a worker thread, within the deadline, unless the gate is tripped."""
        self._admit()
        try:
            with anyio.fail_after(self.timeout):
                result = await anyio.to_thread.run_sync(partial(fn, *args, **kwargs), abandon_on_cancel=True)
        except OUTAGES:
            self.trip()
            raise DependencyDown(self.name, self.cool_off) from None
        except Exception:
            if self._closed_at:
                self.reset()  # the dependency answered (with some other failure)
            raise
        if self._closed_at:
            self.reset()
        return result
