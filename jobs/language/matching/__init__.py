"""Product matching: an extracted order line -> a catalog product (and variant) with an honest confidence.

Deterministic and catalog-driven, so it can run as the local AI provider for every tenant. The catalog is
compiled once into a `CatalogIndex` (normalised token lists, IDF weights, sizes, pack formats, families
of same-product-different-size siblings) that jobs/pipeline/catalog_cache.py keeps per tenant.

How a line is scored:

1. The product phrase is normalised the same way as the catalog text: accents stripped, plurals folded,
   pack words canonical (``latas`` -> ``can``), the multilingual trade lexicon applied (lexicon/), sizes
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
   use it and, when the product has no such size ("big sprite"), keeps the line below the resolve floor; a
   bare count of a product sold in packs of N >= 10 ("60 eggs", tray of 30) converts to packs when it
   fills whole packs and is not confident otherwise.

Confidence bands: exact alias + agreeing size >= 0.95; typo-level fuzzy 0.8-0.9; ambiguous < 0.7.

Modules: catalog.py (products, loading), vocabulary.py (words, data), tokens.py (normalisation),
packs.py (sizes and pack counts of a product), index.py (the compiled catalog), build.py (building its
arrays), retrieval.py (which products to score, by bounds), query.py (a line's phrase as read), score.py
(matching one line), sizing.py (size and pack evidence, variants), cover.py (products the phrase names
completely), evidence.py (the outcome, with its flags), quantities.py (selling units), weights.py (every
number it decides with), rematch.py / edges.py (second looks at a line without words that are not the product's:
function words, words before the count).
"""

from jobs.language.matching.catalog import (
    CatalogProduct,
    CatalogVariant,
    catalog_fingerprint,
    load_catalog_json,
)
from jobs.language.matching.evidence import NO_MATCH_REASON, NOT_UNDERSTOOD_REASON, Ambiguity, LineMatch
from jobs.language.matching.index import CatalogIndex
from jobs.language.matching.quantities import catalog_quantity
from jobs.language.matching.weights import WEIGHTS, Weights

MATCH_FLOOR = WEIGHTS.match_floor
AMBIGUOUS_CAP = WEIGHTS.ambiguous_cap
RESOLVE_FLOOR = WEIGHTS.resolve_floor

__all__ = [
    "Ambiguity",
    "CatalogVariant",
    "CatalogProduct",
    "LineMatch",
    "CatalogIndex",
    "Weights",
    "WEIGHTS",
    "load_catalog_json",
    "catalog_fingerprint",
    "catalog_quantity",
    "NO_MATCH_REASON",
    "NOT_UNDERSTOOD_REASON",
    "MATCH_FLOOR",
    "AMBIGUOUS_CAP",
    "RESOLVE_FLOOR",
]
