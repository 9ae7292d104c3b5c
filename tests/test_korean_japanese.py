"""Orders written in Korean and Japanese (issue #10, session 12): counts with their counters, particles and
endings cut from words, words run together cut into known words (jobs/language/korean_japanese.py, its
tables in jobs/language/korean_japanese_words.py), request words, dates, names, "the usual" and intent
cues; read by the worker's own extractor, classifier and plan against a small catalog of English names."""

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
        "category": "Supplies",
        "unit": unit,
        "unit_price": 10,
        "aliases": aliases,
        "variants": [{"name": v} for v in variants],
    }


_CATALOG = {
    "categories": [{"name": "Supplies", "parent": None, "ai_keywords": []}],
    "products": [
        _product("TTEOK", "Tteokbokki Rice Cakes 1kg", "bag", ["떡볶이떡"]),
        _product("FISHCAKE", "Korean Fish Cake Sheets 1kg", "bag", ["eomuk"]),
        _product("GOCHUJANG", "Gochujang Chilli Paste", "tub", [], ("500g", "3kg")),
        _product("SOJU", "Chamisul Fresh Soju 20 x 360ml", "case", ["참이슬 후레쉬"]),
        _product("KIMCHI-RADISH", "Radish Kimchi (Kkakdugi) 2kg", "tub", ["kkakdugi"]),
        _product("SOY", "Yamasa Soy Sauce 1.8L", "each", ["ヤマサ"]),
        _product("MISO-WHITE", "White Miso 1kg", "tub", ["shiro miso"]),
        _product("UDON", "Frozen Udon Noodles 30 x 250g", "case", ["frozen udon"]),
        _product("KARAAGE", "Chicken Karaage 1kg", "bag", ["karaage"]),
        _product("TOFU-SILKEN", "Silken Tofu 300g (case of 12)", "case", ["silken tofu"]),
        _product("PLUM-WINE", "Choya Plum Wine 750ml", "bottle", ["umeshu"]),
    ],
}


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    return CatalogIndex.build(load_catalog_json(_CATALOG))


def _lines(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(ln.phrase, ln.quantity, ln.unit) for ln in extract_lines(text) if ln.understood]


# ------------------------------------------------------------------ reading: counts, endings, known words
@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("김치를 두 박스요", "kimchi 2 box"),  # a particle, a native numeral before its counter, polite 요
        ("소주는 10박스로요", "soju to 10 box"),  # "make it 10 boxes"
        ("김밥단무지 10팩", "kimbap danmuji 10 pack"),  # nouns run together, cut into known words
        ("한빛쌀 3포", "hanbich rice 3 sack"),  # 한 inside a word is no count; 쌀 is rice
        ("떡볶이 1개", "tteokbokki 1 pcs"),  # 이 ends the noun: no particle is cut
        ("アサヒの大瓶を24本", "asahi large bottle 24 bottle"),  # particles between words read as nothing
        ("うなぎのたれ 1本", "unagi sauce 1 bottle"),  # の inside a known word stays
        ("ストレート麺", "straight noodles"),  # a katakana word holds no shorter one inside it (トレー)
        ("トンカツソース", "tonkatsu sauce"),  # ... but one at its end is read
        ("白ワイン", "white wine"),  # kanji among kana are Japanese words, not Chinese ones
        ("一箱と三本", "1 box 3 bottle"),  # kanji numerals before a counter
    ],
)
def test_korean_and_japanese_are_read_as_english_words(text: str, folded: str) -> None:
    assert fold_scripts(text).replace(",", " ").split() == folded.split()


def test_a_text_with_kana_is_japanese_whatever_words_it_holds() -> None:
    """Its kanji are read by the Japanese table alone, the same whether or not the table knows every kana
    word of the text (the Chinese table read them when it did: "white sugar" here, "white tang" there)."""
    read = [fold_scripts(t).split()[:3] for t in ("白糖 2袋お願いします", "白糖 2袋おねがいしますね")]
    assert read[0] == read[1]


