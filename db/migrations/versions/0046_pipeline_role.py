"""The pipeline's SQL functions check the tenant token once per call, not once per statement (issue #12).

Revision ID: 0046
Revises: 0045
Create Date: 2026-12-07

Every row-level-security policy compares ``distributor_id`` with ``(SELECT get_current_distributor_id())``,
an initplan per table a statement reads or writes, and each ran the full token check (the key's read, the
MAC, a SECURITY DEFINER frame): 37-43 checks per message, 13.7% of PostgreSQL's CPU in a ``perf`` profile of
the sequential pipeline, about 15 us each in place (7 in a loop).

Now the pipeline's own functions run as a role of their own, ``oms_pipeline`` (NOLOGIN, not the owner, no
BYPASSRLS: row-level security still applies to it, and stays forced), and check the token once per call:

- ``public.oms_token_tenant()`` is the former ``get_current_distributor_id()`` body, unchanged (the token,
  or a verified user's tenant, or a non-app role's JWT claims).
- ``get_current_distributor_id()`` is an inlined SQL expression: as ``oms_pipeline`` it reads the tenant
  that the call verified (the setting ``oms.tenant``; ``''`` means "not checked yet in this call", and
  the first policy that needs it checks the token, ``oms_pipeline_enter()``); as any other role, it is
  ``oms_token_tenant()`` as before.
- The pipeline's functions (the ingest, the snapshots, the writers, the latest order) and the conversation
  summary's deferred trigger are owned by ``oms_pipeline``, SECURITY DEFINER, and reset ``oms.tenant`` to
  ``''`` in their SET clause, which PostgreSQL applies on entry and undoes on exit: whatever the caller set,
  the call starts unchecked, and what it checked is gone when it returns.

Why the setting can be trusted there: ``oms.tenant`` is believed only while ``current_user`` is
``oms_pipeline``, and only code of ours runs as ``oms_pipeline``: no role is a member of it (``oms db
upgrade`` refuses an application role that is), its functions each start from ``''``, and the code they run
(their statements, the policies, INVOKER helpers and the AFTER triggers of their statements) is ours. The one
way its code could outlive the call is a deferred trigger (PostgreSQL 18 runs it as the role that queued it):
every deferrable trigger's function is itself such a function (``tests/test_pipeline_role.py``). The summary
trigger takes the tenant of the row it fires for, which its writer could only write under its own tenant.

Audit rows of the pipeline's writes name ``oms_pipeline`` as ``db_role`` (the role whose code wrote them, as
the owner is named for the owner's triggers). The role is a cluster object like the application role:
downgrade revokes its privileges in this database and gives its functions back, but leaves the role.
"""

from __future__ import annotations

import importlib

from alembic import op

revision = "0046"
down_revision = "0045"
branch_labels = None
depends_on = None

ROLE = "oms_pipeline"
FUNCTIONS = (
    "public.oms_ingest_message(uuid, uuid, text, text, text, text, boolean, text, text, text, text, text, "
    "jsonb, timestamp with time zone)",
    "public.oms_message_snapshot(uuid, uuid, text)",
    "public.oms_paid_snapshot(uuid, uuid, text)",
    "public.oms_latest_order(uuid, uuid)",
    "public.oms_record_pipeline(uuid, uuid, jsonb)",
    "public.oms_record_paid(uuid, uuid, jsonb, uuid, jsonb)",
    "public.oms_context_summary_trigger()",
)

CREATE_ROLE = f"""
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ROLE}') THEN
    BEGIN
      CREATE ROLE {ROLE} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION;
      COMMENT ON ROLE {ROLE} IS 'oms-worker: the pipeline''s SQL functions run as this role (migration 0046)';
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL;  -- another database's upgrade created it meanwhile
    END;
  END IF;
  IF NOT pg_has_role(current_user, '{ROLE}', 'MEMBER') THEN
    EXECUTE format('GRANT {ROLE} TO %I', current_user);  -- to give it functions (and replace them later)
  END IF;
END
$$;
"""

# The same privileges as the application role's (db/migrate.py grant_app_role), so its functions can do
# what they did as the app role; `oms db upgrade` grants them again after every upgrade.
GRANTS = f"""
GRANT USAGE ON SCHEMA public TO {ROLE};
GRANT USAGE ON SCHEMA auth TO {ROLE};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {ROLE};
REVOKE UPDATE, DELETE, TRUNCATE ON public.data_access_audit FROM {ROLE};
REVOKE INSERT, UPDATE, DELETE ON public.distributors FROM {ROLE};
REVOKE ALL ON public.alembic_version FROM {ROLE};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {ROLE};
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {ROLE};
"""

