"""What the customer's order guide settles in the text's lines (module docstring of the package, 0 and 1): a phrase a
reviewer corrected for this customer takes that product (LEARNED_EVIDENCE); a line ambiguous between products, or
a variant left open, takes the one the customer has always had or strongly prefers (GUIDE_EVIDENCE)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from jobs.language.history.customer import CustomerHistory
from jobs.language.matching import Ambiguity, CatalogIndex, CatalogProduct, CatalogVariant, LineMatch

GUIDE_EVIDENCE = "usual for this customer"
LEARNED_EVIDENCE = "learned for this customer"
LEARNED_CONFIDENCE = 0.95
PREFERENCE_MIN_ORDERS = 3  # a "strong preference": in at least this many orders...
PREFERENCE_FACTOR = 3  # ...and at least this many times as many as the next candidate
GUIDE_BASE_CONFIDENCE = 0.86
GUIDE_PER_ORDER = 0.01
GUIDE_MAX_CONFIDENCE = 0.94


def _guide_confidence(orders: int) -> float:
    return round(min(GUIDE_MAX_CONFIDENCE, GUIDE_BASE_CONFIDENCE + GUIDE_PER_ORDER * max(orders, 1)), 3)


def variant_named(product: CatalogProduct, name: str | None) -> CatalogVariant | None:
    if not name:
        return None
    return next((v for v in product.variants if v.name == name), None)


def _preferred(counts: Sequence[tuple[str, int]]) -> tuple[str, str] | None:
    """(the key the guide settles on, how) among candidates and their order counts: the only one the
    customer has had, or a strong preference; None when the guide cannot tell."""
    had = sorted(((k, n) for k, n in counts if n > 0), key=lambda kn: -kn[1])
    if not had:
        return None
    if len(had) == 1:
        return had[0][0], f"in {had[0][1]} of their orders"
    (top, n), (_, second) = had[0], had[1]
    if n >= PREFERENCE_MIN_ORDERS and n >= PREFERENCE_FACTOR * second:
        return top, f"strongly preferred: in {n} of their orders, the next in {second}"
    return None


def _guided_variant(product: CatalogProduct, history: CustomerHistory) -> tuple[CatalogVariant, str] | None:
    """The variant the customer always takes of `product` (the only one, or one strongly preferred)."""
    items = history.variants_of(product.sku)
    pick = _preferred([(it.variant or "", it.orders) for it in items])
    if pick is None:
        return None
    variant = variant_named(product, pick[0])
    return (variant, pick[1]) if variant is not None else None


def learned_match(m: LineMatch, history: CustomerHistory, index: CatalogIndex) -> LineMatch:
    """A phrase learned for this customer: the product (and variant) a reviewer gave these words."""
    lp = history.learned(m.line)
    product = index.product_by_sku(lp.sku) if lp is not None else None
    if lp is None or product is None:
        return m
    variant = variant_named(product, lp.variant)
    if variant is None and m.variant is not None and m.variant in product.variants:
        variant = m.variant
    open_variant = variant is None and len(product.variants) >= 2
    return replace(
        m,
        product=product,
        variant=variant,
        confidence=LEARNED_CONFIDENCE,
        reason=f"{LEARNED_EVIDENCE}: '{lp.phrase}' is {lp.sku}" + (f" {variant.name}" if variant else ""),
        alternatives=(),
        ambiguity=Ambiguity.VARIANT if open_variant else Ambiguity.NONE,
        candidates=(),
    )


def guided(m: LineMatch, history: CustomerHistory, index: CatalogIndex) -> LineMatch:
    """GUIDE tie-break for one line (module docstring); the line unchanged when the guide says nothing."""
    if not m.line.understood or m.product is None:
        return m
    if m.ambiguity is Ambiguity.PRODUCTS and m.candidates:
        pick = _preferred([(c, history.product_orders(c)) for c in m.candidates])
        product = index.product_by_sku(pick[0]) if pick is not None else None
        if pick is None or product is None:
            return m
        variant = m.variant if m.variant is not None and m.variant in product.variants else None
        n = history.product_orders(product.sku)
        reason = f"{GUIDE_EVIDENCE}: {product.sku} ({pick[1]}; the text fits {', '.join(m.candidates)})"
        if variant is None and len(product.variants) >= 2:
            chosen = _guided_variant(product, history)
            if chosen is None:
                names = "/".join(v.name for v in product.variants)
                return replace(
                    m,
                    product=product,
                    variant=None,
                    reason=f"{reason}; ambiguous variant ({names})",
                    ambiguity=Ambiguity.VARIANT,
                    candidates=(),
                )
            variant = chosen[0]
        return replace(
            m,
            product=product,
            variant=variant,
            confidence=_guide_confidence(n),
            reason=reason,
            ambiguity=Ambiguity.NONE,
            candidates=(),
        )
    if m.ambiguity is Ambiguity.VARIANT and m.variant is None:
        chosen = _guided_variant(m.product, history)
        if chosen is None:
            return m
        variant, how = chosen
        orders = max(it.orders for it in history.variants_of(m.product.sku) if it.variant == variant.name)
        return replace(
            m,
            variant=variant,
            confidence=max(m.confidence, _guide_confidence(orders)),
            reason=f"{m.reason}; {GUIDE_EVIDENCE}: {variant.name} ({how})",
            ambiguity=Ambiguity.NONE,
        )
    return m
