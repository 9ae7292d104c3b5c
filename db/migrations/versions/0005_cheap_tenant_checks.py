"""Per-message costs that grew with the tenant's data, made constant.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25

1. Cache freshness: the catalog and PII-rule stamps were aggregates over every product, variant,
   category and rule (a count and a max per table, per message), so their cost grew with the catalog.
   Now statement-level triggers bump per-tenant counters in ``tenant_config_versions`` whenever those
   tables change (any role, any statement, TRUNCATE included), and a stamp is one primary-key read.
   A BEFORE STATEMENT trigger locks the tenant's counter row before the statement locks any catalog
   row, so concurrent catalog writers of one tenant queue instead of deadlocking.
2. Customer totals: every new order re-aggregated all of the customer's orders. An INSERT now adds to
   the totals; UPDATE and DELETE (rare: reviews, cancellations) still recompute, only when a column
   that counts changed, and after locking the customer row (so a concurrent insert is not missed).
3. The audit trail's changed-field list for an UPDATE: one jsonb_each over the new row with lookups in
   the old one, instead of a join of two jsonb_each sets. Same fields, same rows. Deletes cascaded from
   a tenant being deleted are no longer audited (the rows could not reference it: deleting a tenant
   with customers, messages or orders failed).
4. Row-level security: the policies call ``get_current_distributor_id()`` (SECURITY DEFINER, so not
   inlinable) once per row they test. Wrapped in a scalar sub-select it is evaluated once per statement,
   with the same result: the setting is fixed for the transaction.
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Frozen copies at this revision (a migration must not import live models).
TENANT_TABLES = (
    "user_profiles", "user_invitations", "user_sessions", "customers", "customer_label_assignments",
    "conversations", "messages", "external_integrations", "external_message_mappings", "product_categories",
    "products", "product_variants", "product_bundles", "orders", "order_products", "order_attachments",
    "ai_responses", "ai_usage_metrics", "ai_errors", "ai_training_data", "pii_detection_rules",
    "pii_detection_results", "encryption_keys", "webhook_endpoints", "webhook_deliveries",
)
CATALOG_TABLES = ("products", "product_variants", "product_categories")
RULE_TABLES = ("pii_detection_rules",)

OLD = "public.get_current_distributor_id()"
NEW = "(SELECT public.get_current_distributor_id())"


def _policies(current: str) -> list[str]:
    tenant = f"distributor_id = {current}"
    out = []
    for table in (*TENANT_TABLES, "tenant_config_versions"):
        out += [
            f"ALTER POLICY tenant_select ON public.{table} USING ({tenant})",
            f"ALTER POLICY tenant_insert ON public.{table} WITH CHECK ({tenant})",
            f"ALTER POLICY tenant_update ON public.{table} USING ({tenant}) WITH CHECK ({tenant})",
            f"ALTER POLICY tenant_delete ON public.{table} USING ({tenant})",
        ]
    out += [
        f"ALTER POLICY tenant_select ON public.distributors USING (id = {current})",
        f"ALTER POLICY tenant_update ON public.distributors USING (id = {current}) WITH CHECK (id = {current})",
        f"ALTER POLICY tenant_select ON public.customer_labels USING (distributor_id IS NULL OR {tenant})",
        f"ALTER POLICY tenant_insert ON public.customer_labels WITH CHECK ({tenant})",
        f"ALTER POLICY tenant_update ON public.customer_labels USING ({tenant}) WITH CHECK ({tenant})",
        f"ALTER POLICY tenant_delete ON public.customer_labels USING ({tenant})",
        f"ALTER POLICY tenant_select ON public.data_access_audit USING ({tenant})",
        f"ALTER POLICY tenant_insert ON public.data_access_audit WITH CHECK ({tenant})",
    ]
    return out


VERSIONS_TABLE = f"""
CREATE TABLE public.tenant_config_versions (
  distributor_id uuid NOT NULL,
  catalog_version bigint DEFAULT 0 NOT NULL,
  pii_rules_version bigint DEFAULT 0 NOT NULL,
  updated_at timestamptz DEFAULT now() NOT NULL,
  CONSTRAINT pk_tenant_config_versions PRIMARY KEY (distributor_id),
  CONSTRAINT fk_tenant_config_versions_distributor_id_distributors
    FOREIGN KEY (distributor_id) REFERENCES public.distributors (id) ON DELETE CASCADE
);
ALTER TABLE public.tenant_config_versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.tenant_config_versions FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_select ON public.tenant_config_versions FOR SELECT USING (distributor_id = {OLD});
CREATE POLICY tenant_insert ON public.tenant_config_versions FOR INSERT WITH CHECK (distributor_id = {OLD});
CREATE POLICY tenant_update ON public.tenant_config_versions FOR UPDATE
  USING (distributor_id = {OLD}) WITH CHECK (distributor_id = {OLD});
