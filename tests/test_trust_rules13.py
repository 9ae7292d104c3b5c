"""Issue #10 rule classes worked in session 8 (EDGE_WORDS), through the worker's own analysis
(`plan_for_text` -> `analyse`) against the shipped test catalog."""

from __future__ import annotations

from decimal import Decimal

import pytest

from db.enums import MessageIntent, OrderStatus
from jobs.language.extraction import OrderLine
from jobs.language.matching import CatalogIndex
from jobs.language.matching.edges import EDGE_WORDS, trimmed_line
from jobs.pipeline.evaluation import plan_for_text, predicted_pairs
from tests.trust import confirmed, index_of, review


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    return index_of("catalog")


def _line(phrase: str) -> OrderLine:
    return OrderLine(Decimal(2), "case", None, phrase, phrase, True)


# ------------------------------------------------------------------ EDGE_WORDS
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("also 3 cases coke zero dla nas", [("COKE-ZERO-330", "3")]),  # Polish "dla nas" (for us)
        ("Il me faudrait aussi 2 caisses de peroni", [("PERONI-330", "2")]),  # French "aussi" (also)
        ("so 2 cases peroni and 1 case red bull then", [("PERONI-330", "2"), ("REDBULL-250", "1")]),
    ],
)
def test_a_function_word_stuck_to_a_line_does_not_hide_its_product(
    index: CatalogIndex, text: str, expected: list[tuple[str, str]]
) -> None:
    plan = plan_for_text(text, index)
    assert plan.message_intent == MessageIntent.ORDER, plan.intent
    assert plan.decision is not None
    assert plan.decision.status == OrderStatus.CONFIRMED, plan.decision.reasons
    assert sorted(predicted_pairs(plan.decision.matches), key=str) == expected
    assert any(EDGE_WORDS in m.reason for m in plan.decision.matches)


def test_a_negation_on_the_edge_is_never_trimmed(index: CatalogIndex) -> None:
    plan = plan_for_text("6 no peroni", index)
    assert plan.decision is None or plan.decision.status == OrderStatus.REVIEW
    assert trimmed_line(index, _line("no peroni")) is None


def test_a_word_the_catalog_uses_is_not_a_function_word_there(index: CatalogIndex) -> None:
    # "still" is an English stop word, and the name of a water in this catalog
    assert trimmed_line(index, _line("still water")) is None
    assert trimmed_line(index, _line("water still")) is None
    # a word that changes which product is meant stays, stop word or not
    for phrase in ("large peroni", "peroni zero", "half peroni", "diet peroni"):
        assert trimmed_line(index, _line(phrase)) is None, phrase
    trimmed = trimmed_line(index, _line("aussi peroni na"))
    assert trimmed is not None and trimmed.phrase == "peroni"


# ------------------------------------------------------------------ acknowledgement, then an order
@pytest.mark.parametrize("text", ["yes 2 peroni", "ok 3 peroni and 2 red bull", "sure, 2 cases peroni"])
def test_an_acknowledgement_followed_by_counted_lines_is_an_order(index: CatalogIndex, text: str) -> None:
    plan = plan_for_text(text, index)
    assert plan.message_intent == MessageIntent.ORDER, plan.intent
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision


@pytest.mark.parametrize("text", ["ok thanks", "yes that's fine", "no worries mate"])
def test_an_acknowledgement_alone_is_not_an_order(index: CatalogIndex, text: str) -> None:
    assert plan_for_text(text, index).message_intent == MessageIntent.OTHER


# ------------------------------------------------------------------ PACK_COUNT_SAID
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 x 24 peroni", [("PERONI-330", "2")]),
        ("3 x 24 red bull and 1 x 24 peroni", [("PERONI-330", "1"), ("REDBULL-250", "3")]),
    ],
)
def test_the_pack_count_said_beside_the_count_of_packs_is_not_part_of_the_name(
    index: CatalogIndex, text: str, expected: list[tuple[str, str]]
) -> None:
    plan = plan_for_text(text, index)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision
    assert sorted(predicted_pairs(plan.decision.matches), key=str) == expected


