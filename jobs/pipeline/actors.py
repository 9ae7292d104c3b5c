"""The message pipeline as dramatiq actors:

    detect_pii -> classify_intent -> match_products -> create_order

Each actor takes ids, locks the message row, reads its input from Postgres, writes its output there in
one tenant transaction, and only then sends the next stage. Every stage first checks whether its output
already exists, so a redelivered or replayed message changes nothing the second time; the unique
constraints (one order per source message, one PII result per span) back that up.

Stage outputs: detect_pii -> pii_detection_results + messages.redacted_content; classify_intent ->
messages.ai_* + an ai_responses row (MESSAGE_ANALYSIS) holding the extracted lines; match_products -> an
ai_responses row (ORDER_PROCESSING) holding matched lines and the gating decision; create_order -> orders,
order_products, order_attachments and the events for webhooks.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

import dramatiq
import structlog
from sqlalchemy import insert as sa_insert
from sqlalchemy import select, text
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.orm import Session

import worker.broker  # noqa: F401 - sets the global broker before actors are declared
from db import models as m
from db.enums import AgentType, MessageIntent, ProcessingStatus
from db.ids import as_uuid
from db.session import tenant_session
from jobs.ai.calls import Policy, check_time_limit
from jobs.ai.metering import record_usage
from jobs.ai.providers import AIProvider, AIUsage, Analysis, local_provider
from jobs.customers.guide import session_source
from jobs.language.intent import Intent, IntentResult
from jobs.ops import pipeline_metrics
from jobs.pipeline import bounds as order_bounds
from jobs.pipeline import fused, paid
from jobs.pipeline import outputs as out
from jobs.pipeline.catalog_cache import catalog_index
from jobs.pipeline.errors import PermanentError
from jobs.pipeline.plan import Plan, Reading, Snapshot, analyse, order_events, order_rows_from
from jobs.pipeline.rules_cache import pii_rules
from jobs.pipeline.stages import Stage, StageFailed
from jobs.queues import PIPELINE_QUEUE
from jobs.replies import model as model_replies
from jobs.replies.respond import replies_for
from jobs.webhooks import events
from worker.broker import on_final_failure
from worker.settings import get_settings

log = structlog.get_logger("oms.pipeline")
T = TypeVar("T")

ORDER_INTENTS = {MessageIntent.ORDER}
# Explicit per-stage policy: a handful of retries over about a minute, then the dead-letter view.
MAX_RETRIES, MIN_BACKOFF_MS, MAX_BACKOFF_MS, TIME_LIMIT_MS = 5, 1_000, 60_000, 30_000
# The actors that wait for a paid model call: longer than the call's worst case (retries included, set
# by OMS_AI_MAX_WAIT_SECONDS + OMS_AI_TIMEOUT_SECONDS), which the start-up check below enforces, so a
# call ends metered and recorded before the actor could be interrupted.
AI_TIME_LIMIT_MS = 180_000
_settings = get_settings()
if _settings.ai_provider != "local":
    check_time_limit(Policy.from_settings(_settings), AI_TIME_LIMIT_MS, "the pipeline actors")


def _lock_message(session: Session, message_id: uuid.UUID) -> m.Message:
    msg = session.get(m.Message, message_id, with_for_update=True, populate_existing=True)
    if msg is None:
        raise PermanentError(f"message {message_id} not found for this tenant")
    return msg


def _stage_output(session: Session, message_id: uuid.UUID, stage: str) -> m.AIResponse | None:
    """The stage's ai_responses row: from this transaction if it wrote it, else from the database."""
    cached = session.info.get("stage_outputs", {}).get((message_id, stage))
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    return session.scalars(
        select(m.AIResponse)
        .where(m.AIResponse.message_id == message_id, m.AIResponse.stage == stage)
        .limit(1)
    ).first()


_AI_RESPONSE_COLUMNS = tuple(c.key for c in m.AIResponse.__table__.columns)


def _keep_output(session: Session, response: m.AIResponse) -> m.AIResponse:
    """Insert a stage's ai_responses row (a plain cached INSERT, no unit of work) and keep it for the
    later stages of this transaction."""
    if response.id is None:
        response.id = uuid.uuid4()
    values = {k: v for k in _AI_RESPONSE_COLUMNS if (v := getattr(response, k)) is not None}
    session.execute(sa_insert(m.AIResponse), values)
    session.info.setdefault("stage_outputs", {})[(response.message_id, response.stage)] = response
    return response