@pytest.mark.parametrize(
    "text",
    [
        "6月5日から10日まで店休日となります。その間の配送は不要です。",  # dates, a closure notice
        "월요일 오전 10시 전에 배송 부탁드립니다",  # a weekday and an hour
        "포차88입니다!",  # a writer's name
    ],
)
def test_dates_hours_and_names_are_no_items(text: str) -> None:
    assert _lines(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [("吉田です。2ケースお願いします", "case"), ("민지분식입니다. 2박스 부탁드려요", "box")],
)
def test_a_writers_name_is_no_goods_of_the_count_after_it(text: str, unit: str) -> None:
    assert _lines(text) == [("", Decimal(2), unit)]  # the count asks for goods it does not name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "떡볶이떡 6봉 어묵 4봉 고추장 3kg 2통",
            [("tteokbokki rice cake", 6, "bag"), ("fish cake", 4, "bag"), ("gochujang", 2, "tub")],
        ),
        ("통단무지 2개랑 참기름 3병", [("tong danmuji", 2, "each"), ("sesame oil", 3, "bottle")]),
        (
            "蕎麦 2ケース、白味噌 2個、本みりん 3本を月曜日にお願いします。",
            [("soba", 2, "case"), ("white miso", 2, "each"), ("hon mirin", 3, "bottle")],
        ),
        ("唐揚げ 8袋だけ追加でお願いします", [("karaage", 8, "bag")]),  # "only", "add", "please" are talk
    ],
)
def test_lines_of_korean_and_japanese_orders(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _lines(text) == [(p, Decimal(q), u) for p, q, u in expected]


# ------------------------------------------------------------------ orders against English names
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "떡볶이떡 6봉 어묵 4봉 깍두기 2통 보내주세요",
            [("TTEOK", "6"), ("FISHCAKE", "4"), ("KIMCHI-RADISH", "2")],
        ),
        ("안녕하세요 서울가든입니다 / 참이슬 후레쉬 6박스 / 감사합니다", [("SOJU", "6")]),
        ("고추장 3kg 1통 부탁드려요", [("GOCHUJANG", "1")]),
        ("おはようございます！ヤマサ醤油 4本、冷凍うどん 3ケースお願いします", [("SOY", "4"), ("UDON", "3")]),
        ("絹豆腐 2ケース、梅酒 6本お願いします。", [("TOFU-SILKEN", "2"), ("PLUM-WINE", "6")]),
    ],
)
def test_orders_in_korean_and_japanese_are_confirmed(
    index: CatalogIndex, text: str, pairs: list[tuple[str, str]]
) -> None:
    assert confirmed(index, text) == sorted(pairs, key=str)


def test_a_size_in_korean_chooses_the_variant(index: CatalogIndex) -> None:
    decision = decision_for(index, "고추장 3kg 2통 주세요")
    assert [(m.product.sku, m.variant.name) for m in decision.matches if m.variant and m.product] == [
        ("GOCHUJANG", "3kg")
    ]


def test_the_usual_in_korean_and_japanese_refers_to_history(index: CatalogIndex) -> None:
    for text, kind in (
        ("평소대로 주세요~ 깍두기 1통 추가요", Reference.USUAL),
        ("늘 하던 대로 주문 부탁드립니다", Reference.USUAL),
        ("いつもの注文お願いします。あと唐揚げ1袋追加で", Reference.USUAL),
        ("지난번이랑 같이 보내주세요", Reference.LAST),
        ("前回と同じでお願いします", Reference.LAST),
    ):
        assert reference_kind(text) == kind, text
    decision = decision_for(index, "평소대로 주세요~ 깍두기 1통 추가요", OrderStatus.REVIEW)
    assert any(r.startswith("HISTORY_REFERENCE") for r in decision.reasons), decision.reasons


# ------------------------------------------------------------------ intent cues
@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("사장님 내일 배송 취소 부탁드려요", Intent.CANCEL),
        ("本日お送りした注文はキャンセルさせてください。", Intent.CANCEL),
        ("내일 배송 건 김밥김 4박스를 6박스로 바꿔주실 수 있나요?", Intent.CHANGE),
        ("목요일 배송을 금요일 오전으로 변경 가능할까요?", Intent.CHANGE),
        ("어제 온 참기름 6병 중에 2병이 깨져서 왔어요", Intent.COMPLAINT),
        ("昨日の冷凍うどん、1ケース溶けてました。交換お願いできますか？", Intent.COMPLAINT),
        ("순대도 파세요?", Intent.QUESTION),
        ("煎茶のティーバッグについて、有機栽培のものはございますか？", Intent.QUESTION),
        ("来週の月曜日もいつも通り配達ありますか？", Intent.QUESTION),
    ],
)
def test_intent_cues_of_korean_and_japanese(text: str, intent: Intent) -> None:
    assert classify_intent(text).intent == intent
