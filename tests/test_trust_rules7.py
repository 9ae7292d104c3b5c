"""Issue #10 rule classes worked in session 6 (found on holdout6, a tuning set), through the worker's own
analysis (`plan_for_text` -> `analyse`)."""

from __future__ import annotations

import pytest

from db.enums import MessageIntent, OrderStatus
from jobs.language.matching import CatalogIndex
from jobs.pipeline.evaluation import plan_for_text
from tests.trust import index_of


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    return index_of("catalog6")


@pytest.mark.parametrize(
    "text",
    [
        "usual thx",
        "Come sempre grazie",
        "Lo mismo que la semana pasada",
        "comme d'hab stp",
        "Betreff: Bestellung\n\nWie immer, bitte. Danke, S. Huber",
        "last weeks order again pls, just twice the limes",
        "As usual please but gloves in large this time",
    ],
)
def test_a_reference_to_the_usual_order_is_an_order_for_review(index: CatalogIndex, text: str) -> None:
    plan = plan_for_text(text, index)
    assert plan.message_intent == MessageIntent.ORDER
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Mancavano 2 bottiglie di Campari nella consegna di ieri, in fattura ce ne sono 4",
        "Nos habéis cobrado 6 cajas de leche y llegaron 5",
        "Las limas de ayer venían casi todas secas y marrones. Así no puedo trabajar.",
        "We received regular Coke cans instead of Coke Zero on Wednesday. Please collect and replace.",
        "Betreff: Falsche Lieferung\n\nStatt Hafer kam 2x Soja. Bitte tauschen. Stefan",
        "the almond milk we got is the regular alpro almond not barista, it splits in coffee. pls swap",
    ],
)
def test_past_problems_with_goods_are_complaints(index: CatalogIndex, text: str) -> None:
    assert plan_for_text(text, index).message_intent == MessageIntent.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "Per domani metti 4 soia invece di 2 per favore",
        "Pour la commande de mardi, pouvez-vous mettre 5 kg de café au lieu de 4 ? Merci",
    ],
)
def test_a_new_quantity_instead_of_the_old_is_never_auto_confirmed(index: CatalogIndex, text: str) -> None:
    plan = plan_for_text(text, index)
    assert plan.decision is None or plan.decision.status == OrderStatus.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Hi, please add 2 sesame oil to Thursday's delivery. Also, can you supply soju or is that not "
        "something you carry?",
        "Could we try the catering size English breakfast (1100 bags) instead of the small boxes? One please.",
    ],
)
def test_an_order_beside_a_question_stays_an_order(index: CatalogIndex, text: str) -> None:
    assert plan_for_text(text, index).message_intent == MessageIntent.ORDER


def test_a_name_after_the_last_item_is_a_signature(index: CatalogIndex) -> None:
    plan = plan_for_text("Please send 3 blue roll and 1 tub of machine tablets. Priya", index)
    assert plan.decision is not None
    assert [m.resolved_sku for m in plan.decision.matches] == ["BLUE-ROLL-6", "CLEAN-CAFIZA-100"]
    assert plan.decision.status == OrderStatus.CONFIRMED


@pytest.mark.parametrize(
    "text",
    [
        "Please send 3 blue roll. Two Heineken",  # a number word: an item, not a name
        "Please send 3 blue roll. Prosecco",  # goods the catalog lacks: a reviewer's
    ],
)
def test_a_last_line_that_may_be_goods_is_kept_for_review(index: CatalogIndex, text: str) -> None:
    plan = plan_for_text(text, index)
    assert plan.decision is not None
    assert plan.decision.status == OrderStatus.REVIEW
    assert len(plan.decision.matches) == 2


def _lines(index: CatalogIndex, text: str) -> list[tuple[str | None, str | None, str]]:
    plan = plan_for_text(text, index)
    assert plan.decision is not None
    return [
        (m.resolved_sku, m.variant.name if m.variant else None, f"{m.catalog_quantity.normalize():f}")
        for m in plan.decision.matches
    ]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # VARIANT_BY_AMOUNT: the largest bag the weight fills a whole number of times
        ("4kg espresso beans", ("COF-ESPRESSO", "1kg Bag", "4")),
        ("500g espresso beans", ("COF-ESPRESSO", "250g Retail Bag", "2")),
        # a weight rules out the espresso machine tablets, sold by the tub with no weight
        ("3kg espresso", ("COF-ESPRESSO", "1kg Bag", "3")),
    ],
)
def test_a_weight_names_the_bag_it_fills(index: CatalogIndex, text: str, line: tuple[str, str, str]) -> None:
    assert _lines(index, text) == [line]