TOKEN_TENANT = """
CREATE OR REPLACE FUNCTION public.oms_token_tenant() RETURNS uuid
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

# Called (through get_current_distributor_id) by the first policy of a pipeline call that needs the tenant:
# the token's tenant, kept for the rest of the call ('none' when there is none). STABLE so that the SQL
# function around it can be inlined; it only sets the call's own setting.
ENTER = f"""
CREATE OR REPLACE FUNCTION public.oms_pipeline_enter() RETURNS uuid
LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
DECLARE
  t uuid;
BEGIN
  IF current_user <> '{ROLE}' THEN
    RETURN public.oms_token_tenant();  -- the setting means nothing to any other role
  END IF;
  t := public.oms_token_tenant();
  PERFORM set_config('oms.tenant', coalesce(t::text, 'none'), true);
  RETURN t;
END
$f$;
"""

# No SET clause and no plpgsql frame: inlined into each policy's initplan. The body is parsed here, once
# (RETURN form), so the caller's search_path cannot change what it calls.
CURRENT_TENANT = f"""
CREATE OR REPLACE FUNCTION public.get_current_distributor_id() RETURNS uuid
LANGUAGE sql STABLE
RETURN CASE
  WHEN CURRENT_USER <> '{ROLE}'::name THEN public.oms_token_tenant()
  WHEN length(current_setting('oms.tenant', true)) = 36 THEN current_setting('oms.tenant', true)::uuid
  WHEN current_setting('oms.tenant', true) = '' THEN public.oms_pipeline_enter()
END;
"""

# The summary trigger (0010) as oms_pipeline: the tenant is the row's, which its writer wrote under row-level
# security (or as the owner), so the refresh runs in that tenant without a token check.
SUMMARY_TRIGGER = """
CREATE OR REPLACE FUNCTION public.oms_context_summary_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  IF NEW.customer_id IS NOT NULL THEN
    PERFORM set_config('oms.tenant', NEW.distributor_id::text, true);
    PERFORM public.oms_refresh_context_summary(NEW.customer_id);
  END IF;
  RETURN NULL;
END
$f$;
"""
SUMMARY_TRIGGER_0010 = """
CREATE OR REPLACE FUNCTION public.oms_context_summary_trigger() RETURNS trigger
LANGUAGE plpgsql SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  IF NEW.customer_id IS NOT NULL THEN
    PERFORM public.oms_refresh_context_summary(NEW.customer_id);
  END IF;
  RETURN NULL;
END
$f$;
"""


def _as_pipeline(function: str) -> str:
    return (
        f"ALTER FUNCTION {function} OWNER TO {ROLE};\n"
        f"ALTER FUNCTION {function} SECURITY DEFINER;\n"
        f"ALTER FUNCTION {function} SET oms.tenant = '';\n"
    )


def _as_owner(function: str) -> str:
    return (
        f"ALTER FUNCTION {function} RESET oms.tenant;\n"
        f"ALTER FUNCTION {function} SECURITY INVOKER;\n"
        f"ALTER FUNCTION {function} OWNER TO CURRENT_USER;\n"
    )


def upgrade() -> None:
    op.execute(CREATE_ROLE)
    op.execute(GRANTS)
    op.execute(TOKEN_TENANT)
    op.execute(ENTER)
    op.execute(SUMMARY_TRIGGER)
    # The new owner needs CREATE on the schema for the change of owner (only then; superusers skip it).
    op.execute(f"GRANT CREATE ON SCHEMA public TO {ROLE}")
    op.execute("".join(_as_pipeline(f) for f in FUNCTIONS))
    op.execute(f"REVOKE CREATE ON SCHEMA public FROM {ROLE}")
    op.execute(CURRENT_TENANT)


def downgrade() -> None:
    m19 = importlib.import_module("db.migrations.versions.0019_cheaper_pipeline_reads")
    functions = m19.TOKEN_FUNCTIONS
    op.execute(functions[functions.index("CREATE OR REPLACE FUNCTION public.get_current_distributor_id") :])
    op.execute("".join(_as_owner(f) for f in FUNCTIONS))
    op.execute(SUMMARY_TRIGGER_0010)
    op.execute("DROP FUNCTION public.oms_pipeline_enter()")
    op.execute("DROP FUNCTION public.oms_token_tenant()")
    op.execute(f"DROP OWNED BY {ROLE}")  # its privileges in this database (it owns nothing here any more)
