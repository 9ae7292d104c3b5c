"""Enqueue the deliveries an event created, once the transaction that recorded it has committed.

A delivery row is written in the same transaction as the change it announces; the broker message that
carries it is sent only after that transaction commits (an uncommitted row would be invisible to the
worker, a rolled-back one never existed). If the send fails or the process dies in between, the row is
still due and the scheduled sweep (jobs/webhooks/sweep.py) enqueues it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

import structlog
from sqlalchemy import event
from sqlalchemy.orm import Session

log = structlog.get_logger("oms.webhooks")
_PENDING = "webhook_deliveries_to_enqueue"
_LISTENING = "webhook_dispatch_listening"


def enqueue(distributor_id: uuid.UUID | str, delivery_ids: Iterable[uuid.UUID | str]) -> int:
    """Send one first-attempt message per delivery; a broker failure is logged, the sweep recovers it."""
    from jobs.webhooks.delivery import deliver_webhook

    sent = 0
    for delivery_id in delivery_ids:
        try:
            deliver_webhook.send(delivery_id=str(delivery_id), distributor_id=str(distributor_id))
            sent += 1
        except Exception as exc:  # the row is committed: the sweep will enqueue it
            log.warning(
                "webhook_enqueue_failed",
                delivery_id=str(delivery_id),
                distributor_id=str(distributor_id),
                error_type=type(exc).__name__,
            )
    return sent


def after_commit(
    session: Session, distributor_id: uuid.UUID | str, delivery_ids: Iterable[uuid.UUID]
) -> None:
    """Enqueue `delivery_ids` when `session`'s transaction commits (nothing if it rolls back)."""
    ids = list(delivery_ids)
    if not ids:
        return
    if not session.info.get(_LISTENING):
        session.info[_LISTENING] = True
        event.listen(session, "after_commit", _send_pending)
        event.listen(session, "after_rollback", _drop_pending)
    session.info.setdefault(_PENDING, []).extend((str(distributor_id), i) for i in ids)


def _send_pending(session: Session) -> None:
    by_tenant: dict[str, list[uuid.UUID]] = {}
    for tenant, delivery_id in dict.fromkeys(session.info.pop(_PENDING, None) or []):  # once each
        by_tenant.setdefault(tenant, []).append(delivery_id)
    for tenant, ids in by_tenant.items():
        enqueue(tenant, ids)


def _drop_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)
