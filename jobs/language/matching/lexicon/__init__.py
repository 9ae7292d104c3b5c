"""The multilingual trade lexicon: the words customers write food, drink, catering supplies, packaging and
cleaning goods (and a builders' merchant's pipes, cables and fixings: BUILDING_TRADE_WORDS) with, in Polish, Portuguese, Spanish, Romanian, Turkish, Italian, French, German, Dutch,
Lithuanian, Swedish, Greek (Greek script and Greeklish), Ukrainian (Cyrillic), Welsh, Albanian, and transliterated
Urdu/Hindi, Arabic and Persian, Somali, and Amharic and Tigrinya (romanised, and Ge'ez as transliterated), each read as the English word a catalog names the product with. Every foreign word is here, once; synonyms.py adds only English shorthand ("toms", "cauli").

Each language is a table of ``english: words`` rows (one module per language, data only). Two readings:

* exact: a word of a table, accents folded ("orzechów" -> "orzechow"), is its English word;
* inflected: a word no table holds is stemmed with each language's Snowball stemmer and read through the
  stems of that language's table ("niegazowanej" and "niegazowana" share the stem "niegazowan" -> still).

Both sides of a match (catalog strings and order phrases) go through the same reading, so it is symmetric.
Collision guards keep it from inventing meanings: a word two tables read differently is dropped from the
exact reading, a stem that two words of one language with different meanings share is dropped, stems under
four letters are never read, and no English word of the trade (`english.py`, and every table's English
key) is ever re-read as a foreign one. A stem two languages read differently is no reading at all.

A word marked ``!`` in its table ("pan!", "ei!") is read exactly whatever those guards say. A word carries
the mark only when it earns it: `python -m benchmarks.trust` without the mark loses on some set ("latte",
"pan", "pain", "coco", "miel"), or the guard it overrides protects no other reading ("ei", "öl": only too
short; "sal": the singular the matcher makes of "sales"). A word the guards drop for a reading another
language or English has ("polvo": powder or octopus, "rund": round or beef, "grigio" of Pinot Grigio, "vită"
of Vita Coco, "salata" of ricotta salata, "pane", "mere", "plat") is not marked unless a set measures it
(session 12 measured every mark with and without it; tests/test_lexicon.py holds the list).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import snowballstemmer

from jobs.language.matching.lexicon import (
    am,
    ar,
    ca,
    cy,
    de,
    el,
    es,
    eu,
    fa,
    fr,
    ga,
    gl,
    gu,
    it,
    lg,
    lt,
    nl,
    pl,
    pt,
    ro,
    rw,
    so,
    sq,
    sv,
    sw,
    ta,
    tr,
    uk,
    ur,
)
from jobs.language.matching.lexicon.english import ENGLISH_WORDS
from jobs.language.matching.vocabulary import PACK_TOKENS
from jobs.language.scripts import fold_scripts, plain_letters
from jobs.language.tables import table_rows

__all__ = ["COMPOUND_WORDS", "ENGLISH", "LEXICON", "SURE", "guarded", "inflected"]

# language -> (Snowball stemmer name or None when its words are only read exactly, table)
_TABLES: dict[str, tuple[str | None, str]] = {
    "pl": ("polish", pl.TABLE),
    "pt": ("portuguese", pt.TABLE),
    "es": ("spanish", es.TABLE),
    "ro": ("romanian", ro.TABLE),
    "tr": ("turkish", tr.TABLE),
    "it": ("italian", it.TABLE),
    "fr": ("french", fr.TABLE),
    "de": ("german", de.TABLE),
    "nl": ("dutch", nl.TABLE),
    "lt": ("lithuanian", lt.TABLE),
    "sv": (None, sv.TABLE),
    # Greek and Ukrainian are read in Latin letters (scripts.py), which their Snowball stemmers do not read
    "el": (None, el.TABLE),
    "uk": (None, uk.TABLE),
    "ur": (None, ur.TABLE),
    "ar": (None, ar.TABLE),
    "fa": (None, fa.TABLE),
    # Welsh and Albanian have no Snowball stemmer: their tables list the forms (and Welsh mutations) orders use
    "cy": (None, cy.TABLE),
    "sq": (None, sq.TABLE),
    # Somali, Amharic and Tigrinya have no Snowball stemmer either (their joints: jobs/language/horn.py)
    "so": (None, so.TABLE),
    "am": (None, am.TABLE),
    # Swahili, Luganda and Kinyarwanda have none either (their joints: jobs/language/east_african.py)
    "sw": (None, sw.TABLE),
    "lg": (None, lg.TABLE),
    "rw": (None, rw.TABLE),
    "gu": (None, gu.TABLE),  # Gujarati in Latin letters (jobs/language/gujarati_roman.py)
    "ta": (None, ta.TABLE),  # Tamil and Malayalam in Latin letters (jobs/language/dravidian_roman.py)
    # Catalan and Basque (their stemmers), Galician (none; its forms listed): joints in jobs/language/iberian.py
    "ca": ("catalan", ca.TABLE),
    "eu": ("basque", eu.TABLE),
    "gl": (None, gl.TABLE),
    "ga": (
        None,
        ga.TABLE,
    ),  # Irish and Scottish Gaelic, lenited forms listed (joints: jobs/language/gaelic.py)
}
_MIN_STEM = 4
SURE_MARK = "!"  # a table word read exactly whatever the guards say (see the module's docstring)
_MIN_WORD = 3  # a shorter word ("su", "m" from Arabic "ماء") is a letter or a word of another language
# The endings an inflection adds to a stem, per language (folded): a stem hit with another ending is a
# derived word of another meaning ("limonada" is no lemon, "burrata" no butter, "tuzsuz" unsalted).
_ENDINGS: dict[str, frozenset[str]] = {
    lang: frozenset(["", *words.split()])
    for lang, words in {
        "pl": "a e i o u y ow ami ach om em ie iem ego emu ej ym ych ymi im imi owi owy owa owe owej owego owych",
        "pt": "s es a o as os is ais eis oes aes ao e",
        "es": "s es a o as os e",
        "ca": "s es a o as os e",
        "eu": "a ak ko ren rekin ak etan",
        "it": "a e i o he hi ie",
        "fr": "s x e es",
        "de": "e en n er es s ern ens em nen",
        "nl": "en s e n es je jes tje tjes",
        "ro": "ul ului a ele le i ii ilor lor e uri urile ea ei u",
        "tr": "i u si su yi yu lar ler lari leri da de ta te dan den tan ten in un nin nun la le yla yle",
        "lt": "as is ys us a e i o u ai ei ui ia ie io iu os es ams ems oms ims iams iems ioms ais eis iais "
        "omis emis imis ose ese yse uose iuose oje eje yje uje iai ios ius iui ias",
    }.items()
}


def fold(word: str) -> str:
    """A table word as the tokenisers see it: lower case, accents and special letters folded."""
    low = plain_letters(fold_scripts(word.lower().replace("ß", "ss")))
    return "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))


def _rows(table: str) -> list[tuple[str, str]]:
    """(English, folded word) of a table, a word marked ``!`` without its mark; a word that is not one run
    of letters is an error in the data."""
    rows = [(eng, fold(w.rstrip(SURE_MARK))) for eng, words in table_rows(table) for w in words]
    bad = [w for _, w in rows if not w.isalpha() or not w.isascii()]
    if bad:
        raise ValueError(f"lexicon words must be single words: {bad}")
    return rows


def _sure(tables: dict[str, str]) -> dict[str, str]:
    """Folded word -> English of the words marked ``!``: read so whatever the guards say (a short word, an
    English one, one another table reads otherwise: "pan" is bread, "ei" an egg, "miel" honey, not the
    Romanian lamb; when a word may carry the mark: the module's docstring). Two marks that disagree are an
    error in the data."""
    sure: dict[str, str] = {}
    for table in tables.values():
        for eng, words in table_rows(table):
            for w in words:
                if w.endswith(SURE_MARK):
                    word = fold(w.rstrip(SURE_MARK))
                    if sure.setdefault(word, eng) != eng:
                        raise ValueError(f"lexicon word {word!r} marked as {sure[word]!r} and {eng!r}")
    return sure


_ROWS = {lang: _rows(table) for lang, (_, table) in _TABLES.items()}


def _singulars(word: str) -> set[str]:
    """The word and the singulars the matcher's English stem may make of it ("sachets" -> "sachet")."""
    out = {word}
    if word.endswith("ies"):
        out.add(word[:-3] + "y")
    elif word.endswith("es"):
        out.update((word[:-2], word[:-1]))
    elif word.endswith("s"):
        out.add(word[:-1])
    return out


# English words never re-read as foreign ones: the trade's English vocabulary (with its singulars, which the
# matcher reads an English plural as) and every table's key.
ENGLISH: frozenset[str] = frozenset(w for word in ENGLISH_WORDS for w in _singulars(word)) | {
    eng for rows in _ROWS.values() for eng, _ in rows
}


def guarded() -> dict[str, str]:
    """Folded word -> English, over every table, as the guards allow: a word two tables read differently, or
    an English word of the trade with another meaning, is no reading (marks aside)."""
    seen: dict[str, set[str]] = {}
    for rows in _ROWS.values():
        for eng, word in rows:
            seen.setdefault(word, set()).add(eng)
    return {
        word: next(iter(engs))
        for word, engs in seen.items()
        if len(engs) == 1 and (word not in ENGLISH or word in engs) and len(word) >= _MIN_WORD
    }


SURE: dict[str, str] = _sure({lang: table for lang, (_, table) in _TABLES.items()})
LEXICON: dict[str, str] = guarded() | SURE
# Words German and Dutch compounds are made of ("Sonnenblumenöl", "volkorenmeel"): only those languages
# join words, so only their words split a long token.
COMPOUND_WORDS: frozenset[str] = frozenset(w for lang in ("de", "nl") for _, w in _ROWS[lang] if len(w) >= 3)

_STEMMERS = {lang: snowballstemmer.stemmer(name) for lang, (name, _) in _TABLES.items() if name is not None}


def _stems(lang: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Stem -> (English, the table words of that stem) for one language; a stem its words read two ways is
    no reading."""
    stemmer = _STEMMERS[lang]
    seen: dict[str, dict[str, set[str]]] = {}
    for eng, word in _ROWS[lang]:
        if eng in PACK_TOKENS:  # a pack word is no content: a look-alike read as one loses its product
            continue
        for form in {word, stemmer.stemWord(word)}:
            if len(form) >= _MIN_STEM:
                seen.setdefault(form, {}).setdefault(eng, set()).add(word)
    return {
        s: (eng, tuple(sorted(words))) for s, by in seen.items() if len(by) == 1 for eng, words in by.items()
    }


_STEM_TABLES = {lang: _stems(lang) for lang in _STEMMERS}
# the first three letters of every stem of a language: a word starting otherwise is not stemmed at all
_PREFIXES = {lang: frozenset(s[:3] for s in stems) for lang, stems in _STEM_TABLES.items()}


def _inflection(tok: str, word: str, endings: frozenset[str]) -> bool:
    """``tok`` and the table ``word`` are one base with inflection endings ("celeris"/"celeri",
    "pomidorami"/"pomidor"); a base whose last letter alternates (Turkish "yoğurdu"/"yoğurt") is listed."""
    common = 0
    for a, b in zip(tok, word, strict=False):
        if a != b:
            break
        common += 1
    return common >= _MIN_STEM - 1 and tok[common:] in endings and word[common:] in endings


@lru_cache(maxsize=65536)
def inflected(tok: str) -> str | None:
    """The English word an inflected foreign word is ("pomidorami" -> tomato), or None: no language's
    stem of it is in that language's table, languages disagree, or the word is English or too short."""
    if len(tok) < _MIN_STEM + 1 or not tok.isalpha() or tok in ENGLISH:
        return None
    found: set[str] = set()
    head = tok[:3]
    for lang, stems in _STEM_TABLES.items():
        if head not in _PREFIXES[lang]:
            continue
        hit = stems.get(_STEMMERS[lang].stemWord(tok))
        if hit is not None and any(_inflection(tok, word, _ENDINGS[lang]) for word in hit[1]):
            found.add(hit[0])
    return found.pop() if len(found) == 1 else None
