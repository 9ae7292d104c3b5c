"""`oms worker`'s process supervisor: dramatiq's worker processes, restarted when one dies.

dramatiq's own main process (`python -m dramatiq`) treats any worker process that exits unexpectedly
as fatal: it stops every other process and exits, so one `kill -9` or OOM kill of a child took the
whole `oms worker` down (#6 item 9). This module keeps dramatiq's process model (a parent that forks
N worker processes running `dramatiq.cli.worker_process`, plus the fork processes the middleware asks
for, e.g. the metrics endpoint) with one difference: a child that dies while the supervisor is running
is logged and started again, after a back-off when it keeps dying young. The parent ends only on
SIGTERM/SIGINT (every child gets SIGTERM and the worker shutdown timeout to finish its messages) or
when a child cannot even import its modules (exit code 2: a bug or a configuration error, which a
restart would only repeat).

Messages a killed child held are not lost: they stay unacked in the broker and the Redis broker hands
them to a live consumer after `OMS_BROKER_HEARTBEAT_TIMEOUT_MS`; the pipeline's writes are idempotent.

Run as `python -m worker.supervisor DRAMATIQ_ARGS...` (the arguments of `python -m dramatiq`).
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

RET_IMPORT = 2
# A child that lived shorter than this counts as dying young: its restart waits, doubling up to the cap.
YOUNG_SECONDS = 10.0
FIRST_BACKOFF_SECONDS = 0.5
MAX_BACKOFF_SECONDS = 30.0


class _LineWriter:
    """The children's stdout/stderr: whole lines straight to the inherited fd 2 (one write per line, so
    lines of different processes never interleave within a line). dramatiq's own model pipes them
    through a thread of the parent; with children that come and go, a direct write is simpler.

    A signal handler can write while its own thread is inside `write`: dramatiq's worker process logs
    "Stopping worker process..." from its SIGTERM handler, which can run in the middle of a line the
    same thread was writing. With a plain lock that thread waited for itself forever and the worker never
    stopped. The lock is reentrant, and a nested call writes its text straight out, leaving the buffer to
    the call it interrupted."""

    def __init__(self, fd: int = 2) -> None:
        self.fd = fd
        self.encoding = "utf-8"
        self._buffer = ""
        self._lock = threading.RLock()
        self._depth = 0  # calls under way in the thread holding the lock (more than 1: a handler's)

    def fileno(self) -> int:
        return self.fd

    def isatty(self) -> bool:
        return False

    def _out(self, text: str) -> None:
        with contextlib.suppress(OSError):
            os.write(self.fd, text.encode("utf-8", errors="replace"))

    def write(self, s: str) -> int:
        with self._lock:
            self._depth += 1
            try:
                if self._depth > 1:  # a signal handler interrupted this thread's own write
                    self._out(s)
                else:
                    self._buffer += s
                    if "\n" in self._buffer:
                        head, _, self._buffer = self._buffer.rpartition("\n")
                        self._out(head + "\n")
            finally:
                self._depth -= 1
        return len(s)

    def flush(self) -> None:
        with self._lock:
            self._depth += 1
            try:
                if self._depth == 1 and self._buffer:
                    text, self._buffer = self._buffer, ""
                    self._out(text)
            finally:
                self._depth -= 1

    def close(self) -> None:
        self.flush()


def _log(event: str, **fields: Any) -> None:
    """One line from the supervisor itself (it imports none of the worker's logging set-up): JSON, or
    the console layout when the processes log that way (`oms dev`, a terminal)."""
    import json

    record = {"event": event, "logger": "oms.worker.supervisor", "pid": os.getpid(), **fields}
    record["level"] = "error" if event.endswith("died") or event.endswith("failed") else "info"
    record["timestamp"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    fmt = os.environ.get("OMS_LOG_FORMAT", "auto")
    if fmt == "console" or (fmt == "auto" and os.isatty(2)):
        pairs = " ".join(f"{k}={v}" for k, v in fields.items())
        line = f"{record['timestamp']} [{record['level']:9}] {event:30} [{record['logger']}] pid={os.getpid()} {pairs}"
    else:
        line = json.dumps(record, default=str)
    with contextlib.suppress(OSError):
        os.write(2, (line.rstrip() + "\n").encode())


@dataclass
class _Child:
    kind: str  # "worker" or "fork"
    index: int
    target: str  # fork: the function's path
    proc: multiprocessing.Process | None = None
    started_at: float = 0.0
    backoff: float = 0.0
    restart_at: float | None = None
    restarts: int = 0
    booted: Any = field(default=None)  # a multiprocessing.Event for worker children


def _stop_once(handler: Any) -> Any:
    """`handler`, run for the first stop signal only."""
    stopping = False

    def first_only(signum: int, frame: Any) -> None:
        nonlocal stopping
        if not stopping:
            stopping = True
            handler(signum, frame)

    return first_only


def _worker_process(*args: Any) -> None:
    """dramatiq's worker process, stopping gracefully however many stop signals reach it. dramatiq takes a
    second SIGTERM as a kill (an exit in the middle of the stop: budget leases left to expire, messages
    in flight dropped to redelivery), and a SIGTERM to the whole process group (`kill` of the group,
    systemd's KillMode=control-group, the benchmarks' teardown) reaches a worker process twice: once
    straight, once forwarded by the supervisor. dramatiq sets its handlers, then unblocks the signals
    the supervisor blocked (`try_unblock_signals`): its handlers are wrapped there, before any arrives.
    A stop that must not wait is SIGKILL."""
    from dramatiq import cli

    unblock = cli.try_unblock_signals

    def wrap_then_unblock() -> None:
        for signum in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, _stop_once(signal.getsignal(signum)))
        unblock()

    cli.try_unblock_signals = wrap_then_unblock  # this process's copy of dramatiq.cli only (forked)
    cli.worker_process(*args)


def _cleanup_dead(pid: int | None) -> None:
    """What a dead worker process leaves behind: its liveness file and its live Prometheus gauges."""
    if pid is None:
        return
    directory = os.environ.get("OMS_WORKER_HEALTH_DIR")
    if directory:
        with contextlib.suppress(OSError):
            os.unlink(os.path.join(directory, f"worker-{pid}.alive"))
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        with contextlib.suppress(Exception):
            from prometheus_client import multiprocess

            multiprocess.mark_process_dead(pid)


class Supervisor:
    def __init__(self, args: Any) -> None:
        from dramatiq.cli import Canteen

        self.args = args
        self.canteen = multiprocessing.Value(Canteen)
        self.running = True
        self.reload = False
        self.retcode = 0
        self.workers = [_Child("worker", i, "") for i in range(args.processes)]
        self.forks: list[_Child] = []
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_w, False)

    # -- children -----------------------------------------------------------------------------------
    def _start(self, child: _Child) -> None:
        from dramatiq.cli import fork_process

        writer = _LineWriter()
        if child.kind == "worker":
            child.booted = multiprocessing.Event()
            proc = multiprocessing.Process(
                target=_worker_process,
                args=(self.args, child.index, writer, self.canteen, child.booted),
                daemon=False,
                name=f"oms-worker-{child.index}",
            )
        else:
            proc = multiprocessing.Process(
                target=fork_process,
                args=(self.args, child.index, child.target, writer),
                daemon=True,
                name=f"oms-worker-fork-{child.index}",
            )
        proc.start()
        child.proc, child.started_at, child.restart_at = proc, time.monotonic(), None

    def _restart(self, child: _Child) -> None:
        """Start a dead child again with the handled signals blocked, as `_start_all` does: a SIGTERM that
        arrives meanwhile is handled once the new child is known (the stop then signals it too, rather
        than leaving it running while the supervisor waits for it), and the child never runs the
        supervisor's handler it inherits (dramatiq's child unblocks them once its own are set)."""
        from dramatiq.cli import try_block_signals, try_unblock_signals

        try_block_signals()
        try:
            if not self.running:
                child.restart_at = None
                return
            self._start(child)
        finally:
            try_unblock_signals()
        _log(
            f"{child.kind}_process_restarted",
            child=child.index,
            child_pid=child.proc.pid if child.proc else None,
        )

    def _start_all(self) -> None:
        from dramatiq.cli import canteen_get

        for child in self.workers:
            self._start(child)
        # As dramatiq does: the first worker process registers the middleware's fork functions in the
        # canteen while it boots, so the forks start once the workers came up.
        for child in self.workers:
            assert child.proc is not None and child.booted is not None
            if child.proc.is_alive():
                child.booted.wait(timeout=self.args.worker_fork_timeout / 1000)
        for index, path in enumerate(chain(self.args.forks, canteen_get(self.canteen))):
            fork = _Child("fork", index, path)
            self.forks.append(fork)
            self._start(fork)

    def _children(self) -> list[_Child]:
        return [*self.workers, *self.forks]

    def _reap(self) -> None:
        """Handle every child that has exited, once each (`child.proc` is None from then on). Every
        started child is looked at, not only those a turn of the loop found alive when it began: a child
        whose exit showed between that look and the one after the wait was never handled, so never
        restarted (nor logged), and `oms worker` ran on one process short."""
        for child in self._children():
            if child.proc is not None and child.proc.exitcode is not None:
                self._on_exit(child)

    def _on_exit(self, child: _Child) -> None:
        assert child.proc is not None
        code, pid = child.proc.exitcode, child.proc.pid
        child.proc.join(0)
        child.proc = None
        if child.kind == "worker":
            _cleanup_dead(pid)
        if not self.running:
            return
        lived = time.monotonic() - child.started_at
        if child.kind == "worker" and code == RET_IMPORT:
            _log("worker_process_failed", child=child.index, exit_code=code, reason="import or arguments")
            self.retcode = RET_IMPORT
            self.stop(signal.SIGTERM)
            return
        child.backoff = (
            min(max(child.backoff * 2, FIRST_BACKOFF_SECONDS), MAX_BACKOFF_SECONDS)
            if lived < YOUNG_SECONDS
            else 0.0
        )
        child.restart_at = time.monotonic() + child.backoff
        child.restarts += 1
        _log(
            f"{child.kind}_process_died",
            child=child.index,
            child_pid=pid,
            exit_code=code,
            lived_seconds=round(lived, 1),
            restart_in_seconds=child.backoff,
            restarts=child.restarts,
        )

    # -- signals --------------------------------------------------------------------------------------
    def stop(self, signum: signal.Signals) -> None:
        self.running = False
        for child in self._children():
            if child.proc is not None and child.proc.exitcode is None and child.proc.pid:
                with contextlib.suppress(OSError):
                    os.kill(child.proc.pid, signum.value)

    def _sighandler(self, signum: int, frame: Any) -> None:
        sig = signal.Signals(signum)
        self.reload = self.reload or sig == getattr(signal, "SIGHUP", None)
        if sig == signal.SIGINT or sig == getattr(signal, "SIGHUP", None):
            sig = signal.SIGTERM
        self.stop(sig)
        with contextlib.suppress(OSError):
            os.write(self._wake_w, b"x")

    # -- the loop -------------------------------------------------------------------------------------
    def run(self) -> int:
        from dramatiq.cli import HANDLED_SIGNALS, try_block_signals, try_unblock_signals

        try_block_signals()  # children unblock them themselves once their handlers are set
        self._start_all()
        for sig in HANDLED_SIGNALS:
            signal.signal(sig, self._sighandler)
        try_unblock_signals()
        _log("worker_supervisor_started", processes=len(self.workers), forks=len(self.forks))

        while True:
            self._reap()
            if not self.running and not any(c.kind == "worker" and c.proc for c in self._children()):
                break
            now = time.monotonic()
            for child in self._children():
                if child.restart_at is not None and child.restart_at <= now:
                    self._restart(child)
            pending = [c.restart_at - now for c in self._children() if c.restart_at is not None]
            timeout = max(0.05, min([1.0, *pending]))
            sentinels = [c.proc.sentinel for c in self._children() if c.proc is not None]
            with contextlib.suppress(InterruptedError):
                multiprocessing.connection.wait([*sentinels, self._wake_r], timeout=timeout)
            with contextlib.suppress(BlockingIOError, OSError):
                os.set_blocking(self._wake_r, False)
                os.read(self._wake_r, 64)

        for fork in self.forks:  # daemonic: dramatiq leaves them to exit with the parent
            if fork.proc is not None and fork.proc.exitcode is None:
                with contextlib.suppress(OSError):
                    os.kill(fork.proc.pid or 0, signal.SIGTERM)
                fork.proc.join(5)
        _log("worker_supervisor_stopped", exit_code=self.retcode)
        return self.retcode


def preload(target: str) -> None:
    """Run ``module:function`` (`OMS_WORKER_PRELOAD`) before any worker process is forked, so that every
    one inherits what it prepared (jobs/language/preload.py). A failure is logged and the workers start
    anyway: they would only prepare it themselves, later."""
    started = time.process_time()
    try:
        module, _, name = target.partition(":")
        result = getattr(importlib.import_module(module), name)()
    except Exception as exc:  # noqa: BLE001 - never keeps the workers from starting
        _log("worker_preload_failed", target=target, error=f"{type(exc).__name__}: {exc}")
        return
    _log("worker_preloaded", target=target, result=result, cpu_s=round(time.process_time() - started, 2))


def main(argv: list[str] | None = None) -> int:
    from dramatiq.cli import make_argument_parser

    args = make_argument_parser().parse_args(argv)
    for path in args.path:
        sys.path.insert(0, path)
    if os.environ.get("OMS_WORKER_PRELOAD"):
        preload(os.environ["OMS_WORKER_PRELOAD"])
    supervisor = Supervisor(args)
    code = supervisor.run()
    if supervisor.reload:  # SIGHUP: start again from scratch, as dramatiq does
        os.execv(sys.executable, [sys.executable, "-m", "worker.supervisor", *(argv or sys.argv[1:])])
    return code


if __name__ == "__main__":
    sys.exit(main())
