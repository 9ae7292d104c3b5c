"""The pipeline's stages against the real database: outputs, gating, idempotency, failure visibility."""

from __future__ import annotations

import hashlib
import hmac
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from db import models as m
from db.enums import OrderStatus, ProcessingStatus
from db.session import tenant_session
from jobs.pipeline import actors as pipeline
from tests.seed import import_shipped_catalog, insert_message, order_for
from worker.settings import get_settings

RUNNERS = [
    pytest.param(pipeline.run_pipeline_inline, id="chained"),
    pytest.param(pipeline.run_pipeline_fused, id="fused"),
]


def _snapshot(tenant_id, message_id):  # type: ignore[no-untyped-def]
    """Everything the pipeline writes for a message, to prove a rerun changes nothing."""
    with tenant_session(tenant_id) as s:
        counts = {
            t: s.execute(text(f"SELECT count(*) FROM {t} WHERE {col} = :id"), {"id": message_id}).scalar_one()
            for t, col in (
                ("pii_detection_results", "message_id"),
                ("ai_responses", "message_id"),
                ("orders", "source_message_id"),
                ("ai_errors", "message_id"),
            )
        }
        counts["order_products"] = s.execute(
            text(
                "SELECT count(*) FROM order_products op JOIN orders o ON o.id = op.order_id "
                "WHERE o.source_message_id = :id"
            ),
            {"id": message_id},
        ).scalar_one()
        msg = s.get(m.Message, message_id)
        counts["message"] = (
            msg.redacted_content,
            msg.ai_extracted_intent,
            msg.ai_intent_confidence,
            msg.processing_status,
        )
        return counts


@pytest.mark.parametrize("run", RUNNERS)
def test_clear_order_is_confirmed_with_both_lines(shop, run):  # type: ignore[no-untyped-def]
    mid = insert_message(shop.id, "2 cases of coke zero 330ml and 5kg tomatoes")
    order_id = run(mid, shop.id)
    order, lines = order_for(shop.id, mid)
    assert order is not None and order.id == order_id
    assert order.status == OrderStatus.CONFIRMED and not order.requires_review
    assert [(x.sku, x.quantity) for x in lines] == [("COKE-ZERO-330", Decimal(2)), ("TOMATO-KG", Decimal(5))]
    assert all(x.ai_extracted and x.ai_original_text for x in lines)
    assert order.total_amount == sum(x.line_price for x in lines) > 0
    with tenant_session(shop.id) as s:
        msg = s.get(m.Message, mid)
        assert msg.processing_status == ProcessingStatus.PROCESSED and msg.ai_processed
        assert msg.ai_extracted_intent.value == "ORDER"
        customer = s.get(m.Customer, order.customer_id)
        assert customer.total_orders == 1 and customer.total_spent == order.total_amount


@pytest.mark.parametrize("run", RUNNERS)
def test_ambiguous_order_goes_to_review_with_reasons_and_keeps_unmatched_lines(shop, run):  # type: ignore[no-untyped-def]
    mid = insert_message(shop.id, "can I get 3 coke and 2 boxes of dragon fruit pls")
    run(mid, shop.id)
    order, lines = order_for(shop.id, mid)
    assert order.status == OrderStatus.REVIEW and order.requires_review
    assert order.review_reasons, "a review must say why"
    assert len(lines) == 2
    coke, dragon = lines
    # "coke" fits several sizes: no product is put on the order, the guess is kept for the reviewer.
    assert coke.product_id is None and "ambiguous" in coke.match_reason and coke.quantity == 3
    assert dragon.product_id is None and "dragon fruit" in dragon.ai_original_text and dragon.quantity == 2
    assert any("dragon fruit" in r for r in order.review_reasons)


@pytest.mark.parametrize("run", RUNNERS)
def test_question_creates_no_order(shop, run):  # type: ignore[no-untyped-def]
    mid = insert_message(shop.id, "hi do you have oat milk? and what time is delivery tomorrow?")
    assert run(mid, shop.id) is None
    assert order_for(shop.id, mid)[0] is None
    with tenant_session(shop.id) as s:
        msg = s.get(m.Message, mid)
        assert (
            msg.ai_extracted_intent.value == "QUESTION"
            and msg.processing_status == ProcessingStatus.PROCESSED
        )


