"""Suggested replies per intent and language, CANCEL/CHANGE linked to the order they mean, and the
conversation summary refreshed when an order arrives and not otherwise."""

from __future__ import annotations

from sqlalchemy import text

from db.session import tenant_session
from jobs.customers.summary import refresh_due
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.pipeline import actors as pipeline
from jobs.replies.language import detect_language
from jobs.replies.suggest import suggest
from tests.seed import CATALOG, insert_message

INDEX = CatalogIndex.build(load_catalog_json(CATALOG))


def _message(tenant_id, mid):  # type: ignore[no-untyped-def]
    with tenant_session(tenant_id) as s:
        return s.execute(
            text(
                "SELECT ai_extracted_intent::text AS intent, ai_suggested_responses AS replies FROM messages WHERE id = :m"
            ),
            {"m": mid},
        ).one()


def _send(tenant_id, body, phone, *, inline=False):  # type: ignore[no-untyped-def]
    mid = insert_message(tenant_id, body, phone=phone)
    (pipeline.run_pipeline_inline if inline else pipeline.run_pipeline_fused)(mid, tenant_id)
    return mid, _message(tenant_id, mid)


def _texts(replies):  # type: ignore[no-untyped-def]
    return [r["text"] for r in replies]


def test_language_detection():  # type: ignore[no-untyped-def]
    assert [
        detect_language(t)
        for t in (
            "2 cases of coke please",
            "quiero 3 cajas de coca cola por favor",
            "bonjour, je voudrais 2 caisses svp",
            "hallo, ich möchte 2 Kisten bitte",
            "ciao, vorrei 2 casse per favore",
            "12 x 4",
        )
    ] == ["en", "es", "fr", "de", "it", "en"]


def test_replies_by_intent_and_language_without_a_database():  # type: ignore[no-untyped-def]
    question = suggest("QUESTION", "how much is the prosecco?", index=INDEX)
    assert question[0]["kind"] == "answer" and "Prosecco DOC Extra Dry 75cl" in question[0]["text"]
    assert "EUR per bottle" in question[0]["text"] or "EUR per" in question[0]["text"]
    german = suggest("QUESTION", "wie viel kostet red bull bitte?", index=INDEX)
    assert german[0]["language"] == "de" and german[0]["text"].startswith("Ja, wir haben Red Bull")
    assert suggest("QUESTION", "when do you deliver?", index=INDEX)[0]["kind"] == "acknowledgement"
    assert suggest("OTHER", "ok merci beaucoup, bonjour")[0]["text"] == "Merci pour votre message !"
    for reply in suggest(
        "ORDER", "x", decided={"status": "REVIEW", "reasons": ["media-only message"], "lines": []}
    ):
        assert reply["agent_type"] == "CUSTOMER_SUPPORT" and reply["source"] == "template"


def test_order_replies_confirm_or_ask_the_one_question(shop):  # type: ignore[no-untyped-def]
    _, confirmed = _send(shop.id, "2 cases coke zero and 3 fanta", "+447700900301")
    [reply] = confirmed.replies
    assert reply["kind"] == "confirmation" and "2 x Coca-Cola Zero 330ml Can" in reply["text"]
    assert "3 x Fanta Orange 330ml Can" in reply["text"] and "Total 68.40 EUR" in reply["text"]
    _, spanish = _send(
        shop.id, "hola, quiero 3 cajas de la cosa negra por favor", "+447700900302", inline=True
    )
    assert _texts(spanish.replies)[0].startswith("Disculpe, ¿a qué producto se refiere")
    assert [r["kind"] for r in spanish.replies] == ["question", "holding"]
    _, ambiguous = _send(shop.id, "2 coke", "+447700900303")
    assert ambiguous.replies[0]["kind"] == "question" and " or " in ambiguous.replies[0]["text"], (
        ambiguous.replies
    )


def test_complaint_cites_the_order_and_escalates(shop):  # type: ignore[no-untyped-def]
    phone = "+447700900311"
    _send(shop.id, "2 cases coke zero", phone)
    with tenant_session(shop.id) as s:
        order_id = s.execute(
            text("SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.phone = :p"),
            {"p": phone},
        ).scalar_one()
    _, complaint = _send(shop.id, "the delivery was late and the milk was sour, not happy", phone)
    assert complaint.intent == "COMPLAINT"
    assert [r["kind"] for r in complaint.replies] == ["apology", "escalation"]
    assert "#" + order_id.hex[:8].upper() in complaint.replies[0]["text"]


