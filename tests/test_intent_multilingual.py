"""Intent on multilingual traffic (issue #10, session 16): orders that read as OTHER, questions that read as
ORDER. Each rule is named in jobs/language/intent.py or intent_cues.py."""

from __future__ import annotations

import pytest

from jobs.ai.providers import local_provider
from jobs.language.intent import HISTORY_REFERENCE, Intent, classify_intent
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
    assert classify_intent(text).intent == Intent.QUESTION


@pytest.mark.parametrize(
    "text",
    [
        "sorry lathos, 2 itan oxi 20",
        "Beklager, feil i forrige melding – det skulle være 6 Jarlsberg, ikke 60.",
        "naalaiku dosa batter 5kg 12 illa 15 tub pannunga",
        "sorry machan godamba 300 neme 30 yi, typo",
        "tuesday order change ginger 4kg to 6kg pls",
        "change fri order: udon 3 not 2",
        "tin bougatsa tis Pemptis kane tin 12 anti gia 10",
    ],
)
def test_corrected_count_is_a_change(text: str) -> None:
    """CORRECTED_COUNT: a count corrected against another, in more languages, changes an order already sent (read
    as the worker reads it: the provider's lines given to the intent)."""
    assert local_provider().analyze(text).intent.intent == Intent.CHANGE


@pytest.mark.parametrize(
    "text",
    [
        "same list as before pls but 4 boxes binchotan not 5",  # a repeat with a change is an order
        "2 cases coke and 3 cases fanta",
    ],
)
def test_corrected_count_is_no_change_of_a_repeat(text: str) -> None:
    assert classify_intent(text).intent == Intent.ORDER


def test_what_came_is_no_correction() -> None:
    assert (
        classify_intent("wings last wk was short, 1 box weighed 8kg not 10. want credit").intent
        == Intent.COMPLAINT
    )


@pytest.mark.parametrize(
    "text",
    [
        "Nous serons fermés du 5 au 20 août pour les vacances, pas de livraison pendant cette période.",
        "Wir sind vom 20.7. bis 3.8. im Urlaub, bitte keine Lieferungen.",
        "Kantinen holder lukket i uge 29-31. Vi genoptager bestillingerne 7. august.",
        "Payment of 1,240.50 sent today by BACS for INV-55087. Thanks",
        "Maksoimme laskun 40533 tänään, summa 1 284,60 €.",
        "can I drop 12 empty crates back with your driver on friday?",
        "Subject: New address for invoices\n\nHi, from next month please send invoices to accounts@x.example rather than to me.",
    ],
)
def test_notices_are_no_orders(text: str) -> None:
    """NOTICE: closed, paid, a new address, empties back: its dates and amounts are no order lines."""
    assert classify_intent(text).intent == Intent.OTHER


@pytest.mark.parametrize(
    "text, intent",
    [
        ("we're closed monday so deliver tuesday: 3 cases coke, 2 cases fanta", Intent.ORDER),
        ("2 cases coke, pls take the empties back", Intent.ORDER),
        ("Please cancel this Friday's order, we're closed for a private event.", Intent.CANCEL),
        (
            "Could you move Thursday's delivery to Friday please? Same order, we're closed Thursday.",
            Intent.CHANGE,
        ),
        ("do you take back empty kegs? we've got about 9 in the cellar", Intent.QUESTION),
    ],
)
def test_notice_leaves_orders_changes_and_questions(text: str, intent: Intent) -> None:
    assert classify_intent(text).intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "Could you send the allergen sheet for the brioche buns and the all beef dogs? A customer has a sesame allergy.",
        "Subject: price list\n\nCould you send the July price list for rice and dals? We are planning 200 bags of ponni.",
        "Oggetto: schede allergeni\n\nBuongiorno, potreste mandarmi la scheda allergeni delle basi pizza? Grazie",
        "Vorrei sapere se avete il riso per arancini in sacchi da 10 kg.",
        "Good afternoon. I would like to know if you sell ogbono now. How much for 1kg?",
        "Haluaisin tietää, onko teillä poronlihaa? Tarvitsisimme noin 10 kg viikossa.",
        "Jag skulle vilja veta om era vegobullar är fria från soja. Kan ni skicka innehållsförteckningen?",
    ],
)
def test_know_ask_and_document_requests_are_questions(text: str) -> None:
    """KNOW_ASK and DOCUMENT_REQUEST: asking to know, or for a document or a sample, asks."""
    assert local_provider().analyze(text).intent.intent == Intent.QUESTION


def test_document_request_beside_an_order_stays_an_order() -> None:
    text = "Please send 3 cases of coke zero and 2 cases of fanta, and could you email the price list too"
    assert classify_intent(text).intent == Intent.ORDER


@pytest.mark.parametrize(
    "text",
    [
        "Οι 2 κούτες ΚΕΟ που ήρθαν χθες είχαν 3 σπασμένα μπουκάλια. Θέλω πίστωση.",
        "Re oi sheftalies itan ksinismenes, 3 paketa ta petaksa",
        "Os coentros de ontem vieram todos amarelos, 10 molhos para o lixo. Podem creditar?",
        "Am comandat ardei roșii și au venit verzi, 3 cutii. Vă rog să le schimbați.",
        "2 paketa vode 5L su stigla probušena, pola palete mokro. Molimo zamjenu ili odobrenje.",
        "Pak telur kemarin 1 tray pecah semua, tolong diganti ya",
        "Lämminsavulohilaatikossa oli vain 8 annosta, pitäisi olla 10. Lasku 40917.",
        "Les huîtres d'hier : 6 ouvertes et sentaient mauvais, j'ai dû jeter la moitié. Pas acceptable.",
        "chicken yesterday smell bad. i throw 5kg",
    ],
)
def test_complaints_in_more_languages(text: str) -> None:
    """Goods that came bad, short or wrong, and a credit or a swap asked for, are complaints, not orders."""
    assert local_provider().analyze(text).intent.intent == Intent.COMPLAINT


