"""The customers audit trail is written once per statement, not once per row (issue #9).

Revision ID: 0023
Revises: 0028
Create Date: 2026-12-06

The per-row trigger ``audit_write`` (``oms_audit_write``, 0002/0017) ran a PL/pgSQL call per changed
row: two ``to_jsonb`` conversions, a ``jsonb_each`` diff, ``oms_current_user_id()`` (a SECURITY
DEFINER function) and a one-row INSERT. When every customer's status changes at once (the first
recompute after a bulk import) that was most of the recompute's time: on a 100,000-customer sample,
about 3 s for the UPDATE and 17 s for its audit rows.

``customers`` now has three statement-level triggers with transition tables (``audit_insert``,
``audit_update``, ``audit_delete``), all calling ``oms_audit_customers``: one INSERT ... SELECT per
statement, ``who`` resolved once. The rows are the same as the per-row trigger's, column for column:
``distributor_id``, ``user_id`` (the verified token's user, none for a service ``t`` token),
``db_role`` (``current_user``), ``table_name``, ``record_id``, ``operation``, ``contains_pii``
(true) and ``changed_fields`` (the changed columns but ``updated_at``, in the database's collation
order; an UPDATE that changes nothing else writes no row); a DELETE cascaded from the tenant itself
writes none. Row-level security on ``data_access_audit`` checks each inserted row as before.

``changed_fields`` compares the columns directly instead of through jsonb, so the function names
``customers``' columns: ``COLUMNS`` below, checked against the catalog when this migration runs. A
later migration that adds a column to ``customers`` must recreate the function with it
(``function_sql``); ``tests/test_audit_bulk.py`` updates every column one at a time and fails when
one is missing. ``messages`` and ``orders`` keep the per-row trigger (their writes are one row at a
time).
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0023"
down_revision = "0028"
branch_labels = None
depends_on = None

#: customers' columns at this revision, but ``updated_at``. The migration reads them from the catalog
#: sorted in the database's collation (the per-row trigger's ``array_agg(key ORDER BY key)``), and
#: refuses to run when they are not these.
COLUMNS = (
    "address", "business_name", "contact_name", "created_at", "currency", "customer_code", "distributor_id",
    "email", "id", "last_order_at", "metadata", "notes", "order_gaps", "phone", "status", "total_orders",
    "total_spent", "usual_order_gap",
)  # fmt: skip

FUNCTION = r"""
CREATE OR REPLACE FUNCTION public.oms_audit_customers() RETURNS trigger LANGUAGE plpgsql
SET jit = off  -- no statistics on transition tables: a bulk update's estimates would compile JIT code for nothing
AS $f$
DECLARE
  who uuid;
  unpaired bigint;
BEGIN
  IF left(current_setting('app.tenant_token', true), 2) IS DISTINCT FROM 't.' THEN
    who := public.oms_current_user_id();  -- a verified user token's user; never the claims of the app role
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO public.data_access_audit
      (distributor_id, user_id, db_role, table_name, record_id, operation, contains_pii, changed_fields)
    SELECT n.distributor_id, who, current_user, TG_TABLE_NAME, n.id, 'INSERT', true, '{}'
    FROM new_rows n;
  ELSIF TG_OP = 'UPDATE' THEN
    -- Old and new rows pair by id. An UPDATE that changed a customer's id would leave a new row without
    -- its old one, and its change unrecorded: it is refused (nothing changes ids; a customer's references
    -- forbid it anyway). One pass: a full join, never an EXISTS (with no statistics on transition tables
    -- the planner would take a fast-start nested loop, quadratic when nothing is found).
    WITH pairs AS (
      SELECT n.distributor_id, n.id, o.id AS old_id,
             array_remove(ARRAY[{diff}], NULL) AS changed
      FROM new_rows n LEFT JOIN old_rows o ON o.id = n.id
    ), written AS (
      INSERT INTO public.data_access_audit
        (distributor_id, user_id, db_role, table_name, record_id, operation, contains_pii, changed_fields)
      SELECT p.distributor_id, who, current_user, TG_TABLE_NAME, p.id, 'UPDATE', true, p.changed
      FROM pairs p WHERE p.old_id IS NOT NULL AND p.changed <> '{}'
    )
    SELECT count(*) INTO unpaired FROM pairs WHERE old_id IS NULL;
    IF unpaired > 0 THEN
      RAISE EXCEPTION 'customers.id cannot change (it is the audit trail''s record_id)'
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
  ELSE
    -- A delete cascaded from the tenant itself: its audit trail goes with it (and a new row could not
    -- reference it).
    INSERT INTO public.data_access_audit
      (distributor_id, user_id, db_role, table_name, record_id, operation, contains_pii, changed_fields)
    SELECT o.distributor_id, who, current_user, TG_TABLE_NAME, o.id, 'DELETE', true, '{}'
    FROM old_rows o
    WHERE EXISTS (SELECT 1 FROM public.distributors d WHERE d.id = o.distributor_id);
  END IF;
  RETURN NULL;
END
$f$;
"""

TRIGGERS = """
DROP TRIGGER IF EXISTS audit_write ON public.customers;
CREATE TRIGGER audit_insert AFTER INSERT ON public.customers REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.oms_audit_customers();
CREATE TRIGGER audit_update AFTER UPDATE ON public.customers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.oms_audit_customers();
CREATE TRIGGER audit_delete AFTER DELETE ON public.customers REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION public.oms_audit_customers();
"""

DOWN = """
DROP TRIGGER IF EXISTS audit_insert ON public.customers;
DROP TRIGGER IF EXISTS audit_update ON public.customers;
DROP TRIGGER IF EXISTS audit_delete ON public.customers;
CREATE TRIGGER audit_write AFTER INSERT OR UPDATE OR DELETE ON public.customers
  FOR EACH ROW EXECUTE FUNCTION public.oms_audit_write('true');
DROP FUNCTION IF EXISTS public.oms_audit_customers();
"""


def function_sql(columns: tuple[str, ...]) -> str:
    """``oms_audit_customers`` comparing these columns (sorted as ``changed_fields`` lists them)."""
    diff = ",\n             ".join(f"CASE WHEN n.{c} IS DISTINCT FROM o.{c} THEN '{c}' END" for c in columns)
    return FUNCTION.replace("{diff}", diff)


def upgrade() -> None:
    bind = op.get_bind()
    columns = tuple(
        bind.execute(
            text(
                "SELECT attname::text FROM pg_attribute WHERE attrelid = 'public.customers'::regclass "
                "AND attnum > 0 AND NOT attisdropped AND attname <> 'updated_at' ORDER BY attname::text"
            )
        ).scalars()
    )
    if sorted(columns) != sorted(COLUMNS):
        raise RuntimeError(f"customers has columns {columns}, this migration was written for {COLUMNS}")
    op.execute(function_sql(columns))
    op.execute(TRIGGERS)


def downgrade() -> None:
    op.execute(DOWN)
