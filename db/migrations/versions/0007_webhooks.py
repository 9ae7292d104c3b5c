"""Webhook delivery: attempt records, secret rotation, endpoint health, and the delivery functions.

Revision ID: 0007
Revises: 0010
Create Date: 2026-11-26

1. ``webhook_delivery_attempts``: one row per POST (time, status code, duration, body cut to 4 KB, error),
   tenant-walled like every tenant table.
2. ``webhook_endpoints``: the previous secret and its expiry (rotation signs with both), ``failing_since``
   (first failure since the last success: an endpoint failing for OMS_WEBHOOK_DISABLE_AFTER is disabled)
   and ``disabled_reason``.
3. ``oms_record_events`` fans out to subscriptions with wildcards (``order.*``, ``*``), fills the
   customer's code into an event's ``data.customer``, only ever for the tenant of the transaction (or the
   event's own ``distributor_id``), and returns the ids of the deliveries it created, so the committing
   code can enqueue them; ``oms_record_pipeline`` returns them too.
4. ``oms_webhook_claim`` and ``oms_webhook_record``: the delivery actor's two statements (jobs/webhooks/
   delivery.py). The claim takes one of the endpoint's concurrency slots (a session advisory lock), leases
   the delivery, and commits synchronously unless the WAL is already flushed past every commit it can see:
   so nothing is POSTed before the write it announces is durable. The record step stores the attempt,
   schedules the retry or gives up, keeps the endpoint's health, disables it (410, or failing too long,
   recording ``endpoint.disabled``) and releases the slot.
5. 0008's ``oms_record_tenant_events`` (customer statuses, AI budget alerts) delegates to
   ``oms_record_events``.
"""

from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

revision = "0007"
down_revision = "0010"
branch_labels = None
depends_on = None

TENANT = "distributor_id = (SELECT public.get_current_distributor_id())"

RECORD_EVENTS = r"""
CREATE FUNCTION public.oms_record_events(p_events jsonb) RETURNS uuid[]
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
DECLARE
  v_ids uuid[];
BEGIN
  WITH inserted AS (
    INSERT INTO public.webhook_deliveries
        (distributor_id, endpoint_id, event_id, event_type, payload, message_id, order_id, customer_id)
    SELECT e.distributor_id, e.id, ev.event_id, ev.event_type,
           CASE WHEN jsonb_typeof(ev.payload->'data'->'customer') = 'object' THEN
             jsonb_set(ev.payload, '{data,customer,customer_code}', coalesce(to_jsonb(
               (SELECT c.customer_code FROM public.customers c
                 WHERE c.id = (ev.payload->'data'->'customer'->>'id')::uuid)), 'null'::jsonb))
           ELSE ev.payload END,
           ev.message_id, ev.order_id, ev.customer_id
    FROM jsonb_to_recordset(p_events) AS ev(
        event_id text, event_type text, payload jsonb, message_id uuid, order_id uuid, customer_id uuid,
        distributor_id uuid)
    JOIN public.webhook_endpoints e
      ON e.is_active
     AND e.distributor_id = coalesce(ev.distributor_id, (SELECT public.get_current_distributor_id()))
     AND (ev.event_type = ANY(e.events) OR '*' = ANY(e.events)
          OR split_part(ev.event_type, '.', 1) || '.*' = ANY(e.events))
    ON CONFLICT (endpoint_id, event_id) DO NOTHING
    RETURNING id
  )
  SELECT array_agg(id) INTO v_ids FROM inserted;
  IF v_ids IS NOT NULL THEN
    -- Every delivery this transaction creates (triggers' too), for the committing code to enqueue.
    PERFORM set_config('oms.new_deliveries', concat_ws(',', nullif(current_setting('oms.new_deliveries', true), ''),
                                                      array_to_string(v_ids, ',')), true);
  END IF;
  RETURN coalesce(v_ids, '{}'::uuid[]);
END
$f$;
"""

