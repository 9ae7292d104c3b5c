"""The pipeline on the OpenAI-compatible provider, end to end against a real HTTP server on loopback
(tests/fake_openai.py): every path ends in the right order status, with its ai_responses and ai_errors
rows, and both ledgers hold exactly what the server billed, attempt by attempt; a reply already paid for
is reused, and the successful attempt, settled by the pipeline's own write, is settled exactly once
whatever happens instead (a failed write, a caller that stops waiting, a settlement tried twice)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from db import models as m
from db.enums import OrderStatus
from db.session import tenant_session
from jobs.ai import budget
from jobs.ai.calls import Policy, call_model
from jobs.ai.openai_provider import PRICES, cost_cents
from jobs.ai.providers import get_provider
from jobs.ai.runner import get_runner
from jobs.pipeline import actors as pipeline
from jobs.pipeline import store
from tests.fake_openai import FakeOpenAI, paid_settings
from tests.seed import import_shipped_catalog, insert_message, order_for

ORDER_REPLY = {
    "intent": "ORDER",
    "confidence": 0.97,
    "lines": [
        {
            "quantity": 2,
            "unit": "case",
            "size": "330ml",
            "phrase": "coke zero",
            "original_text": "2 cases coke zero 330ml",
        },
        {"quantity": 5, "unit": "kg", "size": None, "phrase": "tomatoes", "original_text": "5kg tomatoes"},
    ],
}
TEXT = "2 cases coke zero 330ml and 5kg tomatoes"


@pytest.fixture()
def openai_server(monkeypatch, settings):  # type: ignore[no-untyped-def]
    with FakeOpenAI(api_key="sk-test") as server:
        s = paid_settings(settings, server)
        monkeypatch.setattr(pipeline, "get_settings", lambda: s)
        server.use = lambda **kw: monkeypatch.setattr(
            pipeline, "get_settings", lambda: paid_settings(settings, server, **kw)
        )  # type: ignore[attr-defined]
        yield server


def ledgers(tenant_id):  # type: ignore[no-untyped-def]
    """(attempt rows, tokens, cost) from ai_responses and (attempts, tokens, cost, requests, errors) from
    ai_usage_metrics, for the paid provider."""
    with tenant_session(tenant_id) as s:
        r = s.execute(
            select(
                func.count(),
                func.coalesce(func.sum(m.AIResponse.tokens_used), 0),
                func.coalesce(func.sum(m.AIResponse.cost_cents), 0),
            ).where(m.AIResponse.provider == "openai")
        ).one()
        u = s.execute(
            select(
                func.coalesce(func.sum(m.AIUsageMetric.attempts_count), 0),
                func.coalesce(func.sum(m.AIUsageMetric.tokens_used), 0),
                func.coalesce(func.sum(m.AIUsageMetric.cost_cents), 0),
                func.coalesce(func.sum(m.AIUsageMetric.requests_count), 0),
                func.coalesce(func.sum(m.AIUsageMetric.error_count), 0),
            ).where(m.AIUsageMetric.provider == "openai")
        ).one()
    return tuple(r), tuple(u)


def assert_ledgers_match_server(tenant_id, server, *, attempts, requests, errors):  # type: ignore[no-untyped-def]
    (rows, r_tokens, r_cost), (u_attempts, u_tokens, u_cost, u_requests, u_errors) = ledgers(tenant_id)
    billed = server.billed
    tokens = billed.prompt_tokens + billed.completion_tokens
    cost = cost_cents(billed.prompt_tokens, billed.completion_tokens, PRICES["gpt-4o-mini"])
    assert server.request_count == attempts == u_attempts
    assert (r_tokens, u_tokens) == (tokens, tokens)
    assert Decimal(r_cost) == Decimal(u_cost) == cost
    assert (u_requests, u_errors) == (requests, errors)
    assert rows - 1 <= attempts <= rows  # one ai_attempt row per attempt (+ the classify row)


def ai_metric(name: str, tenant_id, **labels: str) -> float:  # type: ignore[no-untyped-def]
    from prometheus_client import REGISTRY

    found = REGISTRY.get_sample_value(name, {"tenant": str(tenant_id), "model": "gpt-4o-mini", **labels})
    return found or 0.0


def errors_of(tenant_id, mid):  # type: ignore[no-untyped-def]
    with tenant_session(tenant_id) as s:
        return s.scalars(
            select(m.AIError).where(m.AIError.message_id == mid).order_by(m.AIError.retry_count)
        ).all()


def attempt_rows(tenant_id, mid):  # type: ignore[no-untyped-def]
    with tenant_session(tenant_id) as s:
        return s.scalars(
            select(m.AIResponse)
            .where(m.AIResponse.message_id == mid, m.AIResponse.stage == "ai_attempt")
            .order_by(m.AIResponse.created_at)
        ).all()


def test_structured_order_is_metered_and_sees_only_redacted_text(shop, openai_server):  # type: ignore[no-untyped-def]
    openai_server.reply_json(ORDER_REPLY, prompt_tokens=1000, completion_tokens=200)
    mid = insert_message(
        shop.id,
        "Hi it's Jane Doe, 2 cases coke zero 330ml and 5kg tomatoes to 12 Baker Street NW1 6XE, ring +44 7911 123456",
    )
    pipeline.run_pipeline_inline(mid, shop.id)
    order, _ = order_for(shop.id, mid)
    assert order.status == OrderStatus.CONFIRMED
    sent = openai_server.requests[0].message_text("user")
    for personal in ("7911", "Jane", "Doe", "Baker", "NW1"):
        assert personal not in sent
    assert "<PHONE>" in sent and "<NAME>" in sent and "<ADDRESS>" in sent and "coke zero" in sent
    assert openai_server.requests[0].body["response_format"]["type"] == "json_schema"
    # gpt-4o-mini: 1000 prompt tokens at $0.15/M + 200 completion tokens at $0.60/M = $0.00027 = 0.027 cents
    assert_ledgers_match_server(shop.id, openai_server, attempts=1, requests=1, errors=0)
    (attempt,) = attempt_rows(shop.id, mid)
    assert (attempt.tokens_used, attempt.cost_cents) == (1200, Decimal("0.027"))
    assert attempt.output["outcome"] == "ok" and attempt.output["reply"]["intent"] == "ORDER"
    # ... and so do the Prometheus counters of this process, per tenant and model.
    tokens = [ai_metric("oms_ai_tokens_total", shop.id, kind=k) for k in ("prompt", "completion")]
    assert tokens == [1000, 200]
    assert ai_metric("oms_ai_cost_usd_total", shop.id) == pytest.approx(0.00027)
    pipeline.run_pipeline_inline(mid, shop.id)  # a replay calls no AI and meters nothing
    assert openai_server.request_count == 1
    assert_ledgers_match_server(shop.id, openai_server, attempts=1, requests=1, errors=0)
    assert ai_metric("oms_ai_tokens_total", shop.id, kind="prompt") == 1000


def test_rate_limit_with_retry_after_then_success(shop, openai_server):  # type: ignore[no-untyped-def]
    openai_server.fail(429, headers={"retry-after-ms": "20"})
    openai_server.fail(429, headers={"retry-after-ms": "20"})
    openai_server.reply_json(ORDER_REPLY, prompt_tokens=700, completion_tokens=90)
    mid = insert_message(shop.id, TEXT)
    pipeline.run_pipeline_inline(mid, shop.id)
    order, _ = order_for(shop.id, mid)
    assert order.status == OrderStatus.CONFIRMED
    errs = errors_of(shop.id, mid)
    assert [(e.error_type, e.retry_count, e.is_final) for e in errs] == [
        ("ProviderError:rate_limit", 0, False),
        ("ProviderError:rate_limit", 1, False),
    ]
    assert errs[0].details["retry_after"] == 0.02
    assert [a.output["outcome"] for a in attempt_rows(shop.id, mid)] == ["rate_limit", "rate_limit", "ok"]
    assert_ledgers_match_server(shop.id, openai_server, attempts=3, requests=1, errors=2)


def test_server_errors_exhaust_the_attempts_then_local_analysis_and_review(shop, openai_server):  # type: ignore[no-untyped-def]
    for _ in range(4):
        openai_server.fail(500)
    mid = insert_message(shop.id, "2 cases of coke zero 330ml")
    pipeline.run_pipeline_inline(mid, shop.id)
    order, _ = order_for(shop.id, mid)
    assert order.status == OrderStatus.REVIEW
    assert any("AI provider failed (server)" in r for r in order.review_reasons)
    assert [e.error_type for e in errors_of(shop.id, mid)] == ["ProviderError:server"] * 4
    assert_ledgers_match_server(shop.id, openai_server, attempts=4, requests=1, errors=4)
    with tenant_session(shop.id) as s:
        classified = s.scalars(
            select(m.AIResponse).where(
                m.AIResponse.message_id == mid, m.AIResponse.stage == "classify_intent"
            )
        ).one()
        assert classified.provider == "local"  # the fallback's reading, at no cost


def test_answer_slower_than_the_timeout_is_retried(shop, openai_server):  # type: ignore[no-untyped-def]
    openai_server.use(ai_timeout_seconds=0.5)
    openai_server.hold()  # never answered in time
    openai_server.reply_json(ORDER_REPLY, prompt_tokens=500, completion_tokens=80)
    mid = insert_message(shop.id, TEXT)
    pipeline.run_pipeline_inline(mid, shop.id)
    order, _ = order_for(shop.id, mid)
    assert order.status == OrderStatus.CONFIRMED
    assert [e.error_type for e in errors_of(shop.id, mid)] == ["ProviderError:timeout"]
    assert_ledgers_match_server(shop.id, openai_server, attempts=2, requests=1, errors=1)


@pytest.mark.parametrize(
    ("script", "reason"),
    [
        (
            lambda srv: srv.reply('{"intent": "ORDER", "confidence": 0.9, "lines": [', prompt_tokens=300),
            "malformed",
        ),
        (lambda srv: srv.refuse(prompt_tokens=250), "refusal"),
    ],
    ids=["malformed_json", "refusal"],
)
def test_billed_reply_that_cannot_be_used_is_metered_and_reviewed(shop, openai_server, script, reason):  # type: ignore[no-untyped-def]
    script(openai_server)
    mid = insert_message(shop.id, "2 cases of coke zero 330ml")
    pipeline.run_pipeline_inline(mid, shop.id)
    order, _ = order_for(shop.id, mid)
    assert order.status == OrderStatus.REVIEW
    assert any(f"AI provider failed ({reason})" in r for r in order.review_reasons)
    assert [e.error_type for e in errors_of(shop.id, mid)] == [f"ProviderError:{reason}"]
    # Not retried (the same question would be paid again for the same answer), but billed and metered.
    assert_ledgers_match_server(shop.id, openai_server, attempts=1, requests=1, errors=1)
    assert openai_server.billed.prompt_tokens > 0


def test_server_without_structured_outputs_is_asked_in_json_mode(shop, openai_server):  # type: ignore[no-untyped-def]
    openai_server.schemas = False
    openai_server.reply_json(ORDER_REPLY, prompt_tokens=400, completion_tokens=60)
    mid = insert_message(shop.id, TEXT)
    pipeline.run_pipeline_inline(mid, shop.id)
    order, _ = order_for(shop.id, mid)
    assert order.status == OrderStatus.CONFIRMED
    assert [r.body["response_format"]["type"] for r in openai_server.requests] == [
        "json_schema",
        "json_object",
    ]
    assert_ledgers_match_server(shop.id, openai_server, attempts=2, requests=1, errors=1)


def test_tenant_over_budget_gets_local_analysis_and_review(settings, openai_server):  # type: ignore[no-untyped-def]
    from db.tenants import create_tenant

    broke = create_tenant("Tight Budget Foods", budget_usd=0)
    import_shipped_catalog(broke.id)
    mid = insert_message(broke.id, "2 cases of coke zero 330ml")
    pipeline.run_pipeline_inline(mid, broke.id)
    assert openai_server.requests == [], "no AI call may be made over budget"
    order, _ = order_for(broke.id, mid)
    assert order.status == OrderStatus.REVIEW
    assert any("budget" in r for r in order.review_reasons)


def test_order_text_only_tenant_sends_just_the_lines(shop, openai_server):  # type: ignore[no-untyped-def]
    from db.session import privileged_session

    with privileged_session() as s:
        s.execute(
            m.Distributor.__table__.update()
            .where(m.Distributor.id == shop.id)
            .values(settings={"ai": {"send": "order_text"}})
        )
    openai_server.reply_json(ORDER_REPLY)
    mid = insert_message(
        shop.id, "Morning! Hope the family is well after the wedding.\n2 cases coke zero 330ml\nCheers, Tom"
    )
    pipeline.run_pipeline_inline(mid, shop.id)
    sent = openai_server.requests[0].message_text("user")
    assert "coke zero" in sent and "wedding" not in sent and "Tom" not in sent


def test_hybrid_calls_the_model_only_when_local_is_unsure(shop, openai_server):  # type: ignore[no-untyped-def]
    openai_server.use(ai_provider="hybrid")
    sure = insert_message(shop.id, "2 cases coke zero 330ml")
    pipeline.run_pipeline_inline(sure, shop.id)
    assert openai_server.request_count == 0
    assert order_for(shop.id, sure)[0].status == OrderStatus.CONFIRMED
    openai_server.reply_json(ORDER_REPLY)
    unsure = insert_message(shop.id, "can u do me the usual fizzy stuff x2 and them red things, 5 kilo")
    pipeline.run_pipeline_inline(unsure, shop.id)
    assert openai_server.request_count == 1
    # Sure lines, but the decision holds the order for a person (CREDIT_TERMS): not sure, the model reads it
    openai_server.reply_json(ORDER_REPLY)
    terms = insert_message(shop.id, "Can we pay on account? 2 cases coke zero 330ml")
    pipeline.run_pipeline_inline(terms, shop.id)
    assert openai_server.request_count == 2


def test_text_over_the_analysis_cap_goes_to_review_without_a_paid_call(shop, openai_server):  # type: ignore[no-untyped-def]
    from jobs.pipeline.bounds import MAX_ANALYSED_CHARS, TEXT_TOO_LONG

    openai_server.reply_json(ORDER_REPLY)
    body = TEXT + "\n" + "and a long story about the weekend " * (MAX_ANALYSED_CHARS // 30)
    assert len(body) > MAX_ANALYSED_CHARS
    mid = insert_message(shop.id, body)
    pipeline.run_pipeline_fused(mid, shop.id)
    assert openai_server.request_count == 0  # nothing sent, nothing paid
    order, _ = order_for(shop.id, mid)
    assert order.status == OrderStatus.REVIEW
    assert any(r.startswith(TEXT_TOO_LONG) for r in order.review_reasons)


def _pay_without_writing(tenant_id, mid, server, settings, text=TEXT):  # type: ignore[no-untyped-def]
    """A worker that made the paid call (settled: its attempt row kept the reply) and stopped before the
    write, as after a time limit or a crash."""
    s = paid_settings(settings, server)
    result = get_runner().run(call_model(get_provider(s), tenant_id, mid, text, Policy.from_settings(s)))
    assert result.analysis is not None and result.attempts == 1


def test_a_budget_cut_after_a_lease_was_taken_stops_the_next_call(shop, openai_server):  # type: ignore[no-untyped-def]
    """The first reservation's look-up comes with the message's snapshot (migration 0037): a budget
    changed since this process's lease was taken (here to 0: AI disabled) retires the lease, and the next
    message is not sent to the model."""
    from db.session import privileged_session

    openai_server.reply_json(ORDER_REPLY)
    first = insert_message(shop.id, TEXT)
    pipeline.run_pipeline_inline(first, shop.id)
    assert openai_server.request_count == 1
    with privileged_session() as s:
        s.execute(update(m.Distributor).where(m.Distributor.id == shop.id).values(monthly_ai_budget_usd=0))
    second = insert_message(shop.id, TEXT)
    pipeline.run_pipeline_inline(second, shop.id)
    assert openai_server.request_count == 1, "no AI call may be made once the budget is 0"
    order, _ = order_for(shop.id, second)
    assert order.status == OrderStatus.REVIEW
    assert any("budget" in r for r in order.review_reasons)
    # the refused call is one more logical request, with no attempt
    assert_ledgers_match_server(shop.id, openai_server, attempts=1, requests=2, errors=0)


def test_a_redo_reuses_the_reply_an_interrupted_run_paid_for(shop, openai_server, settings):  # type: ignore[no-untyped-def]
    openai_server.reply_json(ORDER_REPLY, prompt_tokens=600, completion_tokens=70)
    mid = insert_message(shop.id, TEXT)
    _pay_without_writing(shop.id, mid, openai_server, settings)
    # The redo's first reservation finds the paid reply (same round trip) and reserves nothing.
    pipeline.run_pipeline_inline(mid, shop.id)
    assert openai_server.request_count == 1  # not bought again (the queue is empty: another call fails)
    order, _ = order_for(shop.id, mid)
    assert order.status == OrderStatus.CONFIRMED
    assert_ledgers_match_server(shop.id, openai_server, attempts=1, requests=1, errors=0)
    close_leases()
    with tenant_session(shop.id) as s:
        assert s.scalar(select(func.count()).select_from(m.AIBudgetReservation)) == 0
        month = s.scalars(select(m.AIBudgetMonth)).one()
        assert month.reserved_cents == 0 and month.spent_cents == Decimal(
            cost_cents(600, 70, PRICES["gpt-4o-mini"])
        )


def test_a_paid_reply_is_reused_even_while_the_circuit_is_open(shop, openai_server, settings):  # type: ignore[no-untyped-def]
    from jobs.ai.breaker import breaker_for

    openai_server.reply_json(ORDER_REPLY, prompt_tokens=600, completion_tokens=70)
    mid = insert_message(shop.id, TEXT)
    _pay_without_writing(shop.id, mid, openai_server, settings)
    s = paid_settings(settings, openai_server)
    breaker = breaker_for(get_provider(s).key, s.ai_breaker_failures, s.ai_breaker_cooldown_seconds)
    for _ in range(s.ai_breaker_failures):
        breaker.record("server")
    assert not breaker.allow()
    try:
        pipeline.run_pipeline_inline(mid, shop.id)
    finally:
        breaker.record(None)
    assert openai_server.request_count == 1
    order, _ = order_for(shop.id, mid)
    assert order.status == OrderStatus.CONFIRMED  # the paid reading, not an outage's review
    assert_ledgers_match_server(shop.id, openai_server, attempts=1, requests=1, errors=0)


def test_only_a_write_a_redo_could_remake_for_free_skips_the_flush(shop, openai_server, settings):  # type: ignore[no-untyped-def]
    """A paid reading kept in a settled attempt row (a redo reuses it) or a local one made without a call
    is re-derivable at no cost: its write need not wait for the WAL flush. A fallback after paid attempts
    is not (a redo would pay for them again)."""
    from dataclasses import replace

    from jobs.pipeline import fused

    s = paid_settings(settings, openai_server)
    openai_server.reply_json(ORDER_REPLY)
    mid = insert_message(shop.id, TEXT)
    snap = fused.read_snapshot(shop.id, mid)
    reader = fused._paid_reader(shop.id, snap, s)
    paid_plan = fused.plan(shop.id, snap, provider=reader)
    assert paid_plan.provider == "openai" and paid_plan.review_reason is None
    assert store.rederivable(paid_plan, s)
    fell_back = replace(
        paid_plan, provider="local", review_reason="AI provider failed (server): analysed locally"
    )
    assert not store.rederivable(fell_back, s)
    assert store.rederivable(fell_back, replace(s, ai_provider="local"))


# ------------------------------------------------- the successful attempt settled by the write itself
def close_leases() -> None:
    """Close this process's budget leases, as its sweep or its exit does: their spend into the month row."""
    from jobs.ai.leases import lease_book

    lease_book().sweep(everything=True)


