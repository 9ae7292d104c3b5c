"""Issue #10 classes worked in session 16 from tuning sets 57 (Czech, Slovak, Slovenian and Hungarian deli supply),
59 and 60, through the worker's own analysis (`plan_for_text` -> `analyse`). The texts are written for the tests,
not taken from the sets, on a made-up catalog of another trade."""

from __future__ import annotations

import pytest

from jobs.language.central_european import is_central_european, read_central_european
from jobs.language.gaelic import is_gaelic, read_gaelic
from jobs.language.iberian import is_iberian, read_iberian
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.language.matching.case_endings import case_form, inflected_form
from jobs.language.matching.lexicon import ENGLISH
from jobs.language.matching.tokens import canon_token
from tests.trust import confirmed, decision_for, review


def _product(sku: str, name: str, unit: str, aliases: list[str]) -> dict[str, object]:
    return {
        "sku": sku,
        "name": name,
        "category": "Grocery",
        "unit": unit,
        "unit_price": "9.00",
        "aliases": aliases,
        "keywords": [],
    }


@pytest.fixture(scope="module")
def grocer() -> CatalogIndex:
    """A Central European grocer: goods listed under their own names, one beer of a family named by a nickname."""
    return CatalogIndex.build(
        load_catalog_json(
            {
                "categories": [{"name": "Grocery", "parent": None, "ai_keywords": []}],
                "products": [
                    _product("CH-OLOMOUC", "Olomoucké syrečky (box of 20)", "case", ["syrečky"]),
                    _product("BR-GAMBR", "Gambrinus 10 (crate of 20 x 0.5L)", "case", ["gambrinus"]),
                    _product("BR-RADEG", "Radegast 12 (crate of 20 x 0.5L)", "case", ["radegast dvanáctka"]),
                    _product("BR-BERN", "Bernard 11 (crate of 20 x 0.5L)", "case", ["bernard"]),
                    _product("FL-SPALD", "Špaldová mouka 1kg (case of 10)", "case", ["špaldová mouka"]),
                    _product("SP-MAJO", "Majoránka 500g Bag", "bag", ["majoránka"]),
                    _product("PK-HORCICE", "Plnotučná hořčice (case of 12 jars)", "case", ["hořčice"]),
                    _product("WN-RIZL", "Ryzlink rýnský 0.75L", "bottle", ["ryzlink"]),
                ],
            }
        )
    )


# ------------------------------------------------------------------ the Central European reader
@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "na sobotu prosíme 3 bedny gambrinusu a 2 krabice syrečků",
            "for saturday please 3 cases gambrinusu and 2 boxes syrečků",
        ),
        ("Za petek: 2 zaboja ryzlinka in 12 steklenic", "for friday: 2 cases ryzlinka and 12 bottles"),
        ("dva pytle mouky tři kbelíky hořčice", "2 sacks mouky 3 buckets hořčice"),
        ("na stvrtok osem prepraviek bernardu, dakujem", "for thursday 8 cases bernardu, thanks"),
        (
            "Péntekre kérek két zsák lisztet és öt doboz sört",
            "for friday please 2 sacks lisztet and 5 doboz sört",
        ),
        ("kérek 3 vödör ötkilósat", "please 3 buckets 5 kg"),
        ("pětadvacet lahví ryzlinku, s pozdravem", "25 bottles ryzlinku, kind regards"),
    ],
)
def test_central_european_joints_are_read_as_english(text: str, read: str) -> None:
    assert is_central_european(text)
    assert read_central_european(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "Dzień dobry, na czwartek poproszę 2 zgrzewki wody bez gazu",  # Polish "dobry", "bez"
        "hi 2 cases of gambrinus and a keg for friday",
        "Hola, 2 cajas de vino para el viernes",
    ],
)
def test_other_languages_are_not_read_as_central_european(text: str) -> None:
    assert not is_central_european(text)
    assert read_central_european(text) == text


def test_payment_as_last_time_is_no_reference() -> None:
    """ "Platba převodem předem jako minule" (paid by transfer in advance, as last time) is about paying."""
    assert read_central_european("Dobrý den, platba převodem předem jako minule.").split() == [
        "hello,",
        "pay",
        "bacs",
        "same",
        "as",
        "last",
        "time.",
    ]


# ------------------------------------------------------------------ INFLECTED_ALIAS: Slavic and Hungarian cases
@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("hermelinu", "hermelin"),  # genitive
        ("kozla", "kozel"),  # the mobile e dropped
        ("ostiepkov", "ostiepok"),  # the mobile o dropped, genitive plural
        ("mouky", "mouka"),
        ("laskega", "lasko"),  # Slovenian adjective genitive
        ("spisskych", "spisske"),
        ("becherovek", "becherovka"),
        ("tepertot", "teperto"),  # Hungarian accusative
    ],
)
def test_a_catalog_word_in_a_case_ending_is_that_word(typed: str, word: str) -> None:
    assert case_form(typed, word, ENGLISH)
    assert inflected_form(typed, word)


