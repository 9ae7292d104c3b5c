"""The scheduled housekeeping actors: one batch of tenants per message, each step idempotent."""

from __future__ import annotations

import dramatiq

import worker.broker  # noqa: F401 - sets the global broker before actors are declared
from jobs.ai import budget_alerts
from jobs.housekeeping import expiry
from jobs.housekeeping import purge as purging
from jobs.queues import MAINTENANCE_QUEUE


@dramatiq.actor(queue_name=MAINTENANCE_QUEUE, max_retries=3, time_limit=300_000)
def ai_budget_alerts(distributor_ids: list[str]) -> None:
    budget_alerts.send_budget_alerts(distributor_ids)


@dramatiq.actor(queue_name=MAINTENANCE_QUEUE, max_retries=3, time_limit=300_000)
def expire_invitations(distributor_ids: list[str]) -> None:
    expiry.expire_invitations(distributor_ids)


@dramatiq.actor(queue_name=MAINTENANCE_QUEUE, max_retries=3, time_limit=300_000)
def expire_sessions(distributor_ids: list[str]) -> None:
    expiry.expire_sessions(distributor_ids)


@dramatiq.actor(queue_name=MAINTENANCE_QUEUE, max_retries=3, time_limit=1_800_000)
def purge(distributor_ids: list[str]) -> None:
    purging.purge(distributor_ids)
