"""The scheduled jobs, as data: one `JobSpec` per job. Adding a job is adding an entry here.

Each job only enqueues its dramatiq actor (the work runs in the workers). A `per_tenant` job is sent
once per batch of active tenants, as `actor(distributor_ids=[...], **kwargs)`; any other job once, as
`actor(**kwargs)`. The id is stable: it names the APScheduler job, the slot key in `scheduler_runs`,
the `oms run-job` argument and the key of `OMS_SCHEDULES` (see scheduler/schedules.py).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import dramatiq


@dataclass(frozen=True)
class JobSpec:
    id: str
    actor: str  # "package.module:actor_name"
    schedule: str  # default schedule: "every 60s" / "every 10m" / "every 1h", a UTC crontab line, or "off"
    description: str
    per_tenant: bool = False
    kwargs: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    misfire_grace_seconds: int = 300  # a slot later than this (scheduler down, failover) is skipped


JOBS: tuple[JobSpec, ...] = (
    JobSpec(
        "sweep_stalled_messages",
        "jobs.pipeline.maintenance:sweep_stalled_messages",
        "every 1m",
        "re-enqueue messages stuck before PROCESSED (lost enqueue, broker data loss)",
        kwargs=MappingProxyType({"older_than_seconds": 300}),
        misfire_grace_seconds=30,
    ),
    JobSpec(
        "compact_usage_metrics",
        "jobs.ai.metering:compact_usage_metrics",
        "every 10m",
        "fold finished hours of ai_usage_metrics into one row each",
    ),
    JobSpec(
        "sweep_due_webhook_deliveries",
        "jobs.webhooks.sweep:sweep_due_webhook_deliveries",
        "every 30s",
        "enqueue webhook deliveries that are due but that no broker message carries (lost, crashed, later)",
        misfire_grace_seconds=30,
    ),
    JobSpec(
        "recompute_customer_statuses",
        "jobs.customers.actors:recompute_customer_statuses",
        "5 * * * *",
        "customer statuses from each customer's ordering rhythm (only changed rows written)",
        per_tenant=True,
        misfire_grace_seconds=1800,
    ),
    JobSpec(
        "refresh_context_summaries",
        "jobs.customers.actors:refresh_context_summaries",
        "every 30s",
        "conversation summaries of the customers whose orders changed or who complained (marked due)",
        misfire_grace_seconds=30,
    ),
    JobSpec(
        "ai_budget_alerts",
        "jobs.housekeeping.actors:ai_budget_alerts",
        "*/15 * * * *",
        "ai.budget_warning at 80% and ai.budget_exceeded at 100% of the monthly AI budget, once a month",
        per_tenant=True,
    ),
    JobSpec(
        "expire_invitations",
        "jobs.housekeeping.actors:expire_invitations",
        "every 15m",
        "revoke the tokens of unaccepted invitations past expires_at",
        per_tenant=True,
    ),
    JobSpec(
        "expire_sessions",
        "jobs.housekeeping.actors:expire_sessions",
        "every 5m",
        "end user sessions past expires_at",
        per_tenant=True,
    ),
    JobSpec(
        "purge",
        "jobs.housekeeping.actors:purge",
        "30 3 * * *",
        "drop data past its retention (OMS_RETENTION_DAYS); never orders or the audit trail",
        per_tenant=True,
        misfire_grace_seconds=6 * 3600,
    ),
)


def job(job_id: str) -> JobSpec:
    for spec in JOBS:
        if spec.id == job_id:
            return spec
    raise KeyError(job_id)


def actor_for(spec: JobSpec) -> dramatiq.Actor[Any, Any]:
    """Import the job's actor module (declaring the actor) and return the actor."""
    module, _, name = spec.actor.partition(":")
    actor = getattr(importlib.import_module(module), name)
    if not isinstance(actor, dramatiq.Actor):
        raise TypeError(f"{spec.actor} is not a dramatiq actor")
    return actor
