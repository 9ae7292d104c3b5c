"""The fused pipeline's fast path: read once, analyse outside any transaction, write once.

With the local provider a message's whole analysis (PII, intent, extraction, matching) costs about a
millisecond, so the cost of the pipeline is its database traffic. This path makes two round trips:

1. ``oms_message_snapshot`` (one statement, no lock): the message, its conversation and tenant settings,
   and the stamps that tell the PII-rule and catalog caches whether they are current;
2. ``analyse`` (jobs/pipeline/plan.py), in Python, with no transaction open: the message's `Plan`;
3. ``oms_record_pipeline`` (one statement, one transaction): locks the message, writes the plan only
   if the message is still untouched, and reports ``stale`` otherwise.

A message that is not untouched (a chained run or an earlier attempt left work behind, or a concurrent
redelivery got there first) goes to the stage-by-stage path, which checks each stage's output and
finishes only what is missing. So this path is an optimisation of the common case, never a second
definition of idempotency. It applies only with the local provider: a paid provider needs the budget
check and the error metering of the stage-by-stage path, and its latency dwarfs the database's anyway.

Durability: the write commits without waiting for the WAL flush (``OMS_PIPELINE_SYNC_COMMIT=off``, the
default), because everything it writes is derived from the message, which the ingress committed
synchronously before answering. If PostgreSQL itself crashes in the fraction of a second before the
flush, the result is gone but the message is still RECEIVED: the first scheduled sweep after the server's
restart (every minute) re-enqueues what was unfinished from before it (jobs/pipeline/maintenance.py) and
the redo writes the same order id (derived from the message id) and the same event ids, which webhook
consumers dedupe on. Limits: the result is visible before it is durable, and a redo sees the catalog
and rules of its own time; so no webhook announces it before it is durable: the delivery's claim
waits for the WAL flush when it has not happened yet (jobs/webhooks/delivery.py). The local provider costs nothing, so a redo re-pays nothing. Waiting for the flush
costs about 1 CPU ms per message on a two-core machine; set it ``on`` to wait.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from typing import Any

import structlog

from db.enums import AgentType
from db.session import function_connection, tenant_session
from db.tenant_token import call_as_tenant
from jobs.ai.metering import usage_row
from jobs.ai.providers import local_provider
from jobs.customers.guide import tenant_source
from jobs.language.matching import CatalogIndex
from jobs.language.pii import PiiRule
from jobs.ops import pipeline_metrics
from jobs.pipeline import bounds as order_bounds
from jobs.pipeline import outputs as out
from jobs.pipeline.catalog_cache import build_index, cached_index
from jobs.pipeline.plan import Plan, Snapshot, analyse
from jobs.pipeline.rules_cache import cached_rules, load_rules
from jobs.pipeline.stages import Stage, StageFailed
from jobs.webhooks import dispatch
from worker import metrics
from worker.settings import get_settings

log = structlog.get_logger("oms.pipeline")

SNAPSHOT_SQL = (
    "SELECT content, media, untouched, conversation_id, customer_id, conversation_customer_id, channel, "
    "created_at, threshold, currency, pii_rules_stamp, catalog_stamp "
    "FROM public.oms_message_snapshot(%s::uuid, %s::uuid)"
)
RECORD_SQL = (
    "SELECT outcome, order_id, deliveries FROM public.oms_record_pipeline(%s::uuid, %s::uuid, %s::jsonb)"
)


@dataclass(frozen=True)
class Outcome:
    status: str  # done | stale | missing | stages (a message whose replies need the stage path)
    order_id: uuid.UUID | None = None


# ----------------------------------------------------------------------------- tenant caches
def pii_rules(tenant: uuid.UUID, stamp: str) -> list[PiiRule]:
    """From the cache when `stamp` is current; only a miss opens a session."""
    rules = cached_rules(tenant, stamp)
    if rules is None:
        with tenant_session(tenant) as s:
            rules = load_rules(s, tenant, stamp)
    return rules


def catalog(tenant: uuid.UUID, stamp: str) -> CatalogIndex:
    index = cached_index(tenant, stamp)
    if index is None:
        with tenant_session(tenant) as s:
            index = build_index(s, tenant, stamp)
    return index


# ----------------------------------------------------------------------------- the plan as SQL takes it
def record_payload(tenant: uuid.UUID, snap: Snapshot, plan_: Plan) -> dict[str, Any]:
    """The plan as `oms_record_pipeline` takes it."""
    payload: dict[str, Any] = {
        "redacted_content": plan_.redacted,
        "pii": out.pii_rows(plan_.content, list(plan_.pii)),
        "intent": plan_.message_intent.value,
        "intent_confidence": out.confidence(plan_.intent.confidence),
        "responses": [plan_.classification()],
        "events": list(plan_.events),
        "usage": [],
        "processing_stage": plan_.stage.value,
        "suggested_responses": plan_.replies,
    }
    if plan_.usage is not None and plan_.usage.provider == local_provider().name:
        payload["usage"].append(
            usage_row(AgentType.MESSAGE_ANALYSIS, plan_.usage, confidence=plan_.intent.confidence)
        )
    if plan_.decision is not None:
        payload["responses"].append(
            out.match_response(plan_.decision.output, latency_ms=plan_.decision.latency_ms)
        )
    if plan_.order is not None:
        payload["order"] = plan_.order.order
        payload["order_lines"] = plan_.order.lines
        payload["attachments"] = plan_.order.attachments
    return payload


# ----------------------------------------------------------------------------- the two round trips
def read_snapshot(tenant: uuid.UUID, mid: uuid.UUID) -> Snapshot | None:
    with function_connection() as conn:
        row = call_as_tenant(conn, SNAPSHOT_SQL, (tenant, mid)).fetchone()
    if row is None:
        return None
    snap = Snapshot(mid, *row)
    return replace(
        snap,
        bounds=order_bounds.for_tenant(tenant),
        customer_usual=order_bounds.customer_usual_reader(tenant, snap.order_customer_id),
        history=tenant_source(tenant, snap.order_customer_id),  # read only if needed (#15)
    )


def plan(tenant: uuid.UUID, snap: Snapshot) -> Plan:
    """The message's plan with the local provider and the tenant's cached rules and catalog."""
    try:
        rules = pii_rules(tenant, snap.pii_rules_stamp)
    except Exception as exc:  # a tenant rule that does not compile fails the PII stage
        raise StageFailed.wrap(Stage.DETECT_PII, exc) from exc
    return analyse(
        snap,
        rules,
        lambda: catalog(tenant, snap.catalog_stamp),
        local_provider(),
    )


def run(message_id: uuid.UUID, tenant: uuid.UUID) -> Outcome:
    """The whole pipeline for an untouched message in two statements; `stale` means use the stages."""
    snap = read_snapshot(tenant, message_id)
    if snap is None:
        return Outcome("missing")
    if not snap.untouched:
        return Outcome("stale")
    with metrics.timed_stage("analyse"):
        plan_ = plan(tenant, snap)
    if plan_.replies is None:
        return Outcome("stages")  # its replies (and a cancel's link) read the customer's orders
    payload = record_payload(tenant, snap, plan_)
    if not get_settings().pipeline_sync_commit:
        payload["synchronous_commit"] = "off"
    with metrics.timed_stage("record"), function_connection() as conn:
        row = call_as_tenant(
            conn, RECORD_SQL, (tenant, message_id, json.dumps(payload, default=str))
        ).fetchone()
    assert row is not None  # the function always returns one row
    outcome = Outcome(row[0], row[1])
    if row[2]:  # committed: the webhook deliveries of its events can go (they wait for the WAL flush)
        dispatch.enqueue(tenant, row[2])
    if outcome.status == "done":
        order = plan_.order.order if plan_.order else None
        pipeline_metrics.message_classified(None, snap.channel, plan_.message_intent.value)
        if order:
            pipeline_metrics.order_created(None, order)
        log.info(
            "message_processed",
            message_id=str(message_id),
            distributor_id=str(tenant),
            intent=plan_.message_intent.value,
            pii_findings=len(plan_.pii),
            order_id=str(outcome.order_id) if outcome.order_id else None,
            order_status=order["status"] if order else None,
            lines=len(plan_.order.lines) if plan_.order else 0,
        )
    return outcome
