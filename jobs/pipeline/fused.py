"""A message through the pipeline: read once, analyse outside any transaction, write once.

1. ``oms_message_snapshot`` (one statement, no lock): the message, its conversation and tenant settings,
   the stamps that tell the PII-rule and catalog caches whether they are current, and the customer's
   order guide and order count and spend (issue #15; only a reference like "the usual" reads more), and
   whether the tenant has an active webhook endpoint (without one the plan carries no events); for a
   message an earlier run touched, also what it stored (its reading and order decision: a redo re-makes
   neither); a complaint reads the customer's latest order too (`latest_order`, one statement); with a
   paid provider (its third argument, migration 0040), also what the model call's first reservation
   looks up: the tenant's budget and a reply an earlier attempt already paid for;
2. with a paid provider, the model's reading (jobs/pipeline/paid.py), with no transaction open;
3. ``analyse`` (jobs/pipeline/plan.py), in Python, with no transaction open: the message's `Plan`;
4. ``store.record`` (jobs/pipeline/store.py, the one writer): one statement, one transaction, that locks
   the message and writes whatever of the plan is missing; with a paid reading, in the same statement,
   the settlement of the attempt it came from (``oms_record_paid``).

The fused mode runs this once per message; the chained mode once per stage, each with `until` = its
stage (the analysis stops there, the writer writes up to there). The modes differ only in where the
transactions end.

Durability: with the local provider the write commits without waiting for the WAL flush
(``OMS_PIPELINE_SYNC_COMMIT=off``, the default), because everything it writes is derived from the
message, which the ingress committed synchronously before answering. If PostgreSQL itself crashes in
the fraction of a second before the flush, the result is gone but the message is still RECEIVED: the
first scheduled sweep after the server's restart (every minute) re-enqueues what was unfinished from
before it (jobs/pipeline/maintenance.py) and the redo writes the same order id (derived from the
message id) and the same event ids. No webhook announces it before it is durable: the delivery's claim
waits for the WAL flush (jobs/webhooks/delivery.py). A paid provider's write commits synchronously when it
settles its attempt or follows a fallback after paid attempts (store.rederivable).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any

import structlog
from sqlalchemy import select

from db import models as m
from db.session import function_connection, tenant_session
from db.tenant_token import call_as_tenant
from jobs.ai.budget import Looked
from jobs.ai.calls import ATTEMPT_STAGE
from jobs.ai.providers import AIUsage, Analysis, local_provider
from jobs.customers.guide import guide_history, tenant_source
from jobs.language.intent import Intent, IntentResult
from jobs.language.matching import CatalogIndex
from jobs.language.pii import PiiRule
from jobs.ops import pipeline_metrics
from jobs.pipeline import bounds as order_bounds
from jobs.pipeline import outputs as out
from jobs.pipeline import paid, store
from jobs.pipeline.catalog_cache import index_for
from jobs.pipeline.plan import Plan, Provider, Reading, Snapshot, analyse
from jobs.pipeline.rules_cache import cached_rules, load_rules
from jobs.pipeline.stages import Stage, StageFailed, reaches
from jobs.pipeline.store import Outcome
from jobs.replies.suggest import OrderRef
from worker import metrics
from worker.settings import Settings, get_settings

__all__ = ["Outcome", "plan", "read_paid_snapshot", "read_snapshot", "run", "with_stored"]

log = structlog.get_logger("oms.pipeline")

_SNAPSHOT_COLUMNS = (
    "SELECT content, media, untouched, conversation_id, customer_id, conversation_customer_id, channel, "
    "created_at, threshold, currency, pii_rules_stamp, catalog_stamp, customer_orders, customer_spent, guide, phrases, "
    "webhooks"
)
SNAPSHOT_SQL = f"{_SNAPSHOT_COLUMNS} FROM public.oms_message_snapshot(%s::uuid, %s::uuid)"
# With a paid provider: the same, and what the first reservation looks up (migrations 0037, 0040).
PAID_SNAPSHOT_SQL = (
    f"{_SNAPSHOT_COLUMNS}, budget_cents, paid FROM public.oms_message_snapshot(%s::uuid, %s::uuid, %s::text)"
)
_SNAPSHOT_FIELDS = 12  # the columns `Snapshot` takes; then the customer's usual, guide and phrases, and
# whether the tenant has an active webhook endpoint
LATEST_ORDER_SQL = "SELECT id, created_at FROM public.oms_latest_order(%s::uuid, %s::uuid)"


# ----------------------------------------------------------------------------- tenant caches
def pii_rules(tenant: uuid.UUID, stamp: str) -> list[PiiRule]:
    """From the cache when `stamp` is current; only a miss opens a session."""
    rules = cached_rules(tenant, stamp)
    if rules is None:
        with tenant_session(tenant) as s:
            rules = load_rules(s, tenant, stamp)
    return rules


def catalog(tenant: uuid.UUID, stamp: str) -> CatalogIndex:
    """From the cache when `stamp` is current; a miss builds it once per process (single flight)."""
    return index_for(tenant, stamp, lambda: tenant_session(tenant))


# ----------------------------------------------------------------------------- the two round trips
def read_snapshot(tenant: uuid.UUID, mid: uuid.UUID) -> Snapshot | None:
    with function_connection() as conn:
        row = call_as_tenant(conn, SNAPSHOT_SQL, (tenant, mid)).fetchone()
    return None if row is None else _snapshot(tenant, mid, row)


def read_paid_snapshot(tenant: uuid.UUID, mid: uuid.UUID) -> tuple[Snapshot | None, Looked | None]:
    """`read_snapshot`, and in the same statement what a paid reading's first reservation looks up (the
    tenant's budget, a reply an earlier attempt paid for): jobs/ai/budget.py `reserve_attempt`."""
    with function_connection() as conn:
        row = call_as_tenant(conn, PAID_SNAPSHOT_SQL, (tenant, mid, ATTEMPT_STAGE)).fetchone()
    if row is None:
        return None, None
    budget_cents, reply = row[-2:]
    paid_reply = None if reply is None else (reply[0], reply[1] or "", reply[2] or "")
    return _snapshot(tenant, mid, row[:-2]), Looked(Decimal(budget_cents), paid_reply)


