"""Product matching: an extracted order line -> a catalog product (and variant) with an honest confidence.

Deterministic and catalog-driven, so it can run as the local AI provider for every tenant. The catalog is
compiled once into a `CatalogIndex` (normalised token lists, IDF weights, sizes, pack formats, families
of same-product-different-size siblings) that jobs/pipeline/catalog_cache.py keeps per tenant.

How a line is scored:

1. The product phrase is normalised the same way as the catalog text: accents stripped, plurals folded,
   pack words canonical (``latas`` -> ``can``), a small es/fr/de/it -> en food vocabulary applied, sizes
   pulled out (``330 ml`` -> ``330ml``).
2. Every catalog string (name, aliases, training-example phrases, keywords, variant aliases, category
   keywords) that shares a token with the phrase, exactly or by typo distance (rapidfuzz), is scored by
   IDF-weighted recall of the phrase tokens and precision of the catalog tokens; the field weight
   (name/alias 1.0 ... category keyword 0.6) scales it. A product scores its best string.
3. Size and pack evidence adjust the score: a size that contradicts the product (330ml vs 1.5L) halves
   it; an agreeing size or pack ("cases" for a product sold by the case) adds a little.
4. Products the phrase names *completely* (a catalog string with exactly the phrase's product words:
   "coke" -> "coke can" and "coke 1.5") must be told apart by evidence in the line: size, a bare size
   number ("coke 1.5"), or the pack ("cases" - the 1.5L is sold by the pack). A string the line explains
   entirely (alias "tomatoes") beats one that merely shares the words (keyword "tomato" of cherry
   tomatoes) unless the two are the same product in different sizes. Whatever is still undecided is
   *ambiguous*: confidence capped at 0.6, the candidates listed as alternatives, and `resolved_sku` None.
   The same holds for a product sold in several variants when the line names none.
5. Otherwise confidence is the score, lowered when the runner-up is close and capped at 0.9 when a word
   was only read through a typo. Below the floor nothing matches: product None, confidence 0, reason
   "no catalog match" (the line is kept for the reviewer).

6. Generalisation guards: a word that no product's own strings name exactly but several product names
   hold ("oil") is ambiguous between those products; a translated catalog string ("olio") only matches
   the same word, not its English meaning; a size word ("big", "small") picks the sibling whose strings
   use it and, when the product has no such size ("big sprite"), keeps the line below RESOLVE_FLOOR; a
   bare count of a product sold in packs of N >= 10 ("60 eggs", tray of 30) converts to packs when it
   fills whole packs and is not confident otherwise.

Confidence bands: exact alias + agreeing size >= 0.95; typo-level fuzzy 0.8-0.9; ambiguous < 0.7.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from jobs.language.extraction import (
    SIZE_WORDS,
    OrderLine,
    extract_lines,
    find_sizes,
    normalize_unit,
    size_value,
)

__all__ = [
    "CatalogVariant",
    "CatalogProduct",
    "LineMatch",
    "CatalogIndex",
    "load_catalog_json",
    "catalog_quantity",
    "NO_MATCH_REASON",
    "NOT_UNDERSTOOD_REASON",
    "MATCH_FLOOR",
    "AMBIGUOUS_CAP",
    "RESOLVE_FLOOR",
]

NO_MATCH_REASON = "no catalog match"
NOT_UNDERSTOOD_REASON = "part of the message was not understood"
UNREAD_CAP = 0.5  # a not-understood part is a hint for the reviewer, never an order line acted on
MATCH_FLOOR = 0.62  # best score below this -> no product
AMBIGUOUS_MARGIN = 0.06  # runner-up this close to the best -> ambiguous
AMBIGUOUS_CAP = 0.6  # confidence ceiling for ambiguous lines


@dataclass(frozen=True)
class CatalogVariant:
    id: str
    name: str
    variant_type: str
    ai_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class CatalogProduct:
    id: str
    sku: str
    name: str
    unit: str | None
    unit_price: Decimal | None
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    ai_training_examples: tuple[str, ...] = ()
    category: str | None = None
    category_keywords: tuple[str, ...] = ()
    variants: tuple[CatalogVariant, ...] = ()


@dataclass(frozen=True)
class LineMatch:
    """The outcome for one line; product None means it matched nothing and is kept for a reviewer."""

    line: OrderLine
    product: CatalogProduct | None
    variant: CatalogVariant | None
    confidence: float
    reason: str
    alternatives: tuple[tuple[str, float], ...] = ()  # (sku, score) runners-up

    @property
    def is_ambiguous(self) -> bool:
        """Several products fit equally well; the product is only a best guess."""
        return self.reason.startswith("ambiguous")

    @property
    def resolved_sku(self) -> str | None:
        """The SKU to act on without a human: None when unmatched, ambiguous or below RESOLVE_FLOOR."""
        if self.product is None or (self.is_ambiguous and not self.reason.startswith("ambiguous variant")):
            return None
        if self.confidence < RESOLVE_FLOOR and not self.is_ambiguous:
            return None
        return self.product.sku

    @property
    def catalog_quantity(self) -> Decimal:
        """The line's quantity in the product's selling unit (2 kg coffee -> 2 x 1kg bags)."""
        if self.product is None:
            return self.line.quantity
        return catalog_quantity(self.line, self.product)


# --------------------------------------------------------------------------------------------------
# Normalisation shared by catalog strings and order phrases
# --------------------------------------------------------------------------------------------------

# es / fr / de / it food & drink words -> the English stem the catalog most likely uses.
_SYNONYMS: dict[str, str] = {}


def _syn(target: str, *words: str) -> None:
    for w in words:
        _SYNONYMS[w] = target


_syn("tomato", "tomate", "tomates", "pomodoro", "pomodori", "tomaten")
_syn("onion", "cebolla", "cebollas", "oignon", "oignons", "zwiebel", "zwiebeln", "cipolla", "cipolle")
_syn("potato", "patata", "patatas", "patate", "kartoffel", "kartoffeln", "papa", "papas")
_syn("lemon", "limon", "limones", "citron", "citrons", "zitrone", "zitronen", "limone", "limoni")
_syn("lime", "lima", "limas", "limette", "limetten", "citronvert", "lime")
_syn("egg", "huevo", "huevos", "oeuf", "oeufs", "ei", "eier", "uovo", "uova")
_syn("milk", "leche", "lait", "milch", "latte")
_syn("cheese", "queso", "fromage", "kase", "kaese", "formaggio")
_syn("flour", "harina", "farine", "mehl", "farina")
_syn("sugar", "azucar", "sucre", "zucker", "zucchero")
_syn("rice", "arroz", "riz", "reis", "riso")
_syn("oil", "aceite", "huile", "ol", "oel", "olio")
_syn("olive", "oliva", "oliven")
_syn("water", "agua", "eau", "wasser", "acqua")
_syn("sparkling", "gazeuse", "gazeux", "frizzante", "sprudel", "petillante", "gasata", "gassata")
_syn("still", "plate", "naturale", "stilles")
_syn("beer", "cerveza", "biere", "bier", "birra")
_syn("wine", "vino", "vin", "wein")
_syn("red", "tinto", "rouge", "rot", "rosso")
_syn("white", "blanco", "blanc", "weiss", "bianco")
_syn("juice", "zumo", "jugo", "jus", "saft", "succo")
_syn("orange", "naranja", "arancia", "orangen")
_syn("apple", "manzana", "pomme", "apfel", "mela")
_syn("chicken", "pollo", "poulet", "hahnchen", "huhn")
_syn("breast", "pechuga", "brust", "petto")
_syn("beef", "ternera", "boeuf", "rind", "rindfleisch", "manzo")
_syn("mince", "picada", "hache", "hackfleisch", "macinato", "macinata")
_syn("butter", "mantequilla", "beurre", "burro")
_syn("cream", "nata", "creme", "sahne", "panna")
_syn("bread", "pan", "pain", "brot", "pane")
_syn("napkin", "servilleta", "servilletas", "serviette", "servietten", "tovagliolo", "tovaglioli")
_syn(
    "bottle",
    "botellin",
    "botellines",
    "botella",
    "botellas",
    "bouteille",
    "bouteilles",
    "flasche",
    "flaschen",
    "bottiglia",
    "bottiglie",
)
_syn("shredded", "rapee", "rape", "grattugiata", "gerieben", "rallado", "rallada")
_syn("chopped", "concassee", "concassees", "triturado", "triturados", "gehackt")
_syn("mozzarella", "mozzarelle", "mozarela", "mozarella", "mozzarela")
_syn("block", "blocco", "blocchi", "bloque", "bloques", "bloc", "blocs", "block", "blocke", "bloecke")
_syn("coffee", "cafe", "kaffee", "caffe")
_syn("bean", "grano", "granos", "grani", "grain", "grains", "bohne", "bohnen", "chicchi")
_syn(
    "cherry",
    "cereza",
    "cerezas",
    "cerise",
    "cerises",
    "ciliegia",
    "ciliegie",
    "ciliegino",
    "ciliegini",
    "kirsch",
)
_syn("rum", "ron", "rhum")
_syn("gin", "ginebra")
_syn("whole", "entera", "entero", "entier", "entiere", "voll", "vollmilch", "intero", "intera")
_syn("skimmed", "desnatada", "desnatado", "ecreme", "entrahmt", "scremato", "scremata")
_syn("semi", "semidesnatada", "demi-ecreme", "parzialmente")
_syn("lettuce", "lechuga", "laitue", "salat", "kopfsalat", "lattuga")
_syn("avocado", "aguacate", "aguacates", "avocat", "avocats", "avocados")
_syn("sunflower", "girasol", "tournesol", "sonnenblumen", "sonnenblume", "girasole")
_syn("yoghurt", "yogur", "yaourt", "joghurt", "yogurt")
_syn("greek", "griego", "griega", "grec", "grecque", "griechisch", "griechischer", "greco")
_syn("pasta", "pates", "nudeln")
_syn("cup", "vaso", "vasos", "gobelet", "gobelets", "tazza", "bicchiere", "bicchieri")
_syn("bun", "panecillo", "panecillos", "brotchen", "panino", "panini")
_syn("juice", "succhi")
_syn("potato", "kartoffel")
_syn("tonic", "tonica")

# German compounds are read as their parts when both are known food words ("Hähnchenbrust" -> chicken
# breast, "Kaffeebohnen" -> coffee bean, "Olivenöl" -> olive oil).
_COMPOUND_PARTS: dict[str, str] = {
    "rinder": "beef",
    "huhner": "chicken",
    "hahnchen": "chicken",
    "hack": "mince",
    "mineral": "mineral",
    "pizza": "pizza",
    "sahne": "cream",
    "schlag": "double",
    "brust": "breast",
    "ol": "oil",
}


def _decompound(tok: str) -> list[str] | None:
    if len(tok) < 7 or not tok.isalpha() or tok in _SYNONYMS or _stem(tok) in _SYNONYMS:
        return None
    for i in range(3, len(tok) - 1):
        left, right = tok[:i], tok[i:]
        for lpart in (left, left[:-1] if left.endswith(("s", "n")) else None):
            if not lpart:
                continue
            lt = _COMPOUND_PARTS.get(lpart) or _SYNONYMS.get(lpart)
            rt = _COMPOUND_PARTS.get(right) or _SYNONYMS.get(right) or _SYNONYMS.get(_stem(right))
            if lt and rt:
                return [lt, rt]
    return None


_PHRASE_SYNONYMS = [
    (re.compile(r"\bcitrons?\s+verts?\b"), " lime "),
    (re.compile(r"\bpommes?\s+(?:de\s+)?terre\b"), " potato "),
    (re.compile(r"\brotwein\b"), " red wine "),
    (re.compile(r"\bwei(?:ss|ß)wein\b"), " white wine "),
    (re.compile(r"\bcon\s+gas\b|\bmit\s+kohlens(?:ä|ae|a)ure\b"), " sparkling "),
    (re.compile(r"\bsin\s+gas\b|\bohne\s+kohlens(?:ä|ae|a)ure\b"), " still "),
    (re.compile(r"\bextra\s*verg(?:ine|en)\b"), " extra virgin "),
]

_STOP = {
    "of",
    "the",
    "a",
    "an",
    "and",
    "x",
    "per",
    "de",
    "di",
    "du",
    "des",
    "la",
    "le",
    "el",
    "with",
    "for",
    "in",
    "approx",
    "da",
    "del",
    "della",
    "en",
    "von",
    "mit",
    "y",
    "et",
    "e",
    "und",
    "or",
    "to",
}
_PACK_TOKENS = {
    "case",
    "box",
    "crate",
    "pack",
    "bottle",
    "can",
    "dozen",
    "each",
    "sack",
    "bag",
    "keg",
    "tray",
    "tub",
    "jar",
    "bunch",
    "punnet",
    "loaf",
    "bucket",
    "roll",
    "pallet",
    "head",
    "glass",
    "pet",
    "carton",
    "tin",
    "sleeve",
}
_OUTER_PACKS = {"case", "pack", "box", "crate", "tray", "sack", "bag", "keg", "pallet"}
_SINGLE_UNITS = {"can", "bottle", "each"}
_PACK_FAMILY = {"sack": "bag", "bag": "bag", "box": "case", "case": "case", "crate": "case", "tray": "case"}
RESOLVE_FLOOR = 0.7  # below this a product is only a reviewer's hint, never acted on
# Bare counts convert to packs only for packs this big ("60 eggs" -> 2 trays of 30); "12 coke 1.5" sold
# by the 6-pack stays 12 packs.
_MIN_CONVERTIBLE_PACK = 10
_WEIGHT_UNITS = {"kg": Decimal(1000), "g": Decimal(1), "lb": Decimal("453.592")}
_VOLUME_UNITS = {"l": Decimal(1000), "ml": Decimal(1)}


def _strip_accents(text: str) -> str:
    text = text.replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _stem(tok: str) -> str:
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


def _canon_token(tok: str, translate: bool = True) -> str:
    if translate and tok in _SYNONYMS:
        return _SYNONYMS[tok]
    if tok in SIZE_WORDS:
        return SIZE_WORDS[tok]
    unit = normalize_unit(tok)
    if unit is not None and unit in _PACK_TOKENS:
        return unit
    stem = _stem(tok)
    if translate and stem in _SYNONYMS:
        return _SYNONYMS[stem]
    unit = normalize_unit(stem)
    if unit is not None and unit in _PACK_TOKENS:
        return unit
    return stem


_SIZE_STRIP_RE = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:ml|mls|cl|l|lt|lts|ltr|ltrs|litres?|liters?|litros?|litri|g|gr|grs|gms?|"
    r"grams?|grammes?|kg|kgs|kilos?|kilograms?|chili|pints?|pt|pts|oz|lbs?|pounds?|gal|gallons?)(?![a-z])"
)


def _tokens(text: str, translate: bool = True) -> tuple[list[str], list[str]]:
    """(content tokens, canonical sizes) of a catalog string or an order phrase (cached; copies)."""
    toks, sizes = _tokens_cached(text, translate)
    return list(toks), list(sizes)


@lru_cache(maxsize=8192)
def _tokens_cached(text: str, translate: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(content tokens, canonical sizes) of a catalog string or an order phrase.

    ``translate`` False keeps foreign words as written (no synonym table): the "surface" form, used to tell
    a catalog string that is itself a translation ("olio") from an English one."""
    low = _strip_accents(text.lower())
    sizes = find_sizes(low)
    low = _SIZE_STRIP_RE.sub(" ", low)
    low = re.sub(r"\bhalf\s+(?:a\s+)?(?:litre|liter|l)\b", " ", low)
    if translate:
        for rx, rep in _PHRASE_SYNONYMS:
            low = rx.sub(rep, low)
    low = low.replace("'", "").replace("&", " ")
    raw = re.findall(r"\d+(?:\.\d+)?[a-z]*|[a-z]+", low.replace(",", "."))
    out: list[str] = []
    for tok in raw:
        if tok in _STOP:
            continue
        parts = _decompound(tok) if translate else None
        if parts:
            out.extend(parts)
        else:
            out.append(_canon_token(tok, translate))
    return tuple(out), tuple(sizes)