@pytest.mark.parametrize(
    ("typed", "word"),
    [("pasta", "paste"), ("lemonade", "lemon"), ("pears", "pearls"), ("mold", "molde"), ("kol", "kola")],
)
def test_other_words_are_no_case_of_a_catalog_word(typed: str, word: str) -> None:
    assert not case_form(typed, word, ENGLISH)


def test_a_declined_order_is_confirmed(grocer: CatalogIndex) -> None:
    """ "3 bedny Gambrinusu", "2 krabice syrečků": the catalog's names in the genitive."""
    text = "Dobrý den, na pátek prosíme 3 bedny gambrinusu, 2 krabice syrečků a 4 pytle majoránky. Díky"
    assert sorted(confirmed(grocer, text)) == [("BR-GAMBR", "3"), ("CH-OLOMOUC", "2"), ("SP-MAJO", "4")]


def test_a_declined_word_that_names_a_string_in_part_is_reviewed(grocer: CatalogIndex) -> None:
    """DECLINED_IN_PART: "dvanáctky" (twelves) meets the alias "radegast dvanáctka" in its nickname only; the
    catalog need not say which other twelve-degree beer is one too."""
    reasons = review(grocer, "na pátek 3 bedny dvanáctky")
    assert any("below threshold" in r for r in reasons), reasons


def test_a_can_or_box_word_of_a_product_sold_by_the_crate_stays_cans(grocer: CatalogIndex) -> None:
    """BOX_OR_CAN: Hungarian "doboz" is a box and a can; "12 doboz" of a crate of 20 is no 12 crates."""
    reasons = review(grocer, "Holnapra 12 doboz gambrinus")
    assert any("FRACTION_OF_UNIT" in r or "PACK_OR_ITEMS" in r for r in reasons), reasons


# ------------------------------------------------------------------ the Iberian and Gaelic readers (sets 59, 60)
@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Bon dia, 2 caixes de vermut i 3 llaunes d'olives. Gràcies",
            "hello, 2 cases de vermut and 3 cans olives. thanks",
        ),
        (
            "bi kutxa garagardo eta lau poltsa txistorra, mesedez",
            "2 cases garagardo and 4 bags txistorra, please",
        ),
        ("ostiralerako 3 kutxa sagardo, eskerrik asko", "for friday 3 cases sagardo, thanks"),
        (
            "Boas tardes, para o xoves dúas caixas de viño e doce latas. Un saúdo",
            "hello, for thursday 2 cases de viño and 12 cans. kind regards",
        ),
        ("Pementón: unha lata de doce", "Pementón: 1 cans de doce"),  # "doce" is twelve only before a unit
    ],
)
def test_catalan_basque_and_galician_joints_are_read_as_english(text: str, read: str) -> None:
    assert is_iberian(text)
    assert read_iberian(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("trí mhála bia madra agus dhá chás bia cait", "3 bags bia dog and 2 cases bia cat"),
        (
            "Feasgar math, 2 phoca biadh chù agus 4 bèilichean connlach. Tapadh leibh",
            "hello, 2 bags biadh dog and 4 bales connlach. thanks",
        ),
    ],
)
def test_irish_and_gaelic_joints_are_read_as_english(text: str, read: str) -> None:
    assert is_gaelic(text)
    assert read_gaelic(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "hi what's the eta on 2 cases of cava",  # English ETA, not Basque "and"
        "Hola, 2 cajas de vino para el viernes, gracias",  # Castilian
        "2 bags of dog food and a case of cat food please",
    ],
)
def test_other_languages_are_not_read_as_iberian_or_gaelic(text: str) -> None:
    assert not is_iberian(text) and not is_gaelic(text)


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("musclos", "mussel"),  # Catalan
        ("bakailao", "cod"),  # Basque
        ("kroketak", "croquette"),  # Basque plural
        ("polbo", "octopus"),  # Galician
        ("laranxa", "orange"),
        ("cath", "cat"),  # Welsh
        ("siampw", "shampoo"),
        ("szampony", "shampoo"),  # Polish plural
        ("zwirek", "litter"),
        ("tioram", "dry"),  # Scottish Gaelic
        ("sliseagan", "shavings"),
    ],
)
def test_goods_words_of_the_new_languages(word: str, english: str) -> None:
    assert canon_token(word) == english


# ------------------------------------------------------------------ DECIMAL_LITRES (matching/sizing.py)
@pytest.fixture(scope="module")
def soft_drinks() -> CatalogIndex:
    return CatalogIndex.build(
        load_catalog_json(
            {
                "categories": [{"name": "Soft Drinks", "parent": None, "ai_keywords": []}],
                "products": [
                    {
                        "sku": "LEMO",
                        "name": "Zitrone Lemonade",
                        "category": "Soft Drinks",
                        "unit": "case",
                        "unit_price": "9.00",
                        "aliases": ["zitrone"],
                        "variants": [
                            {
                                "name": "12 x 0.5L PET",
                                "type": "VOLUME",
                                "sku": "LEMO-05",
                                "unit_price": "9.00",
                            },
                            {
                                "name": "6 x 1.5L PET",
                                "type": "VOLUME",
                                "sku": "LEMO-15",
                                "unit_price": "8.00",
                            },
                            {
                                "name": "24 x 0.33L Glass",
                                "type": "VOLUME",
                                "sku": "LEMO-033",
                                "unit_price": "12.00",
                            },
                        ],
                    }
                ],
            }
        )
    )


