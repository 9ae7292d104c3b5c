"""Issue #10 precision classes of session 15 (brief drop), found in the studied sets' leftover wrong
confirmations, each a rule of its own, tried on made-up catalogs where it can be."""

from __future__ import annotations

import pytest

from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.pipeline.evaluation import plan_for_text, predicted_pairs
from tests.trust import confirmed, index_of, review


def test_vietnamese_coriander_typed_without_accents_is_not_read_as_cantonese() -> None:
    """ "ngo" (I) alone marked a text Cantonese, so "ngo gai" (sawtooth coriander) in a Vietnamese order typed
    without accents was read "i gai", the catalog's own "ngo gai" too, and matched nothing or a fuzzy guess."""
    plan = plan_for_text("cho em 2 bo ngo gai, 3 thung nuoc mam", index_of("catalog50"))
    assert plan.decision is not None
    first = plan.decision.matches[0]
    assert first.resolved_sku == "HB-SAWTOOTH" and first.confidence >= 0.85, first


def test_ngo_alone_is_coriander_and_never_the_sawtooth_by_half_its_name() -> None:
    """ "ngo 30 bo" (ngò, coriander) in a text counting in Vietnamese units: no longer "I", and not the sawtooth
    coriander "Ngo Gai" because its name holds the word: coriander by the bunch is the plain or the sawtooth one."""
    reasons = review(index_of("catalog50"), "gio lua 10 cay, thit xay 8 ky, ngo 30 bo")
    assert any("coriander" in r and "HB-SAWTOOTH" in r for r in reasons), reasons


CASES = {
    "currency": "GBP",
    "categories": ["Baking"],
    "products": [
        {
            "sku": "CUPS-MUFFIN",
            "name": "Muffin Liners (pack of 500)",
            "category": "Baking",
            "unit": "pack",
            "unit_price": "6.00",
            "aliases": ["muffin liners"],
            "keywords": ["liners"],
            "variants": [
                {"name": "White", "variant_type": "COLOR"},
                {"name": "Gold", "variant_type": "COLOR", "ai_aliases": ["gold liners"]},
            ],
        },
        {
            "sku": "CUPS-TULIP",
            "name": "Tulip Liners (pack of 200)",
            "category": "Baking",
            "unit": "pack",
            "unit_price": "7.00",
            "aliases": ["tulip liners"],
            "keywords": ["liners"],
            "variants": [
                {"name": "White", "variant_type": "COLOR"},
                {"name": "Brown", "variant_type": "COLOR"},
            ],
        },
    ],
}


@pytest.fixture(scope="module")
def cases() -> CatalogIndex:
    return CatalogIndex.build(load_catalog_json(CASES))


def test_a_colour_after_a_line_chosen_by_its_colour_is_not_carried_to_a_product_it_does_not_single_out(
    cases: CatalogIndex,
) -> None:
    """VARIANT_OF_PREVIOUS: "liners gold x2 and white x3": gold ones are the muffin liners only, so the first
    line is those; but white ones are muffin and tulip liners: "white" was confirmed as the muffin liners' white
    (set 32's "forminhas gold x2 and white x3", gold in nº4 only, white in nº4 and nº5)."""
    reasons = review(cases, "liners gold x2 and white x3")
    assert any("white" in r for r in reasons), reasons


def test_a_colour_after_a_line_that_names_its_product_is_still_carried(cases: CatalogIndex) -> None:
    plan = plan_for_text("tulip liners brown x2 and white x3", cases)
    assert plan.decision is not None
    got = [(m.resolved_sku, m.variant.name if m.variant else None) for m in plan.decision.matches]
    assert got == [("CUPS-TULIP", "Brown"), ("CUPS-TULIP", "White")], plan.decision.reasons
    assert sorted(predicted_pairs(plan.decision.matches), key=str) == [
        ("CUPS-TULIP", "2"),
        ("CUPS-TULIP", "3"),
    ]


def test_english_words_in_the_order_of_another_product_name_it_as_much() -> None:
    """HEAD_WORD: "popcorn salt x2" is covered only by the salted popcorn's "salted popcorn bags" (another order:
    popcorn that is salted) while the popcorn salts' names say "popcorn salt" as the line does: the line names
    them as much (it was confirmed as the salted popcorn). "salted popcorn" stays the popcorn."""
    index = index_of("catalog31")
    reasons = review(index, "popcorn salt x2")
    assert any("ambiguous" in r and "SEAS-FINE-SALT" in r and "POP-RTE-SALT" in r for r in reasons), reasons
    assert confirmed(index, "salted popcorn x2") == [("POP-RTE-SALT", "2")]
