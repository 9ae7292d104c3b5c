"""Deliveries that are due but that no broker message carries: enqueue them again.

A delivery's broker message can be lost (the process died between the commit and the send, Redis lost
data) or never sent (retries further away than ``delivery.BROKER_DELAY_LIMIT`` are left to this sweep),
and a worker can die mid-POST, leaving a lease that runs out. Every such row is still PENDING or RETRYING
with a ``next_attempt_at`` in the past, so this sweep (a scheduled job, every 30 s by default) finds those
due for longer than a grace period, touches them (so the next sweep waits a full grace period again) and
sends each to the retry queue. A duplicate message is harmless: the claim lets one attempt through.
"""

from __future__ import annotations

import dramatiq
import structlog
from sqlalchemy import text

import worker.broker  # noqa: F401 - sets the global broker before actors are declared
from db.session import privileged_session
from jobs.queues import MAINTENANCE_QUEUE

log = structlog.get_logger("oms.webhooks")
GRACE_SECONDS = 60

_DUE = text(
    """
    SELECT id, distributor_id FROM webhook_deliveries
    WHERE status IN ('PENDING', 'RETRYING') AND next_attempt_at <= now() - make_interval(secs => :grace)
    ORDER BY next_attempt_at
    LIMIT :limit
    FOR UPDATE SKIP LOCKED
    """
)


def sweep_due(grace_seconds: float = GRACE_SECONDS, limit: int = 1000) -> int:
    """Enqueue due deliveries that have waited more than `grace_seconds` (all tenants); returns how many."""
    from jobs.webhooks.delivery import retry_webhook

    with privileged_session() as s:
        rows = s.execute(_DUE, {"grace": grace_seconds, "limit": limit}).all()
        if rows:
            s.execute(
                text("UPDATE webhook_deliveries SET next_attempt_at = now() WHERE id = ANY(:ids)"),
                {"ids": [r.id for r in rows]},
            )
    for r in rows:
        retry_webhook.send(delivery_id=str(r.id), distributor_id=str(r.distributor_id))
    if rows:
        log.info("due_webhook_deliveries_enqueued", count=len(rows))
    return len(rows)


@dramatiq.actor(queue_name=MAINTENANCE_QUEUE, max_retries=0, time_limit=120_000)
def sweep_due_webhook_deliveries(grace_seconds: float = GRACE_SECONDS) -> None:
    sweep_due(grace_seconds)
