"""Issue #10 rule classes found on holdout5 (a tuning set since): dates vs "2 mayo", pack notation and
pack-or-items counts, containers of case products, family words, negated look-alikes, size-word ties."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jobs.language.extraction import extract_lines
from jobs.language.intent import Intent, classify_intent
from jobs.language.matching import CatalogIndex, LineMatch
from jobs.pipeline.decide import FRACTION_OF_UNIT
from jobs.pipeline.pack_or_items import PACK_OR_ITEMS
from tests.trust import decide, index_of


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    return index_of("catalog5")


def _lines(matches: list[LineMatch]) -> list[tuple[str | None, Decimal]]:
    return [(m.resolved_sku, m.catalog_quantity) for m in matches]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 mayo 1 box ketchup sachets", [("MAYO-5L", 2), ("KETCHUP-SACHET-200", 1)]),
        ("deliver 4 may: 3 mayo and 2 cs skin on fries", [("MAYO-5L", 3), ("FRIES-SKINON-4", 2)]),
        ("Para el 2 de mayo: 3 mayonesa y 2 cajas de limonada", [("MAYO-5L", 3), ("LEMONADE-275-12", 2)]),
        ("3 decaf beans", [("COFFEE-DECAF-1KG", 3)]),
    ],
)
def test_month_words_are_whole_words(index: CatalogIndex, text: str, expected: list) -> None:
    _, _, matches = decide(index, text)
    assert _lines(matches) == [(s, Decimal(q)) for s, q in expected]


@pytest.mark.parametrize(
    ("text", "sku", "quantity"),
    [
        ("6 x 2L pepsi max", "PEPSIMAX-2L-6", 1),
        ("40 x 250g salted butter", "BUTTER-SALTED-40", 1),
        ("fior di latte 8x125g x 3", "MOZZ-FIOR-8", 3),
        ("4 x 2L pepsi max", "PEPSIMAX-2L-6", 4),
    ],
)
def test_pack_notation_counts_the_items_of_a_pack(
    index: CatalogIndex, text: str, sku: str, quantity: int
) -> None:
    status, reasons, matches = decide(index, text)
    assert _lines(matches) == [(sku, Decimal(quantity))]
    assert status == "CONFIRMED", reasons


@pytest.mark.parametrize("text", ["4 oat milks", "6 pepsi max 2L", "4 laits d'avoine"])
def test_a_bare_count_of_a_small_pack_product_is_a_question(index: CatalogIndex, text: str) -> None:
    status, reasons, _ = decide(index, text)
    assert status == "REVIEW"
    assert any(r.startswith(PACK_OR_ITEMS) for r in reasons), reasons


@pytest.mark.parametrize("text", ["2 x 6 oat barista", "oat milk x4", "2 oat milk"])
def test_marked_or_small_counts_of_a_pack_product_are_packs(index: CatalogIndex, text: str) -> None:
    _, reasons, _ = decide(index, text)
    assert not any(r.startswith(PACK_OR_ITEMS) for r in reasons), reasons


@pytest.mark.parametrize("text", ["6 bottles ginger beer", "1 bouteille de prosecco pour ce soir svp"])
def test_containers_that_fill_no_whole_case_are_fractions(index: CatalogIndex, text: str) -> None:
    status, reasons, _ = decide(index, text)
    assert status == "REVIEW"
    assert any(r.startswith(FRACTION_OF_UNIT) for r in reasons), reasons


def test_a_family_word_weakly_covered_by_one_member_is_ambiguous(index: CatalogIndex) -> None:
    status, _, matches = decide(index, "orange juice x4")
    assert status == "REVIEW" and matches[0].resolved_sku is None
    assert decide(index, "smooth orange juice x2")[2][0].resolved_sku == "OJ-SMOOTH-1L-12"


@pytest.mark.parametrize(
    ("text", "sku"),
    [("salted butter 2 cases", "BUTTER-SALTED-40"), ("2 cases unsalted butter", "BUTTER-UNSALTED-40")],
)
def test_a_negated_word_is_not_a_typo(index: CatalogIndex, text: str, sku: str) -> None:
    status, reasons, matches = decide(index, text)
    assert matches[0].resolved_sku == sku and status == "CONFIRMED", reasons


def test_a_size_word_picks_the_variant_it_names_whole(index: CatalogIndex) -> None:
    _, _, matches = decide(index, "4 boxes nitrile gloves large")
    assert matches[0].variant is not None and matches[0].variant.name == "Large"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "we'll have two lemonades a water and one large iced tea",
            [("lemonades", 2), ("water", 1), ("iced tea", 1)],
        ),
        (
            "quiero dos cajas de limonada una de ginger beer y tres de agua con gas",
            [("limonada", 2), ("ginger beer", 1), ("agua con gas", 3)],
        ),
        ("Ciao, quattro mozzarelle a blocco", [("mozzarelle blocco", 4)]),
    ],
)
def test_articles_start_the_next_item_of_a_spoken_list(text: str, expected: list) -> None:
    assert [(x.phrase, x.quantity) for x in extract_lines(text)] == [(p, Decimal(q)) for p, q in expected]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("can I have a quote for 50 cases of pepsi max?", Intent.QUESTION),
        ("Can I get a table for 4 at 8pm tonight?", Intent.QUESTION),
        ("change the pepsi max on friday's order from 5 cases to 3", Intent.CHANGE),
        ("can you move thursday's delivery to friday", Intent.CHANGE),
        ("Les croissants étaient écrasés, 2 caisses inutilisables", Intent.COMPLAINT),
        ("Das Fass Bergmann war nur halb voll!", Intent.COMPLAINT),
        ("2 cases coke, deliver from 10 to 12", Intent.ORDER),
    ],
)
def test_requests_amendments_and_complaints_that_are_not_orders(text: str, intent: Intent) -> None:
    assert classify_intent(text, lines=extract_lines(text)).intent == intent


@pytest.mark.parametrize(
    ("text", "sku", "variant"),
    [
        ("black napkins 1 case", None, None),
        ("burgundy napkins x 2", "NAPKIN-DINNER", "Burgundy"),
        ("2 cajas de servilletas grandes granate", "NAPKIN-DINNER", "Burgundy"),
        ("brown paper bags 1 case", "BAG-PAPER", "Brown"),
    ],
)
def test_a_variant_word_of_two_family_members_is_ambiguous(
    index: CatalogIndex, text: str, sku: str | None, variant: str | None
) -> None:
    m = decide(index, text)[2][0]
    assert m.resolved_sku == sku
    if sku is not None:
        assert m.variant is not None and m.variant.name == variant
