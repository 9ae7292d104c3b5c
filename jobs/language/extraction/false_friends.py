"""Unit words that mean another unit in another language (rule `FALSE_FRIEND_UNIT`).

Dutch "dozen" is the plural of "doos", a box: "5 dozen Bruk barista en 6 dozen volle melk" is five and
six boxes, not sixty and seventy-two cartons. The word is read as Dutch only in a message that is
Dutch by other words too (two distinct ones below); an English "2 dozen eggs" keeps its twelves.
"""

from __future__ import annotations

import re

# Words found in Dutch orders and not in the other languages' (nor in English).
_DUTCH_MARKERS = """
    graag voor zakken stuks krat kratten fles flessen blik blikken bedankt groetjes groet hoi alvast
    bestelling levering maandag dinsdag woensdag donderdag vrijdag zaterdag zondag melk volle halfvolle
    het een ook nog wij jullie bakken doos dank morgen alstublieft
"""
DUTCH_MARKERS = frozenset(_DUTCH_MARKERS.split())
_WORD_RE = re.compile(r"[a-zà-ÿ]+")
_DOZEN_RE = re.compile(
    r"\b(\d+(?:[.,]\d+)?|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\s+dozen\b", re.I
)


def dutch(text: str) -> bool:
    """Whether a message is written in Dutch (two distinct Dutch-only words)."""
    return len(DUTCH_MARKERS.intersection(_WORD_RE.findall(text.lower()))) >= 2


def false_friend_units(text: str) -> str:
    """The text with Dutch "N dozen" read as N boxes when the message is Dutch."""
    if "dozen" not in text.lower() or not dutch(text):
        return text
    return _DOZEN_RE.sub(lambda m: f"{m.group(1)} doos", text)
