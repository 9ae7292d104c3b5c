"""Row-level security, tenant functions, integrity triggers, audit trail.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

RLS is enabled AND forced on every tenant table, so even the table owner is walled unless it is a
superuser or has BYPASSRLS (the explicit privileged path used for cross-tenant maintenance).
The tenant of a transaction is `SET LOCAL app.current_distributor_id`; on Supabase, a request with
no such setting falls back to the authenticated user's profile.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen copy of the tenant tables at this revision (a migration must not import live models).
TENANT_TABLES = (
    "user_profiles", "user_invitations", "user_sessions", "customers", "customer_label_assignments",
    "conversations", "messages", "external_integrations", "external_message_mappings", "product_categories",
    "products", "product_variants", "product_bundles", "orders", "order_products", "order_attachments",
    "ai_responses", "ai_usage_metrics", "ai_errors", "ai_training_data", "pii_detection_rules",
    "pii_detection_results", "encryption_keys", "webhook_endpoints", "webhook_deliveries",
)
# Tables with their own policy shapes.
SPECIAL_TABLES = ("distributors", "customer_labels", "data_access_audit")
UPDATED_AT_TABLES = (
    "distributors", "user_profiles", "user_invitations", "user_sessions", "customers", "customer_labels",
    "customer_label_assignments", "conversations", "messages", "external_integrations", "product_categories",
    "products", "product_variants", "product_bundles", "orders", "order_products", "ai_responses",
    "ai_usage_metrics", "ai_errors", "ai_training_data", "pii_detection_rules", "pii_detection_results",
    "encryption_keys", "webhook_endpoints", "webhook_deliveries",
)
AUDITED = {"customers": "true", "messages": "true", "orders": "false"}

FUNCTIONS = r"""
DO $$
BEGIN
  IF to_regprocedure('auth.uid()') IS NULL THEN
    -- Same contract as Supabase's auth.uid(): the JWT subject of the current request, if any.
    CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $f$
      SELECT nullif(coalesce(
        current_setting('request.jwt.claim.sub', true),
        (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
      ), '')::uuid
    $f$;
    COMMENT ON FUNCTION auth.uid() IS 'oms-worker stand-in for Supabase auth.uid()';
  END IF;
END $$;

CREATE OR REPLACE FUNCTION public.get_current_distributor_id() RETURNS uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE
  configured text := current_setting('app.current_distributor_id', true);
  uid uuid;
BEGIN
  IF configured IS NOT NULL AND configured <> '' THEN
    RETURN configured::uuid;
  END IF;
  uid := auth.uid();
  IF uid IS NULL THEN
    RETURN NULL;
  END IF;
  RETURN (SELECT p.distributor_id FROM public.user_profiles p WHERE p.id = uid);
END
$f$;

-- Tenant resolution before a tenant is known: the smallest possible cross-tenant read.
CREATE OR REPLACE FUNCTION public.oms_resolve_integration(p_provider text, p_address text)
RETURNS TABLE (integration_id uuid, distributor_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
  SELECT i.id, i.distributor_id FROM public.external_integrations i
  WHERE i.provider = p_provider AND i.address = p_address AND i.is_active
  LIMIT 1
$f$;

CREATE OR REPLACE FUNCTION public.oms_resolve_api_key(p_key_hash text)
RETURNS TABLE (integration_id uuid, distributor_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
  SELECT i.id, i.distributor_id FROM public.external_integrations i
  WHERE i.api_key_hash = p_key_hash AND i.is_active
  LIMIT 1
$f$;

-- array_to_string is only STABLE; an IMMUTABLE wrapper lets aliases carry a trigram index.
CREATE OR REPLACE FUNCTION public.oms_immutable_join(text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$ SELECT array_to_string($1, ' ') $f$;

CREATE OR REPLACE FUNCTION public.oms_set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$f$;

CREATE OR REPLACE FUNCTION public.oms_refresh_customer_totals(p_customer uuid) RETURNS void
LANGUAGE sql AS $f$
  UPDATE public.customers c SET
    total_orders = s.n,
    total_spent = s.spent,
    last_order_at = s.last_at
  FROM (
    SELECT count(*)::int AS n, coalesce(sum(o.total_amount), 0) AS spent, max(o.created_at) AS last_at
    FROM public.orders o WHERE o.customer_id = p_customer AND o.status <> 'CANCELLED'
  ) s
  WHERE c.id = p_customer
    AND (c.total_orders, c.total_spent, c.last_order_at) IS DISTINCT FROM (s.n, s.spent, s.last_at)
$f$;

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

CREATE OR REPLACE FUNCTION public.oms_messages_conversation_insert() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  UPDATE public.conversations SET
    last_message_at = greatest(coalesce(last_message_at, '-infinity'), coalesce(NEW.sent_at, NEW.created_at)),
    unread_count = unread_count + (CASE WHEN NEW.is_from_customer AND NEW.read_at IS NULL THEN 1 ELSE 0 END)
  WHERE id = NEW.conversation_id;
  RETURN NULL;
END
$f$;

CREATE OR REPLACE FUNCTION public.oms_messages_conversation_read() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  IF NOT NEW.is_from_customer THEN
    RETURN NULL;
  END IF;
  IF OLD.read_at IS NULL AND NEW.read_at IS NOT NULL THEN
    UPDATE public.conversations SET unread_count = greatest(unread_count - 1, 0) WHERE id = NEW.conversation_id;
  ELSIF OLD.read_at IS NOT NULL AND NEW.read_at IS NULL THEN
    UPDATE public.conversations SET unread_count = unread_count + 1 WHERE id = NEW.conversation_id;
  END IF;
  RETURN NULL;
END
$f$;

CREATE OR REPLACE FUNCTION public.oms_messages_conversation_delete() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
  IF OLD.is_from_customer AND OLD.read_at IS NULL THEN
    UPDATE public.conversations SET unread_count = greatest(unread_count - 1, 0) WHERE id = OLD.conversation_id;
  END IF;
  RETURN NULL;
END
$f$;

-- Audit writes: who (role, Supabase user), what (table, row, operation, changed columns), and
-- whether the row holds PII. Never the values themselves.
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

DROP_FUNCTIONS = """
DROP FUNCTION IF EXISTS public.oms_audit_write();
DROP FUNCTION IF EXISTS public.oms_messages_conversation_delete();
DROP FUNCTION IF EXISTS public.oms_messages_conversation_read();
DROP FUNCTION IF EXISTS public.oms_messages_conversation_insert();
DROP FUNCTION IF EXISTS public.oms_orders_customer_totals();
DROP FUNCTION IF EXISTS public.oms_refresh_customer_totals(uuid);
DROP FUNCTION IF EXISTS public.oms_set_updated_at();
DROP FUNCTION IF EXISTS public.oms_immutable_join(text[]);
DROP FUNCTION IF EXISTS public.oms_resolve_api_key(text);
DROP FUNCTION IF EXISTS public.oms_resolve_integration(text, text);
DROP FUNCTION IF EXISTS public.get_current_distributor_id();
DO $$
BEGIN
  IF to_regprocedure('auth.uid()') IS NOT NULL
     AND obj_description('auth.uid()'::regprocedure, 'pg_proc') = 'oms-worker stand-in for Supabase auth.uid()' THEN
    DROP FUNCTION auth.uid();
  END IF;
END $$;
"""

TENANT = "distributor_id = public.get_current_distributor_id()"


def _tenant_policies(table: str) -> list[str]:
    return [
        f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE public.{table} FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY tenant_select ON public.{table} FOR SELECT USING ({TENANT})",
        f"CREATE POLICY tenant_insert ON public.{table} FOR INSERT WITH CHECK ({TENANT})",
        f"CREATE POLICY tenant_update ON public.{table} FOR UPDATE USING ({TENANT}) WITH CHECK ({TENANT})",
        f"CREATE POLICY tenant_delete ON public.{table} FOR DELETE USING ({TENANT})",
    ]


def upgrade() -> None:
    op.execute(FUNCTIONS)
    for table in TENANT_TABLES:
        for stmt in _tenant_policies(table):
            op.execute(stmt)
    # A tenant sees its own distributor row and may update its settings; creating tenants is privileged.
    for stmt in (
        "ALTER TABLE public.distributors ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE public.distributors FORCE ROW LEVEL SECURITY",
        "CREATE POLICY tenant_select ON public.distributors FOR SELECT USING (id = public.get_current_distributor_id())",
        "CREATE POLICY tenant_update ON public.distributors FOR UPDATE "
        "USING (id = public.get_current_distributor_id()) WITH CHECK (id = public.get_current_distributor_id())",
        # Global (predefined) labels have no distributor: readable by all, writable by none of them.
        "ALTER TABLE public.customer_labels ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE public.customer_labels FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY tenant_select ON public.customer_labels FOR SELECT USING (distributor_id IS NULL OR {TENANT})",
        f"CREATE POLICY tenant_insert ON public.customer_labels FOR INSERT WITH CHECK ({TENANT})",
        f"CREATE POLICY tenant_update ON public.customer_labels FOR UPDATE USING ({TENANT}) WITH CHECK ({TENANT})",
        f"CREATE POLICY tenant_delete ON public.customer_labels FOR DELETE USING ({TENANT})",
        # The audit trail is append-only.
        "ALTER TABLE public.data_access_audit ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE public.data_access_audit FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY tenant_select ON public.data_access_audit FOR SELECT USING ({TENANT})",
        f"CREATE POLICY tenant_insert ON public.data_access_audit FOR INSERT WITH CHECK ({TENANT})",
    ):
        op.execute(stmt)

    # Fuzzy lookups of what customers call a product (pg_trgm over names is in 0001).
    op.execute(
        "CREATE INDEX ix_products_aliases_trgm ON public.products "
        "USING gin (public.oms_immutable_join(aliases) gin_trgm_ops)"
    )
    op.execute(
        "CREATE INDEX ix_product_variants_ai_aliases_trgm ON public.product_variants "
        "USING gin (public.oms_immutable_join(ai_aliases) gin_trgm_ops)"
    )
    for table in UPDATED_AT_TABLES:
        op.execute(
            f"CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.{table} "
            "FOR EACH ROW EXECUTE FUNCTION public.oms_set_updated_at()"
        )
    op.execute(
        "CREATE TRIGGER customer_totals AFTER INSERT OR DELETE OR UPDATE OF status, total_amount, customer_id "
        "ON public.orders FOR EACH ROW EXECUTE FUNCTION public.oms_orders_customer_totals()"
    )
    op.execute(
        "CREATE TRIGGER conversation_on_insert AFTER INSERT ON public.messages "
        "FOR EACH ROW EXECUTE FUNCTION public.oms_messages_conversation_insert()"
    )
    op.execute(
        "CREATE TRIGGER conversation_on_read AFTER UPDATE OF read_at ON public.messages "
        "FOR EACH ROW EXECUTE FUNCTION public.oms_messages_conversation_read()"
    )
    op.execute(
        "CREATE TRIGGER conversation_on_delete AFTER DELETE ON public.messages "
        "FOR EACH ROW EXECUTE FUNCTION public.oms_messages_conversation_delete()"
    )
    for table, pii in AUDITED.items():
        op.execute(
            f"CREATE TRIGGER audit_write AFTER INSERT OR UPDATE OR DELETE ON public.{table} "
            f"FOR EACH ROW EXECUTE FUNCTION public.oms_audit_write('{pii}')"
        )


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS public.ix_product_variants_ai_aliases_trgm")
    op.execute("DROP INDEX IF EXISTS public.ix_products_aliases_trgm")
    for table in AUDITED:
        op.execute(f"DROP TRIGGER IF EXISTS audit_write ON public.{table}")
    for name in ("conversation_on_delete", "conversation_on_read", "conversation_on_insert"):
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON public.messages")
    op.execute("DROP TRIGGER IF EXISTS customer_totals ON public.orders")
    for table in UPDATED_AT_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS set_updated_at ON public.{table}")
    for table in (*TENANT_TABLES, *SPECIAL_TABLES):
        for policy in ("tenant_select", "tenant_insert", "tenant_update", "tenant_delete"):
            op.execute(f"DROP POLICY IF EXISTS {policy} ON public.{table}")
        op.execute(f"ALTER TABLE public.{table} NO FORCE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE public.{table} DISABLE ROW LEVEL SECURITY")
    op.execute(DROP_FUNCTIONS)
