"""Per-customer learned phrases (issue #15): a correction is learned for its customer first.

Revision ID: 0020
Revises: 0017
Create Date: 2026-12-06

``customer_phrases``: what a reviewer's correction taught about one customer's phrasing ("black fizzy"
means COKE-ZERO-330 for this restaurant), with its provenance. The pipeline reads a customer's ACTIVE
rows with its order guide (jobs/customers/guide.py) and applies them to that customer's messages only.
When corrections of several customers agree on a phrase and product, jobs/learning/phrases.py writes the
tenant-wide ``learned_phrases`` row (a catalog alias for every customer), as before. A phrase one
customer's corrections sent to two products is CONFLICT for that customer (not applied) until a manager
removes the wrong side, as the tenant rule does. Tenant wall: row-level security, forced, like every
tenant table; writes need the review role (``oms_may('review')`` is true for every role that reviews).
"""

from alembic import op

revision = "0020"
down_revision = "0017"
branch_labels = None
depends_on = None

TENANT = "distributor_id = (SELECT public.get_current_distributor_id())"

TABLE = f"""
CREATE TABLE public.customer_phrases (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  distributor_id uuid NOT NULL,
  customer_id uuid NOT NULL,
  phrase varchar(300) NOT NULL,
  product_id uuid NOT NULL,
  variant_id uuid,
  status varchar(16) DEFAULT 'ACTIVE' NOT NULL,
  corrections integer DEFAULT 1 NOT NULL,
  source_order_id uuid,
  source_message_id uuid,
  created_by uuid,
  removed_by uuid,
  removed_at timestamptz,
  created_at timestamptz DEFAULT now() NOT NULL,
  updated_at timestamptz DEFAULT now() NOT NULL,
  CONSTRAINT pk_customer_phrases PRIMARY KEY (id),
  CONSTRAINT uq_customer_phrases_customer_id_phrase_product_id UNIQUE (customer_id, phrase, product_id),
  CONSTRAINT ck_customer_phrases_status_known CHECK (status IN ('ACTIVE', 'CONFLICT', 'REMOVED')),
  CONSTRAINT ck_customer_phrases_corrections_positive CHECK (corrections > 0),
  CONSTRAINT fk_customer_phrases_distributor_id_distributors
    FOREIGN KEY (distributor_id) REFERENCES public.distributors (id) ON DELETE CASCADE,
  CONSTRAINT fk_customer_phrases_customer_id_customers
    FOREIGN KEY (customer_id) REFERENCES public.customers (id) ON DELETE CASCADE,
  CONSTRAINT fk_customer_phrases_product_id_products
    FOREIGN KEY (product_id) REFERENCES public.products (id) ON DELETE CASCADE,
  CONSTRAINT fk_customer_phrases_variant_id_product_variants
    FOREIGN KEY (variant_id) REFERENCES public.product_variants (id) ON DELETE SET NULL,
  CONSTRAINT fk_customer_phrases_source_order_id_orders
    FOREIGN KEY (source_order_id) REFERENCES public.orders (id) ON DELETE SET NULL,
  CONSTRAINT fk_customer_phrases_source_message_id_messages
    FOREIGN KEY (source_message_id) REFERENCES public.messages (id) ON DELETE SET NULL,
  CONSTRAINT fk_customer_phrases_created_by_user_profiles
    FOREIGN KEY (created_by) REFERENCES public.user_profiles (id) ON DELETE SET NULL,
  CONSTRAINT fk_customer_phrases_removed_by_user_profiles
    FOREIGN KEY (removed_by) REFERENCES public.user_profiles (id) ON DELETE SET NULL
);
CREATE INDEX ix_customer_phrases_distributor_id ON public.customer_phrases (distributor_id);
CREATE INDEX ix_customer_phrases_customer_id ON public.customer_phrases (customer_id);
CREATE INDEX ix_customer_phrases_product_id ON public.customer_phrases (product_id);
CREATE INDEX ix_customer_phrases_variant_id ON public.customer_phrases (variant_id);
CREATE INDEX ix_customer_phrases_source_order_id ON public.customer_phrases (source_order_id);
CREATE INDEX ix_customer_phrases_source_message_id ON public.customer_phrases (source_message_id);
CREATE INDEX ix_customer_phrases_created_by ON public.customer_phrases (created_by);
CREATE INDEX ix_customer_phrases_removed_by ON public.customer_phrases (removed_by);
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.customer_phrases
  FOR EACH ROW EXECUTE FUNCTION public.oms_set_updated_at();

ALTER TABLE public.customer_phrases ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.customer_phrases FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_select ON public.customer_phrases FOR SELECT USING ({TENANT});
CREATE POLICY tenant_insert ON public.customer_phrases FOR INSERT WITH CHECK ({TENANT});
CREATE POLICY tenant_update ON public.customer_phrases FOR UPDATE USING ({TENANT}) WITH CHECK ({TENANT});
CREATE POLICY tenant_delete ON public.customer_phrases FOR DELETE USING ({TENANT});
CREATE POLICY role_insert ON public.customer_phrases AS RESTRICTIVE FOR INSERT
  WITH CHECK ((SELECT public.oms_may('review')));
CREATE POLICY role_update ON public.customer_phrases AS RESTRICTIVE FOR UPDATE
  USING ((SELECT public.oms_may('review'))) WITH CHECK ((SELECT public.oms_may('review')));
CREATE POLICY role_delete ON public.customer_phrases AS RESTRICTIVE FOR DELETE
  USING ((SELECT public.oms_may('review')));
"""


def upgrade() -> None:
    op.execute(TABLE)  # the app role's grants follow every upgrade (db/migrate.py grant_app_role)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS public.customer_phrases")
