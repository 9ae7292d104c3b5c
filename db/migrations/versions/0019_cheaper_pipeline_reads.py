"""The fused pipeline's database cost back to what it was before the tenant wall and the order guide.

Revision ID: 0019
Revises: 0016
Create Date: 2026-12-06

Measured on the fused path (README, Pipeline throughput): PostgreSQL CPU per message had nearly doubled.
- ``get_current_distributor_id()`` runs once per table a statement reads or writes (the policies'
  initplan), 20-30 times per message. Its token check took ~100 us, almost all of it the format regex
  (counted repetitions like ``{64}`` are slow in PostgreSQL's regex engine). The MAC is now checked
  first, over the fixed 49-character body, and the fields are read only from a token whose MAC is valid,
  which this key signed, so it is well-formed by construction: the same tokens are accepted, a malformed
  one is still "no token", never an error, and the fixed lengths still rule out length extension.
  ``oms_private.verified_token()`` (the user paths) likewise.
- The order guide's upkeep (0015) took about 1.5 ms of PostgreSQL CPU per message: a row trigger per
  order line, each planning (LANGUAGE sql with a SET clause) and running its own upsert. Inserted lines
  now go to a statement trigger (a transition table) with one upsert per order; ``oms_guide_add`` (for an
  order turning CONFIRMED) is plpgsql, so its plan is cached. Updates and deletes are as before.
- ``oms_message_snapshot`` also returns the customer's order guide (as jsonb) and its order count and
  spend, so an ORDER message no longer needs a second tenant transaction to read them
  (jobs/pipeline/fused.py).
"""

from alembic import op

revision = "0019"
down_revision = "0016"
branch_labels = None
depends_on = None

# The token checks: MAC first (fixed-length body), then the fields of a body this key signed.
TOKEN_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION oms_private.verified_token(OUT kind text, OUT id uuid)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = oms_private, pg_temp AS $f$
DECLARE
  tok text := current_setting('app.tenant_token', true);
  k bytea;
BEGIN
  IF tok IS NULL OR length(tok) <> 114 OR substr(tok, 50, 1) <> '.' THEN
    RETURN;
  END IF;
  SELECT s.key INTO k FROM oms_private.tenant_secret s WHERE s.id = 1;
  IF k IS NULL OR encode(sha256(k || convert_to(substr(tok, 1, 49), 'UTF8')), 'hex') <> substr(tok, 51) THEN
    RETURN;
  END IF;
  IF substr(tok, 40, 10)::bigint < extract(epoch FROM now()) THEN
    RETURN;  -- expired
  END IF;
  kind := substr(tok, 1, 1);
  id := substr(tok, 3, 36)::uuid;
END
$f$;

CREATE OR REPLACE FUNCTION public.get_current_distributor_id() RETURNS uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE
  tok text := current_setting('app.tenant_token', true);
  k bytea;
  r name;
  uid uuid;
  valid boolean;
BEGIN
  SELECT s.key, s.app_role INTO k, r FROM oms_private.tenant_secret s WHERE s.id = 1;
  valid := tok IS NOT NULL AND length(tok) = 114 AND k IS NOT NULL AND substr(tok, 50, 1) = '.'
    AND encode(sha256(k || convert_to(substr(tok, 1, 49), 'UTF8')), 'hex') = substr(tok, 51);
  IF valid THEN  -- signed with this key: the fields are well-formed, the casts cannot fail
    valid := substr(tok, 40, 10)::bigint >= extract(epoch FROM now());
  END IF;
  IF valid THEN
    IF substr(tok, 1, 1) = 't' THEN
      RETURN substr(tok, 3, 36)::uuid;
    END IF;
    uid := substr(tok, 3, 36)::uuid;
  ELSIF r IS NULL OR r = session_user THEN
    RETURN NULL;  -- the app role without a valid token: no tenant, whatever else it set
  ELSE
    uid := auth.uid();  -- another role (behind PostgREST, which verified the JWT): its claims
  END IF;
  IF uid IS NULL THEN
    RETURN NULL;
  END IF;
  RETURN (SELECT p.distributor_id FROM public.user_profiles p WHERE p.id = uid);
