"""Orders to a fish-and-chip and Chinese-takeaway supplier in Cantonese (traditional characters and romanised),
Greek (Greek script and Greeklish) and Turkish (issue #10, session 13): Chinese counters in traditional
characters, size numbers ("2號"), takeaway goods words, romanised Cantonese number words, "tung" (and / a tub) and
please/thanks, Greek number words and pack words, Turkish goods words, read by the worker's own analysis
(`plan_for_text` -> `analyse`) against a small catalog."""

from __future__ import annotations

import pytest

from db.enums import OrderStatus
from jobs.language.cantonese import read_cantonese
from jobs.language.intent import Intent, classify_intent
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.pipeline.evaluation import plan_for_text

_PRODUCTS = [
    ("SAUS-BATT", "Pre-Battered Jumbo Sausages (box of 30)", "box", [], ["battered sausages"]),
    ("SPRING-MINI", "Mini Vegetable Spring Rolls 15g (box of 200)", "box", [], ["mini spring rolls"]),
    ("SPRING-LG", "Large Vegetable Spring Rolls 70g (box of 50)", "box", [], ["large spring rolls"]),
    ("PRAWN-CRK", "Sen Tai Uncooked Prawn Crackers 1kg (case of 10)", "case", [], ["prawn crackers"]),
    ("NOODLE-EGG", "Fortune Bay Medium Egg Noodles 500g (case of 12)", "case", [], ["egg noodles"]),
    ("OYSTER", "Lee Kum Kee Oyster Sauce 2.27kg (case of 6)", "case", [], ["oyster sauce"]),
    ("RICE-LG", "Tilda Long Grain Rice 20kg Sack", "sack", [], ["long grain rice"]),
    ("POT-MP", "Maris Piper Potatoes 25kg Sack", "sack", [], ["maris piper"]),
    ("CURRY", "Mayflower Curry Sauce Mix 4.5kg Tub", "tub", [], ["mayflower curry"]),
    ("BISTO", "Bisto Gravy Granules 1.8kg Tub", "tub", [], ["bisto"]),
    (
        "FOIL",
        "Aluminium Foil Containers",
        "box",
        [
            ("No.1 (box of 1000)", "no1 foils"),
            ("No.2 (box of 1000)", "no2 foils"),
            ("No.6a (box of 500)", "6a foils"),
        ],
        ["foil trays", "aluminium containers"],
    ),
    ("KRAFT-BAG", "Brown Kraft Takeaway Bags with Handles (box of 250)", "box", [], ["kraft bags"]),
    ("COD-SKL", "Icelandic Cod Fillets Skinless (6.81kg box)", "box", [], ["skinless cod"]),
    ("FORK-WOOD", "Wooden Chip Forks (box of 1000)", "box", [], ["wooden forks"]),
    ("SACH-KETCHUP", "Heinz Tomato Ketchup Sachets (box of 200)", "box", [], ["ketchup sachets"]),
    ("KETCHUP-JUG", "Heinz Tomato Ketchup 4L Jug", "each", [], ["ketchup jug"]),
    ("FISHCAKE", "Classic Fishcakes 85g (box of 48)", "box", [], ["fishcakes"]),
    ("COKE-CAN", "Coca-Cola 24 x 330ml Can", "case", [], ["coke cans"]),
    (
        "HAD-SKL",
        "Haddock Fillets Skinless (6.81kg box)",
        "box",
        [("6-8oz", "6-8 haddock"), ("8-10oz", "8-10 haddock")],
        ["skinless haddock"],
    ),
]


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    rows = [
        {
            "sku": s,
            "name": n,
            "unit": u,
            "unit_price": "1.00",
            "variants": [{"name": v, "ai_aliases": [va]} for v, va in vs],
            "aliases": a,
        }
        for s, n, u, vs, a in _PRODUCTS
    ]
    return CatalogIndex.build(load_catalog_json(rows))


