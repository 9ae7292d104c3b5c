"""Issue #10 rule classes worked in session 7 (SPOKEN_NUMBER, SELF_CORRECTION, SIDE_QUESTION), through the
worker's own analysis (`plan_for_text` -> `analyse`) against the shipped test catalog."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from db.enums import MessageIntent, OrderStatus
from jobs.language.extraction import extract_lines
from jobs.language.extraction.spoken import spoken_numbers
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.pipeline.evaluation import plan_for_text
from tests.trust import confirmed, index_of


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    return index_of("catalog")


# ------------------------------------------------------------------ SPOKEN_NUMBER
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can I get for sacks of pizza flour and to boxes of cherry tomatoes thanks", "4 sacks, 2 boxes"),
        ("voice note: send me for cases of coke zero", "4 cases"),
    ],
)
def test_homophones_of_small_numbers_before_a_plural_unit_are_counts(
    index: CatalogIndex, text: str, expected: str
) -> None:
    pairs = confirmed(index, text)
    counts = sorted(q for _, q in pairs if q is not None)
    assert counts == sorted(x.split()[0] for x in expected.split(", "))


@pytest.mark.parametrize(
    "text",
    [
        "we are looking for boxes of 12",
        "can we switch to cases instead of packs",
        "thanks for kegs last week",
        "for 2 cases of coke zero",
    ],
)
def test_for_and_to_stay_words_where_they_are_prepositions(text: str) -> None:
    assert spoken_numbers(text) == text


# ------------------------------------------------------------------ SELF_CORRECTION
@pytest.mark.parametrize(
    ("text", "sku", "quantity"),
    [
        ("3 cases coke zero no wait make it 4", "COKE-ZERO-330", "4"),
        ("2 cases coke zero 330ml, no wait make it 3 cases", "COKE-ZERO-330", "3"),
        ("2 cs coke zero, sorry 3", "COKE-ZERO-330", "3"),
        ("3 no 4 cases of coke zero", "COKE-ZERO-330", "4"),
        ("2 cases coke zero - actually make that diet coke", "DIET-COKE-330", "2"),
    ],
)
def test_a_correction_inside_the_message_replaces_the_line_before(
    index: CatalogIndex, text: str, sku: str, quantity: str
) -> None:
    assert confirmed(index, text) == [(sku, quantity)]


def test_a_corrected_line_says_so_and_is_not_a_change_of_a_placed_order(index: CatalogIndex) -> None:
    (line,) = extract_lines("3 cases coke zero no wait make it 4")
    assert line.corrected and line.quantity == Decimal(4) and line.unit == "case"
    # with no line before it, "make it 4" still amends an order already placed
    assert (
        plan_for_text("can you make it 4 cases on friday's order", index).message_intent
        == MessageIntent.CHANGE
    )


def test_sorry_before_a_new_line_is_not_a_correction(index: CatalogIndex) -> None:
    assert confirmed(index, "2 cases coke zero, sorry, and 3 cases diet coke") == [
        ("COKE-ZERO-330", "2"),
        ("DIET-COKE-330", "3"),
    ]


# ------------------------------------------------------------------ SIDE_QUESTION
def test_a_question_beside_a_complete_order_is_carried_in_its_notes(index: CatalogIndex) -> None:
    text = "3 cases coke zero and 5kg tomatoes. Also how much is the heineken keg?"
    assert confirmed(index, text) == [("COKE-ZERO-330", "3"), ("TOMATO-KG", "5")]
    plan = plan_for_text(text, index)
    assert plan.decision is not None and plan.decision.note is not None
    assert plan.decision.note.startswith("SIDE_QUESTION") and "heineken keg" in plan.decision.note
    assert plan.decision.output["note"] == plan.decision.note
    assert plan.order is not None and plan.order.order["notes"] == plan.decision.note  # orders.notes


@pytest.mark.parametrize(
    "text",
    [
        # the order depends on the answer
        "2 cases coke zero. do you have oat milk? if not, soy",
        # an order phrased as a question is an order line, not a side question
        "2 cases coke zero. Can I also get a heineken keg?",
        # a question before any line is not beside an order
        "Do you stock oat milk? 2 cases coke zero",
    ],
)
def test_questions_the_order_depends_on_still_hold_it(index: CatalogIndex, text: str) -> None:
    plan = plan_for_text(text, index)
    assert plan.decision is None or plan.decision.status == OrderStatus.REVIEW, plan.decision


# ------------------------------------------------------------------ UNSAID_FORMAT, FALSE_FRIEND_UNIT


@pytest.fixture(scope="module")
def index10() -> CatalogIndex:
    return index_of("catalog10")


@pytest.mark.parametrize("text", ["2 cases 12oz cups", "2 cases 8oz cups"])
def test_a_family_word_is_not_the_product_named_only_by_an_unsaid_format_word(
    index10: CatalogIndex, text: str
) -> None:
    # "pet cups" and "cup sleeves" reduce to "cups" once their format words are set aside; the single and
    # double wall hot cups hold "cups" too and come in the same sizes: a human chooses
    plan = plan_for_text(text, index10)
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW
    assert any("ambiguous" in r for r in plan.decision.reasons), plan.decision.reasons


@pytest.mark.parametrize(
    ("text", "sku"), [("2 cases 12oz pet cups", "CUP-PET"), ("2 cases 12oz double wall cups", "CUP-DW")]
)
def test_a_said_format_word_still_names_the_product(index10: CatalogIndex, text: str, sku: str) -> None:
    assert confirmed(index10, text) == [(sku, "2")]


def test_a_case_of_coke_is_still_the_can(index: CatalogIndex) -> None:
    # the can's unsaid "can" is implied by the case it is sold in
    assert confirmed(index, "1 cs coke, 1 cs coke zero") == [("COKE-330", "1"), ("COKE-ZERO-330", "1")]


def test_dutch_dozen_are_boxes(index10: CatalogIndex) -> None:
    text = "Hoi! Voor woensdag graag: 5 dozen Bruk barista en 6 dozen volle melk. Groetjes, Sanne"
    assert confirmed(index10, text) == [("MILK-WHOLE", "6"), ("OAT-BRUK-BAR", "5")]
    # an English dozen keeps its twelve
    (line,) = extract_lines("2 dozen eggs please")
    assert line.unit == "dozen" and line.quantity == Decimal(2)


# ------------------------------------------------------------------ quoted replies, acknowledgements
def test_a_quoted_order_in_a_reply_is_not_ordered_again(index10: CatalogIndex) -> None:
    text = (
        "Yes please go ahead, and add 2 boxes of the 1100 catering tea bags.\n\nMaggie\n\n"
        "> On 1 Jul 2026, Crema & Crumb Café Supply wrote:\n"
        "> Your order 40117 for Wednesday: 4 x house blend 1kg, 10 x whole milk, 3 x double cream.\n"
        "> Reply YES to confirm"
    )
    assert confirmed(index10, text) == [("TEA-EB-1100", "2")]


def test_an_outlook_quotation_is_cut(index10: CatalogIndex) -> None:
    text = (
        "Hi,\nThat's fine, please also send 2 boxes of decaf tea bags.\nTomasz\n\n"
        "-----Original Message-----\nFrom: Crema & Crumb Café Supply\nSubject: RE: Thursday\n\n"
        "Your order: 6 x earl grey"
    )
    assert confirmed(index10, text) == [("TEA-EB-DECAF", "2")]


# ------------------------------------------------------------------ CREDIT_TERMS
@pytest.mark.parametrize(
    "text",
    [
        "2 cases coke zero and 5kg tomatoes. Can we pay on account?",
        "can i get 10 cases of coke zero on tick till the loan comes in lol",
        "Nos gustaría un primer pedido a crédito, con pago a 30 días: 2 cajas de coca cola zero",
        "We're new. 2 cases coke zero for Friday, our manager is setting up the account, we'll pay on the first invoice",
    ],
)
def test_an_order_asking_for_credit_goes_to_a_person(index: CatalogIndex, text: str) -> None:
    plan = plan_for_text(text, index)
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW
    assert any(r.startswith("CREDIT_TERMS") for r in plan.decision.reasons), plan.decision.reasons


def test_an_account_already_set_up_is_not_credit(index: CatalogIndex) -> None:
    assert confirmed(index, "Hi, our account is now set up. Please send 2 cases coke zero") == [
        ("COKE-ZERO-330", "2")
    ]


# ------------------------------------------------------------------ intent in more languages
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("To samo co zawsze", MessageIntent.ORDER),
        ("O habitual para quinta, obrigado. Rui", MessageIntent.ORDER),
        (
            "As douradas de ontem vieram sem gelo, 6 estavam quentes. Quero crédito dessas 6.",
            MessageIntent.COMPLAINT,
        ),
        ("Il cioccolato 70% è arrivato tutto sciolto, 2 sacchetti da buttare.", MessageIntent.COMPLAINT),
        ("Zamiast mleka owsianego przyszło mleko sojowe, 1 karton.", MessageIntent.COMPLAINT),
        (
            "Bitte die Lieferung von Mittwoch auf Donnerstag verschieben, gleiche Mengen.",
            MessageIntent.CHANGE,
        ),
        ("Kunnen jullie een offerte sturen voor 40 zakken couscous per maand?", MessageIntent.QUESTION),
    ],
)
def test_intent_in_more_languages(index: CatalogIndex, text: str, intent: MessageIntent) -> None:
    assert plan_for_text(text, index).message_intent == intent


def test_a_polish_order_reads_its_units_and_letters(index10: CatalogIndex) -> None:
    # "worki" are bags and "pełnego" keeps its letters (ł): the words reach the matcher whole
    (line,) = extract_lines("4 worki house blend 1kg")
    assert line.unit == "bag" and line.quantity == Decimal(4)
    (milk,) = extract_lines("6 kartonów mleka pełnego")
    assert "pelnego" in milk.phrase


# ------------------------------------------------------------------ ITEMS_OF_PACK
_PACKED = {
    "currency": "GBP",
    "categories": [{"name": "Produce", "parent": None, "ai_keywords": []}],
    "products": [
        {
            "sku": "TOM-CHERRY",
            "name": "Cherry Tomatoes 9 x 250g Punnets",
            "category": "Produce",
            "unit": "tray",
            "unit_price": "9.00",
            "aliases": ["cherry tomatoes"],
            "keywords": [],
            "variants": [],
        },
        {
            "sku": "LEMON-80",
            "name": "Lemons Box of 80",
            "category": "Produce",
            "unit": "box",
            "unit_price": "19.00",
            "aliases": ["lemons"],
            "keywords": [],
            "variants": [],
        },
        {
            "sku": "ONION-KG",
            "name": "Brown Onions (per kg)",
            "category": "Produce",
            "unit": "kg",
            "unit_price": "1.00",
            "aliases": ["brown onions"],
            "keywords": [],
            "variants": [],
        },
        {
            "sku": "POT-25",
            "name": "Maris Piper Potatoes 25kg Sack",
            "category": "Produce",
            "unit": "sack",
            "unit_price": "14.00",
            "aliases": ["maris piper"],
            "keywords": [],
            "variants": [],
        },
    ],
}


@pytest.fixture(scope="module")
def packed(tmp_path_factory: pytest.TempPathFactory) -> CatalogIndex:
    path = tmp_path_factory.mktemp("catalog") / "packed.json"
    path.write_text(json.dumps(_PACKED), encoding="utf-8")
    return CatalogIndex.build(load_catalog_json(path))


@pytest.mark.parametrize(
    ("text", "quantity"),
    [("18 punnets cherry tomatoes", "2"), ("2 punnets cherry tomatoes", "2"), ("160 lemons", "2")],
)
def test_items_of_a_pack_convert_to_whole_packs(packed: CatalogIndex, text: str, quantity: str) -> None:
    assert confirmed(packed, text)[0][1] == quantity


@pytest.mark.parametrize("text", ["20 punnets cherry tomatoes", "100 lemons"])
def test_items_that_fill_no_whole_pack_are_a_quantity_question(packed: CatalogIndex, text: str) -> None:
    # never 20 trays or 100 boxes
    plan = plan_for_text(text, packed)
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW
    assert any(r.startswith("FRACTION_OF_UNIT") for r in plan.decision.reasons), plan.decision.reasons


# ------------------------------------------------------------------ UNIT_MISMATCH
@pytest.mark.parametrize("text", ["5kg lemons", "2 bags brown onions"])
def test_a_unit_the_selling_unit_cannot_express_is_a_question(packed: CatalogIndex, text: str) -> None:
    plan = plan_for_text(text, packed)
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW
    assert any(r.startswith("UNIT_MISMATCH") for r in plan.decision.reasons), plan.decision.reasons


@pytest.mark.parametrize(
    ("text", "quantity"),
    [("50kg maris piper", "2"), ("10kg brown onions", "10"), ("2 x 5kg brown onions", "10")],
)
def test_a_weight_with_a_known_size_still_converts(packed: CatalogIndex, text: str, quantity: str) -> None:
    assert confirmed(packed, text)[0][1] == quantity


# ------------------------------------------------------------------ QUANTITY_RANGE
@pytest.mark.parametrize("text", ["10-12kg tomatoes", "2-3 cases coke zero", "2 or 3 cases coke zero"])
def test_a_range_of_quantities_is_a_question(index: CatalogIndex, text: str) -> None:
    plan = plan_for_text(text, index)
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW
    assert not any(m.line.quantity_explicit for m in plan.decision.matches if m.line.understood)


# ------------------------------------------------------------------ VARIANT_BY_UNIT


@pytest.fixture(scope="module")
def index11() -> CatalogIndex:
    return index_of("catalog11")


@pytest.mark.parametrize(
    ("text", "variant"), [("20 bunch coriander", "Bunch"), ("2 bags coriander", "1kg Bag")]
)
def test_the_unit_names_the_variant_sold_that_way(index11: CatalogIndex, text: str, variant: str) -> None:
    plan = plan_for_text(text, index11)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision
    (m,) = plan.decision.matches
    assert m.product is not None and m.product.sku == "HERB-CORI"
    assert m.variant is not None and m.variant.name == variant


# ------------------------------------------------------------------ holdout12's classes
def test_a_product_named_by_a_state_word_is_not_a_report() -> None:
    (line,) = extract_lines("ten bags crushed ice")
    assert line.quantity == Decimal(10) and line.unit == "bag" and line.phrase == "crushed ice"
    assert extract_lines("4 packs crushed") == []  # a report of what happened


def test_an_identity_opening_a_spoken_order_keeps_its_lines() -> None:
    lines = extract_lines("hi its zoe again i'd like three cases of light tonic a case of soda water")
    assert [(ln.quantity, ln.phrase) for ln in lines] == [
        (Decimal(3), "light tonic"),
        (Decimal(1), "soda water"),
    ]
    assert extract_lines("it's Kate from the Bluebell") == []


def test_a_correction_cue_in_a_part_of_its_own_corrects_the_next_part(index: CatalogIndex) -> None:
    assert confirmed(index, "3 cases coke zero, no wait, 4") == [("COKE-ZERO-330", "4")]
    # "sorry, and ..." still adds a line
    assert len(extract_lines("2 cases coke zero, sorry, and 3 cases diet coke")) == 2


def test_a_price_question_beside_an_order_is_not_a_line_whatever_its_numbers(index: CatalogIndex) -> None:
    text = "3 cases coke zero and 5kg tomatoes. Also, what's the price on the heineken 50L keg at the moment?"
    assert confirmed(index, text) == [("COKE-ZERO-330", "3"), ("TOMATO-KG", "5")]