def _snapshot(tenant: uuid.UUID, mid: uuid.UUID, row: Sequence[Any]) -> Snapshot:
    snap = Snapshot(mid, *row[:_SNAPSHOT_FIELDS])
    orders, spent, guide, phrases, webhooks = row[_SNAPSHOT_FIELDS:]
    usual = None if orders is None else (int(orders), Decimal(spent))
    return replace(
        snap,
        webhooks=bool(webhooks),
        bounds=order_bounds.for_tenant(tenant),
        customer_usual=lambda: usual,
        # the guide and phrases came with the snapshot; the recent orders are read only if a reference
        # needs them
        history=tenant_source(tenant, snap.order_customer_id, guide_history(guide, phrases)),
        latest_order=lambda: latest_order(tenant, snap.order_customer_id),
    )


def latest_order(tenant: uuid.UUID, customer_id: uuid.UUID) -> OrderRef | None:
    """The customer's most recent order of any status (what a complaint's replies name): one statement,
    no transaction (migration 0038)."""
    with function_connection() as conn:
        row = call_as_tenant(conn, LATEST_ORDER_SQL, (tenant, customer_id)).fetchone()
    return OrderRef(str(row[0]), row[1]) if row else None


def with_stored(tenant: uuid.UUID, snap: Snapshot) -> Snapshot:
    """A touched message's snapshot with the reading and the order decision an earlier run stored."""
    with tenant_session(tenant) as s:
        rows = s.execute(
            select(m.AIResponse.stage, m.AIResponse.output, m.AIResponse.provider, m.AIResponse.model).where(
                m.AIResponse.message_id == snap.message_id,
                m.AIResponse.stage.in_((Stage.CLASSIFY_INTENT.value, Stage.MATCH_PRODUCTS.value)),
            )
        ).all()
        intent, confidence = s.execute(
            select(m.Message.ai_extracted_intent, m.Message.ai_intent_confidence).where(
                m.Message.id == snap.message_id
            )
        ).one()
    stored = {r[0]: r for r in rows}
    classified = stored.get(Stage.CLASSIFY_INTENT.value)
    reading = None
    if classified is not None and intent is not None:
        output = classified[1]
        result = IntentResult(
            Intent(intent.value),
            float(output.get("confidence", confidence or 0)),
            tuple(output.get("reasons", ())),
        )
        lines = [out.line_from_json(x) for x in output.get("lines", [])]
        usage = AIUsage(classified[2] or "", classified[3] or "")
        addresses = tuple(output.get("addresses", ()))
        reading = Reading(Analysis(result, lines, usage, addresses), output.get("review_reason"))
    decided = stored.get(Stage.MATCH_PRODUCTS.value)
    return replace(snap, stored_reading=reading, stored_decision=decided[1] if decided else None)


