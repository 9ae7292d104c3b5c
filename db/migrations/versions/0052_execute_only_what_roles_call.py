"""Each role holds EXECUTE only on the SECURITY DEFINER functions it calls (review of session 16).

Revision ID: 0052
Revises: 0050
Create Date: 2026-12-07

``oms db upgrade`` granted the application role, and migration 0046 and every upgrade since the pipeline's role
``oms_pipeline``, EXECUTE on *all* functions of ``public``. For a function that runs with the caller's rights
(SECURITY INVOKER) that grants nothing PostgreSQL's default EXECUTE for PUBLIC does not; for one that runs with
its owner's (SECURITY DEFINER, whose PUBLIC EXECUTE 0048 revoked) it gave every such function to both roles,
whatever each calls: ``oms_pipeline`` could call the ingress's API-key and integration resolvers, which none of
its code does, and each new definer function would have been open to both the moment it was created.

Now (``db/migrate.py`` grants these after every upgrade, those that exist at the revision upgraded to):

- both roles: ``CLAIMS_PATH``, what the policies and audit triggers call in any session (the tenant's token
  check, the permission check, the user and their role: the four 0048 gives Supabase's ``authenticated``);
- the application role also: ``APP_ENTRY``, the functions it calls itself (the pipeline's ingest, snapshot,
  latest order and writers, the ingress's resolvers, the schema revision check).

Trigger functions need no EXECUTE to fire (PostgreSQL checks it only when the trigger is created), and a
function's owner holds it by ownership. This migration revokes from every other grantee of a definer function in
``public`` what that list does not hold (``authenticated`` keeps 0048's four); it revokes nothing a running worker
calls, so it needs no stop. Downgrade gives the roles that call the token check all functions again, as before.
``tests/test_definer_functions.py`` holds every definer function to these lists.
"""

from __future__ import annotations

from alembic import op

revision = "0052"
down_revision = "0050"
branch_labels = None
depends_on = None

PIPELINE_ROLE = "oms_pipeline"
# As db/migrate.py has them at this revision.
CLAIMS_PATH = (
    "public.oms_token_tenant()",
    "public.oms_may(text)",
    "public.oms_current_role()",
    "public.oms_current_user_id()",
)
APP_ENTRY = (
    "public.oms_ingest_message(uuid, uuid, text, text, text, text, boolean, text, text, text, text, text, jsonb, "
    "timestamp with time zone)",
    "public.oms_message_snapshot(uuid, uuid, text)",
    "public.oms_latest_order(uuid, uuid)",
    "public.oms_record_pipeline(uuid, uuid, jsonb)",
    "public.oms_record_paid(uuid, uuid, jsonb, uuid, jsonb)",
    "public.oms_resolve_api_key(text)",
    "public.oms_resolve_integration(text, text)",
    "public.oms_schema_revision()",
)


def _oids(functions: tuple[str, ...]) -> str:
    """The functions as an oid[] expression (a missing one left out)."""
    return "array_remove(ARRAY[" + ", ".join(f"to_regprocedure('{f}')::oid" for f in functions) + "], NULL)"


# The grants of EXECUTE on a definer function of public to a role that is neither its owner nor `authenticated`
_GRANTED = """
SELECT p.oid::regprocedure AS f, pg_get_userbyid(a.grantee) AS g, p.oid
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace, aclexplode(p.proacl) a
WHERE p.prosecdef AND n.nspname = 'public' AND a.privilege_type = 'EXECUTE'
  AND a.grantee <> 0 AND a.grantee <> p.proowner AND pg_get_userbyid(a.grantee) <> 'authenticated'
"""

UPGRADE = f"""
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN {_GRANTED} LOOP
    IF NOT r.oid = ANY (CASE WHEN r.g = '{PIPELINE_ROLE}' THEN {_oids(CLAIMS_PATH)}
                             ELSE {_oids(CLAIMS_PATH + APP_ENTRY)} END) THEN
      EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM %I', r.f, r.g);
    END IF;
  END LOOP;
END
$$;
"""

# The roles that call the token check (the application roles and the pipeline's) get every function again
DOWNGRADE = """
DO $$
DECLARE
  g text;
BEGIN
  FOR g IN
    SELECT DISTINCT pg_get_userbyid(a.grantee)
    FROM pg_proc p, aclexplode(p.proacl) a
    WHERE p.oid = to_regprocedure('public.oms_token_tenant()') AND a.privilege_type = 'EXECUTE'
      AND a.grantee <> 0 AND a.grantee <> p.proowner AND pg_get_userbyid(a.grantee) <> 'authenticated'
  LOOP
    EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO %I', g);
  END LOOP;
END
$$;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
