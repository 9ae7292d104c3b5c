"""Job slots: claimed once, enqueued, and their batches' outcomes counted (table `scheduler_runs`).

A slot is (job id, scheduled time). The leader claims it with an INSERT that only one process can win
before it enqueues anything, so a failover, a replica that briefly thinks it leads, or a catch-up of a
slot the dead leader already ran, never runs a slot twice. A claim that dies before its enqueue stays
`claimed`: that slot is skipped, the next one runs (periodic maintenance converges).
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import dramatiq
import structlog
from dramatiq.middleware import Middleware
from sqlalchemy import text

from db.session import privileged_session
from scheduler.registry import JobSpec, actor_for
from worker.settings import Settings, get_settings

log = structlog.get_logger("oms.scheduler")
SLOT_OPTION = "oms_slot"


@dataclass(frozen=True)
class Slot:
    job_id: str
    scheduled_for: datetime

    def as_option(self) -> dict[str, str]:
        return {"job": self.job_id, "at": self.scheduled_for.isoformat()}


@dataclass(frozen=True)
class RunRecord:
    job_id: str
    scheduled_for: datetime
    fired_by: str
    outcome: str
    batches: int
    batches_succeeded: int
    batches_failed: int
    error: str | None
    finished_at: datetime | None


def process_name(kind: str = "scheduler") -> str:
    return f"{kind}@{socket.gethostname()}:{os.getpid()}"


def active_tenants(only: uuid.UUID | None = None) -> list[str]:
    with privileged_session() as s:
        if only is not None:
            rows = s.execute(text("SELECT id FROM distributors WHERE id = :d"), {"d": only}).scalars()
        else:
            rows = s.execute(text("SELECT id FROM distributors WHERE is_active ORDER BY id")).scalars()
        return [str(r) for r in rows]


def tenant_batches(tenants: Sequence[str], size: int) -> list[list[str]]:
    return [list(tenants[i : i + size]) for i in range(0, len(tenants), size)]


def claim(slot: Slot, fired_by: str, batches: int) -> bool:
    """True for the one process that records this slot first."""
    with privileged_session() as s:
        won = s.execute(
            text(
                "INSERT INTO scheduler_runs (job_id, scheduled_for, fired_by, batches, outcome) "
                "VALUES (:job, :at, :by, :n, CASE WHEN :n = 0 THEN 'succeeded' ELSE 'claimed' END) "
                "ON CONFLICT (job_id, scheduled_for) DO NOTHING RETURNING 1"
            ),
            {"job": slot.job_id, "at": slot.scheduled_for, "by": fired_by, "n": batches},
        ).first()
    return won is not None


def _mark(slot: Slot, outcome: str, error: str | None = None) -> None:
    with privileged_session() as s:
        s.execute(
            text(
                "UPDATE scheduler_runs SET outcome = :outcome, error = coalesce(:error, error), "
                "finished_at = CASE WHEN :outcome = 'enqueued' THEN finished_at ELSE now() END "
                "WHERE job_id = :job AND scheduled_for = :at AND outcome = 'claimed'"
            ),
            {"job": slot.job_id, "at": slot.scheduled_for, "outcome": outcome, "error": error},
        )


def record_batch(slot: Slot, ok: bool, error: str | None = None) -> None:
    """One batch finished for good (success, or failure with no retry left); the last one closes the run."""
    good, bad = (1, 0) if ok else (0, 1)
    with privileged_session() as s:
        s.execute(
            text(
                """
                UPDATE scheduler_runs SET
                  batches_succeeded = batches_succeeded + :good,
                  batches_failed = batches_failed + :bad,
                  error = coalesce(:error, error),
                  outcome = CASE WHEN batches_succeeded + batches_failed + 1 >= batches
                                 THEN CASE WHEN batches_failed + :bad = 0 THEN 'succeeded' ELSE 'failed' END
                                 ELSE outcome END,
                  finished_at = CASE WHEN batches_succeeded + batches_failed + 1 >= batches THEN now()
                                     ELSE finished_at END
                WHERE job_id = :job AND scheduled_for = :at
                """
            ),
            {"job": slot.job_id, "at": slot.scheduled_for, "good": good, "bad": bad, "error": error},
        )


def fire(spec: JobSpec, scheduled_for: datetime, fired_by: str, settings: Settings | None = None) -> bool:
    """Claim the slot and enqueue the job's actor (per batch of tenants); False if the slot was taken."""
    settings = settings or get_settings()
    slot = Slot(spec.id, scheduled_for)
    actor = actor_for(spec)
    batches: list[dict[str, Any]] = [dict(spec.kwargs)]
    if spec.per_tenant:
        tenants = active_tenants()
        batches = [
            {**spec.kwargs, "distributor_ids": b}
            for b in tenant_batches(tenants, settings.scheduler_tenant_batch)
        ]
    if not claim(slot, fired_by, len(batches)):
        log.info("slot_already_claimed", job=spec.id, scheduled_for=scheduled_for.isoformat())
        return False
    try:
        for kwargs in batches:
            actor.send_with_options(kwargs=kwargs, oms_slot=slot.as_option())  # SLOT_OPTION
    except Exception as exc:
        _mark(slot, "enqueue_failed", f"{type(exc).__name__}: {exc}"[:500])
        raise
    _mark(slot, "enqueued")
    log.info("slot_fired", job=spec.id, scheduled_for=scheduled_for.isoformat(), batches=len(batches))
    return True


