"""Kurmanji (Northern Kurdish, Latin script) read as English words. Kurdish barbers write their orders with Kurmanji
joints and units around the brands: "2 qutî derby û 2 pakêt destmalên reş" (2 boxes of Derby blades and 2 packs of
black towels), "ji kerema xwe ... bişîne" (please send), number words in voice notes ("sê qutî astra du wahl çar
reuzel pink pig"). Read as other languages' words they broke the order: "û" stuck to the item before it, "qutî"
was no unit, "silav bira" (hello, brother) was a line of beer.

So a text that writes Kurmanji (one of `_MARKERS`, written with its letters ê, î, û, ş, ç) has its words read through
``TABLE`` (rows ``reading: words``, comma-separated, the longest phrase first; ``_`` reads as nothing) before the
other readers see it, on the message side only (catalogs are written in English). Any other text is unchanged:
Turkish "bira" stays beer. The number words are read with their letters only ("çar", "şeş"): typed without them
("car", "ses") they are other words.
"""

from __future__ import annotations

from jobs.language.tables import LanguageReader, table_of
from jobs.language.word_patterns import WORD_RE

TABLE = """
1: yek, yekî
2: du, dudu
3: sê
4: çar
5: pênc, pênj
6: şeş
7: heft
8: heşt
9: neh
10: deh
12: diwanzdeh
20: bîst
boxes: qutî, qutiyan, qutiyên
a box: qutiyek
packs: pakêt, pakêtan
rolls: rol, rolên, rola
bags: çente, çenteyê, çenteyan
bottles: şûşe, şûşeyan
towels: destmalên, destmal, destmala
gloves: lepikên, lepik
blades: gilêtên, gilêt
neck strips: kaxezê stûyê, kaxezê stû, kaxeza stû
clipper oil: rûnê makîneyê, rûnê makîne
oil: rûnê, rûn
black: reş
blue: şîn
red: sor
crepe: krep
green: kesk
white: spî
large: mezin
small: biçûk
and: û
please: ji kerema xwe, kerema xwe
hello: silav, slav
thanks: gelek spas, spas, sipas
voice note: dengê, peyama dengî
same as last week: wek hefteya borî, wekî hefteya borî
the usual order: wek her car, wekî her car
for: ji bo
thursday: pêncşemê
friday: îniyê
saturday: şemiyê
but: lê
without: bêyî
extra: zêde
cancel: betal bike
broken: şikestî
_: bişîne, bişînin, bira, heval, abi
"""

# Words only Kurmanji writes, with its letters: one of them makes a text Kurmanji.
_MARKERS = frozenset(
    [
        "û",
        "qutî",
        "qutiyek",
        "silav",
        "bişîne",
        "kerema",
        "dengê",
        "lepikên",
        "destmalên",
        "kaxezê",
        "stûyê",
        "hefteya",
        "pêncşemê",
        "rûnê",
        "çenteyê",
        "bêyî",
        "gilêtên",
        "îniyê",
        "şemiyê",
        "pakêt",
    ]
)


def is_kurmanji(text: str) -> bool:
    """Whether ``text`` writes Kurmanji: a word only Kurmanji writes."""
    return not _MARKERS.isdisjoint(w.lower() for w in WORD_RE.findall(text))


# Kurmanji (jobs/language/tables.py `LanguageReader`): its words as English when it writes Kurmanji
READER = LanguageReader(table_of(TABLE), is_kurmanji)
read_kurmanji = READER.read
