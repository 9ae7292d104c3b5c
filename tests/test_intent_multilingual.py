"""Intent on multilingual traffic (issue #10, session 16): orders that read as OTHER, questions that read as
ORDER. Each rule is named in jobs/language/intent.py or intent_cues.py."""

from __future__ import annotations

import pytest

from jobs.language.intent import HISTORY_REFERENCE, NON_ORDER_REQUEST, Intent, classify_intent
from jobs.language.scripts import fold_message


@pytest.mark.parametrize(
    "text",
    [
        "i'd like 3 metaxa and 2 tsipouro for friday",
        "I would like 2 black bib aprons and 2 waist aprons",
        "Hej, vi behöver 4 prästost till måndag och 12 matlagningsgrädde.",
        "Vi skal bruge 2000 trægafler og 2000 trækniver til næste uge.",
    ],
)
def test_need_count_orders_counted_lines(text: str) -> None:
    """NEED_COUNT: a request opener followed by a count, with two counted lines, orders them."""
    assert classify_intent(text).intent == Intent.ORDER


@pytest.mark.parametrize(
    "text",
    [
        "I'd like 2 tickets to London and 3 tickets to Paris",
        "I want 3 ideas for dinner and 2 for lunch",
        "I need 5 minutes and 2 hours of rain sounds",
        "I would like a window seat please",
    ],
)
def test_need_count_is_no_order_of_time_people_or_tickets(text: str) -> None:
    assert classify_intent(text).intent != Intent.ORDER


@pytest.mark.parametrize(
    "text",
    [
        "Can we open a 30 day account? And send 2 boxes black gloves XL on it please",
        "Can we set up a 30-day account and put this on it: 2 x creamer 1kg, 1 pearl warmer",
        "Please send 10 packs of carbon cutting combs and 10 tint bowls, invoiced on our 60-day account as agreed",
    ],
)
def test_trade_account_is_no_personal_account(text: str) -> None:
    """TRADE_ACCOUNT: the account an order asks terms on (held by CREDIT_TERMS) is no personal account."""
    assert classify_intent(text).intent == Intent.ORDER


def test_personal_account_stays_no_order() -> None:
    for text in ("Can I see my account balance", "I want to open a savings account"):
        assert classify_intent(text).intent != Intent.ORDER


def test_purchase_order_named_by_its_letters_is_an_order_word() -> None:
    assert classify_intent("Please add glasswasher chemicals x 6 to PO TPC-118204.").intent == Intent.ORDER
    # Tagalog's polite "po" is no purchase order
    assert classify_intent("pakisend po ng schedule ninyo").intent != Intent.ORDER


@pytest.mark.parametrize(
    "text",
    [
        "same as tuesday pls",
        "As per last week, but double the glass cloths please.",
        "la même chose que la semaine dernière stp",
        "solito x sabato grz",
        "isto ko obicno za petak",
        "seperti biasa utk hari jumat pak",
        "Như thường lệ nha anh, thứ Năm giao",
        "sawasdee krub, same same as always na krub for wednesday",
        "Va rog sa ne trimiteti comanda obisnuita pentru joi.",
    ],
)
def test_history_references_in_more_languages(text: str) -> None:
    result = classify_intent(text)
    assert result.intent == Intent.ORDER
    assert HISTORY_REFERENCE in result.reasons


def test_seperti_biasa_negated_is_no_reference() -> None:
    assert HISTORY_REFERENCE not in classify_intent("rotinya tidak seperti biasa, keras semua").reasons


def test_ack_history() -> None:
    """ACK_HISTORY: Greek "Ta idia ..." (the same as last time) opens like "ta" (thanks) but asks for an order."""
    result = classify_intent("Τα ίδια με την προηγούμενη φορά")
    assert result.intent == Intent.ORDER
    assert classify_intent("ta mate").intent == Intent.OTHER


def test_greek_question_mark() -> None:
    """GREEK_QUESTION: ";" after a Greek word is the Greek question mark."""
    assert fold_message("Πόσο έχει το Μεταξά 12 αστέρων;").endswith("?")
    assert fold_message("2 koutes; 3 kivotia") == "2 koutes; 3 kivotia"
    assert classify_intent("Μέχρι τι ώρα μπορώ να στείλω παραγγελία για Δευτέρα;").intent == Intent.QUESTION


@pytest.mark.parametrize(
    "text",
    [
        "Kunnen jullie me laten weten wat de levertijd is voor 200 stelen Avalanche 70cm? Nog geen bestelling",
        "Chcielibyśmy otrzymać ofertę na 10 palet kompostu Westland 60L na sezon. Na razie tylko zapytanie.",
        "Fiyat alabilir miyim, 10 kutu köfte şiş için? Şimdilik sipariş değil",
    ],
)
def test_not_ordering_yet_in_more_languages(text: str) -> None:
    result = classify_intent(text)
    assert result.intent == Intent.QUESTION
    assert NON_ORDER_REQUEST in result.reasons