def _lines(
    index: CatalogIndex, text: str
) -> tuple[OrderStatus | None, list[tuple[str | None, str, str | None]]]:
    plan = plan_for_text(text, index)
    assert plan.decision is not None, text
    return plan.decision.status, [
        (m.resolved_sku, format(m.catalog_quantity.normalize(), "f"), m.variant.name if m.variant else None)
        for m in plan.decision.matches
    ]


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # traditional counters (兩 two, 箱 case, 盒 box, 包 bag) in a run-on voice note, Cantonese 細 (small) spring
        # rolls, 雞蛋麵 egg noodles, 同埋 and
        (
            "唔該幫我送三箱雞蛋麵兩盒細春卷一箱蠔油同埋兩箱蝦片",
            [
                ("NOODLE-EGG", "3", None),
                ("SPRING-MINI", "2", None),
                ("OYSTER", "1", None),
                ("PRAWN-CRK", "2", None),
            ],
        ),
        # a size number before 號 ("2號錫紙盒": No.2 foil trays), 牛皮紙袋 kraft bags, 絲苗米 long-grain rice
        (
            "星期五：2號錫紙盒 2箱，牛皮紙袋 1箱，絲苗米 3包",
            [("FOIL", "2", "No.2 (box of 1000)"), ("KRAFT-BAG", "1", None), ("RICE-LG", "3", None)],
        ),
        # romanised Cantonese: "yiu" (want), "tung" (and) between counted items
        (
            "yiu 2 box battered sausage tung 1 box mini spring roll",
            [("SAUS-BATT", "2", None), ("SPRING-MINI", "1", None)],
        ),
        # number words before a unit ("sap yi bau" twelve bags, "leung box" two boxes), "m goi" please
        (
            "ting yat yiu sap yi bau maris piper, leung box large spring roll. m goi",
            [("POT-MP", "12", None), ("SPRING-LG", "2", None)],
        ),
        # "tung" after a count is a tub (桶), "tung mai" is and
        ("yiu leung tung mayflower curry tung mai 1 bisto", [("CURRY", "2", None), ("BISTO", "1", None)]),
        # Greeklish: wooden forks, Greek number words before a pack word
        (
            "dyo koutes xylina pirounia kai tria koutes fishcakes",
            [("FORK-WOOD", "2", None), ("FISHCAKE", "3", None)],
        ),
        # Greek script: Cypriot "σακκιά" (sacks), μπακαλιάρο (cod), στείλε (send), thanks as a sign-off
        (
            "στείλε 8 σακκιά maris piper και 2 κούτες μπακαλιάρο\nΕυχαριστώ πολύ, Ανδρέας",
            [("POT-MP", "8", None), ("COD-SKL", "2", None)],
        ),
        # Turkish: "derisiz morina" (skinless cod); "saşe" is a sachet, not Romanian "șase" (six)
        (
            "Abi 2 kutu derisiz morina, bide 2 kutu ketçap saşe",
            [("COD-SKL", "2", None), ("SACH-KETCHUP", "2", None)],
        ),
    ],
)
def test_orders_in_cantonese_greek_and_turkish_are_confirmed(
    index: CatalogIndex, text: str, lines: list[tuple[str, str, str | None]]
) -> None:
    status, got = _lines(index, text)
    assert got == lines, text
    assert status == OrderStatus.CONFIRMED, text


def test_same_as_the_first_order_in_cantonese_is_a_history_reference(index: CatalogIndex) -> None:
    """同第一張單一樣 ("same as the first order") refers to an order the message does not spell out: review."""
    plan = plan_for_text("同第一張單一樣，再加 2箱 蝦片", index)
    assert plan.decision is not None
    assert plan.decision.status == OrderStatus.REVIEW
    assert any(r.startswith("HISTORY_REFERENCE") for r in plan.decision.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks Sam, 2 boxes of cod",  # "sam" is a name in a text with no Cantonese phrase
        "Tung oil 2 bottles please",  # "tung" is an oil
        "ng 2 boxes",  # no marker: "ng" stays as written
        "cho em 30 bo ngo gai, 2 thung nuoc mam",  # Vietnamese without accents: ngò gai (coriander), not "I"
        "bap ngo 2 thung",  # ngô (corn)
        "2 bottles gordons gin please. Thanks, Tony Leung",  # a family name: the gin is no "each"
        "cha lua 5 cay, ngo 20 bo",  # Vietnamese "ngo" (ngò, coriander) is no Cantonese "I"
    ],
)
def test_text_without_cantonese_phrases_is_not_read_as_cantonese(text: str) -> None:
    assert read_cantonese(text) == text


