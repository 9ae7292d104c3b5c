"""Paid calls with money at stake: the budget holds under concurrency, retries wait as told, the breaker
fails fast, and the model never sees names or addresses (measured on tests/data/personal.jsonl)."""

from __future__ import annotations

import json
import uuid
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tenacity import RetryCallState

from db import models as m
from db.session import tenant_session
from db.tenants import create_tenant
from jobs.ai import budget
from jobs.ai.breaker import CircuitBreaker, State
from jobs.ai.calls import Policy, _wait, call_model
from jobs.ai.openai_provider import OpenAIProvider
from jobs.ai.providers import ProviderError
from jobs.ai.runner import get_runner
from jobs.language.personal import find_personal, redact_for_model
from tests.fake_openai import FakeOpenAI

REPLY = {"intent": "OTHER", "confidence": 0.9, "lines": []}
FAST = Policy(timeout=5, max_attempts=3, max_wait=20, backoff=0.01)


def _spent(tenant_id: uuid.UUID) -> tuple[Decimal, Decimal, Decimal]:
    with tenant_session(tenant_id) as s:
        metered = s.scalar(select(func.coalesce(func.sum(m.AIUsageMetric.cost_cents), 0)))
        month = s.scalars(select(m.AIBudgetMonth)).one()
        return Decimal(metered), month.spent_cents, month.reserved_cents


def test_budget_holds_under_concurrency(settings):  # type: ignore[no-untyped-def]
    tight = create_tenant("Sub-cent Budget Foods", budget_usd=Decimal("0.001"))
    with tenant_session(tight.id) as s:
        assert s.get(m.Distributor, tight.id).monthly_ai_budget_usd == Decimal("0.001")  # not 0.00
    with FakeOpenAI(api_key="k", latency=0.02, default=REPLY, record=False) as server:
        provider = OpenAIProvider("k", base_url=server.base_url, max_tokens=200)
        reservation = provider.max_cost_cents("order 1")

        def one(i: int) -> str:
            patient = Policy(timeout=30, max_attempts=3, max_wait=60, backoff=0.01)  # a loaded machine
            result = get_runner().run(call_model(provider, tight.id, None, f"order {i}", patient))
            return "ok" if result.analysis else result.error.kind  # type: ignore[union-attr]

        with ThreadPoolExecutor(24) as pool:
            outcomes = list(pool.map(one, range(120)))
        # Calls refused while others held reservations may leave budget unspent; once nothing is in
        # flight, calls one at a time must go through until the budget is used to within one reservation.
        for i in range(120, 400):
            outcomes.append(one(i))
            if outcomes[-1] == "budget":
                break
        metered, spent, reserved = _spent(tight.id)
    budget_cents = Decimal("0.1")
    assert outcomes[-1] == "budget", outcomes[-5:]
    assert outcomes.count("ok") == server.billed.replies > 0, outcomes
    assert set(outcomes) == {"ok", "budget"}, outcomes
    assert reserved == 0 and spent == metered  # every reservation settled; the month row agrees
    assert metered <= budget_cents + reservation, (metered, reservation)
    assert metered >= budget_cents - reservation  # and the budget was used, not refused early


