"""The conversation summary's refresh: on a schedule, for the customers marked due (migration 0050).

`conversations.ai_context_summary` (usual products, open issues, last order) is read by people and
models, never by the pipeline, so it is not recomputed in the transaction of every order: an order change
or a complaint only marks its customer due (one `context_summary_due` row per customer, however many
orders), and this job refreshes each due customer once. Finding the tenants with due customers is the
privileged read; each tenant's refresh runs in a tenant session, under row-level security, in batches
that each take and refresh their customers in one transaction (a failed batch leaves them due).
"""

from __future__ import annotations

import uuid

import structlog
from sqlalchemy import text

from db.session import privileged_session, tenant_session

log = structlog.get_logger("oms.customers")

BATCH = 50  # customers a transaction: an order of one of them waits for its commit to mark it due again
_DUE_TENANTS = text("SELECT DISTINCT distributor_id FROM context_summary_due")
_REFRESH = text("SELECT public.oms_refresh_due_summaries(:n)")


def refresh_due(tenant: uuid.UUID, batch: int = BATCH) -> int:
    """Refresh the summaries of `tenant`'s due customers; how many were refreshed."""
    done = 0
    while True:
        with tenant_session(tenant) as s:
            # Derived from committed rows and made again by the next run if lost: no WAL flush to wait for.
            s.execute(text("SET LOCAL synchronous_commit = off"))
            n = int(s.execute(_REFRESH, {"n": batch}).scalar_one())
        done += n
        if n < batch:
            return done


def refresh_all_due() -> int:
    """Every tenant's due summaries (the scheduled job); how many were refreshed."""
    with privileged_session() as s:
        tenants = list(s.execute(_DUE_TENANTS).scalars())
    done = failed = 0
    for tenant in tenants:
        try:
            done += refresh_due(tenant)
        except Exception:  # one tenant's failure leaves its customers due, not the others' unrefreshed
            failed += 1
            log.exception("context_summaries_failed", distributor_id=str(tenant))
    if done:
        log.info("context_summaries_refreshed", customers=done, tenants=len(tenants))
    if failed:
        raise RuntimeError(f"conversation summaries of {failed} tenant(s) failed; they stay due")
    return done
