"""Issue #10 rule classes worked in session 12 (after blind sets 39-42), through the worker's own analysis
(`plan_for_text` -> `analyse`) against the labelled sets' catalogs."""

from __future__ import annotations

import pytest

from jobs.language.extraction import extract_lines
from jobs.language.intent import classify_intent
from jobs.language.matching import CatalogIndex
from tests.trust import confirmed, decision_for, index_of, review


@pytest.fixture(scope="module")
def indexes() -> dict[str, CatalogIndex]:
    return {n: index_of(f"catalog{n}") for n in ("31",)}


# ------------------------------------------------------------------ LEAD_WORDS
def test_words_before_a_count_that_opens_its_product_are_no_part_of_it(
    indexes: dict[str, CatalogIndex],
) -> None:
    text = "Speedway meeting Fri night 🏍️ 4 box beef dogs, 2 cs hot dog trays"
    assert confirmed(indexes["31"], text) == [("HD-BEEF", "4"), ("PK-HDTRAY", "2")]
    beef = decision_for(indexes["31"], text).matches[0]
    assert "LEAD_WORDS: 'speedway meeting night' is no part of it" in beef.reason


def test_the_extractor_says_how_many_words_came_before_the_count() -> None:
    (line,) = extract_lines("please reserve 48 fruit shoots apple & blackcurrant")
    assert (line.phrase, line.lead_words, line.quantity) == ("reserve fruit shoots apple blackcurrant", 1, 48)
    (line,) = extract_lines("beef dogs 4 box")
    assert line.lead_words == 0  # the product is before its count: nothing follows it


def test_a_catalog_word_before_the_count_keeps_the_line_whole(indexes: dict[str, CatalogIndex]) -> None:
    """ "chicken" is one of the catalog's words: the product may be named across the count, a human reads it."""
    reasons = review(indexes["31"], "chicken 4 box beef dogs")
    assert reasons == ("line 1 'chicken beef dogs' confidence 0.70 below threshold 0.85",)


# ------------------------------------------------------------------ forwarded mail, voice-note openings
def test_a_forwarded_mail_keeps_its_content_without_its_marker_and_headers() -> None:
    text = (
        "---------- Forwarded message ---------\nFrom: Kemi Adeyemi <kemi@crust.example>\n"
        "Date: Wed, 1 Nov 2028 at 14:12\nSubject: Camden running low\n\nwe need 4 more cases of pelati"
    )
    assert [(ln.phrase, ln.quantity) for ln in extract_lines(text)] == [("pelati", 4)]


def test_a_reply_still_cuts_the_mail_it_quotes() -> None:
    text = "yes please add 2 cases of pelati\n\nFrom: Orders <orders@supplier.example>\n3 cases passata"
    assert [(ln.phrase, ln.quantity) for ln in extract_lines(text)] == [("pelati", 2)]


@pytest.mark.parametrize(
    "opening", ["[Voice note transcript]", "[voice note]", "(voice message)", "[sesli mesaj]", "Nota de voz:"]
)
def test_a_voice_note_label_is_no_line(opening: str) -> None:
    lines = extract_lines(f"{opening} two boxes bbq dips and a box of pizza savers")
    assert [(ln.phrase, ln.quantity) for ln in lines] == [("bbq dips", 2), ("pizza savers", 1)]


def test_a_quoted_forwarded_mail_holds_the_order(indexes: dict[str, CatalogIndex]) -> None:
    """FW: the forwarded request is quoted with ">"; dropping it as a reply's quotation lost two kegs."""
    text = (
        "FW: Cellar stock\n\n> From: Jo Barrett (GM, The Plough)\n> Can you get us 2 cases of hot dog trays "
        "and 1 box beef dogs for Wednesday?\n\nDaniel: please process for The Plough."
    )
    lines = [(ln.phrase, ln.quantity) for ln in extract_lines(text) if ln.understood]
    assert lines == [("hot dog trays", 2), ("beef dogs", 1)]


# ------------------------------------------------------------------ SPOKEN_ITEMS after a singular
@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (
            "2 firkins golden a porter and two boxes of rosie",
            [("firkins golden", 2), ("porter", 1), ("rosie", 2)],
        ),
        ("three lemonades a water", [("lemonades", 3), ("water", 1)]),
        ("4 mozzarelle a blocco", [("mozzarelle blocco", 4)]),  # Italian "a": a preposition
        ("the office is closed for a refurb the week of 22 May", []),  # "for a": no item
    ],
)
def test_an_english_article_after_a_word_ending_in_a_consonant_opens_an_item(
    text: str, lines: list[tuple[str, int]]
) -> None:
    assert [(ln.phrase, ln.quantity) for ln in extract_lines(text)] == lines


# ------------------------------------------------------------------ DIMENSION_IN_NAME
@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ('Par-baked 12" bases - 10 boxes', [("par-baked bases", 10, "12inch")]),
        (
            "6 pepperoni 35mm 4 diced ham",
            [("pepperoni", 6, "35mm"), ("diced ham", 4, None)],
        ),
        ("6 kraft 10 inch 4 red bull", [("kraft", 6, "10inch"), ("red bull", 4, None)]),
        ("chicken 15kg mince 10kg", [("chicken", 15, None), ("mince", 10, None)]),  # weights still count
    ],
)
def test_a_length_is_a_size_never_what_counts_an_item(
    text: str, lines: list[tuple[str, int, str | None]]
) -> None:
    assert [(ln.phrase, ln.quantity, ln.size) for ln in extract_lines(text)] == lines


