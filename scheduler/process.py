"""`oms scheduler`: APScheduler with one active leader, enqueuing maintenance actors on a schedule.

Leadership is a PostgreSQL session advisory lock: every scheduler process may run, only the one holding
the lock enqueues; if it dies its connection closes, the lock is released and another takes over. The
scheduler does no heavy work itself: it only sends actors to the broker.
"""

from __future__ import annotations

import signal
import threading

import psycopg
import structlog
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from worker.settings import Settings, get_settings, libpq_url

log = structlog.get_logger("oms.scheduler")
LEADER_LOCK_KEY = 0x6F6D73_5343  # "omsSC"


def _acquire_leadership(settings: Settings, stop: threading.Event) -> psycopg.Connection:
    while not stop.is_set():
        conn = psycopg.connect(libpq_url(settings.admin_database_url), autocommit=True)
        row = conn.execute("SELECT pg_try_advisory_lock(%s)", (LEADER_LOCK_KEY,)).fetchone()
        if row and row[0]:
            return conn
        conn.close()
        log.info("scheduler_standby", reason="another scheduler is leader")
        stop.wait(15)
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


def build_scheduler(settings: Settings) -> BackgroundScheduler:
    from jobs.ai.metering import compact_usage_metrics
    from jobs.pipeline.maintenance import sweep_stalled_messages

    scheduler = BackgroundScheduler(timezone="UTC", job_defaults={"coalesce": True, "max_instances": 1})
    scheduler.add_job(
        sweep_stalled_messages.send,
        IntervalTrigger(minutes=1),
        kwargs={"older_than_seconds": 300},
        id="sweep_stalled_messages",
        name="re-enqueue stalled messages",
    )
    scheduler.add_job(
        compact_usage_metrics.send,
        IntervalTrigger(minutes=10),
        id="compact_usage_metrics",
        name="fold finished hours of ai_usage_metrics into one row each",
    )
    return scheduler


def run(settings: Settings | None = None) -> None:
    settings = settings or get_settings()
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    conn = _acquire_leadership(settings, stop)
    scheduler = build_scheduler(settings)
    scheduler.start()
    log.info("scheduler_leader", jobs=[j.id for j in scheduler.get_jobs()])
    try:
        while not stop.wait(10):
            conn.execute("SELECT 1")  # keep the leadership connection (and lock) alive and checked
    finally:
        scheduler.shutdown(wait=False)
        _release_leadership(conn)
        log.info("scheduler_stopped")