def _is_number(tok: str) -> bool:
    return tok[0].isdigit()


def _is_content(tok: str) -> bool:
    """A token that names the product (not a pack word, not a bare size number; "00" flour counts)."""
    return tok not in _PACK_TOKENS and (not _is_number(tok) or tok.startswith("0"))


# --------------------------------------------------------------------------------------------------
# The index
# --------------------------------------------------------------------------------------------------

_FIELD_WEIGHTS = {
    "name": 1.0,
    "alias": 1.0,
    "example": 0.95,
    "variant": 0.85,
    "keyword": 0.8,
    "category": 0.6,
}


@dataclass
class _Candidate:
    product: int  # index into products
    field: str
    text: str
    tokens: tuple[str, ...]
    joins: tuple[tuple[str, int, int], ...]  # "cocacola" from tokens i, j
    variant: int | None = None
    sizes: tuple[str, ...] = ()
    content: frozenset[str] = frozenset()
    surface: frozenset[str] | None = None  # content as written, when the string was translated ("olio")
    weights: tuple[float, ...] = ()  # the IDF weight of each token, set once the index is built
    weight_total: float = 0.0


@dataclass
class _ProductInfo:
    sizes: tuple[str, ...]
    containers: frozenset[str]
    unit: str | None
    family: tuple[str, ...]
    pack_count: int | None
    variant_sizes: tuple[tuple[str, ...], ...]  # per variant
    bag: frozenset[str] = frozenset()  # every token the product's own fields use
    cat_bag: frozenset[str] = frozenset()  # tokens only its category uses
    cand_ids: tuple[int, ...] = ()  # its own (non-category) catalog strings
    name_content: frozenset[str] = frozenset()  # product words of its name ("oil" of "Sunflower Oil 20L")
    item_units: frozenset[str] = frozenset()  # pack words naming the item, not its pack ("box" of a box)


