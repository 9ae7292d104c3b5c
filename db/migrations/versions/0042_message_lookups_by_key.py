"""A message looked up by id is read through its primary key, with or without statistics (issue #12).

Revision ID: 0042
Revises: 0041
Create Date: 2026-12-07

Row-level security adds ``distributor_id = (tenant)`` to every statement on ``messages``, and 0024's
``ix_messages_distributor_customer (distributor_id, customer_id)`` serves that condition. Until the
table has statistics (this project's servers run with autovacuum off; a new database), the planner
costs an index scan on it exactly as it costs the primary key's for the lookups by id (the snapshot,
the writer's ``UPDATE messages``, the untouched check: 8.55 against 8.55 at 700 messages) and picked
the tenant's index: it read every message of the tenant to find one (706 buffers at 700 messages,
more as the tenant's history grew).

The customer's messages are looked up by ``(customer_id, distributor_id)`` now, and that index
replaces both ``(distributor_id, customer_id)`` and ``(customer_id)`` (the cascade from
``customers``): no index of ``messages`` leads with the tenant alone, so a lookup by id has one
index that serves it and takes the primary key (5 buffers), and a customer's messages (the
conversation summary's complaints) still use both conditions. One index fewer also means one
index entry fewer for every insert and every update of a message (its updates are never HOT).
No statement of the app reads a tenant's messages without another condition: the sweep and the
dead letters use ``ix_messages_pipeline_pending`` or scan, as the privileged role (no tenant
condition); deleting a tenant (its cascade) scans ``messages``.
"""

from __future__ import annotations

from alembic import op

revision = "0042"
down_revision = "0041"
branch_labels = None
depends_on = None

UPGRADE = """
CREATE INDEX ix_messages_customer_distributor ON public.messages (customer_id, distributor_id);
DROP INDEX public.ix_messages_distributor_customer;
DROP INDEX public.ix_messages_customer_id;
"""
DOWNGRADE = """
CREATE INDEX ix_messages_customer_id ON public.messages (customer_id);
CREATE INDEX ix_messages_distributor_customer ON public.messages (distributor_id, customer_id);
DROP INDEX public.ix_messages_customer_distributor;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
