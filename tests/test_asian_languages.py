"""Orders written in Chinese, Thai and Vietnamese (issue #10, session 11): Chinese and Thai text cut into known
words before it is transliterated (jobs/language/scripts.py, jobs/language/script_words.py), Vietnamese words
read before their accents go (jobs/language/vietnamese.py), their units, fillers, weekdays, colours and sizes;
read by the worker's own extractor, classifier and plan against a small catalog of English names."""

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
from jobs.language.vietnamese import read_vietnamese
from tests.trust import confirmed, decision_for


def _product(
    sku: str, name: str, unit: str, aliases: list[str], variants: tuple[str, ...] = ()
) -> dict[str, Any]:
    return {
        "sku": sku,
        "name": name,
        "category": "Supplies",
        "unit": unit,
        "unit_price": 10,
        "aliases": aliases,
        "variants": [{"name": v} for v in variants],
    }


_CATALOG = {
    "categories": [{"name": "Supplies", "parent": None, "ai_keywords": []}],
    "products": [
        _product("PEARL-BLK", "Black Tapioca Pearls", "bag", ["black pearls"], ("1kg Bag", "3kg Bag")),
        _product("PEARL-WHT", "White Tapioca Pearls 3kg", "bag", ["white pearls"]),
        _product(
            "STRAW",
            "Wide Bubble Tea Straws (box of 1000)",
            "box",
            ["wide straws"],
            ("Black", "Clear", "Pink"),
        ),
        _product("FILM", "Cup Sealing Film Roll", "roll", ["sealing film", "封口膜"], ("Clear", "Pink")),
        _product("BOWL", "Dessert Bowls 12oz (case of 500)", "case", ["dessert bowls"]),
        _product("SPOON", "Dessert Spoons (box of 1000)", "box", ["dessert spoons"]),
        _product("CONDENSED", "Sweetened Condensed Milk 48 x 397g", "case", ["condensed milk"]),
        _product("COCO-CREAM", "Coconut Cream 12 x 1L", "case", ["coconut cream"]),
        _product("THAI-TEA", "Thai Tea Mix 400g", "bag", ["thai tea"]),
        _product("GLASS-NOODLE", "Mung Bean Glass Noodles", "case", ["glass noodles", "粉丝"]),
        _product("LID-FLAT", "Flat Lids (case of 1000)", "case", ["flat lids"]),
    ],
}


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    return CatalogIndex.build(load_catalog_json(_CATALOG))


def _lines(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(ln.phrase, ln.quantity, ln.unit) for ln in extract_lines(text) if ln.understood]


# ------------------------------------------------------------------ segmentation by known words
@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("白色叉子", "white chazi"),  # a colour before a word no row knows: two words
        ("透明封口膜", "clear sealing film"),
        ("黑糖珍珠", "brown sugar pearl"),  # the longest known word wins: 黑糖 is brown sugar, no black
        ("粉丝", "fensi"),  # a word kept as written: glass noodles are no powder
        ("หลอดใส", "straw clear"),  # Thai: straw, clear
        ("ถุงหิ้ว", "carrier bag"),  # the longer word, not ถุง (bag) and the rest
        ("ค่ะ", ""),  # a polite particle reads as nothing
    ],
)
def test_unspaced_text_is_cut_into_known_words(text: str, folded: str) -> None:
    assert fold_scripts(text).split() == folded.split()


def test_japanese_kanji_are_not_read_as_chinese_words() -> None:
    assert fold_scripts("白ワイン").split() == ["white", "wine"]  # Japanese words (korean_japanese_words)
    assert fold_scripts("透明封口膜").split() == ["clear", "sealing", "film"]  # no kana: Chinese


