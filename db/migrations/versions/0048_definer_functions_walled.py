"""The tenant wall around the functions that run with more than the caller's rights (review of session 15).

Revision ID: 0048
Revises: 0047
Create Date: 2026-12-07

1. **An order names a customer of its own tenant.** ``orders.customer_id`` referenced ``customers(id)``
   alone, and a foreign key's check bypasses row-level security, so a session of tenant A could insert (or
   update) an order of A naming B's customer. The ``customer_totals`` trigger (``oms_orders_customer_totals``,
   SECURITY DEFINER, the owner) then locked and updated that customer by id: A's order moved B's totals,
   rhythm and status. The foreign key is now ``(distributor_id, customer_id)`` referencing
   ``customers(distributor_id, id)``, so such an order is refused; and the trigger's insert path also reads
   and updates the customer ``AND distributor_id = NEW.distributor_id``. The unique key the foreign key
   needs is ``(id, distributor_id)``, id first (PostgreSQL matches the referenced columns in any order): a
   ``(distributor_id, id)`` one was the newest index leading with the tenant, and without statistics it
   won the ties of every tenant-only scan of ``customers`` (the lookup by phone read 161-270 index entries
   a message through it in a sequential probe, against 99-135 through ``ix_customers_distributor_status``
   before); id first, it serves only lookups by id, where both its columns are index conditions.
   Upgrade fails (the constraint is validated) if an order already names another tenant's customer.
2. **No PUBLIC EXECUTE on a SECURITY DEFINER function.** PostgreSQL grants EXECUTE on a new function to
   PUBLIC, so every role of the cluster could call the resolvers, the token check and the pipeline's
   functions (which still check the token inside). EXECUTE is revoked from PUBLIC on every SECURITY DEFINER
   function in ``public`` and ``oms_private``; the application role and ``oms_pipeline`` hold it by the
   grants ``oms db upgrade`` makes (``db/migrate.py``), and where a role ``authenticated`` exists (Supabase's,
   behind PostgREST: the claims path of ``oms_token_tenant``) it is granted the four that the policies and
   audit triggers call in its sessions. A function created later by a migration must do the same
   (``tests/test_definer_functions.py`` checks every one).
3. **Dead ``set_config('app.current_distributor_id', ...)`` calls.** ``oms_claim_webhook_token``,
   ``oms_webhook_claim``, ``oms_webhook_record``, ``oms_ai_reserve``, ``oms_ai_settle`` and ``oms_ai_lease``
   began with it; it names no tenant since 0013 and nothing reads it (0047 removed the pipeline's three):
   removed. No function sets or reads that setting any more.
4. **``oms_paid_snapshot`` dropped**: 0040's pass-through to ``oms_message_snapshot``, kept for workers of
   the release before 0040 during a rolling upgrade; nothing calls it. Downgrade re-creates it.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from alembic import op

revision = "0048"
down_revision = "0047"
branch_labels = None
depends_on = None

PIPELINE_ROLE = "oms_pipeline"


def _migration(name: str) -> ModuleType:
    m38: ModuleType = importlib.import_module("db.migrations.versions.0038_latest_order")
    return m38 if name == "0038" else m38._migration(name)  # type: ignore[no-any-return]


def _dead(arg: str, then: str) -> tuple[str, str]:
    """The dead call and the statement after it, and that statement alone (found once in the body)."""
    return (f"  PERFORM set_config('app.current_distributor_id', {arg}::text, true);\n{then}", then)


DEAD_SET_CONFIG: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "public.oms_claim_webhook_token(uuid, text, text, text, integer)",
        (_dead("p_tenant", "  DELETE FROM public.webhook_replay_tokens t\n"),),
    ),
    (
        "public.oms_webhook_claim(uuid, uuid, integer, double precision, double precision, double precision, "
        "integer)",
        (_dead("p_tenant", "  SELECT w.status, w.next_attempt_at"),),
    ),
    (
        "public.oms_webhook_record(uuid, uuid, integer, jsonb)",
        (_dead("p_tenant", "  -- Losing this write in a crash"),),
    ),
    (
        "public.oms_ai_reserve(uuid, uuid, numeric, integer, text)",
        (_dead("p_tenant", "  SELECT d.monthly_ai_budget_usd * 100, coalesce("),),
    ),
    ("public.oms_ai_settle(uuid, uuid, jsonb)", (_dead("p_tenant", "  IF p_reservation IS NOT NULL THEN\n"),)),
    (
        "public.oms_ai_lease(uuid, numeric, integer, uuid[], uuid[])",
        (_dead("p_tenant", "  SELECT d.monthly_ai_budget_usd * 100 INTO v_budget"),),
    ),
)

TOTALS = "public.oms_orders_customer_totals()"
TOTALS_PATCHES = (
    (
        "    FROM public.customers cu WHERE cu.id = NEW.customer_id FOR NO KEY UPDATE;\n",
        "    FROM public.customers cu WHERE cu.id = NEW.customer_id AND cu.distributor_id = NEW.distributor_id\n"
        "    FOR NO KEY UPDATE;  -- the order's own tenant's customer only (0048)\n",
    ),
    (
        "    WHERE cu.id = NEW.customer_id;\n",
        "    WHERE cu.id = NEW.customer_id AND cu.distributor_id = NEW.distributor_id;\n",
    ),
)

CUSTOMER_FK = """
ALTER TABLE public.customers ADD CONSTRAINT uq_customers_id_distributor_id UNIQUE (id, distributor_id);
ALTER TABLE public.orders DROP CONSTRAINT fk_orders_customer_id_customers;
ALTER TABLE public.orders ADD CONSTRAINT fk_orders_customer_id_customers FOREIGN KEY (distributor_id, customer_id)
  REFERENCES public.customers (distributor_id, id) ON DELETE CASCADE;