def test_a_weight_no_bag_divides_names_no_variant(index: CatalogIndex) -> None:
    plan = plan_for_text("300g espresso beans", index)
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW
    assert plan.decision.matches[0].variant is None


@pytest.mark.parametrize(
    ("text", "sku"),
    [
        ("2 hot chocolate", "CHOC-POWDER-1KG"),  # not the vegan one
        ("6 kikkoman 1L", "SOY-KIK-1L"),  # not the less-salt one
        ("2 vegan hot chocolate", "CHOC-VEGAN-1KG"),
    ],
)
def test_a_bare_word_names_the_regular_not_the_dietary_special(
    index: CatalogIndex, text: str, sku: str
) -> None:
    assert [s for s, _v, _q in _lines(index, text)] == [sku]


@pytest.mark.parametrize("text", ["4 cases of tonic", "2 soy sauce"])
def test_flavour_and_calorie_specials_stay_a_question(index: CatalogIndex, text: str) -> None:
    """Labellers split on "tonic" (Indian or light?): a human chooses."""
    plan = plan_for_text(text, index)
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW
    assert plan.decision.matches[0].resolved_sku is None


def test_quick_is_part_of_a_product_name(index: CatalogIndex) -> None:
    assert _lines(index, "6 quick pearls") == [("BOBA-QUICK-1KG", None, "6")]


def test_a_weight_of_a_case_of_weighed_items_counts_cases() -> None:
    """ "10kg instant yeast" of a case of 20 x 500g is one case, not twenty (holdout7's one wrong
    confirmation on its first run)."""
    index = index_of("catalog7")
    assert _lines(index, "10kg instant yeast") == [("YEAST-DRIED-20", None, "1")]
    plan = plan_for_text("5kg instant yeast", index)  # half a case: a question, never a shipment
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW


@pytest.fixture(scope="module")
def index7() -> CatalogIndex:
    return index_of("catalog7")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # a code or a strength in a name is no count: "T55", "54%", "70.5%"
        ("2 sacs de farine T55", ("FLOUR-T55-25", None, "2")),
        ("T55 x1 sack", ("FLOUR-T55-25", None, "1")),
        ("5 sacks T65", ("FLOUR-T65-25", None, "5")),
        ("4 x 2.5kg 54% callets", ("CHOC-DARK-54", "2.5kg Bag", "4")),
    ],
)
def test_codes_and_strengths_in_names_are_not_quantities(
    index7: CatalogIndex, text: str, line: tuple[str, str | None, str]
) -> None:
    assert _lines(index7, text) == [line]


def test_a_signature_block_of_several_lines_is_not_order_lines(index7: CatalogIndex) -> None:
    text = (
        "Subject: Order for Thursday\n\n2 x plain flour 16kg\n1 cocoa powder\n\n"
        "Janet Holloway\nGreenfield Primary School"
    )
    assert [s for s, _v, _q in _lines(index7, text)] == ["FLOUR-PLAIN-16", "COCOA-POWDER-1"]


@pytest.mark.parametrize(
    "text",
    [
        "Goedemorgen,\nGraag voor dinsdag: 3 kg verse gist\nMet vriendelijke groet,\nDaan de Vries",
        "Sehr geehrte Damen und Herren,\nbitte liefern Sie: 3 kg Frischhefe\nMit freundlichen Grüßen\nLena",
    ],
)
def test_greetings_and_sign_offs_in_dutch_and_german_are_not_lines(index7: CatalogIndex, text: str) -> None:
    assert _lines(index7, text) == [("YEAST-FRESH-1", None, "3")]


@pytest.mark.parametrize(
    "text",
    [
        "graag twee zakken strong white en drie kilo verse gist",  # Dutch number words and packs
        "Para sexta: 4 caixas de leite gordo e 2 caixas de manteiga em placas",
        "quiero 3 sacos de harina de fuerza y dos cajas de mantequilla sin sal",
        "Zwei Sack Strong White und ein Karton Trockenhefe bitte",
    ],
)
def test_orders_in_dutch_portuguese_spanish_and_german_are_read(index7: CatalogIndex, text: str) -> None:
    plan = plan_for_text(text, index7)
    assert plan.message_intent == MessageIntent.ORDER
    assert plan.decision is not None
    assert all(m.resolved_sku is not None for m in plan.decision.matches), plan.decision.reasons


def test_a_size_said_in_round_figures_is_the_catalog_size(index7: CatalogIndex) -> None:
    assert _lines(index7, "a 7kg tub of golden syrup") == [("GOLDEN-SYRUP-7", None, "1")]