@lru_cache(maxsize=4096)
def _product_info(p: CatalogProduct) -> _ProductInfo:
    """Sizes, pack words and pack count of a product, read from its name, keywords and variants."""
    sizes: list[str] = []
    for text in (
        p.name,
        *p.aliases,
        *p.keywords,
        *(v.name for v in p.variants),
        *(a for v in p.variants for a in v.ai_aliases),
    ):
        for s in find_sizes(text):
            if s not in sizes:
                sizes.append(s)
    containers: set[str] = set()
    unit = normalize_unit(p.unit) if p.unit else None
    if unit:
        containers.add(unit)
    name_tokens, _ = _tokens(p.name)
    for text in (p.name, *p.keywords):
        toks, _ = _tokens(text)
        containers.update(t for t in toks if t in _PACK_TOKENS)
    family = tuple(t for t in name_tokens if t not in _PACK_TOKENS and not _is_number(t))
    pack_count: int | None = None
    pack_word: str | None = None  # the pack the count is of ("case" in "(Case of 300)")
    texts = (p.name, *(v.name for v in p.variants), *(a for v in p.variants for a in v.ai_aliases))
    for rx in _PACK_COUNT_RES:
        m = next((mm for t in texts if (mm := rx.search(t))), None)
        if m:
            pack_count = int(m.group("n"))
            pack_word = normalize_unit(m.group("pack")) if m.groupdict().get("pack") else None
            break
    # pack words of the name that are the item itself, not the pack it is sold in: the "box" of
    # "Takeaway Food Box (Case of 300)", so "600 takeaway boxes" counts boxes, i.e. 2 cases
    item_units = frozenset(
        t
        for t in name_tokens
        if t in _PACK_TOKENS and t != unit and t != pack_word and pack_count and t not in _OUTER_ONLY
    )
    variant_sizes = tuple(tuple(find_sizes(" ".join((v.name, *v.ai_aliases)))) for v in p.variants)
    return _ProductInfo(
        tuple(sizes),
        frozenset(containers),
        unit,
        family,
        pack_count,
        variant_sizes,
        name_content=frozenset(family),
        item_units=item_units,
    )


