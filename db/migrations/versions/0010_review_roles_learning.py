"""Review, role permissions in the database, learning from corrections, replies and summaries.

Revision ID: 0010
Revises: 0006
Create Date: 2026-12-06

1. Review: ``orders.version`` (optimistic concurrency: every review action bumps it and names the
   version it read), a REJECTED order status, and ``order_reviews``, the review history (who, what,
   which version, the corrections, the reason) beside the row-level audit trail.
2. Roles: ``oms_may(area)`` reads the caller's role from ``user_profiles`` (the JWT subject,
   ``auth.uid()``). RESTRICTIVE policies on the write commands of each area's tables call it, so an
   OPERATOR's session cannot write the catalog, customers, integrations, webhooks, users or tenant
   settings whatever the code above does. A session with no user (the worker, the ingress on an API
   key, the command line) is the service itself and is not restricted by role. Triggers that keep
   derived data (customer totals) run as their owner so that a review by an OPERATOR still updates
   the customer's totals.
3. Learning: ``learned_phrases``, a tenant's phrasings learned from corrections, each with its
   provenance; ACTIVE ones are loaded by the catalog index as aliases. A change bumps the tenant's
   catalog version (the same triggers as the catalog), so every worker's index picks it up.
4. ``conversations.ai_context_summary`` is refreshed by a deferred trigger when one of the customer's
   orders is created or changes status, total or version, or a complaint is classified: not on other
   messages, and written only when its text changes.
5. ``oms_record_pipeline`` also writes ``messages.ai_suggested_responses`` from the plan.

The REJECTED enum value stays on downgrade (PostgreSQL cannot drop an enum value).
"""

from alembic import op

revision = "0010"
down_revision = "0006"
branch_labels = None
depends_on = None

TENANT = "distributor_id = (SELECT public.get_current_distributor_id())"

# Each area's tables: writes need oms_may(area). Reads stay the tenant's.
AREAS = {
    "catalog": ("products", "product_categories", "product_variants", "product_bundles"),
    "customers": ("customers", "customer_labels", "customer_label_assignments"),
    "integrations": ("external_integrations", "encryption_keys"),
    "webhooks": ("webhook_endpoints",),
    "users": ("user_profiles", "user_invitations"),
    "settings": ("pii_detection_rules",),
}

ROLE_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION public.oms_current_role() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE
  uid uuid := auth.uid();
BEGIN
  IF uid IS NULL THEN
    RETURN NULL;  -- no user: the service itself (worker, API key, command line)
  END IF;
  RETURN coalesce((SELECT p.role::text FROM public.user_profiles p WHERE p.id = uid), 'NONE');
END
$f$;

