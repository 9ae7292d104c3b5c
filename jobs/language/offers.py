"""ACCEPTED_OFFER: a reply that accepts, without restating it, an offer the message it quotes makes.

"Yes please go ahead, and add 2 boxes of tie handle bags as well." under "> We are out of Harringtons Turkey this
week. We can send 4 x Harringtons Lamb & Rice 15kg instead - shall we?": the order is the four sacks the supplier
offered *and* the two boxes. The quotation is not read as lines (extraction/segments.py `drop_quoted`: a quoted
order confirmation is no new order), so the accepted goods would be missing from a confirmed order. The system
cannot see what was accepted, so a person adds it: the order goes to review with the words quoted.

It holds only when both are there:
* the reply's own text opens with a bare acceptance ("yes", "ok", "that's fine", "go ahead", "sí", "oui", "ja",
  "va bene"...) whose clause says no quantity ("Yes please, go ahead with 6 tubs of the Chung Jung One" restates
  what it takes: those are lines);
* the quoted message offers goods with a quantity: "we can send / offer / do ...", "... instead", "would you like",
  "shall we", "do you want" and the same in Spanish, French, German, Italian and Dutch.
A quoted order confirmation ("Your order 40117 for Wednesday: 4 x house blend ... Reply YES to confirm") offers
nothing: "Yes please go ahead, and add 2 boxes" under it orders the two boxes only, and stays confirmable.
"""

from __future__ import annotations

import re

from jobs.language.extraction.patterns import REPLY_SUBJECT_LINE_RE
from jobs.language.extraction.segments import QUOTE_HEADER_RE, drop_quoted
from jobs.language.offer_words import ACCEPTANCES, ADDED_CLAUSE, GREETINGS, OFFER_WORDS, OFFERS
from jobs.language.tables import phrase_pattern
from jobs.language.word_patterns import DIGIT_RE

ACCEPTED_OFFER = "ACCEPTED_OFFER"

# The acceptance, at the start of the reply's own text (after a subject line or a greeting), up to the end of
# its sentence or the next clause it adds with "and" ("Yes please go ahead, and add 2 boxes ...")
_ACCEPT_RE = re.compile(
    rf"^\s*(?:(?:{phrase_pattern(GREETINGS)})\b[^\n]*\n\s*)?"
    rf"(?P<clause>(?:{phrase_pattern(ACCEPTANCES)})\b.*?)"
    rf"(?=[.;:!?\n]|,?\s+(?:{phrase_pattern(ADDED_CLAUSE)})\s|$)",
    re.IGNORECASE,
)
# An offer of goods in the quoted message
_OFFER_RE = re.compile(rf"\b(?:{phrase_pattern(OFFERS)})\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]{4,}")


def _quotation(text: str) -> str:
    """The quoted lines: those starting with ">", and every line from a quote header on."""
    lines = text.split("\n")
    for k, ln in enumerate(lines):
        if QUOTE_HEADER_RE.match(ln) and k > 0:
            return "\n".join(lines[k:])
    return "\n".join(ln for ln in lines if ln.lstrip().startswith(">"))


def _restated(quoted: str, offer: re.Match[str], own: str) -> bool:
    """The reply names the offered goods itself ("So 24 Rioja and 12 Chablis then" under "We can offer Rioja
    Crianza ... and Chablis Roux"): a word of the offer's sentence, other than the offer's own words, is in it."""
    start = max(quoted.rfind(stop, 0, offer.start()) for stop in (". ", "? ", "! ", "\n"))
    ends = [k for stop in (". ", "? ", "! ", "\n") if (k := quoted.find(stop, offer.end())) >= 0]
    sentence = quoted[start + 1 : min(ends) if ends else len(quoted)]
    offered = {w for w in _WORD_RE.findall(sentence.lower()) if w not in OFFER_WORDS}
    return not offered.isdisjoint(_WORD_RE.findall(own.lower()))


def accepted_offer(text: str) -> str | None:
    """The review reason when a reply accepts an offer its quotation makes without restating it, else None."""
    own = drop_quoted(text)
    quoted = _quotation(text)
    if not quoted.strip() or own.strip() == text.strip():
        return None
    offer = _OFFER_RE.search(quoted)
    if offer is None or not DIGIT_RE.search(quoted):
        return None
    m = _ACCEPT_RE.match(REPLY_SUBJECT_LINE_RE.sub("", own, count=1).lstrip())
    if m is None or DIGIT_RE.search(m.group("clause")) or _restated(quoted, offer, own):
        return None
    said = m.group("clause").strip()
    return (
        f"{ACCEPTED_OFFER}: the reply accepts ('{said}') an offer in the message it quotes ('{offer.group(0)}'); "
        "what was offered is not among the lines: a person adds it"
    )
