"""The fused pipeline's per-message SQL made cheaper and its plans independent of table statistics (#7).

Revision ID: 0024
Revises: 0022
Create Date: 2026-12-06

Measured per message (README, Pipeline throughput; same rows, same results):
- ``oms_message_untouched`` (0012), called by the snapshot and by the writer, was LANGUAGE sql with a
  sub-select, which PostgreSQL never inlines: its body was parsed and planned again on every call (about
  0.1 ms each). The same expression in plpgsql keeps its plan for the session.
- The snapshot read its two cache stamps through ``oms_pii_rules_stamp()`` and ``oms_catalog_stamp()``,
  each a function call reading ``tenant_config_versions`` with two tenant-token checks; it now joins the
  message's tenant's row once (one check). The stamp functions stay for their other callers.
- Until a table has statistics (a new database, the first minute of a benchmark), the planner picked the
  tenant-only index (``distributor_id``, which row-level security adds to every statement) for the
  per-message lookups by another column: the guide's read by customer, the "no order from this message"
  check, and the conversation summary's order lines and complaints (a trigger on every message and
  order), and so read every guide row, order, order line or message of the tenant per message, more as
  the tables grew (7.7 ms for one summary after 700 messages). Indexes that lead with the tenant and go
  on with the looked-up column serve both conditions, so they are chosen with or without statistics;
  they replace the tenant-only indexes, whose lookups they serve as a prefix. The ingress's lookups
  (a customer by phone or email, a conversation by customer and channel, a provider's message id) have
  such indexes already (their unique keys), but tied with the tenant-only index and lost: those
  tenant-only indexes (customers, conversations, external message mappings), which other indexes lead
  with the tenant anyway, are dropped.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0024"
down_revision = "0022"
branch_labels = None
depends_on = None

UNTOUCHED_BODY = """
  m.redacted_content IS NULL AND m.ai_extracted_intent IS NULL
     AND m.processing_status IN ('RECEIVED', 'PROCESSING', 'FAILED')
     AND NOT EXISTS (SELECT 1 FROM public.orders o WHERE o.source_message_id = m.id)"""
UNTOUCHED_PLPGSQL = f"""
CREATE OR REPLACE FUNCTION public.oms_message_untouched(m public.messages)
RETURNS boolean LANGUAGE plpgsql STABLE SECURITY INVOKER AS $f$
BEGIN
  RETURN {UNTOUCHED_BODY.strip()};
END
$f$;
"""
# 0012's definition, for the downgrade.
UNTOUCHED_SQL = f"""
CREATE OR REPLACE FUNCTION public.oms_message_untouched(m public.messages)
RETURNS boolean LANGUAGE sql STABLE SECURITY INVOKER AS $f$
  SELECT{UNTOUCHED_BODY}
$f$;
"""

INDEXES = """
CREATE INDEX ix_customer_order_guide_distributor_customer
  ON public.customer_order_guide (distributor_id, customer_id);
DROP INDEX public.ix_customer_order_guide_distributor_id;
CREATE INDEX ix_orders_distributor_source_message ON public.orders (distributor_id, source_message_id);
DROP INDEX public.ix_orders_distributor_id;
CREATE INDEX ix_order_products_distributor_order ON public.order_products (distributor_id, order_id);
DROP INDEX public.ix_order_products_distributor_id;
CREATE INDEX ix_messages_distributor_customer ON public.messages (distributor_id, customer_id);
DROP INDEX public.ix_messages_distributor_id;
DROP INDEX public.ix_customers_distributor_id;
DROP INDEX public.ix_conversations_distributor_id;
DROP INDEX public.ix_external_message_mappings_distributor_id;
"""
INDEXES_UNDO = """
CREATE INDEX ix_external_message_mappings_distributor_id ON public.external_message_mappings (distributor_id);
CREATE INDEX ix_conversations_distributor_id ON public.conversations (distributor_id);
CREATE INDEX ix_customers_distributor_id ON public.customers (distributor_id);
CREATE INDEX ix_messages_distributor_id ON public.messages (distributor_id);
DROP INDEX public.ix_messages_distributor_customer;
CREATE INDEX ix_order_products_distributor_id ON public.order_products (distributor_id);
DROP INDEX public.ix_order_products_distributor_order;
CREATE INDEX ix_orders_distributor_id ON public.orders (distributor_id);
DROP INDEX public.ix_orders_distributor_source_message;
CREATE INDEX ix_customer_order_guide_distributor_id ON public.customer_order_guide (distributor_id);
DROP INDEX public.ix_customer_order_guide_distributor_customer;
"""

STAMP_CALLS = "public.oms_pii_rules_stamp(), public.oms_catalog_stamp()"
STAMP_COLUMNS = "coalesce(tv.pii_rules_version, 0)::text, coalesce(tv.catalog_version, 0)::text"
# The message's tenant is the session's (row-level security on messages), so its versions row is the one
# the stamp functions read.
STAMP_JOIN = "\n    LEFT JOIN public.tenant_config_versions tv ON tv.distributor_id = m.distributor_id"


def _migration(name: str) -> ModuleType:
    path = Path(__file__).with_name(name)
    spec = importlib.util.spec_from_file_location(f"oms_migration_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def snapshot() -> str:
    """0021's snapshot with the stamps read from one joined row."""
    m19 = _migration("0019_cheaper_pipeline_reads.py")
    m21 = _migration("0021_snapshot_reads_phrases.py")
    assert STAMP_CALLS in m19.SNAPSHOT_SELECT
    return m19._snapshot(
        m19.SNAPSHOT_COLUMNS + ",\n  customer_orders integer, customer_spent numeric, guide jsonb, phrases jsonb",
        m19.SNAPSHOT_SELECT.replace(STAMP_CALLS, STAMP_COLUMNS) + m19.SNAPSHOT_WITH_GUIDE_SELECT + m21._PHRASES,
        m19.SNAPSHOT_WITH_GUIDE_JOINS + STAMP_JOIN,
    )


def upgrade() -> None:
    op.execute(UNTOUCHED_PLPGSQL)
    op.execute(snapshot())
    op.execute(INDEXES)


def downgrade() -> None:
    op.execute(INDEXES_UNDO)
    _migration("0021_snapshot_reads_phrases.py").upgrade()  # 0021's snapshot
    op.execute(UNTOUCHED_SQL)
