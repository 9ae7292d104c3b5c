"""A full UK postcode after an address is where the goods go, never a line or a count (UK_POSTCODE); Greek and
Ukrainian thanks close a message like any other sign-off, so the name after them is no line (issue #10), and is a
name the model is not shown (personal.py reads the same sign-off vocabulary)."""

from __future__ import annotations

import pytest

from jobs.language.extraction.lines import extract_lines
from jobs.language.personal import NAME, find_personal


def _read(text: str) -> list[tuple[str, str]]:
    return [(str(line.quantity), line.phrase) for line in extract_lines(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Hi, 3 cases of coke please\nDeliver to 12 Mare Street, London E8 4RT",
        "3 cases of coke please\nHatfield AL9 5HX",
        "3 cases of coke please\nOxford OX1 3DQ",
        "3 cases of coke please\nsend to SW1A 1AA",
    ],
)
def test_postcode_is_no_line(text: str) -> None:
    assert _read(text) == [("3", "coke")]


def test_postcode_in_an_order_line_is_not_its_count() -> None:
    assert _read("2 cases of lemons to E8 4RT") == [("2", "lemons")]


@pytest.mark.parametrize(("text", "size"), [("chicken x2 3kg", "3kg")])
def test_count_and_size_like_a_postcode_stay(text: str, size: str) -> None:
    lines = extract_lines(text)
    assert [(str(line.quantity), line.size) for line in lines] == [("2", size)]


@pytest.mark.parametrize(
    "signoff",
    ["Ευχαριστώ, Μαρία", "ΕΥΧΑΡΙΣΤΩ ΠΟΛΥ\nΜαρία", "efcharisto, Maria", "Дякую, Олена", "Dyakuyu, Olena"],
)
def test_greek_and_ukrainian_thanks_sign_off(signoff: str) -> None:
    assert _read(f"4 cases of tonic\n{signoff}") == [("4", "tonic")]


@pytest.mark.parametrize(
    ("signoff", "name"),
    [
        ("Ευχαριστώ,\nMaria Papadopoulou", "Maria Papadopoulou"),
        ("efcharisto poli, Nikos", "Nikos"),
        ("Dyakuyu, Olena", "Olena"),
    ],
)
def test_the_name_after_greek_and_ukrainian_thanks_is_personal(signoff: str, name: str) -> None:
    text = f"4 cases of tonic\n{signoff}"
    assert [text[f.start : f.end] for f in find_personal(text) if f.pii_type == NAME] == [name]
