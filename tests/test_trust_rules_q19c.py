"""Issue #10 rules of session 19 (q19c): extraction and language defects found on the studied sets, and the touchless
classes of sets 36 to 60, through the extractor and the worker's own analysis (`plan_for_text` -> `analyse`)."""

from __future__ import annotations

import pytest

from jobs.language.coverage import UNREAD_COUNT, unread_counts
from jobs.language.extraction import extract_lines
from jobs.language.extraction.segments import drop_quoted
from jobs.language.matching import CatalogIndex
from jobs.language.matching.coordination import JOINED_ITEMS
from jobs.language.pinyin import read_pinyin
from jobs.language.scripts import fold_message
from tests.trust import confirmed, decide, index_of


@pytest.fixture(scope="module")
def indexes() -> dict[str, CatalogIndex]:
    return {n: index_of(f"catalog{n}") for n in ("20", "44", "54", "58")}


def _lines(text: str) -> list[tuple[str, str | None, str]]:
    return [(f"{ln.quantity.normalize():f}", ln.unit, ln.phrase) for ln in extract_lines(text)]


# ------------------------------------------------------------------ PACK_WORD_PAIRED
def test_a_pack_word_paired_with_goods_is_one_of_the_pair(indexes: dict[str, CatalogIndex]) -> None:
    assert [ln.phrase for ln in extract_lines("2 4oz pots & lids")] == ["pots lids"]
    _status, _reasons, matches = decide(
        indexes["20"], "2 4oz pots & lids"
    )  # the pots are never lost to the lids
    assert matches[0].is_ambiguous and matches[0].reason.startswith(JOINED_ITEMS)
    assert confirmed(indexes["20"], "2 4oz lids") == [("SAUCE-LID-4", "2")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 cases and 3 bags coke", [("2", "case", ""), ("3", "bag", "coke")]),
        (
            "sparkling water 1.5 x 6 packs and still 1.5 x 4",
            [("6", "pack", "sparkling water 1.5"), ("4", None, "still 1.5")],
        ),
    ],
)
def test_a_pack_word_before_the_next_count_stays_a_unit(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _lines(text) == expected


# ------------------------------------------------------------------ EACH_SCOPE
@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("coke, fanta 2 each; sprite, water 5 each", ["2", "2", "5", "5"]),
        ("3 each of:\ncoke\nfanta\n2 each of:\nsprite\nwater", ["3", "3", "2", "2"]),
        ("1 case each: coke, fanta. 2 cases each: sprite, water", ["1", "1", "2", "2"]),
        ("coke, fanta, sprite 2 each", ["2", "2", "2"]),  # one count each: every listed product's
    ],
)
def test_each_part_takes_the_count_each_of_its_own_list(text: str, counts: list[str]) -> None:
    assert [q for q, _u, _p in _lines(text)] == counts


def test_a_part_in_no_lists_scope_keeps_no_count() -> None:
    lines = extract_lines("lemons 30 each, limes 20 each, oranges")
    assert [(ln.phrase, ln.quantity_explicit) for ln in lines] == [
        ("lemons", True),
        ("limes", True),
        ("oranges", False),
    ]


# ------------------------------------------------------------------ WHOLESALE_JIAN
def test_a_jian_is_a_case() -> None:
    assert "3 case" in fold_message("菜心 3件")
    assert _lines("菜心 3件、芥蘭 2件")[0][:2] == ("3", "case")


# ------------------------------------------------------------------ DASHED_LIST_ROW
def test_a_product_dash_count_list_keeps_its_first_row() -> None:
    assert _lines("Coke - 2\nFanta - 3") == [("2", None, "coke"), ("3", None, "fanta")]
    assert _lines("Raj - 6 white rolls") == [("6", "roll", "white rolls")]  # a name signing with a dash


# ------------------------------------------------------------------ HOUSE_NUMBER_RANGE
def test_a_house_number_range_is_an_address() -> None:
    assert _lines("2 cases coke\ndeliver to 12-14 High Street") == [("2", "case", "coke")]


