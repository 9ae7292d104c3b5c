"""What each worker process reports about itself: a heartbeat, how busy it is, and what it processed.

`ProcessStats` is a dramatiq middleware. It counts messages in progress per queue and messages
processed and failed per queue and minute; a daemon thread hands a `Report` to the registered sink
every `HEARTBEAT_SECONDS` (the jobs layer stores it in `ops_workers` and `ops_queue_stats`, where
`oms queues` and the ops page read it) and touches this process's file in the health directory, which
the worker's health endpoint checks. The sink runs off the message path, so a slow database never
slows a message down; counts it could not store are kept for the next beat.
"""

from __future__ import annotations

import os
import socket
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import dramatiq
import structlog
from dramatiq.middleware import Middleware

log = structlog.get_logger("oms.worker")

HEARTBEAT_SECONDS = float(os.environ.get("OMS_WORKER_HEARTBEAT_SECONDS", "") or 5.0)


@dataclass
class Report:
    worker_id: str
    host: str
    pid: int
    queues: list[str]
    threads: int
    busy: int
    processed: int
    failed: int
    started_at: datetime
    # (queue, minute start) -> (processed, failed) since the last report that was stored
    minutes: dict[tuple[str, datetime], tuple[int, int]] = field(default_factory=dict)


ReportSink = Callable[[Report], None]
GoodbyeSink = Callable[[str], None]
_sinks: list[tuple[ReportSink, GoodbyeSink | None]] = []


def on_report(sink: ReportSink, goodbye: GoodbyeSink | None = None) -> None:
    """Register where reports go (idempotent per sink)."""
    if all(existing is not sink for existing, _ in _sinks):
        _sinks.append((sink, goodbye))


def health_dir() -> Path:
    """Where worker processes touch their liveness files (beside the Prometheus multiprocess files)."""
    base = os.environ.get("OMS_WORKER_HEALTH_DIR") or os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    return Path(base or "/tmp/oms-worker-health")


class ProcessStats(Middleware):
    def __init__(self) -> None:
        self.host, self.pid = socket.gethostname(), os.getpid()
        self.started_at = datetime.now(UTC)
        self.queues: list[str] = []
        self.threads = 0
        self.busy = 0
        self.processed = 0
        self.failed = 0
        self.minutes: Counter[tuple[str, datetime, str]] = Counter()
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.thread: threading.Thread | None = None

    @property
    def worker_id(self) -> str:
        return f"{self.host}:{self.pid}"

    # ------------------------------------------------------------------------- dramatiq hooks
    def after_worker_boot(self, broker: dramatiq.Broker, worker: Any) -> None:
        self.pid, self.started_at = os.getpid(), datetime.now(UTC)
        whitelist = getattr(worker, "consumer_whitelist", None)
        declared = broker.get_declared_queues()
        self.queues = sorted(q for q in declared if not whitelist or q in whitelist)
        self.threads = int(getattr(worker, "worker_threads", 0))
        self.stop.clear()
        self.thread = threading.Thread(target=self._beat_forever, name="oms-heartbeat", daemon=True)
        self.thread.start()

    def before_worker_shutdown(self, broker: dramatiq.Broker, worker: Any) -> None:
        self.stop.set()
        if self.thread is not None:
            self.thread.join(HEARTBEAT_SECONDS + 5)
        self._beat()
        for _, goodbye in _sinks:
            if goodbye is not None:
                try:
                    goodbye(self.worker_id)
                except Exception as exc:
                    log.warning("worker_goodbye_failed", error_type=type(exc).__name__)
        self._health_file().unlink(missing_ok=True)

    def before_process_message(self, broker: dramatiq.Broker, message: dramatiq.MessageProxy) -> None:
        with self.lock:
            self.busy += 1

    def after_process_message(
        self,
        broker: dramatiq.Broker,
        message: dramatiq.MessageProxy,
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        minute = datetime.now(UTC).replace(second=0, microsecond=0)
        with self.lock:
            self.busy = max(0, self.busy - 1)
            if exception is None:
                self.processed += 1
                self.minutes[(message.queue_name, minute, "processed")] += 1
            else:
                self.failed += 1
                self.minutes[(message.queue_name, minute, "failed")] += 1

    def after_skip_message(self, broker: dramatiq.Broker, message: dramatiq.MessageProxy) -> None:
        with self.lock:
            self.busy = max(0, self.busy - 1)

    # ------------------------------------------------------------------------- reporting
    def _health_file(self) -> Path:
        return health_dir() / f"worker-{self.pid}.alive"

    def _beat_forever(self) -> None:
        while True:
            self._beat()
            if self.stop.wait(HEARTBEAT_SECONDS):
                return

    def report(self) -> tuple[Report, Counter[tuple[str, datetime, str]]]:
        with self.lock:
            taken, self.minutes = self.minutes, Counter()
            report = Report(
                self.worker_id,
                self.host,
                self.pid,
                self.queues,
                self.threads,
                self.busy,
                self.processed,
                self.failed,
                self.started_at,
            )
        for (queue, minute, kind), n in taken.items():
            done, failed = report.minutes.get((queue, minute), (0, 0))
            report.minutes[(queue, minute)] = (
                (done + n, failed) if kind == "processed" else (done, failed + n)
            )
        return report, taken

    def _beat(self) -> None:
        try:
            path = self._health_file()
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()
        except OSError:
            pass
        report, taken = self.report()
        for sink, _ in _sinks:
            try:
                sink(report)
            except Exception as exc:
                with self.lock:  # keep the counts for the next beat
                    self.minutes.update(taken)
                log.warning("worker_heartbeat_failed", error_type=type(exc).__name__)
                return