def test_cantonese_number_words_are_read_only_before_a_unit() -> None:
    """Cantonese "ng sai deliver" (no need to deliver) holds no five; "ng box" is five boxes."""
    assert read_cantonese("ngo dei close shop, ng sai deliver") == "we close shop, no need deliver"
    assert read_cantonese("yiu ng box northern gold") == " 5 box northern gold"


def test_turkish_kutu_is_a_box_of_goods_sold_by_the_box(index: CatalogIndex) -> None:
    """BOX_OR_CAN: "kutu" is a box and a drinks can; of fishcakes sold by the box of 48 "1 kutu" is one box, not a 48th
    of one."""
    status, got = _lines(index, "Abi 1 kutu fishcakes ve 2 kutu wooden forks")
    assert got == [("FISHCAKE", "1", None), ("FORK-WOOD", "2", None)]
    assert status == OrderStatus.CONFIRMED


def test_turkish_kutu_of_a_drink_sold_by_the_case_counts_cans(index: CatalogIndex) -> None:
    """BOX_OR_CAN: "48 kutu" of a case of 24 cans is 2 cases (cans), never 48 cases."""
    status, got = _lines(index, "48 kutu coke cans gonder")
    assert got == [("COKE-CAN", "2", None)]
    assert status == OrderStatus.CONFIRMED


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Tony akyrose tin paraggelia tis Paraskevis", Intent.CANCEL),  # Greeklish: cancel the order
        ("Tony τα saveloys ήρθαν ξεπαγωμένα σήμερα. Δεν τα δέχομαι.", Intent.COMPLAINT),  # came defrosted
        ("Θα ήθελα να ρωτήσω αν έχετε χαλλούμι", Intent.QUESTION),  # I'd like to ask if you have halloumi
        ("Tony poso einai to wholetail scampi tora?", Intent.QUESTION),  # how much is it now
        ("Abi bir sorum var, döner eti satıyor musunuz?", Intent.QUESTION),  # do you sell doner meat
        ("Konu: Şikayet - hasarlı koli. 1 koli Diet Coke şişelerin 3'ü patlamıştı", Intent.COMPLAINT),
        ("Tony yeni adres: dukkan tasiniyor, 88 Fore Street", Intent.OTHER),  # a new address
    ],
)
def test_greek_and_turkish_intent_cues(text: str, intent: Intent) -> None:
    assert classify_intent(text).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "Tony 2 boxes skinless haddock 8-10",  # a name before the count: the range is no count of the name
        "2 box haddock 8-10 skinless",  # a word after the range: no second item
        "Tony vale 2 koutes skinless haddock 8-10 akoma",
    ],
)
def test_a_grade_range_after_a_product_word_is_its_grade(index: CatalogIndex, text: str) -> None:
    """GRADE_RANGE: "8-10" after the product's words is the 8-10oz grade, not the count of another item."""
    status, got = _lines(index, text)
    assert got == [("HAD-SKL", "2", "8-10oz")], text
    assert status == OrderStatus.CONFIRMED, text


def test_a_turkish_request_for_goods_is_an_order(index: CatalogIndex) -> None:
    """ "gönderebilir misin?" (can you send?) asks for the goods it names: confirmed, not held as a question."""
    status, got = _lines(index, "Tony abi, cumartesi için 2 kutu fishcakes gönderebilir misin?")
    assert got == [("FISHCAKE", "2", None)]
    assert status == OrderStatus.CONFIRMED