END
$f$;
"""

# 0013's definitions, for the downgrade.
TOKEN_FUNCTIONS_0013 = r"""
CREATE OR REPLACE FUNCTION oms_private.verified_token(OUT kind text, OUT id uuid)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = oms_private, pg_temp AS $f$
DECLARE
  tok text := current_setting('app.tenant_token', true);
  k bytea;
BEGIN
  IF tok IS NULL OR length(tok) <> 114
     OR tok !~ '^[tu]\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[0-9]{10}\.[0-9a-f]{64}$' THEN
    RETURN;
  END IF;
  IF substr(tok, 40, 10)::bigint < extract(epoch FROM now()) THEN
    RETURN;  -- expired
  END IF;
  SELECT s.key INTO k FROM oms_private.tenant_secret s WHERE s.id = 1;
  IF k IS NULL OR encode(sha256(k || convert_to(substr(tok, 1, 49), 'UTF8')), 'hex') <> substr(tok, 51) THEN
    RETURN;
  END IF;
  kind := substr(tok, 1, 1);
  id := substr(tok, 3, 36)::uuid;
END
$f$;

CREATE OR REPLACE FUNCTION public.get_current_distributor_id() RETURNS uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE
  tok text := current_setting('app.tenant_token', true);
  k bytea;
  r name;
  uid uuid;
BEGIN
  SELECT s.key, s.app_role INTO k, r FROM oms_private.tenant_secret s WHERE s.id = 1;
  IF tok IS NOT NULL AND length(tok) = 114 AND k IS NOT NULL
     AND tok ~ '^[tu]\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[0-9]{10}\.[0-9a-f]{64}$'
     AND substr(tok, 40, 10)::bigint >= extract(epoch FROM now())
     AND encode(sha256(k || convert_to(substr(tok, 1, 49), 'UTF8')), 'hex') = substr(tok, 51) THEN
    IF substr(tok, 1, 1) = 't' THEN
      RETURN substr(tok, 3, 36)::uuid;
    END IF;
    uid := substr(tok, 3, 36)::uuid;
  ELSIF r IS NULL OR r = session_user THEN
    RETURN NULL;  -- the app role without a valid token: no tenant, whatever else it set
  ELSE
    uid := auth.uid();  -- another role (behind PostgREST, which verified the JWT): its claims
  END IF;
  IF uid IS NULL THEN
    RETURN NULL;
  END IF;
  RETURN (SELECT p.distributor_id FROM public.user_profiles p WHERE p.id = uid);
END
$f$;
"""

NO_VARIANT = "'00000000-0000-0000-0000-000000000000'::uuid"
GUIDE_ADD_BODY = f"""
  INSERT INTO public.customer_order_guide AS g (distributor_id, customer_id, product_id, variant_id, orders,
    total_quantity, recent_quantities, last_order_id, first_ordered_at, last_ordered_at)
  SELECT o.distributor_id, o.customer_id, l.product_id, l.variant_id, 1, sum(l.quantity), ARRAY[sum(l.quantity)],
         o.id, o.created_at, o.created_at
  FROM public.orders o JOIN public.order_products l ON l.order_id = o.id
  WHERE o.id = p_order AND o.status = 'CONFIRMED' AND l.product_id IS NOT NULL
    AND (p_line IS NULL OR l.id = p_line)
  GROUP BY o.distributor_id, o.customer_id, o.id, o.created_at, l.product_id, l.variant_id
  ON CONFLICT (customer_id, product_id, (coalesce(variant_id, {NO_VARIANT}))) DO UPDATE SET
    orders = g.orders + CASE WHEN g.last_order_id = EXCLUDED.last_order_id THEN 0 ELSE 1 END,
    total_quantity = g.total_quantity + EXCLUDED.total_quantity,
    recent_quantities = CASE WHEN g.last_order_id = EXCLUDED.last_order_id
      THEN g.recent_quantities[1:cardinality(g.recent_quantities) - 1]
           || (g.recent_quantities[cardinality(g.recent_quantities)] + EXCLUDED.total_quantity)
      ELSE (g.recent_quantities || EXCLUDED.recent_quantities)[
             greatest(1, cardinality(g.recent_quantities) - 8):] END,
    last_order_id = EXCLUDED.last_order_id,
    first_ordered_at = least(g.first_ordered_at, EXCLUDED.first_ordered_at),
    last_ordered_at = greatest(g.last_ordered_at, EXCLUDED.last_ordered_at),
    updated_at = now()"""

# Lines inserted: the guide takes each order's new lines in one statement (the pipeline inserts an order's
# lines with one INSERT), instead of one trigger call and one upsert per line.
GUIDE_LINES_INSERTED = f"""
CREATE OR REPLACE FUNCTION public.oms_guide_on_lines_inserted() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $f$
DECLARE
  v_order uuid;
  v_done uuid[] := '{{}}';
