"""Budget leases: a worker process reserves a slice of the tenant's month at once and grants its paid
attempts from it, so a paid message no longer updates the tenant's month row (#11).

Revision ID: 0035
Revises: 0033
Create Date: 2026-12-06

Every paid attempt updated ``ai_budget_months`` (one row per tenant and month) twice: its reservation
(``oms_ai_reserve``) and its settlement (``oms_ai_settle``). Each update holds the row until its
transaction's commit is flushed (2-5 ms on the benchmark machine's disk), so one tenant's paid messages
queued on it: about 7 ms of that row per message, a ceiling near 145 msg/s whatever the cores
(``benchmarks/llm.py``: bursts of 140-150 msg/s on a machine 86-89% busy).

A lease is an ``ai_budget_reservations`` row (``lease`` true) of many attempts' ceilings, taken by
``oms_ai_lease`` with one conditional update of the month row, granted only when it fits whole
(spend plus open reservations plus the lease at most the budget). The process grants attempts from it
in memory (jobs/ai/leases.py) while their ceilings fit in what is left of it, so the lease's attempts
can never spend past it, and the budget check stays what it was: spend plus open reservations, with a
lease counted whole. An attempt settled under a lease adds its cost to the lease row (``spent_cents``),
not to the month row; closing a lease (``oms_ai_lease(..., p_close)``) or its expiry (a process that
died) moves the lease's spend into the month's and releases its amount, in one update. When no lease
fits (the end of a budget, or a budget too small for one), attempts reserve one at a time as before,
under the old rule (granted while spend plus open reservations is under the budget): spend still passes
the budget by at most one attempt's reservation, under any concurrency.

An attempt settled after its lease was closed or expired (it outlived the lease's expiry) spends on the
month row directly, as one whose reservation expired did.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from alembic import op

revision = "0035"
down_revision = "0033"
branch_labels = None
depends_on = None

COLUMNS = """
ALTER TABLE public.ai_budget_reservations
  ADD COLUMN lease boolean NOT NULL DEFAULT false,
  ADD COLUMN spent_cents numeric(20,10) NOT NULL DEFAULT 0;
"""

# Expired reservations and leases released, their spend (a lease's) moved into the month's: the same in
# oms_ai_reserve and oms_ai_lease (which also closes the leases in p_close).
_EXPIRE = """
  WITH gone AS (
    DELETE FROM public.ai_budget_reservations r
    WHERE r.distributor_id = p_tenant AND (r.expires_at < now() {close})
    RETURNING r.month, r.amount_cents, r.spent_cents
  )
  UPDATE public.ai_budget_months b SET reserved_cents = greatest(b.reserved_cents - g.total, 0),
         spent_cents = b.spent_cents + g.spent, updated_at = now()
  FROM (SELECT month, sum(amount_cents) AS total, sum(spent_cents) AS spent FROM gone GROUP BY month) g
  WHERE b.distributor_id = p_tenant AND b.month = g.month;
"""

_CLOSE_AND_EXPIRE = _EXPIRE.format(close="OR (r.lease AND r.id = ANY(coalesce(p_close, '{}'::uuid[])))")

LEASE = rf"""
-- Take a lease of p_amount cents for this process's paid attempts (jobs/ai/leases.py): granted only when
-- it fits whole (spend plus open reservations plus p_amount at most the budget), with one conditional
-- update of the month row; first closes the leases in p_close (their spend moved into the month's, their
-- amount released) and releases expired reservations and leases. A null p_amount only closes.
CREATE FUNCTION public.oms_ai_lease(p_tenant uuid, p_amount numeric, p_ttl_seconds integer, p_close uuid[])
RETURNS TABLE (lease_id uuid, budget_cents numeric, spent_cents numeric, reserved_cents numeric)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
#variable_conflict use_column
DECLARE
  v_month date := date_trunc('month', now() AT TIME ZONE 'UTC')::date;
  v_budget numeric;
  v_spent numeric;
  v_reserved numeric;
  v_id uuid;
BEGIN
  PERFORM set_config('app.current_distributor_id', p_tenant::text, true);
  SELECT d.monthly_ai_budget_usd * 100 INTO v_budget FROM public.distributors d WHERE d.id = p_tenant;
  IF NOT FOUND THEN
    RETURN;
  END IF;
{_CLOSE_AND_EXPIRE}
  IF p_amount IS NULL THEN
    RETURN;
  END IF;
  PERFORM public.oms_ai_budget_month(p_tenant, v_month);
  UPDATE public.ai_budget_months b
  SET reserved_cents = b.reserved_cents + p_amount, updated_at = now()
  WHERE b.distributor_id = p_tenant AND b.month = v_month AND v_budget > 0 AND p_amount > 0
    AND b.spent_cents + b.reserved_cents + p_amount <= v_budget
  RETURNING b.spent_cents, b.reserved_cents INTO v_spent, v_reserved;
  IF FOUND THEN
    INSERT INTO public.ai_budget_reservations (distributor_id, month, amount_cents, expires_at, lease)
    VALUES (p_tenant, v_month, p_amount, now() + make_interval(secs => p_ttl_seconds), true)
    RETURNING id INTO v_id;
  END IF;
  RETURN QUERY SELECT v_id, v_budget, v_spent, v_reserved;
