"""The audit trail's `who` comes from the verified credential, never from claims (#6 item 3).

Revision ID: 0017
Revises: 0019
Create Date: 2026-12-06

``oms_audit_write`` recorded ``auth.uid()``, the subject of ``request.jwt.claims``: a setting any session
of the application role can set, so SQL injection (or a bug) could write rows "by" any user of the
tenant. Since 0013 the application role names its user only with a signed ``u`` token, and
``oms_current_user_id()`` returns that token's user (none for a service ``t`` token, none for the app role
without a valid token; the claims' subject only for other roles, behind PostgREST, which verified the
JWT itself). The trigger now records that.

Cost: the pipeline's writes carry a ``t`` token (the service, never a user), so the trigger answers NULL
for them from the token's first two characters, without the MAC check: no extra work per audited row on
the hot path. A ``t`` token cannot name a user whether or not it is valid, and an invalid one opens no
tenant, so the audit row's own insert (RLS) would fail anyway.
"""

from alembic import op

revision = "0017"
down_revision = "0019"
branch_labels = None
depends_on = None

BODY = r"""
CREATE OR REPLACE FUNCTION public.oms_audit_write() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE
  rec record;
  changed text[] := '{}';
  old_row jsonb;
  who uuid;
BEGIN
  IF TG_OP = 'DELETE' THEN
    rec := OLD;
    -- A delete cascaded from the tenant itself: its audit trail goes with it (and a new row could not
    -- reference it).
    IF NOT EXISTS (SELECT 1 FROM public.distributors d WHERE d.id = OLD.distributor_id) THEN
      RETURN NULL;
    END IF;
  ELSE
    rec := NEW;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    old_row := to_jsonb(OLD);
    SELECT coalesce(array_agg(n.key ORDER BY n.key), '{}') INTO changed
    FROM jsonb_each(to_jsonb(NEW)) n
    WHERE n.key <> 'updated_at' AND n.value IS DISTINCT FROM old_row -> n.key;
    IF changed = '{}' THEN
      RETURN NULL;
    END IF;
  END IF;
  IF left(current_setting('app.tenant_token', true), 2) IS DISTINCT FROM 't.' THEN
    who := public.oms_current_user_id();  -- a verified user token's user; never the claims of the app role
  END IF;
  INSERT INTO public.data_access_audit
    (distributor_id, user_id, db_role, table_name, record_id, operation, contains_pii, changed_fields)
  VALUES
    (rec.distributor_id, who, current_user, TG_TABLE_NAME, rec.id, TG_OP::audit_operation,
     TG_ARGV[0]::boolean, changed);
  RETURN NULL;
END
$f$;
"""


def upgrade() -> None:
    op.execute(BODY)


def downgrade() -> None:
    op.execute(
        BODY.replace("  who uuid;\n", "")
        .replace(
            "  IF left(current_setting('app.tenant_token', true), 2) IS DISTINCT FROM 't.' THEN\n"
            "    who := public.oms_current_user_id();  -- a verified user token's user; never the claims"
            " of the app role\n  END IF;\n",
            "",
        )
        .replace("(rec.distributor_id, who,", "(rec.distributor_id, auth.uid(),")
    )
