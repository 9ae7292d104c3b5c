"""English shorthand customers write food words with ("toms", "cauli", "mozz"), as the English stem the
catalog most likely uses, merged over the per-language lexicon (lexicon/), which holds every foreign word.
Rows of ``english: words``; a key may repeat, its words are added in order."""

from __future__ import annotations

from jobs.language.matching.lexicon import COMPOUND_WORDS, LEXICON, fold
from jobs.language.tables import table_rows

# English shorthand and plurals -> the English stem the catalog most likely uses
_FIRST_ROWS: dict[str, str] = {
    fold(word): target
    for target, words in table_rows("""
    lime: lime
    block: block
    avocado: avocados avo avos
    croissant: croissants
    eighth: eighths
    yoghurt: yog yogs yoghurts yogurts
    mozzarella: mozz mozza
    chocolate: choc chocs
    tomato: toms tomms
    parmesan: parm parmo
    cauliflower: cauli caulis
    broccoli: brocc
    potato: spuds
    mushroom: shrooms mushies
    coriander: corri
    kenyan: kenya
    """)
    for word in words
}
SYNONYMS: dict[str, str] = {**LEXICON, **_FIRST_ROWS}
# the words a long token may be split into (German and Dutch compounds): not every language's short words
# ("pancake" is no "pan" + "cake")
COMPOUND_SYNONYMS: dict[str, str] = {w: SYNONYMS[w] for w in (*_FIRST_ROWS, *COMPOUND_WORDS) if w in SYNONYMS}