def test_a_number_that_is_not_the_pack_count_still_holds_the_line(index: CatalogIndex) -> None:
    plan = plan_for_text("2 x 12 peroni", index)  # a case of 24: twelve of what?
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW


# ------------------------------------------------------------------ FAMILY_ALIAS
@pytest.fixture(scope="module")
def index3() -> CatalogIndex:
    return index_of("catalog3")


def test_an_alias_does_not_choose_between_names_that_differ_in_a_word_left_out(index3: CatalogIndex) -> None:
    # "sugar sticks" is an alias of White Sugar Sticks, and Brown Sugar Sticks exist too
    plan = plan_for_text("Could you add 2 boxes of sugar sticks to Monday's order?", index3)
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW
    (m,) = plan.decision.matches
    assert m.resolved_sku is None
    assert {"SUGAR-STICKS-WHITE", "SUGAR-STICKS-BROWN"} <= set(m.candidates)
    for colour in ("white", "brown"):
        said = plan_for_text(f"2 boxes {colour} sugar sticks", index3)
        assert said.decision is not None and said.decision.status == OrderStatus.CONFIRMED
        assert predicted_pairs(said.decision.matches) == [(f"SUGAR-STICKS-{colour.upper()}", "2")]


# ------------------------------------------------------------------ holdout13 and holdout14's classes
@pytest.fixture(scope="module")
def index13() -> CatalogIndex:
    return index_of("catalog13")


@pytest.fixture(scope="module")
def index14() -> CatalogIndex:
    return index_of("catalog14")


def test_a_count_below_a_box_of_many_is_items_or_boxes(index14: CatalogIndex) -> None:
    # potato waffles come in a box of 100: "96 potato waffles" is no whole number of boxes
    assert any(r.startswith("PACK_OR_ITEMS") for r in review(index14, "96 potato waffles please"))
    assert confirmed(index14, "480 fish fingers") == [("CFS-FISHFINGER", "4")]


def test_cases_of_a_product_sold_each_ask_how_many_to_the_case(index13: CatalogIndex) -> None:
    reasons = review(index13, "4 cases of hand gel 500ml")
    assert any(r.startswith("UNIT_MISMATCH") and "how many to the case" in r for r in reasons)


def test_two_items_run_together_are_for_a_human(index13: CatalogIndex) -> None:
    # (with an article between them, "two rolls cling film a foil" is two items: SPOKEN_ITEMS, session 12)
    assert confirmed(index13, "can you send two rolls cling film a foil") == [
        ("CLF-450", "2"),
        ("FOIL-450", "1"),
    ]
    plan = plan_for_text("can you send two rolls cling film foil and three packs green scourers", index13)
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW
    (joined,) = [m for m in plan.decision.matches if "RUN_TOGETHER" in m.reason]
    assert set(joined.candidates) == {"CLF-450", "FOIL-450"} and joined.resolved_sku is None
    plan = plan_for_text("two rolls cling film and a foil", index13)  # said apart, both are lines
    assert plan.decision is not None
    assert sorted(predicted_pairs(plan.decision.matches), key=str) == [("CLF-450", "2"), ("FOIL-450", "1")]


@pytest.mark.parametrize(
    "text",
    [
        "If you can get it to the showground by 7am Saturday, send 10 boxes of clear sacks",
        "10 boxes of clear sacks, only if it arrives before the weekend",
    ],
)
def test_an_order_on_a_delivery_condition_goes_to_a_person(index13: CatalogIndex, text: str) -> None:
    assert any(r.startswith("CONDITIONAL_ORDER") for r in review(index13, text))


def test_a_soft_preference_is_not_a_condition(index13: CatalogIndex) -> None:
    plan = plan_for_text("10 boxes of clear sacks, before 10am if possible", index13)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision.reasons


def test_a_first_order_on_a_thirty_day_account_asks_for_credit(index13: CatalogIndex) -> None:
    text = "Please put this first order on a 30-day account: 10 boxes of clear sacks"
    assert any(r.startswith("CREDIT_TERMS") for r in review(index13, text))


