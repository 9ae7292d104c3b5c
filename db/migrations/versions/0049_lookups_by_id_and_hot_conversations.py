"""Lookups by id take an id-first index without statistics; a message's conversation update is HOT (issue #12).

Revision ID: 0049
Revises: 0048
Create Date: 2026-12-07

Without table statistics (a new database; this machine's PostgreSQL runs without autovacuum) a table looks
smaller than 200 rows for a while, the tenant's condition (every policy's ``distributor_id = ...``) looks as
selective as a unique key, and a lookup by id ties, cost for cost, between the primary key and any index that
leads with the tenant. PostgreSQL keeps the first of exactly tied paths, which is the newest index; the
generic plan a pooled backend makes then is kept for the backend's life, reading every row of the tenant.

- ``orders``: ``ix_orders_id_distributor_id (id, distributor_id)``. The newest index of ``orders`` leads with
  the id, so it wins the ties of lookups by id (the guide trigger reads its order by id, 37-81 entries of
  ``ix_orders_distributor_source_message`` a message in a sequential probe, growing with the tenant's orders:
  now 2), and it can serve no lookup on the tenant alone (a tenant-first ``(distributor_id, id)`` index,
  tried in session 15, won the untouched check's lookup on the tenant alone). 0048 gave ``customers`` the same
  shape (``uq_customers_id_distributor_id``).
- ``oms_message_snapshot``'s customer is a ``LATERAL`` sub-select with ``LIMIT 1`` (as 0047 did for the
  conversation): planned on its own, the id is a restriction of ``customers`` and takes the id-first index.
  As a join clause it tied with a scan of the tenant's customers through ``ix_customers_distributor_status``
  (80 rows read at 80 customers, every snapshot). Same row, same columns.
- ``ix_conversations_distributor_last_message`` is dropped. The ingest updates the message's conversation
  (``last_message_at``, ``unread_count``) for every message, and an update that changes an indexed column is
  never HOT: every one wrote a new entry into each of the four indexes of ``conversations`` and left a dead
  one behind (which bitmap scans never clean: session 15). Nothing of this project reads conversations in
  ``last_message_at`` order; the spec's inbox query (every conversation of the tenant, newest first) reads all
  of the tenant's conversations anyway, now through ``uq_conversations_distributor_id_customer_id_channel``,
  and sorts them. The updates are HOT now (probe: 0.6-0.7 of 1.6 conversation updates a message -> all).
"""

from __future__ import annotations

import importlib
from types import ModuleType

from alembic import op

revision = "0049"
down_revision = "0048"
branch_labels = None
depends_on = None

SNAPSHOT = "public.oms_message_snapshot(uuid, uuid, text)"
SNAPSHOT_PATCHES = (
    (
        "    LEFT JOIN public.customers c\n"
        "      ON c.id = CASE WHEN m.customer_id IS NOT NULL THEN m.customer_id ELSE v.customer_id END  -- leak-free, "
        "unlike coalesce: an index condition under row-level security (0044)\n",
        "    LEFT JOIN LATERAL (SELECT c.id, c.total_orders, c.total_spent FROM public.customers c\n"
        "      WHERE c.id = CASE WHEN m.customer_id IS NOT NULL THEN m.customer_id ELSE v.customer_id END\n"
        "      LIMIT 1) c ON true  -- planned alone: a lookup by id, with or without statistics (0049)\n",
    ),
)

UPGRADE = """
CREATE INDEX ix_orders_id_distributor_id ON public.orders (id, distributor_id);
DROP INDEX public.ix_conversations_distributor_last_message;
"""
DOWNGRADE = """
CREATE INDEX ix_conversations_distributor_last_message ON public.conversations (distributor_id, last_message_at DESC);
DROP INDEX public.ix_orders_id_distributor_id;
"""


def _m38() -> ModuleType:
    return importlib.import_module("db.migrations.versions.0038_latest_order")


def upgrade() -> None:
    op.execute(UPGRADE)
    _m38()._patch(SNAPSHOT, SNAPSHOT_PATCHES)


def downgrade() -> None:
    _m38()._patch(SNAPSHOT, SNAPSHOT_PATCHES, undo=True)
    op.execute(DOWNGRADE)