CREATE POLICY tenant_delete ON public.tenant_config_versions FOR DELETE USING (distributor_id = {OLD});
"""

LOCK_FUNCTION = r"""
CREATE OR REPLACE FUNCTION public.oms_lock_config_version() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $f$
DECLARE
  v_tenant uuid := public.get_current_distributor_id();
BEGIN
  -- Before the statement locks any catalog row, lock the tenant's version row, which the AFTER
  -- trigger will bump: two transactions writing one tenant's catalog then queue here instead of
  -- deadlocking (each holding rows the other needs, then both wanting this row). Sessions with no
  -- tenant (the owner's maintenance) skip it.
  IF v_tenant IS NOT NULL THEN
    INSERT INTO public.tenant_config_versions (distributor_id) VALUES (v_tenant)
    ON CONFLICT (distributor_id) DO NOTHING;
    PERFORM 1 FROM public.tenant_config_versions v WHERE v.distributor_id = v_tenant FOR UPDATE;
  END IF;
  RETURN NULL;
END
$f$;
"""

BUMP_FUNCTION = r"""
CREATE OR REPLACE FUNCTION public.oms_bump_config_version() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $f$
DECLARE
  v_catalog integer := CASE WHEN TG_ARGV[0] = 'catalog' THEN 1 ELSE 0 END;
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    UPDATE public.tenant_config_versions SET
      catalog_version = catalog_version + v_catalog,
      pii_rules_version = pii_rules_version + 1 - v_catalog,
      updated_at = now();
    RETURN NULL;
  END IF;
  -- changed_rows is the statement's transition table (new rows, or old rows for DELETE); an UPDATE
  -- also has old_rows, in case a row moved between tenants. A tenant being deleted is skipped.
  IF TG_OP = 'UPDATE' THEN
    INSERT INTO public.tenant_config_versions AS v (distributor_id, catalog_version, pii_rules_version)
    SELECT t.distributor_id, v_catalog, 1 - v_catalog
    FROM (SELECT distributor_id FROM changed_rows UNION SELECT distributor_id FROM old_rows) t
    WHERE EXISTS (SELECT 1 FROM public.distributors d WHERE d.id = t.distributor_id)
    ON CONFLICT (distributor_id) DO UPDATE SET
      catalog_version = v.catalog_version + EXCLUDED.catalog_version,
      pii_rules_version = v.pii_rules_version + EXCLUDED.pii_rules_version,
      updated_at = now();
  ELSE
    INSERT INTO public.tenant_config_versions AS v (distributor_id, catalog_version, pii_rules_version)
    SELECT t.distributor_id, v_catalog, 1 - v_catalog
    FROM (SELECT DISTINCT distributor_id FROM changed_rows) t
    WHERE EXISTS (SELECT 1 FROM public.distributors d WHERE d.id = t.distributor_id)
    ON CONFLICT (distributor_id) DO UPDATE SET
      catalog_version = v.catalog_version + EXCLUDED.catalog_version,
      pii_rules_version = v.pii_rules_version + EXCLUDED.pii_rules_version,
      updated_at = now();
  END IF;
  RETURN NULL;
END
$f$;
"""

NEW_STAMPS = r"""
CREATE OR REPLACE FUNCTION public.oms_catalog_stamp() RETURNS text
LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  RETURN coalesce((SELECT v.catalog_version FROM public.tenant_config_versions v
                   WHERE v.distributor_id = public.get_current_distributor_id()), 0)::text;
END
$f$;

CREATE OR REPLACE FUNCTION public.oms_pii_rules_stamp() RETURNS text
LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  RETURN coalesce((SELECT v.pii_rules_version FROM public.tenant_config_versions v
                   WHERE v.distributor_id = public.get_current_distributor_id()), 0)::text;
END
$f$;
"""

OLD_STAMPS = r"""
CREATE OR REPLACE FUNCTION public.oms_catalog_stamp() RETURNS text
LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  RETURN concat_ws('|',
    (SELECT count(*) FROM public.products WHERE is_active),
    (SELECT max(updated_at) FROM public.products),
    (SELECT count(*) FROM public.product_variants),
    (SELECT max(updated_at) FROM public.product_variants),
    (SELECT count(*) FROM public.product_categories),
    (SELECT max(updated_at) FROM public.product_categories));
END
$f$;

CREATE OR REPLACE FUNCTION public.oms_pii_rules_stamp() RETURNS text
LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  RETURN (SELECT concat_ws('|', count(*), max(updated_at)) FROM public.pii_detection_rules);
END
$f$;

"""

INCREMENTAL_TOTALS = r"""
CREATE OR REPLACE FUNCTION public.oms_orders_customer_totals() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.status <> 'CANCELLED' THEN
      UPDATE public.customers c SET
        total_orders = c.total_orders + 1,
        total_spent = c.total_spent + NEW.total_amount,
        last_order_at = greatest(c.last_order_at, NEW.created_at)
      WHERE c.id = NEW.customer_id;
    END IF;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.customer_id = OLD.customer_id AND NEW.total_amount = OLD.total_amount
     AND (NEW.status = 'CANCELLED') = (OLD.status = 'CANCELLED') THEN
    RETURN NULL;  -- nothing that counts changed
  END IF;
  -- Recompute, but lock the customer row first, in a statement of its own: the recomputing statement
  -- then reads the orders after any concurrent insert that held the row has committed. (Locking inside
  -- the recomputing UPDATE would wait for the lock with a snapshot taken before it, miss that order,
  -- and the increments of later inserts would build on the wrong base.)
  IF TG_OP = 'UPDATE' THEN
    PERFORM 1 FROM public.customers c WHERE c.id = NEW.customer_id FOR UPDATE;
    PERFORM public.oms_refresh_customer_totals(NEW.customer_id);
  END IF;
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW.customer_id IS DISTINCT FROM OLD.customer_id) THEN
    PERFORM 1 FROM public.customers c WHERE c.id = OLD.customer_id FOR UPDATE;
    PERFORM public.oms_refresh_customer_totals(OLD.customer_id);
  END IF;
  RETURN NULL;