def _open_reservations(tenant_id) -> tuple[int, Decimal]:  # type: ignore[no-untyped-def]
    close_leases()
    with tenant_session(tenant_id) as s:
        count = s.scalar(select(func.count()).select_from(m.AIBudgetReservation))
        month = s.scalars(select(m.AIBudgetMonth)).one()
        return int(count or 0), month.reserved_cents


def test_the_write_settles_the_attempt_in_its_own_statement(shop, openai_server, monkeypatch):  # type: ignore[no-untyped-def]
    openai_server.reply_json(ORDER_REPLY, prompt_tokens=800, completion_tokens=90)
    on_its_own: list[object] = []
    mid = insert_message(shop.id, TEXT)
    with monkeypatch.context() as patched:
        patched.setattr(budget, "settle", lambda *a: on_its_own.append(a))  # any separate settlement
        pipeline.run_pipeline_fused(mid, shop.id)
    assert on_its_own == []  # the write made it
    assert order_for(shop.id, mid)[0].status == OrderStatus.CONFIRMED
    assert_ledgers_match_server(shop.id, openai_server, attempts=1, requests=1, errors=0)
    assert _open_reservations(shop.id) == (0, 0)


def test_a_write_that_fails_still_leaves_the_attempt_metered(shop, openai_server, monkeypatch):  # type: ignore[no-untyped-def]
    openai_server.reply_json(ORDER_REPLY, prompt_tokens=700, completion_tokens=80)
    mid = insert_message(shop.id, TEXT)

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("the write failed")

    with monkeypatch.context() as patched, pytest.raises(RuntimeError):
        patched.setattr(store, "_record", broken)
        pipeline.run_pipeline_fused(mid, shop.id)
    # Settled on its own: metered in both ledgers, the reservation released, the reply kept ...
    assert_ledgers_match_server(shop.id, openai_server, attempts=1, requests=1, errors=0)
    assert _open_reservations(shop.id) == (0, 0)
    assert [a.output["outcome"] for a in attempt_rows(shop.id, mid)] == ["ok"]
    # ... so the retry reuses what was paid for.
    pipeline.run_pipeline_fused(mid, shop.id)
    assert openai_server.request_count == 1
    assert order_for(shop.id, mid)[0].status == OrderStatus.CONFIRMED
    assert_ledgers_match_server(shop.id, openai_server, attempts=1, requests=1, errors=0)


