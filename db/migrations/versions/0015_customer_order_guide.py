"""Customer order guide (issue #15): what each customer orders, kept current in the order's transaction.

Revision ID: 0015
Revises: 0007
Create Date: 2026-12-06

``customer_order_guide``: one row per customer, product and variant the customer has had in a CONFIRMED
order: in how many orders, the total quantity, the quantities of the last 10 of those orders (oldest
first, for history-relative quantity checks), when first and last. The pipeline reads a customer's rows
with one indexed read (jobs/customers/guide.py) to break ties in matching and resolve "the usual".

Upkeep, in the transaction that confirms the order (like the customer rhythm of 0008):
- a line inserted into a CONFIRMED order adds itself (a product twice in one order counts one order);
- an order turning CONFIRMED (a review approval) adds all its lines in one statement;
- anything that takes away (a CONFIRMED order cancelled, rejected, re-assigned or deleted, a line of a
  CONFIRMED order changed or deleted) rebuilds that one customer's rows from its confirmed orders.
The functions run as invoker: the tenant wall (RLS, forced) holds for every read and write.
"""

from alembic import op

revision = "0015"
down_revision = "0007"
branch_labels = None
depends_on = None

TENANT = "distributor_id = (SELECT public.get_current_distributor_id())"
NO_VARIANT = "'00000000-0000-0000-0000-000000000000'::uuid"

TABLE = f"""
CREATE TABLE public.customer_order_guide (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  distributor_id uuid NOT NULL,
  customer_id uuid NOT NULL,
  product_id uuid NOT NULL,
  variant_id uuid,
  orders integer NOT NULL,
  total_quantity numeric(16,3) NOT NULL,
  recent_quantities numeric(12,3)[] NOT NULL,
  last_order_id uuid,
  first_ordered_at timestamptz NOT NULL,
  last_ordered_at timestamptz NOT NULL,
  updated_at timestamptz DEFAULT now() NOT NULL,
  CONSTRAINT pk_customer_order_guide PRIMARY KEY (id),
  CONSTRAINT fk_customer_order_guide_distributor_id_distributors FOREIGN KEY (distributor_id)
    REFERENCES public.distributors (id) ON DELETE CASCADE,
  CONSTRAINT fk_customer_order_guide_customer_id_customers FOREIGN KEY (customer_id)
    REFERENCES public.customers (id) ON DELETE CASCADE,
  CONSTRAINT fk_customer_order_guide_product_id_products FOREIGN KEY (product_id)
    REFERENCES public.products (id) ON DELETE CASCADE,
  CONSTRAINT fk_customer_order_guide_variant_id_product_variants FOREIGN KEY (variant_id)
    REFERENCES public.product_variants (id) ON DELETE CASCADE,
  CONSTRAINT ck_customer_order_guide_orders_positive CHECK (orders > 0)
);
CREATE UNIQUE INDEX ux_customer_order_guide_item
  ON public.customer_order_guide (customer_id, product_id, (coalesce(variant_id, {NO_VARIANT})));
CREATE INDEX ix_customer_order_guide_distributor_id ON public.customer_order_guide (distributor_id);
ALTER TABLE public.customer_order_guide ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.customer_order_guide FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_select ON public.customer_order_guide FOR SELECT USING ({TENANT});
CREATE POLICY tenant_insert ON public.customer_order_guide FOR INSERT WITH CHECK ({TENANT});
CREATE POLICY tenant_update ON public.customer_order_guide FOR UPDATE USING ({TENANT}) WITH CHECK ({TENANT});
CREATE POLICY tenant_delete ON public.customer_order_guide FOR DELETE USING ({TENANT});
"""

