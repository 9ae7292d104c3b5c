"""One writer for every pipeline path: `oms_record_pipeline` writes whatever part of a plan is missing.

Revision ID: 0016
Revises: 0013
Create Date: 2026-12-06

Before, the function wrote an untouched message whole and answered ``stale`` for anything else, which
the ORM stage functions (jobs/pipeline/actors.py) then finished: two writers of the same rows. Now it
is the only writer (issue #7). It locks the message and writes each stage's slice of the plan only if
it is missing, up to the plan's ``until`` stage:

- ``detect_pii`` (no redacted text yet): the PII rows, the redacted text, the ``message.created`` event;
- ``classify_intent`` (no intent yet): the intent, its ai_responses row, ``message.classified``, the
  local provider's usage;
- ``match_products`` (an order, no match row yet): the match ai_responses row;
- ``create_order`` (an order, no order yet): the order, its lines and attachments, its events;

and finishes the message (PROCESSED, the suggested replies when it has none) once a non-order is
classified or an order exists. So a fused run, a stage of the chained mode, and the redo of a message
an earlier run left half done all write through here; the Python side (jobs/pipeline/store.py) builds
the plan from the outputs already stored, so a redo never re-decides. ``from_untouched`` in the plan:
the plan was made for an untouched message; if it is touched by now (a concurrent run), write nothing
and answer ``stale`` (the caller re-plans from what is stored). ``wrote`` names the parts written.

``oms_paid_reply``: the reply an earlier attempt paid for (an ``ai_attempt`` row), read in one round
trip before a paid call, so a redo reuses it.
"""

from alembic import op

revision = "0016"
down_revision = "0013"
branch_labels = None
depends_on = None

