"""The one writer of a message's `Plan`: `record` hands it to `oms_record_pipeline` (migration 0016).

Every path writes through here: the fused run (one transaction per message), each stage of the chained
mode (`until` = that stage), the redo of a message an earlier run left half done, and the paid path.
The SQL function locks the message and writes only the parts of the plan that are still missing, so a
redelivery, a replay or a concurrent run changes nothing twice.

Two ways in, one statement: a plan whose replies are already worded is written on an autocommit
connection (one round trip, the common case, complaints included: their snapshot reads the customer's
latest order); a CANCEL or CHANGE, which is linked to its order as its replies are worded (and a
complaint whose snapshot could not read the order), is written in a tenant transaction that locks the
message, words those replies and links the request, then calls the same function.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from db import models as m
from db.enums import AgentType
from db.session import function_connection, tenant_session
from db.tenant_token import call_as_tenant
from jobs.ai.budget import Unsettled
from jobs.ai.metering import slot, usage_row
from jobs.ai.providers import local_provider
from jobs.pipeline import outputs as out
from jobs.pipeline.plan import Plan, Snapshot
from jobs.pipeline.stages import Stage, reaches
from jobs.replies import model as model_replies
from jobs.replies.respond import replies_for
from jobs.webhooks import dispatch
from worker.settings import Settings, get_settings

RECORD_SQL = (
    "SELECT outcome, order_id, deliveries, wrote "
    "FROM public.oms_record_pipeline(%s::uuid, %s::uuid, %s::jsonb)"
)
RECORD_PAID_SQL = (
    "SELECT outcome, order_id, deliveries, wrote "
    "FROM public.oms_record_paid(%s::uuid, %s::uuid, %s::jsonb, %s::uuid, %s::jsonb)"
)
_SETTLE_IN_SESSION = text(
    "SELECT public.oms_ai_settle(CAST(:t AS uuid), CAST(:r AS uuid), CAST(:a AS jsonb))"
)
_RECORD_IN_SESSION = text(
    "SELECT outcome, order_id, deliveries, wrote "
    "FROM public.oms_record_pipeline(CAST(:t AS uuid), CAST(:m AS uuid), CAST(:p AS jsonb))"
)


@dataclass(frozen=True)
class Outcome:
    """`done` (whatever was missing is written; `wrote` names the parts), `stale` (a plan made for an
    untouched message found it touched: plan again from what is stored) or `missing`."""

    status: str
    order_id: uuid.UUID | None = None
    wrote: tuple[str, ...] = ()
    is_order: bool = False  # the message was read as an order (a chained run goes on to matching)

    @property
    def finished(self) -> bool:
        return "finished" in self.wrote


def payload(snap: Snapshot, plan_: Plan, until: Stage) -> dict[str, Any]:
    """The plan as `oms_record_pipeline` takes it: each stage's slice, written only if missing."""
    evs = list(plan_.events)
    body: dict[str, Any] = {
        "until": until.value,
        "from_untouched": snap.untouched,
        "redacted_content": plan_.redacted,
        "pii": out.pii_rows(plan_.content, list(plan_.pii)),
        # events by the stage that records them: message.created, message.classified, the order's
        "events": {"detect_pii": evs[:1], "classify_intent": evs[1:2], "create_order": evs[2:]},
        "suggested_responses": plan_.replies,
        "usage": [],
    }
    if not snap.webhooks:  # planned without events: refused as stale if an endpoint is active now
        body["events_skipped"] = True
    if not reaches(plan_.stage, Stage.CLASSIFY_INTENT):
        return body
    body["intent"] = plan_.message_intent.value
    body["intent_confidence"] = out.confidence(plan_.intent.confidence)
    body["classification"] = plan_.classification()
    if plan_.usage is not None and plan_.usage.provider == local_provider().name:
        body["usage"].append(
            usage_row(AgentType.MESSAGE_ANALYSIS, plan_.usage, confidence=plan_.intent.confidence)
        )
    if plan_.decision is not None:
        body["match"] = out.match_response(plan_.decision.output, latency_ms=plan_.decision.latency_ms)
    if plan_.order is not None:
        body["order"] = plan_.order.order
        body["order_lines"] = plan_.order.lines
        body["attachments"] = plan_.order.attachments
    return body


def _outcome(row: Any) -> tuple[Outcome, list[uuid.UUID]]:
    assert row is not None  # the function always returns one row
    return Outcome(row[0], row[1], tuple(row[3] or ())), list(row[2] or [])