def test_a_percentage_in_a_product_name_does_not_make_an_order_personal(index7: CatalogIndex) -> None:
    text = "Subject: Order\n\nPlease send: 2 x 10kg 70.5% callets, 4 x double cream.\n\nBest,\nÉlise"
    assert plan_for_text(text, index7).message_intent == MessageIntent.ORDER


def test_pieces_of_a_family_sold_each_and_by_the_case_is_a_question(index7: CatalogIndex) -> None:
    """ "Hefe 10 Stück": ten fresh blocks, or ten of the dried case's packets?"""
    plan = plan_for_text("Hefe 10 Stück für Donnerstag", index7)
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW


def test_a_colour_alone_after_a_line_names_that_lines_variant(index7: CatalogIndex) -> None:
    """VARIANT_OF_PREVIOUS: "3 boxes of ivory sugarpaste, 2 white, 1 black"."""
    lines = _lines(index7, "could I have 3 boxes of ivory sugarpaste, 2 white, 1 black")
    assert [(s, v) for s, v, _q in lines] == [
        ("FONDANT-ROLL-5", "Ivory"),
        ("FONDANT-ROLL-5", "White"),
        ("FONDANT-ROLL-5", "Black"),
    ]


@pytest.mark.parametrize("text", ['2 packs of 12" cake boxes', "2 packs of 12 inch cake boxes"])
def test_inches_name_the_variant(index7: CatalogIndex, text: str) -> None:
    assert _lines(index7, text) == [("CAKE-BOX", "12 inch", "2")]


def test_inches_in_french_are_a_size_not_a_second_line(index7: CatalogIndex) -> None:
    assert _lines(index7, "Et 2 boîtes de poches à douille 21 pouces s'il vous plaît") == [
        ("PIPING-BAGS", "21 inch", "2")
    ]


@pytest.mark.parametrize(
    ("text", "sku"),
    [
        ("2 hoisen sauce", "HOISIN-LKK"),
        ("3 edamane", "EDAMAME-1KG"),
        ("1 strawbery popping", "POP-STRAWBERRY-3.2"),
    ],
)
def test_one_slip_in_a_long_word_is_read_through(index: CatalogIndex, text: str, sku: str) -> None:
    """SINGLE_EDIT: one letter wrong, missing, extra or swapped, in a word of six letters or more."""
    plan = plan_for_text(text, index)
    assert plan.decision is not None
    assert [m.resolved_sku for m in plan.decision.matches] == [sku]
    assert plan.decision.status == OrderStatus.CONFIRMED


@pytest.mark.parametrize("text", ["2 pears", "2 boxes of pear"])
def test_a_short_real_word_next_to_a_catalog_word_is_no_typo(index: CatalogIndex, text: str) -> None:
    """ "pears" is one letter from "pearls" (tapioca): a different product, never confirmed as it."""
    plan = plan_for_text(text, index)
    assert plan.decision is None or plan.decision.status == OrderStatus.REVIEW


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Havana 7 x 2", ("RUM-HAVANA7-70", None, "2")),  # a number of the name, then the count
        ("Bacardi x 4", ("RUM-BACARDI-70", None, "4")),
    ],
)
def test_a_number_in_a_name_is_not_the_count(
    index: CatalogIndex, text: str, line: tuple[str, None, str]
) -> None:
    assert _lines(index, text) == [line]


def test_pack_notation_still_counts_packs() -> None:
    from jobs.language.extraction import extract_lines

    assert [(x.phrase, x.quantity) for x in extract_lines("pepsi max 6 x 2L")] == [("pepsi max", 6)]
    assert [(x.phrase, x.quantity) for x in extract_lines("coke 2 x 24")] == [("coke 24", 2)]


@pytest.fixture(scope="module")
def index8() -> CatalogIndex:
    return index_of("catalog8")


def test_a_count_of_a_product_sold_by_weight_is_a_question(index8: CatalogIndex) -> None:
    """COUNT_OF_WEIGHED: "2 x brisket" of brisket sold by the kg: two kilos or two pieces?"""
    plan = plan_for_text("2 x brisket", index8)
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW
    assert any(r.startswith("COUNT_OF_WEIGHED") for r in plan.decision.reasons)
    assert _lines(index8, "4kg brisket") == [("BF-BRISKET", None, "4")]


@pytest.mark.parametrize(
    "text",
    [
        "Zelfde als vorige week graag, plus 2 kilo tonijn",
        "O mesmo da semana passada, e mais 2 kg de atum",
        "Igual que la semana pasada y 2 kg de atún",
    ],
)
def test_same_as_last_week_in_dutch_portuguese_spanish_is_never_just_the_extra(
    index8: CatalogIndex, text: str
) -> None:
    plan = plan_for_text(text, index8)
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW


