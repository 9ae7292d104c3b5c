"""Tagalog and Taglish read as English words. Filipino staff write orders in English with Tagalog joints: the
polite "po", the linkers "ng" (of) and "na"/"-ng" that tie a number word to what it counts ("dalawang box", two
boxes; "apat na case", four cases), "at" and "tsaka" (and), and request words ("pakisend", "pakidala", "pa-add",
"dagdag"). Read as other languages' words they broke the order: "po at 1 cs slimline tonic" read "at 1" as a time,
"dalawang" was no number, "pakidala ng tatlong case" no request.

So a text that writes Tagalog (one of `_MARKERS`, or "po" with another Tagalog word) has its words read through
``TABLE`` (rows ``reading: words``, comma-separated, the longest phrase first; ``_`` reads as nothing) before the
other readers see it, on the message side only (catalogs are written in English). Any other text is unchanged: "at"
and "po" are English and Polish words.
"""

from __future__ import annotations

import re

from jobs.language.tables import LanguageReader, table_of

TABLE = """
1: isang, isa
2: dalawang, dalawa
3: tatlong, tatlo
4: apat na, apat
5: limang, lima
6: anim na, anim
7: pitong, pito
8: walong, walo
9: siyam na, siyam
10: sampung, sampu
12: labindalawang, labindalawa
20: dalawampung, dalawampu
please send: pakisend, paki-send, pakipadala, pakidala, paki-dala, padala, pasend, pa-send, pakideliver
add: pa-add, paki-add, pakiadd, padagdag, dagdag, idagdag, pakidagdag
please: paki, pakiusap
thanks: maraming salamat, salamat, thank you po
and: at, tsaka, saka, pati
of: ng
the: yung, iyong, ang, mga
_: po, opo, naman, lang, din, rin, sana, ho, pa, sir, maam, ma'am, mam, ate, kuya, boss
tomorrow: bukas
for: para sa, para, sa
we need: kailangan namin, kailangan
"""

# Words only Tagalog writes: one of them makes a text Tagalog; "po" needs one other Tagalog word beside it.
_MARKERS = frozenset(
    [
        "ng",
        "mga",
        "yung",
        "salamat",
        "pakisend",
        "paki-send",
        "pakidala",
        "pakipadala",
        "padala",
        "pa-add",
        "paki-add",
        "pakiadd",
        "dagdag",
        "isang",
        "dalawang",
        "tatlong",
        "limang",
        "pitong",
        "walong",
        "sampung",
        "tsaka",
        "naman",
        "kailangan",
        "namin",
        "opo",
    ]
)
_WEAK = frozenset(["po", "pa", "sa", "at", "lang", "din", "rin", "para", "ho", "sana"])


_WORD_RE = re.compile(r"[a-z][a-z'-]*", re.IGNORECASE)


def is_tagalog(text: str) -> bool:
    """Whether ``text`` writes Tagalog: a word only Tagalog writes, or "po" beside another Tagalog word."""
    words = {w.lower() for w in _WORD_RE.findall(text)}
    if words & _MARKERS:
        return True
    return "po" in words and len(words & _WEAK) >= 2


# Tagalog (jobs/language/tables.py `LanguageReader`): its words as English when it writes Tagalog
READER = LanguageReader(table_of(TABLE), is_tagalog)
read_tagalog = READER.read
