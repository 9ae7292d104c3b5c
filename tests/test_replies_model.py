"""Suggested replies drafted by the model (OMS_AI_REPLIES=model), against a real HTTP server on loopback
speaking the OpenAI wire protocol (tests/fake_openai.py) through the real openai SDK: the drafts replace
the templates, the model sees redacted text only, every attempt is metered as CUSTOMER_SUPPORT against
the budget, and the templates stay (marked with the reason) when the model is off, over budget, failing
or writes a placeholder."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from db import models as m
from db.enums import AgentType, OrderStatus
from db.session import privileged_session, tenant_session
from jobs.ai.openai_provider import PRICES, cost_cents
from jobs.pipeline import actors as pipeline
from jobs.replies import model as model_replies
from tests.fake_openai import FakeOpenAI, paid_settings
from tests.pipeline_queue import queue_keys
from tests.seed import insert_message, order_for
from worker.settings import SettingsError, load_settings

ORDER_ANALYSIS = {
    "intent": "ORDER",
    "confidence": 0.97,
    "lines": [
        {
            "quantity": 2,
            "unit": "case",
            "size": "330ml",
            "phrase": "coke zero",
            "original_text": "2 cases coke zero 330ml",
        }
    ],
}
CONFIRMATION = {
    "replies": [
        {
            "kind": "confirmation",
            "text": "Thank you! 2 cases of Coca-Cola Zero 330ml are confirmed, 28.80 EUR.",
        }
    ]
}
TEXT = "Hi it's Jane Doe, ring +44 7911 123456: 2 cases coke zero 330ml please"


def _settings(settings, server, **kw):  # type: ignore[no-untyped-def]
    return paid_settings(settings, server, **{"ai_replies": "model", "ai_max_attempts": 2, **kw})


@pytest.fixture()
def server(monkeypatch, settings):  # type: ignore[no-untyped-def]
    with FakeOpenAI(api_key="sk-test") as fake:
        s = _settings(settings, fake)
        monkeypatch.setattr(pipeline, "get_settings", lambda: s)
        monkeypatch.setattr(model_replies, "get_settings", lambda: s)
        fake.settings = s  # type: ignore[attr-defined]
        yield fake


def _replies(tenant_id, mid):  # type: ignore[no-untyped-def]
    with tenant_session(tenant_id) as s:
        return s.scalar(select(m.Message.ai_suggested_responses).where(m.Message.id == mid))


def _support_ledgers(tenant_id):  # type: ignore[no-untyped-def]
    with tenant_session(tenant_id) as s:
        rows = s.execute(
            select(func.count(), func.coalesce(func.sum(m.AIResponse.tokens_used), 0))
            .where(m.AIResponse.agent_type == AgentType.CUSTOMER_SUPPORT)
            .where(m.AIResponse.stage == model_replies.REPLY_ATTEMPT_STAGE)
        ).one()
        usage = s.execute(
            select(
                func.coalesce(func.sum(m.AIUsageMetric.attempts_count), 0),
                func.coalesce(func.sum(m.AIUsageMetric.tokens_used), 0),
                func.coalesce(func.sum(m.AIUsageMetric.cost_cents), 0),
            ).where(m.AIUsageMetric.agent_type == AgentType.CUSTOMER_SUPPORT)
        ).one()
    return tuple(rows), tuple(usage)


def _queued_drafts(tenant_id) -> list[str]:  # type: ignore[no-untyped-def]
    redis, _list_key, hash_key = queue_keys()
    found = []
    for data in redis.hvals(hash_key):
        message = json.loads(data)
        if message["actor_name"] == "draft_replies" and message["args"][1] == str(tenant_id):
            found.append(message["args"][0])
    return found


def test_the_model_drafts_the_confirmation_metered_and_from_redacted_text(shop, server):  # type: ignore[no-untyped-def]
    server.reply_json(ORDER_ANALYSIS, prompt_tokens=500, completion_tokens=100)
    mid = insert_message(shop.id, TEXT)
    order_id = pipeline.run_pipeline_fused(mid, shop.id)  # the paid path: analysis by the model
    order, _ = order_for(shop.id, mid)
    assert order is not None and order.id == order_id and order.status == OrderStatus.CONFIRMED
    [template] = _replies(shop.id, mid)
    assert (template["source"], template["kind"]) == ("template", "confirmation")
    assert str(mid) in _queued_drafts(shop.id)  # the commit of the templates sent the drafting job

    server.reply_json(CONFIRMATION, prompt_tokens=800, completion_tokens=60)
    assert model_replies.draft(mid, shop.id) == "model"
    [drafted] = _replies(shop.id, mid)
    assert drafted == {
        "agent_type": "CUSTOMER_SUPPORT",
        "kind": "confirmation",
        "language": "en",
        "text": CONFIRMATION["replies"][0]["text"],
        "source": "model",
        "provider": "openai",
        "model": "gpt-4o-mini",
    }
    asked = server.requests[-1]
    assert asked.body["response_format"]["type"] == "json_schema"
    sent = asked.message_text("user")
    for personal in ("7911", "Jane", "Doe"):
        assert personal not in sent
    prompt = json.loads(sent)
    assert prompt["drafts"] == [{"kind": "confirmation", "text": template["text"]}]
    assert prompt["order"]["lines"][0]["product"] == "Coca-Cola Zero 330ml Can"
    assert "<PHONE>" in prompt["message"] and "<NAME>" in prompt["message"]
    # Metered like every call: one attempt row and the usage row, agent CUSTOMER_SUPPORT, exact cost.
    (rows, tokens), (attempts, u_tokens, u_cost) = _support_ledgers(shop.id)
    assert (rows, tokens, attempts, u_tokens) == (1, 860, 1, 860)
    assert Decimal(u_cost) == cost_cents(800, 60, PRICES["gpt-4o-mini"])
    # Done once: a redelivered job asks nothing and pays nothing.
    assert model_replies.draft(mid, shop.id) == "skip"
    assert server.request_count == 2


def test_a_failing_model_leaves_the_templates_with_the_reason(shop, server):  # type: ignore[no-untyped-def]
    mid = insert_message(shop.id, "do you have coke zero 330ml?")
    server.reply_json({"intent": "QUESTION", "confidence": 0.9, "lines": []})
    pipeline.run_pipeline_fused(mid, shop.id)
    templates = _replies(shop.id, mid)
    assert templates and all(r["source"] == "template" for r in templates)
    server.fail(500)
    server.fail(500)  # ai_max_attempts=2: both attempts fail
    assert model_replies.draft(mid, shop.id) == "fallback:server"
    after = _replies(shop.id, mid)
    assert [r["text"] for r in after] == [r["text"] for r in templates]
    assert {r["model_fallback"] for r in after} == {"server"}
    (rows, _), (attempts, _, _) = _support_ledgers(shop.id)
    assert (rows, attempts) == (2, 2)  # both failed attempts metered
    assert model_replies.draft(mid, shop.id) == "skip"  # not retried for ever


def test_over_budget_the_model_is_not_asked(shop, server):  # type: ignore[no-untyped-def]
    server.reply_json(ORDER_ANALYSIS)
    mid = insert_message(shop.id, "2 cases coke zero 330ml")
    pipeline.run_pipeline_fused(mid, shop.id)
    with privileged_session() as s:
        s.execute(text("UPDATE distributors SET monthly_ai_budget_usd = 0 WHERE id = :d"), {"d": shop.id})
    before = server.request_count
    assert model_replies.draft(mid, shop.id) == "fallback:budget"
    assert server.request_count == before
    [reply] = _replies(shop.id, mid)
    assert (reply["source"], reply["model_fallback"]) == ("template", "budget")


def test_a_draft_with_a_placeholder_is_not_used(shop, server):  # type: ignore[no-untyped-def]
    server.reply_json(ORDER_ANALYSIS)
    mid = insert_message(shop.id, TEXT)
    pipeline.run_pipeline_fused(mid, shop.id)
    server.reply_json({"replies": [{"kind": "confirmation", "text": "Thanks <NAME>, confirmed!"}]})
    assert model_replies.draft(mid, shop.id) == "fallback:placeholder"
    [reply] = _replies(shop.id, mid)
    assert reply["source"] == "template" and "<NAME>" not in reply["text"]


def test_replies_in_the_customers_language_and_json_mode_servers(shop, settings, monkeypatch):  # type: ignore[no-untyped-def]
    with FakeOpenAI(api_key="sk-test", schemas=False) as fake:
        s = _settings(settings, fake)
        monkeypatch.setattr(pipeline, "get_settings", lambda: s)
        monkeypatch.setattr(model_replies, "get_settings", lambda: s)
        fake.reply_json({"intent": "COMPLAINT", "confidence": 0.9, "lines": []})
        mid = insert_message(shop.id, "Hola, el pedido de ayer llegó con botellas rotas, muy mal servicio")
        pipeline.run_pipeline_fused(mid, shop.id)
        templates = _replies(shop.id, mid)
        assert [r["language"] for r in templates] == ["es", "es"]
        fake.reply_json(
            {
                "replies": [
                    {"kind": "apology", "text": "Lo sentimos mucho por las botellas rotas."},
                    {"kind": "escalation", "text": "Un responsable le llamará hoy."},
                ]
            }
        )
        assert model_replies.draft(mid, shop.id) == "model"
        drafted = _replies(shop.id, mid)
        assert [(r["kind"], r["language"], r["source"]) for r in drafted] == [
            ("apology", "es", "model"),
            ("escalation", "es", "model"),
        ]
        last = fake.requests[-1]
        assert last.body["response_format"] == {"type": "json_object"}
        assert json.loads(last.message_text("user"))["language"] == "es"
        assert '{"replies"' in last.message_text("system")


def test_templates_by_default_and_the_model_needs_a_paid_provider(shop, settings):  # type: ignore[no-untyped-def]
    assert settings.ai_replies == "template"
    mid = insert_message(shop.id, "2 cases coke zero 330ml")
    pipeline.run_pipeline_fused(mid, shop.id)
    assert model_replies.draft(mid, shop.id, settings) == "off"
    assert _queued_drafts(shop.id) == []
    with pytest.raises(SettingsError, match="OMS_AI_REPLIES=model needs"):
        load_settings({"OMS_AI_REPLIES": "model", "OMS_ENV": "test"})


def test_a_worker_drafts_the_replies_the_pipeline_enqueued(shop, settings, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    """Through the broker: the pipeline's commit sends draft_replies, an `oms worker` configured for the
    model takes it, asks the server, and writes the drafts. (The worker shares this test process's broker
    namespace, so it may also take what earlier tests left queued: the server answers every unscripted
    request with the drafts, which a stray analysis request cannot use.)"""
    import os

    from tests.processes import start_worker, wait_until

    with FakeOpenAI(api_key="sk-test", default=CONFIRMATION) as fake:
        s = _settings(settings, fake)
        monkeypatch.setattr(pipeline, "get_settings", lambda: s)
        monkeypatch.setattr(model_replies, "get_settings", lambda: s)
        env = {
            **os.environ,
            "OMS_AI_PROVIDER": "openai",
            "OMS_AI_REPLIES": "model",
            "OPENAI_API_KEY": "sk-test",
            "OPENAI_BASE_URL": fake.base_url,
            "OMS_AI_MAX_ATTEMPTS": "2",
            "OMS_AI_BACKOFF_SECONDS": "0.01",
        }
        fake.reply_json(ORDER_ANALYSIS)
        mid = insert_message(shop.id, "2 cases coke zero 330ml")
        pipeline.run_pipeline_fused(mid, shop.id)  # here; its commit enqueues draft_replies
        worker = start_worker(env, tmp_path)
        try:
            drafted = wait_until(
                lambda: [r for r in _replies(shop.id, mid) if r["source"] == "model"],
                timeout=120,
                what="the worker's drafts",
            )
        finally:
            worker.stop()
    assert [r["text"] for r in drafted] == [CONFIRMATION["replies"][0]["text"]]
