"""Issue #10's named order-decision rules: each sends a message to review with a reason an operator reads."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jobs.language.intent import HISTORY_REFERENCE, NON_ORDER_REQUEST, Intent, classify_intent
from jobs.language.matching import CatalogIndex
from jobs.pipeline.decide import FRACTION_OF_UNIT, VARIANT_REQUIRED
from jobs.pipeline.outputs import matched_lines
from tests.trust import decide, index_of


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    return index_of("catalog3")


def test_a_product_with_variants_and_no_variant_named_goes_to_review(index: CatalogIndex) -> None:
    status, reasons, matches = decide(index, "2 boxes nitrile gloves")
    assert status == "REVIEW"
    assert any(r.startswith(VARIANT_REQUIRED) for r in reasons), reasons
    assert matches[0].variant is None


@pytest.mark.parametrize(
    ("text", "sku", "variant"),
    [
        ("2 boxes small nitrile gloves", "GLOVE-NITRILE-100", "Small"),
        ("2 boxes vinyl gloves medium", "GLOVE-VINYL-100", "Medium"),
        ("4 boxes black paper straws", "STRAW-PAPER-250", "Black"),
        ("2 packs burgundy dinner napkins", "NAPKIN-DINNER-40", "Burgundy"),
    ],
)
def test_size_words_and_colours_select_the_variant(
    index: CatalogIndex, text: str, sku: str, variant: str
) -> None:
    status, reasons, matches = decide(index, text)
    assert matches[0].product is not None and matches[0].product.sku == sku
    assert matches[0].variant is not None and matches[0].variant.name == variant
    assert not any(r.startswith(VARIANT_REQUIRED) for r in reasons)


def test_a_fraction_of_a_case_is_never_confirmed(index: CatalogIndex) -> None:
    status, reasons, matches = decide(index, "30 cans of diet coke")
    assert status == "REVIEW"
    assert any(r.startswith(FRACTION_OF_UNIT) for r in reasons), reasons


def test_two_or_three_cans_of_a_case_product_are_cases(index: CatalogIndex) -> None:
    _, _, matches = decide(index, "add 3 cans of red bull sugarfree pls")
    assert matches[0].catalog_quantity == Decimal(3)


def test_one_bottle_of_a_case_product_is_a_question(index: CatalogIndex) -> None:
    status, reasons, _ = decide(index, "1 bottle of prosecco pls")
    assert status == "REVIEW"
    assert any(r.startswith(FRACTION_OF_UNIT) for r in reasons), reasons


def test_whole_cases_counted_in_bottles_convert(index: CatalogIndex) -> None:
    _, _, matches = decide(index, "24 bottles of acqua panna")
    assert matches[0].catalog_quantity == Decimal(2)


@pytest.mark.parametrize(
    "text",
    [
        "the usual + a case of cloudy apple juice 1L",
        "Same order as last Friday please, and add 2 packs of blue roll",
        "repeat my order from monday plus 2 cases coke zero cans",
        "lo de siempre y 2 cajas de coca cola zero lata",
    ],
)
def test_references_to_history_go_to_review(index: CatalogIndex, text: str) -> None:
    assert HISTORY_REFERENCE in classify_intent(text).reasons
    status, reasons, _ = decide(index, text)
    assert status == "REVIEW"
    assert any(r.startswith("HISTORY_REFERENCE") for r in reasons), reasons


@pytest.mark.parametrize(
    "text",
    [
        "I would like to book a yoga class for tomorrow morning",
        "I'd like a window seat please",
        "can I see my last 5 transactions",
        "I would like to transfer 200 euros to my savings account",
        "I want to send £50 to my brother",
    ],
)
def test_requests_that_are_not_orders_are_not_order(text: str) -> None:
    result = classify_intent(text)
    assert result.intent != Intent.ORDER
    assert NON_ORDER_REQUEST in result.reasons


@pytest.mark.parametrize(
    "text",
    [
        "can I get 2 boxes of large nitrile gloves and 2 boxes ketchup sachets",
        "could you also add 2 cases of Peroni and 1 case of Heineken 330ml to the order",
        "I would like 3 cases of coke zero cans please",
    ],
)
def test_requests_with_goods_and_quantities_stay_orders(text: str) -> None:
    assert classify_intent(text).intent == Intent.ORDER


def test_the_variant_sku_and_price_are_carried_in_lines(index: CatalogIndex) -> None:
    _, _, matches = decide(index, "2 boxes small nitrile gloves")
    [line] = matched_lines(matches)
    variant = matches[0].variant
    assert variant is not None and variant.sku is not None
    assert line["variant_sku"] == variant.sku and line["variant_name"] == "Small"
    assert line["unit_price"] == str(variant.unit_price)


def test_a_container_word_picks_the_can_over_the_glass_bottle(index: CatalogIndex) -> None:
    _, _, matches = decide(index, "3 cases of diet coke cans")
    assert matches[0].resolved_sku == "DIET-CAN-24"