RECORD = r"""
CREATE FUNCTION public.oms_record_pipeline(p_tenant uuid, p_message uuid, p_plan jsonb)
RETURNS TABLE (outcome text, order_id uuid, deliveries uuid[], wrote text[])
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
#variable_conflict use_column
DECLARE
  v_until integer := CASE p_plan->>'until' WHEN 'detect_pii' THEN 1 WHEN 'classify_intent' THEN 2
                                           WHEN 'match_products' THEN 3 ELSE 4 END;
  v_untouched boolean;
  v_redacted boolean;
  v_intent public.message_intent;
  v_status public.processing_status;
  v_pii boolean;
  v_classify boolean;
  v_match boolean := false;
  v_make_order boolean := false;
  v_finish boolean := false;
  v_stage text;
  v_order uuid;
  v_events jsonb := '[]'::jsonb;
  v_wrote text[] := '{}';
  v_usage record;
BEGIN
  PERFORM set_config('app.current_distributor_id', p_tenant::text, true);
  IF p_plan->>'synchronous_commit' = 'off' THEN
    -- Derived, redoable work (see jobs/pipeline/store.py): do not wait for the WAL flush.
    PERFORM set_config('synchronous_commit', 'off', true);
  END IF;
  SELECT public.oms_message_untouched(m), m.redacted_content IS NOT NULL, m.ai_extracted_intent,
         m.processing_status
    INTO v_untouched, v_redacted, v_intent, v_status
    FROM public.messages m WHERE m.id = p_message FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'missing'::text, NULL::uuid, '{}'::uuid[], '{}'::text[];
    RETURN;
  END IF;
  IF NOT v_untouched AND coalesce((p_plan->>'from_untouched')::boolean, false) THEN
    RETURN QUERY SELECT 'stale'::text, NULL::uuid, '{}'::uuid[], '{}'::text[];
    RETURN;
  END IF;

  -- What is missing, up to `until`.
  v_pii := NOT v_redacted;
  v_classify := v_until >= 2 AND v_intent IS NULL AND p_plan ? 'intent';
  IF v_classify THEN
    v_intent := (p_plan->>'intent')::public.message_intent;
  END IF;
  IF v_intent = 'ORDER' THEN
    IF v_untouched THEN
      v_match := v_until >= 3;
      v_make_order := v_until >= 4;
    ELSE
      v_match := v_until >= 3 AND NOT EXISTS (
        SELECT 1 FROM public.ai_responses r WHERE r.message_id = p_message AND r.stage = 'match_products');
      SELECT o.id INTO v_order FROM public.orders o WHERE o.source_message_id = p_message;
      v_make_order := v_until >= 4 AND v_order IS NULL;
    END IF;
    v_match := v_match AND jsonb_typeof(p_plan->'match') = 'object';
    v_make_order := v_make_order AND jsonb_typeof(p_plan->'order') = 'object';
    v_finish := v_status <> 'PROCESSED' AND v_until >= 4 AND (v_make_order OR v_order IS NOT NULL);
  ELSIF v_intent IS NOT NULL THEN
    v_finish := v_status <> 'PROCESSED' AND v_until >= 2;
  END IF;

  IF v_pii THEN
    INSERT INTO public.pii_detection_results
        (distributor_id, message_id, rule_id, pii_type, start_offset, end_offset, confidence_score,
         recognizer, value_hash)
    SELECT p_tenant, p_message, r.rule_id, r.pii_type, r.start_offset, r.end_offset, r.confidence_score,
           r.recognizer, r.value_hash
    FROM jsonb_populate_recordset(NULL::public.pii_detection_results, p_plan->'pii') r
    ON CONFLICT (message_id, pii_type, start_offset, end_offset) DO NOTHING;
    v_events := v_events || coalesce(p_plan->'events'->'detect_pii', '[]'::jsonb);
    v_wrote := v_wrote || 'detect_pii'::text;
    v_stage := 'detect_pii';
  END IF;
  IF v_classify THEN
    v_events := v_events || coalesce(p_plan->'events'->'classify_intent', '[]'::jsonb);
    v_wrote := v_wrote || 'classify_intent'::text;
    v_stage := 'classify_intent';
  END IF;
  IF v_match THEN
    v_wrote := v_wrote || 'match_products'::text;
    v_stage := 'match_products';
  END IF;
  IF v_make_order THEN
    v_events := v_events || coalesce(p_plan->'events'->'create_order', '[]'::jsonb);
    v_wrote := v_wrote || 'create_order'::text;
    v_stage := 'create_order';
  END IF;
  IF v_finish THEN
    v_wrote := v_wrote || 'finished'::text;
  END IF;
  IF cardinality(v_wrote) = 0 THEN
    RETURN QUERY SELECT 'done'::text, v_order, '{}'::uuid[], v_wrote;
    RETURN;
  END IF;

  UPDATE public.messages m SET
      redacted_content = CASE WHEN v_pii THEN p_plan->>'redacted_content' ELSE m.redacted_content END,
      ai_extracted_intent = v_intent,
      ai_intent_confidence = CASE WHEN v_classify THEN (p_plan->>'intent_confidence')::numeric
                                  ELSE m.ai_intent_confidence END,
      ai_processed = m.ai_processed OR v_classify,
      processing_status = CASE WHEN v_finish THEN 'PROCESSED'::public.processing_status
                               WHEN v_status = 'PROCESSED' THEN v_status
                               ELSE 'PROCESSING'::public.processing_status END,
      processing_stage = coalesce(v_stage, m.processing_stage),
      processing_error = CASE WHEN v_finish THEN NULL ELSE m.processing_error END,
      processed_at = CASE WHEN v_finish THEN now() ELSE m.processed_at END,
      ai_suggested_responses = CASE WHEN v_finish AND coalesce(m.ai_suggested_responses, '[]') = '[]'
                                    THEN coalesce(p_plan->'suggested_responses', m.ai_suggested_responses)
                                    ELSE m.ai_suggested_responses END
  WHERE m.id = p_message;

  IF v_classify OR v_match THEN
    INSERT INTO public.ai_responses
        (id, distributor_id, message_id, agent_type, stage, provider, model, output, confidence, latency_ms,
         tokens_used, prompt_tokens, completion_tokens, cost_cents)
    SELECT coalesce(r.id, gen_random_uuid()), p_tenant, p_message, r.agent_type, r.stage, r.provider, r.model,
           r.output, r.confidence, r.latency_ms, coalesce(r.tokens_used, 0), coalesce(r.prompt_tokens, 0),
           coalesce(r.completion_tokens, 0), coalesce(r.cost_cents, 0)
    FROM jsonb_populate_recordset(NULL::public.ai_responses, jsonb_build_array()
           || CASE WHEN v_classify THEN jsonb_build_array(p_plan->'classification') ELSE '[]'::jsonb END
           || CASE WHEN v_match THEN jsonb_build_array(p_plan->'match') ELSE '[]'::jsonb END) r;
  END IF;

  IF v_make_order THEN
    INSERT INTO public.orders AS o
        (id, distributor_id, customer_id, conversation_id, source_message_id, channel, status,
         ai_generated, ai_confidence, requires_review, review_reasons, subtotal, total_amount, currency,
         notes)
    SELECT r.id, p_tenant, r.customer_id, r.conversation_id, p_message, r.channel, r.status,
           true, r.ai_confidence, r.requires_review, r.review_reasons, r.subtotal, r.total_amount, r.currency,
           r.notes
    FROM jsonb_populate_record(NULL::public.orders, p_plan->'order') r
    RETURNING o.id INTO v_order;

    INSERT INTO public.order_products
        (id, distributor_id, order_id, line_number, product_id, variant_id, product_name, sku, quantity,
         unit, unit_price, line_price, currency, ai_extracted, ai_original_text, ai_confidence, match_reason)
    SELECT coalesce(r.id, gen_random_uuid()), p_tenant, v_order, r.line_number, r.product_id, r.variant_id,
           r.product_name, r.sku, r.quantity, r.unit, r.unit_price, r.line_price, r.currency, true,
           r.ai_original_text, r.ai_confidence, r.match_reason
    FROM jsonb_populate_recordset(NULL::public.order_products, p_plan->'order_lines') r;

    INSERT INTO public.order_attachments (id, distributor_id, order_id, message_id, file_url, content_type)
    SELECT coalesce(r.id, gen_random_uuid()), p_tenant, v_order, p_message, r.file_url, r.content_type
    FROM jsonb_populate_recordset(NULL::public.order_attachments, p_plan->'attachments') r;
  END IF;

  IF jsonb_array_length(v_events) > 0 THEN
    PERFORM public.oms_record_events(v_events);
  END IF;

  IF v_classify THEN
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
  END IF;

  RETURN QUERY SELECT 'done'::text, v_order,
    coalesce(string_to_array(nullif(current_setting('oms.new_deliveries', true), ''), ',')::uuid[], '{}'::uuid[]),
    v_wrote;
END
$f$;
"""

