"""One event loop per process for paid AI calls: many calls in flight, none holding a worker thread's
database connection, and every call finishing (and being metered) even if the thread that asked stops.

Worker threads hand a coroutine to `submit` (a concurrent.futures.Future back) or `run` (wait for it).
The loop runs on a daemon thread; HTTP goes through the provider's async client, and the few blocking
database statements a call makes (reserve, settle) run on a small executor of the loop's own, so a
process opens at most `db_threads` connections for them whatever the number of calls in flight. A
thread interrupted while it waits (dramatiq's time limit, a shutdown) leaves the call running here: it
completes, settles its reservation and meters its attempts, and its result is kept in ai_responses.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
import time
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

import structlog

log = structlog.get_logger("oms.ai.runner")
T = TypeVar("T")


class CallRunner:
    def __init__(self, db_threads: int = 4) -> None:
        self._loop = asyncio.new_event_loop()
        self._db = concurrent.futures.ThreadPoolExecutor(db_threads, thread_name_prefix="oms-ai-db")
        self._loop.set_default_executor(self._db)
        self._pending: set[concurrent.futures.Future[Any]] = set()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._serve, name="oms-ai-calls", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_forever()

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        return self._loop

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._done)
        return future

    def _done(self, future: concurrent.futures.Future[Any]) -> None:
        with self._lock:
            self._pending.discard(future)

    def run(self, coro: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        """Run `coro` on the loop and wait for its result in this thread. If this thread stops waiting
        (a time limit, a shutdown), a result with an `abandoned()` method is told so when it comes (a
        call's settlement left for the caller's write is then made here, on the executor)."""
        future = self.submit(coro)
        try:
            return future.result(timeout)
        except BaseException:
            told: concurrent.futures.Future[None] = concurrent.futures.Future()  # pending until told
            with self._lock:
                self._pending.add(told)
            told.add_done_callback(self._done)
            future.add_done_callback(lambda f: self._abandoned(f, told))
            raise

    def _abandoned(
        self, future: concurrent.futures.Future[Any], told: concurrent.futures.Future[None]
    ) -> None:
        tell = None
        if not future.cancelled() and future.exception() is None:
            tell = getattr(future.result(), "abandoned", None)
        if not callable(tell):
            told.set_result(None)
            return

        def run_it() -> None:
            try:
                tell()
            except Exception as exc:  # noqa: BLE001 - a background settlement: logged, not raised
                log.warning("ai_abandoned_settlement_failed", error=type(exc).__name__)
            finally:
                told.set_result(None)

        self._db.submit(run_it)  # blocking (a database statement): on the executor, not the loop

    @property
    def in_flight(self) -> int:
        with self._lock:
            return len(self._pending)

    def drain(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for every submitted call to finish, and any settlement made for
        a caller that stopped waiting (at worker shutdown)."""
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                pending = list(self._pending)
            left = deadline - time.monotonic()
            if not pending or left <= 0:
                return not pending
            concurrent.futures.wait(pending, timeout=left)


async def blocking(fn: Callable[..., T], *args: Any) -> T:
    """A blocking call (a database statement) on the runner's executor, from a coroutine."""
    return await asyncio.get_running_loop().run_in_executor(None, fn, *args)


_runner: CallRunner | None = None
_runner_lock = threading.Lock()


def drain_runner(timeout: float) -> bool:
    """At a worker's shutdown: wait (at most `timeout` seconds) for the calls this process's runner still
    has (see `CallRunner.drain`); True at once when it never started one."""
    with _runner_lock:
        runner = _runner
    return runner is None or runner.drain(timeout)


def get_runner() -> CallRunner:
    """This process's runner, started on first use (after any fork)."""
    global _runner
    with _runner_lock:
        if _runner is None:
            _runner = CallRunner()
        return _runner
