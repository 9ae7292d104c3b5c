"""The fused pipeline's fast path: read once, analyse outside any transaction, write once.

With the local provider a message's whole analysis (PII, intent, extraction, matching) costs about a
millisecond, so the cost of the pipeline is its database traffic. This path makes two round trips:

1. ``oms_message_snapshot`` (one statement, no lock): the message, its conversation and tenant settings,
   and the stamps that tell the PII-rule and catalog caches whether they are current;
2. the analysis, in Python, with no transaction open, building exactly the rows and events the four
   stages would write (jobs/pipeline/outputs.py builds them for both paths);
3. ``oms_record_pipeline`` (one statement, one transaction): locks the message, writes everything only
   if the message is still untouched, and reports ``stale`` otherwise.

A message that is not untouched (a chained run or an earlier attempt left work behind, or a concurrent
redelivery got there first) goes to the stage-by-stage path, which checks each stage's output and
finishes only what is missing. So this path is an optimisation of the common case, never a second
definition of idempotency. It applies only with the local provider: a paid provider needs the budget
check and the error metering of the stage-by-stage path, and its latency dwarfs the database's anyway.

Durability: the write commits without waiting for the WAL flush (``OMS_PIPELINE_SYNC_COMMIT=off``, the
default), because everything it writes is derived from the message, which the ingress committed
synchronously before answering. If PostgreSQL itself crashes in the fraction of a second before the
flush, the result is gone but the message is still RECEIVED: the scheduled sweeper re-enqueues it and
the redo writes the same order id (derived from the message id) and the same event ids, which webhook
consumers dedupe on. Limits: the result is visible before it is durable, and a redo sees the catalog
and rules of its own time; so no webhook announces it before it is durable: the delivery's claim
waits for the WAL flush when it has not happened yet (jobs/webhooks/delivery.py). The local provider costs nothing, so a redo re-pays nothing. Waiting for the flush
costs about 1 CPU ms per message on a two-core machine; set it ``on`` to wait.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

import structlog

from db.enums import AgentType, MessageIntent
from db.session import function_connection, tenant_session
from jobs.ai.metering import usage_row
from jobs.ai.providers import AIUsage, local_provider
from jobs.customers.guide import apply_customer_history, tenant_intent_with_history
from jobs.language.extraction import OrderLine
from jobs.language.intent import IntentResult
from jobs.language.matching import CatalogIndex
from jobs.language.pii import PiiRule, detect, redact
from jobs.ops import pipeline_metrics
from jobs.pipeline import outputs as out
from jobs.pipeline.catalog_cache import build_index, cached_index
from jobs.pipeline.decide import decide_order
from jobs.pipeline.rules_cache import cached_rules, load_rules
from jobs.replies.suggest import NEEDS_ORDERS, needs_catalog, suggest
from jobs.webhooks import dispatch, events, payloads
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
class Snapshot:
    content: str
    media: list[dict[str, Any]]
    untouched: bool
    conversation_id: uuid.UUID
    customer_id: uuid.UUID | None
    conversation_customer_id: uuid.UUID
    channel: str
    created_at: datetime
    threshold: Decimal
    currency: str
    pii_rules_stamp: str
    catalog_stamp: str


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


# ----------------------------------------------------------------------------- the plan
def plan(tenant: uuid.UUID, mid: uuid.UUID, snap: Snapshot) -> dict[str, Any]:
    """Everything the four stages write for an untouched message, as `oms_record_pipeline` takes it."""
    stage = "detect_pii"
    try:
        content = snap.content or ""
        findings = detect(content, pii_rules(tenant, snap.pii_rules_stamp))
        redacted = redact(content, findings)
        plan_: dict[str, Any] = {
            "redacted_content": redacted,
            "pii": out.pii_rows(content, findings),
            "responses": [],
            "events": [
                events.build_event(
                    events.MESSAGE_CREATED,
                    mid,
                    payloads.message_data(
                        mid,
                        snap.conversation_id,
                        snap.customer_id,
                        snap.channel,
                        redacted,
                        snap.media,
                        snap.created_at,
                    ),
                    message_id=mid,
                    customer_id=snap.customer_id,
                )
            ],
            "usage": [],
        }

        stage = "classify_intent"
        started = time.perf_counter()
        media_only = out.is_media_only(content, snap.media)
        usage: AIUsage | None
        lines: list[OrderLine]
        if media_only:
            result, lines, usage = out.MEDIA_ONLY_INTENT, [], None
            provider, model = out.MEDIA_ONLY_PROVIDER, out.MEDIA_ONLY_MODEL
        else:
            analysis = local_provider().analyze(redacted)
            result, lines, usage = analysis.intent, analysis.lines, analysis.usage
            result = (
                tenant_intent_with_history(  # "repeat last week's order" from a customer who has one (#15)
                    tenant, snap.customer_id or snap.conversation_customer_id, redacted, result
                )
            )
            provider, model = usage.provider, usage.model
        intent_confidence = out.confidence(result.confidence)
        plan_["intent"] = MessageIntent(result.intent.value).value
        plan_["intent_confidence"] = intent_confidence
        plan_["responses"].append(
            out.classification_response(
                result,
                lines,
                None,
                provider=provider,
                model=model,
                usage=usage,
                latency_ms=int((time.perf_counter() - started) * 1000),
            )
        )
        plan_["events"].append(
            events.build_event(
                events.MESSAGE_CLASSIFIED,
                mid,
                out.classified_data(mid, result),
                message_id=mid,
                customer_id=snap.customer_id,
            )
        )
        if usage is not None:
            plan_["usage"].append(usage_row(AgentType.MESSAGE_ANALYSIS, usage, confidence=result.confidence))
        if result.intent.value != MessageIntent.ORDER.value:
            if plan_["intent"] in NEEDS_ORDERS:
                plan_["needs_stages"] = True  # its replies (and a cancel's link) read the customer's orders
                return plan_
            index = catalog(tenant, snap.catalog_stamp) if needs_catalog(plan_["intent"], None) else None
            plan_["suggested_responses"] = suggest(
                plan_["intent"], redacted, lines=lines, currency=snap.currency, index=index
            )
            plan_["processing_stage"] = "classify_intent"
            return plan_

        stage = "match_products"
        started = time.perf_counter()
        threshold = float(snap.threshold)
        # As the stage-by-stage path sees them: the stored (rounded) confidence, lines through JSON.
        stored = IntentResult(result.intent, float(intent_confidence), result.reasons)
        lines = [out.line_from_json(out.line_to_json(x)) for x in lines]
        if media_only:
            status, score, reasons = out.media_only_decision(snap.media)
            matched: list[dict[str, Any]] = []
        else:
            index = catalog(tenant, snap.catalog_stamp)
            matches = index.match_all(lines)
            with tenant_session(tenant) as gs:  # the customer's order guide: one indexed read (#15)
                hist = apply_customer_history(
                    gs, snap.customer_id or snap.conversation_customer_id, redacted, stored, matches, index
                )
            matches = hist.matches
            status, score, reasons = decide_order(hist.intent, matches, threshold, hist.reasons)
            matched = out.matched_lines(matches)
        decided = out.match_output(status, score, reasons, matched, threshold)
        plan_["responses"].append(
            out.match_response(decided, latency_ms=int((time.perf_counter() - started) * 1000))
        )

        stage = "create_order"
        order, order_lines = out.order_rows(decided, order_id=out.order_id_for(mid), currency=snap.currency)
        customer_id = snap.customer_id or snap.conversation_customer_id
        order.update(customer_id=customer_id, conversation_id=snap.conversation_id, channel=snap.channel)
        plan_["order"] = order
        plan_["order_lines"] = order_lines
        plan_["attachments"] = out.attachment_rows(order["id"], snap.media)
        data = payloads.order_data(
            order,
            order_lines,
            customer_id=customer_id,
            message_id=mid,
            conversation_id=snap.conversation_id,
            channel=snap.channel,
        )
        for kind in out.order_events(order):
            plan_["events"].append(
                events.build_event(
                    kind, order["id"], data, order_id=order["id"], message_id=mid, customer_id=customer_id
                )
            )
        index = catalog(tenant, snap.catalog_stamp) if needs_catalog("ORDER", decided) else None
        plan_["suggested_responses"] = suggest(
            "ORDER",
            redacted,
            decided=decided,
            total=order["total_amount"],
            currency=snap.currency,
            index=index,
        )
        plan_["processing_stage"] = "create_order"
        return plan_
    except Exception as exc:
        exc.oms_stage = stage  # type: ignore[attr-defined]  # the failure record names the real stage
        raise


# ----------------------------------------------------------------------------- the two round trips
def read_snapshot(tenant: uuid.UUID, mid: uuid.UUID) -> Snapshot | None:
    with function_connection() as conn:
        row = conn.execute(SNAPSHOT_SQL, (tenant, mid)).fetchone()
    return None if row is None else Snapshot(*row)


def run(message_id: uuid.UUID, tenant: uuid.UUID) -> Outcome:
    """The whole pipeline for an untouched message in two statements; `stale` means use the stages."""
    snap = read_snapshot(tenant, message_id)
    if snap is None:
        return Outcome("missing")
    if not snap.untouched:
        return Outcome("stale")
    with metrics.timed_stage("analyse"):
        plan_ = plan(tenant, message_id, snap)
    if plan_.get("needs_stages"):
        return Outcome("stages")
    if not get_settings().pipeline_sync_commit:
        plan_["synchronous_commit"] = "off"
    payload = json.dumps(plan_, default=str)
    with metrics.timed_stage("record"), function_connection() as conn:
        row = conn.execute(RECORD_SQL, (tenant, message_id, payload)).fetchone()
    assert row is not None  # the function always returns one row
    outcome = Outcome(row[0], row[1])
    if row[2]:  # committed: the webhook deliveries of its events can go (they wait for the WAL flush)
        dispatch.enqueue(tenant, row[2])
    if outcome.status == "done":
        order = plan_.get("order")
        pipeline_metrics.message_classified(None, snap.channel, plan_["intent"])
        if order:
            pipeline_metrics.order_created(None, order)
        log.info(
            "message_processed",
            message_id=str(message_id),
            distributor_id=str(tenant),
            intent=plan_["intent"],
            pii_findings=len(plan_["pii"]),
            order_id=str(outcome.order_id) if outcome.order_id else None,
            order_status=order["status"] if order else None,
            lines=len(plan_.get("order_lines", ())),
        )
    return outcome