"""
CUSTOMER_FK_0047 = """
ALTER TABLE public.orders DROP CONSTRAINT fk_orders_customer_id_customers;
ALTER TABLE public.orders ADD CONSTRAINT fk_orders_customer_id_customers FOREIGN KEY (customer_id)
  REFERENCES public.customers (id) ON DELETE CASCADE;
ALTER TABLE public.customers DROP CONSTRAINT uq_customers_id_distributor_id;
"""

# Every SECURITY DEFINER function of ours, at the time it runs (the same set both ways).
_DEFINERS = """
SELECT p.oid::regprocedure FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prosecdef AND n.nspname IN ('public', 'oms_private')
"""
#: What a PostgREST role's sessions call: the policies (the tenant, a permission) and the audit triggers.
CLAIMS_PATH = (
    "public.oms_token_tenant()",
    "public.oms_may(text)",
    "public.oms_current_role()",
    "public.oms_current_user_id()",
)
REVOKE_PUBLIC = f"""
DO $$
DECLARE
  f regprocedure;
BEGIN
  FOR f IN {_DEFINERS} LOOP
    EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f);
  END LOOP;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
    EXECUTE 'GRANT EXECUTE ON FUNCTION {", ".join(CLAIMS_PATH)} TO authenticated';
  END IF;
END
$$;
"""
GRANT_PUBLIC = f"""
DO $$
DECLARE
  f regprocedure;
BEGIN
  FOR f IN {_DEFINERS} LOOP
    EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO PUBLIC', f);
  END LOOP;
END
$$;
"""

PAID_SNAPSHOT = "public.oms_paid_snapshot(uuid, uuid, text)"


def _paid_snapshot() -> str:
    """0040's pass-through, as 0046 left it (owned by the pipeline's role, SECURITY DEFINER)."""
    m40, m46 = _migration("0040"), _migration("0046")
    create = m40.PASS_THROUGH.replace(f"DROP FUNCTION {PAID_SNAPSHOT};\n", "")
    create = create.replace("__COLUMNS__", _migration("0019").SNAPSHOT_COLUMNS + m40.COLUMNS)
    # The new owner needs CREATE on the schema for the change of owner (as in 0046).
    return (
        create
        + f"GRANT CREATE ON SCHEMA public TO {PIPELINE_ROLE};\n"
        + m46._as_pipeline(PAID_SNAPSHOT)
        + f"REVOKE CREATE ON SCHEMA public FROM {PIPELINE_ROLE};\n"
    )


def upgrade() -> None:
    for function, patches in DEAD_SET_CONFIG:
        _migration("0038")._patch(function, patches)
    op.execute(CUSTOMER_FK)
    _migration("0038")._patch(TOTALS, TOTALS_PATCHES)
    op.execute(f"DROP FUNCTION {PAID_SNAPSHOT}")
    op.execute(REVOKE_PUBLIC)


def downgrade() -> None:
    op.execute(GRANT_PUBLIC)
    op.execute(_paid_snapshot())
    _migration("0038")._patch(TOTALS, TOTALS_PATCHES, undo=True)
    op.execute(CUSTOMER_FK_0047)
    for function, patches in DEAD_SET_CONFIG:
        _migration("0038")._patch(function, patches, undo=True)