# ------------------------------------------------------------------ RANGE_VARIANT
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 x haddock 8-10", ("FSH-HAD-FAS", "8-10oz", "2")),
        ("Thurs pls - 1 x 10-12 cod", ("FSH-COD-FAS", "10-12oz", "1")),
        ("three boxes of the six to eight haddock", ("FSH-HAD-FAS", "6-8oz", "3")),
        ("2 boxes haddock fillets 8-10oz", ("FSH-HAD-FAS", "8-10oz", "2")),  # was read as the 6-8oz
    ],
)
def test_a_range_said_names_the_variant_named_by_it(
    index14: CatalogIndex, text: str, expected: tuple[str, str, str]
) -> None:
    plan = plan_for_text(text, index14)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision.reasons
    (m,) = plan.decision.matches
    assert (m.resolved_sku, m.variant.name if m.variant else None, predicted_pairs([m])[0][1]) == expected


def test_a_range_no_variant_is_named_by_stays_a_quantity_range(index14: CatalogIndex) -> None:
    plan = plan_for_text("10-12kg chicken breast", index14)
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW
    assert not plan.decision.matches[0].line.quantity_explicit


# ------------------------------------------------------------------ romanised Hindi/Urdu and Turkish
def test_romanised_hindi_counts_units_and_requests_are_read(index14: CatalogIndex) -> None:
    plan = plan_for_text("ek box seekh kebab do box bhaji aur char kilo chicken breast", index14)
    assert plan.message_intent == MessageIntent.ORDER
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision.reasons
    assert sorted(predicted_pairs(plan.decision.matches), key=str) == [
        ("CHK-BREAST", "4"),
        ("IND-BHAJI", "2"),
        ("KEB-SEEKH", "1"),
    ]
    plan = plan_for_text("15 kilo thigh aur 2 dabbe garlic naan, jumma ko", index14)  # boxes, on Friday
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision.reasons


def test_a_german_article_before_a_unit_is_no_count() -> None:
    from jobs.language.extraction import extract_lines

    lines = extract_lines("Das Fass Heineken von gestern hat keinen Druck")
    assert all(ln.quantity != 10 for ln in lines)


def test_a_writers_first_name_after_the_last_line_is_not_part_of_it(index: CatalogIndex) -> None:
    plan = plan_for_text("2 cases peroni, 1 case red bull please - Paul", index)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision.reasons
    assert sorted(predicted_pairs(plan.decision.matches), key=str) == [
        ("PERONI-330", "2"),
        ("REDBULL-250", "1"),
    ]


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        ("2 boxes of the black gloves L", "Large"),
        ("2 boxes vinyl gloves m", "Medium"),
        ("1 box vinyl gloves S", "Small"),
    ],
)
def test_a_clothing_size_letter_names_the_size_variant(
    index13: CatalogIndex, text: str, variant: str
) -> None:
    plan = plan_for_text(text, index13)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision.reasons
    assert plan.decision.matches[0].variant is not None and plan.decision.matches[0].variant.name == variant


def test_a_placeholder_is_not_a_function_word_to_trim(index: CatalogIndex) -> None:
    plan = plan_for_text("2 boxes of the green thing", index)  # the customer did not say what
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("4 cases luxury 3-ply toilet rolls", "luxury 3ply toilet rolls"),
        ("2 cs 2 ply blue roll", "2ply blue roll"),
        ("1 box 2-in-1", "2in1"),
    ],
)
def test_plies_and_two_in_ones_are_words_of_a_name_not_counts(text: str, phrase: str) -> None:
    from jobs.language.extraction import extract_lines

    (line,) = extract_lines(text)
    assert line.phrase == phrase and line.quantity in (1, 2, 4)


def test_a_job_title_under_the_name_still_signs_off(index14: CatalogIndex) -> None:
    text = "Subject: Order for next Wednesday\n\n3 x chicken fillet burgers\n6 x 10 inch wraps\n\nDarren Pike\nCatering Manager"
    plan = plan_for_text(text, index14)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision.reasons
    assert len(plan.decision.matches) == 2


def test_polish_number_words_count(index13: CatalogIndex) -> None:
    plan = plan_for_text("Tomek: dwa kartony degreaser i jeden karton toilet rolls", index13)
    assert plan.message_intent == MessageIntent.ORDER
    assert plan.decision is not None
    assert sorted(q for _, q in predicted_pairs(plan.decision.matches) if q) == ["1", "2"]


