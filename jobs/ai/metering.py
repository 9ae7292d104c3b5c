"""AI usage metering: every provider call adds to the tenant's hourly `ai_usage_metrics` row.

One upsert per call, keyed by (tenant, date, hour, provider, model, agent type). A local analysis is
metered in the transaction that keeps its result. A paid provider's every HTTP attempt is metered when
it ends, success or failure, by `oms_ai_settle` (jobs/ai/budget.py, jobs/ai/calls.py): an
`ai_responses` row (stage ``ai_attempt``) and the usage row in one transaction, so the two ledgers hold
the same tokens and cost, and a result that is later rolled back or interrupted was still paid for and
is still counted. ``requests_count`` counts logical calls (one per message analysed), ``attempts_count``
HTTP attempts (what rate quotas count), ``error_count`` failed attempts. Cost is exact (cents, 10 places).

A tenant's hour is one logical row split over up to SLOTS physical ones: each writer thread keeps to its
own slot, so concurrent workers never queue behind one hot row lock (they did: the upsert's lock is
held until commit). Readers sum over slots; `compact_closed_hours` folds finished hours into slot 0.
"""

from __future__ import annotations

import os
import threading
import uuid
from datetime import UTC, datetime

import dramatiq
import structlog
from sqlalchemy import text
from sqlalchemy.orm import Session

import worker.broker  # noqa: F401 - sets the global broker before actors are declared
from db.enums import AgentType
from db.session import privileged_session
from jobs.ai.providers import AIUsage
from jobs.ops import pipeline_metrics
from jobs.queues import MAINTENANCE_QUEUE

log = structlog.get_logger("oms.maintenance")

SLOTS = 16


def slot() -> int:
    """This writer thread's slot of the hourly row."""
    return hash((os.getpid(), threading.get_ident())) % SLOTS


# The upsert itself is public.oms_record_usage (migration 0004), shared with oms_record_pipeline.
_UPSERT = text(
    "SELECT public.oms_record_usage(CAST(:d AS uuid), CAST(:date AS date), CAST(:hour AS integer), "
    "CAST(:slot AS integer), CAST(:provider AS text), CAST(:model AS text), CAST(:agent_type AS text), "
    "CAST(:errors AS integer), CAST(:tokens AS integer), CAST(:prompt AS integer), CAST(:completion AS integer), "
    "CAST(:cost AS numeric), CAST(:confidence AS numeric), CAST(:latency AS integer), "
    "CAST(:requests AS integer), CAST(:attempts AS integer))"
)


def record_usage(
    session: Session,
    distributor_id: uuid.UUID,
    agent_type: AgentType,
    usage: AIUsage,
    *,
    confidence: float | None = None,
    error: bool = False,
    at: datetime | None = None,
) -> None:
    """Add one call to the tenant's hourly usage row (call last in the stage's transaction: it locks the row)."""
    row = usage_row(agent_type, usage, confidence=confidence, error=error, at=at)
    session.execute(_UPSERT, {"d": distributor_id, **row})
    pipeline_metrics.ai_usage(
        session, distributor_id, usage.model, usage.prompt_tokens, usage.completion_tokens, usage.cost_cents
    )


def usage_row(
    agent_type: AgentType,
    usage: AIUsage,
    *,
    confidence: float | None = None,
    error: bool = False,
    at: datetime | None = None,
    requests: int = 1,
    attempts: int = 0,
) -> dict[str, object]:
    """One call's arguments of `oms_record_usage` (all but the tenant): its hour, this thread's slot.
    `requests`: logical calls this completes; `attempts`: HTTP attempts it stands for."""
    when = (at or datetime.now(UTC)).astimezone(UTC)
    return {
        "date": when.date(),
        "hour": when.hour,
        "slot": slot(),
        "provider": usage.provider,
        "model": usage.model,
        "agent_type": agent_type.value,
        "errors": int(error),
        "tokens": usage.tokens,
        "prompt": usage.prompt_tokens,
        "completion": usage.completion_tokens,
        "cost": usage.cost_cents,
        "confidence": None if confidence is None else round(confidence, 3),
        "latency": usage.latency_ms,
        "requests": requests,
        "attempts": attempts,
    }


