"""The scheduled customer actors: statuses (one batch of tenants per message) and conversation summaries."""

from __future__ import annotations

import dramatiq

import worker.broker  # noqa: F401 - sets the global broker before actors are declared
from jobs.customers.status import recompute_statuses
from jobs.customers.summary import refresh_all_due
from jobs.queues import MAINTENANCE_QUEUE


@dramatiq.actor(queue_name=MAINTENANCE_QUEUE, max_retries=2, time_limit=600_000)
def recompute_customer_statuses(distributor_ids: list[str]) -> None:
    recompute_statuses(distributor_ids)


@dramatiq.actor(queue_name=MAINTENANCE_QUEUE, max_retries=0, time_limit=120_000)
def refresh_context_summaries() -> None:
    refresh_all_due()