END
$f$;
"""

SETTLE = r"""
-- Settle a reservation (release it) and, unless p_attempt is null, meter the attempt it paid for: an
-- ai_responses row ('response'), the usage row ('usage') and, for a failed attempt, an ai_errors row
-- ('error'); then, last, one update: for an attempt granted from a lease (p_reservation names a lease),
-- of the lease row, which keeps the cost until the lease is closed (the lease's amount stays reserved);
-- otherwise of the month row: the reservation released and the real cost spent. One transaction, so the
-- ledgers never disagree. (A call that gave up meters its one logical request with a 'usage' alone.)
CREATE OR REPLACE FUNCTION public.oms_ai_settle(p_tenant uuid, p_reservation uuid, p_attempt jsonb)
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
DECLARE
  u record;
  v_reserved_month date;
  v_released numeric := 0;
  v_month date;
  v_cost numeric := 0;
  v_lease boolean := false;
BEGIN
  PERFORM set_config('app.current_distributor_id', p_tenant::text, true);
  IF p_reservation IS NOT NULL THEN
    DELETE FROM public.ai_budget_reservations r WHERE r.id = p_reservation AND NOT r.lease
    RETURNING r.month, r.amount_cents INTO v_reserved_month, v_released;
    v_lease := NOT FOUND;  -- a lease (or a reservation gone: expired, or a lease closed)
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

  IF v_lease AND v_cost <> 0 THEN
    -- Spent under a lease of the same month: on the lease row (moved into the month's when it closes).
    UPDATE public.ai_budget_reservations r SET spent_cents = r.spent_cents + v_cost
    WHERE r.id = p_reservation AND r.lease AND r.month = v_month;
    IF FOUND THEN
      RETURN;
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


def _module(name: str) -> object:
    path = Path(__file__).with_name(name)
    spec = importlib.util.spec_from_file_location(f"oms_migration_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _definition(sql: str, start: str) -> str:
    found = re.search(re.escape(start) + r".*?\$f\$;", sql, re.DOTALL)
    assert found, start
    return found.group(0)


def _reserve(expire: str) -> str:
    """0032's oms_ai_reserve, made CREATE OR REPLACE, with `expire` for its expiry statement."""
    old = str(_module("0032_reserve_reuses.py").RESERVE)  # type: ignore[attr-defined]
    start = old.index("  WITH gone AS (")
    end = old.index("WHERE b.distributor_id = p_tenant AND b.month = g.month;", start)
    end += len("WHERE b.distributor_id = p_tenant AND b.month = g.month;\n")
    body = old[:start] + expire.lstrip("\n") + old[end:]
    return body.replace("CREATE FUNCTION public.oms_ai_reserve(", "CREATE OR REPLACE FUNCTION public.oms_ai_reserve(")


def upgrade() -> None:
    op.execute(COLUMNS)
    op.execute(_reserve(_EXPIRE.format(close="")))
    op.execute(LEASE)
    op.execute(SETTLE)


def downgrade() -> None:
    # Open leases first: their spend into the month rows, their amounts released.
    op.execute(
        "WITH gone AS (DELETE FROM public.ai_budget_reservations r WHERE r.lease "
        "RETURNING r.distributor_id, r.month, r.amount_cents, r.spent_cents) "
        "UPDATE public.ai_budget_months b SET reserved_cents = greatest(b.reserved_cents - g.total, 0), "
        "spent_cents = b.spent_cents + g.spent FROM (SELECT distributor_id, month, sum(amount_cents) AS total, "
        "sum(spent_cents) AS spent FROM gone GROUP BY distributor_id, month) g "
        "WHERE b.distributor_id = g.distributor_id AND b.month = g.month"
    )
    op.execute("DROP FUNCTION public.oms_ai_lease(uuid, numeric, integer, uuid[])")
    settle = str(_module("0031_settle_once.py").SETTLE)  # type: ignore[attr-defined]
    op.execute(_definition(settle, "CREATE OR REPLACE FUNCTION public.oms_ai_settle("))
    reserve = str(_module("0032_reserve_reuses.py").RESERVE)  # type: ignore[attr-defined]
    op.execute(reserve.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
    op.execute("ALTER TABLE public.ai_budget_reservations DROP COLUMN spent_cents, DROP COLUMN lease")