_COMPACT = text(
    """
    WITH moved AS (
        DELETE FROM ai_usage_metrics
        WHERE slot > 0 AND (date < :today OR (date = :today AND hour < :hour))
        RETURNING distributor_id, date, hour, provider, model, agent_type, requests_count, attempts_count, error_count,
                  tokens_used, prompt_tokens, completion_tokens, cost_cents, avg_confidence, avg_latency_ms
    ), summed AS (
        SELECT distributor_id, date, hour, provider, model, agent_type,
               sum(requests_count) AS requests_count, sum(attempts_count) AS attempts_count,
               sum(error_count) AS error_count,
               sum(tokens_used) AS tokens_used, sum(prompt_tokens) AS prompt_tokens,
               sum(completion_tokens) AS completion_tokens, sum(cost_cents) AS cost_cents,
               sum(avg_confidence * requests_count) AS conf_sum,
               sum(CASE WHEN avg_confidence IS NOT NULL THEN requests_count ELSE 0 END) AS conf_n,
               sum(avg_latency_ms::bigint * requests_count) AS latency_sum,
               sum(CASE WHEN avg_latency_ms IS NOT NULL THEN requests_count ELSE 0 END) AS latency_n
        FROM moved GROUP BY distributor_id, date, hour, provider, model, agent_type
    )
    INSERT INTO ai_usage_metrics AS m
        (distributor_id, date, hour, slot, provider, model, agent_type, requests_count, attempts_count, error_count,
         tokens_used, prompt_tokens, completion_tokens, cost_cents, avg_confidence, avg_latency_ms)
    SELECT distributor_id, date, hour, 0, provider, model, agent_type, requests_count, attempts_count, error_count,
           tokens_used,
           prompt_tokens, completion_tokens, cost_cents,
           round(conf_sum / nullif(conf_n, 0), 3), (latency_sum / nullif(latency_n, 0))::int
    FROM summed
    ON CONFLICT (distributor_id, date, hour, provider, model, agent_type, slot) DO UPDATE SET
        avg_confidence = CASE
            WHEN EXCLUDED.avg_confidence IS NULL THEN m.avg_confidence
            WHEN m.avg_confidence IS NULL OR m.requests_count = 0 THEN EXCLUDED.avg_confidence
            ELSE round((m.avg_confidence * m.requests_count + EXCLUDED.avg_confidence * EXCLUDED.requests_count)
                       / (m.requests_count + EXCLUDED.requests_count), 3)
        END,
        avg_latency_ms = CASE
            WHEN EXCLUDED.avg_latency_ms IS NULL THEN m.avg_latency_ms
            WHEN m.avg_latency_ms IS NULL OR m.requests_count = 0 THEN EXCLUDED.avg_latency_ms
            ELSE ((m.avg_latency_ms::bigint * m.requests_count + EXCLUDED.avg_latency_ms::bigint * EXCLUDED.requests_count)
                  / (m.requests_count + EXCLUDED.requests_count))::int
        END,
        requests_count = m.requests_count + EXCLUDED.requests_count,
        attempts_count = m.attempts_count + EXCLUDED.attempts_count,
        error_count = m.error_count + EXCLUDED.error_count,
        tokens_used = m.tokens_used + EXCLUDED.tokens_used,
        prompt_tokens = m.prompt_tokens + EXCLUDED.prompt_tokens,
        completion_tokens = m.completion_tokens + EXCLUDED.completion_tokens,
        cost_cents = m.cost_cents + EXCLUDED.cost_cents
    """
)


def compact_closed_hours(session: Session, at: datetime | None = None) -> int:
    """Fold the slots of every finished hour into slot 0 (one row per hour again); returns rows written.

    Runs in one transaction, so a reader sees either the slots or their sum, never both or neither.
    """
    when = (at or datetime.now(UTC)).astimezone(UTC)
    result = session.execute(_COMPACT, {"today": when.date(), "hour": when.hour})
    return int(getattr(result, "rowcount", 0) or 0)


def compact_usage() -> int:
    """Fold the per-thread slots of finished hours in ai_usage_metrics into one row each (all tenants)."""
    with privileged_session() as s:
        written = compact_closed_hours(s)
    if written:
        log.info("usage_metrics_compacted", rows=written)
    return written


@dramatiq.actor(queue_name=MAINTENANCE_QUEUE, max_retries=3, time_limit=300_000)
def compact_usage_metrics() -> None:
    compact_usage()