@pytest.mark.parametrize(
    "text, intent",
    [
        ("Please send a copy of invoice INV-20931, our accounts team can't find it.", Intent.OTHER),
        ("Dear team, I would like to request a statement of account for October.", Intent.QUESTION),
    ],
)
def test_document_request_tells_or_asks(text: str, intent: Intent) -> None:
    assert local_provider().analyze(text).intent.intent == intent


@pytest.mark.parametrize(
    "text",
    [
        "Abi 9 inç kraft pizza kutusu var mı? Fiyatı ne kadar?",
        "Vad kostar glasmästarsillen i 1,4 kg? Vi funderar på att byta.",
        "Cât costă acum o cutie de avocado mărimea 16? Și cele coapte, tava de 20?",
        "Πόσο έχει το Μεταξά 12 αστέρων;",
        "wat time u deliver mon? we open 11",
        "u guys do tabasco? the original red one",
        "Mko na Blue Band 1kg? Bei?",
        "anna ungakitta Aachi chicken 65 masala irukka? 50 packet vaangalaam nu irukken",
    ],
)
def test_do_you_have_and_how_much_in_more_languages(text: str) -> None:
    assert local_provider().analyze(text).intent.intent == Intent.QUESTION


@pytest.mark.parametrize(
    "text",
    [
        "Έχετε ταραμά ροζ; Αν έχετε βάλτε 2 στην παραγγελία",
        "limon kolonyası var mı? varsa 2 koli, bir de 3 paket siyah havlu",
        "2 βάζα pickled onions και 1 κούτα χαλλούμι αν έχετε",
    ],
)
def test_if_so_a_count_is_an_order(text: str) -> None:
    """IF_SO: a count asked for if the goods are there is an order with its condition."""
    assert local_provider().analyze(text).intent.intent == Intent.ORDER


@pytest.mark.parametrize(
    "text",
    [
        "Por favor, cancelad el pedido del martes; os vuelvo a escribir la semana que viene.",
        "Cancelen el pedido del martes por favor, al final abrimos hasta la otra semana",
        "Rui da Tasca: cancelem a encomenda de sábado por favor, vamos fechar para obras.",
        "Annule la commande de jeudi stp, on ferme pour travaux jusqu'au 15",
        "akyrwste tin paraggelia tis Pemptis parakalw, exoume provlima me to psygeio",
        "Molim otkažite narudžbu za četvrtak, gosti su otkazali charter. Hvala, Ivana",
        "Hi, please cancel the Hatfield Barn order for Saturday — the couple have postponed.",
    ],
)
def test_cancellations_in_more_languages(text: str) -> None:
    """A cancellation's order word names the order it cancels, not a new one."""
    assert local_provider().analyze(text).intent.intent == Intent.CANCEL


@pytest.mark.parametrize(
    "text",
    [
        "Invoice 55218 has 6 palm on it, we only had 5 delivered",
        "Bonjour, sur la facture F-20931 vous avez compté 6 caisses de lait en poudre, nous en avons reçu 2.",
        "spring onion 3 box order only 2 box come",
        "Las tapas domo no encajan bien en los vasos de 16oz, se salen. Nos mandasteis 1 caja el miércoles.",
    ],
)
def test_what_came_against_the_invoice_is_a_complaint(text: str) -> None:
    assert local_provider().analyze(text).intent.intent == Intent.COMPLAINT


@pytest.mark.parametrize(
    "text",
    [
        "do u have char siu bao? need 5 boxes if u do",
        "Vocês têm pastéis de nata congelados? Se sim mandem 2 caixas",
        "2 cajas de jarritos de fresa y 1 de sandia si hay",
        "Se avete le burrata questa settimana mandatene 3 casse, altrimenti niente",
        "Har ni mellangrovt rågmjöl? Då tar vi 2 säckar.",
    ],
)
def test_if_so_before_or_after_the_count(text: str) -> None:
    """IF_SO: the condition before or after the count, in more languages: an order held for its condition."""
    assert local_provider().analyze(text).intent.intent == Intent.ORDER


@pytest.mark.parametrize(
    "text",
    [
        "Para el viernes: 2 kg de chile chilhuacle si ya lo tienen, si no nada. Y 4 epazotes",
        "Para mañana 3 kg de tomatillo si lo tienen, y 2 cajas de limones",
        "2 kg de huitlacoche si todavía lo tenéis. Y 6 manojos de cilantro",
        "Per sabato 2 casse di burrata se ce l'avete, altrimenti niente. E 4 kg di pomodorini",
    ],
)
def test_conditional_order_with_a_fallback_is_an_order(text: str) -> None:
    """CONDITIONAL_STOCK: "si ya lo tienen, si no nada" is a condition on an ordered line, not a stock question."""
    assert local_provider().analyze(text).intent.intent == Intent.ORDER


@pytest.mark.parametrize(
    "text",
    ["2 kg de chile chilhuacle si lo tienen?", "¿Tienen chile chilhuacle esta semana?", "Avete la burrata?"],
)
def test_the_same_words_asked_are_still_a_question(text: str) -> None:
    assert local_provider().analyze(text).intent.intent == Intent.QUESTION
