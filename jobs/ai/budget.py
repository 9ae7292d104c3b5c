"""The monthly AI budget: reserve a paid attempt's maximum cost before it is made, settle it after.

A check of committed spend before each call lets every call in flight through at once (a $0.06 budget
spent $0.10 with 48 threads). Instead each HTTP attempt first reserves its ceiling (the prompt's token
bound and ``max_tokens``, priced) with ``oms_ai_reserve``: one conditional UPDATE of the tenant's month
row (``ai_budget_months``: spend and open reservations), granted while spend plus open reservations is
under the budget. Calls in flight therefore see each other, and spend can pass the budget by at most one
reservation, under any concurrency. ``oms_ai_settle`` then releases the reservation and meters the
attempt (jobs/ai/metering.py) in the same transaction, so the real cost replaces the ceiling atomically.
A process that dies mid-call leaves a reservation that expires (`ttl`), so no budget leaks for long.

`reserve_attempt` first grants the attempt from a lease of this process's (jobs/ai/leases.py,
migration 0035: many attempts' ceilings reserved at once, when they fit whole in the budget), which
touches no month row; only when no lease fits does it reserve the attempt on its own, as above.

Both are one autocommit statement on the function pool: no transaction of the caller's is held open
while the model is thinking. Money is exact: cents as decimals with 10 places, budgets in dollars with 6.
"""

from __future__ import annotations

import json
import threading
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import psycopg
from sqlalchemy import text
from sqlalchemy.orm import Session

from db.session import function_connection
from db.tenant_token import call_as_tenant
from jobs.ai.leases import Lease, lease_book, lease_ttl
from jobs.ai.metering import slot
from worker import metrics

_RESERVE = (
    "SELECT reservation_id, budget_cents, spent_cents, reserved_cents, paid_output, "
    "paid_provider, paid_model FROM public.oms_ai_reserve(%s::uuid, %s::uuid, %s::numeric, %s::integer, %s::text)"
)
_SETTLE = "SELECT public.oms_ai_settle(%s::uuid, %s::uuid, %s::jsonb)"


@dataclass(frozen=True)
class Reservation:
    """The answer to one reservation: granted (an id) or refused, and where the tenant stands."""

    id: uuid.UUID | None
    amount_cents: Decimal
    budget_cents: Decimal
    spent_cents: Decimal
    reserved_cents: Decimal
    # A reply an earlier attempt paid for (`reserve(..., reuse=stage)`): its output, provider and model.
    paid: tuple[dict[str, Any], str, str] | None = None
    # Granted from this process's lease (`id` is the lease's): settled into it, see `release`.
    lease: Lease | None = None

    @property
    def granted(self) -> bool:
        return self.id is not None

    def release(self, cost_cents: Decimal) -> None:
        """This process's count of a lease's use: the attempt's real cost (0: nothing was sent) in place
        of its ceiling, once its settlement is made (or, with nothing to meter, instead of it)."""
        if self.lease is not None:
            lease_book().settled(self.lease, self.amount_cents, cost_cents)


@dataclass(frozen=True)
class Looked:
    """What a first reservation looks up, read beforehand with the message's snapshot
    (`oms_message_snapshot` with `p_reuse`, migrations 0037 and 0040): the tenant's budget in cents, and
    a reply an earlier attempt paid for (its output, provider and model) or None."""

    budget_cents: Decimal
    paid: tuple[dict[str, Any], str, str] | None = None


def reserve_attempt(
    tenant: uuid.UUID,
    message_id: uuid.UUID | None,
    amount_cents: Decimal,
    ttl_seconds: int,
    reuse: str | None = None,
    looked: Looked | None = None,
) -> Reservation:
    """`reserve`, granted from this process's lease of the tenant's budget when one fits, otherwise
    reserved on its own. A lease's grant updates no month row, but it looks for a reply already paid for
    (`reuse`), and reads the budget, so that a budget changed since the lease was taken (0: AI disabled)
    retires the lease at once and the attempt is reserved under the new budget instead: from `looked`
    when the caller read them already (the pipeline, with the message's snapshot), otherwise with one
    read-only round trip (`reserve` with no amount)."""
    if looked is not None and reuse is not None and looked.paid is not None:
        return Reservation(None, Decimal(0), looked.budget_cents, Decimal(0), Decimal(0), paid=looked.paid)
    book = lease_book()
    lease = book.grant(tenant, amount_cents, lease_ttl(ttl_seconds))
    if lease is None:
        alone = reserve(tenant, message_id, amount_cents, ttl_seconds, reuse)
        if alone.granted or alone.paid is not None or not book.give_back(tenant):
            return alone
        # Refused while this process's idle leases held budget: they are closed now; ask again.
        return reserve(tenant, message_id, amount_cents, ttl_seconds)
    granted = Reservation(book.row_id(lease), amount_cents, lease.budget, Decimal(0), Decimal(0), lease=lease)
    if looked is not None:
        found = Reservation(None, Decimal(0), looked.budget_cents, Decimal(0), Decimal(0))
    else:
        try:
            found = reserve(tenant, message_id, None, ttl_seconds, reuse)
        except BaseException:
            granted.release(Decimal(0))
            raise
    if found.paid is not None:
        granted.release(Decimal(0))
        return found
    if found.budget_cents != lease.budget:
        granted.release(Decimal(0))
        book.retire(lease)
        return reserve(tenant, message_id, amount_cents, ttl_seconds)
    return granted


