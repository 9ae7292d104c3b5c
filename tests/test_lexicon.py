"""The multilingual trade lexicon (jobs/language/matching/lexicon/): inflected Polish, Portuguese, Turkish
and Romanian lines name the English product of a small catalog, through the worker's own analysis, and
its collision guards hold (an English word of the trade is never re-read as a foreign one)."""

from __future__ import annotations

import pytest

from db.enums import OrderStatus
from jobs.language.extraction import extract_lines
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.language.matching.lexicon import _ROWS, ENGLISH, LEXICON, SURE, guarded, inflected
from jobs.language.matching.synonyms import _FIRST_ROWS
from jobs.language.matching.tokens import canon_token, tokens
from jobs.pipeline.evaluation import plan_for_text
from tests.trust import catalog_product

_PRODUCTS = [
    ("WATER-STILL", "Still Water 24 x 500ml", "case"),
    ("WATER-SPARK", "Sparkling Water 24 x 500ml", "case"),
    ("BUTTER-UNSALTED", "Unsalted Butter 250g", "each"),
    ("BUTTER-SALTED", "Salted Butter 250g", "each"),
    ("CASHEW", "Cashew Nuts 1kg", "bag"),
    ("TOM-CHOPPED", "Chopped Tomatoes 2.5kg", "tin"),
    ("TOM-PEELED", "Peeled Plum Tomatoes 2.5kg", "tin"),
    ("RICE-LONG", "Long Grain Rice 10kg", "bag"),
    ("OIL-SUNFLOWER", "Sunflower Oil 20L", "each"),
    ("OIL-RAPESEED", "Rapeseed Oil 20L", "each"),
    ("PEPPER-PASTE", "Red Pepper Paste 1kg", "tub"),
    ("TOMATO-PASTE", "Tomato Paste 1kg", "tub"),
    ("YOG-NATURAL", "Natural Yoghurt 1kg", "tub"),
    ("PEAS-FROZEN", "Frozen Garden Peas 2.5kg", "bag"),
    ("CHICKEN-SUPREME", "Chicken Supremes 2kg", "pack"),
    ("CHICKEN-BREAST", "Chicken Breast Fillets 2kg", "pack"),
    ("PAPRIKA-SMOKED", "Smoked Paprika 1kg", "tub"),
    ("PAPER-PLATE", "Paper Plates 9in (pack of 100)", "pack"),
]


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    rows = [{"sku": s, "name": n, "unit": u, "unit_price": "1.00"} for s, n, u in _PRODUCTS]
    return CatalogIndex.build(load_catalog_json(rows))


@pytest.mark.parametrize(
    ("text", "skus"),
    [
        # Polish: genitive after a count, adjectives agreeing with their noun
        ("3 skrzynki wody niegazowanej i 2 opakowania masła niesolonego", ["WATER-STILL", "BUTTER-UNSALTED"]),
        ("2 kg orzechów nerkowca, 4 puszki pomidorów krojonych", ["CASHEW", "TOM-CHOPPED"]),
        ("1 worek ryżu długoziarnistego", ["RICE-LONG"]),
        # Portuguese: plural and feminine forms
        ("4 latas de tomates pelados e 2 de óleo de colza", ["TOM-PEELED", "OIL-RAPESEED"]),
        # Turkish: possessive compounds ("ayçiçek yağı", "biber salçası")
        ("2 ayçiçek yağı, 3 biber salçası", ["OIL-SUNFLOWER", "PEPPER-PASTE"]),
        # Romanian: article and plural endings
        ("2 iaurt natural și 3 pungi mazăre congelată", ["YOG-NATURAL", "PEAS-FROZEN"]),
        # Greek script and Greeklish (the Latin letters customers type) read alike
        ("2 κούτες βούτυρο ανάλατο, 4 σακούλες αρακά κατεψυγμένο", ["BUTTER-UNSALTED", "PEAS-FROZEN"]),
        ("2 kouta voutyro analato, 4 sakoules araka katepsygmeno", ["BUTTER-UNSALTED", "PEAS-FROZEN"]),
        ("3 κιβώτια ντομάτες ψιλοκομμένες", ["TOM-CHOPPED"]),
        # Ukrainian (Cyrillic): genitive after a count, adjectives agreeing with their noun
        ("3 ящики негазованої води і 2 пачки несолоного масла", ["WATER-STILL", "BUTTER-UNSALTED"]),
        ("1 мішок рису, 4 банки очищених помідорів", ["RICE-LONG", "TOM-PEELED"]),
        # Lithuanian: case endings read through the Lithuanian stemmer, accents folded
        ("3 dėžės negazuoto vandens ir 2 pakeliai nesūdyto sviesto", ["WATER-STILL", "BUTTER-UNSALTED"]),
        ("4 skardinės smulkintų pomidorų, 1 maišas ryžių", ["TOM-CHOPPED", "RICE-LONG"]),
    ],
)
def test_inflected_foreign_lines_name_the_english_product(
    index: CatalogIndex, text: str, skus: list[str]
) -> None:
    plan = plan_for_text(text, index)
    assert plan.decision is not None
    assert [m.resolved_sku for m in plan.decision.matches] == skus


