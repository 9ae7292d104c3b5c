"""The changes a message makes to an order it refers to (jobs/language/extraction/changes.py): the count taken back
after "instead of" is no line (TAKEN_BACK_COUNT), the "but"/"with" before a change's count is no product word
(CHANGE_JOINT), and goods taken out ("and no prosecco") are neither a line nor words of the next item (REMOVAL)."""

from __future__ import annotations

import pytest

from jobs.language.extraction import extract_lines


def _counted(text: str) -> list[tuple[str, str | None, str]]:
    """The lines with a stated count, as a reviewer would see them on the order."""
    return [
        (str(ln.quantity), ln.unit, ln.phrase)
        for ln in extract_lines(text)
        if ln.understood and ln.quantity_explicit
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "same as last week but 3 hopfield kegs instead of 2 and no prosecco",
            [("3", "keg", "hopfield kegs")],
        ),
        ("same as last wk but 12 chunky not 10", [("12", None, "chunky")]),
        ("usual pls but 12 bags prawns instead of 10", [("12", "bag", "prawns")]),
        (
            "Bonjour, comme d'habitude pour mardi, mais 6 halloumi au lieu de 4. Élie",
            [("6", None, "halloumi")],
        ),
        (
            "Lo de siempre pero sin dátiles y con 3 cajas de garbanzos en vez de 2",
            [("3", "case", "garbanzos")],
        ),
        (
            "O mesmo da semana passada, mas sem a gelatina e com 3 caixas de luvas de vinil L em vez de 2",
            [("3", "case", "luvas vinil l")],
        ),
        (
            "Il solito per sabato, ma 10 sacchi di farina invece di 8 e niente limonata questa settimana",
            [("10", "sack", "farina")],
        ),
        ("Wie letzte Woche bitte, aber ohne Wild und mit 10 statt 6 Schinken.", [("10", None, "schinken")]),
        ("To co zawsze, ale 4 worki Catsan 10L zamiast 6 i bez Konga", [("4", "bag", "catsan")]),
        (
            "Samme som sidste uge, men 8 kg pillede rejer i stedet for 6 og uden havarti",
            [("8", "kg", "pillede rejer")],
        ),
        ("Comme d'habitude, avec 2 paquets de torchons blancs en plus.", [("2", "pack", "torchons blancs")]),
    ],
)
def test_a_change_to_an_earlier_order_reads_as_its_new_line(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _counted(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negation naming a state of the goods is part of the product
        ("2 kg de pollo sin hueso y 3 kg de arroz", [("2", "kg", "pollo sin hueso"), ("3", "kg", "arroz")]),
        ("4 packs gluten free bread and no added sugar jam x2", None),
        # "ale" is beer before a count, unless a comma marks it "but"
        ("2 pale ale, 3 ginger ale", [("2", None, "pale ale"), ("3", None, "ginger ale")]),
        ("chili con carne 2 tubs", [("2", "tub", "chili con carne")]),
    ],
)
def test_words_of_products_stay_words_of_products(
    text: str, expected: list[tuple[str, str | None, str]] | None
) -> None:
    got = _counted(text)
    if expected is None:
        assert any("sugar" in phrase for _q, _u, phrase in got)
    else:
        assert got == expected


def test_a_removal_alone_is_no_line_but_a_person_reads_it() -> None:
    lines = extract_lines(
        "Usual for Wednesday please, but no cassava this week and 3 tilapia boxes instead of 2"
    )
    assert [(str(ln.quantity), ln.phrase) for ln in lines if ln.understood] == [("3", "tilapia boxes")]
    # the removal, and the count taken back: both change an order the message does not hold
    assert {ln.original_text for ln in lines if not ln.understood and ln.goods_hint} == {
        "instead of 2",
        "no cassava this week",
    }


@pytest.mark.parametrize(
    "text",
    [
        "O mesmo de sempre para sexta, mas com 4 caixas de banana em vez de 3",
        "to co zwykle na piątek, ale 12 kg mielonej wołowiny zamiast 10 i bez spaghetti",
        "Comme d'habitude pour mardi, avec 2 paquets de torchons blancs en plus.",
    ],
)
def test_a_reference_to_an_earlier_order_is_read_by_a_person(text: str) -> None:
    """REFERENCE_PART: no order line, but a part that holds the order for review (the order it names is not in
    the message)."""
    lines = extract_lines(text)
    assert len([ln for ln in lines if ln.understood]) == 1
    refers = [ln for ln in lines if not ln.understood and ln.phrase]  # (a removal's part has no phrase)
    assert len(refers) == 1 and refers[0].goods_hint and not refers[0].quantity_explicit


def test_how_an_order_is_paid_is_no_reference_to_an_earlier_order() -> None:
    lines = extract_lines("Send 3 tubs mango sorbet for sat, cash on delivery like before")
    assert "mango sorbet" in [ln.phrase for ln in lines if ln.understood]
    assert not any(ln.goods_hint for ln in lines if not ln.understood)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PURPOSE_TAIL before the noise: "for the weekend" is a time, "market" no word of the product
        ("need 48 cans of aranciata for the weekend market pls", [("48", "can", "aranciata")]),
        (
            "Please also send 30 strawberry yoghurt pots for Tuesday's trip.",
            [("30", "tub", "strawberry yoghurt pots")],
        ),
        ("2 cases coke for friday 7am", [("2", "case", "coke")]),
    ],
)
def test_a_purpose_after_a_time_is_no_word_of_the_product(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _counted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "If you've got ice lollies in stock send 3 boxes for Friday, otherwise nothing.",
        "Bonjour, 2 caisses de champignons, 1 kg de girolles si vous en avez, sinon rien.",
        "Se avete le burrata mandatene 3 casse, altrimenti niente",
        "we'd like 4 trays strawberries and 2 large watermelons. If not, don't worry.",
    ],
)
def test_what_to_do_without_the_goods_is_no_line(text: str) -> None:
    """CONDITIONAL_FALLBACK: "otherwise nothing" names no goods of its own."""
    assert all(ln.quantity_explicit for ln in extract_lines(text) if ln.understood)


def test_goods_a_customer_is_out_of_before_a_request_are_read_by_a_person() -> None:
    """OUT_OF_REASON not ordered again: the request after it ("we need") no longer cuts it as talk."""
    lines = extract_lines(
        "Dan - Camden is nearly out of mozz and we need 4 more cases of pelati for the weekend special"
    )
    assert [(str(ln.quantity), ln.phrase) for ln in lines if ln.understood] == [("4", "pelati")]
    assert any("mozz" in ln.original_text for ln in lines if not ln.understood)
