"""Paid AI you can trust with money: budget reservations, per-attempt metering, exact money columns.

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-06

1. Money columns hold what the prices need: cost in cents as numeric(20,10) (a gpt-4.1-nano input token
   costs 0.00001 cents; the old numeric(14,4) rounded every call up), budgets in dollars as numeric(14,6)
   (a budget under one cent no longer becomes 0.00, which meant "no AI at all").
2. ``ai_usage_metrics.attempts_count``: HTTP attempts (what rate quotas count) beside ``requests_count``
   (logical calls: one per message analysed). Every attempt is metered, with its error flag.
3. ``ai_budget_months``: one row per tenant and month with the running spend and the open reservations,
   so a reservation reads one row, not a month of usage rows. ``oms_record_usage`` keeps ``spent_cents``
   in step in the same transaction as the usage row, whichever path meters.
4. ``ai_budget_reservations`` and ``oms_ai_reserve``: before a paid call, its maximum cost is reserved
   atomically per tenant (one conditional UPDATE of the month row: granted while spend plus open
   reservations is under the budget), so calls in flight see each other and spend can pass the budget by
   at most one reservation. ``oms_ai_settle`` releases the reservation and meters the attempt in both
   ledgers (an ``ai_responses`` row with stage ``ai_attempt`` and the usage row) plus an ``ai_errors`` row
   when it failed, in one transaction. A reservation its process never settled (a crash) expires.
"""

from alembic import op

revision = "0011"
down_revision = "0009"
branch_labels = None
depends_on = None

TENANT = "distributor_id = (SELECT public.get_current_distributor_id())"

COLUMNS = """
ALTER TABLE public.distributors ALTER COLUMN monthly_ai_budget_usd TYPE numeric(14,6);
ALTER TABLE public.ai_responses ALTER COLUMN cost_cents TYPE numeric(20,10);
ALTER TABLE public.ai_usage_metrics ALTER COLUMN cost_cents TYPE numeric(20,10);
ALTER TABLE public.ai_usage_metrics ADD COLUMN attempts_count integer DEFAULT 0 NOT NULL;
ALTER TABLE public.ai_budget_alerts ALTER COLUMN spend_usd TYPE numeric(22,12),
  ALTER COLUMN budget_usd TYPE numeric(14,6);
"""

TABLES = f"""
CREATE TABLE public.ai_budget_months (
  distributor_id uuid NOT NULL,
  month date NOT NULL,
  spent_cents numeric(20,10) DEFAULT 0 NOT NULL,
  reserved_cents numeric(20,10) DEFAULT 0 NOT NULL,
  updated_at timestamptz DEFAULT now() NOT NULL,
  CONSTRAINT pk_ai_budget_months PRIMARY KEY (distributor_id, month),
  CONSTRAINT fk_ai_budget_months_distributor_id_distributors
    FOREIGN KEY (distributor_id) REFERENCES public.distributors (id) ON DELETE CASCADE
);
CREATE TABLE public.ai_budget_reservations (
  id uuid DEFAULT gen_random_uuid() NOT NULL,
  distributor_id uuid NOT NULL,
  month date NOT NULL,
  message_id uuid,
  amount_cents numeric(20,10) NOT NULL,
  created_at timestamptz DEFAULT now() NOT NULL,
  expires_at timestamptz NOT NULL,
  CONSTRAINT pk_ai_budget_reservations PRIMARY KEY (id),
  CONSTRAINT ck_ai_budget_reservations_amount_non_negative CHECK (amount_cents >= 0),
  CONSTRAINT fk_ai_budget_reservations_distributor_id_distributors
    FOREIGN KEY (distributor_id) REFERENCES public.distributors (id) ON DELETE CASCADE
);
CREATE INDEX ix_ai_budget_reservations_expiry ON public.ai_budget_reservations (distributor_id, expires_at);
""" + "".join(
    f"""
ALTER TABLE public.{t} ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.{t} FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_select ON public.{t} FOR SELECT USING ({TENANT});
CREATE POLICY tenant_insert ON public.{t} FOR INSERT WITH CHECK ({TENANT});
CREATE POLICY tenant_update ON public.{t} FOR UPDATE USING ({TENANT}) WITH CHECK ({TENANT});
CREATE POLICY tenant_delete ON public.{t} FOR DELETE USING ({TENANT});
"""
    for t in ("ai_budget_months", "ai_budget_reservations")
)

