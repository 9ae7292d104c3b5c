"""The scheduler's own health endpoint and metrics (`OMS_SCHEDULER_METRICS_PORT`, default 9192; 0 off).

`/healthz` is 200 while the process runs and, when it is the leader, its leadership connection was
checked within the last few poll periods (a leader stuck on a dead connection fails it); the answer
says whether this process leads. `/metrics` carries job runs by outcome and their durations (from
APScheduler's events: the time to claim the slot and enqueue, the work itself is the workers' and shows
in dramatiq's metrics) and `oms_scheduler_is_leader`.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime
from typing import Any

from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_MISSED,
    EVENT_JOB_SUBMITTED,
    JobExecutionEvent,
)

from worker import metrics
from worker.ops_server import start_in_thread
from worker.settings import Settings


class Health:
    def __init__(self) -> None:
        self.leader = False
        self.checked_at = time.monotonic()
        self.poll_seconds = 2.0
        self.started: dict[tuple[str, datetime], float] = {}
        self.ended_early: set[tuple[str, datetime]] = set()
        self.lock = threading.Lock()

    def lead(self, leading: bool) -> None:
        self.leader = leading
        self.checked_at = time.monotonic()
        metrics.SCHEDULER_LEADER.set(1 if leading else 0)

    def checked(self) -> None:
        self.checked_at = time.monotonic()

    def probe(self) -> tuple[bool, dict[str, object]]:
        age = time.monotonic() - self.checked_at
        ok = not self.leader or age <= self.poll_seconds * 3 + 10
        return ok, {"leader": self.leader, "last_check_s": round(age, 1)}

    def on_event(self, event: Any) -> None:
        """Runs by outcome and their durations. A run is keyed by its job and scheduled time: the pool
        thread may announce a short run's end before the scheduler thread announces its submission, and
        then the run is timed from its scheduled time and the late submission is dropped."""
        job_id = getattr(event, "job_id", "?")
        if event.code == EVENT_JOB_SUBMITTED:
            with self.lock:
                for run_time in event.scheduled_run_times:
                    key = (job_id, run_time)
                    if key in self.ended_early:
                        self.ended_early.discard(key)
                    else:
                        self.started[key] = time.perf_counter()
            return
        if event.code == EVENT_JOB_MISSED:
            metrics.SCHEDULER_RUNS.labels(job=job_id, outcome="missed").inc()
            return
        key = (job_id, event.scheduled_run_time)
        with self.lock:
            started = self.started.pop(key, None)
            if started is None:
                self.ended_early.add(key)
        outcome = "error" if isinstance(event, JobExecutionEvent) and event.exception else "ok"
        metrics.SCHEDULER_RUNS.labels(job=job_id, outcome=outcome).inc()
        if started is not None:
            seconds = time.perf_counter() - started
        else:
            seconds = max(0.0, time.time() - event.scheduled_run_time.timestamp())
        metrics.SCHEDULER_SECONDS.labels(job=job_id).observe(seconds)


HEALTH = Health()


def serve(settings: Settings) -> None:
    HEALTH.poll_seconds = float(settings.scheduler_poll_seconds)
    start_in_thread(settings.metrics_host, settings.scheduler_metrics_port, HEALTH.probe)


def watch(scheduler: Any) -> None:
    """Count this scheduler's job runs."""
    scheduler.add_listener(
        HEALTH.on_event, EVENT_JOB_SUBMITTED | EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED
    )


__all__ = ["HEALTH", "serve", "watch"]
