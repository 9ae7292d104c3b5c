"""The system's own Prometheus metrics, defined once for every process.

Worker processes run with `PROMETHEUS_MULTIPROC_DIR` set (by `oms worker`, before anything imports
prometheus_client), so these are file-backed there and the worker's metrics endpoint sums every
process; the ingress and the scheduler are single processes and serve their default registry.

Label values are bounded: channels, intents, statuses, review reasons, stages, outcomes and models are
small closed sets; tenants are distributors (a bounded, slowly growing set, never customers); attempts
are bucketed. No message id, phone number or address is ever a label.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from time import perf_counter

from prometheus_client import Counter, Gauge, Histogram

STAGE_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

MESSAGES = Counter(
    "oms_messages_processed_total",
    "Inbound messages through the pipeline by channel and intent",
    ["channel", "intent"],
)
ORDERS = Counter(
    "oms_orders_total",
    "Orders created, by status, decision (auto or review) and the first review reason",
    ["status", "decision", "reason"],
)
STAGE_SECONDS = Histogram(
    "oms_stage_duration_seconds", "Time spent in each pipeline stage", ["stage"], buckets=STAGE_BUCKETS
)
AI_TOKENS = Counter("oms_ai_tokens_total", "AI tokens by tenant, model and kind", ["tenant", "model", "kind"])
AI_COST = Counter("oms_ai_cost_usd_total", "AI cost in USD by tenant and model", ["tenant", "model"])
BROKER_ORPHANS = Counter(
    "oms_broker_orphans_requeued_total",
    "Messages a Redis fetch took without delivering them (a lost reply), given back to their queue",
    ["queue"],
)
WEBHOOK_DELIVERIES = Counter(
    "oms_webhook_deliveries_total", "Webhook delivery attempts by outcome and attempt", ["outcome", "attempt"]
)
SCHEDULER_RUNS = Counter(
    "oms_scheduler_job_runs_total", "Scheduler job runs by job and outcome", ["job", "outcome"]
)
SCHEDULER_SECONDS = Histogram(
    "oms_scheduler_job_duration_seconds", "Scheduler job durations", ["job"], buckets=STAGE_BUCKETS
)
SCHEDULER_LEADER = Gauge(
    "oms_scheduler_is_leader", "1 while this scheduler process holds the leader lock", multiprocess_mode="max"
)


def attempt_bucket(attempt: int) -> str:
    """Attempts as a bounded label: 1, 2, 3, 4-5, 6-10, 11+."""
    if attempt <= 3:
        return str(max(attempt, 1))
    if attempt <= 5:
        return "4-5"
    return "6-10" if attempt <= 10 else "11+"


def count_order(status: str, requires_review: bool, reasons: list[str] | tuple[str, ...] | None) -> None:
    reason = _reason_label(reasons[0]) if requires_review and reasons else "none"
    ORDERS.labels(status=status, decision="review" if requires_review else "auto", reason=reason).inc()


REASON_KINDS = (
    ("budget", "budget"),
    ("ambiguous", "ambiguous_line"),
    ("matched nothing", "unmatched_line"),
    ("below threshold", "low_confidence"),
    ("not understood", "not_understood"),
    ("media", "media"),
    ("quantity", "quantity"),
)


def _reason_label(reason: str) -> str:
    """Review reasons carry detail (line numbers, phrases, figures); the label keeps only their kind."""
    lowered = reason.lower()
    return next((kind for marker, kind in REASON_KINDS if marker in lowered), "other")


def count_ai_usage(tenant: str, model: str | None, prompt: int, completion: int, cost_usd: float) -> None:
    model_label = (model or "none")[:60]
    if prompt:
        AI_TOKENS.labels(tenant=tenant, model=model_label, kind="prompt").inc(prompt)
    if completion:
        AI_TOKENS.labels(tenant=tenant, model=model_label, kind="completion").inc(completion)
    if cost_usd:
        AI_COST.labels(tenant=tenant, model=model_label).inc(cost_usd)


@contextmanager
def timed_stage(stage: str) -> Iterator[None]:
    started = perf_counter()
    try:
        yield
    finally:
        stage_seconds(stage).observe(perf_counter() - started)


@cache
def stage_seconds(stage: str) -> Histogram:
    """STAGE_SECONDS's child for ``stage``, kept per label: ``labels`` takes a lock and builds its key each call,
    and every message observes six stages."""
    return STAGE_SECONDS.labels(stage=stage)


def multiprocess_dir() -> str | None:
    return os.environ.get("PROMETHEUS_MULTIPROC_DIR") or None


def exposition() -> tuple[bytes, str]:
    """This process's metrics, or every worker process's when running multiprocess."""
    from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, generate_latest

    directory = multiprocess_dir()
    if directory is None:
        return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
    from prometheus_client import multiprocess

    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=directory)
    return generate_latest(registry), CONTENT_TYPE_LATEST


Probe = Callable[[], tuple[bool, dict[str, object]]]