# 0008's set-based fan-out (customer.status_changed, ai.budget_*) now shares the one definition above,
# so those events follow wildcard subscriptions too; the sweep enqueues what it creates.
TENANT_EVENTS = r"""
CREATE OR REPLACE FUNCTION public.oms_record_tenant_events(p_events jsonb) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  PERFORM public.oms_record_events(p_events);
END
$f$;
"""

TENANT_EVENTS_0008 = r"""
CREATE OR REPLACE FUNCTION public.oms_record_tenant_events(p_events jsonb) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  INSERT INTO public.webhook_deliveries
      (distributor_id, endpoint_id, event_id, event_type, payload, customer_id)
  SELECT e.distributor_id, e.id, ev.event_id, ev.event_type, ev.payload, ev.customer_id
  FROM jsonb_to_recordset(p_events) AS ev(
      distributor_id uuid, event_id text, event_type text, payload jsonb, customer_id uuid)
  JOIN public.webhook_endpoints e
    ON e.distributor_id = ev.distributor_id AND e.is_active
   AND (ev.event_type = ANY(e.events) OR '*' = ANY(e.events))
  ON CONFLICT (endpoint_id, event_id) DO NOTHING;
END
$f$;
"""

# As in 0004, except that it returns the deliveries the events created.
RECORD_PIPELINE = r"""
CREATE FUNCTION public.oms_record_pipeline(p_tenant uuid, p_message uuid, p_plan jsonb)
RETURNS TABLE (outcome text, order_id uuid, deliveries uuid[])
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
#variable_conflict use_column
DECLARE
  v_untouched boolean;
  v_order uuid;
  v_usage record;
  v_deliveries uuid[];
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

  v_deliveries := public.oms_record_events(p_plan->'events');

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

  -- Every delivery of this transaction: its events', and those of triggers (a customer's status).
  v_deliveries := coalesce(
    string_to_array(nullif(current_setting('oms.new_deliveries', true), ''), ',')::uuid[], '{}'::uuid[]);
  RETURN QUERY SELECT 'done'::text, v_order, v_deliveries;
END
$f$;
"""

