"""Issue #10 language classes worked in session 13 from tuning sets 43 (Indian sweets and snacks: Roman Hindi,
Punjabi and Gujarati, Devanagari and Gurmukhi) and 44 (hotel minibar and amenities: Tagalog, Romanian, Spanish,
Portuguese), through the worker's own analysis (`plan_for_text` -> `analyse`) against those sets' catalogs. The
texts are written for the tests, not taken from the sets."""

from __future__ import annotations

import pytest

from jobs.language.indic import read_indic
from jobs.language.intent import classify_intent
from jobs.language.matching import CatalogIndex
from jobs.language.tagalog import is_tagalog, read_tagalog
from tests.trust import confirmed, decision_for, index_of, review


@pytest.fixture(scope="module")
def indexes() -> dict[str, CatalogIndex]:
    return {n: index_of(f"catalog{n}") for n in ("43", "44")}


# ------------------------------------------------------------------ Devanagari, Gurmukhi (jobs/language/indic.py)
@pytest.mark.parametrize(
    ("word", "latin"),
    [
        ("बेसन", "besan"),  # the inherent vowel spoken between consonants, not at the end
        ("हलवा", "halva"),  # ... and not between a vowel and one consonant a vowel follows
        ("कतरन", "katran"),
        ("नमस्ते", "hello"),  # a row of indic_words
        ("ਲੱਡੂ", "laddu"),  # Gurmukhi's addak doubles the consonant after it
        ("ਖੰਡ", "sugar"),
        ("ਬੋਰੀਆਂ", "sack"),
        ("ਜਲੇਬੀ", "jalebi"),  # Gurmukhi read through the Devanagari letters at the same place
        ("जलेबी", "jalebi"),
        ("लिए", ""),  # a postposition that only joins words
    ],
)
def test_indic_words_are_read_as_they_are_typed_in_latin_letters(word: str, latin: str) -> None:
    assert read_indic(word) == latin


def test_an_order_in_devanagari_is_read(indexes: dict[str, CatalogIndex]) -> None:
    text = "कल 12 किलो जलेबी और 5 किलो मोतीचूर लड्डू भेजिए"
    assert confirmed(indexes["43"], text) == [("JALEBI", "12"), ("LADDU-MOTICHOOR", "5")]


def test_an_order_in_gurmukhi_is_read(indexes: dict[str, CatalogIndex]) -> None:
    """ "ਮੋਟਾ ਬੇਸਨ" meets the catalog's Devanagari alias "मोटा बेसन": both are "mota besan"."""
    assert confirmed(indexes["43"], "ਮੋਟਾ ਬੇਸਨ 4 ਬੈਗ ਤੇ ਖੋਆ 6 ਕਿੱਲੋ") == [("BESAN-COARSE", "4"), ("KHOYA", "6")]


def test_last_weeks_order_in_devanagari_is_a_history_reference(indexes: dict[str, CatalogIndex]) -> None:
    reasons = review(indexes["43"], "पिछले हफ्ते वाला ऑर्डर भेज दो, बस खोया 20 किलो")
    assert any(r.startswith("HISTORY_REFERENCE") for r in reasons)


# ------------------------------------------------------------------ Roman Hindi, Punjabi, Gujarati
def test_punjabi_and_gujarati_joints_are_no_words_of_goods(indexes: dict[str, CatalogIndex]) -> None:
    """ "te" and "ane" (and), "vi" (also), "mokaljo" (send): the items around them are read."""
    assert confirmed(indexes["43"], "Paaji 2 bag elaichi te 3 case chakli vi") == [
        ("CARDAMOM", "2"),
        ("CHAKLI", "3"),
    ]
    assert confirmed(indexes["43"], "4 case methi khakhra ane 2 case chakli mokaljo") == [
        ("CHAKLI", "2"),
        ("KHAKHRA-METHI", "4"),
    ]


