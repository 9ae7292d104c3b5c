"""Webhook delivery: attempt records, secret rotation, endpoint health, and the delivery functions.

Revision ID: 0007
Revises: 0011
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
down_revision = "0011"
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

# oms_record_pipeline (0004, patched in place by later migrations) also returns the deliveries its
# transaction created: its events' and those of triggers (a customer's status). A new return type needs
# DROP + CREATE, so the current definition is rewritten, keeping whatever earlier migrations made it.
_ALL_DELIVERIES = (
    "coalesce(string_to_array(nullif(current_setting('oms.new_deliveries', true), ''), ',')::uuid[], "
    "'{}'::uuid[])"
)
PIPELINE_PATCHES = (
    ("RETURNS TABLE(outcome text, order_id uuid)", "RETURNS TABLE(outcome text, order_id uuid, deliveries uuid[])"),
    ("SELECT 'missing'::text, NULL::uuid;", "SELECT 'missing'::text, NULL::uuid, '{}'::uuid[];"),
    ("SELECT 'stale'::text, NULL::uuid;", "SELECT 'stale'::text, NULL::uuid, '{}'::uuid[];"),
    ("SELECT 'done'::text, v_order;", f"SELECT 'done'::text, v_order, {_ALL_DELIVERIES};"),
)


def _rewrite_record_pipeline(patches: tuple[tuple[str, str], ...]) -> str:
    """DROP and re-CREATE oms_record_pipeline from its current definition with `patches` applied."""
    steps = "\n".join(
        f"""  IF position({_literal(old)} IN d) = 0 THEN
    RAISE EXCEPTION USING MESSAGE = 'oms_record_pipeline has no ' || {_literal(old)} || ' to patch';
  END IF;
  d := replace(d, {_literal(old)}, {_literal(new)});"""
        for old, new in patches
    )
    return f"""
DO $do$
DECLARE
  d text := pg_get_functiondef('public.oms_record_pipeline(uuid, uuid, jsonb)'::regprocedure);
BEGIN
{steps}
  DROP FUNCTION public.oms_record_pipeline(uuid, uuid, jsonb);
  EXECUTE d;
END $do$;
"""


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


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
        "DROP FUNCTION public.oms_record_events(jsonb)",
    ):
        op.execute(stmt)
    op.execute(RECORD_EVENTS)
    op.execute(_rewrite_record_pipeline(PIPELINE_PATCHES))
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


def downgrade() -> None:
    op.execute("DROP FUNCTION IF EXISTS public.oms_webhook_record(uuid, uuid, integer, jsonb)")
    op.execute(
        "DROP FUNCTION IF EXISTS public.oms_webhook_claim(uuid, uuid, integer, double precision, "
        "double precision, double precision, integer)"
    )
    op.execute(TENANT_EVENTS_0008)
    op.execute(_rewrite_record_pipeline(tuple((new, old) for old, new in PIPELINE_PATCHES)))
    op.execute("DROP FUNCTION public.oms_record_events(jsonb)")
    op.execute(RECORD_EVENTS_0004)
    op.drop_table("webhook_delivery_attempts")
    op.drop_index("ix_webhook_deliveries_endpoint_created", table_name="webhook_deliveries")
    for column in (
        "disabled_reason",
        "failing_since",
        "previous_secret_expires_at",
        "previous_secret_encrypted",
    ):
        op.drop_column("webhook_endpoints", column)