def rederivable(plan_: Plan, settings: Settings) -> bool:
    """Could a redo make this plan again without paying? With the local provider, always. With a paid
    one, when the reading is a model reply already kept in a settled (synchronously committed)
    `ai_attempt` row, which a redo reuses (jobs/pipeline/paid.py), or a local reading no call was made
    for; not when it fell back after paid attempts (`review_reason`): a redo would make them again. Such
    a plan's write need not wait for the WAL flush."""
    return settings.ai_provider == local_provider().name or plan_.review_reason is None


def needs_session(plan_: Plan, until: Stage) -> bool:
    """Replies that read the customer's orders (a CANCEL/CHANGE links to its order on the way)."""
    return plan_.replies is None and not plan_.is_order and reaches(until, Stage.CLASSIFY_INTENT)


def record(
    tenant: uuid.UUID,
    snap: Snapshot,
    plan_: Plan,
    until: Stage = Stage.CREATE_ORDER,
    settings: Settings | None = None,
    settlement: Unsettled | None = None,
) -> Outcome:
    """Write what of `plan_` is missing, up to `until`, in one transaction; enqueue its webhook deliveries
    (and the model's reply drafts, when configured) after the commit. `settlement`: the paid attempt the
    reading came from, settled in the same transaction (which then waits for its WAL flush); if the write
    fails it is given back to its holder, who settles it on its own."""
    body = payload(snap, plan_, until)
    settings = settings or get_settings()
    settling = settlement is not None and settlement.take()
    if not settings.pipeline_sync_commit and not settling and rederivable(plan_, settings):
        # Derived from a committed message and re-derivable for free (no paid call): see the README.
        body["synchronous_commit"] = "off"
    settles = settlement if settling else None
    try:
        if needs_session(plan_, until):
            outcome, settled = _record_with_replies(tenant, snap, plan_, body, settles)
        else:
            outcome, settled = _record(tenant, snap, body, settles), settles is not None
    except BaseException:
        if settles is not None:
            settles.give_back()
        raise
    if settles is not None:
        if settled:
            settles.made()
        else:
            settles.give_back()
    if outcome.finished and model_replies.enabled(settings) and not needs_session(plan_, until):
        model_replies.draft_replies.send(str(snap.message_id), str(tenant))
    return outcome


def _record(tenant: uuid.UUID, snap: Snapshot, body: dict[str, Any], settlement: Unsettled | None) -> Outcome:
    plan_json = json.dumps(body, default=str)
    with function_connection() as conn:
        if settlement is None:
            row = call_as_tenant(conn, RECORD_SQL, (tenant, snap.message_id, plan_json)).fetchone()
        else:
            args = (tenant, snap.message_id, plan_json, settlement.reservation_id, settlement.payload(slot()))
            row = call_as_tenant(conn, RECORD_PAID_SQL, args).fetchone()
    outcome, deliveries = _outcome(row)
    if deliveries:
        dispatch.enqueue(tenant, deliveries)
    return outcome


def _record_with_replies(
    tenant: uuid.UUID, snap: Snapshot, plan_: Plan, body: dict[str, Any], settlement: Unsettled | None
) -> tuple[Outcome, bool]:
    """(the outcome, whether `settlement` was made in its transaction)."""
    mid = snap.message_id
    with tenant_session(tenant) as s:
        msg = s.get(m.Message, mid, with_for_update=True, populate_existing=True)
        if msg is None:
            return Outcome("missing"), False
        if snap.untouched and msg.redacted_content is not None:
            return Outcome("stale"), False  # a concurrent run got here first: plan again from what it stored
        if not msg.ai_suggested_responses and msg.processing_status.value != "PROCESSED":
            body["suggested_responses"] = _replies(s, tenant, snap, plan_)
        row = s.execute(_RECORD_IN_SESSION, {"t": tenant, "m": mid, "p": json.dumps(body, default=str)}).one()
        if settlement is not None:  # last: the month row is held only for the commit
            s.execute(
                _SETTLE_IN_SESSION,
                {"t": tenant, "r": settlement.reservation_id, "a": settlement.payload(slot())},
            )
        outcome, deliveries = _outcome(row)
        dispatch.after_commit(s, tenant, deliveries)
        if outcome.finished:
            model_replies.after_commit(s, tenant, mid)
    return outcome, settlement is not None


def _replies(s: Session, tenant: uuid.UUID, snap: Snapshot, plan_: Plan) -> list[dict[str, Any]]:
    return replies_for(
        s,
        tenant,
        message_id=snap.message_id,
        customer_id=snap.order_customer_id,
        intent=plan_.message_intent.value,
        text=plan_.redacted,
        lines=list(plan_.lines),
        currency=snap.currency,
    )