# ------------------------------------------------------------------ QUOTE_IN_FORWARD, SIGNED_NOTE_ABOVE_FORWARD
def test_a_quote_header_right_inside_a_forward_keeps_the_forwarded_order() -> None:
    text = (
        "FW: order\n\nPlease process\n\n---------- Forwarded message ---------\nFrom: Kemi <k@x.com>\n\n"
        "On Wed, 1 Nov 2028, Kemi <k@x.com> wrote:\n2 cases coke"
    )
    assert "2 cases coke" in drop_quoted(text)
    assert "3 cases" not in drop_quoted("Yes add 2 boxes fanta\n\nOn Wed, Tom wrote:\n3 cases coke")


def test_the_forwarders_signature_does_not_cut_the_forwarded_order(indexes: dict[str, CatalogIndex]) -> None:
    text = (
        "Subject: FW: Minibar\n\nHi team,\n\nForwarding the list below - please supply against PO CWE-33107 for "
        "Tuesday.\n\nRegards,\nPriya Nair\n"
        "1 Dockside Walk, London E14 9XE | 020 7946 0458\n\n---------- Forwarded message ----------\nFrom: Tom\n"
        "Subject: minibar\n\nbombay minis 3 cs\nhennessy minis 2 cs\nthanks Tom"
    )
    assert confirmed(indexes["44"], text) == [("COG-HENN-5", "2"), ("GIN-BOMB-5", "3")]


# ------------------------------------------------------------------ OPENING_THANKS
def test_thanks_for_something_opens_the_message(indexes: dict[str, CatalogIndex]) -> None:
    text = "Thanks for approving our account. Please send: Aqua Serene 2-in-1 - 4 boxes, foam earplugs - 2 boxes."
    assert confirmed(indexes["44"], text) == [("EARPLUGS", "2"), ("TWOIN1-AS", "4")]


# ------------------------------------------------------------------ SIGNATURE_ADDRESS_BLOCK
def test_a_name_over_an_address_signs_the_message(indexes: dict[str, CatalogIndex]) -> None:
    text = "tuver dal: 6 bag\nmogo chips: 6 box\n\nhitesh shah\nKutch Kitchen, 9 Belgrave Road, Leicester"
    assert confirmed(indexes["58"], text) == [("MOGO-CHIPS", "6"), ("TOOR-DAL", "6")]
    # goods over an address are a line, never a name
    assert "lemons" in [ln.phrase for ln in extract_lines("2 cases coke\n\nand some lemons\n12 High Street")]


# ------------------------------------------------------------------ PINYIN_WORD_COUNT
def test_a_pinyin_word_count_marks_pinyin() -> None:
    assert read_pinyin("liang gong jin jiucai, san xiang mifen") == "2 kg jiucai, 3 case mifen"
    assert read_pinyin("si dai una mano") == "si dai una mano"


# ------------------------------------------------------------------ UNREAD_COUNT_WORDS
def test_a_count_of_another_language_no_line_reads_is_for_a_person() -> None:
    text = "Bitte 3 Kisten Spezi und zwei Kartons"
    reasons = unread_counts(text, [ln for ln in extract_lines(text) if "Kartons" not in ln.original_text])
    assert reasons and reasons[0].startswith(UNREAD_COUNT) and "zwei Kartons" in reasons[0]


def test_a_pack_word_a_reader_rewrote_is_read() -> None:
    text = "Asunto: Pedido venres\n\n2 caixas de croquetas de chipirón e 4 latas de Bonilla"
    assert unread_counts(text, extract_lines(text)) == []


# ------------------------------------------------------------------ PAYMENT_AND_OPENING, identity "här igen"
@pytest.mark.parametrize(
    "text",
    [
        "chevdo 24 packet, samosa patti 4 pack, cash ma",
        "2 cajas de tercios, pago al repartidor como siempre",
        "Merhaba, yeni açılıyoruz. 10 paket lavaş",
        "Hej, Annika här igen. 2 säckar havregryn",
    ],
)
def test_a_payment_an_opening_or_a_name_is_no_line(text: str) -> None:
    assert all(ln.quantity_explicit for ln in extract_lines(text))
