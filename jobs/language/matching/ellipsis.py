"""VARIANT_OF_PREVIOUS: "3 boxes of ivory sugarpaste, 2 white, 1 black": a line that says only a variant's
colour or size names that variant of the product on the line before it."""

from __future__ import annotations

from collections.abc import Sequence

from jobs.language.matching.evidence import Ambiguity, LineMatch
from jobs.language.matching.sizing import variant_by_words, variant_words
from jobs.language.matching.tokens import is_content, tokens

VARIANT_OF_PREVIOUS = "VARIANT_OF_PREVIOUS"


def carry_variants(matches: Sequence[LineMatch]) -> list[LineMatch]:
    """Each line that names nothing but a variant of the previous line's product, given that product."""
    out = list(matches)
    for i in range(1, len(out)):
        prev, m = out[i - 1], out[i]
        product = prev.product
        if product is None or prev.is_ambiguous or len(product.variants) < 2:
            continue
        if m.resolved_sku is not None and not m.is_ambiguous or not m.line.understood:
            continue  # the line names a product of its own
        words = [t for t in tokens(m.line.phrase)[0] if is_content(t)]
        variant = variant_by_words(product, words) if words else None
        if variant is None:
            continue
        named = set().union(*(w for v, w in variant_words(product) if v.id == variant.id))
        if not set(words) <= named:
            continue  # "2 white sugar" says more than a colour: not the previous line's product
        reason = f"{VARIANT_OF_PREVIOUS}: '{m.line.original_text}' after '{prev.line.phrase}': {product.sku} {variant.name}"
        out[i] = LineMatch(m.line, product, variant, prev.confidence, reason, m.alternatives, Ambiguity.NONE)
    return out
