"""One writer (jobs/pipeline/store.py, migration 0016): a fused run writes exactly what the four chained
stages write, and a message an earlier run touched is finished from what it stored, never redone."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from db import models as m
from db.session import tenant_session
from jobs.pipeline import actors as pipeline
from jobs.pipeline import fused, store
from jobs.pipeline import outputs as stage_outputs
from jobs.pipeline.stages import Stage
from tests.seed import insert_message

CORPUS = Path(__file__).parent / "data" / "corpus.jsonl"
MEDIA = [
    {
        "url": "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM9/Media/ME9",
        "content_type": "image/png",
    }
]


@pytest.fixture()
def shop(shop):  # type: ignore[no-untyped-def]
    """The conftest shop, plus a webhook endpoint for every event and a tenant PII rule."""
    tenant = shop
    with tenant_session(tenant.id) as s:
        s.add(m.WebhookEndpoint(distributor_id=tenant.id, url="https://hooks.example.test/all", events=["*"]))
        s.add(
            m.PiiDetectionRule(
                distributor_id=tenant.id, name="loyalty card", pii_type="SSN", pattern=r"\bLC-\d{6}\b"
            )
        )
    return tenant


def _rows(s: Any, sql: str, mid: Any) -> list[dict[str, Any]]:
    return [dict(r._mapping) for r in s.execute(text(sql), {"id": mid})]


def _written(tenant_id: Any, mid: Any) -> dict[str, Any]:
    """What the pipeline wrote for `mid`, without what differs by construction (ids, clocks, latency)."""
    with tenant_session(tenant_id) as s:
        order = _rows(
            s,
            "SELECT id, customer_id, conversation_id, channel, status, ai_generated, ai_confidence, requires_review, "
            "review_reasons, subtotal, total_amount, currency FROM orders WHERE source_message_id = :id",
            mid,
        )
        order_id = order[0].pop("id") if order else None
        written = {
            "message": _rows(
                s,
                "SELECT redacted_content, ai_processed, ai_extracted_intent, ai_intent_confidence, processing_status, "
                "processing_stage, processing_error, processed_at IS NOT NULL AS processed FROM messages WHERE id = :id",
                mid,
            ),
            "pii": _rows(
                s,
                "SELECT rule_id, pii_type, start_offset, end_offset, confidence_score, recognizer, value_hash "
                "FROM pii_detection_results WHERE message_id = :id ORDER BY start_offset",
                mid,
            ),
            "responses": _rows(
                s,
                "SELECT agent_type, stage, provider, model, output, confidence, tokens_used, prompt_tokens, "
                "completion_tokens, cost_cents FROM ai_responses WHERE message_id = :id ORDER BY stage",
                mid,
            ),
            "order": order,
            "lines": _rows(
                s,
                "SELECT line_number, product_id, variant_id, product_name, sku, quantity, unit, unit_price, line_price, "
                "currency, ai_extracted, ai_original_text, ai_confidence, match_reason FROM order_products "
                "WHERE order_id = (SELECT id FROM orders WHERE source_message_id = :id) ORDER BY line_number",
                mid,
            ),
            "attachments": _rows(
                s,
                "SELECT file_url, content_type, message_id = :id AS same_message FROM order_attachments "
                "WHERE order_id = (SELECT id FROM orders WHERE source_message_id = :id)",
                mid,
            ),
            "events": _rows(
                s,
                "SELECT event_type, status, payload->'data' AS data FROM webhook_deliveries "
                "WHERE message_id = :id ORDER BY event_type",
                mid,
            ),
        }
    # Ids and clocks that differ between two runs by construction.
    text_ = json.dumps(written, default=str, sort_keys=True)
    for value, alias in ((mid, "MESSAGE"), (order_id, "ORDER")):
        if value is not None:
            text_ = text_.replace(str(value), alias)
    data = json.loads(text_)
    for event in data["events"]:
        event["data"].pop("received_at", None)
    for response in data["responses"]:
        response["output"].pop("latency_ms", None)
    return data  # type: ignore[no-any-return]


def _corpus_texts() -> list[str]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["text"] for r in rows[::7]]  # 40 varied messages: orders, questions, complaints, other


def test_fast_path_writes_what_the_stages_write(shop):  # type: ignore[no-untyped-def]
    cases: list[tuple[str, list[dict[str, str]] | None]] = [(t, None) for t in _corpus_texts()]
    cases += [
        ("2 cs coke zero 330ml + 5kg tomatoes, card 4111 1111 1111 1111, loyalty LC-123456", None),
        ("", MEDIA),  # media only: an order for a human to read
        ("same as the photo pls", MEDIA),
    ]
    phone = "+447700900123"  # one customer: same conversation, so the payloads compare whole
    differences = []
    for body, media in cases:
        staged = insert_message(shop.id, body, phone=phone, media=media)
        fast = insert_message(shop.id, body, phone=phone, media=media)
        pipeline.run_pipeline_inline(staged, shop.id)
        assert fused.run(fast, shop.id).status == "done"
        if _written(shop.id, staged) != _written(shop.id, fast):
            differences.append(body)
    assert differences == []
    with tenant_session(shop.id) as s:  # the cases covered what they should
        intents = {r[0] for r in s.execute(text("SELECT DISTINCT ai_extracted_intent::text FROM messages"))}
        assert {"ORDER", "QUESTION", "COMPLAINT"} <= intents
        assert s.execute(text("SELECT count(*) FROM pii_detection_results")).scalar_one() >= 6
        assert s.execute(text("SELECT count(DISTINCT status) FROM orders")).scalar_one() == 2


def _deliveries(tenant_id, mid):  # type: ignore[no-untyped-def]
    with tenant_session(tenant_id) as s:
        return sorted(
            r[0]
            for r in s.execute(
                text("SELECT event_type FROM webhook_deliveries WHERE message_id = :m"), {"m": mid}
            )
        )


def test_an_endpoint_added_while_a_message_is_read_gets_its_events(tenant, monkeypatch):  # type: ignore[no-untyped-def]
    """A tenant without an active endpoint: the plan carries no events (nothing would deliver them).
    When one is added while a message is analysed, the write is refused as stale and the message
    planned again, with its events: the new endpoint gets them all (migration 0038)."""
    from tests.seed import import_shipped_catalog

    import_shipped_catalog(tenant.id)
    shop = tenant  # the conftest shop: no endpoint
    before = insert_message(shop.id, "2 cases of coke zero 330ml", phone="+447700900461")
    assert fused.run(before, shop.id).status == "done"
    assert _deliveries(shop.id, before) == []
    planned: list[bool] = []
    real_plan = fused.plan

    def plan_then_add_endpoint(tenant, snap, *args, **kwargs):  # type: ignore[no-untyped-def]
        planned.append(snap.webhooks)
        made = real_plan(tenant, snap, *args, **kwargs)
        if len(planned) == 1:
            with tenant_session(shop.id) as s:
                s.execute(
                    text(
                        "INSERT INTO webhook_endpoints (distributor_id, url, events, is_active) "
                        "VALUES (:t, 'https://example.test/hook', '{*}', true)"
                    ),
                    {"t": shop.id},
                )
        return made

    monkeypatch.setattr(fused, "plan", plan_then_add_endpoint)
    mid = insert_message(shop.id, "2 cases of coke zero 330ml", phone="+447700900461")
    outcome = fused.run(mid, shop.id)
    assert outcome.status == "done" and outcome.finished
    assert planned == [False, True]
    monkeypatch.undo()
    after = insert_message(shop.id, "2 cases of coke zero 330ml", phone="+447700900461")
    assert fused.run(after, shop.id).status == "done"
    assert _deliveries(shop.id, mid) == _deliveries(shop.id, after)
    assert {"message.created", "message.classified", "order.created"} <= set(_deliveries(shop.id, mid))


def test_touched_message_is_finished_not_redone(shop):  # type: ignore[no-untyped-def]
    mid = insert_message(shop.id, "2 cases of coke zero 330ml and 5kg tomatoes")
    pipeline.run_detect_pii(mid, shop.id)  # a chained run stopped after its first stage
    outcome = fused.run(mid, shop.id)
    assert outcome.wrote == ("classify_intent", "match_products", "create_order", "finished")
    order_id = outcome.order_id
    with tenant_session(shop.id) as s:
        status = s.execute(
            text("SELECT status::text FROM orders WHERE id = :id"), {"id": order_id}
        ).scalar_one()
        counts = s.execute(
            text(
                "SELECT (SELECT count(*) FROM ai_responses WHERE message_id = :id), "
                "(SELECT count(*) FROM webhook_deliveries WHERE message_id = :id AND event_type = 'message.created')"
            ),
            {"id": mid},
        ).one()
    assert status == "CONFIRMED" and counts == (2, 1)


def test_processed_message_is_left_alone(shop):  # type: ignore[no-untyped-def]
    mid = insert_message(shop.id, "2 cases of coke zero 330ml")
    first = pipeline.run_pipeline_fused(mid, shop.id)
    before = _written(shop.id, mid)
    assert first == stage_outputs.order_id_for(mid)  # derived: a redo after a lost commit is the same order
    assert pipeline.run_pipeline_fused(mid, shop.id) == first  # redelivered: same order, nothing new
    assert _written(shop.id, mid) == before


def test_missing_message_fails_permanently(shop):  # type: ignore[no-untyped-def]
    import uuid

    with pytest.raises(pipeline.PermanentError, match="not found"):
        pipeline.run_pipeline_fused(uuid.uuid4(), shop.id)


def test_another_tenants_message_is_invisible(shop, settings):  # type: ignore[no-untyped-def]
    from db.tenants import create_tenant

    other = create_tenant("Other Foods")
    mid = insert_message(shop.id, "2 cases of coke zero 330ml")
    assert fused.run(mid, other.id).status == "missing"  # RLS walls the snapshot and the write
    with pytest.raises(pipeline.PermanentError):
        pipeline.run_pipeline_fused(mid, other.id)
    with tenant_session(shop.id) as s:
        assert s.execute(
            text("SELECT processing_status::text FROM messages WHERE id = :id"), {"id": mid}
        ).scalar_one() == ("RECEIVED")


def test_rule_and_catalog_changes_reach_the_fast_path(shop):  # type: ignore[no-untyped-def]
    body = "3 x dragonfruit sorbet, ref ZZ-998877"

    def run() -> tuple[str, list[str | None]]:
        mid = insert_message(shop.id, body)
        order_id = pipeline.run_pipeline_fused(mid, shop.id)
        with tenant_session(shop.id) as s:
            redacted = s.execute(
                text("SELECT redacted_content FROM messages WHERE id = :id"), {"id": mid}
            ).scalar_one()
            skus = s.execute(
                text("SELECT sku FROM order_products WHERE order_id = :id ORDER BY line_number"),
                {"id": order_id},
            ).scalars()
            return redacted, list(skus)

    redacted, skus = run()  # also warms both caches
    assert "ZZ-998877" in redacted and "SORB-DF" not in skus
    with tenant_session(shop.id) as s:
        s.add(
            m.PiiDetectionRule(distributor_id=shop.id, name="refs", pii_type="SSN", pattern=r"\bZZ-\d{6}\b")
        )
        s.add(
            m.Product(
                distributor_id=shop.id,
                sku="SORB-DF",
                name="Dragonfruit Sorbet",
                unit="tub",
                unit_price=Decimal("4.50"),
            )
        )
    redacted, skus = run()
    assert "ZZ-998877" not in redacted
    assert skus[0] == "SORB-DF"


def test_read_and_write_share_one_untouched_check(shop):  # type: ignore[no-untyped-def]
    """A message that already made an order is not untouched, for the snapshot and for the write alike
    (migration 0012: both call oms_message_untouched)."""
    import json

    from db.session import function_connection
    from db.tenant_token import call_as_tenant  # the app role names its tenant with a token (0013)

    mid = insert_message(shop.id, "2 cases of coke zero 330ml")
    snap = fused.read_snapshot(shop.id, mid)
    assert snap is not None and snap.untouched
    payload = json.dumps(store.payload(snap, fused.plan(shop.id, snap), Stage.CREATE_ORDER), default=str)
    with tenant_session(shop.id) as s:  # an order made from it by another path since the read
        conv, customer = s.execute(
            text("SELECT conversation_id, customer_id FROM messages WHERE id = :id"), {"id": mid}
        ).one()
        s.execute(
            text(
                "INSERT INTO orders (distributor_id, customer_id, conversation_id, source_message_id, status) "
                "VALUES (:t, :c, :v, :m, 'REVIEW')"
            ),
            {"t": shop.id, "c": customer, "v": conv, "m": mid},
        )
    assert fused.read_snapshot(shop.id, mid).untouched is False  # type: ignore[union-attr]
    with function_connection() as conn:
        outcome = call_as_tenant(conn, store.RECORD_SQL, (shop.id, mid, payload)).fetchone()
    assert outcome is not None and outcome[0] == "stale"


def test_a_redo_writes_the_stored_decision_not_a_new_one(shop):  # type: ignore[no-untyped-def]
    """A message a chained run left after matching is finished from the decision it stored, under the
    same derived order id, even if the tenant's threshold changed since (one writer: no re-decision)."""
    from db.session import privileged_session

    mid = insert_message(shop.id, "2 cases of coke zero 330ml and 5kg tomatoes")
    pipeline.run_detect_pii(mid, shop.id)
    assert pipeline.run_classify_intent(mid, shop.id)  # an order: it goes on to matching
    pipeline.run_match_products(mid, shop.id)
    with privileged_session() as s:  # stricter since: a fresh decision would send it to review
        s.execute(
            text("UPDATE distributors SET ai_confidence_threshold = 0.999 WHERE id = :t"), {"t": shop.id}
        )
    outcome = fused.run(mid, shop.id)
    assert outcome.wrote == ("create_order", "finished")
    assert outcome.order_id == stage_outputs.order_id_for(mid)
    with tenant_session(shop.id) as s:
        status = s.execute(
            text("SELECT status::text FROM orders WHERE id = :id"), {"id": outcome.order_id}
        ).scalar_one()
    assert status == "CONFIRMED"  # as decided at 0.85
    fresh = pipeline.run_pipeline_fused(
        insert_message(shop.id, "2 cases of coke zero 330ml and 5kg tomatoes"), shop.id
    )
    with tenant_session(shop.id) as s:  # the same text decided now: review (so the redo did not decide)
        assert (
            s.execute(text("SELECT status::text FROM orders WHERE id = :id"), {"id": fresh}).scalar_one()
            == "REVIEW"
        )