def test_a_caller_that_stops_waiting_leaves_the_settlement_to_the_runner(shop, settings):  # type: ignore[no-untyped-def]
    """As when dramatiq's time limit interrupts the worker thread while the model thinks."""
    with FakeOpenAI(api_key="sk-test", latency=0.5) as server:
        server.reply_json(ORDER_REPLY, prompt_tokens=500, completion_tokens=60)
        s = paid_settings(settings, server)
        mid = insert_message(shop.id, TEXT)
        call = call_model(get_provider(s), shop.id, mid, TEXT, Policy.from_settings(s), settle_later=True)
        with pytest.raises(TimeoutError):
            get_runner().run(call, timeout=0.05)
        assert get_runner().drain(30)  # the call, then its settlement on the runner's executor
        assert_ledgers_match_server(shop.id, server, attempts=1, requests=1, errors=0)
        assert _open_reservations(shop.id) == (0, 0)


def test_a_settlement_is_made_once(shop, openai_server, settings):  # type: ignore[no-untyped-def]
    """A write whose commit was not answered gives the settlement back; settling it again must not meter
    twice (the attempt row's id is fixed: the second insert fails)."""
    openai_server.reply_json(ORDER_REPLY, prompt_tokens=400, completion_tokens=50)
    s = paid_settings(settings, openai_server)
    mid = insert_message(shop.id, TEXT)
    result = get_runner().run(
        call_model(get_provider(s), shop.id, mid, TEXT, Policy.from_settings(s), settle_later=True)
    )
    unsettled = result.unsettled
    assert unsettled is not None and unsettled.take()
    budget.settle(shop.id, unsettled.reservation_id, unsettled.attempt)  # committed, answer lost
    unsettled.give_back()
    unsettled.settle()
    unsettled.settle()
    assert_ledgers_match_server(shop.id, openai_server, attempts=1, requests=1, errors=0)
    assert len(attempt_rows(shop.id, mid)) == 1


