"""Florist wholesale orders in English, Dutch, Polish and German (issue #10, session 13): bunches ("bos",
"bossen", "pęczki", "Bund"), stems counted into bunches (STEMS_OF_A_BUNCH: "stems", "stelen", "łodyg"), trays,
rolls and bags ("tac", "rolki", "worków"), and the trade's flower and sundries words, read by the worker's own
analysis (`plan_for_text` -> `analyse`) against a small catalog."""

from __future__ import annotations

import pytest

from db.enums import OrderStatus
from jobs.language.intent import Intent, classify_intent
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.pipeline.evaluation import plan_for_text

_PRODUCTS = [
    (
        "ROSE-NAOMI",
        "Red Naomi Rose (bunch of 20)",
        "pack",
        ["50cm", "60cm"],
        ["naomi roses", "red naomi", "naomi"],
    ),
    ("ROSE-AVALANCHE", "Avalanche+ White Rose (bunch of 20)", "pack", ["50cm", "60cm"], ["avalanche"]),
    ("TULIP-STRONGGOLD", "Strong Gold Yellow Tulip (bunch of 10)", "pack", [], ["strong gold"]),
    ("WAXFLOWER", "Waxflower White (bunch of 10)", "pack", [], ["waxflower"]),
    ("PEONY-CORAL", "Coral Charm Peony (bunch of 10)", "pack", [], ["coral charm"]),
    ("LILY-SPRAY", "Oriental Lily Mixed", "pack", [], ["oriental lily"]),
    ("PANSY", "Pansy Mixed 10.5cm Pot (tray of 10)", "tray", [], ["pansies"]),
    ("RIBBON-RED", "Double Satin Ribbon Red (50m roll)", "each", ["25mm", "38mm"], ["red satin ribbon"]),
    ("COMPOST", "Westland Multi Purpose Compost 60L", "bag", [], ["westland multi purpose"]),
    ("WIRE-REEL", "Silver Reel Wire 0.32mm (pack of 10 reels)", "pack", [], ["silver reel wire"]),
]


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    rows = [
        {
            "sku": s,
            "name": n,
            "unit": u,
            "unit_price": "1.00",
            "variants": [{"name": v} for v in vs],
            "aliases": a,
        }
        for s, n, u, vs, a in _PRODUCTS
    ]
    return CatalogIndex.build(load_catalog_json(rows))


def _plan(
    index: CatalogIndex, text: str
) -> tuple[OrderStatus, list[tuple[str | None, str]], tuple[str, ...]]:
    plan = plan_for_text(text, index)
    assert plan.decision is not None, text
    lines = [(m.resolved_sku, format(m.catalog_quantity.normalize(), "f")) for m in plan.decision.matches]
    return plan.decision.status, lines, plan.decision.reasons


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # Dutch bunches ("bos", "bossen") and the stem length as the variant
        ("3 bossen avalanche 60cm en 2 bos waxflower", [("ROSE-AVALANCHE", "3"), ("WAXFLOWER", "2")]),
        # Dutch stems counted into bunches of 10
        ("60 stelen strong gold en 20 stelen waxflower", [("TULIP-STRONGGOLD", "6"), ("WAXFLOWER", "2")]),
        # Polish stems ("łodyg") into bunches of 20, bunches ("pęczki") of tulips ("tulipanów")
        (
            "Poproszę 60 łodyg naomi 50cm i 2 pęczki tulipanów strong gold",
            [("ROSE-NAOMI", "3"), ("TULIP-STRONGGOLD", "2")],
        ),
        # English stems into bunches of 20
        ("100 stems avalanche 60cm please", [("ROSE-AVALANCHE", "5")]),
        # Polish trays ("tac"), rolls of ribbon ("rolki wstążki czerwonej"), bags ("worków")
        (
            "Proszę 3 tace bratków, 2 rolki wstążki czerwonej 38mm i 10 worków westland multi purpose",
            [("PANSY", "3"), ("RIBBON-RED", "2"), ("COMPOST", "10")],
        ),
        # German compound: "Silberdraht" is silver wire
        ("1 Pack Silberdraht bitte", [("WIRE-REEL", "1")]),
    ],
)
def test_florist_orders_are_confirmed(index: CatalogIndex, text: str, lines: list[tuple[str, str]]) -> None:
    status, got, reasons = _plan(index, text)
    assert got == lines, text
    assert status == OrderStatus.CONFIRMED, (text, reasons)


def test_stems_that_fill_no_whole_bunch_are_a_question(index: CatalogIndex) -> None:
    """30 stems of a bunch of 20 is a bunch and a half: never confirmed, never 30 bunches."""
    status, got, reasons = _plan(index, "can i get 30 stems naomi 50cm")
    assert status == OrderStatus.REVIEW
    assert got == [("ROSE-NAOMI", "1.5")]
    assert any(r.startswith("FRACTION_OF_UNIT") for r in reasons)


def test_stems_of_a_product_whose_stem_count_is_unsaid_are_a_question(index: CatalogIndex) -> None:
    """The catalog does not say how many stems a bunch of oriental lilies holds: 40 stems is no count of bunches."""
    status, got, reasons = _plan(index, "40 stems oriental lily")
    assert status == OrderStatus.REVIEW
    assert got == [("LILY-SPRAY", "40")]
    assert any(r.startswith("UNIT_MISMATCH (STEMS_UNCOUNTED)") and "stems" in r for r in reasons)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("zaterdag niks nodig, regen voorspeld. henk", Intent.CANCEL),  # Dutch: nothing needed on Saturday
        ("wycofaj piątek proszę, zamykam sklep na długi weekend", Intent.CANCEL),  # Polish: withdraw Friday
        (
            "Słoneczniki z czwartku były połamane, 1 pęczek do wyrzucenia",
            Intent.COMPLAINT,
        ),  # broken, thrown away
        ("Brakowało 2 pęczków Don Pedro w dostawie z czwartku", Intent.COMPLAINT),  # two bunches were missing
        ("De avalanche waren 50cm ipv 60cm, 3 bossen. Kunnen jullie dat crediteren?", Intent.COMPLAINT),
        ("Die Ranunkeln von Freitag hatten Botrytis, 2 Bund unbrauchbar.", Intent.COMPLAINT),
        ("czy w poniedzialek 1 maja dowozicie?", Intent.QUESTION),  # Polish: do you deliver on 1 May?
        ("Ich hätte gern gewusst, ob Sie auch samstags nach Düsseldorf liefern.", Intent.QUESTION),
        ("Ik wil graag weten of jullie volgende week pioenrozen hebben", Intent.QUESTION),
    ],
)
def test_dutch_polish_and_german_intent_cues(text: str, intent: Intent) -> None:
    assert classify_intent(text).intent == intent


def test_a_size_number_before_the_next_count_is_the_items_size(index: CatalogIndex) -> None:
    """SIZE_BEFORE_COUNT: in "3 naomi 60 2 avalanche 50 4 strong gold" each bare number after a rose is its stem
    length, the one after it the next item's count (never 60 avalanche)."""
    plan = plan_for_text("3 naomi 60 2 avalanche 50 4 strong gold pls", index)
    assert plan.decision is not None
    got = [
        (m.resolved_sku, format(m.catalog_quantity.normalize(), "f"), m.variant.name if m.variant else None)
        for m in plan.decision.matches
    ]
    assert got == [
        ("ROSE-NAOMI", "3", "60cm"),
        ("ROSE-AVALANCHE", "2", "50cm"),
        ("TULIP-STRONGGOLD", "4", None),
    ]
    assert plan.decision.status == OrderStatus.CONFIRMED