def test_a_paid_reading_reads_the_same_snapshot_with_two_more_columns(shop) -> None:  # type: ignore[no-untyped-def]
    """One statement serves the local and the paid readings (migration 0040): the paid one's columns are
    the local one's, then the budget and a reply already paid for."""
    from db.session import function_connection
    from db.tenant_token import call_as_tenant
    from jobs.ai.calls import ATTEMPT_STAGE

    phone = "+447700900777"
    pipeline.run_pipeline_fused(insert_message(shop.id, "2 cases coke zero 330ml", phone=phone), shop.id)
    mid = insert_message(shop.id, "same again and 5kg tomatoes", phone=phone)  # a customer with a guide
    with function_connection() as conn:
        local = call_as_tenant(conn, fused.SNAPSHOT_SQL, (shop.id, mid)).fetchone()
        paid = call_as_tenant(conn, fused.PAID_SNAPSHOT_SQL, (shop.id, mid, ATTEMPT_STAGE)).fetchone()
    assert local is not None and local[-3]  # the customer's guide
    assert paid[:-2] == local and paid[-2:] == (Decimal(5000), None)


def test_the_snapshot_stamps_are_the_stamp_functions(shop) -> None:  # type: ignore[no-untyped-def]
    """The snapshot reads the caches' two stamps from the tenant's counter row (migration 0041): the same
    values `oms_pii_rules_stamp()` and `oms_catalog_stamp()` give, and they move with a catalog or PII
    rule change as the functions do."""

    def both() -> tuple[tuple[str, str], tuple[str, str]]:
        snap = fused.read_snapshot(shop.id, mid)
        assert snap is not None
        with tenant_session(shop.id) as s:
            functions = s.execute(text("SELECT oms_pii_rules_stamp(), oms_catalog_stamp()")).one()
        return (snap.pii_rules_stamp, snap.catalog_stamp), (functions[0], functions[1])

    mid = insert_message(shop.id, "2 cases coke zero 330ml")
    start, functions = both()
    assert start == functions
    with tenant_session(shop.id) as s:
        s.execute(
            text(
                "UPDATE products SET name = name || ' ' WHERE distributor_id = :d AND sku = (SELECT min(sku) FROM products)"
            ),
            {"d": shop.id},
        )
    catalog_changed, functions = both()
    assert catalog_changed == functions and catalog_changed[0] == start[0] and catalog_changed[1] != start[1]
    with tenant_session(shop.id) as s:
        s.add(
            m.PiiDetectionRule(distributor_id=shop.id, name="badge", pii_type="SSN", pattern=r"\bBD-\d{4}\b")
        )
    rules_changed, functions = both()
    assert (
        rules_changed == functions and rules_changed[0] != start[0] and rules_changed[1] == catalog_changed[1]
    )