def test_small_in_hindi_and_gujarati_picks_the_small_variant(indexes: dict[str, CatalogIndex]) -> None:
    (vark,) = decision_for(indexes["43"], "2 pack vark chhota wala").matches
    (bags,) = decision_for(indexes["43"], "1 pack carrier bags nani").matches
    assert vark.variant is not None and vark.variant.name.startswith("Small")
    assert bags.variant is not None and bags.variant.name.startswith("Small")


def test_the_usual_sent_in_punjabi_is_a_history_reference(indexes: dict[str, CatalogIndex]) -> None:
    reasons = review(indexes["43"], "usual bhej deo ji, par 3 tray rasmalai")
    assert any(r.startswith("HISTORY_REFERENCE") for r in reasons)


# ------------------------------------------------------------------ unit narrowing reads variant names
def test_a_tin_of_the_product_sold_in_tins_as_variants_is_that_product(
    indexes: dict[str, CatalogIndex],
) -> None:
    """ "ghee" is the pure ghee's alias; the vegetable ghee's name says "Tin", the pure ghee's 2kg and 15kg
    variants say it too: the unit no longer makes the line ambiguous."""
    (line,) = decision_for(indexes["43"], "3 tin ghee 15kg").matches
    assert (line.resolved_sku, line.variant and line.variant.name) == ("GHEE-PURE", "15kg Tin")
    assert confirmed(indexes["43"], "2 tins dalda") == [("GHEE-VEG", "2")]


# ------------------------------------------------------------------ WORD_ORDER (matching/cover.py)
def test_the_alias_said_in_the_lines_word_order_is_the_product(indexes: dict[str, CatalogIndex]) -> None:
    """ "besan laddoo" is the Besan Laddoo's alias; the Coarse Besan's "laddoo besan" holds the same words."""
    assert confirmed(indexes["43"], "6 kg besan laddoo") == [("LADDU-BESAN", "6")]
    assert confirmed(indexes["43"], "2 bags laddoo besan") == [("BESAN-COARSE", "2")]


# ------------------------------------------------------------------ Tagalog (jobs/language/tagalog.py)
def test_tagalog_number_words_linkers_and_requests_are_read(indexes: dict[str, CatalogIndex]) -> None:
    text = "pakisend po dalawang box ng dental kits at isang box ng combs, salamat"
    assert confirmed(indexes["44"], text) == [("COMB", "1"), ("KIT-DENTAL", "2")]


def test_tagalog_at_joins_items_and_is_no_time(indexes: dict[str, CatalogIndex]) -> None:
    assert confirmed(indexes["44"], "2 cs peroni po at 1 cs aspall") == [
        ("BEER-PERONI", "2"),
        ("CIDER-ASPALL", "1"),
    ]


def test_only_tagalog_text_is_read_as_tagalog() -> None:
    assert not is_tagalog("2 słoiki fasolka po bretońsku")  # Polish "po"
    assert not is_tagalog("deliver at 10 please")
    assert read_tagalog("see you at 9") == "see you at 9"


# ------------------------------------------------------------------ hotel amenities in Spanish, Portuguese, Romanian
def test_amenity_words_are_read_in_spanish_portuguese_and_romanian(indexes: dict[str, CatalogIndex]) -> None:
    assert confirmed(indexes["44"], "3 cajas acondicionador aqua serene y 2 cajas gorros de ducha") == [
        ("COND-AS", "3"),
        ("SHOWER-CAP", "2"),
    ]
    assert confirmed(indexes["44"], "4 cx condicionador aqua serene") == [("COND-AS", "4")]
    assert confirmed(indexes["44"], "Mai trimiteți vă rog 2 cutii kit bărbierit") == [("KIT-SHAVE", "2")]


def test_we_need_in_romanian_orders() -> None:
    assert classify_intent("Avem nevoie de 2 cutii kit bărbierit").intent.value == "ORDER"


def test_romanian_nu_takes_back_the_count(indexes: dict[str, CatalogIndex]) -> None:
    assert confirmed(indexes["44"], "3 bax pringles original... nu, 4 bax") == [("PRING-ORIG", "4")]