DELIVERY_FUNCTIONS = r"""
CREATE FUNCTION public.oms_webhook_claim(
  p_tenant uuid, p_delivery uuid, p_slots integer, p_lease_seconds double precision,
  p_busy_seconds double precision, p_busy_failing_seconds double precision, p_max_attempts integer)
RETURNS TABLE (outcome text, slot integer, endpoint_id uuid, url text, event_id text, event_type text,
               payload jsonb, attempt_number integer, secret bytea, previous_secret bytea,
               endpoint_failing boolean, seen_lsn pg_lsn, waited_for_flush boolean)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
#variable_conflict use_column
DECLARE
  d record;
  v_slot integer;
  v_seen pg_lsn;
  v_sync boolean;
  v_found boolean;
BEGIN
  PERFORM set_config('app.current_distributor_id', p_tenant::text, true);
  SELECT w.status, w.next_attempt_at, w.attempt_count, w.event_id, w.event_type, w.payload,
         e.id AS endpoint_id, e.url, e.is_active, e.secret_encrypted,
         CASE WHEN e.previous_secret_expires_at > now() THEN e.previous_secret_encrypted END AS previous,
         e.failing_since IS NOT NULL AS failing
    INTO d
    FROM public.webhook_deliveries w JOIN public.webhook_endpoints e ON e.id = w.endpoint_id
   WHERE w.id = p_delivery
     FOR UPDATE OF w SKIP LOCKED;
  v_found := FOUND;
  -- Every commit this statement can see has its commit record before this WAL position.
  v_seen := pg_current_wal_insert_lsn();
  PERFORM set_config('synchronous_commit', 'off', true);
  IF NOT v_found THEN  -- no such delivery for this tenant, or another worker is claiming it right now
    RETURN QUERY SELECT 'skip'::text, NULL::int, NULL::uuid, NULL::text, NULL::text, NULL::text, NULL::jsonb,
                        NULL::int, NULL::bytea, NULL::bytea, NULL::boolean, v_seen, false;
    RETURN;
  END IF;
  IF d.status NOT IN ('PENDING', 'RETRYING') THEN
    outcome := 'done';
  ELSIF d.next_attempt_at > now() + interval '1 second' THEN
    outcome := 'not_due';  -- scheduled later, or leased by an attempt in flight
  ELSIF NOT d.is_active THEN
    UPDATE public.webhook_deliveries SET status = 'FAILED', next_attempt_at = NULL,
           error = 'endpoint disabled' WHERE id = p_delivery;
    outcome := 'disabled';
  ELSIF d.attempt_count >= p_max_attempts THEN  -- attempts that never came back (a worker died mid-POST)
    UPDATE public.webhook_deliveries SET status = 'FAILED', next_attempt_at = NULL,
           error = coalesce(error, 'no outcome recorded') WHERE id = p_delivery;
    outcome := 'exhausted';
  END IF;
  IF outcome IS NOT NULL THEN
    RETURN QUERY SELECT outcome, NULL::int, d.endpoint_id, NULL::text, NULL::text, NULL::text, NULL::jsonb,
                        NULL::int, NULL::bytea, NULL::bytea, d.failing, v_seen, false;
    RETURN;
  END IF;
  FOR i IN 0 .. p_slots - 1 LOOP
    IF pg_try_advisory_lock(hashtext(d.endpoint_id::text), i) THEN
      v_slot := i;
      EXIT;
    END IF;
  END LOOP;
  IF v_slot IS NULL THEN  -- the endpoint has all its deliveries in flight: come back later
    UPDATE public.webhook_deliveries
       SET next_attempt_at = now() + make_interval(
             secs => CASE WHEN d.failing THEN p_busy_failing_seconds ELSE p_busy_seconds END)
     WHERE id = p_delivery;
    RETURN QUERY SELECT 'busy'::text, NULL::int, d.endpoint_id, NULL::text, NULL::text, NULL::text, NULL::jsonb,
                        NULL::int, NULL::bytea, NULL::bytea, d.failing, v_seen, false;
    RETURN;
  END IF;
  UPDATE public.webhook_deliveries SET attempt_count = attempt_count + 1, last_attempt_at = now(),
         next_attempt_at = now() + make_interval(secs => p_lease_seconds)
   WHERE id = p_delivery;
  -- Durability: if the WAL is not yet flushed past v_seen, this commit waits for the flush, which
  -- covers every commit record before its own (the one that wrote this delivery's event included).
  v_sync := pg_current_wal_flush_lsn() < v_seen;
  IF v_sync THEN
    PERFORM set_config('synchronous_commit', 'on', true);
  END IF;
  RETURN QUERY SELECT 'claimed'::text, v_slot, d.endpoint_id, d.url, d.event_id::text, d.event_type::text, d.payload,
                      d.attempt_count + 1, d.secret_encrypted, d.previous, d.failing, v_seen, v_sync;
END
$f$;

CREATE FUNCTION public.oms_webhook_record(p_tenant uuid, p_delivery uuid, p_slot integer, p_result jsonb)
RETURNS TABLE (status text, endpoint_disabled boolean, deliveries uuid[])
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
#variable_conflict use_column
DECLARE
  v_endpoint uuid;
  v_verdict text := p_result->>'verdict';
  v_status public.delivery_status;
  v_since timestamptz;
  v_disabled boolean := false;
  v_ids uuid[] := '{}';
BEGIN
  PERFORM set_config('app.current_distributor_id', p_tenant::text, true);
  -- Losing this write in a crash only means the attempt is made again (at least once; same webhook-id).
  PERFORM set_config('synchronous_commit', 'off', true);
  SELECT w.endpoint_id INTO v_endpoint FROM public.webhook_deliveries w WHERE w.id = p_delivery FOR UPDATE;
  IF NOT FOUND THEN
    IF p_slot IS NOT NULL THEN
      PERFORM pg_advisory_unlock(hashtext((p_result->>'endpoint_id')), p_slot);
    END IF;
    RETURN QUERY SELECT 'missing'::text, false, v_ids;
    RETURN;
  END IF;
  INSERT INTO public.webhook_delivery_attempts
      (distributor_id, delivery_id, attempt_number, attempted_at, duration_ms, response_status_code,
       response_body, error)
  VALUES (p_tenant, p_delivery, (p_result->>'attempt_number')::int, (p_result->>'attempted_at')::timestamptz,
          (p_result->>'duration_ms')::int, (p_result->>'status_code')::smallint, p_result->>'response_body',
          p_result->>'error');
  v_status := CASE v_verdict WHEN 'success' THEN 'SUCCESS' WHEN 'retry' THEN 'RETRYING' ELSE 'FAILED' END;
  UPDATE public.webhook_deliveries w SET
      status = v_status,
      next_attempt_at = CASE WHEN v_verdict = 'retry'
                             THEN now() + make_interval(secs => (p_result->>'retry_in')::float8) END,
      delivered_at = CASE WHEN v_verdict = 'success' THEN now() ELSE w.delivered_at END,
      response_status_code = (p_result->>'status_code')::smallint,
      response_body = p_result->>'response_body',
      error = p_result->>'error'
  WHERE w.id = p_delivery;
  IF v_verdict = 'success' THEN
    UPDATE public.webhook_endpoints e SET failure_count = 0, failing_since = NULL
     WHERE e.id = v_endpoint AND (e.failure_count <> 0 OR e.failing_since IS NOT NULL);
  ELSE
    UPDATE public.webhook_endpoints e SET failure_count = e.failure_count + 1,
           failing_since = coalesce(e.failing_since, now())
     WHERE e.id = v_endpoint RETURNING e.failing_since INTO v_since;
    IF v_verdict = 'gone'
       OR v_since <= now() - make_interval(secs => (p_result->>'disable_after')::float8) THEN
      UPDATE public.webhook_endpoints e SET is_active = false, disabled_at = now(),
             disabled_reason = p_result->>'disabled_reason'
       WHERE e.id = v_endpoint AND e.is_active;
      IF FOUND THEN
        v_disabled := true;
        v_ids := public.oms_record_events(jsonb_build_array(p_result->'disabled_event'));
      END IF;
    END IF;
  END IF;
  IF p_slot IS NOT NULL THEN
    PERFORM pg_advisory_unlock(hashtext(v_endpoint::text), p_slot);
  END IF;
  RETURN QUERY SELECT v_status::text, v_disabled, v_ids;
END
$f$;
"""