def test_an_inflected_form_reads_as_its_table_word() -> None:
    """Forms no table lists are read through their language's stem, and only with an inflection ending."""
    assert inflected("pomidorami") == "tomato"  # Polish instrumental plural
    assert inflected("ziemniakami") == "potato"
    assert inflected("domatesler") == "tomato"  # Turkish plural
    assert inflected("cartofii") == "potato"  # Romanian, definite plural
    assert inflected("naranjada") is None  # a derived word: orangeade is no orange
    assert canon_token("limonada") == "lemonade"  # lemonade is no lemon: the table says what it is
    assert inflected("burrata") is None  # not butter (Italian "burro")


@pytest.mark.parametrize(
    "word", ["supreme", "paprika", "plate", "pasta", "paste", "sale", "semi", "grade", "chorizo", "piccolo"]
)
def test_an_english_trade_word_is_never_re_read_as_a_foreign_one(word: str) -> None:
    """ "supreme" is no French breast, "paprika" no German pepper, "plate" no French still water, "pasta"
    no Polish paste, "sale" no Italian salt: the English word of the trade stays itself."""
    assert word in ENGLISH
    assert inflected(word) is None
    assert canon_token(word) in (word, canon_token(word, translate=False))
    assert LEXICON.get(word, word) == word


def test_english_catalog_words_keep_their_products_apart(index: CatalogIndex) -> None:
    plan = plan_for_text("6 packs of chicken supremes and 2 packs of paper plates", index)
    assert plan.decision is not None
    assert [m.resolved_sku for m in plan.decision.matches] == ["CHICKEN-SUPREME", "PAPER-PLATE"]
    assert plan.decision.status == OrderStatus.CONFIRMED


def test_short_words_and_words_two_tables_read_differently_are_no_reading() -> None:
    # "su", "ou", "m" (Arabic "ماء") are not read; German "ei" and "öl" are marked in their table
    assert {w for w in LEXICON if len(w) < 3} == {"ei", "ol"}
    assert "sale" not in LEXICON  # French salted, Italian salt (and English)
    assert "noz" not in LEXICON  # Polish knife, Portuguese nut
    assert tokens("J.M")[0] == ["j", "m"]


def test_special_letters_fold_inside_a_word() -> None:
    """Polish "ł" and Turkish "ı" have no accent to strip: unfolded, they split the word."""
    assert tokens("masła")[0] == ["butter"]
    assert tokens("długoziarnistego ryżu")[0] == ["long", "rice"]


def test_each_foreign_word_is_said_once_in_its_language_table() -> None:
    """synonyms.py keeps only English shorthand; within a table a word has one meaning."""
    table_words = {w for rows in _ROWS.values() for _, w in rows}
    assert not table_words & set(_FIRST_ROWS)
    for rows in _ROWS.values():
        meanings: dict[str, set[str]] = {}
        for eng, word in rows:
            meanings.setdefault(word, set()).add(eng)
        assert {w: m for w, m in meanings.items() if len(m) > 1} == {}


def test_a_marked_word_is_read_whatever_the_guards_say() -> None:
    """ "pan" (English), "ei" (two letters), "miel" (Romanian lamb as well) are read as their mark says;
    a marked word is no compound part of an English word ("pancake" is no bread cake)."""
    assert canon_token("pan") == "bread"
    assert canon_token("ei") == "egg"
    assert canon_token("miel") == "honey"
    assert tokens("American Pancake Mix")[0] == ["american", "pancake", "mix"]
    assert tokens("Pecorino Romano")[0] == ["pecorino", "romano"]  # no Portuguese pomegranate ("romã")


def test_only_the_words_that_earn_it_are_marked() -> None:
    """A mark stays where `benchmarks.trust` measures it (latte, pan, pain, coco, miel) or where the guard it
    overrides protects no other reading (ei, öl: too short; sal: the singular the matcher makes of "sales"); a word
    the guards drop for a reading another language or English has is not marked (the lexicon's docstring)."""
    assert set(SURE) == {"latte", "pan", "pain", "coco", "miel", "ei", "ol", "sal"}
    by_guards = guarded()
    assert {
        w: by_guards.get(w) for w in SURE if by_guards.get(w) == SURE[w]
    } == {}  # each mark overrides a guard


@pytest.mark.parametrize(
    ("text", "toks"),
    [
        (
            "Ricotta Salata",
            ["ricotta", "salata"],
        ),  # Italian salted, Polish lettuce, Turkish salad: no reading
        ("Pinot Grigio", ["pinot", "grigio"]),  # a wine's name, not the colour grey
        ("Vita Coco", ["vita", "coconut"]),  # the brand, not Romanian beef
        ("polvo", ["polvo"]),  # Spanish powder, Portuguese octopus
        ("rund", ["rund"]),  # German round, Dutch beef
        ("plat du jour", ["plat", "jour"]),  # a dish as often as flat
    ],
)
def test_a_word_two_readings_compete_for_is_read_by_the_guards(text: str, toks: list[str]) -> None:
    assert [t for t in tokens(text)[0] if t] == toks


