"""Issue #10 rule classes worked in session 13 (after blind sets 45-47, now tuning sets), through the worker's own
analysis (`plan_for_text` -> `analyse`) against the labelled sets' catalogs."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jobs.ai.providers import Analysis, local_provider
from jobs.language.extraction import extract
from jobs.language.matching import CatalogIndex
from jobs.pipeline.evaluation import eval_snapshot, plan_for_text
from jobs.pipeline.plan import Reading, analyse
from tests.trust import confirmed, index_of, review


@pytest.fixture(scope="module")
def indexes() -> dict[str, CatalogIndex]:
    return {n: index_of(f"catalog{n}") for n in ("45", "46", "47")}


def _has(reasons: tuple[str, ...], rule: str) -> bool:
    return any(r.startswith(rule) for r in reasons)


# ------------------------------------------------------------------ ACCOUNT_PENDING
@pytest.mark.parametrize(
    "text",
    [
        "Once the 30-day account is approved please send 6 Maris Piper and 2 Frymax.",
        "Opening order, to go on a new 30-day account (form sent Monday):\n6 x Maris Piper\n2 x Frymax",
        "We have applied for an account - please put this on the account once it is approved: 6 Maris Piper",
    ],
)
def test_an_order_that_waits_on_an_account_being_approved_goes_to_a_person(
    indexes: dict[str, CatalogIndex], text: str
) -> None:
    assert _has(review(indexes["45"], text), "ACCOUNT_PENDING")


def test_an_account_not_yet_approved_with_payment_on_delivery_ships(indexes: dict[str, CatalogIndex]) -> None:
    text = "The account isn't approved yet, so we'll pay on delivery for this one: 6 Maris Piper and 2 Frymax"
    assert confirmed(indexes["45"], text) == [("FRYMAX-125", "2"), ("POT-MP", "6")]


# ------------------------------------------------------------------ the standard order (HISTORY_REFERENCE)
@pytest.mark.parametrize(
    "text",
    [
        "Proszę o standardowe zamówienie na środę, plus 2 kartony Miracle-Gro.",
        "Our normal order for Friday please, and 2 boxes of Miracle-Gro as well",
        "Graag onze vaste bestelling voor vrijdag, plus 2 dozen Miracle-Gro",
    ],
)
def test_asking_for_the_standard_order_is_never_confirmed_as_only_its_extras(
    indexes: dict[str, CatalogIndex], text: str
) -> None:
    assert _has(review(indexes["46"], text), "HISTORY_REFERENCE")


# ------------------------------------------------------------------ ADDRESS_OR_GOODS
def test_a_product_named_like_a_street_address_holds_the_order(indexes: dict[str, CatalogIndex]) -> None:
    text = "Sat pls: 2 naomi 70cm, 1 penny lane, 2 stocks. Bev"
    reasons = review(indexes["46"], text)
    assert _has(reasons, "ADDRESS_OR_GOODS") and "ROSE-PENNYLANE" in reasons[0]


def test_the_address_is_the_extractors_finding_carried_on_the_reading(
    indexes: dict[str, CatalogIndex],
) -> None:
    """The extractor says which street address it set aside; the stored reading carries it, and a redo decides
    from it (no one scans the text for addresses again)."""
    text = "Sat pls: 2 naomi 70cm, 1 penny lane, 2 stocks. Bev"
    assert extract(text).addresses == ("1 penny lane",)
    plan = plan_for_text(text, indexes["46"])
    output = plan.classification()["output"]
    assert output["addresses"] == ["1 penny lane"]
    stored = Analysis(plan.intent, list(plan.lines), addresses=tuple(output["addresses"]))
    redo = replace(eval_snapshot(text, 0.85), stored_reading=Reading(stored))
    decision = analyse(redo, (), indexes["46"], local_provider()).decision
    assert decision is not None and _has(decision.reasons, "ADDRESS_OR_GOODS")
    # a reading that set no address aside (a model's) holds nothing: the text is not scanned again
    unread = replace(redo, stored_reading=Reading(replace(stored, addresses=())))
    decision = analyse(unread, (), indexes["46"], local_provider()).decision
    assert decision is not None and not _has(decision.reasons, "ADDRESS_OR_GOODS")


def test_a_street_address_that_names_no_product_is_only_an_address(indexes: dict[str, CatalogIndex]) -> None:
    assert confirmed(indexes["46"], "2 bunches naomi 70cm and 2 stocks, deliver to 12 mill lane") == [
        ("ROSE-NAOMI", "2"),
        ("STOCKS", "2"),
    ]


# ------------------------------------------------------------------ FAMILY_KEYWORD, LOOSE_CARTON
def test_a_family_word_with_a_size_is_every_member_of_that_size(indexes: dict[str, CatalogIndex]) -> None:
    """ "vinegar" names Sarson's Malt Vinegar 5L and, by its keyword "chippy vinegar", the non-brewed
    condiment sold in 5L: the size does not choose."""
    assert any("ambiguous" in r for r in review(indexes["45"], "could you add 2 vinegar 5L"))
    assert confirmed(indexes["45"], "2 malt vinegar 5L") == [("SARSONS-5", "2")]


@pytest.mark.parametrize("text", ["2 cartons dates", "خرما ۲ کارتن"])
def test_a_carton_does_not_choose_between_case_and_box(indexes: dict[str, CatalogIndex], text: str) -> None:
    """Mazafati is sold by the case, Medjool and Piarom by the box: "2 cartons dates" names none of them."""
    assert any("ambiguous" in r for r in review(indexes["47"], text))
    assert confirmed(indexes["47"], "2 cases mazafati") == [("DATE-MAZAFATI", "2")]


# ------------------------------------------------------------------ PACK_OR_ITEMS: COUNT_OF_CONTENTS, ONE_PACK
def test_a_count_of_stems_sold_in_two_formats_goes_to_a_person(indexes: dict[str, CatalogIndex]) -> None:
    """200 stems are 2 boxes of 100 or 10 bunches of 20."""
    assert _has(review(indexes["46"], "200 stems naomi 60 for next fri"), "PACK_OR_ITEMS (COUNT_OF_CONTENTS)")
    # 60 stems fill 3 bunches of 20 and no box of 100: the bunches
    assert confirmed(indexes["46"], "60 stelen naomi 60") == [("ROSE-NAOMI", "3")]
    assert confirmed(indexes["46"], "1 naomi box and 2 bunches of populus") == [
        ("EUC-POPULUS", "2"),
        ("ROSE-NAOMI-BOX", "1"),
    ]


def test_a_bare_count_equal_to_one_bunch_is_packs_or_items(indexes: dict[str, CatalogIndex]) -> None:
    assert _has(review(indexes["46"], "20 avalanche 60 for mon pls"), "PACK_OR_ITEMS (ONE_PACK)")
    assert confirmed(indexes["46"], "2 avalanche 60 for mon pls") == [("ROSE-AVALANCHE", "2")]


# ------------------------------------------------------------------ the same classes found in other sets
def test_an_order_on_credit_in_roman_urdu_goes_to_a_person() -> None:
    text = "Bhai 20 kg chicken curry cut bhej do, payment agle hafte karunga udhaar pe"
    assert _has(review(index_of("catalog39"), text), "CREDIT_TERMS")


def test_an_order_on_a_delivery_it_may_not_get_goes_to_a_person() -> None:
    text = "if u can do sunday delivery then 2 box corn dogs + 1 case gas, otherwise leave it"
    assert _has(review(index_of("catalog42"), text), "CONDITIONAL_ORDER")


def test_the_usual_after_a_greeting_is_a_reference() -> None:
    text = "morning! usual for tmrw pls + 2 more oatly"
    assert _has(review(index_of("catalog35"), text), "HISTORY_REFERENCE")