# ------------------------------------------------------------------ talk around the order, in more languages
@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (
            "4 box chicken seekh... nahi 5 box, aur 2 box lamb seekh",
            [("chicken seekh", 5), ("lamb seekh", 2)],
        ),
        ("4 x 10kg bags of basmati for Thursday please - PO NUC-PO-58330.", [("basmati", 4)]),
        ("2 koli acılı şalgam, 1 paket pul biber, kapıda ödeme", [("acili salgam", 2), ("pul biber", 1)]),
        ("2 cases lucky saint. Payment on delivery is fine.", [("lucky saint", 2)]),
        ("10 cases corona, sale or return on unopened cases as agreed", [("corona", 10)]),
        ("Assalam o alaikum, please send 2 box chicken seekh", [("chicken seekh", 2)]),
    ],
)
def test_payment_greetings_references_and_take_backs_are_no_lines(
    text: str, lines: list[tuple[str, int]]
) -> None:
    assert [(ln.phrase, ln.quantity) for ln in extract_lines(text)] == lines


def test_a_size_said_aloud_is_read_as_a_decimal() -> None:
    lines = extract_lines("right can you send a case of irn bru two cases of coke one point five")
    assert [(ln.phrase, ln.quantity) for ln in lines] == [("irn bru", 1), ("coke 1.5", 2)]


def test_letting_a_side_question_go_is_no_condition_on_the_order() -> None:
    """ "If not no worries": the order stands whatever the answer, so the question is only a note."""
    text = "please add 1 nduja and 1 crudo to Wednesday. Also do you do fresh basil? If not no worries. Tom"
    lines = extract_lines(text)
    assert [ln.question for ln in lines if ln.phrase == "fresh basil"] == [True]
    conditional = extract_lines("please add 1 nduja. Do you do fresh basil? If not, 2 crudo instead")
    assert [ln.question for ln in conditional if ln.phrase == "fresh basil"] == [False]


def test_turkish_request_words_and_days_are_no_product_words() -> None:
    lines = extract_lines("abi 2 uludağ, 2 beyaz peynir ve 1 pul biber ekle cumaya")
    assert [(ln.phrase, ln.quantity) for ln in lines] == [
        ("uludag", 2),
        ("beyaz peynir", 2),
        ("pul biber", 1),
    ]
    lines = extract_lines("3 koli acısız şalgam ve 5 paket pilavlık bulgur gönderir misiniz?")
    assert [(ln.phrase, ln.quantity) for ln in lines] == [("acisiz salgam", 3), ("pilavlik bulgur", 5)]


def test_pieces_of_a_product_sold_by_the_kg_are_a_question() -> None:
    """ "20 pieces bream" of whole bream sold by the kg was confirmed as 20 kg."""
    reasons = review(index_of("catalog25"), "20 pieces bream")
    assert reasons == (
        "COUNT_OF_WEIGHED: line 1 'bream' says 20 of BREAM-WHOLE, sold by the kg: kg or pieces?",
    )


def test_a_bare_number_that_is_the_products_size_is_no_part_of_its_name() -> None:
    index = index_of("catalog35")
    assert confirmed(index, "2 kenco rich 750") == [("KENCO-RICH-750", "2")]
    (line,) = decision_for(index, "2 kenco rich 750").matches
    assert line.reason.endswith("SIZE_NUMBER_SAID: 750 is its size")


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("we are out of coke, 3 cases coke please", [("coke", 3, True)]),
        (
            "running low on red bull - 4 cases red bull and 2 jager",
            [("red bull", 4, True), ("jager", 2, True)],
        ),
        ("we are out of coke", [("coke", 1, False)]),  # said alone it still asks for goods: a person reads it
    ],
)
def test_being_out_of_what_the_order_then_counts_is_its_reason(
    text: str, lines: list[tuple[str, int, bool]]
) -> None:
    assert [(ln.phrase, ln.quantity, ln.understood) for ln in extract_lines(text)] == lines


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("send 40 jameson for thurs", "ORDER"),
        ("Please send 80 Jagermeister for Friday, PO NSU-5530.", "ORDER"),
        ("send 50 dollars to mom", "OTHER"),
    ],
)
def test_an_imperative_with_a_count_of_something_named_orders_it(text: str, intent: str) -> None:
    assert classify_intent(text, lines=extract_lines(text)).intent.value == intent


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("2 cases Dr Pepper", [("dr pepper", 2)]),
        ("1 case Koonunga Hill shiraz", [("koonunga hill shiraz", 1)]),
        ("deliver to 12 Mill Lane please, 2 cases coke", [("coke", 2)]),
    ],
)
def test_a_count_with_its_unit_is_no_house_number(text: str, lines: list[tuple[str, int]]) -> None:
    """ "2 cases Dr Pepper" read as the street address "2 cases Dr" and dropped the line."""
    assert [(ln.phrase, ln.quantity) for ln in extract_lines(text)] == lines


def test_two_shares_of_a_hundred_name_a_mix() -> None:
    """MIX_RATIO: "mixed gas 30/70" is the 30/70 cylinder, not a date or a count dropped from the line."""
    index = index_of("catalog40")
    assert confirmed(index, "2 mixed gas 30/70 and 1 x 60/40") == [("MIXED-30", "2"), ("MIXED-60", "1")]
    (line,) = extract_lines("delivery on 10/12 please, 2 cases coke")
    assert line.phrase == "coke"  # a date stays a date
