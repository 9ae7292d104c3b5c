"""Orders written in Welsh and Albanian, and in Irish and Scots English (issue #10, session 12): their goods
words (Welsh mutations as data), pack words, weekdays, number words, please/thanks and intent cues, read
by the worker's own analysis (`plan_for_text` -> `analyse`) against a small catalog."""

from __future__ import annotations

import pytest

from db.enums import OrderStatus
from jobs.language.intent import Intent, classify_intent
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.pipeline.evaluation import plan_for_text

_PRODUCTS = [
    ("MILK-WHOLE", "Whole Milk 4 Pint", "each"),
    ("MILK-SEMI", "Semi-Skimmed Milk 4 Pint", "each"),
    ("BREAD-WHITE", "White Sliced Bread 800g", "each"),
    ("SAUSAGE-PORK", "Pork Sausages 60 x 57g", "box"),
    ("SAUSAGE-VEG", "Vegetarian Sausages 60 x 50g", "box"),
    ("CHIPS-STRAIGHT", "Straight Cut Chips 4 x 2.5kg", "case"),
    ("BREADSTICKS", "Breadsticks 12 x 125g", "case"),
    ("FLOUR-STRONG", "Strong White Flour 16kg", "bag"),
    ("TOM-TIN", "Chopped Tomatoes 2.5kg Tin", "each"),
    ("HAM-DICED", "Cooked Ham Diced 1kg", "pack"),
    ("MUSH-TIN", "Sliced Mushrooms 2.5kg Tin", "each"),
    ("GUIN-KEG", "Guinness Draught Keg 50L", "keg"),
    ("CARL-KEG", "Carling Lager Keg 50L", "keg"),
    ("MIXED-GAS", "Mixed Gas 30/70 Cylinder 6.35kg", "each"),
]


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    rows = [{"sku": s, "name": n, "unit": u, "unit_price": "1.00"} for s, n, u in _PRODUCTS]
    return CatalogIndex.build(load_catalog_json(rows))


def _lines(index: CatalogIndex, text: str) -> tuple[OrderStatus | None, list[tuple[str | None, str]]]:
    plan = plan_for_text(text, index)
    assert plan.decision is not None, text
    return plan.decision.status, [
        (m.resolved_sku, format(m.line.quantity.normalize(), "f")) for m in plan.decision.matches
    ]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # Welsh: a soft-mutated box ("focs") and case ("gas" for "cas"), "a" between items, the weekday after
        # "erbyn" (by), please and thanks
        (
            "Bore da, 3 focs o selsig porc a 2 gas sglodion syth erbyn dydd Gwener plîs. Diolch, Gwyn",
            [("SAUSAGE-PORK", "3"), ("CHIPS-STRAIGHT", "2")],
        ),
        # Welsh milks and loaves: "cyflawn" (whole), "hanner sgim" (semi-skimmed), "torth wen" (a white loaf)
        (
            "6 llaeth cyflawn, 4 llaeth hanner sgim a 2 dorth wen os gwelwch yn dda",
            [("MILK-WHOLE", "6"), ("MILK-SEMI", "4"), ("BREAD-WHITE", "2")],
        ),
        # Welsh number words, "ffyn bara" (breadsticks)
        ("dau focs selsig llysieuol a tri chas ffyn bara", [("SAUSAGE-VEG", "2"), ("BREADSTICKS", "3")]),
        # Albanian: sacks ("thasë"), tins ("kanoçe"), "prerë në kubikë" (diced), "dhe" (and), the weekday
        (
            "Mirëdita, për të premten: 4 thasë miell strong white, 2 domate në kanoçe dhe 3 proshutë e prerë "
            "në kubikë. Faleminderit",
            [("FLOUR-STRONG", "4"), ("TOM-TIN", "2"), ("HAM-DICED", "3")],
        ),
        ("Dëshiroj të porosis pesë kërpudha në kanoçe, ju lutem", [("MUSH-TIN", "5")]),
        # Irish and Scots English: "aye", "n" (and), "fer" (for), "howya", "grand so"
        (
            "howya, aye 2 guinness kegs n a carling keg fer friday, grand so",
            [("GUIN-KEG", "2"), ("CARL-KEG", "1")],
        ),
    ],
)
def test_welsh_albanian_and_irish_orders_are_read_line_by_line(
    index: CatalogIndex, text: str, lines: list[tuple[str, str]]
) -> None:
    assert _lines(index, text) == (OrderStatus.CONFIRMED, lines)


def test_gas_is_a_welsh_case_only_in_a_welsh_message(index: CatalogIndex) -> None:
    """ "gas" after a count is the soft-mutated "cas" (a case) in a Welsh message; in English it is gas."""
    assert _lines(index, "2 mixed gas and a guinness keg please")[1] == [
        ("MIXED-GAS", "2"),
        ("GUIN-KEG", "1"),
    ]
    assert _lines(index, "2 gas sglodion syth os gwelwch yn dda, diolch") == (
        OrderStatus.CONFIRMED,
        [("CHIPS-STRAIGHT", "2")],
    )


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Canslwch yr archeb ar gyfer dydd Iau os gwelwch yn dda", Intent.CANCEL),
        ("Oes gennych chi selsig heb glwten? Diolch", Intent.QUESTION),
        ("Daeth y llaeth heddiw yn sur, allwch chi gredydu?", Intent.COMPLAINT),
        ("A keni proshutë të prerë? Sa kushton kutia?", Intent.QUESTION),
        ("A mund të na dërgoni listën e çmimeve? Faleminderit", Intent.QUESTION),
        ("Kutitë erdhën të lagura, 2 pako i hodhëm. Ju lutem na i zëvendësoni.", Intent.COMPLAINT),
        ("Ju lutem anuloni porosinë e së enjtes", Intent.CANCEL),
    ],
)
def test_welsh_and_albanian_messages_say_what_they_are(text: str, intent: Intent) -> None:
    assert classify_intent(text).intent == intent


def test_the_usual_in_welsh_and_albanian_refers_to_an_earlier_order(index: CatalogIndex) -> None:
    for text in ("Yr arferol ar gyfer dydd Mercher plîs", "Si javën e kaluar, ju lutem"):
        plan = plan_for_text(text, index)
        assert plan.intent.intent == Intent.ORDER, text
        assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW, text
        assert any(r.startswith("HISTORY_REFERENCE") for r in plan.decision.reasons), plan.decision.reasons