OLD_USAGE_SIGNATURE = (
    "public.oms_record_usage(uuid, date, integer, integer, text, text, text, integer, integer, integer, "
    "integer, numeric, numeric, integer)"
)
NEW_USAGE_SIGNATURE = OLD_USAGE_SIGNATURE[:-1] + ", integer, integer)"

FUNCTIONS = r"""
-- The tenant's month row, created on first use from the usage already metered that month.
CREATE OR REPLACE FUNCTION public.oms_ai_budget_month(p_tenant uuid, p_month date) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM public.ai_budget_months b WHERE b.distributor_id = p_tenant AND b.month = p_month) THEN
    INSERT INTO public.ai_budget_months (distributor_id, month, spent_cents)
    SELECT p_tenant, p_month, coalesce(sum(u.cost_cents), 0) FROM public.ai_usage_metrics u
    WHERE u.distributor_id = p_tenant AND u.date >= p_month AND u.date < (p_month + interval '1 month')::date
    ON CONFLICT (distributor_id, month) DO NOTHING;
  END IF;
END
$f$;

-- One metered call or HTTP attempt. p_requests: logical calls it completes (1 for a local analysis or
-- the last attempt of a paid call, else 0); p_attempts: HTTP attempts (0 for the local provider).
-- The averages are per logical call, so rows with p_requests = 0 leave them alone.
CREATE FUNCTION public.oms_record_usage(
  p_distributor_id uuid, p_date date, p_hour integer, p_slot integer, p_provider text, p_model text,
  p_agent_type text, p_errors integer, p_tokens integer, p_prompt integer, p_completion integer,
  p_cost numeric, p_confidence numeric, p_latency integer, p_requests integer DEFAULT 1,
  p_attempts integer DEFAULT 0
) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
DECLARE
  v_month date := date_trunc('month', p_date)::date;
  v_conf numeric := CASE WHEN p_requests > 0 THEN p_confidence END;
  v_latency integer := CASE WHEN p_requests > 0 THEN p_latency END;
BEGIN
  IF p_cost <> 0 THEN
    PERFORM public.oms_ai_budget_month(p_distributor_id, v_month);
    UPDATE public.ai_budget_months b SET spent_cents = b.spent_cents + p_cost, updated_at = now()
    WHERE b.distributor_id = p_distributor_id AND b.month = v_month;
  END IF;
  INSERT INTO public.ai_usage_metrics AS m
      (distributor_id, date, hour, slot, provider, model, agent_type, requests_count, attempts_count,
       error_count, tokens_used, prompt_tokens, completion_tokens, cost_cents, avg_confidence, avg_latency_ms)
  VALUES (p_distributor_id, p_date, p_hour, p_slot, p_provider, p_model, p_agent_type::public.agent_type,
          p_requests, p_attempts, p_errors, p_tokens, p_prompt, p_completion, p_cost, v_conf, v_latency)
  ON CONFLICT (distributor_id, date, hour, provider, model, agent_type, slot) DO UPDATE SET
      requests_count = m.requests_count + EXCLUDED.requests_count,
      attempts_count = m.attempts_count + EXCLUDED.attempts_count,
      error_count = m.error_count + EXCLUDED.error_count,
      tokens_used = m.tokens_used + EXCLUDED.tokens_used,
      prompt_tokens = m.prompt_tokens + EXCLUDED.prompt_tokens,
      completion_tokens = m.completion_tokens + EXCLUDED.completion_tokens,
      cost_cents = m.cost_cents + EXCLUDED.cost_cents,
      avg_confidence = CASE
          WHEN EXCLUDED.avg_confidence IS NULL THEN m.avg_confidence
          WHEN m.avg_confidence IS NULL OR m.requests_count = 0 THEN EXCLUDED.avg_confidence
          ELSE round((m.avg_confidence * m.requests_count + EXCLUDED.avg_confidence * EXCLUDED.requests_count)
                     / (m.requests_count + EXCLUDED.requests_count), 3)
      END,
      avg_latency_ms = CASE
          WHEN EXCLUDED.avg_latency_ms IS NULL THEN m.avg_latency_ms
          WHEN m.avg_latency_ms IS NULL OR m.requests_count = 0 THEN EXCLUDED.avg_latency_ms
          ELSE ((m.avg_latency_ms::bigint * m.requests_count + EXCLUDED.avg_latency_ms::bigint * EXCLUDED.requests_count)
                / (m.requests_count + EXCLUDED.requests_count))::int
      END;
END
$f$;

-- Reserve p_amount cents for one paid attempt. Granted (a reservation id) while the month's spend plus
-- its open reservations is under the budget; the conditional UPDATE of the month row is the atomic step
-- (READ COMMITTED re-checks its WHERE against the row a concurrent reservation committed). Reservations
-- past their expiry (a process that died mid-call) are released first. Also returns the tenant's AI
-- settings (distributors.settings -> 'ai'), read here because the caller needs them for the same call.
CREATE OR REPLACE FUNCTION public.oms_ai_reserve(
  p_tenant uuid, p_message uuid, p_amount numeric, p_ttl_seconds integer
) RETURNS TABLE (reservation_id uuid, budget_cents numeric, spent_cents numeric, reserved_cents numeric,
                 ai_settings jsonb)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
#variable_conflict use_column
DECLARE
  v_month date := date_trunc('month', now() AT TIME ZONE 'UTC')::date;
  v_budget numeric;
  v_settings jsonb;
  v_spent numeric;
  v_reserved numeric;
  v_id uuid;
BEGIN
  PERFORM set_config('app.current_distributor_id', p_tenant::text, true);
  SELECT d.monthly_ai_budget_usd * 100, coalesce(d.settings -> 'ai', '{}'::jsonb)
    INTO v_budget, v_settings FROM public.distributors d WHERE d.id = p_tenant;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  PERFORM public.oms_ai_budget_month(p_tenant, v_month);
  WITH gone AS (
    DELETE FROM public.ai_budget_reservations r
    WHERE r.distributor_id = p_tenant AND r.expires_at < now()
    RETURNING r.month, r.amount_cents
  )
  UPDATE public.ai_budget_months b SET reserved_cents = greatest(b.reserved_cents - g.total, 0)
  FROM (SELECT month, sum(amount_cents) AS total FROM gone GROUP BY month) g
  WHERE b.distributor_id = p_tenant AND b.month = g.month;

  UPDATE public.ai_budget_months b
  SET reserved_cents = b.reserved_cents + p_amount, updated_at = now()
  WHERE b.distributor_id = p_tenant AND b.month = v_month AND v_budget > 0
    AND b.spent_cents + b.reserved_cents < v_budget
  RETURNING b.spent_cents, b.reserved_cents INTO v_spent, v_reserved;
  IF FOUND THEN
    INSERT INTO public.ai_budget_reservations (distributor_id, month, message_id, amount_cents, expires_at)
    VALUES (p_tenant, v_month, p_message, p_amount, now() + make_interval(secs => p_ttl_seconds))
    RETURNING id INTO v_id;
  ELSE
    SELECT b.spent_cents, b.reserved_cents INTO v_spent, v_reserved FROM public.ai_budget_months b
    WHERE b.distributor_id = p_tenant AND b.month = v_month;
  END IF;
  RETURN QUERY SELECT v_id, v_budget, v_spent, v_reserved, v_settings;
END
$f$;

-- Settle a reservation (release it) and, unless p_attempt is null, meter the attempt it paid for:
-- an ai_responses row ('response'), the usage row ('usage', which moves the real cost into spent_cents)
-- and, for a failed attempt, an ai_errors row ('error'). One transaction, so the ledgers never disagree.
-- (A call that gave up meters its one logical request with a 'usage' alone.)
CREATE OR REPLACE FUNCTION public.oms_ai_settle(p_tenant uuid, p_reservation uuid, p_attempt jsonb)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
DECLARE
  u record;
BEGIN
  PERFORM set_config('app.current_distributor_id', p_tenant::text, true);
  IF p_reservation IS NOT NULL THEN
    WITH gone AS (
      DELETE FROM public.ai_budget_reservations r WHERE r.id = p_reservation RETURNING r.month, r.amount_cents
    )
    UPDATE public.ai_budget_months b SET reserved_cents = greatest(b.reserved_cents - g.amount_cents, 0),
           updated_at = now()
    FROM gone g WHERE b.distributor_id = p_tenant AND b.month = g.month;
  END IF;
  IF p_attempt IS NULL THEN
    RETURN;
  END IF;

  IF jsonb_typeof(p_attempt->'response') = 'object' THEN
    INSERT INTO public.ai_responses
        (id, distributor_id, message_id, agent_type, stage, provider, model, output, latency_ms,
         tokens_used, prompt_tokens, completion_tokens, cost_cents)
    SELECT coalesce(r.id, gen_random_uuid()), p_tenant, r.message_id, r.agent_type, r.stage, r.provider,
           r.model, coalesce(r.output, '{}'::jsonb), r.latency_ms, r.tokens_used, r.prompt_tokens,
           r.completion_tokens, r.cost_cents
    FROM jsonb_populate_record(NULL::public.ai_responses, p_attempt->'response') r;
  END IF;

  SELECT * INTO u FROM jsonb_to_record(p_attempt->'usage') AS x(
      date date, hour integer, slot integer, provider text, model text, agent_type text, errors integer,
      tokens integer, prompt integer, completion integer, cost numeric, confidence numeric, latency integer,
      requests integer, attempts integer);
  PERFORM public.oms_record_usage(
      p_tenant, u.date, u.hour, u.slot, u.provider, u.model, u.agent_type, u.errors, u.tokens, u.prompt,
      u.completion, u.cost, u.confidence, u.latency, u.requests, u.attempts);

  IF jsonb_typeof(p_attempt->'error') = 'object' THEN
    INSERT INTO public.ai_errors
        (distributor_id, message_id, stage, provider, error_type, error_message, details, retry_count, is_final)
    SELECT p_tenant, e.message_id, e.stage, e.provider, e.error_type, e.error_message,
           coalesce(e.details, '{}'::jsonb), coalesce(e.retry_count, 0), coalesce(e.is_final, false)
    FROM jsonb_populate_record(NULL::public.ai_errors, p_attempt->'error') e;
  END IF;
END
$f$;
"""