def test_budget_holds_under_concurrency_with_leases(settings, monkeypatch):  # type: ignore[no-untyped-def]
    """Leases (jobs/ai/leases.py, small here so that a few fit) and one-at-a-time reservations at the
    budget's end, under concurrency: spend passes the budget by at most one reservation, and reaches it."""
    from jobs.ai import leases

    monkeypatch.setattr(leases, "LEASE_ATTEMPTS", 4)
    taken: list[uuid.UUID | None] = []
    call = leases.LeaseBook._call

    def counted(*args):  # type: ignore[no-untyped-def]
        found = call(*args)
        if args[1] is not None:
            taken.append(found)
        return found

    monkeypatch.setattr(leases.LeaseBook, "_call", staticmethod(counted))
    t = create_tenant("Leased Budget Foods", budget_usd=Decimal("0.01"))  # 1 cent
    with FakeOpenAI(api_key="k", latency=0.02, default=REPLY, record=False) as server:
        provider = OpenAIProvider("k", base_url=server.base_url, max_tokens=200)
        reservation = provider.max_cost_cents("order 1")
        assert reservation * leases.LEASE_ATTEMPTS * 3 < 1  # a few leases fit in the budget

        def one(i: int) -> str:
            patient = Policy(timeout=30, max_attempts=3, max_wait=60, backoff=0.01)
            result = get_runner().run(call_model(provider, t.id, None, f"order {i}", patient))
            return "ok" if result.analysis else result.error.kind  # type: ignore[union-attr]

        with ThreadPoolExecutor(24) as pool:
            outcomes = list(pool.map(one, range(150)))
        for i in range(150, 1000):
            outcomes.append(one(i))
            if outcomes[-1] == "budget":
                break
        leases.lease_book().sweep(everything=True)  # as the process's sweep or exit: leases closed
        metered, spent, reserved = _spent(t.id)
    assert sum(x is not None for x in taken) >= 3, taken  # leases were granted, and refused at the end
    assert None in taken
    assert outcomes[-1] == "budget", outcomes[-5:]
    assert outcomes.count("ok") == server.billed.replies > 0, outcomes
    assert set(outcomes) == {"ok", "budget"}, outcomes
    assert reserved == 0 and spent == metered  # every lease closed, its spend in the month row
    assert metered <= 1 + reservation, (metered, reservation)
    assert metered >= 1 - reservation


def test_reservation_expires_when_never_settled(settings):  # type: ignore[no-untyped-def]
    t = create_tenant("Crashy Foods", budget_usd=Decimal("0.01"))
    first = budget.reserve(t.id, None, Decimal("0.9"), ttl_seconds=0)
    assert first.granted
    second = budget.reserve(t.id, None, Decimal("0.9"), ttl_seconds=60)  # the first has expired
    assert second.granted and second.reserved_cents == Decimal("0.9")
    third = budget.reserve(t.id, None, Decimal("0.9"), ttl_seconds=60)  # 0.9 < 1 cent: still granted
    assert third.granted and third.reserved_cents == Decimal("1.8")
    assert not budget.reserve(t.id, None, Decimal("0.0001"), ttl_seconds=60).granted  # 1.8 >= 1
    budget.settle(t.id, second.id, None)
    budget.settle(t.id, third.id, None)
    assert _spent(t.id)[2] == 0


def test_settling_releases_and_spends_in_the_right_months(settings):  # type: ignore[no-untyped-def]
    """One update of the month row (0031) releases the reservation and adds the cost; an attempt that
    ends in the next month spends there and releases where it reserved."""
    from datetime import UTC, date, datetime, timedelta

    from db.enums import AgentType
    from jobs.ai.calls import attempt_record
    from jobs.ai.metering import usage_row
    from jobs.ai.providers import AIUsage

    t = create_tenant("Month End Foods", budget_usd=5)
    usage = AIUsage(
        "openai", "gpt-4o-mini", prompt_tokens=100, completion_tokens=10, cost_cents=Decimal("0.0021")
    )

    def months() -> dict[date, tuple[Decimal, Decimal]]:
        with tenant_session(t.id) as s:
            return {x.month: (x.spent_cents, x.reserved_cents) for x in s.scalars(select(m.AIBudgetMonth))}

    def settle(reservation: uuid.UUID | None, at: datetime) -> None:
        record = attempt_record(AgentType.MESSAGE_ANALYSIS, None, 1, usage, mode="json_schema")
        record["usage"] = usage_row(AgentType.MESSAGE_ANALYSIS, usage, at=at, attempts=1)
        budget.settle(t.id, reservation, record)

    now = datetime.now(UTC)
    this_month = now.date().replace(day=1)
    first = budget.reserve(t.id, None, Decimal("0.5"), ttl_seconds=60)
    second = budget.reserve(t.id, None, Decimal("0.5"), ttl_seconds=60)
    assert months()[this_month] == (Decimal(0), Decimal("1.0"))
    settle(first.id, now)
    assert months()[this_month] == (Decimal("0.0021"), Decimal("0.5"))
    next_month = (this_month + timedelta(days=32)).replace(day=1)
    settle(second.id, datetime(next_month.year, next_month.month, 1, 0, 5, tzinfo=UTC))
    assert months() == {
        this_month: (Decimal("0.0021"), Decimal(0)),
        next_month: (Decimal("0.0021"), Decimal(0)),
    }


