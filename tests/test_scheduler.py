"""The scheduler: a registry of jobs that only enqueue actors, one leader at a time, each slot once."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from click.testing import CliRunner
from sqlalchemy import text

from cli.main import main
from db.session import privileged_session
from scheduler.process import LEADER_LOCK_KEY, _acquire_leadership, _release_leadership, build_scheduler
from scheduler.registry import JOBS, job
from scheduler.schedules import first_slot, parse_schedule, schedules
from scheduler.slots import Slot, claim, fire, record_batch
from tests.processes import OmsProcess, wait_until
from worker.settings import SettingsError

ONLY_SWEEP_EVERY_SECOND = "; ".join(
    ["sweep_stalled_messages=every 1s"] + [f"{j.id}=off" for j in JOBS if j.id != "sweep_stalled_messages"]
)


def _maintenance_queue() -> tuple[object, str, str]:
    from jobs.queues import MAINTENANCE_QUEUE
    from worker.broker import broker

    ns = broker.namespace  # type: ignore[attr-defined]
    return broker.client, f"{ns}:{MAINTENANCE_QUEUE}", f"{ns}:{MAINTENANCE_QUEUE}.msgs"  # type: ignore[attr-defined]


@pytest.fixture()
def maintenance_queue(settings) -> Iterator[list[dict[str, object]]]:  # type: ignore[no-untyped-def]
    """The maintenance queue's messages (read on demand), emptied before and after the test."""
    redis, list_key, hash_key = _maintenance_queue()
    redis.delete(list_key, hash_key)  # type: ignore[attr-defined]
    messages: list[dict[str, object]] = []

    def read() -> list[dict[str, object]]:
        messages[:] = [json.loads(v) for v in redis.hvals(hash_key)]  # type: ignore[attr-defined]
        return messages

    yield read  # type: ignore[misc]
    redis.delete(list_key, hash_key)  # type: ignore[attr-defined]
    with privileged_session() as s:
        s.execute(text("DELETE FROM scheduler_runs"))


def test_every_job_is_scheduled_in_utc_with_coalescing_grace_and_one_instance(settings):  # type: ignore[no-untyped-def]
    scheduler = build_scheduler(settings, fired_by="test")
    scheduler.start(paused=True)  # job defaults are applied when the jobs are added to a started scheduler
    jobs = {j.id: j for j in scheduler.get_jobs()}
    scheduler.shutdown(wait=False)
    assert set(jobs) == {spec.id for spec in JOBS}
    for spec in JOBS:
        j = jobs[spec.id]
        assert j.coalesce and j.max_instances == 1 and j.misfire_grace_time == spec.misfire_grace_seconds
        assert j.args[0] is spec  # the job function only claims the slot and enqueues (scheduler.slots.fire)
    assert str(scheduler.timezone) == "UTC"
    assert schedules(settings)["recompute_customer_statuses"] == "5 * * * *"


def test_schedules_are_configurable_and_bad_ones_are_named(settings):  # type: ignore[no-untyped-def]
    custom = replace(settings, schedules="recompute_customer_statuses = every 30m ; purge=off")
    assert schedules(custom)["recompute_customer_statuses"] == "every 30m"
    assert "purge" not in {j.id for j in build_scheduler(custom, fired_by="test").get_jobs()}
    for bad in ("nope=every 1m", "purge=sometimes", "purge"):
        with pytest.raises(SettingsError, match="OMS_SCHEDULES"):
            schedules(replace(settings, schedules=bad))


def test_interval_slots_are_the_same_in_every_replica_and_a_missed_one_is_caught_up() -> None:
    trigger = parse_schedule("every 10m")
    assert trigger is not None
    now = datetime(2026, 3, 1, 12, 7, 30, tzinfo=UTC)
    assert trigger.get_next_fire_time(None, now) == datetime(2026, 3, 1, 12, 10, tzinfo=UTC)
    # A leader starting at 12:07:30 with 10 minutes of grace first runs the 12:00 slot (claimed once).
    assert first_slot(trigger, now, 600) == datetime(2026, 3, 1, 12, 10, tzinfo=UTC) - timedelta(minutes=10)
    assert first_slot(trigger, now, 60) == datetime(2026, 3, 1, 12, 10, tzinfo=UTC)


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


