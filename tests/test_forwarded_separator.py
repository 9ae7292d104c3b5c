"""FORWARDED_SEPARATOR (issue #10): a line of dashes followed by the line that opens a forwarded or quoted mail
("----" then "Daniel Achterberg wrote:") is no signature: the message goes on, and the mail it passes on may hold
the order. RESTATED_ABOVE_FORWARD: the note above it saying one of that mail's lines again is no second line."""

from __future__ import annotations

import pytest

from jobs.language.extraction import extract_lines
from jobs.language.extraction.segments import drop_signature

NOTE = "Dan - Camden is nearly out of mozz and we need 4 more cases of pelati for 12/11. Can you get it on?"


@pytest.mark.parametrize(
    ("dashes", "wrote"),
    [
        ("----", "Daniel Achterberg wrote:"),
        ("-- ", "On Wed, 1 Nov 2028 at 14:12, Daniel Achterberg <dan@crust.example> wrote:"),
        ("----------", "Am 01.11.2028 um 14:12 schrieb Daniel Achterberg <dan@crust.example>:"),
        ("-----", "Le mer. 1 nov. 2028 à 14:12, Daniel Achterberg a écrit :"),
        ("----", "W dniu 1.11.2028 Daniel Achterberg napisał:"),
    ],
)
def test_a_dash_line_before_a_mail_it_passes_on_does_not_end_the_message(dashes: str, wrote: str) -> None:
    order = "Please add to Thursday: 6 bags shredded mozzarella and 4 cases pelati for Camden."
    text = f"{NOTE}\n\n{dashes}\n{wrote}\n{order}"
    assert drop_signature(text) == text


def test_a_dash_line_signing_off_still_ends_the_message() -> None:
    text = "6 bags shredded mozzarella\n--\nDaniel Achterberg\nCrust & Co, 12 Mill Lane"
    assert drop_signature(text) == "6 bags shredded mozzarella"
    # "wrote" that is no line of its own opening a mail does not keep a signature either
    text = "6 bags shredded mozzarella\n----\nwe wrote off 2 cases last week"
    assert drop_signature(text) == "6 bags shredded mozzarella"


def test_the_forwarded_mail_holds_the_order_the_note_restates() -> None:
    text = (
        "---------- Forwarded message ---------\nFrom: Kemi Adeyemi <kemi@crust.example>\n"
        f"Date: Wed, 1 Nov 2028 at 14:12\nSubject: Camden running low\n\n{NOTE}\n\n----\n"
        "Daniel Achterberg wrote:\nPlease add to Thursday: 6 bags shredded mozzarella and 4 cases pelati for Camden."
    )
    lines = [(ln.phrase, ln.quantity, ln.unit) for ln in extract_lines(text) if ln.understood]
    assert lines == [("shredded mozzarella", 6, "bag"), ("pelati", 4, "case")]


def test_a_note_asking_for_more_than_the_mail_it_passes_on_keeps_it() -> None:
    text = "please also send 2 boxes of basil\n\n----\nDaniel Achterberg wrote:\n4 cases pelati for Camden"
    lines = [(ln.phrase, ln.quantity) for ln in extract_lines(text) if ln.understood]
    assert lines == [("basil", 2), ("pelati", 4)]
    # a count the mail does not say is a second line, for a person to read
    text = "we need 6 cases of pelati\n\n----\nDaniel Achterberg wrote:\n4 cases pelati for Camden"
    assert [(ln.phrase, ln.quantity) for ln in extract_lines(text) if ln.understood] == [
        ("pelati", 6),
        ("pelati", 4),
    ]