def upgrade() -> None:
    op.add_column(
        "webhook_endpoints", sa.Column("previous_secret_encrypted", sa.LargeBinary(), nullable=True)
    )
    op.add_column(
        "webhook_endpoints",
        sa.Column("previous_secret_expires_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.add_column("webhook_endpoints", sa.Column("failing_since", sa.DateTime(timezone=True), nullable=True))
    op.add_column("webhook_endpoints", sa.Column("disabled_reason", sa.Text(), nullable=True))
    op.create_index(
        "ix_webhook_deliveries_endpoint_created", "webhook_deliveries", ["endpoint_id", "created_at"]
    )
    op.create_table(
        "webhook_delivery_attempts",
        sa.Column(
            "id", postgresql.UUID(as_uuid=True), server_default=sa.text("gen_random_uuid()"), nullable=False
        ),
        sa.Column("distributor_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("delivery_id", postgresql.UUID(as_uuid=True), nullable=False),
        sa.Column("attempt_number", sa.Integer(), nullable=False),
        sa.Column("attempted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
        sa.Column("response_status_code", sa.SmallInteger(), nullable=True),
        sa.Column("response_body", sa.Text(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "attempt_number >= 1", name=op.f("ck_webhook_delivery_attempts_attempt_number_positive")
        ),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["webhook_deliveries.id"],
            name=op.f("fk_webhook_delivery_attempts_delivery_id_webhook_deliveries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["distributor_id"],
            ["distributors.id"],
            name=op.f("fk_webhook_delivery_attempts_distributor_id_distributors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webhook_delivery_attempts")),
    )
    op.create_index(
        "ix_webhook_delivery_attempts_delivery", "webhook_delivery_attempts", ["delivery_id", "attempted_at"]
    )
    op.create_index(
        op.f("ix_webhook_delivery_attempts_distributor_id"), "webhook_delivery_attempts", ["distributor_id"]
    )
    for stmt in (
        "ALTER TABLE public.webhook_delivery_attempts ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE public.webhook_delivery_attempts FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY tenant_select ON public.webhook_delivery_attempts FOR SELECT USING ({TENANT})",
        f"CREATE POLICY tenant_insert ON public.webhook_delivery_attempts FOR INSERT WITH CHECK ({TENANT})",
        f"CREATE POLICY tenant_update ON public.webhook_delivery_attempts FOR UPDATE USING ({TENANT}) "
        f"WITH CHECK ({TENANT})",
        f"CREATE POLICY tenant_delete ON public.webhook_delivery_attempts FOR DELETE USING ({TENANT})",
        "DROP FUNCTION public.oms_record_pipeline(uuid, uuid, jsonb)",
        "DROP FUNCTION public.oms_record_events(jsonb)",
    ):
        op.execute(stmt)
    op.execute(RECORD_EVENTS)
    op.execute(RECORD_PIPELINE)
    op.execute(DELIVERY_FUNCTIONS)
    op.execute(TENANT_EVENTS)


# The 0004 definitions, restored on downgrade.
RECORD_EVENTS_0004 = r"""
CREATE FUNCTION public.oms_record_events(p_events jsonb) RETURNS void
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
"""


def _pipeline_0004() -> str:
    return (
        RECORD_PIPELINE.replace(
            "RETURNS TABLE (outcome text, order_id uuid, deliveries uuid[])",
            "RETURNS TABLE (outcome text, order_id uuid)",
        )
        .replace("  v_deliveries uuid[];\n", "")
        .replace(", '{}'::uuid[];", ";")
        .replace("v_deliveries := public.oms_record_events", "PERFORM public.oms_record_events")
        .replace(
            "  -- Every delivery of this transaction: its events', and those of triggers (a customer's status).\n"
            "  v_deliveries := coalesce(\n"
            "    string_to_array(nullif(current_setting('oms.new_deliveries', true), ''), ',')::uuid[], '{}'::uuid[]);\n",
            "",
        )
        .replace("SELECT 'done'::text, v_order, v_deliveries;", "SELECT 'done'::text, v_order;")
    )


def downgrade() -> None:
    op.execute("DROP FUNCTION IF EXISTS public.oms_webhook_record(uuid, uuid, integer, jsonb)")
    op.execute(
        "DROP FUNCTION IF EXISTS public.oms_webhook_claim(uuid, uuid, integer, double precision, "
        "double precision, double precision, integer)"
    )
    op.execute(TENANT_EVENTS_0008)
    op.execute("DROP FUNCTION public.oms_record_pipeline(uuid, uuid, jsonb)")
    op.execute("DROP FUNCTION public.oms_record_events(jsonb)")
    op.execute(RECORD_EVENTS_0004)
    op.execute(_pipeline_0004())
    op.drop_table("webhook_delivery_attempts")
    op.drop_index("ix_webhook_deliveries_endpoint_created", table_name="webhook_deliveries")
    for column in (
        "disabled_reason",
        "failing_since",
        "previous_secret_expires_at",
        "previous_secret_encrypted",
    ):
        op.drop_column("webhook_endpoints", column)
