"""Close-out of webhooks (#8) and review/learning (#13): what the database itself must guarantee.

Revision ID: 0014
Revises: 0015
Create Date: 2026-12-06

Webhooks (the follow-up to 0007):

1. ``ix_webhook_deliveries_endpoint_failed``: an endpoint's FAILED deliveries by time, for
   ``oms webhook deliveries ID --status failed`` and ``oms webhook replay --endpoint ID --since TIME``
   (the replayable set), without walking the endpoint's whole history of successes.
2. Constraints for what the delivery code promises: a response body is kept cut to 4 KB (both on the
   delivery and on each attempt), a SUCCESS has its ``delivered_at``, an endpoint's URL is http(s), a
   rotated-out secret always has its expiry (and an expiry its secret), and a disabled endpoint says
   when. Added ``NOT VALID`` and then validated, so an existing row that breaks one fails the upgrade
   loudly instead of being silently accepted.

Learning (#13):

3. ``learned_phrases`` writes are checked by the database against the acting user's role, as every
   other area's tables are (0010): writing needs ``oms_may('review')`` (an OPERATOR's correction teaches
   the matcher), deleting needs ``oms_may('catalog')`` (MANAGER and above), and a trigger refuses a
   reviewer's UPDATE that does more than a correction does: removing or reviving a phrasing, rewriting
   its phrase, product or provenance, lowering its count, or making a phrasing ACTIVE while another live
   row maps the same phrase to a different product (the poisoning guard). The service (no user: the
   worker, an API key, the command line without ``--user``) is not restricted by role, as elsewhere.
"""

from alembic import op

revision = "0014"
down_revision = "0015"
branch_labels = None
depends_on = None

CONSTRAINTS = (
    ("webhook_deliveries", "ck_webhook_deliveries_response_body_4kb", "length(response_body) <= 4096"),
    (
        "webhook_delivery_attempts",
        "ck_webhook_delivery_attempts_response_body_4kb",
        "length(response_body) <= 4096",
    ),
    (
        "webhook_deliveries",
        "ck_webhook_deliveries_success_delivered",
        "status <> 'SUCCESS' OR delivered_at IS NOT NULL",
    ),
    ("webhook_endpoints", "ck_webhook_endpoints_url_http", "url ~* '^https?://'"),
    (
        "webhook_endpoints",
        "ck_webhook_endpoints_previous_secret_expiry",
        "(previous_secret_encrypted IS NULL) = (previous_secret_expires_at IS NULL)",
    ),
    ("webhook_endpoints", "ck_webhook_endpoints_disabled_at", "is_active OR disabled_at IS NOT NULL"),
)

LEARNED_GUARD = r"""
CREATE FUNCTION public.oms_learned_phrases_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  IF (SELECT public.oms_may('catalog')) THEN
    RETURN NEW;  -- a MANAGER and above (or the service): any change
  END IF;
  -- A reviewer: only what a correction does (count it, set its variant, settle ACTIVE/CONFLICT).
  IF TG_OP = 'INSERT' THEN
    IF NEW.status = 'REMOVED' OR NEW.removed_by IS NOT NULL OR NEW.removed_at IS NOT NULL THEN
      RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
        MESSAGE = 'role ' || coalesce(public.oms_current_role(), 'NONE')
                  || ' may not record a removed learned phrase (MANAGER and above)';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.status = 'REMOVED' OR OLD.status = 'REMOVED'
     OR NEW.removed_by IS DISTINCT FROM OLD.removed_by OR NEW.removed_at IS DISTINCT FROM OLD.removed_at THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'role ' || coalesce(public.oms_current_role(), 'NONE')
                || ' may not remove or revive a learned phrase (MANAGER and above)';
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
                || ' may not rewrite a learned phrase (MANAGER and above)';
  END IF;
  IF NEW.status = 'ACTIVE' AND OLD.status <> 'ACTIVE' AND EXISTS (
       SELECT 1 FROM public.learned_phrases o
        WHERE o.distributor_id = NEW.distributor_id AND o.phrase = NEW.phrase
          AND o.product_id <> NEW.product_id AND o.status <> 'REMOVED') THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'a learned phrase mapped to different products stays CONFLICT until a MANAGER removes one side';
  END IF;
  RETURN NEW;
END
$f$;

CREATE TRIGGER role_guard BEFORE INSERT OR UPDATE ON public.learned_phrases
  FOR EACH ROW EXECUTE FUNCTION public.oms_learned_phrases_guard();
"""


def _may(area: str) -> str:
    return f"(SELECT public.oms_may('{area}'))"


LEARNED_POLICIES = (
    f"CREATE POLICY role_insert ON public.learned_phrases AS RESTRICTIVE FOR INSERT WITH CHECK ({_may('review')})",
    f"CREATE POLICY role_update ON public.learned_phrases AS RESTRICTIVE FOR UPDATE USING ({_may('review')}) "
    f"WITH CHECK ({_may('review')})",
    f"CREATE POLICY role_delete ON public.learned_phrases AS RESTRICTIVE FOR DELETE USING ({_may('catalog')})",
)


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_webhook_deliveries_endpoint_failed ON public.webhook_deliveries "
        "(endpoint_id, created_at) WHERE status = 'FAILED'"
    )
    for table, name, check in CONSTRAINTS:
        op.execute(f"ALTER TABLE public.{table} ADD CONSTRAINT {name} CHECK ({check}) NOT VALID")
        op.execute(f"ALTER TABLE public.{table} VALIDATE CONSTRAINT {name}")
    for stmt in LEARNED_POLICIES:
        op.execute(stmt)
    op.execute(LEARNED_GUARD)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS role_guard ON public.learned_phrases")
    op.execute("DROP FUNCTION IF EXISTS public.oms_learned_phrases_guard()")
    for name in ("role_insert", "role_update", "role_delete"):
        op.execute(f"DROP POLICY IF EXISTS {name} ON public.learned_phrases")
    for table, name, _check in reversed(CONSTRAINTS):
        op.execute(f"ALTER TABLE public.{table} DROP CONSTRAINT IF EXISTS {name}")
    op.execute("DROP INDEX IF EXISTS public.ix_webhook_deliveries_endpoint_failed")
