"""The message snapshot also returns the customer's learned phrases (issue #15).

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06

0020 left the fused pipeline one more tenant transaction per ORDER message to read the customer's ACTIVE
``customer_phrases`` beside the guide that ``oms_message_snapshot`` already returns (0019). This adds
them to the snapshot as a jsonb array of [phrase, sku, variant name], so the pipeline reads a message,
its customer's guide and phrases in one statement again. The function is 0019's with one more column.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def _m0019() -> ModuleType:
    path = Path(__file__).with_name("0019_cheaper_pipeline_reads.py")
    spec = importlib.util.spec_from_file_location("oms_migration_0019", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_PHRASES = """,
           (SELECT coalesce(jsonb_agg(jsonb_build_array(cp.phrase, p.sku, pv.name)
                                      ORDER BY cp.phrase, p.sku), '[]'::jsonb)
            FROM public.customer_phrases cp JOIN public.products p ON p.id = cp.product_id
            LEFT JOIN public.product_variants pv ON pv.id = cp.variant_id
            WHERE cp.customer_id = c.id AND cp.status = 'ACTIVE')"""


def upgrade() -> None:
    m = _m0019()
    op.execute(
        m._snapshot(
            m.SNAPSHOT_COLUMNS + ",\n  customer_orders integer, customer_spent numeric, guide jsonb, phrases jsonb",
            m.SNAPSHOT_SELECT + m.SNAPSHOT_WITH_GUIDE_SELECT + _PHRASES,
            m.SNAPSHOT_WITH_GUIDE_JOINS,
        )
    )


def downgrade() -> None:
    op.execute(_m0019().SNAPSHOT_WITH_GUIDE)