def test_a_settlement_nobody_made_is_made_by_the_runner(shop, openai_server, settings, monkeypatch):  # type: ignore[no-untyped-def]
    """The backstop: a caller interrupted between the call's return and its hold on the result."""
    import time

    from jobs.ai import calls

    openai_server.reply_json(ORDER_REPLY, prompt_tokens=300, completion_tokens=40)
    monkeypatch.setattr(calls, "FORGOTTEN_SECONDS", 0.0)
    s = paid_settings(settings, openai_server)
    mid = insert_message(shop.id, TEXT)
    result = get_runner().run(
        call_model(get_provider(s), shop.id, mid, TEXT, Policy.from_settings(s), settle_later=True)
    )
    assert result.unsettled is not None  # and dropped: nobody writes or settles it
    deadline = time.monotonic() + 30
    while _open_reservations(shop.id)[0] and time.monotonic() < deadline:
        time.sleep(0.05)  # polling the condition the runner's backstop brings about
    assert not result.unsettled.open
    assert_ledgers_match_server(shop.id, openai_server, attempts=1, requests=1, errors=0)
    assert _open_reservations(shop.id) == (0, 0)


@pytest.mark.parametrize(
    ("intent", "body"),
    [("COMPLAINT", "the milk you sent yesterday was off, not happy"), ("CANCEL", "please cancel my order")],
)
def test_a_reply_that_reads_the_orders_settles_in_the_same_transaction(
    shop, openai_server, monkeypatch, intent, body
):  # type: ignore[no-untyped-def]
    """A complaint's reply cites the customer's latest order (read beside the analysis: its write is the
    one statement, which settles the attempt); a cancel's write runs in a tenant transaction that links
    it to its order (store._record_with_replies), which settles the attempt too."""
    openai_server.reply_json(
        {"intent": intent, "confidence": 0.93, "lines": []}, prompt_tokens=350, completion_tokens=30
    )
    on_its_own: list[object] = []
    mid = insert_message(shop.id, body)
    with monkeypatch.context() as patched:
        patched.setattr(budget, "settle", lambda *a: on_its_own.append(a))
        pipeline.run_pipeline_fused(mid, shop.id)
    assert on_its_own == []
    with tenant_session(shop.id) as s:
        msg = s.get(m.Message, mid)
        assert msg is not None and msg.ai_extracted_intent is not None
        assert msg.ai_extracted_intent.value == intent and msg.ai_suggested_responses
    assert_ledgers_match_server(shop.id, openai_server, attempts=1, requests=1, errors=0)
    assert _open_reservations(shop.id) == (0, 0)


