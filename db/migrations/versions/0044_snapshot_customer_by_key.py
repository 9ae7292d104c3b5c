"""The snapshot looks the message's customer up by primary key (issue #12).

Revision ID: 0044
Revises: 0043
Create Date: 2026-12-07

``oms_message_snapshot`` joined ``customers c ON c.id = coalesce(m.customer_id, v.customer_id)``. Row-level
security makes the query's own conditions wait until the policy's has passed unless PostgreSQL knows they
leak nothing, and it does not know that of ``coalesce`` (``contain_leaked_vars`` treats the node as
possibly leaky): the join condition could never be an index condition, so every snapshot scanned the
tenant's customers. With statistics (an analyzed bench database, 250 customers) the plan was a hash join
over a sequential scan of ``customers`` (250 rows); without, an index scan of
``ix_customers_distributor_status`` on the tenant alone (135-158 rows a message in the benchmark). The
same value written as ``CASE WHEN m.customer_id IS NOT NULL THEN m.customer_id ELSE v.customer_id END``
(a CASE and a null test, which PostgreSQL does know to be leak-free) is an index condition on
``pk_customers``: one row, with statistics. Without statistics, on a table that looks smaller than 200
rows, the tenant's index still ties with the primary key (README, session 13, pg13).
"""

from __future__ import annotations

import importlib
from types import ModuleType

revision = "0044"
down_revision = "0043"
branch_labels = None
depends_on = None

SNAPSHOT = "public.oms_message_snapshot(uuid, uuid, text)"
PATCHES = (
    (
        "LEFT JOIN public.customers c ON c.id = coalesce(m.customer_id, v.customer_id)",
        "LEFT JOIN public.customers c"
        "\n      ON c.id = CASE WHEN m.customer_id IS NOT NULL THEN m.customer_id ELSE v.customer_id END"
        "  -- leak-free, unlike coalesce: an index condition under row-level security (0044)",
    ),
)


def _m38() -> ModuleType:
    return importlib.import_module("db.migrations.versions.0038_latest_order")


def upgrade() -> None:
    _m38()._patch(SNAPSHOT, PATCHES)


def downgrade() -> None:
    _m38()._patch(SNAPSHOT, PATCHES, undo=True)
