"""Orders written in Arabic and Urdu script (issue #10, session 12): Arabic-script words read as the English
words the readers know before they are transliterated (jobs/language/arabic_words.py, read by
jobs/language/scripts.py), with the article and one-letter words written onto a word taken off; their units,
number words, fillers, weekdays, intent cues and references; Roman Urdu days, fillers and corrections. Read
by the worker's own extractor, classifier and plan against a small catalog of English names."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from db.enums import OrderStatus
from jobs.language.extraction import extract_lines
from jobs.language.history import Reference, reference_kind
from jobs.language.intent import Intent, classify_intent
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.language.scripts import fold_scripts
from tests.trust import confirmed, decision_for


def _product(
    sku: str, name: str, unit: str, aliases: list[str], variants: tuple[str, ...] = ()
) -> dict[str, Any]:
    return {
        "sku": sku,
        "name": name,
        "category": "Halal",
        "unit": unit,
        "unit_price": 10,
        "aliases": aliases,
        "variants": [{"name": v} for v in variants],
    }


_CATALOG = {
    "categories": [{"name": "Halal", "parent": None, "ai_keywords": []}],
    "products": [
        _product("LAMB-SHLD-BONE", "Lamb Shoulder Bone-In", "kg", ["lamb shoulder bone in"]),
        _product("LAMB-SHLD-BI", "Lamb Shoulder Boneless", "kg", ["boneless lamb shoulder"]),
        _product("LAMB-WHOLE", "Whole Lamb Carcass", "each", ["whole lamb"]),
        _product("CHK-THIGH-BL", "Chicken Thigh Boneless (box of 5kg)", "box", ["boneless thigh"]),
        _product("CHK-WHOLE", "Whole Chicken (box of 10)", "box", ["whole chicken"], ("Size 10", "Size 12")),
        _product("MUTTON-CURRY", "Mutton Curry Cut", "kg", ["mutton curry cut"]),
        _product("CHK-CURRY", "Chicken Curry Cut", "kg", ["chicken curry cut"]),
        _product("DONER-CHK", "Chicken Doner Cone", "each", ["chicken shawarma cone"]),
        _product("KHUBZ", "Arabic Khubz Flatbread (pack of 5)", "pack", ["khubz", "arabic bread"]),
        _product("HUMMUS", "Hummus 1kg Tub", "tub", ["hummus"]),
        _product("TAHINI", "Tahini Sesame Paste 900g Jar", "each", ["tahini"]),
        _product("SP-SUMAC", "Sumac 1kg", "bag", ["sumac"]),
        _product("SAUCE-GARLIC", "Garlic Mayo Kebab Sauce", "each", ["garlic sauce"]),
        _product("WATER", "Still Water 24 x 500ml", "case", ["still water"]),
        _product("SEEKH-LAMB", "Lamb Seekh Kebab (box of 60)", "box", ["lamb seekh"]),
        _product("CHK-LIVER", "Chicken Livers (1kg tub)", "tub", ["chicken livers"]),
    ],
}


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    return CatalogIndex.build(load_catalog_json(_CATALOG))


def _lines(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(ln.phrase, ln.quantity, ln.unit) for ln in extract_lines(text) if ln.understood]


# ------------------------------------------------------------------ words read before transliteration
@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("٦ كرتون فخذ دجاج بدون عظم", "6 box chicken thigh boneless"),  # a phrase, the longest first
        ("فخذ غنم", "lamb leg"),  # فخذ is a chicken's thigh, a lamb's leg
        ("الخبز", "khubz"),  # the article taken off
        ("والخبز", "and khubz"),  # و (and) written onto the word
        ("كتف غنم بالعظم", "shoulder lamb bone in"),  # بالعظم listed whole: with the bone
        ("طحينه", "tahini"),  # taa marbuta written as ه
        ("٥ كراتين مي", "5 box water"),  # a word of two letters
        ("الشارع الجانبي", "shra jnby"),  # unknown words: transliterated without their article
        ("۲۰ کلو مٹن کری کٹ۔ شکریہ", "20 kg mutton curry cut. thanks"),  # Urdu letters, Persian digits
        ("۲ کیسه زرشک و ۳ بسته برنج", "2 bag barberry and 3 pack rice"),  # Persian
        ("شكرا", "thanks"),  # Arabic ك: thanks
        ("شکر", "sugar"),  # Persian ک: sugar
        ("بسته", "pack"),  # Persian: no ب (with) written onto ستة (six)
    ],
)
def test_arabic_script_words_are_read_as_english_words(text: str, folded: str) -> None:
    assert fold_scripts(text).split() == folded.split()


# ------------------------------------------------------------------ units, numbers, fillers, weekdays
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a greeting, a weekday after ل, counters, a kg written as كيلو and كغ, thanks and a name
        (
            "السلام عليكم، بدي للسبت: ٤ أسياخ شاورما دجاج، ٦ كراتين فخذ دجاج بدون عظم، ١٢ كغ كتف غنم. شكراً",
            [
                ("shawarma cone chicken", 4, None),
                ("chicken thigh boneless", 6, "box"),
                ("shoulder lamb", 12, "kg"),
            ],
        ),
        # number words, "please", و between two lines
        ("لو سمحت ثلاثة كراتين مي و ٢ كيس سماق", [("water", 3, "box"), ("sumac", 2, "bag")]),
        ("زيدو على طلبية السبت ٣ علب حمص و ٢ طحينة", [("hummus", 3, "box"), ("tahini", 2, None)]),
        # Urdu: number words, counters, "and", "send"
        ("پانچ ڈبے سیخ کباب اور دو پیٹی پانی بھیج دیں", [("seekh kebab", 5, "box"), ("water", 2, "case")]),
        # Roman Urdu: a weekday and "ko", "aur" between lines
        (
            "Jumeraat ko 25 kg chicken curry cut aur 2 tub chicken kaleji",
            [("chicken curry cut", 25, "kg"), ("chicken kaleji", 2, "tub")],
        ),
    ],
)
def test_units_numbers_fillers_and_days(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert _lines(text) == [(p, Decimal(q), u) for p, q, u in expected]


def test_a_roman_urdu_nahi_takes_the_count_back() -> None:
    assert _lines("4 box lamb seekh... nahi 5 box") == [("lamb seekh", Decimal(5), "box")]


# ------------------------------------------------------------------ orders against English names
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("٦ كرتون فخذ دجاج بدون عظم و ٤٠ ربطة خبز عربي", [("CHK-THIGH-BL", "6"), ("KHUBZ", "40")]),
        ("٢٠ كيلو كتف غنم بالعظم، ٢ خروف كامل", [("LAMB-SHLD-BONE", "20"), ("LAMB-WHOLE", "2")]),
        ("بدنا كمان ١٠ علب حمص و ٢ كيس سماق", [("HUMMUS", "10"), ("SP-SUMAC", "2")]),
        ("٣ أسياخ شاورما دجاج لو سمحتم و ٢ علبة صوص ثوم", [("DONER-CHK", "3"), ("SAUCE-GARLIC", "2")]),
        (
            "السلام علیکم۔ ۲۰ کلو مٹن کری کٹ، ۴۰ کلو چکن کری کٹ۔ شکریہ",
            [("CHK-CURRY", "40"), ("MUTTON-CURRY", "20")],
        ),
        ("2 tub chicken kaleji", [("CHK-LIVER", "2")]),
    ],
)
def test_orders_in_arabic_and_urdu_are_confirmed(
    index: CatalogIndex, text: str, pairs: list[tuple[str, str]]
) -> None:
    assert confirmed(index, text) == sorted(pairs, key=str)


def test_a_box_of_5kg_is_a_weight_not_five_items(index: CatalogIndex) -> None:
    # "(box of 5kg)" counts no items: six cartons are six of its boxes, not a count of items
    assert confirmed(index, "6 cartons boneless thigh") == [("CHK-THIGH-BL", "6")]


def test_a_size_word_chooses_the_variant(index: CatalogIndex) -> None:
    decision = decision_for(index, "٣ كراتين دجاج كامل حجم ١٢")
    assert [m.variant.name for m in decision.matches if m.variant is not None] == ["Size 12"]


# ------------------------------------------------------------------ references and intent cues
def test_the_usual_and_last_week_in_arabic_and_urdu_refer_to_history(index: CatalogIndex) -> None:
    assert reference_kind("الطلبية المعتادة يوم الخميس إن شاء الله") == Reference.USUAL
    assert reference_kind("نفس طلبية الأسبوع الماضي بس زيدوا ٢ كيس سماق") == Reference.LAST
    assert reference_kind("پچھلے ہفتے والا آرڈر بھیج دیں") == Reference.LAST
    assert reference_kind("همون سفارش همیشگی لطفاً") == Reference.USUAL
    decision = decision_for(index, "نفس طلبية الأسبوع الماضي بس زيدوا ٢ كيس سماق", OrderStatus.REVIEW)
    assert any(r.startswith("HISTORY_REFERENCE") for r in decision.reasons), decision.reasons


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("نرجو إلغاء طلبية الجمعة، المطعم مغلق لمناسبة عائلية.", Intent.CANCEL),
        ("بطلبية الخميس: بدل ٣ كراتين دجاج حجم ١٢ خلوها ٣ كراتين حجم ١٤", Intent.CHANGE),
        ("الخبز اللي وصل اليوم كان ناشف ومكسر، ١٠ ربطات رميناهم", Intent.COMPLAINT),
        ("عندكم لحم جمل؟ في زبون عم يسأل", Intent.QUESTION),
        ("بدي احجز طاولة لـ٦ اشخاص الساعة ٨ الليلة", Intent.OTHER),
        ("پچھلی دفعہ اوجڑی صاف نہیں تھی، ساری واپس کرنی پڑی", Intent.COMPLAINT),
        ("Kal jo mutton aya tha usmein haddi bohat zyada thi. Yeh theek nahi hai bhai", Intent.COMPLAINT),
    ],
)
def test_intent_cues_of_arabic_and_urdu(text: str, intent: Intent) -> None:
    assert classify_intent(text).intent == intent


def test_each_arabic_script_spelling_is_listed_once() -> None:
    """Spellings the reader reads as one (hamza seats, alef forms, taa marbuta, vowel marks) are one row
    word: a second listing is a copy that reads nothing more."""
    from collections import Counter

    from jobs.language.arabic_words import ARABIC, URDU
    from jobs.language.persian_words import PASHTO, PERSIAN, SORANI
    from jobs.language.scripts import _UNIFY, _unmarked
    from jobs.language.tables import table_rows

    said = Counter(
        " ".join(_unmarked(w).translate(_UNIFY) for w in phrase.split())
        for table in (ARABIC, URDU, PERSIAN, PASHTO, SORANI)
        for _reading, phrases in table_rows(table, ",")
        for phrase in phrases
    )
    assert [phrase for phrase, n in said.items() if n > 1] == []
