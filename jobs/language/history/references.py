"""HISTORY_REFERENCE: which earlier order a message asks for again ("the usual", "same as last week", "repeat my
order", "lo de siempre", "wie immer"...), and a message read as OTHER or QUESTION that only asks for one."""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

from jobs.language.intent import HISTORY_REFERENCE, Intent, IntentResult
from jobs.language.scripts import fold_message

REFERENCE_INTENT_CONFIDENCE = 0.9  # a message that asks to repeat an order is an order


class Reference(Enum):
    LAST = "last"  # the customer's last order
    USUAL = "usual"  # the customer's most frequent exact basket


USUAL_RX = re.compile(
    r"\b(?:(?:(?:the|my|our)\s+usual(?:\s+order)?|usual\s+order|same\s+as\s+(?:usual|always)|"
    r"usual(?=\s+(?:please|pls|plz|thanks|cheers|again|bhej\w*|mokl\w*|send)\b))"
    r"(?!\s+(?:address|time|day|place|driver|slot|delivery|spot|way|price|drop|door|hour|guy|bloke|one|person))|"
    r"lo\s+(?:de\s+siempre|habitual)|(?:el\s+)?pedido\s+(?:de\s+siempre|habitual)|comme\s+d'habitude|il\s+solito|"
    r"(?:la\s+)?commande\s+habituelle|mesl?e\s+hamishe|sefaresh(?:e)?\s+hamishegi|wie\s+(?:immer|gewohnt|üblich|ueblich)|das\s+(?:übliche|uebliche)|vaste\s*bestelling|"
    r"die\s+übliche\s+bestellung|standardbestellung|come\s+(?:sempre|al\s+solito)|(?:the|our|my)\s+(?:standard|normal|"
    r"regular)\s+(?:weekly\s+)?order|(?:standardow|sta[lł]|zwyk[lł]|normaln)\w*\s+zam[oó]wieni\w*|standaard\s*bestelling)",
    re.IGNORECASE,
)
# "double the usual", "on top of the usual", "Thursday as usual": the earlier order is a yardstick or a
# habit, not the order to repeat
_NOT_A_REPEAT_RX = re.compile(
    r"(?:double|twice|half|triple|than|top\s+of|besides|apart\s+from|addition\s+to|as|doble|mitad|"
    r"double\s+de|moiti[eé]|doppelt|h[aä]lfte|als|doppio|met[aà])\s*$",
    re.IGNORECASE,
)
LAST_RX = re.compile(
    r"\b(?:same\s+(?:order\s+)?(?:again|as\s+(?:last|before|previous)(?:\s+(?:week|weeks|time|order|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?)?(?:\s+order)?)|same\s+order\s+as\s+last\s+\w+|"
    r"repeat\s+(?:my|our|the|last)(?:\s+(?:last|previous))?(?:\s+(?:week's|weeks|time's))?(?:\s+order)?|"
    r"(?:lo\s+mismo|el\s+mismo\s+pedido)\s+que\s+(?:la\s+semana\s+pasada|la\s+(?:última|ultima)\s+vez|"
    r"el\s+(?:último|ultimo)\s+pedido|el\s+\w+\s+pasado)|repet(?:ir|id|ime|idme)\s+el\s+(?:último\s+|ultimo\s+)?pedido|"
    r"(?:la\s+m[eê]me\s+(?:commande\s+)?que\s+|comme\s+)(?:la\s+semaine\s+derni[eè]re|la\s+derni[eè]re\s+fois|"
    r"la\s+derni[eè]re\s+commande)|la\s+m[eê]me\s+commande|mesl?e\s+(?:hafte\w*\s+(?:pish|ghabl|gozashte)|dafe\w*\s+ghabl)|"
    r"(?:das\s+(?:gleiche|selbe)|dieselbe\s+bestellung|die\s+gleiche\s+bestellung)\s+wie\s+"
    r"(?:letzte\s+woche|letztes\s+mal|beim\s+letzten\s+mal)|wie\s+(?:letzte\s+woche|letztes\s+mal|beim\s+"
    r"letzten\s+mal|gehabt)|das\s+(?:gleiche|selbe)(?:\s+nochmal)?|"
    r"come\s+la\s+settimana\s+scorsa|lo\s+stesso\s+(?:ordine\s+)?(?:della|dell'|di)\s*\w*|"  # and Roman Hindi:
    r"pichh?l[aei]\s+(?:hafte|week|baar|bar)\s+(?:wala|wale|vala|jaisa|da|di|ka|ki)|pehle\s+jaisa)",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def reference_kind(text: str) -> Reference | None:
    """Which earlier order the message asks for again, or None when it asks for none (kept for the last
    texts: the intent, the order decision and the history each ask it of one message)."""
    text = fold_message(text)  # "老样子", "nhu moi khi": the usual, as the extractor reads it
    for rx, kind in ((USUAL_RX, Reference.USUAL), (LAST_RX, Reference.LAST)):
        for m in rx.finditer(text):
            if not _NOT_A_REPEAT_RX.search(text[max(0, m.start() - 24) : m.start()]):
                return kind
    return None


_ASKS_TO_REPEAT = re.compile(
    r"^\W*(?:[^\W\d_][\w']*(?:[ \t]+[^\W\d_][\w']*){0,3}[ \t]*[,!.]+\s*)?"  # a greeting: "Buenas,", "Good morning,"
    r"(?:(?:please|pls|kindly)\s+|(?:can|could)\s+(?:you|u)\s+(?:please\s+)?)?"
    r"(?:repeat|same|the\s+usual|usual|lo\s|el\s+mismo|repet|comme|la\s+m[eê]me|wie|das|dasselbe|die\s+gleiche|"
    r"il\s+solito|come|lo\s+stesso)",
    re.IGNORECASE,
)


def reference_intent(text: str, intent: IntentResult, past_orders: int) -> IntentResult:
    """A message read as OTHER or QUESTION that only asks for an earlier order again ("Please repeat last
    week's order.", "lo mismo que la semana pasada") is an ORDER when the customer has one to repeat
    (``past_orders`` > 0); any other result is returned as it is. With no history nothing changes."""
    if past_orders <= 0 or intent.intent not in (Intent.OTHER, Intent.QUESTION):
        return intent
    if reference_kind(text) is None:
        return intent
    body = re.sub(r"(?im)^\s*subject:.*$", " ", text).strip()
    if not _ASKS_TO_REPEAT.search(body) or len(body) > 300:
        return intent
    if intent.intent is Intent.QUESTION and not re.match(r"^\W*(?:can|could)\s+(?:you|u)\b", body, re.I):
        return intent
    reasons = (*intent.reasons, "asks to repeat an earlier order", HISTORY_REFERENCE)
    return IntentResult(Intent.ORDER, max(intent.confidence, REFERENCE_INTENT_CONFIDENCE), reasons)