# The reply an earlier attempt already paid for (jobs/pipeline/paid.py): one round trip, no transaction.
PAID_REPLY = r"""
CREATE FUNCTION public.oms_paid_reply(p_tenant uuid, p_message uuid)
RETURNS TABLE (output jsonb, provider text, model text)
LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  RETURN QUERY SELECT r.output, r.provider::text, r.model::text FROM public.ai_responses r
   WHERE r.message_id = p_message AND r.distributor_id = p_tenant AND r.stage = 'ai_attempt'
     AND r.output->>'outcome' = 'ok'
   LIMIT 1;
END
$f$;
"""

# The definition 0004 made and 0007, 0010 and 0012 patched, as it stood before this migration.
RECORD_0013 = r"""
CREATE FUNCTION public.oms_record_pipeline(p_tenant uuid, p_message uuid, p_plan jsonb)
 RETURNS TABLE(outcome text, order_id uuid, deliveries uuid[])
 LANGUAGE plpgsql
 SET search_path TO 'public', 'pg_temp'
AS $function$
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
  SELECT public.oms_message_untouched(m)
    INTO v_untouched
    FROM public.messages m WHERE m.id = p_message FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'missing'::text, NULL::uuid, '{}'::uuid[];
    RETURN;
  END IF;
  IF NOT v_untouched THEN
    RETURN QUERY SELECT 'stale'::text, NULL::uuid, '{}'::uuid[];
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
      processed_at = now(), ai_suggested_responses = coalesce(p_plan->'suggested_responses', m.ai_suggested_responses)
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

  RETURN QUERY SELECT 'done'::text, v_order, coalesce(string_to_array(nullif(current_setting('oms.new_deliveries', true), ''), ',')::uuid[], '{}'::uuid[]);
END
$function$
"""

DROP = "DROP FUNCTION public.oms_record_pipeline(uuid, uuid, jsonb)"


def upgrade() -> None:
    op.execute(DROP)
    op.execute(RECORD)
    op.execute(PAID_REPLY)


def downgrade() -> None:
    op.execute("DROP FUNCTION public.oms_paid_reply(uuid, uuid)")
    op.execute(DROP)
    op.execute(RECORD_0013)