_PACK_WORDS_RX = r"(?:pack|packet|box|case|sleeve|tray|crate|bag|carton|tub|sack|roll|bundle|pk|cs|ctn)s?"
# How many items a product's pack holds, as its name or variants say it.
_PACK_COUNT_RES = tuple(
    re.compile(rx, re.IGNORECASE)
    for rx in (
        rf"\b(?P<pack>{_PACK_WORDS_RX})\s+of\s+(?P<n>\d+)(?![.,]?\d)",  # "(Case of 300)", "box of 300"
        r"\b(?P<n>\d+)\s*x\s*\d+(?:[.,]\d+)?\s*(?:ml|cl|l|g|kg|oz|in|cm)\b",  # "24 x 330ml"; not "33 x 33"
        r"\b\d+(?:[.,]\d+)?\s*(?:ml|cl|l|g|kg|oz)\s*x\s*(?P<n>\d+)\b",  # "6oz x 40"
        rf"\b(?P<n>\d+)\s*(?:/|per\s+|a\s+|to\s+a\s+)\s*(?P<pack>{_PACK_WORDS_RX})\b",  # "300/case"
        rf"\b(?P<pack>{_PACK_WORDS_RX})\s*(?P<n>\d{{2,}})\b(?![.,]?\d)(?!\s*(?:ml|cl|l|g|kg|oz|cm|mm|in)\b)",
        r"(?<![\d.])(?<![\d.]\s)\bx\s*(?P<n>\d{2,})\b(?!\s*(?:ml|cl|l|g|kg|oz|cm|mm|in)\b)",  # "x300"
        r"\b(?P<n>\d{2,})\s*(?:pcs|pieces|pc|ct|count|units|stk)\b",  # "(300 pcs)"
    )
)
# Packs that are never the item itself.
_OUTER_ONLY = frozenset({"case", "crate", "pallet", "sack", "keg"})


