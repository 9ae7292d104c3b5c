"""The tenant wall holds against SQL injection in the application (#6 item 5).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06

Before: ``get_current_distributor_id()`` returned whatever ``app.current_distributor_id`` said, or the
tenant of the user in ``request.jwt.claims``. Any session of the application role can set both, so one
SQL injection anywhere in the app read and wrote every tenant.

After: the application role's sessions name their tenant with a **signed tenant token** in
``app.tenant_token``: ``t.<distributor uuid>.<expiry epoch>.<mac>`` (a service acting for a tenant) or
``u.<user uuid>.<expiry epoch>.<mac>`` (a verified user; the tenant and role come from its profile),
where mac = hex(sha256(key || the first three fields)) and every field has a fixed length, so the MAC
cannot be extended. The key is derived from ``OMS_MASTER_KEY`` (db/tenant_token.py), which lives in the
processes' environment, never in the database the app role can read: ``oms db upgrade`` writes it into
``oms_private.tenant_secret``, a schema the application role has no privilege on. Without a valid
unexpired token an application-role session sees no tenant at all; ``app.current_distributor_id`` and
raw ``request.jwt.claims`` are ignored for it. Roles other than the application role (Supabase's
``authenticated``, behind PostgREST, which verified the JWT itself) keep the claims path.

``oms_current_role`` / ``oms_may`` take the user from the verified token too, so a forged
``request.jwt.claims`` cannot borrow another user's role either.
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

UPGRADE = r"""
CREATE SCHEMA IF NOT EXISTS oms_private;
REVOKE ALL ON SCHEMA oms_private FROM PUBLIC;

CREATE TABLE oms_private.tenant_secret (
  id integer PRIMARY KEY CHECK (id = 1),
  key bytea NOT NULL CHECK (length(key) = 32),
  app_role name,
  updated_at timestamptz NOT NULL DEFAULT now()
);
REVOKE ALL ON oms_private.tenant_secret FROM PUBLIC;

-- (kind, id) of the session's verified, unexpired token; (NULL, NULL) otherwise. Format checked field
-- by field before any cast, so a malformed token is "no token", never an error.
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

-- Is this session the application role, which must present a token (its claims are its own word)?
CREATE OR REPLACE FUNCTION oms_private.is_app_session() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = oms_private, pg_temp AS $f$
  SELECT coalesce((SELECT s.app_role = session_user FROM oms_private.tenant_secret s WHERE s.id = 1), true)
$f$;

-- The acting user: a verified 'u' token's; none for a 't' token (the service); for other roles (behind
-- PostgREST, which verified the JWT) the claims' subject as before.
CREATE OR REPLACE FUNCTION public.oms_current_user_id() RETURNS uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE
  v record;
BEGIN
  v := oms_private.verified_token();
  IF v.kind IS NOT NULL THEN
    RETURN CASE WHEN v.kind = 'u' THEN v.id END;
  END IF;
  IF oms_private.is_app_session() THEN
    RETURN NULL;
  END IF;
  RETURN auth.uid();
END
$f$;

-- Called once per statement (the policies' initplan): the token check is inline, one SECURITY DEFINER
-- frame, no nested calls, for the per-statement cost (benchmarks/tenant_wall.py).
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

CREATE OR REPLACE FUNCTION public.oms_current_role() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE
  uid uuid := public.oms_current_user_id();
BEGIN
  IF uid IS NULL THEN
    RETURN NULL;  -- no user: the service itself (worker, API key, command line)
  END IF;
  RETURN coalesce((SELECT p.role::text FROM public.user_profiles p WHERE p.id = uid), 'NONE');
END
$f$;

CREATE OR REPLACE FUNCTION public.oms_may(p_area text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE
  uid uuid := public.oms_current_user_id();
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

-- Tenant resolution before a tenant is known: only the ids the ingress needs, for an active integration
-- of that provider and address. Knowing a tenant's id opens nothing any more (a token does).
CREATE OR REPLACE FUNCTION public.oms_resolve_integration(p_provider text, p_address text)
RETURNS TABLE (integration_id uuid, distributor_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
  SELECT i.id, i.distributor_id FROM public.external_integrations i
  WHERE i.provider = p_provider AND i.address = p_address AND i.is_active
    AND length(p_address) BETWEEN 1 AND 998
  LIMIT 1
$f$;
"""

DOWNGRADE = r"""
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

CREATE OR REPLACE FUNCTION public.oms_current_role() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
DECLARE
  uid uuid := auth.uid();
BEGIN
  IF uid IS NULL THEN
    RETURN NULL;
  END IF;
  RETURN coalesce((SELECT p.role::text FROM public.user_profiles p WHERE p.id = uid), 'NONE');
END
$f$;

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

CREATE OR REPLACE FUNCTION public.oms_resolve_integration(p_provider text, p_address text)
RETURNS TABLE (integration_id uuid, distributor_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
  SELECT i.id, i.distributor_id FROM public.external_integrations i
  WHERE i.provider = p_provider AND i.address = p_address AND i.is_active
  LIMIT 1
$f$;

DROP FUNCTION IF EXISTS public.oms_current_user_id();
DROP SCHEMA IF EXISTS oms_private CASCADE;
"""


def upgrade() -> None:
    op.execute(UPGRADE)


def downgrade() -> None:
    op.execute(DOWNGRADE)
