"""Normalisation shared by catalog strings and order phrases: accents, plurals, pack words, translations,
German compounds, and sizes pulled out (``330 ml`` -> ``330ml``)."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

from rapidfuzz.distance import OSA

from jobs.language.extraction import SIZE_WORDS, find_sizes, normalize_unit
from jobs.language.extraction.codes import CATALOG_STEPS, CODE_WORD
from jobs.language.extraction.patterns import SIZE_RE
from jobs.language.extraction.sizes import SPELL_STEPS, canonical_size, dec
from jobs.language.matching.batch import SEP, Batch
from jobs.language.matching.lexicon import ENGLISH, inflected
from jobs.language.matching.synonyms import COMPOUND_SYNONYMS, SYNONYMS
from jobs.language.matching.vocabulary import (
    COMPOUND_PARTS,
    IRREGULAR_PLURALS,
    PACK_TOKENS,
    PHRASE_SYNONYMS,
    SIZE_STRIP_RE,
    STOP,
)
from jobs.language.rewrites import Step, rewrite
from jobs.language.scripts import fold_scripts, plain_letters

# German "Größe" (size) would lose its umlaut and read as "grosse" (large, "große"): it is the word size.
_SIZE_NOUN = re.compile(r"\bgr[öÖ](?:ß|ss)en?\b")


def strip_accents(text: str) -> str:
    """Latin letters without their accents, other scripts in Latin letters (jobs/language/scripts.py)."""
    text = plain_letters(fold_scripts(_SIZE_NOUN.sub("size", text).replace("ß", "ss")))
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def stem(tok: str) -> str:
    if tok[0].isdigit():
        return re.sub(r"(?<=\d)s$", "", tok)
    if len(tok) <= 3:
        return tok
    if tok in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[tok]
    if tok.endswith("ies") and len(tok) > 4:
        return tok[:-3] + "y"
    if tok.endswith("oes"):
        return tok[:-2]
    if tok.endswith(("ches", "shes", "xes", "sses")):
        return tok[:-2]
    if tok.endswith("s") and not tok.endswith(("ss", "us", "is")):
        return tok[:-1]
    return tok


def canon_token(tok: str, translate: bool = True) -> str:
    if translate and tok in SYNONYMS:
        return SYNONYMS[tok]
    if tok in SIZE_WORDS:
        return SIZE_WORDS[tok]
    unit = normalize_unit(tok)
    if unit is not None and unit in PACK_TOKENS:
        return unit
    stemmed = stem(tok)
    if translate and stemmed in SYNONYMS:
        return SYNONYMS[stemmed]
    unit = normalize_unit(stemmed)
    if unit is not None and unit in PACK_TOKENS:
        return unit
    if translate and stemmed not in ENGLISH:
        return inflected(tok) or stemmed
    return stemmed


def tokens(text: str, translate: bool = True) -> tuple[list[str], list[str]]:
    """(content tokens, canonical sizes) of a catalog string or an order phrase (cached; copies)."""
    toks, sizes = tokens_cached(text, translate)
    return list(toks), list(sizes)


@lru_cache(maxsize=8192)
def tokens_cached(text: str, translate: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(content tokens, canonical sizes) of a catalog string or an order phrase.

    ``translate`` False keeps foreign words as written (no synonym table): the "surface" form, used to tell
    a catalog string that is itself a translation ("olio") from an English one."""
    low = strip_accents(text.lower())
    sizes = find_sizes(low)
    low = _tidy(rewrite(low, _RULES if translate else _SURFACE_RULES))
    out: list[str] = []
    for tok in _TOKEN_RE.findall(low):
        if tok in STOP:
            continue
        parts = decompound(tok) if translate else None
        if parts:
            out.extend(parts)
        else:
            out.append(canon_token(tok, translate))
    return tuple(out), tuple(sizes)


def single_edit(typed: str, word: str) -> bool:
    """SINGLE_EDIT: "hoisen" for hoisin, "kikoman" for kikkoman, "strawbery": one letter wrong, missing,
    extra or swapped in a word of six letters or more that keeps its first two letters and its last. A
    real word one edit from a catalog word ("pears", "pearls") is shorter or changes its ends far more often."""
    return (
        len(typed) >= 6
        and typed[:2] == word[:2]
        and typed[-1] == word[-1]
        and OSA.distance(typed, word, score_cutoff=1) == 1
    )


def is_number(tok: str) -> bool:
    return tok[0].isdigit()


# TYPE_NUMBER_WORD: a three- or four-digit number made a German adjective ("550er", "1050er": the Type 550
# flour) is the product's name, as a brand is; "10er", "20er" (a pack of ten, of twenty) stay numbers.
_TYPE_NUMBER_WORD = re.compile(r"\d{3,4}er")


def is_content(tok: str) -> bool:
    """A token that names the product (not a pack word, not a bare size number; "00" flour counts, a lone
    "0" does not: the "12/0" of a shade is a number like the "12/1" of its sibling; TYPE_NUMBER_WORD)."""
    return tok not in PACK_TOKENS and (
        not is_number(tok)
        or (tok.startswith("0") and tok != "0")
        or _TYPE_NUMBER_WORD.fullmatch(tok) is not None
    )


