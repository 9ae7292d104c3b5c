"""The conversation summary counts the customer's orders in review through the customer's index (issue #12).

Revision ID: 0043
Revises: 0042
Create Date: 2026-12-07

``oms_refresh_context_summary`` (0010, 0028) runs at the commit of every order change and complaint. Its
count of the customer's orders in review (``o.customer_id = p_customer AND o.status::text = 'REVIEW'``)
was planned, without table statistics, on ``ix_orders_distributor_source_message`` with the tenant
condition that row-level security adds: it read every order of the tenant (152 rows and 502 buffers at
152 orders; a cost that grows with the order history), although
``ix_orders_distributor_customer_created (distributor_id, customer_id, created_at)`` serves both
conditions. The estimates are the cause (each index looks like it returns one row, and the two-column
prefix costs a little more), so the count now reads the customer's orders in ``created_at`` order, the
order that index gives without a sort: the same rows counted, the plan is that index's (1 row, 20
buffers at 152 orders; also at 21 orders in one page, custom and generic plans alike).
"""

from __future__ import annotations

import importlib
from types import ModuleType

revision = "0043"
down_revision = "0042"
branch_labels = None
depends_on = None

SUMMARY = "public.oms_refresh_context_summary(uuid)"
PATCHES = (
    (
        "SELECT count(*) INTO v_review FROM public.orders o\n"
        "  WHERE o.customer_id = p_customer AND o.status::text = 'REVIEW';",
        "SELECT count(*) INTO v_review FROM (\n"
        "    SELECT 1 FROM public.orders o\n"
        "    WHERE o.customer_id = p_customer AND o.status::text = 'REVIEW'\n"
        "    ORDER BY o.created_at DESC  -- the customer's index's order: chosen without statistics (0043)\n"
        "  ) r;",
    ),
)


def _m38() -> ModuleType:
    return importlib.import_module("db.migrations.versions.0038_latest_order")


def upgrade() -> None:
    _m38()._patch(SUMMARY, PATCHES)


def downgrade() -> None:
    _m38()._patch(SUMMARY, PATCHES, undo=True)