FUNCTIONS = f"""
-- Add one order's lines (all of them, or one) to its customer's guide.
CREATE OR REPLACE FUNCTION public.oms_guide_add(p_order uuid, p_line uuid) RETURNS void
LANGUAGE sql SECURITY INVOKER SET search_path = public, pg_temp AS $f$
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
    updated_at = now()
$f$;

-- One customer's guide from its confirmed orders (anything that takes away; repair).
CREATE OR REPLACE FUNCTION public.oms_rebuild_customer_guide(p_customer uuid) RETURNS void
LANGUAGE sql SECURITY INVOKER SET search_path = public, pg_temp AS $f$
  DELETE FROM public.customer_order_guide WHERE customer_id = p_customer;
  INSERT INTO public.customer_order_guide (distributor_id, customer_id, product_id, variant_id, orders,
    total_quantity, recent_quantities, last_order_id, first_ordered_at, last_ordered_at)
  SELECT distributor_id, customer_id, product_id, variant_id, count(*), sum(q),
         (array_agg(q ORDER BY created_at DESC, order_id DESC))[1:10],
         (array_agg(order_id ORDER BY created_at DESC, order_id DESC))[1], min(created_at), max(created_at)
  FROM (
    SELECT o.distributor_id, o.customer_id, l.product_id, l.variant_id, o.id AS order_id, o.created_at,
           sum(l.quantity) AS q
    FROM public.orders o JOIN public.order_products l ON l.order_id = o.id
    WHERE o.customer_id = p_customer AND o.status = 'CONFIRMED' AND l.product_id IS NOT NULL
    GROUP BY o.distributor_id, o.customer_id, l.product_id, l.variant_id, o.id, o.created_at
  ) per_order
  GROUP BY distributor_id, customer_id, product_id, variant_id;
  -- oldest first, as the incremental path keeps them
  UPDATE public.customer_order_guide g
  SET recent_quantities = ARRAY(SELECT x FROM unnest(g.recent_quantities) WITH ORDINALITY AS u(x, i) ORDER BY i DESC)
  WHERE g.customer_id = p_customer;
$f$;

CREATE OR REPLACE FUNCTION public.oms_guide_on_line() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $f$
DECLARE
  v_customer uuid;
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM public.oms_guide_add(NEW.order_id, NEW.id);
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.product_id IS NOT DISTINCT FROM OLD.product_id
     AND NEW.variant_id IS NOT DISTINCT FROM OLD.variant_id AND NEW.quantity = OLD.quantity
     AND NEW.order_id = OLD.order_id THEN
    RETURN NULL;
  END IF;
  SELECT o.customer_id INTO v_customer FROM public.orders o WHERE o.id = OLD.order_id AND o.status = 'CONFIRMED';
  IF v_customer IS NOT NULL THEN
    PERFORM public.oms_rebuild_customer_guide(v_customer);
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.order_id <> OLD.order_id THEN
    SELECT o.customer_id INTO v_customer FROM public.orders o WHERE o.id = NEW.order_id AND o.status = 'CONFIRMED';
    IF v_customer IS NOT NULL THEN
      PERFORM public.oms_rebuild_customer_guide(v_customer);
    END IF;
  END IF;
  RETURN NULL;
END
$f$;

CREATE OR REPLACE FUNCTION public.oms_guide_on_order() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status = 'CONFIRMED' THEN
      PERFORM public.oms_rebuild_customer_guide(OLD.customer_id);
    END IF;
    RETURN NULL;
  END IF;
  IF OLD.status = 'CONFIRMED' AND (NEW.status <> 'CONFIRMED' OR NEW.customer_id <> OLD.customer_id) THEN
    PERFORM public.oms_rebuild_customer_guide(OLD.customer_id);
    IF NEW.status = 'CONFIRMED' THEN
      PERFORM public.oms_rebuild_customer_guide(NEW.customer_id);
    END IF;
  ELSIF NEW.status = 'CONFIRMED' AND OLD.status <> 'CONFIRMED' THEN
    PERFORM public.oms_guide_add(NEW.id, NULL);
  END IF;
  RETURN NULL;
END
$f$;

CREATE TRIGGER order_products_guide AFTER INSERT OR UPDATE OR DELETE ON public.order_products
  FOR EACH ROW EXECUTE FUNCTION public.oms_guide_on_line();
CREATE TRIGGER orders_guide AFTER UPDATE OF status, customer_id OR DELETE ON public.orders
  FOR EACH ROW EXECUTE FUNCTION public.oms_guide_on_order();
"""


def upgrade() -> None:
    op.execute(TABLE)
    op.execute(FUNCTIONS)
    # Backfill from the confirmed orders there are (the owner runs migrations; RLS is forced, so each
    # tenant's rows are written with that tenant set).
    op.execute(
        """
DO $$
DECLARE
  t uuid;
  c uuid;
BEGIN
  FOR t IN SELECT id FROM public.distributors LOOP
    PERFORM set_config('app.current_distributor_id', t::text, true);
    FOR c IN SELECT DISTINCT customer_id FROM public.orders WHERE distributor_id = t AND status = 'CONFIRMED' LOOP
      PERFORM public.oms_rebuild_customer_guide(c);
    END LOOP;
  END LOOP;
  PERFORM set_config('app.current_distributor_id', '', true);
END $$;
"""
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS orders_guide ON public.orders")
    op.execute("DROP TRIGGER IF EXISTS order_products_guide ON public.order_products")
    for fn in ("oms_guide_on_order()", "oms_guide_on_line()", "oms_rebuild_customer_guide(uuid)", "oms_guide_add(uuid, uuid)"):
        op.execute(f"DROP FUNCTION IF EXISTS public.{fn}")
    op.execute("DROP TABLE IF EXISTS public.customer_order_guide")