@dataclass
class CatalogIndex:
    """A compiled catalog: build once per tenant catalog, reuse for every message until it changes."""

    products: tuple[CatalogProduct, ...]
    fingerprint: str
    _cands: list[_Candidate] = field(default_factory=list, repr=False)
    _postings: dict[str, list[int]] = field(default_factory=dict, repr=False)
    _vocab: list[str] = field(default_factory=list, repr=False)
    _idf: dict[str, float] = field(default_factory=dict, repr=False)
    _info: list[_ProductInfo] = field(default_factory=list, repr=False)
    _unknown_weight: float = 4.0

    # ---- construction ---------------------------------------------------------------------------

    @classmethod
    def build(cls, products: Sequence[CatalogProduct]) -> CatalogIndex:
        """Precompute tokens, weights and sizes for every product (O(catalog), milliseconds)."""
        prods = tuple(products)
        index = cls(products=prods, fingerprint=catalog_fingerprint(prods))
        df: dict[str, int] = {}
        df_cat: dict[str, int] = {}
        for pi, p in enumerate(prods):
            seen: set[str] = set()
            seen_cat: set[str] = set()
            own: list[int] = []
            for cand in index._product_candidates(pi, p):
                index._cands.append(cand)
                if cand.field != "category":
                    seen.update(cand.tokens)
                    own.append(len(index._cands) - 1)
                else:
                    seen_cat.update(cand.tokens)
            for tok in seen:
                df[tok] = df.get(tok, 0) + 1
            for tok in seen_cat:
                df_cat[tok] = df_cat.get(tok, 0) + 1
            index._info.append(
                replace(
                    _product_info(p),
                    bag=frozenset(seen),
                    cat_bag=frozenset(seen_cat - seen),
                    cand_ids=tuple(own),
                )
            )
        n = max(len(prods), 1)
        for ci, cand in enumerate(index._cands):
            for tok in set(cand.tokens) | {j for j, _a, _b in cand.joins}:
                index._postings.setdefault(tok, []).append(ci)
        for tok in index._postings:
            d = df.get(tok, 0) or df_cat.get(tok, 0) or 1
            w = math.log(1 + n / d)
            if tok in _PACK_TOKENS:
                w *= 0.3
            elif _is_number(tok):
                w *= 0.6
            index._idf[tok] = w
        for ci, cand in enumerate(index._cands):
            cw = tuple(index._idf.get(t, 1.0) for t in cand.tokens)
            index._cands[ci] = replace(cand, weights=cw, weight_total=sum(cw))
        index._unknown_weight = math.log(1 + n / 0.5)
        index._vocab = sorted(index._postings)
        return index

    def _product_candidates(self, pi: int, p: CatalogProduct) -> Iterable[_Candidate]:
        def make(fieldname: str, text: str, variant: int | None = None) -> _Candidate | None:
            toks, sizes = _tokens(text)
            content = frozenset(t for t in toks if _is_content(t))
            if not content:
                return None  # "24 pack", "330ml can": format only, says nothing about the product
            joins = tuple(
                (toks[i] + toks[i + 1], i, i + 1)
                for i in range(len(toks) - 1)
                if toks[i].isalpha() and toks[i + 1].isalpha()
            )
            raw_toks, _ = _tokens(text, translate=False)
            surface = frozenset(t for t in raw_toks if _is_content(t))
            translated = surface if surface != content else None
            return _Candidate(
                pi, fieldname, text, tuple(toks), joins, variant, tuple(sizes), content, translated
            )

        texts: list[tuple[str, str, int | None]] = [("name", p.name, None)]  # (field, text, variant)
        texts += [("alias", a, None) for a in p.aliases]
        for ex in p.ai_training_examples:
            lines = extract_lines(ex)
            if lines:
                texts += [
                    ("example", f"{ln.phrase} {ln.size or ''}".strip(), None) for ln in lines if ln.phrase
                ]
            else:
                texts.append(("example", ex, None))
        texts += [("keyword", k, None) for k in p.keywords]
        for vi, v in enumerate(p.variants):
            texts.append(("variant", v.name, vi))
            texts += [("variant", a, vi) for a in v.ai_aliases]
        if p.category:
            texts.append(("category", p.category, None))
        texts += [("category", k, None) for k in p.category_keywords]
        seen: set[tuple[str, tuple[str, ...]]] = set()
        for fieldname, text, variant_index in texts:
            cand = make(fieldname, text, variant_index)
            if cand is None:
                continue
            key = (fieldname, cand.tokens)
            if key in seen:
                continue
            seen.add(key)
            yield cand

    # ---- matching ---------------------------------------------------------------------------------

    def match_all(self, lines: Iterable[OrderLine]) -> list[LineMatch]:
        """Match every line. A part of the message the extractor did not understand (``understood``
        False) is kept, never resolved, when it looks like a request for goods: it holds a number that
        counts something or a food word, or one of its words names a catalog product; otherwise it was
        only conversation and is left out."""
        out: list[LineMatch] = []
        for line in lines:
            if line.understood:
                out.append(self.match(line))
                continue
            unread = self._match_unread(line)
            if unread is not None:
                out.append(unread)
        return out

    def _match_unread(self, line: OrderLine) -> LineMatch | None:
        """The reviewer's line for a part of the message that was not understood, or None when it does
        not look like goods."""
        guess = self.match(line) if line.phrase else None
        product = guess.product if guess is not None else None
        catalog_word = product is not None or self._names_catalog_word(line.phrase)
        if not (line.goods_hint or line.quantity_explicit or catalog_word):
            return None
        reason = f"{NOT_UNDERSTOOD_REASON}: '{line.original_text}'"
        if product is not None:
            reason += f" (best guess {product.sku})"
        alternatives = guess.alternatives if guess is not None else ()
        confidence = min(guess.confidence, UNREAD_CAP) if guess is not None else 0.0
        return LineMatch(line, product, None, round(confidence, 3), reason, alternatives)

    def _names_catalog_word(self, phrase: str) -> bool:
        """One of the phrase's words is (a typo of) a word of a product's own name, alias or keyword."""
        tokens, _ = _tokens(phrase)
        for tok in tokens:
            if not _is_content(tok) or _is_number(tok) or len(tok) < 4:
                continue
            for vt, sim in self._token_matches(tok).items():
                if (sim == 1.0 or (sim >= 0.8 and vt[0] == tok[0])) and any(
                    vt in info.bag for info in self._info
                ):
                    return True
        return False

    def match(self, line: OrderLine) -> LineMatch:
        """Best product for one line, with confidence, reason and runners-up."""
        tokens, phrase_sizes = _tokens(line.phrase)
        size_words: list[str] = []
        line_size = line.size
        if line_size is not None and line_size in SIZE_WORDS.values():
            size_words.append(line_size)
            line_size = None
        if line_size is None and phrase_sizes:
            line_size = phrase_sizes[0]
        query = [t for t in tokens if t not in size_words] + size_words
        content = [t for t in query if _is_content(t) and t not in size_words]
        if not content:
            return LineMatch(line, None, None, 0.0, NO_MATCH_REASON, ())
        numbers = [t for t in query if _is_number(t)]
        raw_q, _ = _tokens(line.phrase, translate=False)
        q_surface = frozenset(t for t in raw_q if _is_content(t))

        weights = [self._query_weight(t, t in size_words) for t in query]
        sims = [self._token_matches(t) for t in query]
        cand_ids: set[int] = set()
        for matches in sims:
            for vocab_tok in matches:
                cand_ids.update(self._postings.get(vocab_tok, ()))
        if not cand_ids:
            return LineMatch(line, None, None, 0.0, NO_MATCH_REASON, ())

        best: dict[int, tuple[float, _Candidate]] = {}
        for ci in cand_ids:
            cand = self._cands[ci]
            s = self._score(query, weights, sims, cand) * _FIELD_WEIGHTS[cand.field]
            if cand.sizes and line_size is None and not numbers:
                s *= 0.95  # "sparkling 1.5l" says more than the line "sparkling" does
            cur = best.get(cand.product)
            if cur is None or s > cur[0]:
                best[cand.product] = (s, cand)

        scored: list[tuple[float, int, _Candidate, list[str]]] = []
        for pi, (s, cand) in best.items():
            adj, notes = self._adjust(pi, s, line, line_size, numbers)
            scored.append((adj, pi, cand, notes))
        scored.sort(key=lambda x: (-x[0], self.products[x[1]].sku))
        if scored[0][0] < MATCH_FLOOR:
            return LineMatch(
                line,
                None,
                None,
                0.0,
                NO_MATCH_REASON,
                tuple((self.products[p].sku, round(s, 3)) for s, p, _c, _n in scored[:3]),
            )
        by_product = {pi: (adj, cand, notes) for adj, pi, cand, notes in scored}

        # Products the phrase names completely ("coke" -> the 330ml can and the 1.5L bottle): evidence in
        # the line (size, size number, pack) must single one out, or the line is ambiguous. A catalog
        # string the line explains entirely ("tomatoes" alias of the loose tomatoes) beats one that only
        # shares the words (the "tomato" keyword of cherry tomatoes), except against a size sibling.
        line_packs = {t for t in query if t in _PACK_TOKENS} | ({line.unit} if line.unit else set())
        cover: list[int] = []
        strong: list[int] = []
        for cpi in by_product:
            kind = self._cover_kind(cpi, content, sims, query, line_packs, line_size, numbers, q_surface)
            if kind:
                cover.append(cpi)
                if kind == "strong":
                    strong.append(cpi)
        # A generic word that no product's own strings name exactly is every product whose name holds it
        # ("oil" -> olive oil and sunflower oil): all of them are candidates, and the line must pick one.
        cset = set(content)
        if not cover and all(t in self._postings for t in cset):
            for cpi in by_product:
                if cpi not in cover and cset <= self._info[cpi].name_content:
                    cover.append(cpi)
        ambiguous_with: list[int] = []
        chosen: int | None = None
        if len(cover) >= 2:
            remaining, by_unit_only = self._discriminate(cover, line, line_size, numbers, size_words)
            if len(strong) == 1 and strong[0] in remaining:
                lead = strong[0]
                family = self._info[lead].family
                sibs = [c for c in remaining if c != lead and family and self._info[c].family == family]
                if sibs:
                    ambiguous_with = [lead, *sibs]
                else:
                    chosen = lead
            elif len(strong) == 1 and by_unit_only:
                lead_family = self._info[strong[0]].family
                if len(remaining) == 1 and lead_family and self._info[remaining[0]].family == lead_family:
                    chosen = remaining[
                        0
                    ]  # same product in another size: the pack picks it ("1 pack coke zero")
                else:
                    ambiguous_with = [strong[0], *remaining]  # the name says one product, the pack another
            elif len(remaining) == 1:
                chosen = remaining[0]
            else:
                ambiguous_with = remaining
        elif len(cover) == 1 and by_product[cover[0]][0] >= scored[0][0] - AMBIGUOUS_MARGIN:
            chosen = cover[0]  # the only product the phrase names completely
        if chosen is not None:
            top, pi = by_product[chosen][0], chosen
        else:
            top, pi = scored[0][0], scored[0][1]
        _adj, cand, notes = by_product[pi]
        product = self.products[pi]
        info = self._info[pi]
        runners = [(s, p) for s, p, _c, _n in scored if p != pi and s >= MATCH_FLOOR * 0.8]
        second = runners[0][0] if runners else 0.0
        margin = top - second
        if not ambiguous_with and chosen is None:
            ambiguous_with = [p for s, p in runners if s >= top - AMBIGUOUS_MARGIN]
            if ambiguous_with:
                ambiguous_with = [pi] + ambiguous_with
        alternatives = tuple((self.products[p].sku, round(s, 3)) for s, p in runners[:3])
        variant = self._pick_variant(pi, line_size, numbers)

        if ambiguous_with:
            others = [p for p in ambiguous_with if p != pi]
            skus = ", ".join([product.sku] + [self.products[p].sku for p in others])
            confidence = min(top, AMBIGUOUS_CAP) - 0.05 * min(len(others) - 1, 2)
            reason = f"ambiguous: '{line.phrase}' fits {skus}"
            alt = tuple((self.products[p].sku, round(by_product[p][0], 3)) for p in others)
            alternatives = alt + tuple(a for a in alternatives if a[0] not in {x[0] for x in alt})
            return LineMatch(
                line, product, variant, round(max(confidence, 0.05), 3), reason, alternatives[:4]
            )

        if variant is None and len({vs for vs in info.variant_sizes if vs}) >= 2:
            # the product is clear but not which of its sizes ("olive oil" sold in 1L and 5L)
            names = "/".join(v.name for v in product.variants)
            reason = f"ambiguous variant: '{line.phrase}' is {product.sku} but which one ({names})"
            return LineMatch(line, product, None, round(min(top, AMBIGUOUS_CAP), 3), reason, alternatives)

        exact = top >= 0.97
        confidence = min(top, 0.99)
        typo = [
            t
            for t, sim in zip(query, sims, strict=True)
            if t in content
            and not any(v == 1.0 and (vt in cand.tokens or vt in info.bag) for vt, v in sim.items())
        ]
        if typo:
            confidence = min(confidence, 0.9)  # read through a typo: likely, not certain
        if chosen is None and margin < 0.15:
            confidence = min(confidence, 0.6 + margin * 2.6)
        if line_size is None and not numbers and line.unit is None and info.sizes and not exact:
            confidence = min(confidence, 0.95)
        if any(n.startswith("not sold by") for n in notes):
            confidence = min(confidence, RESOLVE_FLOOR - 0.01)
        unexplained = [sw for sw in size_words if sw not in info.bag]
        if unexplained:
            # "big sprite" when no Sprite is big: maybe a product the catalog lacks; never a confident pick
            confidence = min(confidence, AMBIGUOUS_CAP)
            notes.append(f"no '{unexplained[0]}' size of {product.sku}")
        if any("conflicts with" in n or "does not fit" in n for n in notes):
            confidence = min(confidence, AMBIGUOUS_CAP)  # "1.5 sprite": a size the product is not sold in
        pc = info.pack_count
        q = line.quantity
        if (
            pc
            and pc >= _MIN_CONVERTIBLE_PACK
            and (line.unit is None or _counts_items(line.unit, info))
            and info.unit in _OUTER_PACKS
            and q >= pc
            and q % pc != 0
        ):
            # "30 heineken" sold by the case of 24: items or cases? a human decides
            confidence = min(confidence, 0.75)
            notes.append(f"{_fmt_q(q)} is not a whole number of {info.unit}s of {pc}")
        kind = "exact" if exact else ("close" if top >= 0.85 else "fuzzy")
        reason = f"{kind} {cand.field} match '{cand.text}'"
        if notes:
            reason += "; " + ", ".join(notes)
        return LineMatch(line, product, variant, round(confidence, 3), reason, alternatives)

    def _cover_kind(
        self,
        pi: int,
        content: list[str],
        sims: list[dict[str, float]],
        query: list[str],
        line_packs: set[str],
        line_size: str | None,
        numbers: list[str],
        q_surface: frozenset[str] = frozenset(),
    ) -> str | None:
        """'strong' when one of the product's own strings is fully explained by the line, 'weak' when
        one has exactly the line's product words, None otherwise (typos allowed, one word exact)."""
        qsims = [sims[i] for i, t in enumerate(query) if t in content]
        kind: str | None = None
        for ci in self._info[pi].cand_ids:
            cand = self._cands[ci]
            if cand.surface is not None and cand.surface != q_surface:
                continue  # a translated string ("olio") names the product only in its own language
            cover = cand.content
            if len(cover) != len(qsims) or not any(sim.get(c) == 1.0 for sim in qsims for c in cover):
                continue
            if not (
                all(any(sim.get(c, 0.0) >= 0.6 for sim in qsims) for c in cover)
                and all(any(sim.get(c, 0.0) >= 0.6 for c in cover) for sim in qsims)
            ):
                continue
            kind = "weak"
            if cand.field not in ("name", "alias", "example"):
                continue
            packs_ok = all(t in line_packs for t in cand.tokens if t in _PACK_TOKENS)
            nums_ok = all(t in numbers for t in cand.tokens if _is_number(t) and not _is_content(t))
            sizes_ok = all(line_size is not None and _same_size(line_size, sz) for sz in cand.sizes)
            if packs_ok and nums_ok and sizes_ok:
                return "strong"
        return kind

    def _discriminate(
        self,
        cover: list[int],
        line: OrderLine,
        line_size: str | None,
        numbers: list[str],
        size_words: Sequence[str] = (),
    ) -> tuple[list[int], bool]:
        """Narrow equally-named products by the line's size, size word, size number and pack; (left, only
        by pack)."""
        remaining = list(cover)
        narrowed_by_other = False
        if size_words:  # "the small cups", "big sparkling": the product described by that size word
            fit = [pi for pi in remaining if all(sw in self._info[pi].bag for sw in size_words)]
            if fit and len(fit) < len(remaining):
                remaining, narrowed_by_other = fit, True
        if line_size is not None:
            fit = [pi for pi in remaining if any(_same_size(line_size, s) for s in self._info[pi].sizes)]
            if fit and len(fit) < len(remaining):
                remaining, narrowed_by_other = fit, True
        sizey = [n for n in numbers if not n.startswith("0")]
        if sizey:
            fit = [pi for pi in remaining if any(self._number_fits(pi, n) for n in sizey)]
            if fit and len(fit) < len(remaining):
                remaining, narrowed_by_other = fit, True
        by_unit = False
        if line.unit is not None and len(remaining) > 1:
            fit = [
                pi
                for pi in remaining
                if line.unit in self._info[pi].containers
                or (line.unit in _WEIGHT_UNITS and self._info[pi].unit == "kg")
            ]
            if fit and len(fit) < len(remaining):
                remaining, by_unit = fit, True
        return remaining, by_unit and not narrowed_by_other

    # ---- scoring helpers ----------------------------------------------------------------------------

    def _query_weight(self, tok: str, is_size_word: bool) -> float:
        if is_size_word:
            return min(self._idf.get(tok, 1.0), 1.0)
        if tok in self._idf:
            return self._idf[tok]
        if tok in _PACK_TOKENS:
            return 0.3
        if _is_number(tok):
            return 0.5
        # unseen word: as informative as the rarest catalog word (it must be explained by the match)
        return self._unknown_weight

    def _token_matches(self, tok: str) -> dict[str, float]:
        """Vocabulary tokens similar to ``tok`` with a similarity in 0..1 (exact 1.0)."""
        out: dict[str, float] = {}
        if tok in self._postings:
            out[tok] = 1.0
        if _is_number(tok) or len(tok) < 4 or tok in _PACK_TOKENS:
            return out
        for cand_tok, score, _i in process.extract(
            tok, self._vocab, scorer=fuzz.ratio, score_cutoff=74, limit=6
        ):
            if cand_tok == tok or _is_number(cand_tok) or len(cand_tok) < 4:
                continue
            if (tok[0] != cand_tok[0] and score < 85) or abs(len(tok) - len(cand_tok)) > 2:
                continue  # a typo, not a different word ("lemon" is not "lemonade")
            out[cand_tok] = max(out.get(cand_tok, 0.0), (score / 100.0) ** 1.5)
        return out

    def _score(
        self, query: list[str], weights: list[float], sims: list[dict[str, float]], cand: _Candidate
    ) -> float:
        ctoks = cand.tokens
        info = self._info[cand.product]
        matched_c = [0.0] * len(ctoks)
        got = 0.0
        total = 0.0
        for w, sim in zip(weights, sims, strict=True):
            total += w
            best = 0.0
            best_pos: tuple[int, ...] = ()
            for k, ct in enumerate(ctoks):
                v = sim.get(ct, 0.0)
                if v > best:
                    best, best_pos = v, (k,)
            for joined, a, b in cand.joins:
                v = sim.get(joined, 0.0)
                if v > best:
                    best, best_pos = v, (a, b)
            if best < 1.0:
                # the word is explained by another field of the same product ("heineken beer bottle");
                # a category word only half counts ("sparkling" is the Water category, not every water)
                for vt, v in sim.items():
                    if v * 0.8 > best and vt in info.bag:
                        best, best_pos = v * 0.8, ()
                    elif v * 0.5 > best and vt in info.cat_bag:
                        best, best_pos = v * 0.5, ()
            got += w * best
            for k in best_pos:
                matched_c[k] = max(matched_c[k], best)
        if total <= 0 or got <= 0:
            return 0.0
        recall = got / total
        ctotal = cand.weight_total
        precision = (
            sum(w * m for w, m in zip(cand.weights, matched_c, strict=True)) / ctotal if ctotal else 0.0
        )
        return recall * (0.75 + 0.25 * precision)

    def _number_fits(self, pi: int, number: str) -> bool:
        try:
            value = Decimal(number)
        except InvalidOperation:
            return False
        if self._info[pi].pack_count == value:
            return True  # "3 x 1000 sugar sticks": the box of 1000
        for s in self._info[pi].sizes:
            m = re.fullmatch(r"(\d+(?:\.\d+)?)([a-z]+)", s)
            if m and Decimal(m.group(1)) == value:
                return True
            if m and m.group(2) == "ml" and Decimal(m.group(1)) == value * 10:  # "33" for 33cl
                return True
        return False

    def _pack_rules_out(self, line: OrderLine, pi: int) -> bool:
        """The line's outer pack ("cases") is one the product is never sold in."""
        u = line.unit
        info = self._info[pi]
        return u is not None and u in _OUTER_PACKS and u not in info.containers and info.unit in _OUTER_PACKS

    def _adjust(
        self, pi: int, score: float, line: OrderLine, line_size: str | None, numbers: list[str]
    ) -> tuple[float, list[str]]:
        info = self._info[pi]
        notes: list[str] = []
        if line_size is not None and info.sizes:
            if any(_same_size(line_size, s) for s in info.sizes):
                score += 0.03
                notes.append(f"size {line_size} agrees")
            elif _comparable(line_size, info.sizes):
                score *= 0.5
                notes.append(f"size {line_size} conflicts with {'/'.join(info.sizes[:2])}")
        elif line_size is None and numbers and info.sizes:
            sizey = [n for n in numbers if not n.startswith("0")]
            if sizey and any(self._number_fits(pi, n) for n in sizey):
                score += 0.03
                notes.append(f"size {sizey[0]} agrees")
            elif sizey:
                score *= 0.7
                notes.append(f"size {sizey[0]} does not fit")
        u = line.unit
        if u is not None:
            if u in info.containers or (u in _WEIGHT_UNITS and info.unit == "kg"):
                score += 0.04
                notes.append(f"sold by {u}")
            elif self._pack_rules_out(line, pi):
                score -= 0.06
                if _PACK_FAMILY.get(u, u) == _PACK_FAMILY.get(info.unit or "", info.unit):
                    notes.append(f"sold by {info.unit}, not {u}")  # a sack called a bag
                else:
                    notes.append(f"not sold by {u}")  # a keg asked for by the case: a different product?
        return score, notes

    def _pick_variant(self, pi: int, line_size: str | None, numbers: list[str]) -> CatalogVariant | None:
        """The only variant, or the one whose size the line names (by size or bare number)."""
        product = self.products[pi]
        if not product.variants:
            return None
        if len(product.variants) == 1:
            return product.variants[0]
        for v, sizes in zip(product.variants, self._info[pi].variant_sizes, strict=True):
            if line_size is not None and any(_same_size(line_size, s) for s in sizes):
                return v
            for n in numbers:
                if any(re.fullmatch(rf"{re.escape(n)}[a-z]+", s) for s in sizes):
                    return v
        return None


