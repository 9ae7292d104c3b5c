"""The scheduled customer-status actor: one batch of tenants per message."""

from __future__ import annotations

import dramatiq

import worker.broker  # noqa: F401 - sets the global broker before actors are declared
from jobs.customers.status import recompute_statuses
from jobs.queues import MAINTENANCE_QUEUE


@dramatiq.actor(queue_name=MAINTENANCE_QUEUE, max_retries=2, time_limit=600_000)
def recompute_customer_statuses(distributor_ids: list[str]) -> None:
    recompute_statuses(distributor_ids)
