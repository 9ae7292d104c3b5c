"""A complaint's suggested replies read the customer's latest order with one statement (issue #12).

Revision ID: 0038
Revises: 0034
Create Date: 2026-12-06

A COMPLAINT's replies name the customer's most recent order, so the fused pipeline wrote a complaint
in a tenant transaction of its own (BEGIN, the token's set_config, the message locked and loaded
through the ORM, the order read, the record call, COMMIT): six round trips where every other message
takes one, about 11% of the benchmark's messages. ``oms_latest_order`` reads that order (the same
query as ``jobs.review.requests.latest_order``) as a tenant-first call, so the pipeline reads it with
one autocommit statement while it analyses and writes the complaint like any other message
(jobs/pipeline/store.py). CANCEL and CHANGE still take the transaction: they link the message to an
order and put it in review on the way.
"""

from __future__ import annotations

from alembic import op

revision = "0038"
down_revision = "0034"
branch_labels = None
depends_on = None

UPGRADE = r"""
CREATE FUNCTION public.oms_latest_order(p_tenant uuid, p_customer uuid)
RETURNS TABLE (id uuid, created_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
#variable_conflict use_column
BEGIN
  -- p_tenant names the tenant for the caller's token (db/tenant_token.py `call_as_tenant`); the rows
  -- are the token's tenant's (row-level security), whatever it says
  RETURN QUERY
    SELECT o.id, o.created_at FROM public.orders o
    WHERE o.customer_id = p_customer
    ORDER BY o.created_at DESC, o.id DESC LIMIT 1;
END
$f$;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute("DROP FUNCTION IF EXISTS public.oms_latest_order(uuid, uuid)")
