"""Unit words that mean another unit in another language (rule `FALSE_FRIEND_UNIT`).

Dutch "dozen" is the plural of "doos", a box: "5 dozen Bruk barista en 6 dozen volle melk" is five and
six boxes, not sixty and seventy-two cartons. Welsh "gas" is "cas" (a case) soft-mutated after a number:
"2 gas sglodion syth" is two cases of chips, not gas; "dun" and "thun" are "tun" (a can) mutated, Dutch "dun"
(thin) elsewhere. The word is read in the other language only in a
message written in it by other words too (two distinct ones below); an English "2 dozen eggs" keeps its
twelves and "2 mixed gas" stays gas.
"""

from __future__ import annotations

import re

from jobs.language.word_patterns import LATIN_WORD_RE

_COUNT = r"\d+(?:[.,]\d+)?"

# (words found in that language's orders and not in the other languages' (nor in English), the unit word
# after a count, the word it is read as)
_FALSE_FRIENDS: tuple[tuple[frozenset[str], re.Pattern[str], str], ...] = tuple(
    (
        frozenset(markers.split()),
        re.compile(rf"\b({_COUNT}|{counts.replace(' ', '|')})\s+{word}\b", re.IGNORECASE),
        read_as,
    )
    for markers, counts, word, read_as in (
        (
            """graag voor zakken stuks krat kratten fles flessen blik blikken bedankt groetjes groet hoi alvast
            bestelling levering maandag dinsdag woensdag donderdag vrijdag zaterdag zondag melk volle halfvolle
            het een ook nog wij jullie bakken doos dank morgen alstublieft ik kun kunnen bos bossen stelen bestel
            bij doen maar""",
            "een twee drie vier vijf zes zeven acht negen tien",
            "dozen",
            "doos",
        ),
        (
            """diolch gwelwch dda focs bocs llaeth archeb arferol gyfer ychwanegol hefyd dydd ddydd
            cyflawn sgim hanner torth selsig sglodion cadachau fisgedi ffyn iogwrt mefus orennau plis yfory
            heddiw wythnos nesaf fel ond chi gennym allwch dau dwy pedwar chwech saith wyth pum fananas pecyn
            bibiau ffedogau potel peint beint""",
            "dau dwy tri tair pedwar pedair pump pum chwech chwe saith wyth naw deg",
            "gas",
            "cas",
        ),
    )
)
_WELSH = _FALSE_FRIENDS[1]
_FALSE_FRIENDS += tuple(
    (_WELSH[0], re.compile(_WELSH[1].pattern.replace(r"\s+gas\b", rf"\s+{word}\b"), re.IGNORECASE), "tun")
    for word in ("dun", "thun")
)
DUTCH_MARKERS = _FALSE_FRIENDS[0][0]


def written_in(text: str, markers: frozenset[str]) -> bool:
    """Whether a message is written in a language (two distinct words of its markers)."""
    return len(markers.intersection(LATIN_WORD_RE.findall(text.lower()))) >= 2


def dutch(text: str) -> bool:
    """Whether a message is written in Dutch (two distinct Dutch-only words)."""
    return written_in(text, DUTCH_MARKERS)


def false_friend_units(text: str) -> str:
    """The text with a unit word read in the message's own language: Dutch "N dozen" as N boxes, Welsh
    "N gas" as N cases."""
    low = text.lower()
    for markers, rx, read_as in _FALSE_FRIENDS:
        if rx.search(low) and written_in(text, markers):
            text = rx.sub(rf"\1 {read_as}", text)
    return text
