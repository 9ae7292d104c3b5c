"""The scheduler: one leader at a time, and it enqueues maintenance actors (it does no work itself)."""

from __future__ import annotations

import threading

import psycopg

from scheduler.process import LEADER_LOCK_KEY, _acquire_leadership, _release_leadership, build_scheduler


def test_schedule_lists_the_maintenance_jobs(settings):  # type: ignore[no-untyped-def]
    scheduler = build_scheduler(settings)
    jobs = {j.id: j for j in scheduler.get_jobs()}
    assert set(jobs) == {"sweep_stalled_messages", "compact_usage_metrics"}
    from jobs.ai.metering import compact_usage_metrics
    from jobs.pipeline.maintenance import sweep_stalled_messages

    # Each job only enqueues its actor (`Actor.send`); the work happens in a worker.
    assert jobs["sweep_stalled_messages"].func == sweep_stalled_messages.send
    assert jobs["compact_usage_metrics"].func == compact_usage_metrics.send


def test_only_one_scheduler_leads(settings):  # type: ignore[no-untyped-def]
    stop = threading.Event()
    leader = _acquire_leadership(settings, stop)
    try:
        with psycopg.connect(settings.admin_database_url) as other:
            row = other.execute("SELECT pg_try_advisory_lock(%s)", (LEADER_LOCK_KEY,)).fetchone()
            assert row == (False,)
    finally:
        _release_leadership(leader)
    with psycopg.connect(settings.admin_database_url) as other:  # the lock is free once the leader is gone
        assert other.execute("SELECT pg_try_advisory_lock(%s)", (LEADER_LOCK_KEY,)).fetchone() == (True,)