def test_a_lease_keeps_its_spend_until_closed_or_expired(settings):  # type: ignore[no-untyped-def]
    """A lease counts whole against the budget; its attempts' costs go to the lease row, into the month
    row when it is closed (or expires: a process that died), and straight there once it is gone."""
    from datetime import UTC, datetime

    from db.enums import AgentType
    from jobs.ai.calls import attempt_record
    from jobs.ai.leases import LEASE_ATTEMPTS, LeaseBook
    from jobs.ai.metering import usage_row
    from jobs.ai.providers import AIUsage

    t = create_tenant("Lease Foods", budget_usd=1)  # 100 cents
    cost = Decimal("0.0021")
    usage = AIUsage("openai", "gpt-4o-mini", prompt_tokens=100, completion_tokens=10, cost_cents=cost)

    def settle(reservation: uuid.UUID) -> None:
        record = attempt_record(AgentType.MESSAGE_ANALYSIS, None, 1, usage, mode="json_schema")
        record["usage"] = usage_row(AgentType.MESSAGE_ANALYSIS, usage, at=datetime.now(UTC), attempts=1)
        budget.settle(t.id, reservation, record)

    def month() -> tuple[Decimal, Decimal]:
        return _spent(t.id)[1:]

    book, ceiling = LeaseBook(), Decimal("0.5")
    amount = ceiling * LEASE_ATTEMPTS  # 50 cents
    first = book.grant(t.id, ceiling, ttl_seconds=0)  # expired in the database at once
    assert first is not None and first.amount == amount and month() == (0, amount)
    assert book.grant(t.id, ceiling, ttl_seconds=0) is first  # granted from in memory
    settle(first.id)
    assert month() == (0, amount)  # the cost is on the lease row
    # Its expiry (released by the next statement that reserves) moves its spend into the month row.
    assert budget.reserve(t.id, None, Decimal("0.1"), ttl_seconds=600).granted
    assert month() == (cost, Decimal("0.1"))
    settle(first.id)  # an attempt that outlived its lease: straight into the month row
    assert month() == (2 * cost, Decimal("0.1"))

    second = LeaseBook()
    lease = second.grant(t.id, ceiling, ttl_seconds=600)
    assert lease is not None and month() == (2 * cost, Decimal("0.1") + amount)
    assert second.grant(t.id, amount, ttl_seconds=600) is None  # fits neither in it nor whole beside it
    settle(lease.id)
    second.settled(lease, ceiling, cost)
    assert second.sweep(everything=True) == 1  # closed: spend moved, amount released
    assert month() == (3 * cost, Decimal("0.1"))


