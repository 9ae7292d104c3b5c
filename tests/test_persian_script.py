"""Orders written in Persian, Dari, Pashto and Sorani Kurdish in Arabic script (issue #10, session 13): their words
read as the English words the readers know before transliteration (jobs/language/persian_words.py, read by
jobs/language/scripts.py): Persian-Indic digits, number words, units and containers of each language, a word
joined by a zero-width non-joiner, Arabic ي and ك for Persian ی and ک, ezafe and plural endings taken off a word
no row knows, and trade nouns reaching a catalog of English (and Latin-spelt Persian) names. Read by the worker's
own extractor, classifier and plan."""

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
        "category": "Persian",
        "unit": unit,
        "unit_price": 10,
        "aliases": aliases,
        "variants": [{"name": v} for v in variants],
    }


_CATALOG = {
    "categories": [{"name": "Persian", "parent": None, "ai_keywords": []}],
    "products": [
        _product("RICE-TILDA", "Tilda Pure Basmati Rice", "sack", ["tilda basmati"], ("10kg", "20kg")),
        _product("RICE-SELLA-GOLD", "Golden Sella Basmati Rice 20kg", "sack", ["golden sella"]),
        _product("RICE-SELLA-WHITE", "White Sella Basmati Rice 20kg", "sack", ["white sella"]),
        _product("LAPEH", "Yellow Split Peas 5kg", "bag", ["split peas", "lapeh"]),
        _product("CHICKPEA", "Chickpeas 5kg", "bag", ["chickpeas", "nokhod"]),
        _product("LENTIL", "Green Lentils 5kg", "bag", ["green lentils", "lentils"]),
        _product("KIDNEY", "Red Kidney Beans 5kg", "bag", ["red kidney beans"]),
        _product("TAFTOON", "Taftoon Bread (pack of 10)", "pack", ["taftoon"]),
        _product("AFGHAN-NAAN", "Afghan Naan (pack of 5)", "pack", ["afghan naan"]),
        _product("CHENJEH", "Chenjeh Lamb Leg Cubes", "kg", ["chenjeh"]),
        _product("KOOB-BEEF", "Koobideh Mince Beef", "kg", ["beef koobideh"]),
        _product("GHEE-VEG", "Vegetable Ghee 5L Tin", "each", ["vegetable ghee"]),
        _product("TEA-GREEN", "Alokozay Green Tea (case of 12)", "case", ["alokozay green tea"]),
        _product("ZAMZAM-ORANGE", "Zamzam Orange 24 x 330ml Can", "case", ["zamzam orange"]),
        _product("SUMAC", "Ground Sumac 1kg Bag", "bag", ["sumac"]),
        _product("RAISIN-GOLD", "Golden Raisins 1kg", "bag", ["golden raisins", "sultanas"]),
        _product("ALMOND-SLIVERED", "Slivered Almonds 1kg", "bag", ["slivered almonds"]),
        _product("CARDAMOM", "Green Cardamom Pods 1kg", "bag", ["green cardamom"]),
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
        ("۶ کیسه برنج دم‌سیاه", "6 bag rice domsiah"),  # Persian: a non-joiner inside a word listed whole
        ("سفارش سه‌شنبه", "order tuesday"),  # a non-joiner's parts joined are a word a row holds
        ("برای مهمان‌ها", "for mhmn"),  # a plural ending after a non-joiner dropped
        ("٣ گۆنی برنجی تیلدا", "3 sack rice tilda"),  # Sorani: an ezafe ending taken off a known word
        ("ماستەکان بەسەرچوو بوون", "yoghurt expired"),  # Sorani: a definite plural taken off; ە read as ه
        ("۲ پاکټه سیخونه", "2 pack skewers"),  # Pashto: a plural listed
        ("۲ قطی روغن نباتي", "2 tin vegetable ghee"),  # a Pashto final ي read as Persian ی
        ("۵ کیسه طارم محلی", "5 bag tarom mhly"),  # no ending taken off to an Arabic word read as nothing
        ("دو کیسه لپه و چهار سطل ماست دو و نیم کیلویی", "two bag split peas and four bucket yoghurt 2.5 kg"),
    ],
)
def test_persian_script_words_are_read_as_english_words(text: str, folded: str) -> None:
    assert fold_scripts(text).split() == folded.split()


# ------------------------------------------------------------------ number words and units of each language
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dari: بوری a sack, خریطه a bag; Persian number words
        ("۵ بوری سیله سفید و سه خریطه نخود", [("sella white", 5, "sack"), ("chickpeas", 3, "bag")]),
        # Pashto: کارټنه a carton, بوجۍ a sack, number words یو and دوه
        (
            "یو کارټن زمزم نارنج او دوه بوجۍ سپینه سیله",
            [("zamzam orange", 1, "case"), ("white sella", 2, "sack")],
        ),
        # Sorani: number words دوو, سێ, یەک and کیسە
        (
            "دوو کیسە نیسک سێ کیسە لەپە و یەک کیسە سماقی",
            [("lentils", 2, "bag"), ("split peas", 3, "bag"), ("sumac", 1, "bag")],
        ),
    ],
)
def test_number_words_and_units(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert _lines(text) == [(p, Decimal(q), u) for p, q, u in expected]


# ------------------------------------------------------------------ orders against English names
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("۴ کارتن چای سبز الکوزی و ۲ قطی روغن نباتی", [("GHEE-VEG", "2"), ("TEA-GREEN", "4")]),
        ("۳ بوری سیله طلایی و ۲ خریطه لوبیا قرمز", [("KIDNEY", "2"), ("RICE-SELLA-GOLD", "3")]),
        ("۲۰ کیلو چنجه / ۳۰ پاکټه افغاني ډوډۍ / مننه", [("AFGHAN-NAAN", "30"), ("CHENJEH", "20")]),
        ("۱۵ پاکەت نانی تافتون و ۲۰ کیلو کوبیده گوساله", [("KOOB-BEEF", "20"), ("TAFTOON", "15")]),
    ],
)
def test_orders_in_persian_dari_pashto_and_sorani_are_confirmed(
    index: CatalogIndex, text: str, pairs: list[tuple[str, str]]
) -> None:
    assert confirmed(index, text) == sorted(pairs, key=str)