def decompound(tok: str) -> list[str] | None:
    if len(tok) < 7 or not tok.isalpha() or tok in SYNONYMS or stem(tok) in SYNONYMS or inflected(tok):
        return None
    for i in range(3, len(tok) - 1):
        left, right = tok[:i], tok[i:]
        for lpart in (left, left[:-1] if left.endswith(("s", "n")) else None):
            if not lpart:
                continue
            lt = COMPOUND_PARTS.get(lpart) or COMPOUND_SYNONYMS.get(lpart)
            rt = (
                COMPOUND_PARTS.get(right)
                or COMPOUND_SYNONYMS.get(right)
                or COMPOUND_SYNONYMS.get(stem(right))
            )
            if lt and rt:
                return [lt, rt]
    return None


_SEP_RE = re.compile(re.escape(SEP))
# A strength or a code names the product, it is no size or count: "54%" -> pct54, flour "T55" -> t55.
_PERCENT_RE = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")
_WORD = r"\bpct\d+(?:\.\d+)?|" + CODE_WORD + r"|\d+(?:\.\d+)?[a-z]*|[a-z]+"
_TOKEN_RE = re.compile(_WORD)
_BATCH_TOKEN_RE = re.compile(r"\x00|" + _WORD)
_HALF_RE = re.compile(r"\bhalf\s+(?:a\s+)?(?:litre|liter|l)\b")


def _percent_word(m: re.Match[str]) -> str:
    return " pct" + m.group(1).replace(",", ".") + " "


# The text rules of both tokenisers, in order (jobs/language/rewrites.py), after the sizes are read: the
# sizes stripped, the phrases translated (not in the surface form), strengths and codes made one word.
_STRIP_SIZES: tuple[Step, ...] = ((None, SIZE_STRIP_RE, " "), (("half",), _HALF_RE, " "))
_ONE_WORD: tuple[Step, ...] = (("%", _PERCENT_RE, _percent_word), *CATALOG_STEPS)  # CATALOG: join_numbered
_SURFACE_RULES: tuple[Step, ...] = (*_STRIP_SIZES, *_ONE_WORD)
_RULES: tuple[Step, ...] = (*_STRIP_SIZES, *((None, rx, rep) for rx, rep in PHRASE_SYNONYMS), *_ONE_WORD)


def _tidy(text: str) -> str:
    """The rewritten text as the token pattern reads it: apostrophes gone, "&" a space, "," a point."""
    return text.replace("'", "").replace("&", " ").replace(",", ".")


_canon_cache: dict[str, tuple[str, ...]] = {}


def _canon_raw(tok: str) -> tuple[str, ...]:
    """The tokens one raw word of a text becomes (translating): none for a stop word, two for a compound."""
    hit = _canon_cache.get(tok)
    if hit is None:
        if tok in STOP:
            hit = ()
        else:
            parts = decompound(tok)
            hit = tuple(parts) if parts else (canon_token(tok),)
        if len(_canon_cache) > 200_000:
            _canon_cache.clear()
        _canon_cache[tok] = hit
    return hit


def tokens_many(texts: list[str]) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """(content tokens, canonical sizes) of many catalog strings at once (``tokens(text)`` of each,
    translating): the text rules run once over all of them, joined by a separator no rule reads across,
    and each raw word is canonicalised once. Builds a 20,000-product index in a fraction of a second."""
    if not texts:
        return [], []
    lowered = (t.replace(SEP, " ").lower() for t in texts)
    batch = Batch(SEP.join(t if t.isascii() else strip_accents(t) for t in lowered))
    sizes = _sizes_many(batch.text, len(texts))
    batch.apply(_RULES)
    low = _tidy(batch.text)
    out: list[tuple[str, ...]] = []
    cur: list[str] = []
    cache = _canon_cache
    for raw in _BATCH_TOKEN_RE.findall(low):
        if raw == SEP:
            out.append(tuple(cur))
            cur = []
        else:
            hit = cache.get(raw)  # (most words were read before: no call)
            cur.extend(_canon_raw(raw) if hit is None else hit)
    out.append(tuple(cur))
    return out, sizes


def _sizes_many(low: str, n: int) -> list[tuple[str, ...]]:
    """`find_sizes` of each text of a separator-joined blob."""
    out: list[tuple[str, ...]] = [()] * n
    batch = Batch(low.lower())
    batch.apply(SPELL_STEPS)  # spell_sizes
    text = batch.text
    if not any(c in text for c in "0123456789"):
        return out
    seps = [m.start() for m in _SEP_RE.finditer(text)]
    canon: dict[tuple[str, str], str | None] = {}
    for m in batch.pattern(SIZE_RE).finditer(text):
        key = (m.group(1), m.group(2))
        size = canon.get(key, "")
        if size == "":
            value = dec(key[0])
            size = canon[key] = None if value is None or value == 0 else canonical_size(value, key[1])
        if size:
            k = bisect_right(seps, m.start())
            if size not in out[k]:
                out[k] = (*out[k], size)
    return out