BEGIN
  FOR v_order IN SELECT n.order_id FROM new_lines n LOOP  -- each order once, in the order of its first line
    CONTINUE WHEN v_order = ANY (v_done);
    v_done := v_done || v_order;
    INSERT INTO public.customer_order_guide AS g (distributor_id, customer_id, product_id, variant_id, orders,
      total_quantity, recent_quantities, last_order_id, first_ordered_at, last_ordered_at)
    SELECT o.distributor_id, o.customer_id, l.product_id, l.variant_id, 1, sum(l.quantity), ARRAY[sum(l.quantity)],
           o.id, o.created_at, o.created_at
    FROM public.orders o JOIN new_lines l ON l.order_id = o.id
    WHERE o.id = v_order AND o.status = 'CONFIRMED' AND l.product_id IS NOT NULL
    GROUP BY o.distributor_id, o.customer_id, o.id, o.created_at, l.product_id, l.variant_id
    ON CONFLICT (customer_id, product_id, (coalesce(variant_id, {NO_VARIANT}))) DO UPDATE SET
      orders = g.orders + CASE WHEN g.last_order_id = EXCLUDED.last_order_id THEN 0 ELSE 1 END,
      total_quantity = g.total_quantity + EXCLUDED.total_quantity,
      recent_quantities = CASE WHEN g.last_order_id = EXCLUDED.last_order_id
        THEN g.recent_quantities[1:cardinality(g.recent_quantities) - 1]
             || (g.recent_quantities[cardinality(g.recent_quantities)] + EXCLUDED.total_quantity)
        ELSE (g.recent_quantities || EXCLUDED.recent_quantities)[
               greatest(1, cardinality(g.recent_quantities) - 8):] END,
      last_order_id = EXCLUDED.last_order_id,
      first_ordered_at = least(g.first_ordered_at, EXCLUDED.first_ordered_at),
      last_ordered_at = greatest(g.last_ordered_at, EXCLUDED.last_ordered_at),
      updated_at = now();
  END LOOP;
  RETURN NULL;
END
$f$;

DROP TRIGGER IF EXISTS order_products_guide ON public.order_products;
CREATE TRIGGER order_products_guide AFTER UPDATE OR DELETE ON public.order_products
  FOR EACH ROW EXECUTE FUNCTION public.oms_guide_on_line();
CREATE TRIGGER order_products_guide_insert AFTER INSERT ON public.order_products
  REFERENCING NEW TABLE AS new_lines FOR EACH STATEMENT EXECUTE FUNCTION public.oms_guide_on_lines_inserted();
"""
GUIDE_LINES_INSERTED_UNDO = """
DROP TRIGGER IF EXISTS order_products_guide_insert ON public.order_products;
DROP TRIGGER IF EXISTS order_products_guide ON public.order_products;
CREATE TRIGGER order_products_guide AFTER INSERT OR UPDATE OR DELETE ON public.order_products
  FOR EACH ROW EXECUTE FUNCTION public.oms_guide_on_line();
