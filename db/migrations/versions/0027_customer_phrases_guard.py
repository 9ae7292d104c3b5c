"""A customer's learned phrases are guarded like the tenant's (#15, the gap noted in session 5).

``learned_phrases`` (0014) lets a reviewer only do what a correction does; removing, reviving or
rewriting a phrase, or deleting it, needs MANAGER and above, checked by the database whatever the code.
``customer_phrases`` (0020) had the role policies but not that guard, and let any reviewer delete. Now
the same trigger rules hold per customer, the poisoning check is scoped to the customer, and deleting
needs ``oms_may('catalog')``. The service (no user) is not restricted by role, as elsewhere.
"""

from alembic import op

revision = "0027"
down_revision = "0024"
branch_labels = None
depends_on = None

GUARD = r"""
CREATE FUNCTION public.oms_customer_phrases_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  IF (SELECT public.oms_may('catalog')) THEN
    RETURN NEW;  -- a MANAGER and above (or the service): any change
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.status = 'REMOVED' OR NEW.removed_by IS NOT NULL OR NEW.removed_at IS NOT NULL THEN
      RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
        MESSAGE = 'role ' || coalesce(public.oms_current_role(), 'NONE')
                  || ' may not record a removed customer phrase (MANAGER and above)';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.status = 'REMOVED' OR OLD.status = 'REMOVED'
     OR NEW.removed_by IS DISTINCT FROM OLD.removed_by OR NEW.removed_at IS DISTINCT FROM OLD.removed_at THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'role ' || coalesce(public.oms_current_role(), 'NONE')
                || ' may not remove or revive a customer phrase (MANAGER and above)';
  END IF;
  IF NEW.phrase IS DISTINCT FROM OLD.phrase OR NEW.product_id IS DISTINCT FROM OLD.product_id
     OR NEW.distributor_id IS DISTINCT FROM OLD.distributor_id
     OR NEW.customer_id IS DISTINCT FROM OLD.customer_id
     OR NEW.source_order_id IS DISTINCT FROM OLD.source_order_id
     OR NEW.source_message_id IS DISTINCT FROM OLD.source_message_id
     OR NEW.created_by IS DISTINCT FROM OLD.created_by OR NEW.created_at IS DISTINCT FROM OLD.created_at
     OR NEW.corrections < OLD.corrections THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'role ' || coalesce(public.oms_current_role(), 'NONE')
                || ' may not rewrite a customer phrase (MANAGER and above)';
  END IF;
  IF NEW.status = 'ACTIVE' AND OLD.status <> 'ACTIVE' AND EXISTS (
       SELECT 1 FROM public.customer_phrases o
        WHERE o.customer_id = NEW.customer_id AND o.phrase = NEW.phrase
          AND o.product_id <> NEW.product_id AND o.status <> 'REMOVED') THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'a customer phrase mapped to different products stays CONFLICT until a MANAGER removes one side';
  END IF;
  RETURN NEW;
END
$f$;

CREATE TRIGGER role_guard BEFORE INSERT OR UPDATE ON public.customer_phrases
  FOR EACH ROW EXECUTE FUNCTION public.oms_customer_phrases_guard();

DROP POLICY role_delete ON public.customer_phrases;
CREATE POLICY role_delete ON public.customer_phrases AS RESTRICTIVE FOR DELETE
  USING ((SELECT public.oms_may('catalog')));
"""

DOWN = r"""
DROP TRIGGER IF EXISTS role_guard ON public.customer_phrases;
DROP FUNCTION IF EXISTS public.oms_customer_phrases_guard();
DROP POLICY IF EXISTS role_delete ON public.customer_phrases;
CREATE POLICY role_delete ON public.customer_phrases AS RESTRICTIVE FOR DELETE
  USING ((SELECT public.oms_may('review')));
"""


def upgrade() -> None:
    op.execute(GUARD)


def downgrade() -> None:
    op.execute(DOWN)
