"""UNREAD_LIST_ITEM (issue #10, session 15): a line of its own after a counted line of an order, whose words name
nothing the system knows and are no talk, is an item it could not read. It holds the order for a person; it was
dropped in silence and the rest confirmed ("老干妈 2箱 / 黄油"). Tried on a made-up catalog of another trade
(a stationery wholesaler), with words no vocabulary holds."""

from __future__ import annotations

import pytest

from jobs.language.extraction.segments import segments
from jobs.language.matching import CatalogIndex, load_catalog_json
from tests.trust import confirmed, index_of, review

STATIONERY = {
    "currency": "GBP",
    "categories": ["Paper", "Pens"],
    "products": [
        {
            "sku": "PAPER-A4",
            "name": "Copier Paper A4 80gsm",
            "category": "Paper",
            "unit": "box",
            "unit_price": "21.00",
            "aliases": ["a4 paper", "copier paper"],
            "keywords": ["paper", "a4"],
        },
        {
            "sku": "PEN-BIRO-BLUE",
            "name": "Ballpoint Pen Blue",
            "category": "Pens",
            "unit": "box",
            "unit_price": "4.50",
            "aliases": ["blue biros", "blue pens", "biros"],
            "keywords": ["pen", "biro"],
        },
    ],
}


@pytest.fixture(scope="module")
def stationery() -> CatalogIndex:
    return CatalogIndex.build(load_catalog_json(STATIONERY))


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        ("3 boxes a4 paper\nflurbex\nthanks", "flurbex"),  # a word nobody knows, on its own line
        ("3 boxes a4 paper, 2 boxes blue biros\nkrelt wafers", "krelt wafers"),
        ("3 boxes a4 paper\nflurbex pls", "flurbex"),  # politeness beside it is still an item
    ],
)
def test_an_unknown_item_on_its_own_line_holds_the_order(
    stationery: CatalogIndex, text: str, unread: str
) -> None:
    reasons = review(stationery, text)
    assert any(r.startswith("UNREAD_LIST_ITEM") and unread in r for r in reasons), reasons


@pytest.mark.parametrize(
    "text",
    [
        "3 boxes a4 paper\n2 boxes blue biros\nthanks\nKate",  # thanks and a name sign off
        "3 boxes a4 paper\n2 boxes blue biros\nP.N.",  # initials sign off
        "3 boxes a4 paper\n2 boxes blue biros\nPlease confirm by return.",  # talk: an instruction
        "3 boxes a4 paper\n2 boxes blue biros\nWe have 240 pupils back on the 3rd.",  # talk: a sentence
        "Stationery order\n3 boxes a4 paper\n2 boxes blue biros",  # a title before the list
    ],
)
def test_talk_names_and_titles_around_the_list_do_not(stationery: CatalogIndex, text: str) -> None:
    assert confirmed(stationery, text) == [("PAPER-A4", "3"), ("PEN-BIRO-BLUE", "2")]


def test_butter_alone_on_its_line_in_a_chinese_order_is_read_by_a_person() -> None:
    """ "黄油" (butter) has no word in the Vietnamese and Thai supplier's catalog or vocabulary: it was dropped and
    the Lao Gan Ma confirmed alone."""
    reasons = review(index_of("catalog50"), "老干妈 2箱\n黄油")
    assert any(r.startswith("UNREAD_LIST_ITEM") for r in reasons), reasons


def test_a_name_set_apart_by_a_blank_line_signs_off_a_gujarati_order() -> None:
    """A name in Gujarati script on the last line, after a blank line, signs the order off: it held the order as an
    item nobody could read."""
    text = "કેરીનું અથાણું ૧ ટબ, ધાણા જીરુ ૨ કિલો\n\nહિતેશ"
    assert confirmed(index_of("catalog58"), text) == [("DHANA-JIRU", "2"), ("KERI-PICKLE", "1")]
    reasons = review(index_of("catalog58"), "કેરીનું અથાણું ૧ ટબ, ધાણા જીરુ ૨ કિલો\nહિતેશ")
    assert any(r.startswith("UNREAD_LIST_ITEM") for r in reasons), reasons  # right under the list: an item


@pytest.mark.parametrize(
    ("text", "own_line"),
    [
        ("3 boxes a4 paper\nflurbex\n\nSubject: x", True),  # the blank line is above a skipped header
        ("3 boxes a4 paper\n\nSubject: x\nflurbex", True),  # a header, not a blank line, right above it
        ("Subject: x\n3 boxes a4 paper\n\nflurbex", False),  # a blank line right above the last line
    ],
)
def test_the_sign_off_is_the_last_kept_line_with_a_blank_line_above(text: str, own_line: bool) -> None:
    """A header line the segments skip ("Subject: ...") neither sets the last line apart nor is the line set
    apart: an item on the line before a trailing header was read as the sign-off and the order confirmed
    without it."""
    last = segments(text)[-1]
    assert (last.text, last.own_line) == ("flurbex", own_line)


def test_an_unknown_item_before_a_trailing_header_holds_the_order(stationery: CatalogIndex) -> None:
    reasons = review(stationery, "3 boxes a4 paper\nflurbex\n\nSubject: stationery")
    assert any(r.startswith("UNREAD_LIST_ITEM") and "flurbex" in r for r in reasons), reasons