def test_an_open_circuit_releases_the_reservation_made_before_the_call(shop, openai_server, settings):  # type: ignore[no-untyped-def]
    """The first reservation is made by the worker thread before the call reaches the runner, where the
    breaker says no: it is released, and nothing is sent."""
    from jobs.ai.breaker import breaker_for

    s = paid_settings(settings, openai_server)
    breaker = breaker_for(get_provider(s).key, s.ai_breaker_failures, s.ai_breaker_cooldown_seconds)
    for _ in range(s.ai_breaker_failures):
        breaker.record("server")
    mid = insert_message(shop.id, TEXT)
    try:
        pipeline.run_pipeline_fused(mid, shop.id)
    finally:
        breaker.record(None)
    assert openai_server.request_count == 0
    order, _ = order_for(shop.id, mid)
    assert order.status == OrderStatus.REVIEW
    assert any("circuit open" in r for r in order.review_reasons)
    assert _open_reservations(shop.id) == (0, 0)


@pytest.mark.parametrize("to", ["supervisor", "group"])
def test_a_worker_that_stops_closes_its_leases(shop, settings, tmp_path, to):  # type: ignore[no-untyped-def]
    """A graceful stop of `oms worker` (SIGTERM) closes the budget leases its process took: their spend
    goes into the month row and their unused amounts back to the budget at once, not when they expire
    (the supervisor's forked worker processes run no exit handlers; a dramatiq shutdown hook does it).
    SIGTERM to the supervisor alone (`docker stop`), which passes it on, or to the whole process group
    (`kill` of the group, systemd): then each worker process gets it twice, straight and passed on, which
    dramatiq took as a kill."""
    import os
    import signal

    from tests.processes import start_worker, wait_until

    def processed() -> bool:
        with tenant_session(shop.id) as s:
            msg = s.get(m.Message, mid)
            return msg is not None and msg.processing_status.value == "PROCESSED"

    def leases() -> list[m.AIBudgetReservation]:
        with tenant_session(shop.id) as s:
            return list(s.scalars(select(m.AIBudgetReservation)).all())

    with FakeOpenAI(api_key="sk-test", default=ORDER_REPLY) as fake:
        env = {
            **os.environ,
            "OMS_AI_PROVIDER": "openai",
            "OPENAI_API_KEY": "sk-test",
            "OPENAI_BASE_URL": fake.base_url,
            "OMS_PIPELINE_MODE": "fused",
        }
        mid = insert_message(shop.id, TEXT)
        worker = start_worker(env, tmp_path)
        try:
            pipeline.start_pipeline(mid, shop.id)
            wait_until(processed, timeout=120, what="the worker's paid reading")
            held = leases()
            assert len(held) == 1 and held[0].lease and held[0].amount_cents > 0  # taken, still open
            if to == "group":
                os.killpg(worker.proc.pid, signal.SIGTERM)
            else:
                worker.proc.send_signal(signal.SIGTERM)
            assert worker.proc.wait(60) == 0, worker.output()
        finally:
            worker.stop()
    assert leases() == [], worker.output()[-3000:]
    assert "Killing worker process" not in worker.output()
    (_, _, cost), _ = ledgers(shop.id)
    with tenant_session(shop.id) as s:
        month = s.scalars(select(m.AIBudgetMonth)).one()
    assert month.reserved_cents == 0 and month.spent_cents == Decimal(cost) > 0
