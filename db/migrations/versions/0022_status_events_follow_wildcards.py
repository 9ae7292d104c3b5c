"""The recompute's customer.status_changed events reach `customer.*` subscriptions too (issue #9).

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-06

``oms_recompute_customer_statuses`` (0008) builds events only for tenants with a subscribed endpoint,
and its check knew the exact type and ``*`` but not the ``customer.*`` pattern that 0007 taught
``oms_record_events``: such an endpoint got the order trigger's status events but never the hourly
recompute's (AT_RISK, STOPPED_ORDERING). The check is patched in place to the same three forms.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

FUNCTION = "public.oms_recompute_customer_statuses(uuid[], timestamptz, boolean)"
OLD = "('customer.status_changed' = ANY(e.events) OR '*' = ANY(e.events))"
NEW = "('customer.status_changed' = ANY(e.events) OR '*' = ANY(e.events) OR 'customer.*' = ANY(e.events))"


def _patch(before: str, after: str) -> None:
    bind = op.get_bind()
    definition = bind.execute(
        text("SELECT pg_get_functiondef(CAST(:fn AS regprocedure))"), {"fn": FUNCTION}
    ).scalar_one()
    if before not in definition:
        raise RuntimeError(f"{FUNCTION}: the subscription check to patch is not there")
    bind.exec_driver_sql(definition.replace(before, after))


def upgrade() -> None:
    _patch(OLD, NEW)


def downgrade() -> None:
    _patch(NEW, OLD)
