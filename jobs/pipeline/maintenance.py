"""Cross-tenant maintenance of the pipeline: re-enqueue stalled messages, list and replay dead letters.

These are the explicit privileged paths: they read across tenants as the owner role to find work, then
hand each message to the normal tenant-walled pipeline by id.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

import dramatiq
import structlog
from sqlalchemy import text

import worker.broker  # noqa: F401 - sets the global broker before actors are declared
from db.session import privileged_session, tenant_session
from jobs.pipeline.actors import start_pipeline
from jobs.queues import MAINTENANCE_QUEUE

log = structlog.get_logger("oms.maintenance")

# Stalled: untouched for `age` seconds, or since before PostgreSQL last started. The fused pipeline
# commits its result without waiting for the WAL flush (OMS_PIPELINE_SYNC_COMMIT=off), so a crash can take
# back a result written in the last fraction of a second; its message is RECEIVED again, and its broker
# message is already acked. Anything left unfinished from before the server's start is re-sent by the
# first sweep after it (each message once: the sweep touches it), not minutes later; a redo is idempotent.
_STALLED = text(
    """
    SELECT id, distributor_id FROM messages
    WHERE processing_status IN ('RECEIVED', 'PROCESSING') AND is_from_customer
      AND updated_at < greatest(now() - make_interval(secs => :age), pg_postmaster_start_time())
    ORDER BY updated_at
    LIMIT :limit
    """
)


@dataclass(frozen=True)
class DeadLetter:
    message_id: uuid.UUID
    distributor_id: uuid.UUID
    stage: str | None
    error: str | None
    failed_at: datetime


def sweep_stalled(older_than_seconds: int = 300, limit: int = 1000) -> int:
    """Re-enqueue messages stuck before PROCESSED (lost enqueue, broker data loss, a result a PostgreSQL
    crash took back); stages are idempotent."""
    with privileged_session() as s:
        rows = s.execute(_STALLED, {"age": older_than_seconds, "limit": limit}).all()
        if rows:
            # Touch them so the next sweep waits a full period before trying again.
            s.execute(
                text("UPDATE messages SET updated_at = now() WHERE id = ANY(:ids)"),
                {"ids": [r.id for r in rows]},
            )
    for r in rows:
        start_pipeline(r.id, r.distributor_id)
    if rows:
        log.warning("stalled_messages_requeued", count=len(rows))
    return len(rows)


def dead_letters(distributor_id: uuid.UUID | None = None, limit: int = 100) -> list[DeadLetter]:
    query = (
        "SELECT id, distributor_id, processing_stage, processing_error, updated_at FROM messages "
        "WHERE processing_status = 'FAILED'"
    )
    params: dict[str, object] = {"limit": limit}
    if distributor_id is not None:
        query += " AND distributor_id = :d"
        params["d"] = distributor_id
    with privileged_session() as s:
        rows = s.execute(text(query + " ORDER BY updated_at DESC LIMIT :limit"), params).all()
    return [DeadLetter(*r) for r in rows]


def replay(message_id: uuid.UUID, distributor_id: uuid.UUID) -> bool:
    """Put a FAILED message back through the pipeline from where it stopped; False if it was not FAILED."""
    with tenant_session(distributor_id) as s:
        updated = s.execute(  # type: ignore[attr-defined]
            text(
                "UPDATE messages SET processing_status = 'RECEIVED', processing_error = NULL, "
                "attempts = attempts + 1 WHERE id = :id AND processing_status = 'FAILED'"
            ),
            {"id": message_id},
        ).rowcount
    if updated:
        start_pipeline(message_id, distributor_id)
        log.info("dead_letter_replayed", message_id=str(message_id), distributor_id=str(distributor_id))
    return bool(updated)


@dramatiq.actor(queue_name=MAINTENANCE_QUEUE, max_retries=0, time_limit=120_000)
def sweep_stalled_messages(older_than_seconds: int = 300) -> None:
    sweep_stalled(older_than_seconds)
