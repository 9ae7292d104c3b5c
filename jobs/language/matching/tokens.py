"""Normalisation shared by catalog strings and order phrases: accents, plurals, pack words, translations,
German compounds, and sizes pulled out (``330 ml`` -> ``330ml``)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from jobs.language.extraction import SIZE_WORDS, find_sizes, normalize_unit
from jobs.language.matching.vocabulary import (
    COMPOUND_PARTS,
    PACK_TOKENS,
    PHRASE_SYNONYMS,
    SIZE_STRIP_RE,
    STOP,
    SYNONYMS,
)


def strip_accents(text: str) -> str:
    text = text.replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def stem(tok: str) -> str:
    if tok[0].isdigit():
        return re.sub(r"(?<=\d)s$", "", tok)
    if len(tok) <= 3:
        return tok
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
    low = SIZE_STRIP_RE.sub(" ", low)
    low = re.sub(r"\bhalf\s+(?:a\s+)?(?:litre|liter|l)\b", " ", low)
    if translate:
        for rx, rep in PHRASE_SYNONYMS:
            low = rx.sub(rep, low)
    low = low.replace("'", "").replace("&", " ")
    raw = re.findall(r"\d+(?:\.\d+)?[a-z]*|[a-z]+", low.replace(",", "."))
    out: list[str] = []
    for tok in raw:
        if tok in STOP:
            continue
        parts = decompound(tok) if translate else None
        if parts:
            out.extend(parts)
        else:
            out.append(canon_token(tok, translate))
    return tuple(out), tuple(sizes)


def is_number(tok: str) -> bool:
    return tok[0].isdigit()


def is_content(tok: str) -> bool:
    """A token that names the product (not a pack word, not a bare size number; "00" flour counts)."""
    return tok not in PACK_TOKENS and (not is_number(tok) or tok.startswith("0"))


def decompound(tok: str) -> list[str] | None:
    if len(tok) < 7 or not tok.isalpha() or tok in SYNONYMS or stem(tok) in SYNONYMS:
        return None
    for i in range(3, len(tok) - 1):
        left, right = tok[:i], tok[i:]
        for lpart in (left, left[:-1] if left.endswith(("s", "n")) else None):
            if not lpart:
                continue
            lt = COMPOUND_PARTS.get(lpart) or SYNONYMS.get(lpart)
            rt = COMPOUND_PARTS.get(right) or SYNONYMS.get(right) or SYNONYMS.get(stem(right))
            if lt and rt:
                return [lt, rt]
    return None