@pytest.mark.parametrize("run", RUNNERS)
def test_pii_is_recorded_by_position_and_redacted_before_ai(shop, run):  # type: ignore[no-untyped-def]
    body = "2 cases coke zero 330ml, call me on +44 7911 123456 or mario@bellanapoli.example"
    mid = insert_message(shop.id, body)
    run(mid, shop.id)
    with tenant_session(shop.id) as s:
        msg = s.get(m.Message, mid)
        assert "+44 7911 123456" not in msg.redacted_content and "mario@" not in msg.redacted_content
        found = s.scalars(select(m.PiiDetectionResult).where(m.PiiDetectionResult.message_id == mid)).all()
        assert {f.pii_type.value for f in found} == {"PHONE", "EMAIL"}
        # Only a keyed hash of each value is kept: it identifies a repeat, it does not reveal the value.
        key = get_settings().master_key
        for f in found:
            value = body[f.start_offset : f.end_offset]
            assert f.value_hash == hmac.new(key, value.encode(), hashlib.sha256).hexdigest() != value
        assert {body[f.start_offset : f.end_offset] for f in found} == {
            "+44 7911 123456",
            "mario@bellanapoli.example",
        }
        ai = s.scalars(select(m.AIResponse).where(m.AIResponse.message_id == mid)).all()
        assert ai and all("7911" not in str(r.output) and "mario@" not in str(r.output) for r in ai)


@pytest.mark.parametrize("run", RUNNERS)
def test_rerunning_every_stage_changes_nothing(shop, run):  # type: ignore[no-untyped-def]
    mid = insert_message(shop.id, "2 cs coke zero 330ml + 5kg tomatoes, my card 4111 1111 1111 1111")
    run(mid, shop.id)
    before = _snapshot(shop.id, mid)
    for stage in (
        pipeline.run_detect_pii,
        pipeline.run_classify_intent,
        pipeline.run_match_products,
        pipeline.run_create_order,
    ):
        stage(mid, shop.id)
    run(mid, shop.id)
    assert _snapshot(shop.id, mid) == before
    assert before["orders"] == 1 and before["pii_detection_results"] == 1


@pytest.mark.parametrize("run", RUNNERS)
def test_media_only_message_goes_to_review_with_attachments(shop, run):  # type: ignore[no-untyped-def]
    media = [
        {
            "url": "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1",
            "content_type": "image/jpeg",
        }
    ]
    mid = insert_message(shop.id, "", media=media)
    run(mid, shop.id)
    order, lines = order_for(shop.id, mid)
    assert order.status == OrderStatus.REVIEW and lines == []
    assert any("media" in r for r in order.review_reasons)
    with tenant_session(shop.id) as s:
        att = s.scalars(select(m.OrderAttachment).where(m.OrderAttachment.order_id == order.id)).all()
        assert [(a.file_url, a.content_type) for a in att] == [(media[0]["url"], "image/jpeg")]


def test_threshold_gates_confirmation(settings):  # type: ignore[no-untyped-def]
    from db.tenants import create_tenant

    strict = create_tenant("Strict Foods", threshold=1.0)
    import_shipped_catalog(strict.id)
    mid = insert_message(strict.id, "2 cases of coke zero 330ml")
    pipeline.run_pipeline_inline(mid, strict.id)
    order, _ = order_for(strict.id, mid)
    assert order.status == OrderStatus.REVIEW
    assert any("threshold" in r for r in order.review_reasons)