def _same_size(a: str, b: str) -> bool:
    if a == b:
        return True
    va, vb = size_value(a), size_value(b)
    if va is None or vb is None or va[0] != vb[0] or vb[1] == 0:
        return False
    return abs(va[1] - vb[1]) / vb[1] < Decimal("0.02")


def _comparable(size: str, sizes: Iterable[str]) -> bool:
    """The product states a size in the same dimension (volume vs volume), so a mismatch is real."""
    v = size_value(size)
    if v is None:
        return True
    return any((w := size_value(s)) is not None and w[0] == v[0] for s in sizes)


# --------------------------------------------------------------------------------------------------
# Quantities in the catalog's selling unit
# --------------------------------------------------------------------------------------------------


def catalog_quantity(line: OrderLine, product: CatalogProduct) -> Decimal:
    """Convert a line quantity into the product's selling unit where the conversion is certain.

    ``2kg coffee beans`` sold as 1kg bags -> 2; ``a dozen lemons`` sold each -> 12; ``6 fanta cans`` sold
    by the case of 24 -> 0.25. Anything not safely convertible is returned unchanged.
    """
    q = line.quantity
    lu = line.unit
    pu = normalize_unit(product.unit) if product.unit else None
    if pu in _OUTER_PACKS and (lu is None or _counts_items(lu, _product_info(product))):
        # "60 eggs" sold by the tray of 30 -> 2 trays: a bare count that fills whole packs counts items;
        # so does a count of the item itself ("600 takeaway boxes" sold by the case of 300 -> 2 cases)
        pc = _product_info(product).pack_count
        if pc and pc >= _MIN_CONVERTIBLE_PACK and q >= pc and q % pc == 0:
            return _q(q / pc)
        return q
    if lu is None or pu is None or lu == pu:
        return q
    if lu == "dozen":
        q, lu = q * 12, "each"
        if pu == "each":
            return q
    info = _product_info(product)
    if lu in _WEIGHT_UNITS or lu in _VOLUME_UNITS:
        table = _WEIGHT_UNITS if lu in _WEIGHT_UNITS else _VOLUME_UNITS
        if pu in table:
            return _q(q * table[lu] / table[pu])
        dim = "wt" if table is _WEIGHT_UNITS else "vol"
        for s in info.sizes:
            sv = size_value(s)
            if sv and sv[0] == dim and sv[1] > 0:
                return _q(q * table[lu] / sv[1])
        return q
    if (
        lu in _SINGLE_UNITS
        and pu in _OUTER_PACKS
        and info.pack_count
        and (lu == "each" or lu in info.containers)
    ):
        return _q(q / info.pack_count)
    return q


