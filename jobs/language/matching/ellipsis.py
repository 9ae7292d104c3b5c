"""Lines that say only part of an item, read with their neighbours. VARIANT_OF_PREVIOUS: "3 boxes of ivory
sugarpaste, 2 white, 1 black": a line that says only a variant's colour or size names that variant of the
product on the line before it (VARIANT_OF_NEXT: "2 red and 2 blue chopping boards", of the line after it).
VARIANT_NOTE: "nitrile gloves blue, size M", "house red, 6 bottle case": a part with no count of its own names
the variant of the line before it. SIBLING_OF_PREVIOUS: "2 x white sugar sticks, 1 x brown". SIZE_FOR_ALL: "6
cases still and 6 cases sparkling, the large bottles please": a closing part that says only a size class (and a
container) is the size of the lines before it whose variant is not named."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from jobs.language.matching.evidence import Ambiguity, LineMatch, MatchKind
from jobs.language.matching.packs import pack_count_of
from jobs.language.matching.sizing import variant_by_code, variant_by_words, variant_words
from jobs.language.matching.tokens import is_content, tokens
from jobs.language.matching.vocabulary import PACK_TOKENS, SINGLE_UNITS, SIZE_LABELS

if TYPE_CHECKING:
    from jobs.language.matching.catalog import CatalogProduct, CatalogVariant
    from jobs.language.matching.index import CatalogIndex

VARIANT_OF_PREVIOUS = "VARIANT_OF_PREVIOUS"
SIZE_FOR_ALL = "SIZE_FOR_ALL"
VARIANT_NOTE = "VARIANT_NOTE"
VARIANT_OF_NEXT = "VARIANT_OF_NEXT"
SIBLING_OF_PREVIOUS = "SIBLING_OF_PREVIOUS"


def read_ellipses(index: CatalogIndex, matches: Sequence[LineMatch]) -> list[LineMatch]:
    """VARIANT_NOTE, VARIANT_OF_PREVIOUS, SIBLING_OF_PREVIOUS, then SIZE_FOR_ALL."""
    return size_for_all(index, siblings(index, carry_variants(index, attach_variant_notes(index, matches))))


def siblings(index: CatalogIndex, matches: list[LineMatch]) -> list[LineMatch]:
    """SIBLING_OF_PREVIOUS: "2 x white sugar sticks, 1 x brown": a one-word line that fits several products
    (or none) names the one the line before it names with that word in place of one of its words ("brown
    sugar sticks"), when that reading names a product of the same category exactly and, if the line fitted
    several, one of them."""
    out = list(matches)
    for i in range(1, len(out)):
        prev, m = out[i - 1], out[i]
        words = m.line.phrase.split()
        if len(words) != 1 or not m.line.understood or (m.resolved_sku is not None and not m.is_ambiguous):
            continue
        own = prev.line.phrase.split()
        if prev.product is None or prev.is_ambiguous or prev.kind is not MatchKind.EXACT or len(own) < 2:
            continue
        fitted = set(m.candidates) if m.ambiguity is Ambiguity.PRODUCTS else None
        kin = [
            p for s in fitted or () if (p := index.product_by_sku(s)) and p.category == prev.product.category
        ]
        if sum(_names(p, words[0]) for p in kin) > 1:
            continue  # "1 raspberry" after "1 mango purée": the purée, the frozen fruit or the jam
        for j in range(len(own)):
            phrase = " ".join([*own[:j], words[0], *own[j + 1 :]])
            again = index.match(replace(m.line, phrase=phrase))
            sku = again.resolved_sku
            if (
                again.kind is not MatchKind.EXACT
                or sku is None
                or again.is_ambiguous
                or sku == prev.product.sku
            ):
                continue
            if fitted is not None and sku not in fitted:
                continue
            if again.product is None or again.product.category != prev.product.category:
                continue  # "3 whole salmon and 200 prawns": not the whole prawns
            reason = f"{again.reason}; {SIBLING_OF_PREVIOUS}: '{m.line.phrase}' after '{prev.line.phrase}'"
            out[i] = replace(again, reason=reason)
            break
    return out


def attach_variant_notes(index: CatalogIndex, matches: Sequence[LineMatch]) -> list[LineMatch]:
    """VARIANT_NOTE: "2 boxes nitrile gloves blue, size M": a part with no count of its own that says only a
    variant of the line before it, whose variant was not named, is that line's variant, not a line."""
    out: list[LineMatch] = []
    for m in matches:
        prev = out[-1] if out else None
        if prev is None or prev.product is None or prev.ambiguity is not Ambiguity.VARIANT:
            out.append(m)
            continue
        pack = _pack_note(prev.product, m)
        if pack is not None:  # "3 cases house red, 6 bottle case": the case of 6, not 6 bottles more
            n = format(m.line.quantity.normalize(), "f")
            again = index.match(replace(prev.line, phrase=f"{prev.line.phrase} {n}s"))
            if again.product is prev.product and again.variant is pack and not again.is_ambiguous:
                out[-1] = replace(again, reason=f"{again.reason}; {VARIANT_NOTE}: '{m.line.original_text}'")
                continue
        words = [t for t in tokens(m.line.phrase)[0] if is_content(t) and t not in SIZE_LABELS]
        if m.line.quantity_explicit or not m.line.understood or not words or len(words) > 2:
            out.append(m)
            continue
        variant = variant_by_words(prev.product, words)
        if variant is None:
            out.append(m)
            continue
        again = index.match(replace(prev.line, phrase=f"{prev.line.phrase} {' '.join(words)}"))
        if again.is_ambiguous or again.product is None or again.product.sku != prev.product.sku:
            out.append(m)
            continue
        if again.variant is None or again.variant.id != variant.id:
            out.append(m)
            continue
        out[-1] = replace(again, reason=f"{again.reason}; {VARIANT_NOTE}: '{m.line.original_text}'")
    return out


def _pack_note(product: CatalogProduct, m: LineMatch) -> CatalogVariant | None:
    """The variant a part like "6 bottle case" or "12 bottle cases" names by its pack, when the part says
    nothing else and one variant of the line before holds that many."""
    if m.line.unit not in SINGLE_UNITS or not all(
        t in PACK_TOKENS for t in tokens(m.line.phrase)[0] or ["-"]
    ):
        return None
    n = m.line.quantity
    named = [v for v in product.variants if pack_count_of(product, v) == n]
    return named[0] if len(named) == 1 else None


def size_for_all(index: CatalogIndex, matches: list[LineMatch]) -> list[LineMatch]:
    """The lines before a closing size note ("the large bottles please") read with its size class; the note
    goes when it named the variant of at least one of them."""
    if len(matches) < 2:
        return matches
    note = matches[-1].line
    words = set(tokens(note.phrase)[0]) - PACK_TOKENS - {"one", "ones"}
    if matches[-1].product is not None or note.quantity_explicit or note.size is None or words:
        return matches
    out, named = list(matches[:-1]), False
    for i, m in enumerate(out):
        if m.product is None or m.variant is not None or m.ambiguity is not Ambiguity.VARIANT:
            continue
        again = index.match(replace(m.line, size=note.size))
        if again.variant is not None and again.product is not None and again.product.sku == m.product.sku:
            out[i] = replace(again, reason=f"{again.reason}; {SIZE_FOR_ALL}: '{note.original_text}'")
            named = True
    return out if named else list(matches)


def _names(product: CatalogProduct, word: str) -> bool:
    """The word is a word of the product's name (as the matcher reads both)."""
    return bool(set(tokens(word)[0]) & set(tokens(product.name)[0]))


def carry_variants(index: CatalogIndex, matches: Sequence[LineMatch]) -> list[LineMatch]:
    """Each line that names nothing but a variant of the previous line's product, given that product; then
    VARIANT_OF_NEXT: "2 red and 2 blue chopping boards": a variant alone before a line of the same part
    that names the product is that product's variant."""
    out = list(matches)
    base = [_product_words(m) for m in out]  # the words that name each line's product
    for i in range(1, len(out)):
        prev, m = out[i - 1], out[i]
        variant = _only_a_variant(prev, m)
        if variant is not None and prev.product is not None and _names_alone(index, prev, base[i - 1], m):
            base[i] = base[i - 1]
            reason = (
                f"{VARIANT_OF_PREVIOUS}: '{m.line.original_text}' after '{prev.line.phrase}': "
                f"{prev.product.sku} {variant.name}"
            )
            out[i] = _as_variant_of(prev, m, variant, reason)
    for i in range(len(out) - 1):
        m, nxt = out[i], out[i + 1]
        if nxt.variant is None or nxt.product is None or nxt.product.sku not in m.candidates:
            continue  # only a line that fits the next line's product among others ("red": the boards too)
        variant = _only_a_variant(nxt, m)
        if variant is not None and nxt.product is not None and variant.id != nxt.variant.id:
            reason = f"{VARIANT_OF_NEXT}: '{m.line.phrase}' before '{nxt.line.phrase}': {nxt.product.sku} {variant.name}"
            out[i] = _as_variant_of(nxt, m, variant, reason)
    return out


def _as_variant_of(named: LineMatch, m: LineMatch, variant: CatalogVariant, reason: str) -> LineMatch:
    """Line ``m`` read as ``variant`` of the product its neighbour ``named`` names, as sure as that line. It
    now names one product and variant, so what its own reading said goes: its ambiguity and the products
    it fitted, the kind of match its own words made (the rule in ``reason`` named it, not they) and any
    unread mark (it is read now). Its own line and runners-up stay."""
    return replace(
        m,
        product=named.product,
        variant=variant,
        confidence=named.confidence,
        reason=reason,
        ambiguity=Ambiguity.NONE,
        candidates=(),
        kind=None,
        unread=None,
    )


def _product_words(m: LineMatch) -> str:
    """The words of a line that name its product: its phrase without its variant's words."""
    if m.product is None or m.variant is None:
        return m.line.phrase
    variant_id = m.variant.id
    own = set().union(*(w for v, w in variant_words(m.product) if v.id == variant_id))
    return " ".join(w for w in m.line.phrase.split() if not (set(tokens(w)[0]) & own))


def _names_alone(index: CatalogIndex, prev: LineMatch, words: str, m: LineMatch) -> bool:
    """VARIANT_OF_PREVIOUS reads the line as the line before's product words with its own ("forminhas gold x2
    and white x3": "forminhas white"): that reading must name the same product alone. The gold forminhas are
    the nº4 only, but white ones are the nº4 and the nº5: the line before's product was chosen by its colour,
    which the next line does not say."""
    if prev.variant is None or prev.product is None:
        return True  # the line before named its product by its own words
    if not any(is_content(t) for t in tokens(m.line.phrase)[0]):
        return True  # "Koleston 6/0 x3, 8/0 x2": a shade code alone (VARIANT_BY_CODE) is the product's own
    again = index.match(replace(m.line, phrase=f"{words} {m.line.phrase}".strip()))
    return (
        again.product is not None
        and again.product.sku == prev.product.sku
        and again.ambiguity is not Ambiguity.PRODUCTS
    )


def _only_a_variant(named: LineMatch, m: LineMatch) -> CatalogVariant | None:
    """The variant of ``named``'s product that line ``m`` says and says nothing more than."""
    product = named.product
    if product is None or named.is_ambiguous or len(product.variants) < 2:
        return None
    if m.resolved_sku is not None and not m.is_ambiguous or not m.line.understood:
        return None  # the line names a product of its own
    words = [t for t in tokens(m.line.phrase)[0] if is_content(t)]
    if not words:  # "Koleston 6/0 x3, 8/0 x2": a shade alone (VARIANT_BY_CODE)
        return variant_by_code(product, m.line.phrase)
    variant = variant_by_words(product, words)
    if variant is None:
        return None
    said = set().union(*(w for v, w in variant_words(product) if v.id == variant.id))
    return variant if set(words) <= said else None  # "2 white sugar" says more than a colour