def test_threads_sharing_a_lease_settle_into_rows_of_their_own(settings, monkeypatch):  # type: ignore[no-untyped-def]
    """Threads that share a lease settle into spend rows of their own (migration 0037), so none of them
    waits on another's row lock through its commit's WAL flush; closing the lease moves every row's spend
    into the month row and releases the lease's amount."""
    import threading
    from datetime import UTC, datetime

    from db.enums import AgentType
    from jobs.ai import leases
    from jobs.ai.calls import attempt_record
    from jobs.ai.metering import usage_row
    from jobs.ai.providers import AIUsage

    monkeypatch.setattr(leases, "LEASE_SLOTS", 1)  # every thread in one slot: one lease for them all
    t = create_tenant("Row Foods", budget_usd=1)  # 100 cents
    cost = Decimal("0.0021")
    usage = AIUsage("openai", "gpt-4o-mini", prompt_tokens=100, completion_tokens=10, cost_cents=cost)
    book, ceiling = leases.LeaseBook(), Decimal("0.01")
    registered, retired = threading.Barrier(4), threading.Barrier(4)
    rows: dict[int, uuid.UUID] = {}

    def work(i: int) -> None:
        first = book.grant(t.id, ceiling, ttl_seconds=600)  # the thread's slot and row are now known
        assert first is not None
        registered.wait()
        if i == 0:
            book.retire(first)  # the next grant takes a lease sized for the four threads
        retired.wait()
        book.settled(first, ceiling, Decimal(0))
        lease = book.grant(t.id, ceiling, ttl_seconds=600)
        assert lease is not None and lease is not first
        rows[i] = book.row_id(lease)
        record = attempt_record(AgentType.MESSAGE_ANALYSIS, None, 1, usage, mode="json_schema")
        record["usage"] = usage_row(AgentType.MESSAGE_ANALYSIS, usage, at=datetime.now(UTC), attempts=1)
        budget.settle(t.id, rows[i], record)
        book.settled(lease, ceiling, cost)

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(work, range(4)))
    assert len(set(rows.values())) == 4  # four threads, four rows
    with tenant_session(t.id) as s:
        spent = s.scalars(select(m.AIBudgetReservation.spent_cents).where(m.AIBudgetReservation.lease)).all()
    assert [x for x in spent if x] == [cost] * 4  # the second lease's four rows (the first's: nothing)
    assert book.sweep(everything=True) == 2
    metered, month_spent, reserved = _spent(t.id)
    assert month_spent == metered == 4 * cost and reserved == 0
    with tenant_session(t.id) as s:
        assert s.scalar(select(func.count()).select_from(m.AIBudgetReservation)) == 0


def test_zero_budget_refuses_everything(settings):  # type: ignore[no-untyped-def]
    t = create_tenant("No AI Foods", budget_usd=0)
    assert not budget.reserve(t.id, None, Decimal("0.0001"), ttl_seconds=60).granted


def _state(exc: BaseException, attempt: int = 1) -> RetryCallState:
    state = RetryCallState(None, None, (), {})  # type: ignore[arg-type]
    state.attempt_number = attempt
    state.set_exception((type(exc), exc, None))
    return state


def test_backoff_honours_retry_after_and_jitters():  # type: ignore[no-untyped-def]
    wait = _wait(backoff=0.5)
    told = ProviderError("429", kind="rate_limit", retry_after=7.0)
    assert wait(_state(told)) >= 7.0
    quiet = ProviderError("500", kind="server")
    waits = {round(wait(_state(quiet, attempt=3)), 6) for _ in range(20)}
    assert len(waits) > 1 and all(0 <= w <= 30 for w in waits)  # jittered, capped
    assert wait(_state(ProviderError("x", kind="schema_unsupported"))) == 0


def test_circuit_breaker_opens_fails_fast_and_probes():  # type: ignore[no-untyped-def]
    now = [0.0]
    b = CircuitBreaker(failures=3, cooldown=10, clock=lambda: now[0])
    for _ in range(3):
        assert b.allow()
        b.record("server")
    assert b.state is State.OPEN and not b.allow()
    now[0] = 10.0
    assert b.allow() and not b.allow()  # one probe at a time
    b.record("timeout")
    assert b.state is State.OPEN
    now[0] = 20.0
    assert b.allow()
    b.record("rate_limit")  # a 429 is the server answering: not an outage
    assert b.state is State.CLOSED and b.allow()


