"""Persist one inbound message, then enqueue it: the ingress's only write path.

``enqueue_inbound`` runs ONE tenant transaction: upsert the customer (by phone, or by email on the EMAIL
channel), upsert the conversation (customer, channel), dedupe on the provider's message id, insert the
message and its mapping, COMMIT. Only a newly created message is then handed to the pipeline. If that
enqueue fails the message is already safe in Postgres (``processing_status = RECEIVED``): the failure is
logged and counted and the scheduled sweeper re-enqueues it; the caller still gets success.

Concurrency: every upsert is ``INSERT ... ON CONFLICT DO NOTHING`` followed by a read, so two requests
for the same new customer or the same provider message id never fail with a unique violation. The
message and its mapping are inserted under a savepoint; if a concurrent duplicate committed the mapping
first, the savepoint is rolled back and the existing message is returned with ``created=False``.

Logs carry ids only, never content or addresses.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass

import structlog
from prometheus_client import Counter
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

from db.enums import Channel, CustomerStatus, ProcessingStatus
from db.models import Conversation, Customer, Distributor, ExternalMessageMapping, Message
from db.session import tenant_session
from ingress.payloads import InboundMessage
from worker.settings import Settings

__all__ = ["InboundResult", "UnknownTenantError", "enqueue_inbound"]

log = structlog.get_logger("oms.ingress")

ENQUEUE_FAILURES = Counter(
    "oms_ingress_enqueue_failures_total",
    "Messages committed but not enqueued (left RECEIVED for the sweeper)",
    ["provider"],
)


class UnknownTenantError(LookupError):
    """The distributor id names no distributor."""


@dataclass(frozen=True)
class InboundResult:
    message_id: uuid.UUID
    customer_id: uuid.UUID
    conversation_id: uuid.UUID
    created: bool  # False: a duplicate of an already stored provider message id (nothing new stored)
    enqueued: bool = False  # True when the pipeline was started for this (new) message


def _customer_code(tenant: uuid.UUID, key: str) -> str:
    digest = hashlib.sha256(f"{tenant}:{key}".encode()).hexdigest().upper()
    return f"C-{digest[:10]}"


def _upsert_customer(session: Session, tenant: uuid.UUID, msg: InboundMessage) -> uuid.UUID:
    by_email = msg.channel == Channel.EMAIL.value
    column = Customer.email if by_email else Customer.phone
    address = msg.from_address
    name = (msg.sender_name or "").strip()
    base_code = _customer_code(tenant, address)
    # Fallback codes in case the short code is taken by a customer created elsewhere.
    for code in (base_code, base_code + "-" + secrets.token_hex(3).upper()):
        values = {
            "distributor_id": tenant,
            "business_name": (name or address)[:200],
            "contact_name": name[:200] or None,
            "customer_code": code,
            "status": CustomerStatus.NO_ORDERS_YET,
            ("email" if by_email else "phone"): address,
        }
        inserted = session.execute(
            insert(Customer).values(**values).on_conflict_do_nothing().returning(Customer.id)
        ).scalar()
        if inserted is not None:
            return inserted
        existing = session.scalar(
            select(Customer.id).where(Customer.distributor_id == tenant, column == address)
        )
        if existing is not None:
            return existing
    raise RuntimeError("could not allocate a unique customer code")  # pragma: no cover


def _upsert_conversation(
    session: Session, tenant: uuid.UUID, customer_id: uuid.UUID, channel: Channel
) -> uuid.UUID:
    inserted = session.execute(
        insert(Conversation)
        .values(distributor_id=tenant, customer_id=customer_id, channel=channel)
        .on_conflict_do_nothing()
        .returning(Conversation.id)
    ).scalar()
    if inserted is not None:
        return inserted
    return session.execute(
        select(Conversation.id).where(
            Conversation.distributor_id == tenant,
            Conversation.customer_id == customer_id,
            Conversation.channel == channel,
        )
    ).scalar_one()


def _existing(
    session: Session, tenant: uuid.UUID, channel: Channel, external_id: str
) -> InboundResult | None:
    row = session.execute(
        select(Message.id, Message.customer_id, Message.conversation_id)
        .join(ExternalMessageMapping, ExternalMessageMapping.message_id == Message.id)
        .where(
            ExternalMessageMapping.distributor_id == tenant,
            ExternalMessageMapping.channel == channel,
            ExternalMessageMapping.external_message_id == external_id,
        )
    ).first()
    if row is None:
        return None
    return InboundResult(message_id=row[0], customer_id=row[1], conversation_id=row[2], created=False)


def _insert_message(
    session: Session,
    tenant: uuid.UUID,
    msg: InboundMessage,
    customer_id: uuid.UUID,
    conversation_id: uuid.UUID,
) -> uuid.UUID:
    return session.execute(
        insert(Message)
        .values(
            distributor_id=tenant,
            conversation_id=conversation_id,
            customer_id=customer_id,
            content=msg.body,
            is_from_customer=True,
            media=[{"url": item.url, "content_type": item.content_type} for item in msg.media],
            sent_at=msg.sent_at,
            processing_status=ProcessingStatus.RECEIVED,
        )
        .returning(Message.id)
    ).scalar_one()


def _store(
    session: Session, tenant: uuid.UUID, msg: InboundMessage, integration_id: uuid.UUID | None
) -> InboundResult:
    if session.scalar(select(Distributor.id).where(Distributor.id == tenant)) is None:
        raise UnknownTenantError(f"unknown distributor {tenant}")
    channel = Channel(msg.channel)
    external_id = (msg.provider_message_id or "").strip()[:255] or None
    if external_id is not None:
        found = _existing(session, tenant, channel, external_id)
        if found is not None:
            return found
    customer_id = _upsert_customer(session, tenant, msg)
    conversation_id = _upsert_conversation(session, tenant, customer_id, channel)
    if external_id is None:
        message_id = _insert_message(session, tenant, msg, customer_id, conversation_id)
        return InboundResult(message_id, customer_id, conversation_id, created=True)

    savepoint = session.begin_nested()
    message_id = _insert_message(session, tenant, msg, customer_id, conversation_id)
    mapped = session.execute(
        insert(ExternalMessageMapping)
        .values(
            distributor_id=tenant,
            integration_id=integration_id,
            channel=channel,
            provider=msg.provider,
            external_message_id=external_id,
            message_id=message_id,
        )
        .on_conflict_do_nothing()
        .returning(ExternalMessageMapping.id)
    ).scalar()
    if mapped is not None:
        savepoint.commit()
        return InboundResult(message_id, customer_id, conversation_id, created=True)
    # A concurrent request stored the same provider message first: drop ours, return theirs.
    savepoint.rollback()
    found = _existing(session, tenant, channel, external_id)
    if found is None:  # pragma: no cover - conflict on a mapping we cannot see
        raise RuntimeError("provider message id conflicts with an invisible mapping")
    return found


def enqueue_inbound(
    msg: InboundMessage,
    *,
    distributor_id: uuid.UUID | str,
    integration_id: uuid.UUID | str | None = None,
    settings: Settings | None = None,
) -> InboundResult:
    """Store ``msg`` for the tenant (deduplicated on its provider message id), commit, then enqueue it.

    Raises UnknownTenantError for an unknown distributor; database errors propagate (nothing committed).
    """
    tenant = uuid.UUID(str(distributor_id))
    integration = uuid.UUID(str(integration_id)) if integration_id is not None else None
    with tenant_session(tenant, settings) as session:
        result = _store(session, tenant, msg, integration)
    # Committed. Only now may the message be enqueued.
    ids = {
        "message_id": str(result.message_id),
        "distributor_id": str(tenant),
        "provider": msg.provider,
        "channel": msg.channel,
    }
    if not result.created:
        log.info("inbound_duplicate", **ids)
        return result
    try:
        from jobs.pipeline import start_pipeline

        start_pipeline(result.message_id, tenant)
    except Exception as exc:  # the row is safe; the sweeper re-enqueues RECEIVED messages
        ENQUEUE_FAILURES.labels(provider=msg.provider).inc()
        log.error("inbound_enqueue_failed", error_type=type(exc).__name__, **ids)
        return result
    log.info("inbound_accepted", **ids)
    return InboundResult(
        result.message_id, result.customer_id, result.conversation_id, created=True, enqueued=True
    )
