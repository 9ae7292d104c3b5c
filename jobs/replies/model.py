"""Suggested replies drafted by the model (``OMS_AI_REPLIES=model``), the templates' facts in its words.

The pipeline always writes the template replies first (jobs/replies/suggest.py), in the message's own
transaction, so a reviewer never waits for a model and every fallback is already in place. When the
model is configured, the commit of those replies sends `draft_replies`, which:

1. reads the message, its order and its template replies in one short transaction, and closes it;
2. asks the paid provider (jobs/ai/calls.py: budget reservation per attempt, retries with backoff,
   circuit breaker, every attempt metered in both ledgers as agent ``CUSTOMER_SUPPORT``) with no
   transaction open. The model sees the PII-redacted text with names and addresses replaced as well
   (jobs/language/personal.py, the catalog's words protected), the order's facts (product names,
   quantities, total, review reasons) and the template drafts, never the raw message or the customer;
3. writes the drafts over the templates with one compare-and-set UPDATE (only if the replies are still
   the templates it read), each ``{"agent_type", "kind", "language", "text", "source": "model",
   "provider", "model"}``.

Fallback to the templates, which stay as written, each marked ``"model_fallback": reason``: the model is
off (``OMS_AI_REPLIES=template``, the default, or the local provider), the tenant is over budget
(``budget``), the provider is failing (``server``, ``timeout``, ``circuit_open``...), or its answer is
unusable (``malformed``, or a draft writing a placeholder such as ``<PHONE>``: it would send a customer
a hole where their data was). A draft already paid for (a redelivered job) is reused, not bought again.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from typing import Annotated, Any

import dramatiq
import structlog
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

import worker.broker  # noqa: F401 - sets the global broker before the actor is declared
from db import models as m
from db.enums import AgentType
from db.ids import as_uuid
from db.session import tenant_session
from jobs.ai.calls import Policy, Task, call_model
from jobs.ai.providers import JsonTask, get_provider
from jobs.ai.runner import get_runner
from jobs.language.personal import redact_for_model
from jobs.queues import PIPELINE_QUEUE
from worker.settings import Settings, get_settings

log = structlog.get_logger("oms.replies")

REPLY_ATTEMPT_STAGE = "reply_attempt"
MAX_REPLIES = 3
# Longer than a call's worst case (retries included): checked at import, as for the pipeline's AI actors.
TIME_LIMIT_MS = 180_000
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]+>")

SYSTEM_PROMPT = """\
You draft replies that a food and drink wholesaler's support agent may send to a business customer \
(a shop, restaurant or bar) about the message below. Personal data in it has been replaced by \
placeholders such as <PHONE>, <EMAIL>, <NAME> or <ADDRESS>: never write a placeholder in a reply.
You are given JSON: the customer's message, its intent, the language to write in, the order's facts if \
there is an order, and template drafts, each with its kind (confirmation, question, holding, answer, \
apology, escalation, acknowledgement).
Write one reply per template draft, of the same kind and in the same order, in the language given: \
friendly, brief (one to three sentences), stating the same facts. Never invent products, prices, \
quantities, dates or promises that the facts and drafts do not contain."""

JSON_MODE_SHAPE = """
Reply with JSON only, exactly this shape: {"replies": [{"kind": string, "text": string}]}"""


class DraftReply(BaseModel):
    kind: str
    text: str


class Drafts(BaseModel):
    """The model's answer (the json_schema it is asked for)."""

    replies: list[DraftReply]