-- May the caller write the tables of `p_area`? Role defaults, plus grants in user_profiles.permissions
-- ({"catalog": true}); a user without a profile may do nothing.
CREATE OR REPLACE FUNCTION public.oms_may(p_area text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE
  uid uuid := auth.uid();
  v_role text;
  v_perms jsonb;
BEGIN
  IF uid IS NULL THEN
    RETURN true;
  END IF;
  SELECT p.role::text, p.permissions INTO v_role, v_perms FROM public.user_profiles p WHERE p.id = uid;
  IF v_role IS NULL THEN
    RETURN false;
  END IF;
  IF v_perms ->> p_area = 'true' THEN
    RETURN true;
  END IF;
  RETURN CASE
    WHEN p_area = 'review' THEN v_role IN ('OPERATOR', 'MANAGER', 'ADMIN', 'OWNER')
    WHEN p_area IN ('catalog', 'customers') THEN v_role IN ('MANAGER', 'ADMIN', 'OWNER')
    WHEN p_area IN ('integrations', 'webhooks', 'users', 'settings') THEN v_role IN ('ADMIN', 'OWNER')
    ELSE false
  END;
END
$f$;
"""

DROP_ROLE_FUNCTIONS = (
    "DROP FUNCTION IF EXISTS public.oms_may(text)",
    "DROP FUNCTION IF EXISTS public.oms_current_role()",
)

TABLES = f"""
ALTER TYPE public.order_status ADD VALUE IF NOT EXISTS 'REJECTED';
ALTER TABLE public.orders ADD COLUMN version integer DEFAULT 1 NOT NULL;

CREATE TABLE public.order_reviews (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  distributor_id uuid NOT NULL,
  order_id uuid NOT NULL,
  message_id uuid,
  action varchar(16) NOT NULL,
  reviewer_id uuid,
  actor varchar(200) NOT NULL,
  from_status varchar(16) NOT NULL,
  to_status varchar(16) NOT NULL,
  from_version integer NOT NULL,
  to_version integer NOT NULL,
  changes jsonb DEFAULT '[]'::jsonb NOT NULL,
  reason text,
  created_at timestamptz DEFAULT now() NOT NULL,
  CONSTRAINT pk_order_reviews PRIMARY KEY (id),
  CONSTRAINT ck_order_reviews_action_known CHECK (action IN ('APPROVE', 'CORRECT', 'REJECT', 'REQUEST')),
  CONSTRAINT fk_order_reviews_distributor_id_distributors
    FOREIGN KEY (distributor_id) REFERENCES public.distributors (id) ON DELETE CASCADE,
  CONSTRAINT fk_order_reviews_order_id_orders FOREIGN KEY (order_id) REFERENCES public.orders (id) ON DELETE CASCADE,
  CONSTRAINT fk_order_reviews_message_id_messages
    FOREIGN KEY (message_id) REFERENCES public.messages (id) ON DELETE SET NULL,
  CONSTRAINT fk_order_reviews_reviewer_id_user_profiles
    FOREIGN KEY (reviewer_id) REFERENCES public.user_profiles (id) ON DELETE SET NULL
);
CREATE INDEX ix_order_reviews_distributor_id ON public.order_reviews (distributor_id);
CREATE INDEX ix_order_reviews_order_id ON public.order_reviews (order_id);
CREATE INDEX ix_order_reviews_message_id ON public.order_reviews (message_id);
CREATE INDEX ix_order_reviews_reviewer_id ON public.order_reviews (reviewer_id);

CREATE TABLE public.learned_phrases (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  distributor_id uuid NOT NULL,
  phrase varchar(300) NOT NULL,
  product_id uuid NOT NULL,
  variant_id uuid,
  status varchar(16) DEFAULT 'ACTIVE' NOT NULL,
  corrections integer DEFAULT 1 NOT NULL,
  customer_id uuid,
  source_order_id uuid,
  source_message_id uuid,
  created_by uuid,
  removed_by uuid,
  removed_at timestamptz,
  created_at timestamptz DEFAULT now() NOT NULL,
  updated_at timestamptz DEFAULT now() NOT NULL,
  CONSTRAINT pk_learned_phrases PRIMARY KEY (id),
  CONSTRAINT uq_learned_phrases_distributor_id_phrase_product_id UNIQUE (distributor_id, phrase, product_id),
  CONSTRAINT ck_learned_phrases_status_known CHECK (status IN ('ACTIVE', 'CONFLICT', 'REMOVED')),
  CONSTRAINT ck_learned_phrases_corrections_positive CHECK (corrections > 0),
  CONSTRAINT fk_learned_phrases_distributor_id_distributors
    FOREIGN KEY (distributor_id) REFERENCES public.distributors (id) ON DELETE CASCADE,
  CONSTRAINT fk_learned_phrases_product_id_products
    FOREIGN KEY (product_id) REFERENCES public.products (id) ON DELETE CASCADE,
  CONSTRAINT fk_learned_phrases_variant_id_product_variants
    FOREIGN KEY (variant_id) REFERENCES public.product_variants (id) ON DELETE SET NULL,
  CONSTRAINT fk_learned_phrases_customer_id_customers
    FOREIGN KEY (customer_id) REFERENCES public.customers (id) ON DELETE SET NULL,
  CONSTRAINT fk_learned_phrases_source_order_id_orders
    FOREIGN KEY (source_order_id) REFERENCES public.orders (id) ON DELETE SET NULL,
  CONSTRAINT fk_learned_phrases_source_message_id_messages
    FOREIGN KEY (source_message_id) REFERENCES public.messages (id) ON DELETE SET NULL,
  CONSTRAINT fk_learned_phrases_created_by_user_profiles
    FOREIGN KEY (created_by) REFERENCES public.user_profiles (id) ON DELETE SET NULL,
  CONSTRAINT fk_learned_phrases_removed_by_user_profiles
    FOREIGN KEY (removed_by) REFERENCES public.user_profiles (id) ON DELETE SET NULL
);
CREATE INDEX ix_learned_phrases_distributor_id ON public.learned_phrases (distributor_id);
CREATE INDEX ix_learned_phrases_product_id ON public.learned_phrases (product_id);
CREATE INDEX ix_learned_phrases_variant_id ON public.learned_phrases (variant_id);
CREATE INDEX ix_learned_phrases_customer_id ON public.learned_phrases (customer_id);
CREATE INDEX ix_learned_phrases_source_order_id ON public.learned_phrases (source_order_id);
CREATE INDEX ix_learned_phrases_source_message_id ON public.learned_phrases (source_message_id);
CREATE INDEX ix_learned_phrases_created_by ON public.learned_phrases (created_by);
CREATE INDEX ix_learned_phrases_removed_by ON public.learned_phrases (removed_by);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.learned_phrases
  FOR EACH ROW EXECUTE FUNCTION public.oms_set_updated_at();
"""


def _tenant_policies(table: str) -> list[str]:
    return [
        f"ALTER TABLE public.{table} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE public.{table} FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY tenant_select ON public.{table} FOR SELECT USING ({TENANT})",
        f"CREATE POLICY tenant_insert ON public.{table} FOR INSERT WITH CHECK ({TENANT})",
        f"CREATE POLICY tenant_update ON public.{table} FOR UPDATE USING ({TENANT}) WITH CHECK ({TENANT})",
        f"CREATE POLICY tenant_delete ON public.{table} FOR DELETE USING ({TENANT})",
    ]


def _role_policies(table: str, area: str) -> list[str]:
    may = f"(SELECT public.oms_may('{area}'))"
    return [
        f"CREATE POLICY role_insert ON public.{table} AS RESTRICTIVE FOR INSERT WITH CHECK ({may})",
        f"CREATE POLICY role_update ON public.{table} AS RESTRICTIVE FOR UPDATE USING ({may}) WITH CHECK ({may})",
        f"CREATE POLICY role_delete ON public.{table} AS RESTRICTIVE FOR DELETE USING ({may})",
    ]


def _learned_version_triggers() -> list[str]:
    call = "FOR EACH STATEMENT EXECUTE FUNCTION public.oms_bump_config_version('catalog')"
    t = "public.learned_phrases"
    return [
        f"CREATE TRIGGER config_version_lock BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON {t} "
        "FOR EACH STATEMENT EXECUTE FUNCTION public.oms_lock_config_version()",
        f"CREATE TRIGGER config_version_insert AFTER INSERT ON {t} REFERENCING NEW TABLE AS changed_rows {call}",
        f"CREATE TRIGGER config_version_update AFTER UPDATE ON {t} "
        f"REFERENCING OLD TABLE AS old_rows NEW TABLE AS changed_rows {call}",
        f"CREATE TRIGGER config_version_delete AFTER DELETE ON {t} REFERENCING OLD TABLE AS changed_rows {call}",
        f"CREATE TRIGGER config_version_truncate AFTER TRUNCATE ON {t} {call}",
    ]


# A REJECTED order counts as little as a CANCELLED one: every function of the schema that tests an
# order status against CANCELLED (customer totals, rhythm and status) is patched in place to test both,
# whatever the migrations before this one made of it. The order-totals trigger runs as its owner, so a
# review by an OPERATOR (who may not write customers) still updates the customer's totals and status.
_STATUS_FUNCTIONS = (
    "SELECT p.oid::regprocedure::text FROM pg_proc p "
    "WHERE p.pronamespace = 'public'::regnamespace AND p.prosrc LIKE '%''CANCELLED''%'"
)
_TO_BOTH = (
    r"""d := regexp_replace(d, '([A-Za-z_]+\.status) = ''CANCELLED''', '\1::text IN (''CANCELLED'', ''REJECTED'')', 'g');""",
    r"""d := regexp_replace(d, '([A-Za-z_]+\.status) <> ''CANCELLED''', '\1::text NOT IN (''CANCELLED'', ''REJECTED'')', 'g');""",
)
_TO_CANCELLED = (
    r"""d := regexp_replace(d, '([A-Za-z_]+\.status)::text IN \(''CANCELLED'', ''REJECTED''\)', '\1 = ''CANCELLED''', 'g');""",
    r"""d := regexp_replace(d, '([A-Za-z_]+\.status)::text NOT IN \(''CANCELLED'', ''REJECTED''\)', '\1 <> ''CANCELLED''', 'g');""",
)


def _patch_status_tests(upgrade: bool) -> str:
    body = "\n    ".join(_TO_BOTH if upgrade else _TO_CANCELLED)
    return f"""
DO $$
DECLARE
  fn text;
  d text;
BEGIN
  FOR fn IN {_STATUS_FUNCTIONS} LOOP
    d := pg_get_functiondef(fn::regprocedure);
    {body}
    EXECUTE d;
  END LOOP;
END $$;
"""


TOTALS_AS_OWNER = (
    "ALTER FUNCTION public.oms_orders_customer_totals() SECURITY DEFINER",
    "ALTER FUNCTION public.oms_orders_customer_totals() SET search_path = public, pg_temp",
)
TOTALS_AS_INVOKER = (
    "ALTER FUNCTION public.oms_orders_customer_totals() SECURITY INVOKER",
    "ALTER FUNCTION public.oms_orders_customer_totals() RESET search_path",
)

# What the customer usually orders, open issues and the last order, in one line for a reviewer or a
# model's context. Computed from the customer's last 20 orders; written only when the text changes.
SUMMARY = r"""
CREATE OR REPLACE FUNCTION public.oms_refresh_context_summary(p_customer uuid) RETURNS void
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $f$
DECLARE
  v_usual text;
  v_review integer;
  v_complaints integer;
  v_last record;
  v_summary text;
BEGIN
  SELECT string_agg(x.name || ' x' || x.n, ', ' ORDER BY x.n DESC, x.name) INTO v_usual
  FROM (
    SELECT op.product_name AS name, count(*) AS n
    FROM (SELECT o.id FROM public.orders o
          WHERE o.customer_id = p_customer AND o.status::text NOT IN ('CANCELLED', 'REJECTED')
          ORDER BY o.created_at DESC LIMIT 20) recent
    JOIN public.order_products op ON op.order_id = recent.id
    WHERE op.product_id IS NOT NULL
    GROUP BY op.product_name
    ORDER BY count(*) DESC, op.product_name
    LIMIT 3
  ) x;
  SELECT count(*) INTO v_review FROM public.orders o
  WHERE o.customer_id = p_customer AND o.status::text = 'REVIEW';
  SELECT count(*) INTO v_complaints FROM public.messages m
  WHERE m.customer_id = p_customer AND m.ai_extracted_intent = 'COMPLAINT'
    AND m.created_at > now() - interval '30 days';
  SELECT o.id, o.created_at, o.status::text AS status, o.total_amount, o.currency,
         (SELECT count(*) FROM public.order_products op WHERE op.order_id = o.id) AS lines
    INTO v_last
    FROM public.orders o WHERE o.customer_id = p_customer
    ORDER BY o.created_at DESC LIMIT 1;
  IF v_last.id IS NULL AND v_complaints = 0 THEN
    RETURN;
  END IF;
  v_summary := concat_ws(' ',
    'Usually orders: ' || coalesce(v_usual, 'nothing yet') || '.',
    'Open issues: ' || CASE WHEN v_review = 0 AND v_complaints = 0 THEN 'none'
      ELSE concat_ws(', ',
        CASE WHEN v_review > 0 THEN v_review || ' order(s) in review' END,
        CASE WHEN v_complaints > 0 THEN v_complaints || ' complaint(s) in the last 30 days' END) END || '.',
    CASE WHEN v_last.id IS NOT NULL THEN
      'Last order: ' || to_char(v_last.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') || ', ' || v_last.lines
      || ' line(s), ' || v_last.total_amount || ' ' || v_last.currency || ', ' || v_last.status || '.' END);
  UPDATE public.conversations c SET ai_context_summary = v_summary
  WHERE c.customer_id = p_customer AND c.ai_context_summary IS DISTINCT FROM v_summary;
END
$f$;

CREATE OR REPLACE FUNCTION public.oms_context_summary_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  IF NEW.customer_id IS NOT NULL THEN
    PERFORM public.oms_refresh_context_summary(NEW.customer_id);
  END IF;
  RETURN NULL;
END
$f$;

-- Deferred to commit: the order's lines are written after the order row.
CREATE CONSTRAINT TRIGGER context_summary AFTER INSERT OR UPDATE OF status, total_amount, version
  ON public.orders DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  EXECUTE FUNCTION public.oms_context_summary_trigger();
CREATE CONSTRAINT TRIGGER context_summary AFTER UPDATE OF ai_extracted_intent
  ON public.messages DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NEW.ai_extracted_intent = 'COMPLAINT' AND OLD.ai_extracted_intent IS DISTINCT FROM NEW.ai_extracted_intent)
  EXECUTE FUNCTION public.oms_context_summary_trigger();
"""

# The fused pipeline's write also stores the suggested replies of its plan. Patched in place so the
# rest of the function stays whatever the migrations before this one made it.
_SET = "processed_at = now()"
_SET_REPLIES = (
    "processed_at = now(), "
    "ai_suggested_responses = coalesce(p_plan->'suggested_responses', m.ai_suggested_responses)"
)


def _patch_record_pipeline(old: str, new: str) -> str:
    old_sql, new_sql = old.replace("'", "''"), new.replace("'", "''")
    return f"""
DO $$
DECLARE
  d text := pg_get_functiondef('public.oms_record_pipeline(uuid, uuid, jsonb)'::regprocedure);
BEGIN
  IF position('{new_sql}' IN d) = 0 THEN
    IF position('{old_sql}' IN d) = 0 THEN
      RAISE EXCEPTION 'oms_record_pipeline has no "{old_sql}" to patch';
    END IF;
    EXECUTE replace(d, '{old_sql}', '{new_sql}');
  END IF;
END $$;
"""


def upgrade() -> None:
    op.execute(TABLES)
    for table in ("order_reviews", "learned_phrases"):
        for stmt in _tenant_policies(table):
            op.execute(stmt)
    op.execute(ROLE_FUNCTIONS)
    for area, tables in AREAS.items():
        for table in tables:
            for stmt in _role_policies(table, area):
                op.execute(stmt)
    op.execute(
        "CREATE POLICY role_update ON public.distributors AS RESTRICTIVE FOR UPDATE "
        "USING ((SELECT public.oms_may('settings'))) WITH CHECK ((SELECT public.oms_may('settings')))"
    )
    for stmt in _learned_version_triggers():
        op.execute(stmt)
    op.execute(_patch_status_tests(upgrade=True))
    for stmt in TOTALS_AS_OWNER:
        op.execute(stmt)
    op.execute(SUMMARY)
    op.execute(_patch_record_pipeline(_SET, _SET_REPLIES))


def downgrade() -> None:
    op.execute(_patch_record_pipeline(_SET_REPLIES, _SET))
    op.execute("DROP TRIGGER IF EXISTS context_summary ON public.messages")
    op.execute("DROP TRIGGER IF EXISTS context_summary ON public.orders")
    op.execute("DROP FUNCTION IF EXISTS public.oms_context_summary_trigger()")
    op.execute("DROP FUNCTION IF EXISTS public.oms_refresh_context_summary(uuid)")
    for stmt in TOTALS_AS_INVOKER:
        op.execute(stmt)
    op.execute(_patch_status_tests(upgrade=False))
    op.execute("DROP POLICY IF EXISTS role_update ON public.distributors")
    for tables in AREAS.values():
        for table in tables:
            for name in ("role_insert", "role_update", "role_delete"):
                op.execute(f"DROP POLICY IF EXISTS {name} ON public.{table}")
    for stmt in DROP_ROLE_FUNCTIONS:
        op.execute(stmt)
    op.execute("DROP TABLE IF EXISTS public.learned_phrases")
    op.execute("DROP TABLE IF EXISTS public.order_reviews")
    op.execute("ALTER TABLE public.orders DROP COLUMN IF EXISTS version")