OLD_USAGE = r"""
CREATE FUNCTION public.oms_record_usage(
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
"""


def upgrade() -> None:
    op.execute(COLUMNS)
    op.execute(TABLES)
    op.execute(f"DROP FUNCTION {OLD_USAGE_SIGNATURE}")
    op.execute(FUNCTIONS)
    # Each tenant's month row for the current month, from what is metered so far.
    op.execute(
        "SELECT public.oms_ai_budget_month(d.id, date_trunc('month', now() AT TIME ZONE 'UTC')::date) "
        "FROM public.distributors d"
    )


def downgrade() -> None:
    op.execute("DROP FUNCTION IF EXISTS public.oms_ai_settle(uuid, uuid, jsonb)")
    op.execute("DROP FUNCTION IF EXISTS public.oms_ai_reserve(uuid, uuid, numeric, integer)")
    op.execute(f"DROP FUNCTION IF EXISTS {NEW_USAGE_SIGNATURE}")
    op.execute(OLD_USAGE)
    op.execute("DROP FUNCTION IF EXISTS public.oms_ai_budget_month(uuid, date)")
    op.execute("DROP TABLE IF EXISTS public.ai_budget_reservations")
    op.execute("DROP TABLE IF EXISTS public.ai_budget_months")
    op.execute(
        """
        ALTER TABLE public.ai_budget_alerts ALTER COLUMN spend_usd TYPE numeric(14,4) USING round(spend_usd, 4),
          ALTER COLUMN budget_usd TYPE numeric(12,2) USING round(budget_usd, 2);
        ALTER TABLE public.ai_usage_metrics DROP COLUMN attempts_count;
        ALTER TABLE public.ai_usage_metrics ALTER COLUMN cost_cents TYPE numeric(14,4) USING ceil(cost_cents * 10000) / 10000;
        ALTER TABLE public.ai_responses ALTER COLUMN cost_cents TYPE numeric(14,4) USING ceil(cost_cents * 10000) / 10000;
        ALTER TABLE public.distributors ALTER COLUMN monthly_ai_budget_usd TYPE numeric(12,2) USING round(monthly_ai_budget_usd, 2);
        """
    )
