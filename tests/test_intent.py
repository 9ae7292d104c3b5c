"""Intent classification: the right intent, and confidence that reflects how mixed the signals are."""

from __future__ import annotations

import pytest

from jobs.language.intent import Intent, IntentResult, classify_intent


@pytest.mark.parametrize(
    "text",
    [
        "2 cases coke zero 330ml + 5kg tomatoes for tmrw pls",
        "can you send 2 cases coke zero?",
        "Hi, it's Mario from Bella Napoli. Can I get 2 cases of coke and 3 bags of flour please. Thanks!",
        "6 cs still water 500",
        "x3 gin x2 rum",
        "Order:\n2 Heineken 50L\n1 Guinness 50L\n3 cs Peroni\nThanks, Mick",
        "pls send 6 btl house red, 6 btl house white, 4 prosecco",
        "could you add a case of red bull and 3 bottles prosecco to tomorrow pls",
        "can we get some lemons? 40 if poss",
        "the usual pls",
        "same again please",
        "Any chance of 5 more bags of sugar today?",
        "we ran out of OJ!! need 12 asap",
        "a case of each: coke, fanta, sprite",
        "10 x 330ml",
        "is it too late to add 2 kegs of guinness for tomorrow?",
        "usual order + 2 extra cases coke zero",
        "Quick one - 3 more trays of eggs pls, 8 eggs broke in the last delivery",
        "Hi there, we'd like to order: 2 bags of mozzarella, 1 bag rice. Also do you do oat milk? if so 6 please",
        "Hola, necesito dos cajas de coca cola zero y cinco kilos de tomates para mañana",
        "Bonjour, deux caisses de coca zero 33cl et trois plateaux d'oeufs svp. Merci!",
        "Hallo, wir brauchen zwei Kisten Cola und drei Flaschen Rotwein bitte",
        "Ciao, mi servono tre sacchi di farina 00 e due casse di Peroni. Grazie mille",
        "Subject: Order\n\nPlease send:\n\nCoke Zero 1.5L – 3 packs\nStill water 1.5L – 5 packs\n\nThank you",
    ],
)
def test_orders(text: str) -> None:
    assert classify_intent(text).intent == Intent.ORDER


@pytest.mark.parametrize(
    "text",
    [
        "do you have burrata this week?",
        "what time do you deliver on saturday",
        "how much is a case of red bull?",
        "price of 50L keg?",
        "hi what's the price on the 25kg spuds this week",
        "how much for 20 sacks of potatoes, any discount?",
        "Is the chicken halal?",
        "Hi, has my order been dispatched? Order #4471",
        "Can I change the delivery address for tomorrow's order? We've moved to 48 King St",
        "do you do a 1L smirnoff?",
        "when will you have heineken 30L back in stock?",
        "¿tenéis leche de avena?",
        "Est-ce que vous livrez le dimanche ?",
        "Hallo, habt ihr auch alkoholfreies Bier?",
        "C'è ancora la promo sulla Peroni?",
        "Could you send me your latest price list please?",
    ],
)
def test_questions(text: str) -> None:
    assert classify_intent(text).intent == Intent.QUESTION


@pytest.mark.parametrize(
    "text",
    [
        "the milk was off",
        "missing the mozzarella from today's order, pizzas on in an hour!!",
        "2 cases of coke zero missing from this morning",
        "short 2 cases yesterday!!",
        "3 of the egg trays were smashed",
        "Wrong flour again – we ordered 00 and got plain",
        "delivery was 3 hours late and the chicken was not cold",
        "never arrived. I want a refund",
        "why has the price of coke zero gone up again?? this is ridiculous",
        "you sent coke 1.5L instead of the cans AGAIN 😡",
        "Invoice 20431 charges us for 5 cases of Peroni but only 4 were delivered. Please issue a credit note.",
        "la leche llegó cortada",
        "les oeufs étaient cassés",
        "Die Lieferung war wieder unvollständig, es fehlen 2 Kisten Cola",
        "la consegna è arrivata in ritardo e mancano 2 casse",
        "the eggs were all cracked again, 2 trays",
        "the driver left the pallet in the rain, everything is soaked",
        "Hi, the invoice says 4 kegs but we only got 3. Can you sort a credit?",
        "the cups were crushed and half of them unusable",
    ],
)
def test_complaints(text: str) -> None:
    assert classify_intent(text).intent == Intent.COMPLAINT


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("please cancel my order for tomorrow", Intent.CANCEL),
        ("cancel the coke from today's order", Intent.CANCEL),
        ("don't send the milk tomorrow, we're shut", Intent.CANCEL),
        ("Bitte die Bestellung für morgen stornieren", Intent.CANCEL),
        ("anula el pedido de mañana por favor", Intent.CANCEL),
        ("can we change the 2 cases to 3?", Intent.CHANGE),
        ("actually make it 4 cases of peroni instead of 2", Intent.CHANGE),
        ("please amend my order: only 2 trays of eggs instead of 3", Intent.CHANGE),
        ("sorry, meant 3 cases not 2 — can you change it?", Intent.CHANGE),
    ],
)
def test_cancel_and_change(text: str, intent: Intent) -> None:
    assert classify_intent(text).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "👍",
        "ok 👍",
        "thanks!",
        "Great, thanks Ben",
        "Hi",
        "Good morning!",
        "Merry Christmas to all the team 🎄",
        "Sorry wrong number",
        "ignore my last msg",
        "STOP",
        "we're closed next week for refurb, no deliveries please",
        "can you call me on 07700 900877 when you get a sec",
        "This is Dave's new number, save it",
        "Driver's here now, thanks",
        "Danke, schönes Wochenende!",
        "",
    ],
)
def test_other(text: str) -> None:
    assert classify_intent(text).intent == Intent.OTHER


