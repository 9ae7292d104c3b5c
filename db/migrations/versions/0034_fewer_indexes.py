"""No index that another index already is, and no GIN index nothing searches, on the pipeline's tables
(session 8, pgdiet2).

Revision ID: 0034
Revises: 0035 (0035 landed first; the ids are only names)
Create Date: 2026-12-06

Every row a message writes is inserted into each index of its table, and each index is one more lock
and one more relation opened by every statement on the table. Measured on the benchmark's bench db
(``benchmarks/pipeline.py``, 67 products), these indexes were never scanned, and each one's column list
is the leading columns of another btree index of the same table, which serves every lookup it could
(foreign-key cascades included), or it is a GIN index that no query searches:

- ``ai_responses (distributor_id)``: ``(distributor_id, created_at)`` leads with it (1.6 rows a message);
- ``data_access_audit (distributor_id)``: ``(distributor_id, created_at)`` (3.5 audit rows a message);
- ``messages (conversation_id)``: ``(conversation_id, created_at)`` (a message is inserted and updated,
  and its update is never HOT: ``updated_at`` is a column of ``ix_messages_pipeline_pending``);
- ``messages`` GIN on ``ai_suggested_responses``: nothing searches the drafts (they are read by message
  id; the reply drafting compares the whole value under the primary key), and every pipeline update
  rewrites them;
- ``order_products (order_id)``: the unique ``(order_id, line_number)``;
- ``ai_usage_metrics (distributor_id)``: the unique ``(distributor_id, date, hour, ...)``.
"""

from __future__ import annotations

from alembic import op

revision = "0034"
down_revision = "0035"
branch_labels = None
depends_on = None

# (index, table, what CREATE INDEX re-made it with in 0001)
DROPPED = (
    ("ix_ai_responses_distributor_id", "ai_responses", "btree (distributor_id)"),
    ("ix_data_access_audit_distributor_id", "data_access_audit", "btree (distributor_id)"),
    ("ix_messages_conversation_id", "messages", "btree (conversation_id)"),
    ("ix_messages_ai_suggested_responses", "messages", "gin (ai_suggested_responses)"),
    ("ix_order_products_order_id", "order_products", "btree (order_id)"),
    ("ix_ai_usage_metrics_distributor_id", "ai_usage_metrics", "btree (distributor_id)"),
)


def upgrade() -> None:
    for index, _table, _how in DROPPED:
        op.execute(f"DROP INDEX IF EXISTS public.{index}")


def downgrade() -> None:
    for index, table, how in DROPPED:
        op.execute(f"CREATE INDEX IF NOT EXISTS {index} ON public.{table} USING {how}")