# ------------------------------------------------------------------ units, fillers, weekdays
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Thai: the count after the name, its unit word, a polite particle, "tomorrow"
        ("ส่งพรุ่งนี้ นมข้นหวาน 3 ลัง หัวกะทิ 2 ลังค่ะ", [("condensed milk", 3, "case"), ("coconut cream", 2, "case")]),
        ("ชาไทย 5 ถุง", [("thai tea", 5, "bag")]),
        # Chinese: a greeting, a weekday, a count with its counter, thanks
        ("你好，周四送：白珍珠3包，谢谢", [("white pearl", 3, "bag")]),
        # Vietnamese with accents: unit words, "cho em", "với" (and), a particle, a numbered weekday
        (
            "Cho em 3 gói trân châu trắng với 2 hộp ống hút hồng nha, giao thứ 6",
            [("pearl white", 3, "bag"), ("straw pink", 2, "box")],
        ),
        # Vietnamese without accents: the unit words, and phrases of two words read as English
        ("4 thung ca phe, 2 goi dau xanh", [("coffee", 4, "case"), ("mung beans", 2, "bag")]),
        ("2 hop tran chau", [("pearl", 2, "box")]),
    ],
)
def test_units_fillers_and_days(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _lines(text) == [(p, Decimal(q), u) for p, q, u in expected]


def test_a_vietnamese_word_spelled_like_another_languages_is_read_only_in_vietnamese() -> None:
    assert read_vietnamese("2 chai lattes") == "2 chai lattes"  # chai, the tea
    assert read_vietnamese("2 chai nước mắm đen") == "2 bottle nước mắm black"  # chai, bottles
    assert [ln.unit for ln in extract_lines("Thêm 2 chai siro đào nhé") if ln.understood] == ["bottle"]


# ------------------------------------------------------------------ colours, sizes and nouns against English names
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("透明封口膜 4卷", [("FILM", "4")]),
        ("甜品碗 2箱，勺子 1盒", [("BOWL", "2"), ("SPOON", "1")]),
        ("ถ้วยขนม 2 ลัง ช้อน 1 กล่อง", [("BOWL", "2"), ("SPOON", "1")]),
        ("Cho em 2 thùng chén chè với 3 gói trân châu đen 3kg", [("BOWL", "2"), ("PEARL-BLK", "3")]),
        ("粉丝 3箱", [("GLASS-NOODLE", "3")]),
    ],
)
def test_orders_in_chinese_thai_and_vietnamese_are_confirmed(
    index: CatalogIndex, text: str, pairs: list[tuple[str, str]]
) -> None:
    assert confirmed(index, text) == sorted(pairs, key=str)


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("粉色封口膜 1卷", "Pink"),
        ("透明封口膜 1卷", "Clear"),
        ("ฝาเรียบ 1 ลัง หลอดใส 1 กล่อง", "Clear"),
    ],
)
def test_colour_words_choose_the_variant(index: CatalogIndex, text: str, variant: str) -> None:
    decision = decision_for(index, text)
    assert variant in {m.variant.name for m in decision.matches if m.variant is not None}


def test_the_usual_in_chinese_and_vietnamese_refers_to_history(index: CatalogIndex) -> None:
    for text in (
        "老样子，多加两箱粉丝",
        "Như tuần trước nhé, thêm 1 thùng chén chè",
        "nhu moi khi, them 2 thung chen che",
    ):
        decision = decision_for(index, text, OrderStatus.REVIEW)
        assert any(r.startswith("HISTORY_REFERENCE") for r in decision.reasons), decision.reasons
    assert reference_kind("老样子，多加两箱粉丝") == Reference.USUAL
    assert reference_kind("nhu moi khi, them 2 thung chen che") == Reference.USUAL
    assert reference_kind("Như tuần trước nhé, thêm 1 thùng chén chè") == Reference.LAST


# ------------------------------------------------------------------ intent cues
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("取消周五的订单", Intent.CANCEL),
        ("上次的珍珠过期了，要退货", Intent.COMPLAINT),
        ("你们有没有芋圆？多少钱一包？", Intent.QUESTION),
        ("ยกเลิกออเดอร์พรุ่งนี้ค่ะ", Intent.CANCEL),
        ("นมข้นหวานที่ส่งมาหมดอายุค่ะ", Intent.COMPLAINT),
        ("มีสาคูไหมคะ", Intent.QUESTION),
        ("Hủy đơn thứ Sáu giúp em", Intent.CANCEL),
        ("3 thùng sữa đặc bị móp hết, đổi giúp em", Intent.COMPLAINT),
        ("Cho em hỏi giá sỉ trân châu bao nhiêu?", Intent.QUESTION),
    ],
)
def test_intent_cues_of_chinese_thai_and_vietnamese(text: str, intent: Intent) -> None:
    assert classify_intent(text).intent == intent
