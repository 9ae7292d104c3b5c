"""Issue #10 rule classes worked in session 9 (SIZE_IN_NAME, WORDS_RESTORED, VARIANT_NOTE), through the
worker's own analysis (`plan_for_text` -> `analyse`) against the labelled sets' catalogs."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from db.enums import OrderStatus
from jobs.language.matching import CatalogIndex
from jobs.language.matching.coordination import AND_EACH
from jobs.language.matching.ellipsis import VARIANT_NOTE
from jobs.language.matching.inner_size import SIZE_IN_NAME
from jobs.language.matching.restore import WORDS_RESTORED
from jobs.pipeline.evaluation import plan_for_text, predicted_pairs
from tests.trust import decision_for, index_of

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def indexes() -> dict[str, CatalogIndex]:
    return {n: index_of(f"catalog{n}") for n in ("", "12", "13", "14", "15", "16")}


# ------------------------------------------------------------------ SIZE_IN_NAME
@pytest.mark.parametrize(
    ("text", "sku", "qty"),
    [
        ("2 cs Coke 500ml PMP", "COKE-500-PMP12", "2"),  # the name goes on after the size
        ("1 outer dairy milk 110g pmp", "CDM", "1"),  # "110g pmp" is no 110 g of anything
    ],
)
def test_a_size_inside_a_name_keeps_the_item_whole(
    indexes: dict[str, CatalogIndex], text: str, sku: str, qty: str
) -> None:
    decision = decision_for(indexes["16"], text)
    assert decision.status == OrderStatus.CONFIRMED, decision.reasons
    assert predicted_pairs(decision.matches) == [(sku, qty)]
    match = decision.matches[0]
    # a weight is read on into the name by SIZE_IN_NAME; a volume between a line's words is its size (SIZE_INSIDE)
    assert SIZE_IN_NAME in match.reason or (match.line.size == "500ml" and "pmp" in match.line.phrase)


def test_a_weight_after_an_item_still_starts_the_next_item(indexes: dict[str, CatalogIndex]) -> None:
    decision = decision_for(indexes[""], "2 cases coke 5kg tomatoes")
    assert sorted(predicted_pairs(decision.matches), key=str) == [("COKE-330", "2"), ("TOMATO-KG", "5")]
    assert not any(SIZE_IN_NAME in m.reason for m in decision.matches)


# ------------------------------------------------------------------ WORDS_RESTORED
def test_a_size_word_that_is_part_of_a_name_is_read_back(indexes: dict[str, CatalogIndex]) -> None:
    decision = decision_for(indexes["14"], "burgers 6oz x3 jumbo sausages x1")
    assert decision.status == OrderStatus.CONFIRMED, decision.reasons
    assert ("SAU-JUMBO", "1") in predicted_pairs(decision.matches)
    assert any(WORDS_RESTORED in m.reason for m in decision.matches)


def test_a_restored_word_never_brings_in_a_product_the_line_did_not_fit(
    indexes: dict[str, CatalogIndex],
) -> None:
    # "sausages" alone fits several sausages; the other line's words are not "dropped" words of this one
    decision = decision_for(indexes["14"], "3 beef burgers and 1 sausages")
    assert decision.status == OrderStatus.REVIEW
    assert not any(WORDS_RESTORED in m.reason for m in decision.matches)


# ------------------------------------------------------------------ VARIANT_NOTE
@pytest.mark.parametrize(
    "text", ["2 boxes nitrile gloves blue, size M", "2 boxes nitrile gloves blue, Größe M"]
)
def test_a_size_note_after_a_comma_names_the_variant_of_the_line_before(
    indexes: dict[str, CatalogIndex], text: str
) -> None:
    decision = decision_for(indexes["13"], text)
    assert decision.status == OrderStatus.CONFIRMED, decision.reasons
    (line,) = decision.matches
    assert line.product is not None and line.product.sku == "GLV-NB"
    assert line.variant is not None and line.variant.name == "Medium"
    assert VARIANT_NOTE in line.reason


def test_a_note_naming_no_variant_of_the_line_before_stays_for_a_human(
    indexes: dict[str, CatalogIndex],
) -> None:
    decision = decision_for(indexes["13"], "2 boxes nitrile gloves blue, the usual")
    assert decision.status == OrderStatus.REVIEW


# ------------------------------------------------------------------ an age is part of a name
@pytest.mark.parametrize(
    ("catalog", "text", "sku"),
    [
        ("15", "2 ottavi di parmigiano 24 mesi", "PARM24"),  # not 24 of "mesi"
        ("12", "2 x glen arrin 12 year old", "WSK-GLEN12"),
    ],
)
def test_an_age_is_a_word_of_the_name_not_a_count(
    indexes: dict[str, CatalogIndex], catalog: str, text: str, sku: str
) -> None:
    decision = decision_for(indexes[catalog], text)
    (line,) = decision.matches
    assert line.line.quantity == 2
    assert line.resolved_sku == sku


# ------------------------------------------------------------------ other scripts
def test_fold_scripts_reads_other_scripts_as_latin_letters_and_keeps_latin_text() -> None:
    from jobs.language.scripts import fold_scripts

    assert fold_scripts("٦ أكياس زعتر") == "6 bag thyme"  # Arabic-Indic digits, words read (arabic_words)
    assert fold_scripts("٣ كعك") == "3 kak"  # the letters of a word no row knows
    assert fold_scripts("۲ کیسه") == "2 bag"  # Persian digits and counter
    assert fold_scripts("زعفران ۴٫۶ گرمی") == "saffron 4.6 g"  # the Arabic decimal separator
    assert fold_scripts("Größe é 2 cases") == "Größe é 2 cases"  # Latin is the Latin readers' business


def test_an_arabic_order_is_read_against_the_catalogs_arabic_aliases() -> None:
    index = index_of("catalog19")
    plan = plan_for_text("مرحبا، بدي لبكرا: ٦ أكياس زعتر، ٣ علب لبنة، ٢٠ ربطة خبز عربي. شكراً", index)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision
    assert sorted(predicted_pairs(plan.decision.matches), key=str) == [
        ("KHUBZ", "20"),
        ("LABNEH", "3"),
        ("ZAATAR", "6"),
    ]


# ------------------------------------------------------------------ AND_EACH / JOINED_ITEMS
def test_two_products_around_and_with_a_count_each_are_two_lines(indexes: dict[str, CatalogIndex]) -> None:
    decision = decision_for(indexes[""], "coke and fanta 2 cases each")
    assert decision.status == OrderStatus.CONFIRMED, decision.reasons
    assert sorted(predicted_pairs(decision.matches), key=str) == [("COKE-330", "2"), ("FANTA-330", "2")]
    assert all(AND_EACH in m.reason for m in decision.matches)


def test_two_products_around_and_without_each_are_for_a_human(indexes: dict[str, CatalogIndex]) -> None:
    decision = decision_for(
        indexes["16"], "2 box walkers salt and vinegar"
    )  # the catalog's own name joins them
    assert decision.status == OrderStatus.CONFIRMED
    decision = decision_for(indexes[""], "3 cases of coke and fanta")
    assert decision.status == OrderStatus.REVIEW


# ------------------------------------------------------------------ jars and tubs are items of a case
def test_a_count_of_jars_of_a_case_product_is_counted_in_cases() -> None:
    index = index_of("catalog18")
    whole = plan_for_text("48 jars crispy chilli oil", index).decision
    assert whole is not None and whole.status == OrderStatus.CONFIRMED
    assert predicted_pairs(whole.matches) == [("PASTE-LGM-CRISPY", "2")]  # two cases of 24
    part = plan_for_text("36 jars of the crispy chilli oil", index).decision
    assert part is not None and part.status == OrderStatus.REVIEW  # a case and a half: a question


def test_an_alias_in_another_script_that_reads_as_a_family_word_names_no_one_product() -> None:
    index = index_of("catalog18")
    decision = plan_for_text("2 わさび", index).decision  # the paste's alias; the powder is wasabi too
    assert decision is not None and decision.status == OrderStatus.REVIEW
    assert decision.matches[0].resolved_sku is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1 case rice sticks 5mm",
            [("NOOD-RICESTICK", "1")],
        ),  # a size no size rule measures names the variant
        ("48 Asahi bottles", [("BEER-ASAHI", "2")]),  # the bottled beer, not the keg
        ("1 case of crispy chilli oil to Monday's PO NN-4471", [("PASTE-LGM-CRISPY", "1")]),  # a reference
        ("1 salt n pepper squid", [("SEA-SQUID-SP", "1")]),
    ],
)
def test_session_9_readings_of_the_pan_asian_set(text: str, expected: list[tuple[str, str]]) -> None:
    index = index_of("catalog18")
    decision = plan_for_text(text, index).decision
    assert decision is not None and decision.status == OrderStatus.CONFIRMED, decision
    assert predicted_pairs(decision.matches) == expected


# ------------------------------------------------------------------ SIBLING_OF_PREVIOUS, thousands
def test_a_one_word_line_names_the_sibling_of_the_line_before() -> None:
    from jobs.language.matching.ellipsis import SIBLING_OF_PREVIOUS

    index = index_of("catalog20")
    decision = plan_for_text("2 x white sugar sticks, 1 x brown, 1 box stirrers", index).decision
    assert decision is not None and decision.status == OrderStatus.CONFIRMED, decision
    assert ("SUGAR-BROWN", "1") in predicted_pairs(decision.matches)
    assert any(SIBLING_OF_PREVIOUS in m.reason for m in decision.matches)


def test_a_one_word_line_that_names_several_of_the_family_stays_for_a_human() -> None:
    index = index_of("catalog7")
    # the raspberry purée, the frozen raspberries or the raspberry jam: the list does not say
    decision = plan_for_text("2 passion fruit purée, 1 mango purée, 1 raspberry", index).decision
    assert decision is not None and decision.status == OrderStatus.REVIEW


def test_a_comma_before_three_digits_groups_thousands() -> None:
    from jobs.language.extraction.sizes import dec

    assert dec("1,000") == 1000 and dec("12,500") == 12500
    assert dec("1,5") == Decimal("1.5") and dec("2,25") == Decimal("2.25")


@pytest.mark.parametrize(
    ("catalog", "text", "sku", "variant"),
    [
        ("12", "can i get 1 small co2", "CO2", "6.35kg"),  # SIZE_CLASS_ORDER: the smaller cylinder
        ("12", "3 big co2 cylinders", "CO2", "10kg"),  # "co2" is a name, not "co" and 2 cylinders
        ("19", "yo add two cases of ten inch pizza boxes", "PIZZA-BOX", "10 inch"),  # a size in words
    ],
)
def test_a_size_said_in_words_or_as_a_class_names_the_variant(
    indexes: dict[str, CatalogIndex], catalog: str, text: str, sku: str, variant: str
) -> None:
    index = indexes.get(catalog) or index_of(f"catalog{catalog}")
    decision = plan_for_text(text, index).decision
    assert decision is not None and decision.status == OrderStatus.CONFIRMED, decision
    (line,) = decision.matches
    assert line.resolved_sku == sku and line.variant is not None and line.variant.name == variant


def test_a_turkish_order_with_buckets_and_tins_and_the_writer_before_it() -> None:
    index = index_of("catalog19")
    decision = plan_for_text("2 kova süzme yoğurt, 1 teneke 4 kiloluk beyaz peynir", index).decision
    assert decision is not None and decision.status == OrderStatus.CONFIRMED, decision
    assert sorted(predicted_pairs(decision.matches), key=str) == [("BEYAZ", "1"), ("YOG-SUZME", "2")]
    text = "Shawarma Express again, add 2 boxes of vinyl gloves large, cash as before"
    decision = plan_for_text(text, index).decision
    assert decision is not None and decision.status == OrderStatus.CONFIRMED, decision
    assert predicted_pairs(decision.matches) == [("GLOVES", "2")]


# ------------------------------------------------------------------ institutional catering set
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("need 2 red and 2 blue chopping boards", [("CHB-CC", "2"), ("CHB-CC", "2")]),  # VARIANT_OF_NEXT
        ("4 x chicken breast fillets 4-6oz", [("FZ-CHB-5", "4")]),  # the range is a size, the 4 x a count
        ("2 level 6 fish pie packs", [("TM-L6F-6", "2")]),  # a texture level is a name
        (
            "4 packs each of the Level 4 roast chicken and Level 4 shepherd's pie",
            [("TM-L4C-6", "4"), ("TM-L4S-6", "4")],
        ),
    ],
)
def test_session_9_readings_of_the_catering_set(text: str, expected: list[tuple[str, str]]) -> None:
    index = index_of("catalog22")
    decision = plan_for_text(text, index).decision
    assert decision is not None and decision.status == OrderStatus.CONFIRMED, decision
    assert predicted_pairs(decision.matches) == expected


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("I would like to know whether you deliver to Frome on Saturdays", "QUESTION"),
        ("Quisiera saber si hacéis entregas los sábados, gracias", "QUESTION"),
        ("Proszę anulować poniedziałkowe zamówienie, sklep zamknięty", "CANCEL"),
        ("Annullate l'ordine di sabato per favore, chiudiamo due giorni", "CANCEL"),
        ("Hi, can Tuesday's delivery come on Wednesday instead? We're closed Tuesday.", "CHANGE"),
        ("Yarınki siparişte su 2 değil 4 koli olsun", "CHANGE"),
    ],
)
def test_session_9_intents(indexes: dict[str, CatalogIndex], text: str, intent: str) -> None:
    assert plan_for_text(text, indexes[""]).intent.intent.value == intent


def test_same_as_my_first_order_refers_to_history(indexes: dict[str, CatalogIndex]) -> None:
    plan = plan_for_text("Same as my first order again please for Friday", indexes[""])
    assert plan.intent.intent.value == "ORDER"
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW


def test_a_variant_alias_that_repeats_the_name_is_no_variant_word() -> None:
    # "20kg lamb & beef cone" is a variant alias of the lamb & beef doner: "lamb" does not single it out
    # from the pure lamb doner
    index = index_of("catalog19")
    decision = plan_for_text("2 lamb doner 20kg", index).decision
    assert decision is not None and decision.status == OrderStatus.REVIEW
    assert set(decision.matches[0].candidates) >= {"DNR-LB", "DNR-LAMB-20"}


def test_organic_set_readings() -> None:
    from jobs.language.matching.inner_size import NUMBER_IN_NAME

    index = index_of("catalog21")
    text = (
        "Could you send on Monday: 3 Oatly Barista, 2 Pukka three mint, 1 Clipper everyday box.\n"
        "Namaste,\nNadia\nLotus Studio Café · 5 Sion Hill, Bath BA1 2UG"
    )
    decision = plan_for_text(text, index).decision
    assert decision is not None and decision.status == OrderStatus.CONFIRMED, decision
    assert sorted(predicted_pairs(decision.matches), key=str) == [
        ("CLIPPER-1100", "1"),
        ("OATLY-BAR-6", "3"),
        ("PUKKA-MINT-4", "2"),  # NUMBER_IN_NAME; the sign-off and address are no lines
    ]
    assert any(NUMBER_IN_NAME in m.reason for m in decision.matches)
    decision = plan_for_text("Order 4 Thurs - 3kg walnuts, 1 nooch", index).decision  # "4" is "for"
    assert decision is not None and len(decision.matches) == 2


@pytest.mark.parametrize(
    ("text", "variant"),
    [("6 cases bagasse 9in 3 compartment", "9in 3-Compartment"), ("6 cases bagasse 9in", "9in")],
)
def test_variants_sharing_a_size_are_told_apart_by_their_words(text: str, variant: str) -> None:
    index = index_of("catalog20")
    decision = plan_for_text(text, index).decision
    assert decision is not None and decision.status == OrderStatus.CONFIRMED, decision
    (line,) = decision.matches
    assert line.variant is not None and line.variant.name == variant


@pytest.mark.parametrize(
    ("catalog", "text", "intent"),
    [
        ("19", "Hello, 12 jars of tahini 900g and 2 buckets of cracked green olives please.\nMaria", "ORDER"),
        ("19", "the olives arrived cracked, 2 tins", "COMPLAINT"),  # damage, not the olives' name
        (
            "15",
            "Bonjour, pouvez-vous ajouter 2 cartons de cantucci et 1 carton d'amaretti moelleux ? Merci",
            "ORDER",
        ),
    ],
)
def test_a_food_state_is_no_complaint_and_a_polite_request_is_an_order(
    catalog: str, text: str, intent: str
) -> None:
    index = index_of(f"catalog{catalog}")
    assert plan_for_text(text, index).intent.intent.value == intent


@pytest.mark.parametrize(
    ("catalog", "text", "status", "expected"),
    [
        ("23", "48 la marca piccolos", "CONFIRMED", [("HR-LAMARCA", "2")]),  # the variant's own pack of 24
        ("23", "12 picpoul please", "REVIEW", None),  # twelve cases of 6, or two?
        (
            "24",
            "can we add 12 oatly barista cartons to thursdays drop",
            "CONFIRMED",
            [("PLT-OATLY-BAR-6X1L", "2")],
        ),  # a carton is a case too, but two cases of cartons are cartons (ITEMS_IN_A_PACK_WORD, session 17)
        ("24", "360 large free range eggs for the brunch", "REVIEW", None),  # "large" is the eggs' size
    ],
)
def test_counts_of_items_of_a_pack(
    catalog: str, text: str, status: str, expected: list[tuple[str, str]] | None
) -> None:
    index = index_of(f"catalog{catalog}")
    decision = plan_for_text(text, index).decision
    assert decision is not None and decision.status.value == status, decision
    if expected is not None:
        assert predicted_pairs(decision.matches) == expected


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("2 cs house red sixes", "6 x 75cl"),  # VARIANT_BY_PACK: a plural number word
        ("2 cases Jardin red, 12 bottle cases", "12 x 75cl"),  # a note naming the pack
        ("3 cases house red 6 bottle case", "6 x 75cl"),
        ("a case of la marca 75s", "6 x 75cl"),  # "75" of 75cl
    ],
)
def test_wine_variants_by_pack_and_bottle_size(text: str, variant: str) -> None:
    index = index_of("catalog23")
    decision = plan_for_text(text, index).decision
    assert decision is not None and decision.status == OrderStatus.CONFIRMED, decision
    (line,) = decision.matches
    assert line.variant is not None and line.variant.name == variant