def plan(
    tenant: uuid.UUID,
    snap: Snapshot,
    until: Stage = Stage.CREATE_ORDER,
    provider: Provider | None = None,
) -> Plan:
    """The message's plan with the tenant's cached rules and catalog (the local provider by default)."""
    try:
        rules = pii_rules(tenant, snap.pii_rules_stamp)
    except Exception as exc:  # a tenant rule that does not compile fails the PII stage
        raise StageFailed.wrap(Stage.DETECT_PII, exc) from exc
    return analyse(
        snap,
        rules,
        lambda: catalog(tenant, snap.catalog_stamp),
        provider or local_provider(),
        until,
    )


def _paid_reader(
    tenant: uuid.UUID, snap: Snapshot, settings: Settings, looked: Looked | None = None
) -> paid.PaidReader | None:
    """With a paid provider, its reader (jobs/pipeline/paid.py: `analyse` makes the call, with no
    transaction open); None when the local provider reads, or what an earlier run stored."""
    if settings.ai_provider == local_provider().name or snap.stored_reading is not None:
        return None
    return paid.PaidReader(
        tenant,
        snap.message_id,
        settings,
        snap,
        lambda: catalog(tenant, snap.catalog_stamp),
        looked,
    )


def run(
    message_id: uuid.UUID,
    tenant: uuid.UUID,
    until: Stage = Stage.CREATE_ORDER,
    settings: Settings | None = None,
) -> Outcome:
    """Read, analyse with no transaction open, write what is missing: the pipeline for one message, or
    (`until`) for one stage of the chained mode."""
    settings = settings or get_settings()
    # A paid provider's reading is made only by a run that reaches the classify stage
    paid_provider = settings.ai_provider != local_provider().name and reaches(until, Stage.CLASSIFY_INTENT)
    for _ in range(3):  # `stale`: a concurrent run touched the message meanwhile; plan from its work
        looked = None
        if paid_provider:
            snap, looked = read_paid_snapshot(tenant, message_id)
        else:
            snap = read_snapshot(tenant, message_id)
        if snap is None:
            return Outcome("missing")
        if not snap.untouched:
            snap = with_stored(tenant, snap)
        reader = _paid_reader(tenant, snap, settings, looked)
        if reader is not None:  # a paid reading is never planned twice for an endpoint added meanwhile
            snap = replace(snap, webhooks=True)
        try:
            with metrics.timed_stage("analyse"):
                plan_ = plan(tenant, snap, until, reader)
            with metrics.timed_stage("record"):
                settles = reader.unsettled if reader is not None else None
                outcome = store.record(tenant, snap, plan_, until, settings, settles)
        finally:
            if reader is not None and reader.unsettled is not None:
                reader.unsettled.settle()  # unless the write made it: the attempt is metered either way
        if outcome.status != "stale":
            break
    else:
        raise RuntimeError(f"message {message_id} kept changing under the pipeline")  # retried
    outcome = replace(outcome, is_order=plan_.is_order and reaches(plan_.stage, Stage.CLASSIFY_INTENT))
    if outcome.status == "done" and outcome.wrote:
        _count(tenant, snap, plan_, outcome)
    return outcome


def _count(tenant: uuid.UUID, snap: Snapshot, plan_: Plan, outcome: Outcome) -> None:
    order = plan_.order.order if plan_.order and "create_order" in outcome.wrote else None
    if "classify_intent" in outcome.wrote:
        pipeline_metrics.message_classified(None, snap.channel, plan_.message_intent.value)
    if order:
        pipeline_metrics.order_created(None, order)
    log.info(
        "message_processed" if outcome.finished else "message_stage_recorded",
        message_id=str(snap.message_id),
        distributor_id=str(tenant),
        wrote=list(outcome.wrote),
        intent=plan_.message_intent.value if reaches(plan_.stage, Stage.CLASSIFY_INTENT) else None,
        pii_findings=len(plan_.pii),
        order_id=str(outcome.order_id) if outcome.order_id else None,
        order_status=order["status"] if order else None,
        lines=len(plan_.order.lines) if plan_.order else 0,
    )