END
$f$;
"""

RECOMPUTED_TOTALS = r"""
CREATE OR REPLACE FUNCTION public.oms_orders_customer_totals() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM public.oms_refresh_customer_totals(NEW.customer_id);
  END IF;
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW.customer_id IS DISTINCT FROM OLD.customer_id) THEN
    PERFORM public.oms_refresh_customer_totals(OLD.customer_id);
  END IF;
  RETURN NULL;
END
$f$;
"""

AUDIT_BODY = r"""
CREATE OR REPLACE FUNCTION public.oms_audit_write() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE
  rec record;
  changed text[] := '{}';
  old_row jsonb;
BEGIN
  IF TG_OP = 'DELETE' THEN
    rec := OLD;
    -- A delete cascaded from the tenant itself: its audit trail goes with it (and a new row could not
    -- reference it).
    IF NOT EXISTS (SELECT 1 FROM public.distributors d WHERE d.id = OLD.distributor_id) THEN
      RETURN NULL;
    END IF;
  ELSE
    rec := NEW;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    old_row := to_jsonb(OLD);
    SELECT coalesce(array_agg(n.key ORDER BY n.key), '{}') INTO changed
    FROM jsonb_each(to_jsonb(NEW)) n
    WHERE n.key <> 'updated_at' AND n.value IS DISTINCT FROM old_row -> n.key;
    IF changed = '{}' THEN
      RETURN NULL;
    END IF;
  END IF;
  INSERT INTO public.data_access_audit
    (distributor_id, user_id, db_role, table_name, record_id, operation, contains_pii, changed_fields)
  VALUES
    (rec.distributor_id, auth.uid(), current_user, TG_TABLE_NAME, rec.id, TG_OP::audit_operation,
     TG_ARGV[0]::boolean, changed);
  RETURN NULL;