def test_open_circuit_makes_no_attempt(settings):  # type: ignore[no-untyped-def]
    t = create_tenant("Outage Foods", budget_usd=5)
    with FakeOpenAI(api_key="k") as server:
        for _ in range(10):
            server.fail(503)
        provider = OpenAIProvider("k", base_url=server.base_url)
        policy = Policy(
            timeout=5, max_attempts=10, max_wait=20, backoff=0.001, breaker_failures=3, breaker_cooldown=60
        )
        result = get_runner().run(call_model(provider, t.id, None, "2 cases coke", policy))
        assert result.error is not None and result.error.kind == "circuit_open"
        assert result.attempts == server.request_count == 3
        again = get_runner().run(call_model(provider, t.id, None, "2 cases coke", policy))
        assert again.error is not None and again.error.kind == "circuit_open" and again.attempts == 0


DATA = Path(__file__).parent / "data" / "personal.jsonl"


def test_names_and_addresses_never_reach_the_model():  # type: ignore[no-untyped-def]
    rows = [json.loads(x) for x in DATA.read_text().splitlines() if x.strip()]
    personal = kept = total_personal = total_keep = 0
    for r in rows:
        out = redact_for_model(r["text"], r.get("protected", []))
        personal += sum(p not in out for p in r["personal"])
        kept += sum(k in out for k in r["keep"])
        total_personal += len(r["personal"])
        total_keep += len(r["keep"])
    assert len(rows) >= 40
    # Measured on this set when it was written: 59/59 redacted, 78/78 order phrases kept.
    assert personal / total_personal >= 0.95
    assert kept / total_keep >= 0.95


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Jane Doe, 12 Baker Street, London NW1 6XE", ["Jane", "Baker Street", "NW1 6XE"]),
        ("john dot smith at gmail dot com", ["john", "gmail"]),
        ("my name is Sam Lee and I need 2 cases", ["Sam Lee"]),
    ],
)
def test_issue_examples_are_redacted(text, gone):  # type: ignore[no-untyped-def]
    out = redact_for_model(text)
    assert all(g not in out for g in gone), out
    assert find_personal("2 cases coke zero 330ml and 5kg tomatoes") == []


def test_oms_usage_reports_what_the_server_billed(settings):  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from cli.main import main

    t = create_tenant("Usage Report Foods", budget_usd=Decimal("0.5"))
    with FakeOpenAI(api_key="k") as server:
        server.fail(429)
        server.reply_json(REPLY, prompt_tokens=1000, completion_tokens=500)
        server.reply('{"intent": "ORDER"', prompt_tokens=300, completion_tokens=40)
        provider = OpenAIProvider("k", base_url=server.base_url)
        for text in ("first", "second"):
            get_runner().run(call_model(provider, t.id, None, text, FAST))
    result = CliRunner().invoke(main, ["usage", "--distributor", str(t.id), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.output)["rows"]
    # 1300 prompt x $0.15/M + 540 completion x $0.60/M = $0.000519
    assert (row["requests"], row["attempts"], row["errors"], row["tokens"]) == (2, 3, 2, 1840)
    assert row["spend_usd"] == "0.000519" and row["budget_left_usd"] == "0.499481"
    assert row["error_rate"] == round(2 / 3, 4)
    by_model = CliRunner().invoke(main, ["usage", "--distributor", str(t.id), "--by", "model"])
    assert "openai:gpt-4o-mini" in by_model.output
    bad = CliRunner().invoke(main, ["usage", "--month", "2026-13"])
    assert bad.exit_code == 2


def test_a_settlement_puts_the_usage_row_in_the_writers_slot_and_leaves_the_attempt_as_it_was() -> None:
    """The writing thread names its slot; the attempt, shared with the thread that recorded it, keeps
    the recorder's (reading the settlement used to rewrite it)."""
    attempt = {"response": {"model": "m"}, "usage": {"slot": 1, "cost": "0.5"}}
    unsettled = budget.Unsettled(uuid.uuid4(), None, attempt)
    assert json.loads(unsettled.payload(7))["usage"] == {"slot": 7, "cost": "0.5"}
    assert json.loads(budget.settlement(attempt, 3))["usage"]["slot"] == 3
    assert attempt["usage"] == {"slot": 1, "cost": "0.5"}
