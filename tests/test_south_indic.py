"""Issue #10: Tamil, Malayalam, Sinhala (and Telugu, Kannada, Bengali) script read as their typists write those
languages in Latin letters (jobs/language/south_indic.py, jobs/language/indic.py), through the worker's own
analysis against set 54's catalog (Sri Lankan and South Indian groceries, Latin aliases only). The texts are
written for the tests, not taken from the sets."""

from __future__ import annotations

import pytest

from jobs.language.indic import read_indic
from jobs.language.matching import CatalogIndex
from jobs.language.sinhala_roman import read_sinhala_roman
from jobs.language.south_indic import read_south_indic
from tests.trust import confirmed, index_of, review


@pytest.fixture(scope="module")
def grocer() -> CatalogIndex:
    return index_of("catalog54")


@pytest.mark.parametrize(
    ("word", "latin"),
    [
        ("சீரகம்", "seeragam"),  # Tamil: k after a vowel is g, a long i is "ee"
        ("கடுகு", "kadugu"),  # ... and t after a vowel d
        ("மஞ்சள்", "manjal"),  # ñc is "nj"
        ("பச்சை", "pachai"),  # a doubled ch written once
        ("சாம்பார்", "sambar"),  # ch at the start is s; p after m is b
        ("இட்லி", "idli"),
        ("நன்றி", "thanks"),  # a row of south_indic_words
        ("வியாழக்கிழமைக்கு", "thursday"),  # ... with its case ending
        ("ചാക്ക്", "sack"),
        ("കുരുമുളക്", "kurumulaku"),  # Malayalam: a "u" after a word's last consonant
        ("പപ്പടം", "pappadam"),  # the nasal dot at the end is "m"
        ("ചെമ്മീൻ", "chemmeen"),  # a chillu letter is the bare consonant
        ("കുത്തരി", "kuthari"),  # a doubled th written once
        ("කිතුල්", "kithul"),  # Sinhala
        ("ගෝදම්බ", "godamba"),
        ("සිකුරාදාට", "friday"),
        ("ಎರಡು", "2"),  # Kannada and Telugu number words
        ("రెండు", "2"),
    ],
)
def test_south_indian_and_sinhala_words_are_read_as_they_are_typed(word: str, latin: str) -> None:
    assert read_south_indic(word) == latin


def test_a_sinhala_count_is_marked_as_a_count() -> None:
    """SINHALA_COUNT: "30ක්" is thirty of the things ordered, as "x30" is."""
    assert read_south_indic("ගෝදම්බ 30ක්") == "godamba x30"


def test_bengali_is_read_through_the_devanagari_letters() -> None:
    assert read_indic("দুই কেজি চিনি পাঠান") == "2 kg sugar send"


def test_an_order_in_malayalam_is_read(grocer: CatalogIndex) -> None:
    assert sorted(confirmed(grocer, "ഏലക്ക 3, കുരുമുളക് 1, കൊടംപുളി 2")) == [
        ("SP-CARDAMOM", "3"),
        ("SP-GORAKA", "2"),
        ("SP-PEPPER", "1"),
    ]


def test_an_order_in_tamil_number_words_is_read(grocer: CatalogIndex) -> None:
    assert sorted(confirmed(grocer, "மூன்று இட்லி அரிசி, நாலு சாம்பார் பொடி")) == [
        ("CP-SAMBAR", "4"),
        ("RICE-IDLI", "3"),
    ]


def test_a_sinhala_count_of_a_pack_of_pieces_counts_packs(grocer: CatalogIndex) -> None:
    """ "ගෝදම්බ 20ක්" of the Godamba Roti 10 pcs is twenty packs, not two."""
    assert sorted(confirmed(grocer, "ගෝදම්බ 20ක්, රතු සම්බා 3ක්")) == [("FZ-GODAMBA", "20"), ("RICE-SAMBA-R", "3")]


def test_the_usual_in_sinhala_is_a_history_reference(grocer: CatalogIndex) -> None:
    reasons = review(grocer, "සුපුරුදු ඇණවුම හෙට එවන්න")
    assert any(r.startswith("HISTORY_REFERENCE") for r in reasons)


# ------------------------------------------------------------------ typed in Latin letters (sinhala_roman,
# dravidian_roman)
def test_a_romanised_sinhala_count_is_a_count_of_the_things_ordered(grocer: CatalogIndex) -> None:
    """SINHALA_COUNT: "case 3k" is three cases, "kilo eka" the kilo one; "ewanna" (send) marks the text Sinhala."""
    assert confirmed(grocer, "cream soda case 3k, badapu thuna paha kilo eka 2k ewanna") == [
        ("CP-ROAST", "2"),
        ("CREAMSODA-330", "3"),
    ]


def test_sinhala_number_words_join_their_tens(grocer: CatalogIndex) -> None:
    assert confirmed(grocer, "machan kithul hakuru wisi pahak saha sunflower oil dekak") == [
        ("JAG-KITHUL", "25"),
        ("OIL-SUNFLOWER", "2"),
    ]


def test_a_thousand_in_an_english_text_stays_a_thousand() -> None:
    assert read_sinhala_roman("1k small bread bags and 2k cups") == "1k small bread bags and 2k cups"


def test_a_count_after_a_size_or_a_pack_word_is_a_count_in_any_text(grocer: CatalogIndex) -> None:
    """ "case 2k" can be no 2 kg of cases: the text's counts written so are counts."""
    assert read_sinhala_roman("soya meat case 2k, thums up 3k") == "soya meat case x2, thums up x3"
    assert confirmed(grocer, "Maggi coconut milk powder 300g 24k, Delmege soya meat case 2k") == [
        ("COCO-MP-300", "24"),
        ("SOYA-MEAT", "2"),
    ]


def test_romanised_tamil_and_malayalam_joints_are_read(grocer: CatalogIndex) -> None:
    """ "onnu" is one, "um" and, "chetta" an address: the items around them are read."""
    assert confirmed(grocer, "chetta, matta rice 4 bag um kurumulaku onnu, naale anuppunga") == [
        ("RICE-REDRAW", "4"),
        ("SP-PEPPER", "1"),
    ]


def test_podi_is_powder_on_both_sides(grocer: CatalogIndex) -> None:
    """The lexicon's Tamil and Malayalam table: "rasam podi" is the catalog's "rasam powder"."""
    assert confirmed(grocer, "rasam podi 3, idli arisi 2") == [("CP-RASAM", "3"), ("RICE-IDLI", "2")]


def test_a_closure_notice_in_sinhala_orders_nothing(grocer: CatalogIndex) -> None:
    """ "වහලා" (closed) and "delivery එපා" (no delivery, as "delivery epa" is read): a notice, no order."""
    from jobs.pipeline.evaluation import plan_for_text

    plan = plan_for_text("අපේ කඩේ ලබන බදාදා වහලා. ඒ දවසේ delivery එපා.", grocer)
    assert plan.decision is None and plan.intent.intent.value != "ORDER"


def test_the_usual_said_after_the_extras_is_a_history_reference(grocer: CatalogIndex) -> None:
    """ "പതിവ് പോലെ" (as usual) after a line: "usual pole" as the script is read."""
    reasons = review(grocer, "2 ഏലക്ക കൂടി, ബാക്കി പതിവ് പോലെ")
    assert any(r.startswith("HISTORY_REFERENCE") for r in reasons)


def test_common_goods_words_of_the_scripts_are_english() -> None:
    assert read_south_indic("பால் சர்க்கரை வெங்காயம்") == "milk sugar onion"
    assert read_south_indic("කිරි සීනි ලූනු") == "milk sugar onion"
