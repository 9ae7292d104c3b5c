"""`oms scheduler`: APScheduler with one active leader, enqueuing maintenance actors on a schedule.

Leadership is a PostgreSQL session advisory lock: every scheduler process may run, only the one holding
the lock schedules; standbys try for it every `OMS_SCHEDULER_POLL_SECONDS` (2 s). If the leader dies its
connection closes, the server releases the lock, and a standby takes over within seconds. Every run is
a slot (job id + scheduled time) claimed in `scheduler_runs` before anything is enqueued (see
scheduler/slots.py), and a new leader starts each job from the latest slot still within its misfire
grace, so a slot the old leader missed runs once and a slot it ran does not run again.
"""

from __future__ import annotations

import signal
import threading
from datetime import UTC, datetime
from typing import Any

import psycopg
import structlog
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from scheduler import health
from scheduler.registry import JOBS, job
from scheduler.schedules import first_slot, triggers
from scheduler.slots import fire, process_name
from worker.settings import Settings, get_settings, libpq_url

log = structlog.get_logger("oms.scheduler")
LEADER_LOCK_KEY = 0x6F6D73_5343  # "omsSC"


class _SlotJob:
    """A job as APScheduler's run_job sees it, whose call carries the scheduled time of its run."""

    def __init__(self, job: Any, run_time: datetime) -> None:
        self._job = job
        self.func = fire
        self.args = (job.args[0], run_time, *job.args[1:])
        self.kwargs = job.kwargs

    def __getattr__(self, name: str) -> Any:
        return getattr(self._job, name)

    def __str__(self) -> str:
        return str(self._job)


class SlotExecutor(ThreadPoolExecutor):
    """APScheduler 3 calls a job without its scheduled time; the slot needs it, so pass it along."""

    def _do_submit_job(self, job: Any, run_times: list[datetime]) -> None:
        for run_time in run_times:  # one with coalescing
            super()._do_submit_job(_SlotJob(job, run_time), [run_time])


def _connect(settings: Settings) -> psycopg.Connection:
    # Keepalives: if the leader's host vanishes without closing the socket, the lock still goes.
    return psycopg.connect(
        libpq_url(settings.admin_database_url),
        autocommit=True,
        keepalives=1,
        keepalives_idle=5,
        keepalives_interval=2,
        keepalives_count=3,
    )


def _acquire_leadership(settings: Settings, stop: threading.Event) -> psycopg.Connection:
    announced = False
    while not stop.is_set():
        try:
            conn = _connect(settings)
        except psycopg.OperationalError as exc:
            log.warning("scheduler_database_unreachable", error=str(exc).splitlines()[0])
            stop.wait(settings.scheduler_poll_seconds)
            continue
        row = conn.execute("SELECT pg_try_advisory_lock(%s)", (LEADER_LOCK_KEY,)).fetchone()
        if row and row[0]:
            return conn
        conn.close()
        if not announced:
            log.info("scheduler_standby", reason="another scheduler is leader")
            announced = True
        stop.wait(settings.scheduler_poll_seconds)
    raise SystemExit(0)


def _release_leadership(conn: psycopg.Connection) -> None:
    """Unlock before closing: a closed socket frees the lock only once the server notices,
    so a standby (or a restarted scheduler) would otherwise wait for nothing."""
    try:
        conn.execute("SELECT pg_advisory_unlock(%s)", (LEADER_LOCK_KEY,))
    except psycopg.Error:
        pass  # the connection is already gone, and the lock with it
    finally:
        conn.close()


def build_scheduler(settings: Settings, fired_by: str | None = None) -> BackgroundScheduler:
    """Every enabled job, UTC, coalesced, one instance each, starting from its first unmissed slot."""
    fired_by = fired_by or process_name()
    scheduler = BackgroundScheduler(
        timezone=UTC,
        executors={"default": SlotExecutor(max_workers=4)},
        job_defaults={"coalesce": True, "max_instances": 1},
    )
    now = datetime.now(UTC)
    for job_id, trigger in triggers(settings).items():
        spec = job(job_id)
        scheduler.add_job(
            fire,
            trigger,
            args=(spec, fired_by, settings),
            id=spec.id,
            name=spec.description,
            misfire_grace_time=spec.misfire_grace_seconds,
            next_run_time=first_slot(trigger, now, spec.misfire_grace_seconds),
        )
    return scheduler


def run(settings: Settings | None = None) -> None:
    settings = settings or get_settings()
    triggers(settings)  # a bad OMS_SCHEDULES stops the process now, not in a standby's takeover
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    health.serve(settings)
    while not stop.is_set():
        conn = _acquire_leadership(settings, stop)
        scheduler = build_scheduler(settings)
        health.watch(scheduler)
        scheduler.start()
        health.HEALTH.lead(True)
        log.info("scheduler_leader", jobs=[j.id for j in scheduler.get_jobs()], known=[j.id for j in JOBS])
        try:
            while not stop.wait(settings.scheduler_poll_seconds):
                conn.execute("SELECT 1")  # keep the leadership connection (and lock) alive and checked
                health.HEALTH.checked()
        except psycopg.Error as exc:
            # Lost the connection, so perhaps the lock: stop scheduling and compete again. Slots
            # already claimed by a new leader are not run twice either way.
            log.warning("scheduler_leadership_lost", error=str(exc).splitlines()[0])
        finally:
            health.HEALTH.lead(False)
            scheduler.shutdown(wait=False)
            _release_leadership(conn)
    log.info("scheduler_stopped")
