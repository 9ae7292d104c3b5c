"""The first reservation of a message's paid call also looks for the reply an earlier attempt paid for (#11).

Revision ID: 0032
Revises: 0031
Create Date: 2026-12-06

A paid message made two round trips before its call: ``oms_paid_reply`` (migration 0016: a reply an
earlier attempt already paid for, reused after an interrupted worker instead of bought again) and then
``oms_ai_reserve``. ``oms_ai_reserve`` now takes ``p_reuse``, the attempt stage whose successful reply
may be reused: given it, a reply of that stage for the message is returned (``paid_output``,
``paid_provider``, ``paid_model``) and nothing is reserved; otherwise the reservation is made as before
(its rules are unchanged: granted while spend plus open reservations is under the budget). A null
``p_amount`` only looks (an open circuit breaker: no attempt may be made, but a paid reply may still be
used). ``oms_paid_reply`` goes: nothing calls it any more.

``oms_record_paid``: the pipeline's write (``oms_record_pipeline``) and the settlement of the paid
attempt its reading came from (``oms_ai_settle``), in one statement and one transaction: a paid message
makes one round trip and one commit fewer. The settlement comes last, so the tenant's month row is held
only for the commit, as before. A message another run already wrote ('stale', 'missing') still has its
attempt settled here: the attempt was made and billed whatever the write finds.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from alembic import op

revision = "0032"
down_revision = "0031"
branch_labels = None
depends_on = None

OLD_SIGNATURE = "public.oms_ai_reserve(uuid, uuid, numeric, integer)"
NEW_SIGNATURE = "public.oms_ai_reserve(uuid, uuid, numeric, integer, text)"

RESERVE = r"""
-- Reserve p_amount cents for one paid attempt. Granted (a reservation id) while the month's spend plus
-- its open reservations is under the budget; the conditional UPDATE of the month row is the atomic step
-- (READ COMMITTED re-checks its WHERE against the row a concurrent reservation committed). Reservations
-- past their expiry (a process that died mid-call) are released first. Also returns the tenant's AI
-- settings (distributors.settings -> 'ai'). With p_reuse (an attempt stage) and a message, a successful
-- reply of that stage an earlier attempt paid for is returned instead, and nothing is reserved; a null
-- p_amount only looks for it.
CREATE FUNCTION public.oms_ai_reserve(
  p_tenant uuid, p_message uuid, p_amount numeric, p_ttl_seconds integer, p_reuse text DEFAULT NULL
) RETURNS TABLE (reservation_id uuid, budget_cents numeric, spent_cents numeric, reserved_cents numeric,
                 ai_settings jsonb, paid_output jsonb, paid_provider text, paid_model text)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
#variable_conflict use_column
DECLARE
  v_month date := date_trunc('month', now() AT TIME ZONE 'UTC')::date;
  v_budget numeric;
  v_settings jsonb;
  v_spent numeric;
  v_reserved numeric;
  v_id uuid;
  v_paid record;
BEGIN
  PERFORM set_config('app.current_distributor_id', p_tenant::text, true);
  SELECT d.monthly_ai_budget_usd * 100, coalesce(d.settings -> 'ai', '{}'::jsonb)
    INTO v_budget, v_settings FROM public.distributors d WHERE d.id = p_tenant;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF p_reuse IS NOT NULL AND p_message IS NOT NULL THEN
    SELECT r.output, r.provider::text AS provider, r.model::text AS model INTO v_paid
      FROM public.ai_responses r
     WHERE r.message_id = p_message AND r.distributor_id = p_tenant AND r.stage = p_reuse
       AND r.output->>'outcome' = 'ok'
     LIMIT 1;
    IF FOUND THEN
      RETURN QUERY SELECT NULL::uuid, v_budget, NULL::numeric, NULL::numeric, v_settings, v_paid.output,
                          v_paid.provider, v_paid.model;
      RETURN;
    END IF;
  END IF;
  IF p_amount IS NULL THEN  -- only looking
    RETURN QUERY SELECT NULL::uuid, v_budget, NULL::numeric, NULL::numeric, v_settings, NULL::jsonb,
                        NULL::text, NULL::text;
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
  RETURN QUERY SELECT v_id, v_budget, v_spent, v_reserved, v_settings, NULL::jsonb, NULL::text, NULL::text;
END
$f$;
"""


RECORD_PAID = r"""
-- The pipeline's write and the settlement of the paid attempt its reading came from, in one transaction
-- (jobs/pipeline/store.py): the write first, then oms_ai_settle (the month row last, held only for the
-- commit). The attempt is settled whatever the write finds ('stale', 'missing'): it was made and billed.
CREATE FUNCTION public.oms_record_paid(
  p_tenant uuid, p_message uuid, p_plan jsonb, p_reservation uuid, p_attempt jsonb
) RETURNS TABLE(outcome text, order_id uuid, deliveries uuid[], wrote text[])
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $f$
BEGIN
  RETURN QUERY SELECT * FROM public.oms_record_pipeline(p_tenant, p_message, p_plan);
  PERFORM public.oms_ai_settle(p_tenant, p_reservation, p_attempt);
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


def upgrade() -> None:
    op.execute(f"DROP FUNCTION {OLD_SIGNATURE}")
    op.execute(RESERVE)
    op.execute("DROP FUNCTION public.oms_paid_reply(uuid, uuid)")
    op.execute(RECORD_PAID)


def downgrade() -> None:
    op.execute("DROP FUNCTION public.oms_record_paid(uuid, uuid, jsonb, uuid, jsonb)")
    op.execute(f"DROP FUNCTION {NEW_SIGNATURE}")
    old = str(_module("0011_paid_ai.py").FUNCTIONS)  # type: ignore[attr-defined]
    op.execute(_definition(old, "CREATE OR REPLACE FUNCTION public.oms_ai_reserve("))
    op.execute(str(_module("0016_one_writer.py").PAID_REPLY))  # type: ignore[attr-defined]
