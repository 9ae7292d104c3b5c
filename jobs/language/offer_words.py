"""The vocabulary of ACCEPTED_OFFER (offers.py), as data: the words of an offer's sentence that say nothing of the
goods offered ("We can send 4 x Harringtons Lamb & Rice 15kg instead - shall we?": not "send", "instead", "shall"),
so that a reply is taken to restate the offer only when it names a word of the goods."""

from __future__ import annotations

from jobs.language.tables import word_set

OFFER_WORDS = word_set("""
    this that these those them they week weeks would like shall could want have some more instead offer
    offers send supply swap substitute happy with your ours price case cases pack packs boxes bags each
    only from also stock please thanks
""")
