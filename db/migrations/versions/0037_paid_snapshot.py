"""A paid message's snapshot also reads what its first reservation looked up: one round trip fewer (#11).

Revision ID: 0037
Revises: 0038
Create Date: 2026-12-06

With budget leases (0035) a paid message's first attempt is granted from this process's lease in memory,
but it still made one read-only round trip (``oms_ai_reserve`` with no amount) before the call: for the
tenant's budget (a budget changed since the lease was taken retires it) and for a reply an earlier
attempt already paid for (a redo after an interrupted worker reuses it instead of paying again). The
message's snapshot, read just before, already joins the tenant's row. ``oms_paid_snapshot`` is
``oms_message_snapshot`` (0019, 0021, 0038) with two more columns: ``budget_cents`` (the budget as the lease
reads it) and ``paid`` (``[output, provider, model]`` of a successful attempt of stage ``p_reuse`` for
the message, or null). The fused pipeline reads it instead of the plain snapshot when a paid provider
reads (jobs/pipeline/fused.py); the local provider's reads are unchanged.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0037"
down_revision = "0038"
branch_labels = None
depends_on = None


def _module(name: str) -> ModuleType:
    path = Path(__file__).with_name(name)
    spec = importlib.util.spec_from_file_location(f"oms_migration_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_PAID = """,
           d.monthly_ai_budget_usd * 100,
           (SELECT jsonb_build_array(r.output, r.provider::text, r.model::text)
            FROM public.ai_responses r
            WHERE r.message_id = m.id AND r.distributor_id = p_tenant AND r.stage = p_reuse
              AND r.output->>'outcome' = 'ok'
            LIMIT 1)"""


def paid_snapshot() -> str:
    """0038's snapshot under another name, with the reservation's look-up as two more columns."""
    m19, m21 = _module("0019_cheaper_pipeline_reads.py"), _module("0021_snapshot_reads_phrases.py")
    m38 = _module("0038_latest_order.py")
    sql = m19._snapshot(
        m19.SNAPSHOT_COLUMNS
        + ",\n  customer_orders integer, customer_spent numeric, guide jsonb, phrases jsonb, webhooks boolean,"
        + "\n  budget_cents numeric, paid jsonb",
        m19.SNAPSHOT_SELECT + m19.SNAPSHOT_WITH_GUIDE_SELECT + m21._PHRASES + m38._WEBHOOKS + _PAID,
        m19.SNAPSHOT_WITH_GUIDE_JOINS,
    )
    old_drop = "DROP FUNCTION IF EXISTS public.oms_message_snapshot(uuid, uuid);"
    old_head = "CREATE FUNCTION public.oms_message_snapshot(p_tenant uuid, p_message uuid)"
    assert old_drop in sql and old_head in sql
    return sql.replace(old_drop, "").replace(
        old_head, "CREATE FUNCTION public.oms_paid_snapshot(p_tenant uuid, p_message uuid, p_reuse text)"
    )


_LEASE_INSERT = """
    INSERT INTO public.ai_budget_reservations (distributor_id, month, amount_cents, expires_at, lease)
    VALUES (p_tenant, v_month, p_amount, now() + make_interval(secs => p_ttl_seconds), true)
    RETURNING id INTO v_id;
"""
_ROWS_INSERT = """
    -- The lease's spend rows (jobs/ai/leases.py): amount 0, the lease's expiry; closed with it.
    INSERT INTO public.ai_budget_reservations (id, distributor_id, month, amount_cents, expires_at, lease)
    SELECT x, p_tenant, v_month, 0, now() + make_interval(secs => p_ttl_seconds), true
    FROM unnest(coalesce(p_rows, '{}'::uuid[])) x;
"""
_OLD_SIGNATURE = "p_ttl_seconds integer, p_close uuid[])"


def lease_with_rows() -> str:
    """0035's oms_ai_lease, which also inserts the lease's spend rows (`p_rows`, their ids)."""
    old = str(_module("0035_budget_leases.py").LEASE)
    assert _LEASE_INSERT in old and _OLD_SIGNATURE in old
    new = old.replace(_OLD_SIGNATURE, "p_ttl_seconds integer, p_close uuid[],\n  p_rows uuid[] DEFAULT NULL)")
    return "DROP FUNCTION public.oms_ai_lease(uuid, numeric, integer, uuid[]);\n" + new.replace(
        _LEASE_INSERT, _LEASE_INSERT + _ROWS_INSERT
    )


def upgrade() -> None:
    op.execute(paid_snapshot())
    op.execute(lease_with_rows())


def downgrade() -> None:
    op.execute("DROP FUNCTION public.oms_ai_lease(uuid, numeric, integer, uuid[], uuid[])")
    op.execute(str(_module("0035_budget_leases.py").LEASE))
    op.execute("DROP FUNCTION public.oms_paid_snapshot(uuid, uuid, text)")