@pytest.mark.parametrize(
    "text",
    [
        "Geçen seferki siparişin aynısı lütfen",
        "har hafte wala order bhej do bhai",
        "same like last week brother",
    ],
)
def test_references_to_the_usual_order_in_more_languages(index14: CatalogIndex, text: str) -> None:
    plan = plan_for_text(text, index14)
    assert plan.message_intent == MessageIntent.ORDER
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW  # no history here


def test_char_siu_is_no_count_of_four() -> None:
    from jobs.language.extraction import extract_lines

    (line,) = extract_lines("2 packs char siu pork")
    assert line.quantity == 2 and "char" in line.phrase


def test_a_packet_of_a_product_sold_by_the_bag_is_a_bag(index14: CatalogIndex) -> None:
    plan = plan_for_text("2 packet garden peas and 3 packets leaf spinach", index14)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision.reasons
    assert sorted(predicted_pairs(plan.decision.matches), key=str) == [
        ("VEG-GARDENPEAS", "2"),
        ("VEG-SPINACH", "3"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "2 cases peroni. Our PO number is PO-4471",
        "3 cases peroni, gate code 4471",
        "2 cases peroni (keypad 2580)",
    ],
)
def test_references_and_access_codes_are_not_counts(index: CatalogIndex, text: str) -> None:
    plan = plan_for_text(text, index)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision.reasons
    assert len(plan.decision.matches) == 1


def test_we_are_a_business_introduces_the_writer_but_we_are_out_of_asks() -> None:
    from jobs.language.extraction import extract_lines

    lines = extract_lines("Hi, we're The Gin Loft opening on Friday! First order: 6 peroni, 4 red bull")
    assert [ln.phrase for ln in lines] == ["peroni", "red bull"]
    lines = extract_lines("2 cases water. we're out of coke")
    assert any(not ln.understood for ln in lines)  # a request without a count still holds the order


def test_a_closing_size_note_names_the_variant_of_the_lines_before_it() -> None:
    index12 = index_of("catalog12")
    plan = plan_for_text("6 cases still and 6 cases sparkling water, the large bottles please", index12)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision.reasons
    assert [m.variant.name if m.variant else None for m in plan.decision.matches] == ["12 x 750ml Glass"] * 2


@pytest.fixture(scope="module")
def index16() -> CatalogIndex:
    return index_of("catalog16")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "bhai 3 case coke can aur 2 case diet coke can kal subah",
            [("COKE-CAN24", "3"), ("DIET-CAN24", "2")],
        ),
        ("2 outer mars 1 outer snickers", [("MARS-51", "2"), ("SNICKERS-48", "1")]),  # "mars" is no month
        ("salam bhai, 1 case pringles sour cream. thursday dile hobe", [("PRINGLES-SCO-165", "1")]),
    ],
)
def test_shopkeepers_shorthand_in_several_languages(
    index16: CatalogIndex, text: str, expected: list[tuple[str, str]]
) -> None:
    assert confirmed(index16, text) == expected


def test_an_order_on_account_asks_for_credit(index16: CatalogIndex) -> None:
    text = "Second drop for Friday please, on account (30 days, as discussed with your rep): 2 cs coke can"
    assert any(r.startswith("CREDIT_TERMS") for r in review(index16, text))


def test_german_um_before_a_time_is_no_separator() -> None:
    from jobs.language.extraction import extract_lines

    assert all(ln.quantity != 12 for ln in extract_lines("Die Lieferung kam um 14 Uhr, wir öffnen um 12."))


@pytest.fixture(scope="module")
def index15() -> CatalogIndex:
    return index_of("catalog15")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 more kg guanciale please", [("GUANCIALE-KG", "2")]),
        (
            "add 3 cans of aranciata and 2 tins of pomace oil to tomorrows",
            [("OLIVE-POMACE", "2"), ("SP-ARANCIATA", "3")],
        ),
        ("add 1 tub of fresh pesto to our first delivery", [("PESTO-FRESH-1K", "1")]),
    ],
)
def test_more_and_where_it_goes_are_not_part_of_the_line(
    index15: CatalogIndex, text: str, expected: list[tuple[str, str]]
) -> None:
    assert confirmed(index15, text) == expected


