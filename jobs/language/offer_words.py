"""The vocabulary of ACCEPTED_OFFER (offers.py), as data: how a reply opens with a bare acceptance, how a quoted
message offers goods, and the words of an offer's sentence that say nothing of the goods offered.

Phrases are comma-separated, a word's spellings apart by ``/`` (jobs/language/tables.py `phrase_list`); each is
matched as whole words, case aside, its words apart by any white space."""

from __future__ import annotations

from jobs.language.tables import phrase_list, word_set

# A greeting line the reply may open with before its acceptance ("Hi Tom,\nYes please go ahead").
GREETINGS = phrase_list("hi, hello, hey, dear, hola, bonjour, hallo, ciao, buongiorno")

# A bare acceptance at the start of the reply's own text.
ACCEPTANCES = phrase_list("""
    yes, yeah, yep, ok, okay, sure, fine, perfect, great, sounds good, that's/thats fine, that's/thats all fine,
    that is fine, go ahead, please do,
    sí/si, vale, de acuerdo, adelante,
    oui, d'accord,
    ja, jawohl, gerne, einverstanden,
    va bene, certo, prima,
    akkoord, prego
""")

# The words that open a clause the reply adds after its acceptance ("Yes please go ahead, and add 2 boxes").
ADDED_CLAUSE = phrase_list("and, also, plus, y, et, und, e, en")

# An offer of goods in the quoted message ("We can send 4 x Harringtons Lamb & Rice 15kg instead - shall we?").
OFFERS = phrase_list("""
    we can/could send/offer/do/supply/substitute/give/swap, instead, would you like, shall we, do you want,
    happy to send/substitute/swap,
    podemos enviar/ofrecer/mandar, en su lugar, quiere/quieren/quieres,
    nous pouvons envoyer/proposer, à/a la place, voulez-vous,
    wir können/konnen senden/liefern/anbieten, wir können/konnen ihnen senden/liefern/anbieten, stattdessen,
    möchten/mochten sie,
    possiamo inviare/mandare/offrire, invece, vuole, volete,
    in plaats daarvan, wij kunnen, we kunnen
""")

# The words of an offer's sentence that say nothing of the goods offered (not "send", "instead", "shall"), so
# that a reply is taken to restate the offer only when it names a word of the goods.
OFFER_WORDS = word_set("""
    this that these those them they week weeks would like shall could want have some more instead offer
    offers send supply swap substitute happy with your ours price case cases pack packs boxes bags each
    only from also stock please thanks
""")
