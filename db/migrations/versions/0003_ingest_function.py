"""The ingress write path as one SQL function: oms_ingest_message.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25

``oms_ingest_message`` does in one round trip what ingress/inbound.py used to do statement by statement:
set the tenant (transaction-local), check the distributor, dedupe on the provider's message id, find or
create the customer (by phone, or by email on the EMAIL channel) and the conversation, insert the message
and its mapping. It is SECURITY INVOKER: it runs as the calling (application) role, so row-level security
walls it exactly as it walls the statements it replaces. It returns one row (message_id, customer_id,
conversation_id, created), or no row when the distributor does not exist.

Concurrency is the same as before: every insert is ON CONFLICT DO NOTHING followed by a read, and the
message and its mapping are inserted in a subtransaction (an EXCEPTION block) that is rolled back when a
concurrent request committed the same provider message id first; the existing message is then returned
with created = false.
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INGEST_FUNCTION = r"""
CREATE OR REPLACE FUNCTION public.oms_ingest_message(
  p_distributor_id uuid,
  p_integration_id uuid,
  p_channel text,
  p_provider text,
  p_external_id text,
  p_from text,
  p_by_email boolean,
  p_business_name text,
  p_contact_name text,
  p_customer_code text,
  p_fallback_code text,
  p_content text,
  p_media jsonb,
  p_sent_at timestamptz
)
RETURNS TABLE (message_id uuid, customer_id uuid, conversation_id uuid, created boolean)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
#variable_conflict use_column
DECLARE
  v_channel public.channel := p_channel::public.channel;
  v_customer uuid;
  v_conversation uuid;
  v_message uuid;
  v_mapping uuid;
  v_code text;
BEGIN
  PERFORM set_config('app.current_distributor_id', p_distributor_id::text, true);
  PERFORM 1 FROM public.distributors d WHERE d.id = p_distributor_id;
  IF NOT FOUND THEN
    RETURN;  -- unknown distributor: no row
  END IF;

  IF p_external_id IS NOT NULL THEN
    RETURN QUERY
      SELECT m.id, m.customer_id, m.conversation_id, false
      FROM public.external_message_mappings x JOIN public.messages m ON m.id = x.message_id
      WHERE x.distributor_id = p_distributor_id AND x.channel = v_channel
        AND x.external_message_id = p_external_id
      LIMIT 1;
    IF FOUND THEN
      RETURN;
    END IF;
  END IF;

  -- The customer: by email on the EMAIL channel, else by phone; created when new.
  IF p_by_email THEN
    SELECT c.id INTO v_customer FROM public.customers c
    WHERE c.distributor_id = p_distributor_id AND c.email = p_from;
  ELSE
    SELECT c.id INTO v_customer FROM public.customers c
    WHERE c.distributor_id = p_distributor_id AND c.phone = p_from;
  END IF;
  IF v_customer IS NULL THEN
    -- The fallback code in case the short code is taken by a customer created elsewhere.
    FOREACH v_code IN ARRAY ARRAY[p_customer_code, p_fallback_code] LOOP
      INSERT INTO public.customers AS c
        (distributor_id, business_name, contact_name, customer_code, status, phone, email)
      VALUES (
        p_distributor_id, p_business_name, p_contact_name, v_code, 'NO_ORDERS_YET',
        CASE WHEN p_by_email THEN NULL ELSE p_from END,
        CASE WHEN p_by_email THEN p_from ELSE NULL END
      )
      ON CONFLICT DO NOTHING
      RETURNING c.id INTO v_customer;
      EXIT WHEN v_customer IS NOT NULL;
      IF p_by_email THEN
        SELECT c.id INTO v_customer FROM public.customers c
        WHERE c.distributor_id = p_distributor_id AND c.email = p_from;
      ELSE
        SELECT c.id INTO v_customer FROM public.customers c
        WHERE c.distributor_id = p_distributor_id AND c.phone = p_from;
      END IF;
      EXIT WHEN v_customer IS NOT NULL;
    END LOOP;
    IF v_customer IS NULL THEN
      RAISE EXCEPTION 'could not allocate a unique customer code';
    END IF;
  END IF;

  -- The conversation: one per (customer, channel).
  SELECT v.id INTO v_conversation FROM public.conversations v
  WHERE v.distributor_id = p_distributor_id AND v.customer_id = v_customer AND v.channel = v_channel;
  IF v_conversation IS NULL THEN
    INSERT INTO public.conversations AS v (distributor_id, customer_id, channel)
    VALUES (p_distributor_id, v_customer, v_channel)
    ON CONFLICT DO NOTHING
    RETURNING v.id INTO v_conversation;
    IF v_conversation IS NULL THEN
      SELECT v.id INTO STRICT v_conversation FROM public.conversations v
      WHERE v.distributor_id = p_distributor_id AND v.customer_id = v_customer AND v.channel = v_channel;
    END IF;
  END IF;

  IF p_external_id IS NULL THEN
    INSERT INTO public.messages AS m
      (distributor_id, conversation_id, customer_id, content, is_from_customer, media, sent_at,
       processing_status)
    VALUES (p_distributor_id, v_conversation, v_customer, p_content, true, p_media, p_sent_at, 'RECEIVED')
    RETURNING m.id INTO v_message;
    RETURN QUERY SELECT v_message, v_customer, v_conversation, true;
    RETURN;
  END IF;

  BEGIN  -- a subtransaction: undone when a concurrent request stored the same provider message first
    INSERT INTO public.messages AS m
      (distributor_id, conversation_id, customer_id, content, is_from_customer, media, sent_at,
       processing_status)
    VALUES (p_distributor_id, v_conversation, v_customer, p_content, true, p_media, p_sent_at, 'RECEIVED')
    RETURNING m.id INTO v_message;
    INSERT INTO public.external_message_mappings AS x
      (distributor_id, integration_id, channel, provider, external_message_id, message_id)
    VALUES (p_distributor_id, p_integration_id, v_channel, p_provider, p_external_id, v_message)
    ON CONFLICT DO NOTHING
    RETURNING x.id INTO v_mapping;
    IF v_mapping IS NULL THEN
      RAISE EXCEPTION USING ERRCODE = 'OMS01', MESSAGE = 'duplicate provider message id';
    END IF;
  EXCEPTION WHEN SQLSTATE 'OMS01' THEN
    v_message := NULL;
  END;
  IF v_message IS NOT NULL THEN
    RETURN QUERY SELECT v_message, v_customer, v_conversation, true;
    RETURN;
  END IF;

  RETURN QUERY
    SELECT m.id, m.customer_id, m.conversation_id, false
    FROM public.external_message_mappings x JOIN public.messages m ON m.id = x.message_id
    WHERE x.distributor_id = p_distributor_id AND x.channel = v_channel
      AND x.external_message_id = p_external_id
    LIMIT 1;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'provider message id conflicts with an invisible mapping';
  END IF;
END
$f$;
"""

DROP_INGEST_FUNCTION = (
    "DROP FUNCTION IF EXISTS public.oms_ingest_message("
    "uuid, uuid, text, text, text, text, boolean, text, text, text, text, text, jsonb, timestamptz)"
)


def upgrade() -> None:
    op.execute(INGEST_FUNCTION)


def downgrade() -> None:
    op.execute(DROP_INGEST_FUNCTION)
