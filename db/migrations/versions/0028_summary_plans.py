"""The conversation summary's order lines read by order, whatever the table statistics (#7).

Revision ID: 0028
Revises: 0025
Create Date: 2026-12-06

``oms_refresh_context_summary`` (0010) runs at the commit of every order change and of every complaint.
Its "usually orders" query joined the customer's last 20 orders to ``order_products``; the planner was
free to read all of the tenant's order lines and hash-join them (a plan it picks when the statistics are
missing or stale, 2,700 rows read for one summary). The lines are now read per recent order, in a LATERAL
sub-select that the planner cannot flatten (``OFFSET 0``), so each is an index lookup by order id. Same
rows, same grouping and order: the same text.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0028"
down_revision = "0025"
branch_labels = None
depends_on = None

USUAL_JOIN = """
    JOIN public.order_products op ON op.order_id = recent.id
    WHERE op.product_id IS NOT NULL
    GROUP BY op.product_name"""
USUAL_LATERAL = """
    CROSS JOIN LATERAL (
      SELECT l.product_name FROM public.order_products l
      WHERE l.order_id = recent.id AND l.product_id IS NOT NULL
      OFFSET 0  -- not flattened: one index lookup per recent order
    ) op
    GROUP BY op.product_name"""


def _migration(name: str) -> ModuleType:
    path = Path(__file__).with_name(name)
    spec = importlib.util.spec_from_file_location(f"oms_migration_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def summary_function(lateral: bool) -> str:
    """0010's ``oms_refresh_context_summary`` definition, with the order lines read per order if ``lateral``."""
    text = _migration("0010_review_roles_learning.py").SUMMARY
    start = text.index("CREATE OR REPLACE FUNCTION public.oms_refresh_context_summary")
    end = text.index("$f$;", start) + len("$f$;")
    function = text[start:end]
    assert function.count(USUAL_JOIN) == 1
    return function.replace(USUAL_JOIN, USUAL_LATERAL) if lateral else function


def upgrade() -> None:
    op.execute(summary_function(lateral=True))


def downgrade() -> None:
    op.execute(summary_function(lateral=False))