class _DraftReply(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    kind: Annotated[str, Field(min_length=1, max_length=40)]
    text: Annotated[str, Field(min_length=1, max_length=1200)]


class _Drafts(BaseModel):
    model_config = ConfigDict(extra="ignore")

    replies: Annotated[list[_DraftReply], Field(min_length=1, max_length=MAX_REPLIES)]


DRAFTS = JsonTask(system=SYSTEM_PROMPT, schema=Drafts, shape=JSON_MODE_SHAPE, validator=_Drafts)


def _output(answer: Any) -> dict[str, Any]:
    return {"replies": [r.model_dump() for r in answer.value.replies]}


REPLY_TASK = Task(
    agent_type=AgentType.CUSTOMER_SUPPORT,
    error_stage="suggest_replies",
    attempt_stage=REPLY_ATTEMPT_STAGE,
    ask=lambda provider, text, timeout: provider.ask_async(DRAFTS, text, timeout=timeout),
    output=_output,
    max_cost=lambda provider, text: provider.task_max_cost_cents(DRAFTS, text),
)


def enabled(settings: Settings) -> bool:
    """Are replies drafted by the model? (`OMS_AI_REPLIES=model` with a paid provider.)"""
    return settings.ai_replies == "model" and settings.ai_provider != "local"


# ----------------------------------------------------------------------------- read
@dataclass(frozen=True)
class _Read:
    replies: list[dict[str, Any]]
    prompt: str
    paid: tuple[dict[str, Any], str, str] | None


def _done(replies: list[dict[str, Any]]) -> bool:
    return any(r.get("source") == "model" or "model_fallback" in r for r in replies)


def _read(s: Session, tenant: uuid.UUID, mid: uuid.UUID) -> _Read | None:
    """What the model is shown (redacted), or None when there is nothing to draft."""
    from jobs.pipeline.catalog_cache import catalog_index
    from jobs.pipeline.paid import catalog_words

    msg = s.get(m.Message, mid)
    if msg is None or not msg.ai_suggested_responses or msg.ai_extracted_intent is None:
        return None
    replies = list(msg.ai_suggested_responses)
    if _done(replies):
        return None
    protected = catalog_words(catalog_index(s, tenant))

    def clean(value: str | None) -> str:
        return redact_for_model(value or "", protected)

    order = s.scalar(select(m.Order).where(m.Order.source_message_id == mid))
    facts: dict[str, Any] | None = None
    if order is not None:
        lines = s.scalars(
            select(m.OrderProduct)
            .where(m.OrderProduct.order_id == order.id)
            .order_by(m.OrderProduct.line_number)
        ).all()
        facts = {
            "status": order.status.value,
            "lines": [
                {
                    "product": clean(x.product_name),
                    "quantity": format(x.quantity.normalize(), "f"),
                    "unit": x.unit,
                }
                for x in lines
            ],
            "total": str(order.total_amount),
            "currency": order.currency,
            "review_reasons": [clean(r) for r in (order.review_reasons or [])],
        }
    prompt = json.dumps(
        {
            "intent": msg.ai_extracted_intent.value,
            "language": replies[0].get("language", "en"),
            "message": clean(msg.redacted_content),
            "order": facts,
            "drafts": [{"kind": r.get("kind"), "text": clean(r.get("text"))} for r in replies],
        },
        ensure_ascii=False,
    )
    paid = s.execute(
        select(m.AIResponse.output, m.AIResponse.provider, m.AIResponse.model)
        .where(
            m.AIResponse.message_id == mid,
            m.AIResponse.stage == REPLY_ATTEMPT_STAGE,
            m.AIResponse.output["outcome"].astext == "ok",
        )
        .limit(1)
    ).first()
    return _Read(replies, prompt, (paid[0]["reply"], paid[1], paid[2] or "") if paid else None)


# ----------------------------------------------------------------------------- draft
def _from_model(
    templates: list[dict[str, Any]], drafted: dict[str, Any], provider: str, model: str
) -> list[dict[str, Any]] | None:
    """The model's drafts as suggestions (None when none is usable)."""
    language = templates[0].get("language", "en")
    out = [
        {
            "agent_type": AgentType.CUSTOMER_SUPPORT.value,
            "kind": str(d["kind"]),
            "language": language,
            "text": str(d["text"]),
            "source": "model",
            "provider": provider,
            "model": model,
        }
        for d in drafted.get("replies", [])[:MAX_REPLIES]
        if not _PLACEHOLDER.search(str(d.get("text", "")))
    ]
    return out or None


def draft(
    message_id: uuid.UUID | str, distributor_id: uuid.UUID | str, settings: Settings | None = None
) -> str:
    """Draft one message's replies with the model; returns what happened: ``off`` (templates by
    configuration), ``skip`` (nothing to draft, or drafted already), ``model``, or ``fallback:<reason>``."""
    settings = settings or get_settings()
    if not enabled(settings):
        return "off"
    mid, tenant = as_uuid(message_id), as_uuid(distributor_id)
    with tenant_session(tenant) as s:
        read = _read(s, tenant, mid)
    if read is None:
        return "skip"
    reason: str | None = None
    replies: list[dict[str, Any]] | None = None
    if read.paid is not None:
        drafted, provider_name, model_name = read.paid
        replies = _from_model(read.replies, drafted, provider_name, model_name)
    else:
        provider = get_provider(settings)
        result = get_runner().run(
            call_model(provider, tenant, mid, read.prompt, Policy.from_settings(settings), REPLY_TASK)
        )
        if result.error is not None:
            reason = result.error.kind
        else:
            usage = result.value.usage
            replies = _from_model(read.replies, _output(result.value), usage.provider, usage.model)
    if replies is None:
        reason = reason or "placeholder"
        replies = [{**r, "model_fallback": reason} for r in read.replies]
    with tenant_session(tenant) as s:
        written = s.execute(  # type: ignore[attr-defined]
            text(
                "UPDATE messages SET ai_suggested_responses = CAST(:new AS jsonb) "
                "WHERE id = :id AND ai_suggested_responses = CAST(:old AS jsonb)"
            ),
            {"id": mid, "new": json.dumps(replies), "old": json.dumps(read.replies)},
        ).rowcount
    outcome = "model" if reason is None else f"fallback:{reason}"
    log.info(
        "replies_drafted",
        message_id=str(mid),
        distributor_id=str(tenant),
        outcome=outcome,
        replies=len(replies),
        written=bool(written),
    )
    return outcome


# ----------------------------------------------------------------------------- the actor and its hook
_settings = get_settings()
if enabled(_settings):
    from jobs.ai.calls import check_time_limit

    check_time_limit(Policy.from_settings(_settings), TIME_LIMIT_MS, "draft_replies")


@dramatiq.actor(
    queue_name=PIPELINE_QUEUE, max_retries=3, min_backoff=1_000, max_backoff=30_000, time_limit=TIME_LIMIT_MS
)
def draft_replies(message_id: str, distributor_id: str) -> None:
    draft(message_id, distributor_id)


_PENDING = "model_replies_to_draft"
_LISTENING = "model_replies_listening"


def after_commit(session: Session, distributor_id: uuid.UUID | str, message_id: uuid.UUID) -> None:
    """When the model drafts replies, send `draft_replies` for this message once `session` commits (the
    template replies it wrote are then visible, and stay if the job is lost)."""
    if not enabled(get_settings()):
        return
    if not session.info.get(_LISTENING):
        session.info[_LISTENING] = True
        event.listen(session, "after_commit", _send)
        event.listen(session, "after_rollback", _drop)
    session.info.setdefault(_PENDING, []).append((str(message_id), str(distributor_id)))


def _drop(session: Session) -> None:
    session.info.pop(_PENDING, None)


def _send(session: Session) -> None:
    for message_id, distributor_id in dict.fromkeys(session.info.pop(_PENDING, None) or []):
        try:
            draft_replies.send(message_id, distributor_id)
        except Exception as exc:  # the templates stand
            log.warning("draft_replies_enqueue_failed", message_id=message_id, error_type=type(exc).__name__)