def run_now(spec: JobSpec, distributor: uuid.UUID | None = None, settings: Settings | None = None) -> Slot:
    """Run a job in this process, now (operators and tests): the same work, recorded as a slot."""
    settings = settings or get_settings()
    slot = Slot(spec.id, datetime.now(UTC))
    fn = actor_for(spec).fn
    batches: list[dict[str, Any]] = [dict(spec.kwargs)]
    if spec.per_tenant:
        tenants = active_tenants(distributor)
        batches = [
            {**spec.kwargs, "distributor_ids": b}
            for b in tenant_batches(tenants, settings.scheduler_tenant_batch)
        ]
    claim(slot, process_name("run-job"), len(batches))
    _mark(slot, "enqueued")
    for kwargs in batches:
        try:
            fn(**kwargs)
        except Exception as exc:
            record_batch(slot, False, f"{type(exc).__name__}: {exc}"[:500])
            raise
        record_batch(slot, True)
    return slot


def last_runs() -> dict[str, RunRecord]:
    with privileged_session() as s:
        rows = s.execute(
            text(
                "SELECT DISTINCT ON (job_id) job_id, scheduled_for, fired_by, outcome, batches, "
                "batches_succeeded, batches_failed, error, finished_at FROM scheduler_runs "
                "ORDER BY job_id, scheduled_for DESC"
            )
        ).all()
    return {r.job_id: RunRecord(*r) for r in rows}


class SlotOutcomes(Middleware):
    """In the workers: count each scheduled batch's final outcome into its slot's row."""

    def after_process_message(
        self,
        broker: dramatiq.Broker,
        message: dramatiq.MessageProxy,
        *,
        result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        option = message.options.get(SLOT_OPTION)
        if not option or (exception is not None and not message.failed):
            return  # not a scheduled batch, or Retries will run it again
        slot = Slot(option["job"], datetime.fromisoformat(option["at"]))
        error = None if exception is None else f"{type(exception).__name__}: {exception}"[:500]
        try:
            record_batch(slot, exception is None, error)
        except Exception:  # bookkeeping must never crash the worker thread
            log.exception("slot_outcome_not_recorded", job=slot.job_id)


def install_outcomes(broker: dramatiq.Broker) -> None:
    """Add SlotOutcomes before Retries, so (hooks running in reverse) it sees Retries' verdict."""
    from dramatiq.middleware import Retries

    if not any(isinstance(m, SlotOutcomes) for m in broker.middleware):
        broker.add_middleware(SlotOutcomes(), before=Retries)
