"""A paid attempt's settlement updates the tenant's budget month once, last (#11).

Revision ID: 0031
Revises: 0023
Create Date: 2026-12-06

``ai_budget_months`` has one row per tenant and month, and every paid attempt updated it three times:
``oms_ai_reserve`` (the reservation), then ``oms_ai_settle`` released the reservation first and, through
``oms_record_usage``, added the real cost. Each update holds the row until its transaction's commit is
flushed, so one tenant's attempts queue on that row: under a burst of paid messages the reservation and
the settlement spent most of their time waiting for it (pg_stat_activity: about one backend on average
waiting for a row lock, ``benchmarks/llm.py``), and each wait costs the database CPU.

``oms_ai_settle`` now releases the reservation and adds the cost in one update of the month row, made
last, after the attempt's ``ai_responses``, usage and error rows, so the row is held only for the
commit. The usage row is written by ``oms_usage_row`` (the upsert ``oms_record_usage`` made, now shared
by both; ``oms_record_usage`` keeps its signature and its behaviour for the pipeline's writer). The
ledgers are as before: the same rows, the same sums, in one transaction.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from alembic import op

revision = "0031"
down_revision = "0023"
branch_labels = None
depends_on = None

_ARGS = (
    "p_distributor_id uuid, p_date date, p_hour integer, p_slot integer, p_provider text, p_model text, "
    "p_agent_type text, p_errors integer, p_tokens integer, p_prompt integer, p_completion integer, "
    "p_cost numeric, p_confidence numeric, p_latency integer"
)

USAGE_ROW = rf"""
-- One metered call or HTTP attempt's hourly usage row (see oms_record_usage, which also counts the cost
-- in the month's spend).
CREATE FUNCTION public.oms_usage_row(
  {_ARGS}, p_requests integer, p_attempts integer
) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
DECLARE
  v_conf numeric := CASE WHEN p_requests > 0 THEN p_confidence END;
  v_latency integer := CASE WHEN p_requests > 0 THEN p_latency END;
BEGIN
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

CREATE OR REPLACE FUNCTION public.oms_record_usage(
  {_ARGS}, p_requests integer DEFAULT 1, p_attempts integer DEFAULT 0
) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
DECLARE
  v_month date := date_trunc('month', p_date)::date;
BEGIN
  IF p_cost <> 0 THEN
    PERFORM public.oms_ai_budget_month(p_distributor_id, v_month);
    UPDATE public.ai_budget_months b SET spent_cents = b.spent_cents + p_cost, updated_at = now()
    WHERE b.distributor_id = p_distributor_id AND b.month = v_month;
  END IF;
  PERFORM public.oms_usage_row(
      p_distributor_id, p_date, p_hour, p_slot, p_provider, p_model, p_agent_type, p_errors, p_tokens, p_prompt,
      p_completion, p_cost, p_confidence, p_latency, p_requests, p_attempts);
END
$f$;
"""

SETTLE = r"""
-- Settle a reservation (release it) and, unless p_attempt is null, meter the attempt it paid for: an
-- ai_responses row ('response'), the usage row ('usage') and, for a failed attempt, an ai_errors row
-- ('error'); then, last, one update of the month row: the reservation released and the real cost spent.
-- One transaction, so the ledgers never disagree. (A call that gave up meters its one logical request
-- with a 'usage' alone.)
CREATE OR REPLACE FUNCTION public.oms_ai_settle(p_tenant uuid, p_reservation uuid, p_attempt jsonb)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
DECLARE
  u record;
  v_reserved_month date;
  v_released numeric := 0;
  v_month date;
  v_cost numeric := 0;
BEGIN
  PERFORM set_config('app.current_distributor_id', p_tenant::text, true);
  IF p_reservation IS NOT NULL THEN
    DELETE FROM public.ai_budget_reservations r WHERE r.id = p_reservation
    RETURNING r.month, r.amount_cents INTO v_reserved_month, v_released;
  END IF;

  IF p_attempt IS NOT NULL THEN
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
    v_cost := coalesce(u.cost, 0);
    v_month := date_trunc('month', u.date)::date;
    IF v_cost <> 0 THEN  -- before the usage row: a new month's row starts from the usage metered before
      PERFORM public.oms_ai_budget_month(p_tenant, v_month);
    END IF;
    PERFORM public.oms_usage_row(
        p_tenant, u.date, u.hour, u.slot, u.provider, u.model, u.agent_type, u.errors, u.tokens, u.prompt,
        u.completion, u.cost, u.confidence, u.latency, u.requests, u.attempts);

    IF jsonb_typeof(p_attempt->'error') = 'object' THEN
      INSERT INTO public.ai_errors
          (distributor_id, message_id, stage, provider, error_type, error_message, details, retry_count, is_final)
      SELECT p_tenant, e.message_id, e.stage, e.provider, e.error_type, e.error_message,
             coalesce(e.details, '{}'::jsonb), coalesce(e.retry_count, 0), coalesce(e.is_final, false)
      FROM jsonb_populate_record(NULL::public.ai_errors, p_attempt->'error') e;
    END IF;
  END IF;

  IF v_cost = 0 THEN
    v_month := NULL;  -- nothing spent: the month row is touched only to release the reservation
  ELSE
    UPDATE public.ai_budget_months b SET
        spent_cents = b.spent_cents + v_cost,
        reserved_cents = CASE WHEN b.month = v_reserved_month
                              THEN greatest(b.reserved_cents - v_released, 0) ELSE b.reserved_cents END,
        updated_at = now()
    WHERE b.distributor_id = p_tenant AND b.month = v_month;
  END IF;
  IF v_reserved_month IS NOT NULL AND v_reserved_month IS DISTINCT FROM v_month THEN
    -- Nothing spent, or spent in another month than reserved (an attempt across a month's end).
    UPDATE public.ai_budget_months b SET reserved_cents = greatest(b.reserved_cents - v_released, 0),
           updated_at = now()
    WHERE b.distributor_id = p_tenant AND b.month = v_reserved_month;
  END IF;
END
$f$;
"""


def _functions_0011() -> str:
    path = Path(__file__).with_name("0011_paid_ai.py")
    spec = importlib.util.spec_from_file_location(f"oms_migration_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.FUNCTIONS)


def _definition(sql: str, start: str) -> str:
    found = re.search(re.escape(start) + r".*?\$f\$;", sql, re.DOTALL)
    assert found, start
    return found.group(0)


def upgrade() -> None:
    op.execute(USAGE_ROW)
    op.execute(SETTLE)


def downgrade() -> None:
    old = _functions_0011()
    op.execute(_definition(old, "CREATE OR REPLACE FUNCTION public.oms_ai_settle("))
    usage = _definition(old, "CREATE FUNCTION public.oms_record_usage(")
    op.execute(usage.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
    op.execute(
        "DROP FUNCTION public.oms_usage_row(uuid, date, integer, integer, text, text, text, integer, integer, "
        "integer, integer, numeric, numeric, integer, integer, integer)"
    )