def test_numbered_variants_are_one_word(index8: CatalogIndex) -> None:
    """ "No.2", "n°3", "size 18" name a variant; the number is no count."""
    assert _lines(index8, "6 boxes no.2 rock oysters, 10 boxes no.3") == [
        ("SH-OYSTERS", "No.2", "6"),
        ("SH-OYSTERS", "No.3", "10"),
    ]
    plan = plan_for_text("20 size 18 chickens", index8)
    assert plan.decision is not None
    assert [
        (m.resolved_sku, m.variant and m.variant.name, m.line.quantity) for m in plan.decision.matches
    ] == [("PY-WHOLE", "Size 18 (1.8kg)", 20)]


def test_a_signature_with_a_title_an_address_and_a_phone_is_not_lines(index8: CatalogIndex) -> None:
    text = (
        "Subject: Fish Friday\n\nPlease send 4 packs of fish pie mix and 10 packs of 5% mince for next week.\n\n"
        "With thanks,\nJanet Obi\nCatering Manager\nGreen Lane Care Home, 27 Green Lane\nTel 020 7946 0274"
    )
    plan = plan_for_text(text, index8)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED
    assert [m.resolved_sku for m in plan.decision.matches] == ["WF-FISHPIE", "BF-MINCE-5"]


@pytest.mark.parametrize(
    "text",
    [
        "Bom dia! 4 kg de lulas limpas e 8 kg de barriga de porco",
        "Voor zaterdag graag 5 kg gerookte schelvis",
        "Para el sábado: 3 kg de tamboril y 2 tarrinas de helado de vainilla",
        "Bitte zusätzlich für Freitag: 20 Schweinekoteletts und 2 Packungen Kochschinken",
    ],
)
def test_butchery_fish_and_dairy_words_in_other_languages(index8: CatalogIndex, text: str) -> None:
    plan = plan_for_text(text, index8)
    assert plan.decision is not None
    assert all(m.resolved_sku is not None for m in plan.decision.matches), plan.decision.reasons


def test_could_you_do_n_is_a_request_and_a_discount_is_a_question(index8: CatalogIndex) -> None:
    plan = plan_for_text("could you do 2 tubs of greek yoghurt with tomorrow's drop? ta", index8)
    assert plan.message_intent == MessageIntent.ORDER and plan.intent.confidence >= 0.85
    assert (
        plan_for_text("can you do a discount on 20 cases?", index8).message_intent == MessageIntent.QUESTION
    )
    assert plan_for_text("can you do deliveries on sunday?", index8).message_intent != MessageIntent.ORDER


def test_dutch_en_before_a_count_starts_the_next_item(index8: CatalogIndex) -> None:
    plan = plan_for_text("Voor zaterdag graag 5 kg gerookte schelvis en 2 pakken gepeperde makreel", index8)
    assert plan.decision is not None
    assert [m.resolved_sku for m in plan.decision.matches] == ["SM-HADDOCK", "SM-MACKEREL-PEP"]


def test_schlagsahne_is_whipping_cream_and_pupils_are_no_count(index8: CatalogIndex) -> None:
    assert [s for s, _v, _q in _lines(index8, "6 Flaschen Schlagsahne")] == ["DM-CREAM-WHIP"]
    plan = plan_for_text("please add 3 packs of chipolatas. We have 240 pupils.", index8)
    assert plan.decision is not None and len(plan.decision.matches) == 1


@pytest.fixture(scope="module")
def index9() -> CatalogIndex:
    return index_of("catalog9")


def test_a_line_naming_two_products_with_with_is_for_review(index9: CatalogIndex) -> None:
    """TWO_PRODUCTS, and "for all of them" is no report about goods received (nothing is dropped)."""
    plan = plan_for_text(
        "3 cases No.6a foil containers with lids for all of them, and 2 cases red napkins", index9
    )
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW
    assert len(plan.decision.matches) == 2
    assert any("TWO_PRODUCTS" in m.reason for m in plan.decision.matches)


def test_a_count_before_the_product_counts_packs_written_n_x_size(index9: CatalogIndex) -> None:
    assert _lines(index9, "6 x chopped tomatoes 6x2.5kg") == [("TOMATO-CHOPPED", None, "6")]


def test_asking_how_to_order_is_a_question(index9: CatalogIndex) -> None:
    plan = plan_for_text("can i order 2 tahini drums for next month or do i have to pre order them?", index9)
    assert plan.message_intent == MessageIntent.QUESTION
