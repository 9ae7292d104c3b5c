"""The fused pipeline's reads and writes as SQL functions: one round trip each.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25

``oms_message_snapshot`` returns, in one row, everything the fused pipeline reads before it analyses a
message: the message, its conversation's channel and customer, the tenant's threshold and currency, and
the stamps of the tenant's PII rules and catalog (the caches compare those to know they are fresh).

``oms_record_pipeline`` writes in one statement what the four stages write: PII results, the message's
redacted text and classification, the ai_responses rows, the order with its lines and attachments, the
webhook events and the usage meter. It locks the message first and writes nothing (outcome ``stale``)
unless the message is untouched, so a concurrent or earlier run is never doubled; the caller then runs
the stage-by-stage path, which finishes whatever is missing.

``oms_record_events`` and ``oms_record_usage`` are the single definitions of the event fan-out and the
metering upsert, used by the stage-by-stage path (jobs/events.py, jobs/metering.py) and by
``oms_record_pipeline`` alike. ``oms_catalog_stamp`` and ``oms_pii_rules_stamp`` likewise. All are plpgsql, whose statement plans are
cached per connection (a LANGUAGE sql function called from plpgsql is parsed and planned on every call).

Every function is SECURITY INVOKER: it runs as the application role and row-level security walls it as
it walls plain statements. The ones taking ``p_tenant`` set it transaction-locally, as tenant_session does.
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION public.oms_catalog_stamp() RETURNS text
LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  RETURN concat_ws('|',
    (SELECT count(*) FROM public.products WHERE is_active),
    (SELECT max(updated_at) FROM public.products),
    (SELECT count(*) FROM public.product_variants),
    (SELECT max(updated_at) FROM public.product_variants),
    (SELECT count(*) FROM public.product_categories),
    (SELECT max(updated_at) FROM public.product_categories));
END
$f$;

CREATE OR REPLACE FUNCTION public.oms_pii_rules_stamp() RETURNS text
LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  RETURN (SELECT concat_ws('|', count(*), max(updated_at)) FROM public.pii_detection_rules);
END
$f$;

CREATE OR REPLACE FUNCTION public.oms_record_events(p_events jsonb) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  INSERT INTO public.webhook_deliveries
      (distributor_id, endpoint_id, event_id, event_type, payload, message_id, order_id, customer_id)
  SELECT e.distributor_id, e.id, ev.event_id, ev.event_type, ev.payload, ev.message_id, ev.order_id,
         ev.customer_id
  FROM jsonb_to_recordset(p_events) AS ev(
      event_id text, event_type text, payload jsonb, message_id uuid, order_id uuid, customer_id uuid)
  JOIN public.webhook_endpoints e
    ON e.is_active AND (ev.event_type = ANY(e.events) OR '*' = ANY(e.events))
  ON CONFLICT (endpoint_id, event_id) DO NOTHING;
END
$f$;

CREATE OR REPLACE FUNCTION public.oms_record_usage(
  p_distributor_id uuid, p_date date, p_hour integer, p_slot integer, p_provider text, p_model text,
  p_agent_type text, p_errors integer, p_tokens integer, p_prompt integer, p_completion integer,
  p_cost numeric, p_confidence numeric, p_latency integer
) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  INSERT INTO public.ai_usage_metrics AS m
      (distributor_id, date, hour, slot, provider, model, agent_type, requests_count, error_count,
       tokens_used, prompt_tokens, completion_tokens, cost_cents, avg_confidence, avg_latency_ms)
  VALUES (p_distributor_id, p_date, p_hour, p_slot, p_provider, p_model, p_agent_type::public.agent_type,
          1, p_errors, p_tokens, p_prompt, p_completion, p_cost, p_confidence, p_latency)
  ON CONFLICT (distributor_id, date, hour, provider, model, agent_type, slot) DO UPDATE SET
      requests_count = m.requests_count + 1,
      error_count = m.error_count + EXCLUDED.error_count,
      tokens_used = m.tokens_used + EXCLUDED.tokens_used,
      prompt_tokens = m.prompt_tokens + EXCLUDED.prompt_tokens,
      completion_tokens = m.completion_tokens + EXCLUDED.completion_tokens,
      cost_cents = m.cost_cents + EXCLUDED.cost_cents,
      avg_confidence = CASE
          WHEN EXCLUDED.avg_confidence IS NULL THEN m.avg_confidence
          WHEN m.avg_confidence IS NULL THEN EXCLUDED.avg_confidence
          ELSE round((m.avg_confidence * m.requests_count + EXCLUDED.avg_confidence)
                     / (m.requests_count + 1), 3)
      END,
      avg_latency_ms = CASE
          WHEN m.avg_latency_ms IS NULL THEN EXCLUDED.avg_latency_ms
          ELSE ((m.avg_latency_ms::bigint * m.requests_count + EXCLUDED.avg_latency_ms)
                / (m.requests_count + 1))::int
      END;
END
$f$;

CREATE OR REPLACE FUNCTION public.oms_message_snapshot(p_tenant uuid, p_message uuid)
RETURNS TABLE (
  content text, media jsonb, untouched boolean, conversation_id uuid, customer_id uuid,
  conversation_customer_id uuid, channel text, created_at timestamptz, threshold numeric, currency text,
  pii_rules_stamp text, catalog_stamp text
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
#variable_conflict use_column
BEGIN
  PERFORM set_config('app.current_distributor_id', p_tenant::text, true);
  RETURN QUERY
    SELECT m.content, m.media,
           m.redacted_content IS NULL AND m.ai_extracted_intent IS NULL
             AND m.processing_status IN ('RECEIVED', 'PROCESSING', 'FAILED')
             AND NOT EXISTS (SELECT 1 FROM public.orders o WHERE o.source_message_id = m.id),
           m.conversation_id, m.customer_id, v.customer_id, v.channel::text, m.created_at,
           d.ai_confidence_threshold, d.currency::text,
           public.oms_pii_rules_stamp(), public.oms_catalog_stamp()
    FROM public.messages m
    JOIN public.conversations v ON v.id = m.conversation_id
    JOIN public.distributors d ON d.id = m.distributor_id
    WHERE m.id = p_message;
END
$f$;

CREATE OR REPLACE FUNCTION public.oms_record_pipeline(p_tenant uuid, p_message uuid, p_plan jsonb)
RETURNS TABLE (outcome text, order_id uuid)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
#variable_conflict use_column
DECLARE
  v_untouched boolean;
  v_order uuid;
  v_usage record;
BEGIN
  PERFORM set_config('app.current_distributor_id', p_tenant::text, true);
  IF p_plan->>'synchronous_commit' = 'off' THEN
    -- Derived, redoable work (see jobs/fused.py): do not wait for the WAL flush.
    PERFORM set_config('synchronous_commit', 'off', true);
  END IF;
  SELECT m.redacted_content IS NULL AND m.ai_extracted_intent IS NULL
         AND m.processing_status IN ('RECEIVED', 'PROCESSING', 'FAILED')
    INTO v_untouched
    FROM public.messages m WHERE m.id = p_message FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'missing'::text, NULL::uuid;
    RETURN;
  END IF;
  IF NOT v_untouched THEN
    RETURN QUERY SELECT 'stale'::text, NULL::uuid;
    RETURN;
  END IF;

  INSERT INTO public.pii_detection_results
      (distributor_id, message_id, rule_id, pii_type, start_offset, end_offset, confidence_score,
       recognizer, value_hash)
  SELECT p_tenant, p_message, r.rule_id, r.pii_type, r.start_offset, r.end_offset, r.confidence_score,
         r.recognizer, r.value_hash
  FROM jsonb_populate_recordset(NULL::public.pii_detection_results, p_plan->'pii') r
  ON CONFLICT (message_id, pii_type, start_offset, end_offset) DO NOTHING;

  UPDATE public.messages m SET
      redacted_content = p_plan->>'redacted_content',
      ai_extracted_intent = (p_plan->>'intent')::public.message_intent,
      ai_intent_confidence = (p_plan->>'intent_confidence')::numeric,
      ai_processed = true,
      processing_status = 'PROCESSED',
      processing_stage = p_plan->>'processing_stage',
      processing_error = NULL,
      processed_at = now()
  WHERE m.id = p_message;

  INSERT INTO public.ai_responses
      (id, distributor_id, message_id, agent_type, stage, provider, model, output, confidence, latency_ms,
       tokens_used, prompt_tokens, completion_tokens, cost_cents)
  SELECT coalesce(r.id, gen_random_uuid()), p_tenant, p_message, r.agent_type, r.stage, r.provider, r.model, r.output, r.confidence,
         r.latency_ms, coalesce(r.tokens_used, 0), coalesce(r.prompt_tokens, 0),
         coalesce(r.completion_tokens, 0), coalesce(r.cost_cents, 0)
  FROM jsonb_populate_recordset(NULL::public.ai_responses, p_plan->'responses') r;

  IF jsonb_typeof(p_plan->'order') = 'object' THEN
    INSERT INTO public.orders AS o
        (id, distributor_id, customer_id, conversation_id, source_message_id, channel, status,
         ai_generated, ai_confidence, requires_review, review_reasons, subtotal, total_amount, currency)
    SELECT r.id, p_tenant, r.customer_id, r.conversation_id, p_message, r.channel, r.status,
           true, r.ai_confidence, r.requires_review, r.review_reasons, r.subtotal, r.total_amount, r.currency
    FROM jsonb_populate_record(NULL::public.orders, p_plan->'order') r
    RETURNING o.id INTO v_order;

    INSERT INTO public.order_products
        (id, distributor_id, order_id, line_number, product_id, variant_id, product_name, sku, quantity,
         unit, unit_price, line_price, currency, ai_extracted, ai_original_text, ai_confidence, match_reason)
    SELECT coalesce(r.id, gen_random_uuid()), p_tenant, v_order, r.line_number, r.product_id, r.variant_id, r.product_name, r.sku,
           r.quantity, r.unit, r.unit_price, r.line_price, r.currency, true, r.ai_original_text,
           r.ai_confidence, r.match_reason
    FROM jsonb_populate_recordset(NULL::public.order_products, p_plan->'order_lines') r;

    INSERT INTO public.order_attachments (id, distributor_id, order_id, message_id, file_url, content_type)
    SELECT coalesce(r.id, gen_random_uuid()), p_tenant, v_order, p_message, r.file_url, r.content_type
    FROM jsonb_populate_recordset(NULL::public.order_attachments, p_plan->'attachments') r;
  END IF;

  PERFORM public.oms_record_events(p_plan->'events');

  -- Last: the usage row stays locked until commit.
  FOR v_usage IN
    SELECT * FROM jsonb_to_recordset(p_plan->'usage') AS u(
      date date, hour integer, slot integer, provider text, model text, agent_type text, errors integer,
      tokens integer, prompt integer, completion integer, cost numeric, confidence numeric, latency integer)
  LOOP
    PERFORM public.oms_record_usage(
      p_tenant, v_usage.date, v_usage.hour, v_usage.slot, v_usage.provider, v_usage.model,
      v_usage.agent_type, v_usage.errors, v_usage.tokens, v_usage.prompt, v_usage.completion, v_usage.cost,
      v_usage.confidence, v_usage.latency);
  END LOOP;

  RETURN QUERY SELECT 'done'::text, v_order;
END
$f$;
"""

DROPS = (
    "DROP FUNCTION IF EXISTS public.oms_record_pipeline(uuid, uuid, jsonb)",
    "DROP FUNCTION IF EXISTS public.oms_message_snapshot(uuid, uuid)",
    "DROP FUNCTION IF EXISTS public.oms_record_usage(uuid, date, integer, integer, text, text, text, integer, "
    "integer, integer, integer, numeric, numeric, integer)",
    "DROP FUNCTION IF EXISTS public.oms_record_events(jsonb)",
    "DROP FUNCTION IF EXISTS public.oms_pii_rules_stamp()",
    "DROP FUNCTION IF EXISTS public.oms_catalog_stamp()",
)


def upgrade() -> None:
    op.execute(FUNCTIONS)


def downgrade() -> None:
    for statement in DROPS:
        op.execute(statement)
