"""Know the customer (issue #15): the order guide as tie-break, "the usual", history-relative quantities.
Pure text work (jobs/language/history/); the guide's upkeep in the database is tests/test_guide.py."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from jobs.language.extraction import extract_lines
from jobs.language.history import (
    GUIDE_EVIDENCE,
    QUANTITY_OUTLIER,
    CustomerHistory,
    HistoryOutcome,
    PastLine,
    PastOrder,
    Reference,
    apply_history,
    reference_intent,
    reference_kind,
)
from jobs.language.intent import classify_intent
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.pipeline.decide import decide_order

CATALOG = Path(__file__).parent / "data" / "catalog3.json"


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    return CatalogIndex.build(load_catalog_json(CATALOG))


def _order(ref: str, day: str, *lines: tuple[str, str | None, int]) -> PastOrder:
    return PastOrder(ref, date.fromisoformat(day), tuple(PastLine(s, v, Decimal(q)) for s, v, q in lines))


WEEKLY = (("COLA-CAN-24", None, 2), ("MILK-SEMI-2L", None, 6), ("FLOUR-00-25KG", None, 3))


@pytest.fixture()
def regular() -> CustomerHistory:
    """Four weekly orders; the first three the same basket (the usual), the last one different."""
    return CustomerHistory.from_orders(
        [
            _order("o1", "2026-01-05", *WEEKLY),
            _order("o2", "2026-01-12", *WEEKLY),
            _order("o3", "2026-01-19", *WEEKLY, ("CUP-HOT-DW", "12oz", 1)),
            _order(
                "o4",
                "2026-01-26",
                ("COLA-CAN-24", None, 3),
                ("MILK-SEMI-2L", None, 5),
                ("FLOUR-00-25KG", None, 4),
            ),
        ]
    )


def run(
    text: str, index: CatalogIndex, history: CustomerHistory | None
) -> tuple[HistoryOutcome, tuple[str, float, list[str]]]:
    lines = extract_lines(text)
    intent = reference_intent(text, classify_intent(text, lines=lines), history.orders if history else 0)
    out = apply_history(text, intent, index.match_all(lines), index, history)
    return out, decide_order(out.intent, out.matches, 0.85, extra_reasons=out.reasons)


def basket(out: HistoryOutcome) -> dict[str, Decimal]:
    got: dict[str, Decimal] = {}
    for m in out.matches:
        assert m.resolved_sku is not None, m.reason
        got[m.resolved_sku] = got.get(m.resolved_sku, Decimal(0)) + m.catalog_quantity
    return got


def test_family_word_resolved_by_the_guide(index: CatalogIndex, regular: CustomerHistory) -> None:
    before, (status, _, _) = run("2 cases of coke", index, None)
    assert status == "REVIEW" and before.matches[0].resolved_sku is None  # the catalog alone: ambiguous
    out, (status, _, reasons) = run("2 cases of coke", index, regular)
    assert status == "CONFIRMED", reasons
    assert out.matches[0].resolved_sku == "COLA-CAN-24"
    assert GUIDE_EVIDENCE in out.matches[0].reason


def test_missing_variant_resolved_by_the_guide(index: CatalogIndex, regular: CustomerHistory) -> None:
    out, (_, _, reasons) = run("2 cases of hot cups", index, regular)
    m = out.matches[0]
    assert m.product is not None and m.product.sku == "CUP-HOT-DW"
    assert m.variant is not None and m.variant.name == "12oz", m.reason
    assert not any(r.startswith("VARIANT_REQUIRED") for r in reasons)


def _weekly(*baskets: tuple[tuple[str, str | None, int], ...]) -> CustomerHistory:
    return CustomerHistory.from_orders(
        _order(f"p{i}", f"2026-02-{i + 1:02d}", *lines) for i, lines in enumerate(baskets)
    )


def test_a_strong_preference_breaks_the_tie(index: CatalogIndex) -> None:
    can, glass = ("COLA-CAN-24", None, 2), ("COLA-GLS-24", None, 2)
    prefers = _weekly((can,), (can,), (can,), (can, glass))  # cans in 4 orders, glass in 1
    out, (status, _, reasons) = run("2 cases of coke", index, prefers)
    assert status == "CONFIRMED", reasons
    assert out.matches[0].resolved_sku == "COLA-CAN-24"
    assert GUIDE_EVIDENCE in out.matches[0].reason and "strongly preferred" in out.matches[0].reason
    # Both bought about as often: the guide cannot tell, the line stays for review.
    even = _weekly((can,), (glass,), (can,), (glass,))
    out, (status, _, _) = run("2 cases of coke", index, even)
    assert status == "REVIEW" and out.matches[0].resolved_sku is None
    # Never against the text: "diet" is not what they prefer, and the guide does not choose for it.
    out, (status, _, _) = run("2 cases of diet coke", index, prefers)
    assert status == "REVIEW" and out.matches[0].resolved_sku is None


def test_a_variant_strongly_preferred_fills_a_missing_one(index: CatalogIndex) -> None:
    twelve, eight = ("CUP-HOT-DW", "12oz", 1), ("CUP-HOT-DW", "8oz", 1)
    out, (_, _, reasons) = run(
        "2 cases of hot cups", index, _weekly((twelve,), (twelve,), (twelve,), (eight,))
    )
    m = out.matches[0]
    assert m.variant is not None and m.variant.name == "12oz", m.reason
    assert "strongly preferred" in m.reason
    assert not any(r.startswith("VARIANT_REQUIRED") for r in reasons)
    out, (_, _, reasons) = run(
        "2 cases of hot cups", index, _weekly((twelve,), (eight,), (twelve,), (eight,))
    )
    assert out.matches[0].variant is None
    assert any(r.startswith("VARIANT_REQUIRED") for r in reasons)
    # A size in the text wins over the preference.
    out, _ = run("2 cases of 8oz hot cups", index, _weekly((twelve,), (twelve,), (twelve,), (eight,)))
    assert out.matches[0].variant is not None and out.matches[0].variant.name == "8oz"


def test_the_text_overrides_the_guide(index: CatalogIndex, regular: CustomerHistory) -> None:
    out, _ = run("2 cases of diet coke cans", index, regular)
    assert out.matches[0].resolved_sku == "DIET-CAN-24"  # usual is regular cola: the text says diet
    assert GUIDE_EVIDENCE not in out.matches[0].reason
    out, (status, _, _) = run("2 cases of diet coke", index, regular)  # still ambiguous among diets
    assert status == "REVIEW" and out.matches[0].resolved_sku is None


@pytest.mark.parametrize(
    "text",
    ["2 cases of coke", "the usual please", "2 cases diet coke", "40 cases coke zero cans", "lo de siempre"],
)
def test_a_new_customer_is_unchanged(index: CatalogIndex, text: str) -> None:
    lines = extract_lines(text)
    intent = classify_intent(text, lines=lines)
    matches = index.match_all(lines)
    today = decide_order(intent, matches, 0.85)
    for history in (None, CustomerHistory()):
        out = apply_history(text, intent, matches, index, history)
        assert out.matches == matches and out.intent == intent
        assert decide_order(out.intent, out.matches, 0.85, extra_reasons=out.reasons)[:2] == today[:2]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("the usual please", Reference.USUAL),
        ("same as last week", Reference.LAST),
        ("Please repeat last week's order.", Reference.LAST),
        ("lo de siempre porfa", Reference.USUAL),
        ("lo mismo que la semana pasada", Reference.LAST),
        ("comme d'habitude", Reference.USUAL),
        ("la même commande que la semaine dernière", Reference.LAST),
        ("wie immer bitte", Reference.USUAL),
        ("das Gleiche wie letzte Woche", Reference.LAST),
        ("2 cases of coke", None),
        ("3 cases of house wine please, Thursday as usual.", None),
        ("we need double the usual: 8 kegs", None),
        ("Can you deliver to 88 Park Lane instead of the usual address?", None),
    ],
)
def test_reference_kinds(text: str, kind: Reference | None) -> None:
    assert reference_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "the usual but no milk, plus 2 cases of still water 500ml",
        "lo de siempre pero sin leche, y 2 cajas de agua sin gas 500ml",
        "comme d'habitude mais sans le lait, et 2 caisses d'eau plate 500ml",
        "wie immer, aber ohne Milch, plus 2 Kisten stilles Wasser 500ml",
    ],
)
def test_the_usual_with_removals_and_additions(
    index: CatalogIndex, regular: CustomerHistory, text: str
) -> None:
    out, (status, _, reasons) = run(text, index, regular)
    assert status == "CONFIRMED", reasons
    assert basket(out) == {"COLA-CAN-24": 2, "FLOUR-00-25KG": 3, "WATER-STILL-500": 2}
    assert out.note is not None and out.note.startswith("repeat of order o2")  # the usual: o1/o2's basket
    assert all(
        m.reason.startswith("repeat of order") for m in out.matches if m.resolved_sku != "WATER-STILL-500"
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("same as last week", {"COLA-CAN-24": 3, "MILK-SEMI-2L": 5, "FLOUR-00-25KG": 4}),
        ("same as last week but only 1 flour", {"COLA-CAN-24": 3, "MILK-SEMI-2L": 5, "FLOUR-00-25KG": 1}),
        (
            "same as last week plus 1 more case of coke cans",
            {"COLA-CAN-24": 4, "MILK-SEMI-2L": 5, "FLOUR-00-25KG": 4},
        ),
        ("lo mismo que la semana pasada", {"COLA-CAN-24": 3, "MILK-SEMI-2L": 5, "FLOUR-00-25KG": 4}),
        (
            "Subject: This week\n\nPlease repeat last week's order.\n\nThanks, Sue",
            {"COLA-CAN-24": 3, "MILK-SEMI-2L": 5, "FLOUR-00-25KG": 4},
        ),
        ("Comme la semaine dernière, merci !", {"COLA-CAN-24": 3, "MILK-SEMI-2L": 5, "FLOUR-00-25KG": 4}),
        (
            "das Gleiche wie letzte Woche, aber nur 2 Milch",
            {"COLA-CAN-24": 3, "MILK-SEMI-2L": 2, "FLOUR-00-25KG": 4},
        ),
    ],
)
def test_same_as_last_week_with_changes(
    index: CatalogIndex, regular: CustomerHistory, text: str, want: dict[str, int]
) -> None:
    out, (status, _, reasons) = run(text, index, regular)
    assert status == "CONFIRMED", reasons
    assert basket(out) == want
    assert out.note is not None and out.note.startswith("repeat of order o4")


def test_no_history_goes_to_review(index: CatalogIndex) -> None:
    out, (status, _, reasons) = run("same as last week please", index, CustomerHistory())
    assert status == "REVIEW"
    assert any(r.startswith("HISTORY_REFERENCE") for r in reasons)


def test_ambiguous_reference_goes_to_review(index: CatalogIndex) -> None:
    # no basket repeats: "the usual" is not one order
    varied = CustomerHistory.from_orders(
        [
            _order("a", "2026-01-05", ("COLA-CAN-24", None, 2)),
            _order("b", "2026-01-12", ("MILK-SEMI-2L", None, 6)),
            _order("c", "2026-01-19", ("FLOUR-00-25KG", None, 3)),
        ]
    )
    out, (status, _, reasons) = run("the usual please", index, varied)
    assert status == "REVIEW" and out.note is None
    assert any("ambiguous" in r for r in reasons), reasons
    # two different orders two days apart: which one is "last week"?
    close = CustomerHistory.from_orders(
        [
            _order("a", "2026-01-12", ("COLA-CAN-24", None, 2)),
            _order("b", "2026-01-14", ("MILK-SEMI-2L", None, 6)),
        ]
    )
    _, (status, _, reasons) = run("same as last week", index, close)
    assert status == "REVIEW" and any("ambiguous" in r for r in reasons), reasons


def test_removal_of_something_not_in_the_order_goes_to_review(
    index: CatalogIndex, regular: CustomerHistory
) -> None:
    _, (status, _, reasons) = run("same as last week but no beef mince", index, regular)
    assert status == "REVIEW" and any("beef mince" in r for r in reasons), reasons


def test_quantity_outlier_goes_to_review(index: CatalogIndex, regular: CustomerHistory) -> None:
    _, (status, _, _) = run("40 cases coke cans", index, None)
    assert status == "CONFIRMED"  # no history: nothing to compare with (absolute bounds are #6's)
    _, (status, _, reasons) = run("40 cases coke cans", index, regular)
    assert status == "REVIEW"
    assert any(r.startswith(QUANTITY_OUTLIER) for r in reasons), reasons
    _, (status, _, reasons) = run("4 cases coke cans", index, regular)  # a busy week, not an outlier
    assert status == "CONFIRMED", reasons


@pytest.mark.parametrize(
    "text",
    [
        "morning! usual please 🙂",
        "Buenas, lo de siempre",
        "Subject: Breakfast order\n\nGood morning,\n\nPlease repeat our last order.\n\nKind regards,\nPurchasing",
        "Buongiorno, come sempre per martedì, grazie",
    ],
)
def test_a_greeting_before_the_reference(index: CatalogIndex, regular: CustomerHistory, text: str) -> None:
    out, (status, _, reasons) = run(text, index, regular)
    assert status == "CONFIRMED", reasons
    assert out.note is not None and out.note.startswith("repeat of order")