END
$f$;
"""

OLD_AUDIT_BODY = r"""
CREATE OR REPLACE FUNCTION public.oms_audit_write() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE
  rec record;
  changed text[] := '{}';
BEGIN
  IF TG_OP = 'DELETE' THEN rec := OLD; ELSE rec := NEW; END IF;
  IF TG_OP = 'UPDATE' THEN
    SELECT coalesce(array_agg(n.key ORDER BY n.key), '{}') INTO changed
    FROM jsonb_each(to_jsonb(NEW)) n JOIN jsonb_each(to_jsonb(OLD)) o USING (key)
    WHERE n.value IS DISTINCT FROM o.value AND n.key <> 'updated_at';
    IF changed = '{}' THEN
      RETURN NULL;
    END IF;
  END IF;
  INSERT INTO public.data_access_audit
    (distributor_id, user_id, db_role, table_name, record_id, operation, contains_pii, changed_fields)
  VALUES
    (rec.distributor_id, auth.uid(), current_user, TG_TABLE_NAME, rec.id, TG_OP::audit_operation,
     TG_ARGV[0]::boolean, changed);
  RETURN NULL;
END
$f$;
"""


def _version_triggers() -> list[str]:
    out = []
    for kind, tables in (("catalog", CATALOG_TABLES), ("pii_rules", RULE_TABLES)):
        for table in tables:
            call = f"FOR EACH STATEMENT EXECUTE FUNCTION public.oms_bump_config_version('{kind}')"
            out += [
                f"CREATE TRIGGER config_version_lock BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE "
                f"ON public.{table} FOR EACH STATEMENT EXECUTE FUNCTION public.oms_lock_config_version()",
                f"CREATE TRIGGER config_version_insert AFTER INSERT ON public.{table} "
                f"REFERENCING NEW TABLE AS changed_rows {call}",
                f"CREATE TRIGGER config_version_update AFTER UPDATE ON public.{table} "
                f"REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows {call}",
                f"CREATE TRIGGER config_version_delete AFTER DELETE ON public.{table} "
                f"REFERENCING OLD TABLE AS changed_rows {call}",
                f"CREATE TRIGGER config_version_truncate AFTER TRUNCATE ON public.{table} {call}",
            ]
    return out


def upgrade() -> None:
    op.execute(VERSIONS_TABLE)
    op.execute(LOCK_FUNCTION)
    op.execute(BUMP_FUNCTION)
    for statement in _version_triggers():
        op.execute(statement)
    # Tenants that already have a catalog or rules start at version 1.
    op.execute(
        "INSERT INTO public.tenant_config_versions (distributor_id, catalog_version, pii_rules_version) "
        "SELECT d.id, 1, 1 FROM public.distributors d"
    )
    op.execute(NEW_STAMPS)
    op.execute(INCREMENTAL_TOTALS)
    op.execute(AUDIT_BODY)
    for statement in _policies(NEW):
        op.execute(statement)


def downgrade() -> None:
    for statement in _policies(OLD):
        op.execute(statement)
    op.execute(OLD_AUDIT_BODY)
    op.execute(RECOMPUTED_TOTALS)
    op.execute(OLD_STAMPS)
    for table in (*CATALOG_TABLES, *RULE_TABLES):
        for name in ("lock", "insert", "update", "delete", "truncate"):
            op.execute(f"DROP TRIGGER IF EXISTS config_version_{name} ON public.{table}")
    op.execute("DROP FUNCTION IF EXISTS public.oms_bump_config_version()")
    op.execute("DROP FUNCTION IF EXISTS public.oms_lock_config_version()")
    op.execute("DROP TABLE IF EXISTS public.tenant_config_versions")
