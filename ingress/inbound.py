"""Persist one inbound message, then enqueue it: the ingress's only write path.

``enqueue_inbound`` stores the message in ONE statement, ``oms_ingest_message`` (migration 0003), run
as the application role in its own transaction: it sets the tenant, upserts the customer (by phone, or by
email on the EMAIL channel) and the conversation (customer, channel), dedupes on the provider's message
id and inserts the message and its mapping; the statement's transaction COMMITs before this returns.
Only a newly created message is then handed to the pipeline. If that enqueue fails the message is
already safe in Postgres (``processing_status = RECEIVED``): the failure is logged and counted and the
scheduled sweeper re-enqueues it; the caller still gets success.

Why one SQL function: the ingress is CPU-bound, and building ORM statements (and
``postgresql.insert``, which SQLAlchemy does not cache) for five or six round trips cost most of its
time. The function runs under row-level security exactly like the statements it replaces
(SECURITY INVOKER), and the statement text is fixed, so psycopg prepares it server-side after a few uses.

Concurrency: every upsert is ``INSERT ... ON CONFLICT DO NOTHING`` followed by a read, so two requests
for the same new customer or the same provider message id never fail with a unique violation. The
message and its mapping are inserted in a subtransaction; if a concurrent duplicate committed the mapping
first, it is rolled back and the existing message is returned with ``created=False``.

Logs carry ids only, never content or addresses.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import uuid
from dataclasses import dataclass
from typing import Any

import structlog
from prometheus_client import Counter

from db.enums import Channel
from db.ids import as_uuid
from db.session import function_connection
from db.tenant_token import call_as_tenant
from ingress.outbox import Outbox
from ingress.payloads import InboundMessage
from worker.settings import Settings

__all__ = [
    "InboundResult",
    "ReplayClaim",
    "ReplayedRequest",
    "UnknownTenantError",
    "enqueue_inbound",
    "request_digest",
    "send_stored",
    "store_inbound",
]

log = structlog.get_logger("oms.ingress")

ENQUEUE_FAILURES = Counter(
    "oms_ingress_enqueue_failures_total",
    "Messages committed but not enqueued (left RECEIVED for the sweeper)",
    ["provider"],
)

# Positional (psycopg "%s") parameters of public.oms_ingest_message, in order.
INGEST_SQL = (
    "SELECT message_id, customer_id, conversation_id, created FROM public.oms_ingest_message("
    "%s::uuid, %s::uuid, %s::text, %s::text, %s::text, %s::text, %s::boolean, %s::text, %s::text, "
    "%s::text, %s::text, %s::text, %s::jsonb, %s::timestamptz)"
)

CLAIM_SQL = "SELECT public.oms_claim_webhook_token(%s::uuid, %s::text, %s::text, %s::text, %s::integer)"

_EMAIL = Channel.EMAIL.value


class UnknownTenantError(LookupError):
    """The distributor id names no distributor."""


class ReplayedRequest(Exception):
    """A webhook token already accepted with another request: a replay (nothing stored)."""


@dataclass(frozen=True)
class ReplayClaim:
    """For providers whose signature does not cover the body (Mailgun): the token, remembered for
    ``ttl_seconds`` in the message's own transaction, and a digest of the request it came with."""

    provider: str
    token: str
    request_sha256: str
    ttl_seconds: int

    @property
    def token_sha256(self) -> str:
        return hashlib.sha256(self.token.encode("utf-8")).hexdigest()


def request_digest(msg: InboundMessage) -> str:
    """sha256 of everything stored from a message: the same request retried has the same digest."""
    canonical = json.dumps(
        [
            msg.channel,
            msg.from_address,
            msg.to_address,
            msg.body,
            msg.provider_message_id,
            msg.sent_at.isoformat() if msg.sent_at else None,
            [[item.url, item.content_type] for item in msg.media],
            msg.sender_name,
        ],
        ensure_ascii=True,
    )
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


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


def _params(tenant: uuid.UUID, msg: InboundMessage, integration_id: uuid.UUID | None) -> tuple[Any, ...]:
    channel = Channel(msg.channel).value
    address = msg.from_address
    name = (msg.sender_name or "").strip()
    base_code = _customer_code(tenant, address)
    external_id = (msg.provider_message_id or "").strip()[:255] or None
    media = json.dumps([{"url": item.url, "content_type": item.content_type} for item in msg.media])
    return (
        tenant,
        integration_id,
        channel,
        msg.provider,
        external_id,
        address,
        channel == _EMAIL,
        (name or address)[:200],
        name[:200] or None,
        base_code,
        base_code + "-" + secrets.token_hex(3).upper(),
        msg.body,
        media,
        msg.sent_at,
    )


