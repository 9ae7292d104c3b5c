"""Dead letters as the broker holds them, joined with what the database recorded about each message,
and the two levers on them: replay (a fresh copy with a fresh retry count, on its original queue) and
purge. Both leave an audit row (who, when, what) in `ops_audit`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text

from db.session import privileged_session
from jobs.ops import state
from jobs.ops.broker_state import DeadMessage, fresh_copy, inspector
from jobs.ops.queues import declared_queue_names


@dataclass(frozen=True)
class Filter:
    queue: str | None = None
    actor: str | None = None
    since: datetime | None = None
    job_ids: frozenset[str] | None = None

    def matches(self, d: DeadMessage) -> bool:
        if self.actor and d.message.actor_name != self.actor:
            return False
        if self.since and (d.dead_at is None or d.dead_at < self.since):
            return False
        return not (self.job_ids is not None and d.message_id not in self.job_ids)


@dataclass
class DeadLetterView:
    job_id: str
    queue: str
    actor: str
    dead_at: datetime | None
    retries: int
    error: str | None
    message_id: str | None = None
    distributor_id: str | None = None
    status: str | None = None
    stage: str | None = None
    attempts: int | None = None

    def as_dict(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["dead_at"] = self.dead_at.isoformat() if self.dead_at else None
        return out


def _ids(d: DeadMessage) -> tuple[str | None, str | None]:
    """(message id, distributor id) when the actor takes them, as every pipeline actor does."""
    args = list(d.message.args or ())
    kwargs = d.message.kwargs or {}
    mid = kwargs.get("message_id", args[0] if args else None)
    tenant = kwargs.get("distributor_id", args[1] if len(args) > 1 else None)
    try:
        return (str(uuid.UUID(str(mid))), str(uuid.UUID(str(tenant)))) if mid and tenant else (None, None)
    except ValueError:
        return None, None


def _last_traceback_line(options: dict[str, Any]) -> str | None:
    tb = options.get("traceback")
    if not isinstance(tb, str) or not tb.strip():
        return None
    return tb.strip().splitlines()[-1][:500]


def _views(dead: list[DeadMessage]) -> list[DeadLetterView]:
    views = []
    for d in dead:
        mid, tenant = _ids(d)
        views.append(
            DeadLetterView(
                job_id=d.message_id,
                queue=d.queue,
                actor=d.message.actor_name,
                dead_at=d.dead_at,
                retries=int(d.message.options.get("retries", 0)),
                error=_last_traceback_line(d.message.options),
                message_id=mid,
                distributor_id=tenant,
            )
        )
    ids = [uuid.UUID(v.message_id) for v in views if v.message_id]
    if ids:
        with privileged_session() as s:
            rows = s.execute(
                text(
                    "SELECT id, processing_status::text, processing_stage, processing_error, attempts "
                    "FROM messages WHERE id = ANY(:ids)"
                ),
                {"ids": ids},
            ).all()
        recorded = {str(r[0]): r for r in rows}
        for v in views:
            row = recorded.get(v.message_id or "")
            if row is not None:
                v.status, v.stage, v.attempts = row[1], row[2], row[4]
                v.error = row[3] or v.error
    return views


def _queues(flt: Filter) -> list[str]:
    if flt.queue:
        return [flt.queue]
    return sorted(declared_queue_names() | inspector().queue_names())


def list_dead(flt: Filter | None = None) -> list[DeadLetterView]:
    dead = _select(flt or Filter())
    dead.sort(key=lambda d: (d.dead_at is None, d.dead_at), reverse=True)
    return _views(dead)


def _select(flt: Filter) -> list[DeadMessage]:
    """The dead letters FLT selects, left in the broker."""
    insp = inspector()
    return [d for q in _queues(flt) for d in insp.dead_letters(q) if flt.matches(d)]


def _take(selected: list[DeadMessage]) -> list[DeadMessage]:
    """Remove SELECTED from the broker; those another operator took meanwhile are not returned."""
    insp = inspector()
    taken: list[DeadMessage] = []
    for q in sorted({d.queue for d in selected}):
        taken += insp.take_dead(q, {d.message_id for d in selected if d.queue == q})
    return taken


def replay(flt: Filter, who: str) -> list[DeadLetterView]:
    """Send the selected dead letters again with a fresh retry count; a pipeline message the database
    marked FAILED goes back to RECEIVED first, so its stages run again. The database is read and the
    audit row written before anything leaves the broker: with the database down, nothing is taken."""
    from worker.broker import broker

    selected = _select(flt)
    by_job = {v.job_id: v for v in _views(selected)}
    for v in by_job.values():
        state.audit(
            "dlq.replay", f"{v.queue}/{v.job_id}", who, {"actor": v.actor, "message_id": v.message_id}
        )
    taken = _take(selected)
    views = [by_job[d.message_id] for d in taken]
    reset = [uuid.UUID(v.message_id) for v in views if v.message_id and v.status == "FAILED"]
    if reset:
        with privileged_session() as s:
            s.execute(
                text(
                    "UPDATE messages SET processing_status = 'RECEIVED', processing_error = NULL, "
                    "attempts = attempts + 1 WHERE id = ANY(:ids) AND processing_status = 'FAILED'"
                ),
                {"ids": reset},
            )
    for d in taken:
        broker.enqueue(fresh_copy(d.message, d.queue))
    return views


def purge(flt: Filter, who: str) -> list[str]:
    """Delete the selected dead letters for good (the audit row first); the job ids deleted."""
    selected = _select(flt)
    if not selected:
        return []
    state.audit(
        "dlq.purge",
        flt.queue or ",".join(sorted({d.queue for d in selected})),
        who,
        {
            "count": len(selected),
            "actor": flt.actor,
            "since": flt.since,
            "job_ids": sorted(d.message_id for d in selected)[:50],
        },
    )
    return [d.message_id for d in _take(selected)]