def test_cancel_and_change_become_review_items_on_their_order(shop):  # type: ignore[no-untyped-def]
    phone = "+447700900321"
    _send(shop.id, "2 cases coke zero", phone)
    _send(shop.id, "3 cases fanta", phone)
    with tenant_session(shop.id) as s:
        first, latest = (
            s.execute(
                text(
                    "SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.phone = :p ORDER BY o.created_at"
                ),
                {"p": phone},
            )
            .scalars()
            .all()
        )
    cancel_id, cancel = _send(shop.id, "please cancel my order", phone)
    assert cancel.intent == "CANCEL" and "#" + latest.hex[:8].upper() in cancel.replies[0]["text"]
    change_id, change = _send(
        shop.id, f"can you change order #{first.hex[:8].upper()} to 5 cases instead", phone
    )
    assert change.intent == "CHANGE", change
    with tenant_session(shop.id) as s:
        rows = s.execute(
            text(
                "SELECT o.id, o.status::text, o.version, o.review_reasons, r.message_id FROM orders o "
                "JOIN customers c ON c.id = o.customer_id LEFT JOIN order_reviews r ON r.order_id = o.id "
                "WHERE c.phone = :p ORDER BY o.created_at"
            ),
            {"p": phone},
        ).all()
        events = s.execute(
            text("SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.phone = :p"),
            {"p": phone},
        ).scalar_one()
    assert events == 2  # no new order
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        (first, "REVIEW", 2, change_id),
        (latest, "REVIEW", 2, cancel_id),
    ]
    assert "customer asked to cancel" in rows[1][3][-1]
    # Running the message again changes nothing.
    pipeline.run_pipeline_fused(cancel_id, shop.id)
    with tenant_session(shop.id) as s:
        assert s.execute(text("SELECT version FROM orders WHERE id = :o"), {"o": latest}).scalar_one() == 2


def test_summary_changes_when_an_order_arrives_and_not_otherwise(shop):  # type: ignore[no-untyped-def]
    phone = "+447700900331"

    def summary():  # type: ignore[no-untyped-def]
        refresh_due(shop.id)  # what the scheduled job does (every 30 s)
        with tenant_session(shop.id) as s:
            return s.execute(
                text(
                    "SELECT v.ai_context_summary FROM conversations v JOIN customers c ON c.id = v.customer_id WHERE c.phone = :p"
                ),
                {"p": phone},
            ).scalar_one()

    _send(shop.id, "2 cases coke zero", phone)
    first = summary()
    assert first.startswith("Usually orders: Coca-Cola Zero 330ml Can x1.") and "Open issues: none." in first
    _send(shop.id, "how much is the prosecco?", phone)
    _send(shop.id, "thanks!", phone)
    assert summary() == first
    _send(shop.id, "3 cases of the black fizzy", phone)
    second = summary()
    assert second != first and "1 order(s) in review" in second


def _usual_query(lateral: bool) -> str:
    """The summary's "usually orders" query as 0010 wrote it, or as 0028 reads the lines (per order)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).parents[1] / "db/migrations/versions/0028_summary_plans.py"
    spec = importlib.util.spec_from_file_location("oms_migration_0028_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    function = module.summary_function(lateral)
    query = function[function.index("SELECT string_agg") : function.index(") x;") + len(") x")]
    return query.replace(" INTO v_usual", "").replace("p_customer", "CAST(:c AS uuid)")


def test_summary_usual_orders_same_as_before_the_per_order_reads(shop):  # type: ignore[no-untyped-def]
    """0028 reads the order lines per recent order; the text is the one 0010's join gave (#7)."""
    phone = "+447700900341"
    bodies = ("2 cases coke zero and 3 fanta", "1 case red bull", "3 cases fanta", "2 cases coke zero")
    for i in range(24):  # more than the 20 recent orders the summary looks at
        _send(shop.id, bodies[i % len(bodies)] if i % 5 else "5 cases sprite and 1 red bull", phone)
    with tenant_session(shop.id) as s:
        customer = s.execute(text("SELECT id FROM customers WHERE phone = :p"), {"p": phone}).scalar_one()
        # Cancelled and rejected orders are left out, by both queries.
        s.execute(
            text(
                "UPDATE orders SET status = 'CANCELLED' WHERE id IN "
                "(SELECT id FROM orders WHERE customer_id = :c ORDER BY created_at DESC LIMIT 2)"
            ),
            {"c": customer},
        )
    refresh_due(shop.id)
    with tenant_session(shop.id) as s:
        old, new = (
            s.execute(text(_usual_query(lateral)), {"c": customer}).scalar_one() for lateral in (False, True)
        )
        stored = s.execute(
            text("SELECT ai_context_summary FROM conversations WHERE customer_id = :c"), {"c": customer}
        ).scalar_one()
        # No nested loop: the lines joined by hash or merge, as 0010's query could be planned.
        s.execute(text("SET LOCAL enable_nestloop = off"))
        hashed = s.execute(text(_usual_query(False)), {"c": customer}).scalar_one()
    assert old and new == old == hashed
    assert old.count(" x") == 3
    assert stored.startswith(f"Usually orders: {new}.")