def test_greek_ukrainian_and_lithuanian_words_read_as_their_english_word() -> None:
    """Greek and Cyrillic letters are read through the messages' transliteration, Greek and Greeklish alike;
    Lithuanian forms no table lists through the Lithuanian stemmer."""
    assert tokens("κρεμμύδια")[0] == tokens("kremmydia")[0] == ["onion"]
    assert tokens("ΓΆΛΑΚΤΟΣ")[0] == ["milk"]
    assert tokens("молоко")[0] == tokens("молока")[0] == ["milk"]
    assert tokens("10 кг картоплі")[0] == ["potato"]
    assert inflected("pomidorams") == "tomato"  # Lithuanian dative plural
    assert inflected("vistienai") == "chicken"


@pytest.mark.parametrize(
    ("text", "toks"),
    [
        ("gala apples", ["gala", "apple"]),  # no Greek milk ("γάλα")
        ("Dear sir", ["dear", "sir"]),  # no Ukrainian cheese ("сир")
        ("Malta Guinness", ["malta", "guinness"]),  # no Lithuanian "malta" (ground)
    ],
)
def test_a_transliterated_word_that_is_english_stays_english(text: str, toks: list[str]) -> None:
    assert tokens(text)[0] == toks


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("3 пляшки олії", "bottle"),  # Ukrainian, read through the transliteration
        ("2 пачки масла", "pack"),
        ("4 skardinės pomidorų", "can"),  # Lithuanian
        ("2 butelius aliejaus", "bottle"),
        ("5 kouta voutyro", "box"),  # Greeklish
    ],
)
def test_ukrainian_lithuanian_and_greeklish_packs_are_units(text: str, unit: str | None) -> None:
    (line,) = extract_lines(text)
    assert line.unit == unit


_TRADE_COUNTER = [
    catalog_product(
        "CU-TUBE", "Copper Tube 3m Length", "each", ["copper tube", "copper pipe"], category="Plumbing"
    ),
    catalog_product(
        "DSO", "Double Switched Socket 13A White", "each", ["double socket"], category="Electrical"
    ),
    catalog_product("SW1G", "Light Switch 1 Gang White", "each", ["1 gang switch"], category="Electrical"),
    catalog_product("HELMET", "Safety Helmet White", "each", ["safety helmet", "hard hat"], category="PPE"),
    catalog_product("SMOKE", "Mains Smoke Alarm", "each", ["smoke alarm"], category="Electrical"),
    catalog_product("HEAT", "Mains Heat Alarm", "each", ["heat alarm"], category="Electrical"),
    catalog_product("CEMENT", "General Purpose Cement 25kg", "bag", ["cement"], category="Building"),
]


@pytest.mark.parametrize(
    ("text", "skus"),
    [
        ("12 tubos de cobre e 10 tomadas duplas", ["CU-TUBE", "DSO"]),  # Portuguese
        ("8 rur miedzianych, 4 czujki dymu i 2 czujki ciepła", ["CU-TUBE", "SMOKE", "HEAT"]),  # Polish
        ("10 prize duble și 5 saci de ciment", ["DSO", "CEMENT"]),  # Romanian
        ("6 variniai vamzdžiai ir 2 šalmai", ["CU-TUBE", "HELMET"]),  # Lithuanian
    ],
)
def test_building_trade_words_name_the_english_product(text: str, skus: list[str]) -> None:
    """BUILDING_TRADE_WORDS: the trade counter's pipes, sockets, alarms and hard hats in Portuguese, Polish,
    Romanian and Lithuanian read as the English words a builders' merchant's catalog names them with."""
    index = CatalogIndex.build(load_catalog_json(_TRADE_COUNTER))
    plan = plan_for_text(text, index)
    assert plan.decision is not None
    assert [m.resolved_sku for m in plan.decision.matches if m.resolved_sku] == skus


@pytest.mark.parametrize(
    ("text", "toks"),
    [
        ("água sem gás", ["water", "still"]),  # Portuguese
        ("acqua senza gas", ["water", "still"]),  # Italian
        ("woda bez gazu", ["water", "still"]),  # Polish
        ("apă fără gaz", ["water", "still"]),  # Romanian
        ("agua con gas", ["water", "sparkling"]),
        ("água com gás", ["water", "sparkling"]),
        ("frango com catupiry", ["chicken", "catupiry"]),  # "com" alone is "with", no word of the product
    ],
)
def test_water_with_or_without_gas_is_sparkling_or_still(text: str, toks: list[str]) -> None:
    """WITH_OR_WITHOUT_GAS: "água sem gás" named nothing ("sem" and "gás" no words of "Still Water")."""
    assert tokens(text)[0] == toks