@pytest.mark.parametrize(
    ("text", "variant"), [("3 cases zitrone 0,5", "12 x 0.5L PET"), ("2 cases zitrone 1.5", "6 x 1.5L PET")]
)
def test_a_decimal_beside_a_drink_names_its_litres(
    soft_drinks: CatalogIndex, text: str, variant: str
) -> None:
    """ "kofola 0,5": a decimal under ten said beside a drink sold in litre sizes is its size in litres."""
    decision = decision_for(soft_drinks, text)
    assert [m.variant.name for m in decision.matches if m.variant] == [variant]


def test_a_whole_number_is_no_litre_size(soft_drinks: CatalogIndex) -> None:
    reasons = review(soft_drinks, "2 cases zitrone 5")
    assert reasons


# ------------------------------------------------------------------ a variant that counts its pieces (sizing.py)
@pytest.fixture(scope="module")
def frozen() -> CatalogIndex:
    return CatalogIndex.build(
        load_catalog_json(
            {
                "categories": [{"name": "Frozen", "parent": None, "ai_keywords": []}],
                "products": [
                    {
                        "sku": "SAMOSA",
                        "name": "Vegetable Samosas Frozen",
                        "category": "Frozen",
                        "unit": "box",
                        "unit_price": "9.00",
                        "aliases": ["veg samosas"],
                        "variants": [
                            {
                                "name": "Box 50 pcs (1kg)",
                                "type": "SIZE",
                                "sku": "SAM-50",
                                "unit_price": "9.00",
                            },
                            {
                                "name": "Box 120 pcs (2.4kg)",
                                "type": "SIZE",
                                "sku": "SAM-120",
                                "unit_price": "19.00",
                            },
                        ],
                    }
                ],
            }
        )
    )


def test_a_count_the_variant_name_gives_its_pieces_names_it(frozen: CatalogIndex) -> None:
    """ "2 boxes ham croquetas (40)" of "Caja 40 uds (1.2kg)" / "Caja 100 uds (3kg)": 40 is the pieces the box holds."""
    decision = decision_for(frozen, "2 boxes veg samosas (50)")
    assert [m.variant.name for m in decision.matches if m.variant] == ["Box 50 pcs (1kg)"]


def test_a_box_without_its_count_is_no_variant(frozen: CatalogIndex) -> None:
    assert any("VARIANT_REQUIRED" in r for r in review(frozen, "2 boxes veg samosas"))


# ------------------------------------------------------------------ "plus" inside a name (extraction/patterns.py)
def test_plus_inside_a_name_splits_no_item(frozen: CatalogIndex) -> None:
    """ "2 phaca Frontline Plus Cat": "plus" joins items before a count only."""
    index = CatalogIndex.build(
        load_catalog_json(
            {
                "categories": [{"name": "Flea", "parent": None, "ai_keywords": []}],
                "products": [
                    _product("SPOT-CAT", "Spotguard Plus Cat (pack of 3)", "pack", ["spotguard plus cat"]),
                    _product("SPOT-DOG", "Spotguard Plus Dog (pack of 3)", "pack", ["spotguard plus dog"]),
                    _product("WORM-CAT", "Wormex Cat (box of 2)", "box", ["wormex cat"]),
                ],
            }
        )
    )
    assert sorted(confirmed(index, "2 packs Spotguard Plus Cat plus 1 box Wormex Cat")) == [
        ("SPOT-CAT", "2"),
        ("WORM-CAT", "1"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Pentru comanda de miercuri: în loc de 3 cutii puneți 5 vă rog",  # Romanian "comanda"
        "Bom dia, duas caixas de vinho e oito garrafas, obrigado",  # Portuguese "duas", "oito"
    ],
)
def test_romanian_and_portuguese_are_not_read_as_iberian(text: str) -> None:
    assert not is_iberian(text)


def test_a_basque_usual_order_is_a_reference() -> None:
    """ "Ohiko eskaera ostegunerako, baina 6 kutxa txakoli": the usual order, but 6 cases of txakoli."""
    assert read_iberian("Ohiko eskaera ostegunerako, baina 6 kutxa txakoli") == (
        "the usual order for thursday, but 6 cases txakoli"
    )


def test_gaelic_animal_words_too_short_for_the_lexicon_are_read() -> None:
    assert read_gaelic("2 phoca bia chù agus 1 phoca bia cait") == "2 bags bia dog and 1 bags bia cat"
