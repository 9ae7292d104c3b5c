"""The conversation summary is refreshed on a schedule, not in the transaction of every order (issue #12).

Revision ID: 0050
Revises: 0049
Create Date: 2026-12-07

``conversations.ai_context_summary`` (0010: usual products, open issues, last order) was recomputed by a
deferred trigger at the commit of every order change and complaint: five statements and an ``UPDATE`` of the
customer's conversations, about 0.5 ms of PostgreSQL CPU a message in the pipeline's write (a sequential
probe, triggers on and off alternated), for a column nothing in the pipeline reads.

Now the same triggers only mark the customer due: one row in ``context_summary_due`` (one per customer,
``ON CONFLICT DO NOTHING``: a customer with ten orders in a minute is marked once), and the scheduled job
``refresh_context_summaries`` (jobs/customers/summary.py, every 30 s) refreshes each due customer once with
the same function, ``oms_refresh_context_summary``, through ``oms_refresh_due_summaries(limit)``: it deletes
a batch of due rows (``FOR UPDATE SKIP LOCKED``: concurrent runs take disjoint batches) and refreshes those
customers in the same transaction, so a refresh that fails leaves them due. An order committed while a batch
runs marks its customer again once that batch commits (its insert waits on the deleted row), so no change
is missed. The summary's text is the same; it is current within the schedule instead of at the commit.

``context_summary_due`` is a tenant table like every other: ``distributor_id``, row-level security enabled
and forced, the tenant's four policies; the trigger still runs as ``oms_pipeline`` in the tenant of the row
it fires for (0046). Its customer is referenced with the tenant, ``(distributor_id, customer_id)``, as
0048 made the orders' key: a foreign key's check bypasses row-level security, and by id alone a tenant
could mark another tenant's customer (whose own mark would then find the row taken).
"""

from __future__ import annotations

import importlib
from types import ModuleType

from alembic import op

revision = "0050"
down_revision = "0049"
branch_labels = None
depends_on = None

TENANT = "distributor_id = (SELECT public.get_current_distributor_id())"

TABLE = f"""
CREATE TABLE public.context_summary_due (
  customer_id uuid NOT NULL,
  distributor_id uuid NOT NULL,
  due_since timestamptz DEFAULT now() NOT NULL,
  CONSTRAINT pk_context_summary_due PRIMARY KEY (customer_id),
  CONSTRAINT fk_context_summary_due_distributor_id_distributors
    FOREIGN KEY (distributor_id) REFERENCES public.distributors (id) ON DELETE CASCADE,
  CONSTRAINT fk_context_summary_due_customer_id_customers
    FOREIGN KEY (distributor_id, customer_id) REFERENCES public.customers (distributor_id, id) ON DELETE CASCADE
);
CREATE INDEX ix_context_summary_due_distributor_id ON public.context_summary_due (distributor_id);
ALTER TABLE public.context_summary_due ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.context_summary_due FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_select ON public.context_summary_due FOR SELECT USING ({TENANT});
CREATE POLICY tenant_insert ON public.context_summary_due FOR INSERT WITH CHECK ({TENANT});
CREATE POLICY tenant_update ON public.context_summary_due FOR UPDATE USING ({TENANT}) WITH CHECK ({TENANT});
CREATE POLICY tenant_delete ON public.context_summary_due FOR DELETE USING ({TENANT});
"""

# The caller's tenant (row-level security): a batch of its due customers, taken and refreshed in one
# transaction. Returns how many were refreshed (fewer than p_limit: none left but those another run holds).
REFRESH_DUE = """
CREATE OR REPLACE FUNCTION public.oms_refresh_due_summaries(p_limit integer) RETURNS integer
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $f$
DECLARE
  c uuid;
  n integer := 0;
BEGIN
  FOR c IN
    DELETE FROM public.context_summary_due d
    WHERE d.customer_id IN (
      SELECT x.customer_id FROM public.context_summary_due x LIMIT p_limit FOR UPDATE SKIP LOCKED)
    RETURNING d.customer_id
  LOOP
    PERFORM public.oms_refresh_context_summary(c);
    n := n + 1;
  END LOOP;
  RETURN n;
END
$f$;
"""

TRIGGER = "public.oms_context_summary_trigger()"
PATCHES = (
    (
        "    PERFORM public.oms_refresh_context_summary(NEW.customer_id);\n",
        "    INSERT INTO public.context_summary_due (customer_id, distributor_id)\n"
        "      VALUES (NEW.customer_id, NEW.distributor_id)\n"
        "      ON CONFLICT (customer_id) DO NOTHING;  -- refreshed by the scheduled job (0050)\n",
    ),
)


def _m38() -> ModuleType:
    return importlib.import_module("db.migrations.versions.0038_latest_order")


def upgrade() -> None:
    op.execute(TABLE)  # the app role's and the pipeline role's grants follow every upgrade (db/migrate.py)
    op.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON public.context_summary_due TO oms_pipeline")
    op.execute(REFRESH_DUE)
    _m38()._patch(TRIGGER, PATCHES)


def downgrade() -> None:
    _m38()._patch(TRIGGER, PATCHES, undo=True)
    op.execute("DROP FUNCTION IF EXISTS public.oms_refresh_due_summaries(integer)")
    op.execute("DROP TABLE IF EXISTS public.context_summary_due")