def test_a_sack_size_chooses_the_variant(index: CatalogIndex) -> None:
    decision = decision_for(index, "٣ گۆنی برنجی تیلدا ٢٠ کیلۆیی")
    assert [m.variant.name for m in decision.matches if m.variant is not None] == ["20kg"]


def test_a_family_word_stays_a_question(index: CatalogIndex) -> None:
    # "سیله" (sella) is both the golden and the white sella
    decision_for(index, "۳ بوری سیله", OrderStatus.REVIEW)


# ------------------------------------------------------------------ references and intent cues
def test_the_usual_and_last_week_refer_to_history() -> None:
    assert reference_kind("مثل همیشه برای دوشنبه") == Reference.USUAL
    assert reference_kind("هماغه معمول سفارش، او ۲ بوجۍ نخود") == Reference.USUAL
    assert reference_kind("وەک هەفتەی پێشوو، بەڵام دوو گۆنی تیلدای زیاتر") == Reference.LAST


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("سفارش پنجشنبه رو کنسل کنید لطفا", Intent.CANCEL),
        ("تکایە داواکاری سێشەممە هەڵبوەشێننەوە", Intent.CANCEL),
        ("ماستەکان بەسەرچوو بوون", Intent.COMPLAINT),
    ],
)
def test_intent_cues(text: str, intent: Intent) -> None:
    assert classify_intent(text).intent == intent


# ------------------------------------------------------------------ Persian in Latin letters ("Finglish")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # units (baste, kise, jabe, satl, sini), number words before a unit, request words and thanks as fillers
        (
            "salam agha, lotfan 8 baste taftoon, 2 kise lapeh. merci",
            [("taftoon", 8, "pack"), ("lapeh", 2, "bag")],
        ),
        ("ye karton chai sabz bezar lotfan", [("chai sabz", 1, "case")]),
        ("3 ta jabe nabat, 4 sini baghlava", [("nabat", 3, "box"), ("baghlava", 4, "tray")]),
        ("panj kilo chenjeh va 2 satl mast", [("chenjeh", 5, "kg"), ("mast", 2, "bucket")]),
        # Pashto in Latin letters: "yaw" (one) before a unit, "aw" (and)
        (
            "yaw bori golden sella aw dwa bori lumpwood",
            [("golden sella", 1, "sack"), ("lumpwood", 2, "sack")],
        ),
    ],
)
def test_finglish_units_numbers_and_fillers(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert _lines(text) == [(p, Decimal(q), u) for p, q, u in expected]


def test_words_persian_shares_with_other_languages_are_no_counts() -> None:
    # "shish" (a kebab) and Romance "se" are no Persian six and three; "ye" and "yaw" count only before a unit
    assert _lines("10kg chicken shish") == [("chicken shish", Decimal(10), "kg")]
    assert _lines("farinheira, 2 kg, se tiverem")[0][1:] == (Decimal(2), "kg")
    assert [ln.quantity for ln in extract_lines("ye olde ale x 2")] == [Decimal(2)]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("3 kilo keshmesh talayi, 4 ta badoom khalali", [("ALMOND-SLIVERED", "4"), ("RAISIN-GOLD", "3")]),
        ("2 kise hel", [("CARDAMOM", "2")]),
    ],
)
def test_finglish_goods_reach_english_names(
    index: CatalogIndex, text: str, pairs: list[tuple[str, str]]
) -> None:
    assert confirmed(index, text) == sorted(pairs, key=str)


def test_finglish_references_refer_to_history() -> None:
    assert reference_kind("mesle hafte pish faghat gerdoo nemikham") == Reference.LAST
    assert reference_kind("mesle hamishe baraye doshanbe") == Reference.USUAL


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("sefaresh chaharshanbe: gaz ro 12 ta kon be jaye 10 lotfan", Intent.CHANGE),  # "instead of 10"
        ("mikhastam bepursam samovar barghi 10 litri darid? gheymatesh chande?", Intent.QUESTION),
        ("nabat haye hafte pish hame shekaste boodan, 2 ta jabe kamel khord shode bood", Intent.COMPLAINT),
        ("بخښنه غواړم، تېر پیغام په غلطۍ ولیږل شو", Intent.OTHER),  # Pashto: sent by mistake
    ],
)
def test_finglish_and_pashto_intent_cues(text: str, intent: Intent) -> None:
    assert classify_intent(text).intent == intent