def _in_stage_transaction(
    stage: Callable[[Session, m.Message, uuid.UUID], T],
    message_id: uuid.UUID | str,
    distributor_id: uuid.UUID | str,
) -> T:
    """Run one stage on its own: a tenant transaction holding the message row lock."""
    tenant = as_uuid(distributor_id)
    with tenant_session(tenant) as s:
        return stage(s, _lock_message(s, as_uuid(message_id)), tenant)


def _finish(msg: m.Message) -> None:
    msg.processing_status = ProcessingStatus.PROCESSED
    msg.processing_error = None
    msg.processed_at = datetime.now(UTC)


# ----------------------------------------------------------------------------- the plan, in a session
def snapshot_of(s: Session, msg: m.Message, tenant: uuid.UUID) -> Snapshot:
    """The message as `analyse` reads it, from the session (what `oms_message_snapshot` returns)."""
    conv = s.get(m.Conversation, msg.conversation_id)
    distributor = s.get(m.Distributor, tenant)
    assert conv is not None and distributor is not None
    return Snapshot(
        message_id=msg.id,
        content=msg.content or "",
        media=list(msg.media or []),
        untouched=False,
        conversation_id=conv.id,
        customer_id=msg.customer_id,
        conversation_customer_id=conv.customer_id,
        channel=conv.channel.value,
        created_at=msg.created_at,
        threshold=distributor.ai_confidence_threshold,
        currency=distributor.currency,
        bounds=order_bounds.for_tenant(tenant, distributor.settings or {}),
        customer_usual=order_bounds.customer_usual_reader(
            tenant, msg.customer_id or conv.customer_id, session=s
        ),
        history=session_source(s, msg.customer_id or conv.customer_id),  # read only if needed (#15)
    )


def stored_reading(s: Session, msg: m.Message) -> Reading | None:
    """The reading an earlier classify stage recorded, so later stages decide from what it stored."""
    classified = _stage_output(s, msg.id, Stage.CLASSIFY_INTENT)
    if classified is None or msg.ai_extracted_intent is None:
        return None
    output = classified.output
    intent = IntentResult(
        Intent(msg.ai_extracted_intent.value),
        float(output.get("confidence", msg.ai_intent_confidence or 0)),
        tuple(output.get("reasons", ())),
    )
    lines = [out.line_from_json(x) for x in output.get("lines", [])]
    usage = AIUsage(classified.provider or "", classified.model or "")
    return Reading(Analysis(intent, lines, usage), output.get("review_reason"))


def plan_for(
    s: Session, msg: m.Message, tenant: uuid.UUID, provider: AIProvider | Reading | None = None
) -> Plan:
    """`analyse` on the locked message: from the stored reading when the classify stage ran already,
    else from `provider` (a paid reading made before the transaction) or the local provider."""
    reading = stored_reading(s, msg) or provider or local_provider()
    return analyse(
        snapshot_of(s, msg, tenant), pii_rules(s, tenant), lambda: catalog_index(s, tenant), reading
    )


# ----------------------------------------------------------------------------- stage 1: PII
def run_detect_pii(message_id: uuid.UUID | str, distributor_id: uuid.UUID | str) -> bool:
    """Find PII, store where it is (never what it is) and the redacted text later stages read."""
    return _in_stage_transaction(
        lambda s, msg, tenant: _detect_pii(s, msg, tenant), message_id, distributor_id
    )


def _detect_pii(s: Session, msg: m.Message, tenant: uuid.UUID, p: Plan | None = None) -> bool:
    mid = msg.id
    if msg.redacted_content is not None:
        return True
    p = p or plan_for(s, msg, tenant)
    if p.pii:
        s.execute(
            insert(m.PiiDetectionResult)
            .values(
                [
                    {**row, "distributor_id": tenant, "message_id": mid}
                    for row in out.pii_rows(p.content, list(p.pii))
                ]
            )
            .on_conflict_do_nothing(index_elements=["message_id", "pii_type", "start_offset", "end_offset"])
        )
    msg.redacted_content = p.redacted
    msg.processing_status = ProcessingStatus.PROCESSING
    msg.processing_stage = Stage.DETECT_PII.value
    events.record_built(s, p.events[0])  # message.created
    log.info("pii_detected", message_id=str(mid), distributor_id=str(tenant), findings=len(p.pii))
    return True


# ----------------------------------------------------------------------------- stage 2: intent
def _paid_first(message_id: uuid.UUID, tenant: uuid.UUID) -> Reading | None:
    """With a paid provider, the model call, made before the stage's transaction opens (jobs/pipeline/
    paid.py); None with the local provider, whose analysis costs a millisecond inside it."""
    settings = get_settings()
    if settings.ai_provider == local_provider().name:
        return None
    return paid.prepare(tenant, message_id, settings)


