"""Issue #10 quantity and unit classes of session 17 (brief q17a), found on the studied sets: Polish case endings
the INFLECTED_ALIAS rule did not know, and the plural that makes a bare count of a small case's items a question."""

from __future__ import annotations

import pytest

from db.enums import OrderStatus
from jobs.language.extraction import extract_lines
from jobs.language.matching.case_endings import case_form
from jobs.language.matching.lexicon import ENGLISH
from jobs.pipeline.evaluation import predicted_pairs
from jobs.pipeline.pack_or_items import PACK_OR_ITEMS
from tests.trust import confirmed, decision_for, index_of, review


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("kabanosow", "kabanosy"),  # Polish genitive plural -ów
        ("oscypkow", "oscypek"),  # ... after the mobile e dropped
        ("slaskiej", "slaska"),  # adjective genitive -iej
        ("litrowego", "litrowy"),  # adjective genitive -ego
        ("ruskich", "ruskie"),  # of a plural adjective -ie
        ("zywca", "zywiec"),  # SHORT_CASE_FORM: the mobile "ie" dropped, one letter shorter than the name
        ("krabic", "krabice"),  # SHORT_CASE_FORM: the genitive plural with no ending
        ("kielbas", "kielbasa"),
    ],
)
def test_polish_case_endings_are_the_catalog_word(typed: str, word: str) -> None:
    assert case_form(typed, word, ENGLISH)


@pytest.mark.parametrize(("typed", "word"), [("salam", "salami"), ("pizz", "pizza"), ("kielba", "kielbasa")])
def test_a_word_cut_short_is_no_case_form(typed: str, word: str) -> None:
    assert not case_form(typed, word, ENGLISH)


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("3 kartony pierogów ruskich 450g", [("PIEROGI-RUSKIE", "3")]),
        ("12 oscypków", [("OSCYPEK", "12")]),
        ("8 kg śląskiej", [("KIEL-SLASKA", "8")]),
        ("1 zgrzewkę perły", [("PERLA", "1")]),  # "zgrzewkę": a pack in the accusative
    ],
)
def test_polish_orders_in_the_genitive_are_confirmed(text: str, pairs: list[tuple[str, str]]) -> None:
    assert confirmed(index_of("catalog28"), text) == pairs


def test_more_plural_items_than_a_small_case_holds_ask() -> None:
    """ "10 fox poo shampoos" of a case of 6: ten cases, or ten bottles (1.67 cases)? It was confirmed as 10."""
    reasons = review(index_of("catalog59"), "10 fox poo shampoos pls")
    assert any(r.startswith(PACK_OR_ITEMS) for r in reasons), reasons


def test_more_of_a_small_case_said_as_named_are_cases() -> None:
    assert confirmed(index_of("catalog21"), "8 oatly barista") == [("OATLY-BAR-6", "8")]


def test_one_of_the_containers_in_their_plural_is_one_case() -> None:
    """ONE_OF_CONTAINERS: "1 coke cans" is a case of them, as "2 coke cans" is two; "1 coke can" stays a 24th."""
    assert confirmed(index_of("catalog40"), "1 coke cans") == [("COKE", "1")]
    assert any(r.startswith("FRACTION_OF_UNIT") for r in review(index_of("catalog40"), "1 coke can"))


def test_a_few_of_another_goods_pack_are_the_products_packs() -> None:
    """GOODS_PACK_WORD: "2 bag sukkari dates" of a 3kg box is 2 boxes (it was capped below resolving as a pack the
    product is not sold by); a fuzzy match in another pack word ("4 bags chips" of chip forks) stays a hint."""
    assert confirmed(index_of("catalog51"), "2 bag sukkari dates") == [("DATES-SUKKARI-3", "2")]
    decision = review(index_of("catalog19"), "4 bags chips")
    assert any("below threshold" in r for r in decision), decision


@pytest.mark.parametrize(
    ("text", "quantity"), [("Cod skinless 6-8oz x 8", 8), ("Haddock skinless 6-8oz x 6", 6)]
)
def test_a_count_marked_after_a_grade_range_is_stated(text: str, quantity: int) -> None:
    """QUANTITY_RANGE: a count equal to an end of "6-8oz" was read as a range of counts (not stated); marked by an
    x after the range, it is the count ("10-12kg tomatoes" stays a question)."""
    (line,) = extract_lines(text)
    assert (line.quantity, line.quantity_explicit) == (quantity, True)
    (other,) = extract_lines("10-12kg tomatoes")
    assert not other.quantity_explicit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Bore da, 2 dun tomatos plis, diolch", "can"),  # "tun" soft-mutated, in a Welsh message
        ("3 photeli llaeth, diolch", "bottle"),  # "poteli" aspirate-mutated
        ("2 fagiau reis plis diolch", "bag"),  # "bagiau" soft-mutated
        ("1 flwch menig, diolch", "box"),  # "blwch"
    ],
)
def test_welsh_mutated_units_are_units(text: str, unit: str) -> None:
    assert [ln.unit for ln in extract_lines(text)] == [unit]


def test_dutch_dun_is_no_can() -> None:
    assert all(ln.unit != "can" for ln in extract_lines("graag 2 dun gesneden brood"))


def test_a_plural_count_of_a_small_packs_items_reads_whole_packs_for_review() -> None:
    """PLURAL_ITEMS: "12 oat milks" of a 6-pack is read as 2 packs, the guess a reviewer checks (PACK_OR_ITEMS
    still asks); "12 oatly barista", no plural, stays 12 packs for the same question."""
    index = index_of("catalog36")
    decision = decision_for(index, "can u stick 12 oat milks on the friday drop", OrderStatus.REVIEW)
    assert predicted_pairs(decision.matches) == [("OAT", "2")]
    assert any(r.startswith(PACK_OR_ITEMS) for r in decision.reasons)