def reserve(
    tenant: uuid.UUID,
    message_id: uuid.UUID | None,
    amount_cents: Decimal | None,
    ttl_seconds: int,
    reuse: str | None = None,
) -> Reservation:
    """Reserve `amount_cents` for one attempt; refused (id None) when the month's spend plus open
    reservations has reached the budget, or the budget is 0 (AI disabled). With `reuse` (an attempt
    stage), a successful reply of that stage an earlier attempt made for the message is returned
    (`paid`) and nothing is reserved, in the same round trip; `amount_cents` None only looks for it."""
    with function_connection() as conn:
        row = call_as_tenant(
            conn, _RESERVE, (tenant, message_id, amount_cents, ttl_seconds, reuse)
        ).fetchone()
    if row is None:
        raise LookupError(f"distributor {tenant} not found")
    rid, budget, spent, reserved, output, provider, model = row
    return Reservation(
        rid,
        amount_cents or Decimal(0),
        Decimal(budget),
        Decimal(spent or 0),
        Decimal(reserved or 0),
        None if output is None else (output, provider or "", model or ""),
    )


def settlement(attempt: dict[str, Any], usage_slot: int) -> str:
    """`oms_ai_settle`'s argument: the attempt, its usage row in `usage_slot`, the slot of the thread
    that writes it (jobs/ai/metering.py `slot`). The record is made on the call runner's one loop thread,
    whose slot would put every paid attempt of the process in one usage row, which every paid write then
    held until its commit's flush, one at a time."""
    usage = attempt.get("usage")
    if isinstance(usage, dict):
        attempt = {**attempt, "usage": {**usage, "slot": usage_slot}}
    return json.dumps(attempt, default=str)


def settle(tenant: uuid.UUID, reservation_id: uuid.UUID | None, attempt: dict[str, Any] | None) -> None:
    """Release a reservation and meter the attempt it paid for (None: nothing was sent)."""
    payload = None if attempt is None else settlement(attempt, slot())
    with function_connection() as conn:
        call_as_tenant(conn, _SETTLE, (tenant, reservation_id, payload))


def settle_grant(tenant: uuid.UUID, granted: Reservation, attempt: dict[str, Any] | None) -> None:
    """`settle` for what `reserve_attempt` granted: nothing to write for a lease's attempt that sent
    nothing; the lease's count updated once the settlement is made."""
    if granted.lease is None or attempt is not None:
        settle(tenant, granted.id, attempt)
    granted.release(attempt_cost(attempt))


def attempt_cost(attempt: dict[str, Any] | None) -> Decimal:
    """What a metered attempt cost, in cents (0: none)."""
    usage = (attempt or {}).get("usage") or {}
    return Decimal(str(usage.get("cost") or 0))


class Unsettled:
    """A successful attempt's settlement, left for the pipeline's write to make in its own transaction
    (`oms_record_paid`: one statement and one commit fewer per paid message). Made exactly once: by the
    write (`take`, then `made`, or `give_back` when the write failed), or by `settle` on its own (the
    write did not happen: an error, a time limit; the runner, when the thread that asked stopped
    waiting). The attempt row's id is fixed, so a settlement made twice (a write whose commit was not
    answered) fails on it instead of metering twice."""

    def __init__(
        self,
        tenant: uuid.UUID,
        reservation_id: uuid.UUID | None,
        attempt: dict[str, Any],
        granted: Reservation | None = None,
    ) -> None:
        self.tenant, self.reservation_id, self.granted = tenant, reservation_id, granted
        attempt["response"].setdefault("id", str(uuid.uuid4()))
        self.attempt = attempt
        self._lock = threading.Lock()
        self._state = "open"  # -> taken (by a write) -> made; or -> made by `settle`

    def payload(self, usage_slot: int) -> str:
        """The settlement's argument for a write that makes it: `settlement`."""
        return settlement(self.attempt, usage_slot)

    def take(self) -> bool:
        with self._lock:
            if self._state != "open":
                return False
            self._state = "taken"
            return True

    def give_back(self) -> None:
        with self._lock:
            if self._state == "taken":
                self._state = "open"

    def made(self) -> None:
        with self._lock:
            self._state = "made"
        count_attempt(self.tenant, self.attempt)
        if self.granted is not None:
            self.granted.release(attempt_cost(self.attempt))

    @property
    def open(self) -> bool:
        return self._state == "open"

    def settle(self) -> None:
        """Make the settlement on its own, unless a write made (or is making) it."""
        if not self.take():
            return
        try:
            settle(self.tenant, self.reservation_id, self.attempt)
        except psycopg.errors.UniqueViolation:
            pass  # made already, by a write whose answer was lost
        except BaseException:
            self.give_back()
            raise
        self.made()


def count_attempt(tenant: uuid.UUID, attempt: dict[str, Any]) -> None:
    """A metered attempt into the Prometheus counters, per tenant and model."""
    usage = attempt["response"]
    metrics.count_ai_usage(
        str(tenant),
        usage["model"],
        int(usage["prompt_tokens"] or 0),
        int(usage["completion_tokens"] or 0),
        float(usage["cost_cents"]) / 100,
    )


def month_to_date_cost_usd(session: Session, at: datetime | None = None) -> Decimal:
    """The session tenant's AI spend this calendar month (UTC), in dollars, exact."""
    when = (at or datetime.now(UTC)).astimezone(UTC)
    cents = session.execute(
        text(
            "SELECT coalesce(sum(cost_cents), 0) FROM ai_usage_metrics WHERE date >= :start AND date <= :today"
        ),
        {"start": when.date().replace(day=1), "today": when.date()},
    ).scalar_one()
    return Decimal(cents) / 100


def budget_exceeded(spent_usd: Decimal, budget_usd: Decimal) -> bool:
    """True when a tenant may not make another paid AI call this month: it has spent its whole budget, or
    its budget is 0 (AI disabled). A negative budget is treated as 0."""
    if budget_usd <= 0:
        return True
    return spent_usd >= budget_usd