def test_a_slot_is_claimed_once_and_its_batches_outcomes_counted(
    tenant, other_tenant, maintenance_queue, settings
):  # type: ignore[no-untyped-def]
    at = datetime(2026, 3, 1, 12, 5, tzinfo=UTC)
    spec = job("recompute_customer_statuses")
    small_batches = replace(settings, scheduler_tenant_batch=1)
    assert fire(spec, at, "a", small_batches) is True
    assert fire(spec, at, "b", small_batches) is False  # a second leader (or a catch-up) finds it taken
    sent = maintenance_queue()
    assert all(m["options"]["oms_slot"] == {"job": spec.id, "at": at.isoformat()} for m in sent)
    batches = [m["kwargs"]["distributor_ids"] for m in sent]
    assert all(len(b) == 1 for b in batches) and {str(tenant.id), str(other_tenant.id)} <= {
        b[0] for b in batches
    }
    slot = Slot(spec.id, at)
    for _ in range(len(batches) - 1):
        record_batch(slot, True)
    record_batch(slot, False, "TimeLimitExceeded: 600s")
    with privileged_session() as s:
        row = s.execute(text("SELECT * FROM scheduler_runs WHERE job_id = :j"), {"j": spec.id}).one()
    assert (row.fired_by, row.batches, row.batches_succeeded, row.batches_failed) == (
        "a",
        len(batches),
        len(batches) - 1,
        1,
    )
    assert row.outcome == "failed" and row.error == "TimeLimitExceeded: 600s" and row.finished_at is not None
    assert claim(Slot(spec.id, at + timedelta(hours=1)), "a", 0)


def test_scheduler_list_and_run_job(tenant, maintenance_queue):  # type: ignore[no-untyped-def]
    ran = CliRunner().invoke(main, ["run-job", "expire_sessions", "--distributor", str(tenant.id)])
    assert ran.exit_code == 0, ran.output
    listed = CliRunner().invoke(main, ["scheduler", "--list", "--json"])
    assert listed.exit_code == 0, listed.output
    rows = {r["job"]: r for r in json.loads(listed.output)}
    assert set(rows) == {spec.id for spec in JOBS}
    assert rows["expire_sessions"]["outcome"] == "succeeded" and rows["expire_sessions"]["next_run"]
    assert rows["expire_sessions"]["fired_by"].startswith("run-job@")
    table = CliRunner().invoke(main, ["scheduler", "--list"])
    assert "recompute_customer_statuses" in table.output and "5 * * * *" in table.output
    assert CliRunner().invoke(main, ["run-job", "nope"]).exit_code == 2
    unknown = CliRunner().invoke(
        main, ["run-job", "purge", "--distributor", "00000000-0000-0000-0000-000000000000"]
    )
    assert unknown.exit_code == 1
    assert (
        CliRunner()
        .invoke(main, ["run-job", "sweep_stalled_messages", "--distributor", str(tenant.id)])
        .exit_code
        == 2
    )


def _runs() -> list[tuple[datetime, str]]:
    with privileged_session() as s:
        rows = s.execute(
            text(
                "SELECT scheduled_for, fired_by FROM scheduler_runs WHERE job_id = 'sweep_stalled_messages' "
                "ORDER BY scheduled_for"
            )
        ).all()
    return [(r[0], r[1]) for r in rows]


def test_two_schedulers_one_fires_each_slot_and_the_standby_takes_over_after_kill_9(
    settings, maintenance_queue, tmp_path: Path
):  # type: ignore[no-untyped-def]
    env = {**os.environ, "OMS_SCHEDULES": ONLY_SWEEP_EVERY_SECOND, "OMS_SCHEDULER_POLL_SECONDS": "1"}
    a = OmsProcess(["scheduler"], env, tmp_path / "a.log")
    b = None
    try:
        wait_until(lambda: any(by.endswith(f":{a.proc.pid}") for _, by in _runs()), what="A to lead and fire")
        b = OmsProcess(["scheduler"], env, tmp_path / "b.log")
        wait_until(lambda: "scheduler_standby" in b.output(), what="B to stand by")
        seen = len(_runs())
        wait_until(lambda: len(_runs()) >= seen + 3, what="three more slots")
        assert all(by.endswith(f":{a.proc.pid}") for _, by in _runs())  # only the leader fires
        a.kill()  # SIGKILL: no unlock, no shutdown hooks
        last_of_a = _runs()[-1][0]
        wait_until(
            lambda: sum(by.endswith(f":{b.proc.pid}") for _, by in _runs()) >= 2,
            timeout=30,
            what="B to take over",
        )
        runs = _runs()
        by_b = [at for at, by in runs if by.endswith(f":{b.proc.pid}")]
        assert min(by_b) > last_of_a and "scheduler_leader" in b.output()
        # No slot twice: one row per slot, and exactly one broker message per slot.
        slots = [at for at, _ in runs]
        assert len(slots) == len(set(slots))
        b.stop()
        sent = [m["options"]["oms_slot"]["at"] for m in maintenance_queue()]  # type: ignore[index]
        assert sorted(sent) == sorted({*sent}) and len(sent) == len(_runs())
    finally:
        a.stop()
        if b is not None:
            b.stop()
