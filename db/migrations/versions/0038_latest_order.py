"""Two things a message's write did without need (issue #12): a complaint's tenant transaction, and
webhook events built for a tenant with no endpoint.

Revision ID: 0038
Revises: 0034
Create Date: 2026-12-06

A COMPLAINT's replies name the customer's most recent order, so the fused pipeline wrote a complaint
in a tenant transaction of its own (BEGIN, the token's set_config, the message locked and loaded
through the ORM, the order read, the record call, COMMIT): six round trips where every other message
takes one, about 11% of the benchmark's messages. ``oms_latest_order`` reads that order (the one
definition: ``jobs.review.requests.latest_order`` calls it too) as a tenant-first call, so the pipeline reads it with
one autocommit statement while it analyses and writes the complaint like any other message
(jobs/pipeline/store.py). CANCEL and CHANGE still take the transaction: they link the message to an
order and put it in review on the way.

Every message's plan carried its webhook events (``message.created``, ``message.classified``, the
order's: about 4 KB of the plan's 9 KB of JSON), built, encoded and parsed for ``oms_record_events`` to
find no active endpoint and drop them (0033). ``oms_message_snapshot`` now also says whether the tenant
has an active endpoint (``webhooks``); a plan made without one carries no events and says so
(``events_skipped``), and ``oms_record_pipeline`` answers ``stale`` to such a plan when an endpoint is
active by the time it writes (one was added meanwhile): the pipeline plans the message again, with its
events, as it does when a concurrent run got there first. No event is lost to the shortcut.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op
from sqlalchemy import text

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


RECORD = "public.oms_record_pipeline(uuid, uuid, jsonb)"
_STALE = """  IF NOT v_untouched AND coalesce((p_plan->>'from_untouched')::boolean, false) THEN
    RETURN QUERY SELECT 'stale'::text, NULL::uuid, '{}'::uuid[], '{}'::text[];
    RETURN;
  END IF;
"""
RECORD_PATCHES = (
    (
        _STALE,
        _STALE
        + """  IF coalesce((p_plan->>'events_skipped')::boolean, false)
     AND EXISTS (SELECT 1 FROM public.webhook_endpoints e WHERE e.is_active) THEN
    -- planned without events (no endpoint then), and an endpoint is active now: plan again (0038)
    RETURN QUERY SELECT 'stale'::text, NULL::uuid, '{}'::uuid[], '{}'::text[];
    RETURN;
  END IF;
""",
    ),
)
_WEBHOOKS = ",\n           EXISTS (SELECT 1 FROM public.webhook_endpoints e WHERE e.is_active)"


def _migration(name: str) -> ModuleType:
    [path] = Path(__file__).parent.glob(f"{name}_*.py")
    spec = importlib.util.spec_from_file_location(f"oms_migration_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _snapshot(webhooks: bool) -> str:
    m19, m21 = _migration("0019"), _migration("0021")
    columns = m19.SNAPSHOT_COLUMNS + ",\n  customer_orders integer, customer_spent numeric, guide jsonb, phrases jsonb"
    select = m19.SNAPSHOT_SELECT + m19.SNAPSHOT_WITH_GUIDE_SELECT + m21._PHRASES
    if webhooks:
        columns, select = columns + ", webhooks boolean", select + _WEBHOOKS
    return m19._snapshot(columns, select, m19.SNAPSHOT_WITH_GUIDE_JOINS)  # type: ignore[no-any-return]


def _patch(function: str, patches: tuple[tuple[str, str], ...], *, undo: bool = False) -> None:
    """Re-create `function` from its current definition with `patches` applied (or reverted)."""
    bind = op.get_bind()
    definition = bind.execute(
        text("SELECT pg_get_functiondef(CAST(:fn AS regprocedure))"), {"fn": function}
    ).scalar_one()
    for before, after in patches:
        if undo:
            before, after = after, before
        if definition.count(before) != 1:
            raise RuntimeError(f"{function}: the statement to patch is not there (once)")
        definition = definition.replace(before, after)
    bind.exec_driver_sql(definition)


def upgrade() -> None:
    op.execute(UPGRADE)
    op.execute(_snapshot(webhooks=True))
    _patch(RECORD, RECORD_PATCHES)


def downgrade() -> None:
    _patch(RECORD, RECORD_PATCHES, undo=True)
    op.execute(_snapshot(webhooks=False))
    op.execute("DROP FUNCTION IF EXISTS public.oms_latest_order(uuid, uuid)")