def test_an_address_line_with_a_postcode_and_phone_signs_off(index15: CatalogIndex) -> None:
    text = "1 case carnaroli 10 x 1kg. Thanks, Rob\nBottega | 7 Walcot Street, Bath BA1 5BN | 07700 900615"
    plan = plan_for_text(text, index15)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision.reasons


def test_a_word_for_the_distributor_is_trimmed_unless_the_catalog_uses_it(index15: CatalogIndex) -> None:
    plan = plan_for_text("Hi mate 5 sacks caputo red, 6 mozz blocks", index15)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision.reasons


@pytest.mark.parametrize(
    ("text", "sku"),
    [
        ("1 cs Red Bull (not PM)", "RB-250-24"),
        ("2 baxuri Red Bull fără preț", "RB-250-24"),
        ("1 cs coke 500 pm", "COKE-500-PMP12"),
    ],
)
def test_price_marked_or_plain_packs(index16: CatalogIndex, text: str, sku: str) -> None:
    plan = plan_for_text(text, index16)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision.reasons
    assert plan.decision.matches[0].resolved_sku == sku


@pytest.mark.parametrize(
    ("text", "variant"),
    [("1 case andrex 4 roll", "4 Roll (case of 10)"), ("1 case andrex 9 rolls", "9 Roll (case of 5)")],
)
def test_a_count_that_opens_a_variants_name_names_it(index16: CatalogIndex, text: str, variant: str) -> None:
    plan = plan_for_text(text, index16)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision.reasons
    assert plan.decision.matches[0].variant is not None and plan.decision.matches[0].variant.name == variant


def test_a_product_named_like_a_street_is_still_counted() -> None:
    index12 = index_of("catalog12")
    plan = plan_for_text("1 hopfield keg. 1 orchard lane keg. 2 cases cloudy lemonade.", index12)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision.reasons
    plan = plan_for_text("2 cases cloudy lemonade, deliver to 12 Church Lane please", index12)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision.reasons


@pytest.mark.parametrize(
    "text", ["3 cases coconut milk for Monday please.", "Please add ginger beer 2 cases"]
)
def test_words_that_only_name_the_product_or_the_case_name_no_variant(text: str) -> None:
    # coconut milk comes as "12 x 400ml Can" and "6 x 1L Carton" (aliases "coconut milk tins", "coconut milk
    # cartons"); "cases" is the selling unit, not the carton the case holds
    index17 = index_of("catalog17")
    plan = plan_for_text(text, index17)
    assert plan.decision is not None and plan.decision.status == OrderStatus.REVIEW
    assert any(r.startswith("VARIANT_REQUIRED") for r in plan.decision.reasons)


def test_an_imperative_send_with_counted_lines_is_an_order_whatever_the_goods_vocabulary() -> None:
    from jobs.language.intent import Intent, classify_intent

    assert classify_intent("Send 200 maggi star and 120 knorr cubes").intent == Intent.ORDER
    assert classify_intent("Send 3 tickets and 2 vouchers to my email").intent != Intent.ORDER


def test_spanish_case_abbreviation_and_platano_is_no_banana() -> None:
    index17 = index_of("catalog17")
    plan = plan_for_text("Luis tienda caribe: 3 cj platano verde, 3 cj gandules", index17)
    assert plan.decision is not None
    assert "BANANA-GRN-BOX" not in {m.resolved_sku for m in plan.decision.matches}
    assert ("GUNGO-CAN", "3") in predicted_pairs(plan.decision.matches)


def test_king_size_before_a_count_of_trays_is_no_numbered_name() -> None:
    from jobs.language.extraction import extract_lines

    lines = extract_lines("1 box rizla silver king size 1 tray clipper micro")
    assert [str(ln.quantity) for ln in lines] == ["1", "1"]


@pytest.mark.parametrize("word", ["geen", "niet", "não", "ikke", "inte", "fara", "uten", "sense", "ne"])
def test_a_negation_of_any_language_is_never_trimmed(index: CatalogIndex, word: str) -> None:
    assert trimmed_line(index, _line(f"{word} peroni")) is None
