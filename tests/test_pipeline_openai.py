"""The pipeline on the OpenAI-compatible provider: metered per call, budget-capped, failure-tolerant.

The provider talks to a real HTTP server on loopback that speaks the Chat Completions protocol.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from sqlalchemy import select

from db import models as m
from db.enums import OrderStatus
from db.session import tenant_session
from jobs.pipeline import actors as pipeline
from tests.fake_openai import FakeOpenAI
from tests.seed import import_shipped_catalog, insert_message, order_for
from worker.settings import get_settings

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


@pytest.fixture()
def openai_server(monkeypatch):  # type: ignore[no-untyped-def]
    with FakeOpenAI(api_key="sk-test") as server:
        s = dataclasses.replace(
            get_settings(),
            ai_provider="openai",
            openai_api_key="sk-test",
            openai_base_url=server.base_url,
            openai_model="gpt-4o-mini",
        )
        monkeypatch.setattr(pipeline, "get_settings", lambda: s)
        yield server


def _usage(tenant_id):  # type: ignore[no-untyped-def]
    with tenant_session(tenant_id) as s:
        return s.scalars(select(m.AIUsageMetric).where(m.AIUsageMetric.provider == "openai")).one_or_none()


def test_openai_order_is_metered_and_sees_only_redacted_text(shop, openai_server):  # type: ignore[no-untyped-def]
    openai_server.reply_json(ORDER_REPLY, prompt_tokens=1000, completion_tokens=200)
    mid = insert_message(shop.id, "2 cases coke zero 330ml and 5kg tomatoes, ring me on +44 7911 123456")
    pipeline.run_pipeline_inline(mid, shop.id)
    order, _ = order_for(shop.id, mid)
    assert order.status == OrderStatus.CONFIRMED
    sent = openai_server.requests[0].message_text("user")
    assert "7911" not in sent and "<PHONE>" in sent
    usage = _usage(shop.id)
    # gpt-4o-mini: 1000 prompt tokens at $0.15/M + 200 completion tokens at $0.60/M = $0.00027 = 0.027 cents
    assert (usage.requests_count, usage.prompt_tokens, usage.completion_tokens) == (1, 1000, 200)
    assert usage.cost_cents == Decimal("0.0270")
    with tenant_session(shop.id) as s:
        ai = s.scalars(
            select(m.AIResponse).where(
                m.AIResponse.message_id == mid, m.AIResponse.stage == "classify_intent"
            )
        ).one()
        assert (ai.provider, ai.model, ai.tokens_used) == ("openai", "gpt-4o-mini", 1200)
    pipeline.run_pipeline_inline(mid, shop.id)  # a replay calls no AI and meters nothing
    assert len(openai_server.requests) == 1 and _usage(shop.id).requests_count == 1


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


def test_provider_failure_falls_back_locally_and_is_recorded(shop, openai_server):  # type: ignore[no-untyped-def]
    for _ in range(5):
        openai_server.fail(500)
    mid = insert_message(shop.id, "2 cases of coke zero 330ml")
    pipeline.run_pipeline_inline(mid, shop.id)
    order, _ = order_for(shop.id, mid)
    assert order.status == OrderStatus.REVIEW and any("AI provider failed" in r for r in order.review_reasons)
    with tenant_session(shop.id) as s:
        err = s.scalars(select(m.AIError).where(m.AIError.message_id == mid)).one()
        assert err.error_type == "ProviderError:server" and not err.is_final
    assert _usage(shop.id).error_count == 1