def test_confidence_is_high_for_clear_orders_and_lower_for_mixed_signals() -> None:
    clear = classify_intent("2 cases coke zero 330ml + 5kg tomatoes for tmrw pls")
    assert clear.confidence >= 0.9
    request = classify_intent("can you send 2 cases coke zero?")
    assert request.intent == Intent.ORDER and request.confidence >= 0.85
    mixed = classify_intent("Quick one - 3 more trays of eggs pls, 8 eggs broke in the last delivery")
    assert mixed.intent == Intent.ORDER and mixed.confidence < 0.8
    assert mixed.confidence < clear.confidence
    question = classify_intent("do you have burrata this week?")
    assert question.confidence >= 0.85


def test_result_shape_and_reasons() -> None:
    result = classify_intent("can you send 2 cases coke zero?")
    assert isinstance(result, IntentResult)
    assert 0.0 <= result.confidence <= 1.0
    assert result.reasons and all(isinstance(r, str) for r in result.reasons)
    assert any("request" in r for r in result.reasons)
    assert Intent("ORDER") is Intent.ORDER and Intent.ORDER.value == "ORDER" and Intent.ORDER == "ORDER"


def test_has_order_lines_hint() -> None:
    # the caller knows there are no order lines: a bare product mention is not an order
    assert classify_intent("coke zero", has_order_lines=False).intent != Intent.ORDER
    # the caller's True is not trusted over a clear question about stock
    hinted = classify_intent("when will you have heineken 30L back in stock?", has_order_lines=True)
    assert hinted.intent == Intent.QUESTION
    assert classify_intent("2 cs coke", has_order_lines=True).intent == Intent.ORDER


def test_deterministic() -> None:
    text = "Hi, it's Mario from Bella Napoli. Can I get 2 cases of coke and 3 bags of flour please. Thanks!"
    first = classify_intent(text)
    for _ in range(20):
        assert classify_intent(text) == first


# ---- generalisation rules -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The salmon we got yesterday smelled off, had to bin the lot",
        "Binned 2 trays of eggs this morning, half were cracked",
        "3 of the 10 bags of flour were torn open",
        "The croissants were stale again. 2 boxes unusable.",
        "Driver turned up at 1:30, we'd told you before 10. Lunch service ruined",
        "Why have we been charged for 4 cases when only 3 came?",
        "We've been overcharged on the last invoice",
        "Missed our delivery slot completely yesterday",
    ],
)
def test_statement_complaints(text: str) -> None:
    assert classify_intent(text).intent == Intent.COMPLAINT, classify_intent(text)


@pytest.mark.parametrize(
    "text",
    [
        "2 cs coke zero, 3 kg onions, 1 tub greek yoghurt. Btw do you sell oat milk?",
        "4 x heineken 30l and 2 x guinness. Also are you open on bank holiday monday?",
    ],
)
def test_orders_with_a_side_question_are_orders(text: str) -> None:
    result = classify_intent(text)
    assert result.intent == Intent.ORDER, result
    # SIDE_QUESTION: a question after the order's lines is answered apart; it does not hold the order
    assert result.confidence >= 0.85, result


@pytest.mark.parametrize(
    "text",
    [
        "if we send it at 6 will it still arrive tomorrow or is that too late?",
        "any vegan options for the burger buns?",
        "would the order still come before noon if I add to it now?",
    ],
)
def test_timing_and_option_questions(text: str) -> None:
    assert classify_intent(text).intent == Intent.QUESTION, classify_intent(text)


@pytest.mark.parametrize(
    "text", ["Could you give me a ring when you're free?", "Can someone call me back pls 07700 900456"]
)
def test_callback_requests_are_other(text: str) -> None:
    assert classify_intent(text).intent == Intent.OTHER, classify_intent(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tu peux nous mettre 2 caisses de coca zero pour jeudi ?",
        "Kannst du uns 3 Kisten Peroni schicken?",
    ],
)
def test_informal_foreign_requests_are_orders(text: str) -> None:
    assert classify_intent(text).intent == Intent.ORDER, classify_intent(text)


def test_parts_not_understood_are_no_evidence_of_an_order() -> None:
    from jobs.language.extraction import extract_lines

    text = "Do you sell kombucha in glass bottles?"
    lines = extract_lines(text)
    assert lines and not any(ln.understood for ln in lines)
    # the provider passes has_order_lines=bool(lines): a question stays a question
    assert classify_intent(text, has_order_lines=bool(lines)).intent == Intent.QUESTION


def test_an_empty_side_question_hides_no_question_of_the_message() -> None:
    """SIDE_QUESTION with no text of its own (a caller's lines may hold one) cuts nothing from the body: it once
    cut between every two letters, and the message's own question ("How much is delivery ...?") went unread,
    so the order looked like nothing but order content."""
    from decimal import Decimal

    from jobs.language.extraction import OrderLine, extract_lines

    text = "2 cases coke zero and 3 boxes tomatoes. How much is delivery on sunday?"
    lines = [ln for ln in extract_lines(text) if ln.understood]
    empty = OrderLine(Decimal(1), None, None, "", "", False, understood=False, question=True)
    with_empty = classify_intent(text, lines=[*lines, empty])
    assert with_empty == classify_intent(text, lines=lines)
    assert "nothing but order content" not in with_empty.reasons, with_empty