def _counts_items(unit: str, info: _ProductInfo) -> bool:
    """The line's unit is the item the product's pack holds ("boxes" of a case of 300 boxes); cans and
    bottles convert by `catalog_quantity`'s single-unit rule instead."""
    return unit in info.item_units and unit not in _SINGLE_UNITS


def _fmt_q(d: Decimal) -> str:
    return format(d.normalize(), "f")


def _q(d: Decimal) -> Decimal:
    return d.quantize(Decimal("0.0001")).normalize()


# --------------------------------------------------------------------------------------------------
# Loading and fingerprinting
# --------------------------------------------------------------------------------------------------


def _jsonable(obj: Any) -> Any:
    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, dict):
        return {k: _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_jsonable(v) for v in obj]
    return obj


def catalog_fingerprint(products: Sequence[CatalogProduct]) -> str:
    """Stable hash of the catalog content (order-independent), to key a per-tenant index cache."""
    rows = sorted((_jsonable(asdict(p)) for p in products), key=lambda r: (r["sku"], r["id"]))
    payload = json.dumps({"v": 1, "products": rows}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


def _tuple(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def load_catalog_json(
    source: str | Path | Mapping[str, Any] | Sequence[Mapping[str, Any]],
) -> list[CatalogProduct]:
    """Products from the catalog JSON used by tests and `oms eval` (a path, a dict or a product list).

    Shape: ``{"categories": [{"name", "parent", "ai_keywords"}], "products": [{"sku", "name", "category",
    "unit", "unit_price", "aliases", "keywords", "ai_training_examples", "variants": [{"name",
    "variant_type", "ai_aliases"}]}]}``. Ids default to the SKU (variants: ``SKU:variant name``). A
    category's keywords include its parent's, as a child category inherits its parent's vocabulary.
    """
    data: Any = (
        json.loads(Path(source).read_text(encoding="utf-8")) if isinstance(source, str | Path) else source
    )
    if isinstance(data, Mapping):
        raw_products = list(data.get("products", []))
        categories = {c["name"]: c for c in data.get("categories", []) if isinstance(c, Mapping)}
    else:
        raw_products = list(data)
        categories = {}

    def category_keywords(name: str | None) -> tuple[str, ...]:
        out: list[str] = []
        seen: set[str] = set()
        while name and name in categories and name not in seen:
            seen.add(name)
            out.extend(_tuple(categories[name].get("ai_keywords")))
            name = categories[name].get("parent")
        return tuple(out)

    products: list[CatalogProduct] = []
    for raw in raw_products:
        sku = str(raw["sku"])
        price = raw.get("unit_price")
        cat = raw.get("category")
        cat_name = cat.get("name") if isinstance(cat, Mapping) else cat
        variants = tuple(
            CatalogVariant(
                id=str(v.get("id") or f"{sku}:{v.get('name')}"),
                name=str(v.get("name") or ""),
                variant_type=str(v.get("variant_type") or "SIZE"),
                ai_aliases=_tuple(v.get("ai_aliases")),
            )
            for v in raw.get("variants") or ()
        )
        products.append(
            CatalogProduct(
                id=str(raw.get("id") or sku),
                sku=sku,
                name=str(raw["name"]),
                unit=raw.get("unit"),
                unit_price=Decimal(str(price)) if price is not None else None,
                aliases=_tuple(raw.get("aliases")),
                keywords=_tuple(raw.get("keywords")),
                ai_training_examples=_tuple(raw.get("ai_training_examples")),
                category=cat_name,
                category_keywords=_tuple(raw.get("category_keywords")) or category_keywords(cat_name),
                variants=variants,
            )
        )
    return products