def run_classify_intent(message_id: uuid.UUID | str, distributor_id: uuid.UUID | str) -> bool:
    """Classify the redacted text; True when the message goes on to matching (an order)."""
    pre = _paid_first(as_uuid(message_id), as_uuid(distributor_id))
    return _in_stage_transaction(
        lambda s, msg, tenant: _classify_intent(s, msg, tenant, plan_for(s, msg, tenant, pre)),
        message_id,
        distributor_id,
    )


def _classify_intent(s: Session, msg: m.Message, tenant: uuid.UUID, p: Plan) -> bool:
    mid = msg.id
    if msg.redacted_content is None:
        raise RuntimeError("classify_intent ran before detect_pii finished")  # retried, then visible
    if msg.ai_extracted_intent is None:
        msg.ai_extracted_intent = p.message_intent
        msg.ai_intent_confidence = out.confidence(p.intent.confidence)
        msg.ai_processed = True
        msg.processing_stage = Stage.CLASSIFY_INTENT.value
        _keep_output(s, m.AIResponse(distributor_id=tenant, message_id=mid, **p.classification()))
        events.record_built(s, p.events[1])  # message.classified
        conv = s.get(m.Conversation, msg.conversation_id)
        pipeline_metrics.message_classified(s, conv.channel if conv else None, msg.ai_extracted_intent)
        if p.usage is not None and p.usage.provider == local_provider().name:
            # Last: it locks this thread's usage row until commit. (A paid call's attempts were metered
            # as each ended: jobs/ai/calls.py.)
            record_usage(s, tenant, AgentType.MESSAGE_ANALYSIS, p.usage, confidence=p.intent.confidence)
    goes_on = msg.ai_extracted_intent in ORDER_INTENTS
    if not goes_on and msg.processing_status != ProcessingStatus.PROCESSED:
        _respond(s, msg, tenant, p)
        _finish(msg)  # questions, complaints, the rest: classified and left for a human
    return goes_on


def _respond(
    s: Session, msg: m.Message, tenant: uuid.UUID, p: Plan, decided: Any = None, total: Any = None
) -> None:
    """Suggested replies, once per message: the plan's, or (a CANCEL, CHANGE or complaint) worded from
    the customer's orders, linking a CANCEL or CHANGE to its order on the way."""
    if msg.ai_suggested_responses or msg.ai_extracted_intent is None:
        return
    if p.replies is not None and decided is None:
        msg.ai_suggested_responses = p.replies
        model_replies.after_commit(s, tenant, msg.id)
        return
    conv = s.get(m.Conversation, msg.conversation_id)
    distributor = s.get(m.Distributor, tenant)
    assert conv is not None and distributor is not None
    msg.ai_suggested_responses = replies_for(
        s,
        tenant,
        message_id=msg.id,
        customer_id=msg.customer_id or conv.customer_id,
        intent=msg.ai_extracted_intent.value,
        text=msg.redacted_content or "",
        lines=list(p.lines),
        currency=distributor.currency,
        decided=decided,
        total=total,
    )
    model_replies.after_commit(s, tenant, msg.id)  # the model's drafts replace them, when configured


# ----------------------------------------------------------------------------- stage 3: matching
def run_match_products(message_id: uuid.UUID | str, distributor_id: uuid.UUID | str) -> bool:
    """Match the extracted lines to the tenant's catalog and decide CONFIRMED or REVIEW."""
    return _in_stage_transaction(
        lambda s, msg, tenant: _match_products(s, msg, tenant), message_id, distributor_id
    )


def _match_products(s: Session, msg: m.Message, tenant: uuid.UUID, p: Plan | None = None) -> bool:
    mid = msg.id
    if _stage_output(s, mid, Stage.MATCH_PRODUCTS) is not None:
        return True
    if _stage_output(s, mid, Stage.CLASSIFY_INTENT) is None or msg.ai_extracted_intent is None:
        raise RuntimeError("match_products ran before classify_intent finished")
    p = p or plan_for(s, msg, tenant)
    assert p.decision is not None  # classified ORDER, so the plan decided
    response = out.match_response(p.decision.output, latency_ms=p.decision.latency_ms)
    _keep_output(s, m.AIResponse(distributor_id=tenant, message_id=mid, **response))
    msg.processing_stage = Stage.MATCH_PRODUCTS.value
    return True


