"""One snapshot statement for the paid and the local readings: no second copy to keep in step.

Revision ID: 0040
Revises: 0037
Create Date: 2026-12-06

``oms_paid_snapshot`` (0037) was ``oms_message_snapshot``'s query (0019, 0021, 0038) written out again
with two more columns, so a change to one had to be made to the other by hand. Those two columns are
now ``oms_message_snapshot``'s own, and its third argument ``p_reuse`` (default null) asks for the
second: ``budget_cents`` (the tenant's budget, as a lease reads it; the tenant's row is read anyway) and
``paid`` (``[output, provider, model]`` of a successful attempt of stage ``p_reuse`` for the message,
looked up only when ``p_reuse`` is given, else null). A paid reading calls it with ``p_reuse``, the
local reading as before.

Measured (PostgreSQL CPU per call, 4,000 calls a block, blocks alternated): a paid snapshot that selects
from the message snapshot cost 20-35 us more than 0037's (a nested function, the tenant's row read
again); this one the same as 0037's (fastest block 343 against 343 us, medians 373-383 against
390-400), and the local reading the same as 0038's (within the runs' noise, which way round varied).

``oms_paid_snapshot`` stays, as a pass-through, for workers of the release before during a rolling
upgrade; drop it with the next change of the snapshot. That change drops
``oms_message_snapshot(uuid, uuid, text)``: a ``(uuid, uuid)`` one created beside it (0019's ``_snapshot``)
makes every two-argument call ambiguous.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from alembic import op

revision = "0040"
down_revision = "0037"
branch_labels = None
depends_on = None


def _migration(name: str) -> ModuleType:
    """Migration `name` (e.g. "0019") as a module, loaded by 0038's loader."""
    m38: ModuleType = importlib.import_module("db.migrations.versions.0038_latest_order")
    return m38 if name == "0038" else m38._migration(name)  # type: ignore[no-any-return]


_PAID = """,
           d.monthly_ai_budget_usd * 100,
           CASE WHEN p_reuse IS NOT NULL THEN
             (SELECT jsonb_build_array(r.output, r.provider::text, r.model::text)
              FROM public.ai_responses r
              WHERE r.message_id = m.id AND r.distributor_id = p_tenant AND r.stage = p_reuse
                AND r.output->>'outcome' = 'ok'
              LIMIT 1)
           END"""
COLUMNS = (
    ",\n  customer_orders integer, customer_spent numeric, guide jsonb, phrases jsonb, webhooks boolean,"
    "\n  budget_cents numeric, paid jsonb"
)
_TWO_ARGUMENTS = "CREATE FUNCTION public.oms_message_snapshot(p_tenant uuid, p_message uuid)"

PASS_THROUGH = """
DROP FUNCTION public.oms_paid_snapshot(uuid, uuid, text);
CREATE FUNCTION public.oms_paid_snapshot(p_tenant uuid, p_message uuid, p_reuse text)
RETURNS TABLE (__COLUMNS__)
LANGUAGE sql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
  SELECT * FROM public.oms_message_snapshot(p_tenant, p_message, p_reuse)
$f$;
"""


def snapshot() -> str:
    """0038's snapshot with the paid reading's two columns, and `p_reuse`."""
    m19, m21, m38 = _migration("0019"), _migration("0021"), _migration("0038")
    sql = m19._snapshot(
        m19.SNAPSHOT_COLUMNS + COLUMNS,
        m19.SNAPSHOT_SELECT + m19.SNAPSHOT_WITH_GUIDE_SELECT + m21._PHRASES + m38._WEBHOOKS + _PAID,
        m19.SNAPSHOT_WITH_GUIDE_JOINS,
    )
    assert sql.count(_TWO_ARGUMENTS) == 1
    return str(sql).replace(_TWO_ARGUMENTS, _TWO_ARGUMENTS.replace(")", ", p_reuse text DEFAULT NULL)"))


def upgrade() -> None:
    op.execute(snapshot())  # drops the two-argument one first
    op.execute(PASS_THROUGH.replace("__COLUMNS__", _migration("0019").SNAPSHOT_COLUMNS + COLUMNS))


def downgrade() -> None:
    op.execute("DROP FUNCTION public.oms_paid_snapshot(uuid, uuid, text)")
    op.execute("DROP FUNCTION public.oms_message_snapshot(uuid, uuid, text)")
    op.execute(_migration("0038")._snapshot(webhooks=True))
    op.execute(_migration("0037").paid_snapshot())
