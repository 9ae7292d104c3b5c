"""Orders written in more of the customers' languages (issue #10, session 10): units, weekdays and counts
of Lithuanian, Ukrainian, Polish, Romanian, Portuguese and Chinese messages, and the intent cues of changes,
complaints, notices and price questions written in them; read by the worker's own extractor and classifier."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jobs.language.extraction import extract_lines
from jobs.language.intent import Intent, classify_intent


def _lines(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(ln.phrase, ln.quantity, ln.unit) for ln in extract_lines(text) if ln.understood]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Lithuanian boxes and bags, a weekday in the dative, "ir" (and) between items
        (
            "Ketvirtadieniui 2 dėžės giros ir 3 maišai vištienos pelmenių",
            [("giros", Decimal(2), "case"), ("vistienos pelmeniu", Decimal(3), "bag")],
        ),
        # Ukrainian boxes as read in Latin letters, litres, "i" (and)
        (
            "2 ящики квасу 2 літри і 3 кг скумбрії",
            [("kvasu", Decimal(2), "case"), ("skumbrii", Decimal(3), "kg")],
        ),
        # Polish buckets and a weekday in the accusative
        ("Na sobotę 4 wiadra ogórków", [("ogórków", Decimal(4), "bucket")]),
        # Portuguese spoken list: number words, kilos, "uma caixa"
        (
            "quero quatro quilos de dourada dois quilos de lulas e uma caixa de tubos de lula",
            [("dourada", Decimal(4), "kg"), ("lulas", Decimal(2), "kg"), ("tubos lula", Decimal(1), "case")],
        ),
        # Chinese numerals before a measure word, the size class, the words around them apart
        (
            "chip box 中号 一箱，scampi 两箱",
            [("chip box", Decimal(1), "case"), ("scampi", Decimal(2), "case")],
        ),
        ("要三箱炸鱼油", [("zhayuyou", Decimal(3), "case")]),
        ("十二包 batter", [("batter", Decimal(12), "bag")]),
    ],
)
def test_units_counts_and_days_of_more_languages(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert _lines(text) == expected


def test_a_chinese_size_class_is_the_lines_size() -> None:
    (line, _) = extract_lines("chip box 中号 一箱，scampi 两箱")
    assert line.size == "medium"


def test_a_number_after_the_dutch_van_is_an_amount_not_a_van() -> None:
    assert _lines("4 pakken gerookte zalm van 500 gram") == [("gerookte zalm", Decimal(4), "pack")]
    assert [ln.quantity for ln in extract_lines("van 5 needs a 70mm scoop") if ln.understood] == [Decimal(1)]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("add 3 biscoff pls bro", Intent.ORDER),
        (
            "Pour la commande de jeudi, remplacez les huîtres n°2 par des n°3, même quantité (96).",
            Intent.CHANGE,
        ),
        ("Yarınki siparişte cod 8-10 yerine 10-12 gönderin lütfen, yine 3 kutu", Intent.CHANGE),
        ("No pedido de quinta, em vez de 6 caixas de guarana, mandem 8 por favor.", Intent.CHANGE),
        (
            "Please change Monday's order: 6 dairy vanilla instead of 8, the rest the same. Mark",
            Intent.CHANGE,
        ),
        ("Hi, please take the extra herring in oil off Friday's order, we still have stock.", Intent.CHANGE),
        ("Giulia qui: la consegna di lunedì spostatela a martedì per favore, siamo chiusi", Intent.CHANGE),
        (
            "Dover soles were 300-400 not 400-500 on Wednesday. Charged for the bigger grade.",
            Intent.COMPLAINT,
        ),
        ("Geçen hafta 4 paket fıstık yazılmış faturada ama 3 geldi", Intent.COMPLAINT),
        ("the 8oz cups came as 6oz again 😤 second time this month", Intent.COMPLAINT),
        ("Boa noite, queria reservar uma mesa para 4 pessoas sábado às 20h", Intent.OTHER),
        ("Automatinis atsakymas: esu atostogose iki birželio 21 d.", Intent.OTHER),
        (
            "I would like to cancel my direct debit with you please, we'll pay by card from now on.",
            Intent.OTHER,
        ),
        (
            "can I get a price on 10 cases of 12oz shake cups? not ordering yet, just comparing",
            Intent.QUESTION,
        ),
        ("A como esta el costal de maseca blanca de 20 kilos?", Intent.QUESTION),
        # the order named is the one repeated, not one changed
        (
            "please repeat last week's order but without the doogh, and 10 bags of rice instead of 8",
            Intent.ORDER,
        ),
        ("Geçen haftaki siparişin aynısı ama lokum olmasın, yerine 4 koli salça", Intent.ORDER),
    ],
)
def test_intent_cues_of_more_languages(text: str, intent: Intent) -> None:
    result = classify_intent(text, lines=extract_lines(text))
    assert result.intent == intent, result