# ----------------------------------------------------------------------------- stage 4: order
def run_create_order(message_id: uuid.UUID | str, distributor_id: uuid.UUID | str) -> uuid.UUID | None:
    """Write the one order of this message (CONFIRMED or REVIEW with reasons) and its events."""
    return _in_stage_transaction(
        lambda s, msg, tenant: _create_order(s, msg, tenant), message_id, distributor_id
    )


def _create_order(s: Session, msg: m.Message, tenant: uuid.UUID, p: Plan | None = None) -> uuid.UUID | None:
    mid = msg.id
    existing = s.scalar(select(m.Order.id).where(m.Order.source_message_id == mid))
    if existing is not None:
        if msg.processing_status != ProcessingStatus.PROCESSED:
            _finish(msg)
        return existing
    decided = _stage_output(s, mid, Stage.MATCH_PRODUCTS)
    if decided is None:
        raise RuntimeError("create_order ran before match_products finished")
    p = p or plan_for(s, msg, tenant)
    snap = snapshot_of(s, msg, tenant)
    # The order as the match stage decided it (stored), which a redo must not re-decide.
    rows = order_rows_from(snap, decided.output)
    order = {**rows.order, "distributor_id": tenant, "source_message_id": mid}
    # Plain cached INSERTs rather than the unit of work: this is the hottest write path.
    s.execute(sa_insert(m.Order), order)
    if rows.lines:
        s.execute(sa_insert(m.OrderProduct), [{**line, "distributor_id": tenant} for line in rows.lines])
    if rows.attachments:
        s.execute(
            sa_insert(m.OrderAttachment),
            [{**row, "distributor_id": tenant, "message_id": mid} for row in rows.attachments],
        )
    order_id: uuid.UUID = order["id"]
    for event in order_events(snap, rows):
        events.record_built(s, event)
    _respond(s, msg, tenant, p, decided.output, order["total_amount"])
    msg.processing_stage = Stage.CREATE_ORDER.value
    _finish(msg)
    pipeline_metrics.order_created(s, order)
    log.info(
        "order_created",
        message_id=str(mid),
        distributor_id=str(tenant),
        order_id=str(order_id),
        status=order["status"],
        lines=len(rows.lines),
    )
    return order_id


# ----------------------------------------------------------------------------- actors
# Every pipeline actor shares one explicit policy: its queue, a few retries, a time limit, and no
# retrying of errors that cannot heal.
def stage_actor(
    fn: Callable[[str, str], None], time_limit: int = TIME_LIMIT_MS
) -> dramatiq.Actor[[str, str], None]:
    # A fresh decorator per actor: dramatiq's decorator remembers the first name it was given.
    decorate = dramatiq.actor(
        queue_name=PIPELINE_QUEUE,
        throws=(PermanentError,),
        max_retries=MAX_RETRIES,
        min_backoff=MIN_BACKOFF_MS,
        max_backoff=MAX_BACKOFF_MS,
        time_limit=time_limit,
    )
    return decorate(fn)


def ai_stage_actor(fn: Callable[[str, str], None]) -> dramatiq.Actor[[str, str], None]:
    return stage_actor(fn, AI_TIME_LIMIT_MS)


@stage_actor
def detect_pii(message_id: str, distributor_id: str) -> None:
    run_detect_pii(message_id, distributor_id)
    classify_intent.send(message_id, distributor_id)


@ai_stage_actor
def classify_intent(message_id: str, distributor_id: str) -> None:
    if run_classify_intent(message_id, distributor_id):
        match_products.send(message_id, distributor_id)


@stage_actor
def match_products(message_id: str, distributor_id: str) -> None:
    run_match_products(message_id, distributor_id)
    create_order.send(message_id, distributor_id)


@stage_actor
def create_order(message_id: str, distributor_id: str) -> None:
    run_create_order(message_id, distributor_id)


def run_pipeline_fused(message_id: uuid.UUID | str, distributor_id: uuid.UUID | str) -> uuid.UUID | None:
    """Every stage, one commit. With the local provider an untouched message takes the fast path
    (jobs/pipeline/fused.py: one read, the analysis outside any transaction, one write); anything else, or a
    message some earlier run touched, has its plan written by the stage functions in one transaction.

    With the local provider a message costs about a millisecond of analysis, so four transactions and
    four broker round trips would cost more than the work itself.
    """
    mid, tenant = as_uuid(message_id), as_uuid(distributor_id)
    if get_settings().ai_provider == local_provider().name:
        outcome = fused.run(mid, tenant)
        if outcome.status == "done":
            return outcome.order_id
        if outcome.status == "missing":
            raise PermanentError(f"message {mid} not found for this tenant")
        return _run_stages_in_one_transaction(mid, tenant)
    try:
        pre = _paid_first(mid, tenant)
    except Exception as exc:
        raise StageFailed.wrap(Stage.CLASSIFY_INTENT, exc) from exc
    return _run_stages_in_one_transaction(mid, tenant, pre)