DROP FUNCTION IF EXISTS public.oms_guide_on_lines_inserted();
"""

GUIDE_ADD_PLPGSQL = f"""
CREATE OR REPLACE FUNCTION public.oms_guide_add(p_order uuid, p_line uuid) RETURNS void
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN{GUIDE_ADD_BODY};
END
$f$;
"""
GUIDE_ADD_SQL = f"""
CREATE OR REPLACE FUNCTION public.oms_guide_add(p_order uuid, p_line uuid) RETURNS void
LANGUAGE sql SECURITY INVOKER SET search_path = public, pg_temp AS $f${GUIDE_ADD_BODY}
$f$;
"""

SNAPSHOT_COLUMNS = """
  content text, media jsonb, untouched boolean, conversation_id uuid, customer_id uuid,
  conversation_customer_id uuid, channel text, created_at timestamptz, threshold numeric, currency text,
  pii_rules_stamp text, catalog_stamp text"""
SNAPSHOT_SELECT = """
    SELECT m.content, m.media, public.oms_message_untouched(m),
           m.conversation_id, m.customer_id, v.customer_id, v.channel::text, m.created_at,
           d.ai_confidence_threshold, d.currency::text,
           public.oms_pii_rules_stamp(), public.oms_catalog_stamp()"""
SNAPSHOT_FROM = """
    FROM public.messages m
    JOIN public.conversations v ON v.id = m.conversation_id
    JOIN public.distributors d ON d.id = m.distributor_id"""


def _snapshot(columns: str, select: str, joins: str) -> str:
    return f"""
DROP FUNCTION IF EXISTS public.oms_message_snapshot(uuid, uuid);
CREATE FUNCTION public.oms_message_snapshot(p_tenant uuid, p_message uuid)
RETURNS TABLE ({columns}
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
#variable_conflict use_column
BEGIN
  PERFORM set_config('app.current_distributor_id', p_tenant::text, true);
  RETURN QUERY{select}{SNAPSHOT_FROM}{joins}
    WHERE m.id = p_message;
END
$f$;
"""


# The customer's guide as jobs/customers/guide.py reads it (same rows, same order), one array per row:
# [sku, variant name, orders, recent quantities as text, last ordered at].
SNAPSHOT_WITH_GUIDE_SELECT = """,
           c.total_orders, c.total_spent,
           (SELECT coalesce(jsonb_agg(jsonb_build_array(p.sku, pv.name, g.orders, g.recent_quantities::text[],
                                                        g.last_ordered_at)
                                      ORDER BY g.orders DESC, g.last_ordered_at DESC, p.sku), '[]'::jsonb)
            FROM public.customer_order_guide g JOIN public.products p ON p.id = g.product_id
            LEFT JOIN public.product_variants pv ON pv.id = g.variant_id
            WHERE g.customer_id = c.id)"""
SNAPSHOT_WITH_GUIDE_JOINS = "\n    LEFT JOIN public.customers c ON c.id = coalesce(m.customer_id, v.customer_id)"
SNAPSHOT_WITH_GUIDE = _snapshot(
    SNAPSHOT_COLUMNS + ",\n  customer_orders integer, customer_spent numeric, guide jsonb",
    SNAPSHOT_SELECT + SNAPSHOT_WITH_GUIDE_SELECT,
    SNAPSHOT_WITH_GUIDE_JOINS,
)
SNAPSHOT_0012 = _snapshot(SNAPSHOT_COLUMNS, SNAPSHOT_SELECT, "")


def upgrade() -> None:
    op.execute(TOKEN_FUNCTIONS)
    op.execute(GUIDE_ADD_PLPGSQL)
    op.execute(GUIDE_LINES_INSERTED)
    op.execute(SNAPSHOT_WITH_GUIDE)


def downgrade() -> None:
    op.execute(SNAPSHOT_0012)
    op.execute(GUIDE_LINES_INSERTED_UNDO)
    op.execute(GUIDE_ADD_SQL)
    op.execute(TOKEN_FUNCTIONS_0013)