@pytest.mark.parametrize("run", RUNNERS)
def test_events_are_recorded_for_subscribed_endpoints(shop, run):  # type: ignore[no-untyped-def]
    with tenant_session(shop.id) as s:
        s.add(m.WebhookEndpoint(distributor_id=shop.id, url="https://hooks.example.test/a", events=["*"]))
        s.add(
            m.WebhookEndpoint(
                distributor_id=shop.id, url="https://hooks.example.test/b", events=["order.requires_review"]
            )
        )
    ok = insert_message(shop.id, "2 cases of coke zero 330ml")
    review = insert_message(shop.id, "3 coke and a box of dragon fruit")
    for mid in (ok, review):
        run(mid, shop.id)
        run(mid, shop.id)  # twice: still one delivery per event and endpoint
    with tenant_session(shop.id) as s:
        rows = s.execute(
            select(m.WebhookEndpoint.url, m.WebhookDelivery.event_type, func.count())
            .join(m.WebhookEndpoint, m.WebhookEndpoint.id == m.WebhookDelivery.endpoint_id)
            .group_by(m.WebhookEndpoint.url, m.WebhookDelivery.event_type)
        ).all()
    got = {(u.rsplit("/", 1)[1], t): n for u, t, n in rows}
    assert got == {
        ("a", "message.created"): 2,
        ("a", "message.classified"): 2,
        ("a", "order.created"): 2,
        ("a", "order.requires_review"): 1,
        ("a", "customer.status_changed"): 2,  # each new customer's first order: NO_ORDERS_YET -> ORDERING
        ("b", "order.requires_review"): 1,
    }


def test_invalid_tenant_pii_rule_fails_the_message_visibly(shop):  # type: ignore[no-untyped-def]
    with tenant_session(shop.id) as s:
        s.add(m.PiiDetectionRule(distributor_id=shop.id, name="broken", pii_type="SSN", pattern="([unclosed"))
    mid = insert_message(shop.id, "2 cases of coke zero 330ml")
    with pytest.raises(pipeline.PermanentError, match="broken"):
        pipeline.run_detect_pii(mid, shop.id)
    with tenant_session(shop.id) as s:
        msg = s.get(m.Message, mid)
        assert msg.redacted_content is None  # nothing half-written, no AI call on unredacted text


@pytest.mark.parametrize("run", RUNNERS)
def test_every_ai_call_is_metered_once_per_hour_bucket(shop, run):  # type: ignore[no-untyped-def]
    from jobs.ai.budget import month_to_date_cost_usd

    first = insert_message(shop.id, "2 cases of coke zero 330ml")
    second = insert_message(shop.id, "do you have oat milk?")
    for mid in (first, second, first):  # the replay of `first` must not be metered again
        run(mid, shop.id)
    with tenant_session(shop.id) as s:
        rows = s.scalars(select(m.AIUsageMetric)).all()
        assert len(rows) == 1
        row = rows[0]
        assert (row.provider, row.agent_type.value, row.requests_count) == ("local", "MESSAGE_ANALYSIS", 2)
        assert row.cost_cents == 0 and row.avg_confidence is not None and 0 < row.avg_confidence <= 1
        assert month_to_date_cost_usd(s) == 0


def test_concurrent_writers_use_separate_slots_and_compaction_folds_them(tenant):  # type: ignore[no-untyped-def]
    import threading
    from datetime import UTC, datetime, timedelta

    from db.enums import AgentType
    from jobs.ai.metering import compact_usage, record_usage
    from jobs.ai.providers import AIUsage

    earlier = datetime.now(UTC) - timedelta(hours=2)

    def write(n: int) -> None:
        for _ in range(n):
            with tenant_session(tenant.id) as s:
                usage = AIUsage(
                    "openai",
                    "gpt-4o-mini",
                    prompt_tokens=100,
                    completion_tokens=10,
                    cost_cents=Decimal("0.0125"),
                    latency_ms=40,
                )
                record_usage(s, tenant.id, AgentType.MESSAGE_ANALYSIS, usage, confidence=0.9, at=earlier)

    threads = [threading.Thread(target=write, args=(5,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with tenant_session(tenant.id) as s:
        rows = s.scalars(select(m.AIUsageMetric)).all()
        assert sum(r.requests_count for r in rows) == 20 and sum(r.cost_cents for r in rows) == Decimal(
            "0.25"
        )
    compact_usage()
    with tenant_session(tenant.id) as s:
        (row,) = s.scalars(select(m.AIUsageMetric)).all()
        assert (row.slot, row.requests_count, row.tokens_used, row.cost_cents) == (
            0,
            20,
            2200,
            Decimal("0.2500"),
        )
        assert row.avg_confidence == Decimal("0.900") and row.avg_latency_ms == 40