def _run_stages_in_one_transaction(
    mid: uuid.UUID, tenant: uuid.UUID, pre: Reading | None = None
) -> uuid.UUID | None:
    """The plan, written by the stage functions in one tenant transaction: one lock, one commit. Each
    stage checks its own output first, so a message that a chained run left half-done is finished, not
    redone."""
    order_id = None
    with tenant_session(tenant) as s:
        msg = _lock_message(s, mid)
        # What every stage reads about the conversation and tenant, in one query (then the identity map).
        s.execute(
            select(m.Conversation, m.Distributor)
            .join(m.Distributor, m.Distributor.id == m.Conversation.distributor_id)
            .where(m.Conversation.id == msg.conversation_id, m.Distributor.id == tenant)
        ).all()
        events.defer_events(s)
        stage = Stage.DETECT_PII
        try:
            # Stage outputs are handed over in the session, so nothing needs flushing until commit.
            s.autoflush = False
            p = plan_for(s, msg, tenant, pre)
            _detect_pii(s, msg, tenant, p)
            stage = Stage.CLASSIFY_INTENT
            if _classify_intent(s, msg, tenant, p):
                stage = Stage.MATCH_PRODUCTS
                _match_products(s, msg, tenant, p)
                stage = Stage.CREATE_ORDER
                order_id = _create_order(s, msg, tenant, p)
        except Exception as exc:
            raise StageFailed.wrap(stage, exc) from exc
        events.flush_events(s)
    return order_id


@ai_stage_actor
def process_message(message_id: str, distributor_id: str) -> None:
    run_pipeline_fused(message_id, distributor_id)


STAGE_ACTORS = {
    a.actor_name: a for a in (detect_pii, classify_intent, match_products, create_order, process_message)
}


def start_pipeline(message_id: uuid.UUID | str, distributor_id: uuid.UUID | str) -> None:
    """Enqueue a committed message (call only after the message row committed).

    `OMS_PIPELINE_MODE`: `fused` sends one `process_message`, `chained` sends `detect_pii`, which sends
    the next stage when it is done; `auto` (the default) fuses when the AI provider is local.
    """
    if get_settings().fused_pipeline:
        process_message.send(str(message_id), str(distributor_id))
    else:
        detect_pii.send(str(message_id), str(distributor_id))


def run_pipeline_inline(message_id: uuid.UUID | str, distributor_id: uuid.UUID | str) -> uuid.UUID | None:
    """All stages in this thread, in order (tests, `oms eval --db`, replays by hand)."""
    run_detect_pii(message_id, distributor_id)
    if not run_classify_intent(message_id, distributor_id):
        return None
    run_match_products(message_id, distributor_id)
    return run_create_order(message_id, distributor_id)


# ----------------------------------------------------------------------------- failures
@on_final_failure
def record_pipeline_failure(message: dramatiq.MessageProxy, exception: BaseException | None) -> None:
    """A stage gave up: mark the message FAILED with the reason, and keep an ai_errors row."""
    if message.actor_name not in STAGE_ACTORS or len(message.args) < 2:
        return
    message_id, distributor_id = message.args[0], message.args[1]
    stage = message.actor_name
    if isinstance(exception, StageFailed):  # the stage that failed, and what it raised
        stage, exception = exception.stage, exception.cause
    error = f"{type(exception).__name__}: {exception}" if exception else "failed"
    retries = int(message.options.get("retries", 0))
    with tenant_session(distributor_id) as s:
        s.execute(
            text(
                "UPDATE messages SET processing_status = 'FAILED', processing_stage = :stage, processing_error = :err "
                "WHERE id = :id"
            ),
            {"stage": stage, "err": error[:2000], "id": message_id},
        )
        if s.get(m.Message, as_uuid(message_id)) is not None:
            s.add(
                m.AIError(
                    distributor_id=as_uuid(distributor_id),
                    message_id=as_uuid(message_id),
                    stage=stage,
                    provider=None,
                    error_type=type(exception).__name__ if exception else "Failed",
                    error_message=error[:2000],
                    retry_count=retries,
                    is_final=True,
                    details={"job_id": message.message_id},
                )
            )
    log.error(
        "pipeline_failed",
        message_id=message_id,
        distributor_id=distributor_id,
        stage=stage,
        error_type=type(exception).__name__ if exception else None,
        retries=retries,
    )