def store_inbound(
    msg: InboundMessage,
    *,
    distributor_id: uuid.UUID,
    integration_id: uuid.UUID | None = None,
    settings: Settings | None = None,
    replay: ReplayClaim | None = None,
) -> InboundResult:
    """Store ``msg`` for the tenant and COMMIT (no enqueue); raises UnknownTenantError, and
    ReplayedRequest when ``replay``'s token was accepted before with another request."""
    params = _params(distributor_id, msg, integration_id)
    with function_connection(settings) as conn:
        if replay is None:
            row = call_as_tenant(conn, INGEST_SQL, params).fetchone()
        else:
            with conn.transaction():  # the token is remembered only if the message is stored
                claim = (distributor_id, replay.provider, replay.token_sha256, replay.request_sha256)
                fresh = call_as_tenant(conn, CLAIM_SQL, (*claim, replay.ttl_seconds)).fetchone()
                if not (fresh and fresh[0]):
                    raise ReplayedRequest(f"{replay.provider} token already used with another request")
                row = call_as_tenant(conn, INGEST_SQL, params).fetchone()
    if row is None:
        raise UnknownTenantError(f"unknown distributor {distributor_id}")
    return InboundResult(message_id=row[0], customer_id=row[1], conversation_id=row[2], created=row[3])


def start_pipeline(message_id: uuid.UUID, tenant: uuid.UUID) -> None:
    """Send a committed message to the pipeline (imported late: the actors pull in the broker)."""
    from jobs.pipeline.actors import start_pipeline as send

    send(message_id, tenant)


def enqueue_inbound(
    msg: InboundMessage,
    *,
    distributor_id: uuid.UUID | str,
    integration_id: uuid.UUID | str | None = None,
    settings: Settings | None = None,
    replay: ReplayClaim | None = None,
    outbox: Outbox | None = None,
) -> InboundResult:
    """Store ``msg`` for the tenant (deduplicated on its provider message id), commit, then enqueue it.

    Raises UnknownTenantError for an unknown distributor, ReplayedRequest for a replayed token;
    database errors propagate (nothing committed). A message the broker cannot take goes to
    ``outbox`` (sent again as soon as the broker answers), or without one waits for the sweeper.
    """
    tenant = as_uuid(distributor_id)
    integration = None if integration_id is None else as_uuid(integration_id)
    result = store_inbound(
        msg, distributor_id=tenant, integration_id=integration, settings=settings, replay=replay
    )
    return send_stored(msg, result, tenant, outbox)


def send_stored(
    msg: InboundMessage, result: InboundResult, tenant: uuid.UUID, outbox: Outbox | None = None
) -> InboundResult:
    """Enqueue a message ``store_inbound`` committed (a duplicate is not enqueued again); a broker
    failure goes to ``outbox`` (or the sweeper), never to the caller."""
    if not result.created:
        log.info(
            "inbound_duplicate",
            message_id=str(result.message_id),
            distributor_id=str(tenant),
            provider=msg.provider,
            channel=msg.channel,
        )
        return result
    ids = {"message_id": str(result.message_id), "distributor_id": str(tenant)}
    if outbox is not None and outbox.broker_down:  # known down: do not wait on it again
        ENQUEUE_FAILURES.labels(provider=msg.provider).inc()
        outbox.add(result.message_id, tenant)
        log.warning("inbound_enqueue_deferred", **ids, provider=msg.provider, channel=msg.channel)
        return result
    try:
        start_pipeline(result.message_id, tenant)
    except Exception as exc:  # the row is safe: the outbox (or else the sweeper) sends it later
        ENQUEUE_FAILURES.labels(provider=msg.provider).inc()
        log.error(
            "inbound_enqueue_failed",
            error_type=type(exc).__name__,
            **ids,
            provider=msg.provider,
            channel=msg.channel,
        )
        if outbox is not None:
            outbox.broker_down = True
            outbox.add(result.message_id, tenant)
        return result
    log.info(
        "inbound_accepted",
        message_id=str(result.message_id),
        distributor_id=str(tenant),
        provider=msg.provider,
        channel=msg.channel,
    )
    return InboundResult(
        result.message_id, result.customer_id, result.conversation_id, created=True, enqueued=True
    )
