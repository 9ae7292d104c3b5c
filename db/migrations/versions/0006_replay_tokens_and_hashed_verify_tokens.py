"""Webhook replay tokens, and WhatsApp verify tokens kept only as a hash.

Revision ID: 0006
Revises: 0008
Create Date: 2026-12-06

1. ``webhook_replay_tokens``: Mailgun signs only ``timestamp + token``, not the body, so a captured
   request could be replayed within the accepted timestamp window with another body. The ingress records
   each accepted token (its sha256, and a digest of the request it came with) in the same transaction
   as the message, for the window; a token seen again with a different request is refused
   (``oms_claim_webhook_token``). Expired rows are deleted a few at a time by later claims of the tenant.
2. ``external_integrations.config.verify_token`` (plain text) is dropped: its domain-separated sha256
   already is in ``api_key_hash``, which is what the handshake looks up. ``config.verify_token_sha256``
   records that a token is set. A downgrade cannot restore the plain text (set the tokens again).
"""

from alembic import op

revision = "0006"
down_revision = "0008"
branch_labels = None
depends_on = None

CURRENT = "(SELECT public.get_current_distributor_id())"

REPLAY_TABLE = f"""
CREATE TABLE public.webhook_replay_tokens (
  distributor_id uuid NOT NULL,
  provider text NOT NULL,
  token_sha256 text NOT NULL,
  request_sha256 text NOT NULL,
  expires_at timestamptz NOT NULL,
  CONSTRAINT pk_webhook_replay_tokens PRIMARY KEY (distributor_id, provider, token_sha256),
  CONSTRAINT fk_webhook_replay_tokens_distributor_id_distributors
    FOREIGN KEY (distributor_id) REFERENCES public.distributors (id) ON DELETE CASCADE
);
CREATE INDEX ix_webhook_replay_tokens_distributor_id_expires_at
  ON public.webhook_replay_tokens (distributor_id, expires_at);
ALTER TABLE public.webhook_replay_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.webhook_replay_tokens FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_select ON public.webhook_replay_tokens FOR SELECT USING (distributor_id = {CURRENT});
CREATE POLICY tenant_insert ON public.webhook_replay_tokens FOR INSERT WITH CHECK (distributor_id = {CURRENT});
CREATE POLICY tenant_update ON public.webhook_replay_tokens FOR UPDATE
  USING (distributor_id = {CURRENT}) WITH CHECK (distributor_id = {CURRENT});
CREATE POLICY tenant_delete ON public.webhook_replay_tokens FOR DELETE USING (distributor_id = {CURRENT});
"""

CLAIM_FUNCTION = r"""
CREATE OR REPLACE FUNCTION public.oms_claim_webhook_token(
  p_tenant uuid, p_provider text, p_token_sha256 text, p_request_sha256 text, p_ttl_seconds integer
) RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
-- True when the token is new, or was seen with this same request (a provider's retry); false when it
-- was seen with another request (a replay). Runs in the caller's transaction, under row-level security.
DECLARE
  v_seen text;
BEGIN
  PERFORM set_config('app.current_distributor_id', p_tenant::text, true);
  DELETE FROM public.webhook_replay_tokens t
  WHERE t.ctid = ANY (ARRAY(SELECT e.ctid FROM public.webhook_replay_tokens e
                            WHERE e.distributor_id = p_tenant AND e.expires_at < now() LIMIT 20));
  INSERT INTO public.webhook_replay_tokens (distributor_id, provider, token_sha256, request_sha256, expires_at)
  VALUES (p_tenant, p_provider, p_token_sha256, p_request_sha256, now() + make_interval(secs => p_ttl_seconds))
  ON CONFLICT DO NOTHING;
  IF FOUND THEN
    RETURN true;
  END IF;
  SELECT t.request_sha256 INTO v_seen FROM public.webhook_replay_tokens t
  WHERE t.distributor_id = p_tenant AND t.provider = p_provider AND t.token_sha256 = p_token_sha256;
  RETURN v_seen IS NOT DISTINCT FROM p_request_sha256;
END
$f$;
"""


def upgrade() -> None:
    op.execute(REPLAY_TABLE)
    op.execute(CLAIM_FUNCTION)
    op.execute(
        "UPDATE public.external_integrations SET config = (config - 'verify_token')"
        " || jsonb_build_object('verify_token_sha256', api_key_hash)"
        " WHERE provider = 'whatsapp' AND config ? 'verify_token'"
    )


def downgrade() -> None:
    op.execute(
        "UPDATE public.external_integrations SET config = config - 'verify_token_sha256'"
        " WHERE provider = 'whatsapp' AND config ? 'verify_token_sha256'"
    )
    op.execute(
        "DROP FUNCTION IF EXISTS public.oms_claim_webhook_token(uuid, text, text, text, integer)"
    )
    op.execute("DROP TABLE IF EXISTS public.webhook_replay_tokens")
