"""A reference resolved: the earlier order it names (the last one, or the usual basket), repeated with the message's
removals ("no milk", "sin leche", "ohne Milch") and changes ("plus 2 more cases of water", "but only 1 guinness")
applied; the reasons it cannot be, for review."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal

from jobs.language.extraction import OrderLine, extract_lines
from jobs.language.history.customer import CustomerHistory, PastLine, PastOrder
from jobs.language.history.guide import guided, variant_named
from jobs.language.history.references import LAST_RX, USUAL_RX, Reference
from jobs.language.intent import HISTORY_REFERENCE_RX
from jobs.language.matching import Ambiguity, CatalogIndex, LineMatch

HISTORY_UNRESOLVED = "HISTORY_REFERENCE"
SAME_WEEK_DAYS = 4  # two different orders this close together make "last week" ambiguous

# Removals inside a reference ("but no milk", "sin leche", "sans le lait", "ohne Milch").
_REMOVAL_RX = re.compile(
    r"(?:\b(?:but|pero|mais|aber|ma)\s+)?\b(?:no|without|minus|except|skip|drop|leave\s+out|hold\s+the|"
    r"sin|menos|quita(?:d|r)?|sans|pas\s+de|moins|ohne|kein(?:e|en)?|senza)\s+"
    r"(?:the\s+|any\s+|el\s+|la\s+|los\s+|las\s+|le\s+|les\s+|de\s+|du\s+|des\s+|d'|den\s+|die\s+|das\s+|"
    r"il\s+|lo\s+)?(?!(?:gas|gaz|alcohol|alkohol|alcool|lactose|lactosa|sugar|azúcar|azucar|sucre|zucker|"
    r"kohlensäure|zucchero|glutens?|gluten|ice|hielo)\b)(?P<what>[^\W\d_][\w' -]{1,40}?)"
    r"(?=\s*(?:$|[,.;:!?()\n+]|\b(?:and|plus|but|add|this|that|please|pls|thanks|y|et|und|pero|mais|aber|"
    r"por|merci|bitte|diesmal|cette|esta|este|dieses|e|per|grazie)\b))",
    re.IGNORECASE,
)
# A change to a product already in the repeated basket adds to its quantity after these words ("plus 2
# more cases of water"), and replaces it after the others ("but only 1 guinness") or none.
_ADDITIVE_RX = re.compile(
    r"(?:\+|\b(?:extra|more|another|additional|on\s+top|plus|add|also|and|más|mas|además|ademas|y|"
    r"adicional(?:es)?|de\s+plus|supplémentaires?|en\s+plus|et|aussi|ajoute[rz]?|mehr|zusätzlich(?:e|en)?|"
    r"noch|dazu|und|in\s+più|anche)\b)",
    re.IGNORECASE,
)
_REPLACING_RX = re.compile(
    r"\b(?:but|only|instead|just|pero|solo|sólo|en\s+vez|mais|seulement|plutôt|aber|nur|statt|stattdessen|"
    r"invece)\b",
    re.IGNORECASE,
)
_FILLER_RX = re.compile(
    r"\([^)]*\)|\b(?:this\s+time|this\s+week|esta\s+vez|esta\s+semana|cette\s+fois|cette\s+semaine|"
    r"diesmal|dieses\s+mal|diese\s+woche|questa\s+volta)\b",
    re.IGNORECASE,
)
_CONNECTIVES_RX = re.compile(
    r"(?:^|(?<=\s))(?:but|and|also|plus|add|with|pero|y|además|ademas|añade|mais|et|ajoute[rz]?|aussi|aber|"
    r"und|dazu|noch|zusätzlich|ma|e|anche|in\s+più|en\s+plus|de\s+plus|only|just|solo|sólo|seulement|nur|please|pls|por\s+favor|porfa|s'il\s+vous\s+plaît|merci|bitte|danke|grazie)"
    r"(?=\s|$|[,.!])",
    re.IGNORECASE,
)


def without_reference(text: str) -> tuple[str, list[str]]:
    """The message without its reference and removal clauses (its changes and additions), and the removals."""
    rest = USUAL_RX.sub(" ", text)
    rest = LAST_RX.sub(" ", rest)
    rest = HISTORY_REFERENCE_RX.sub(" ", rest)
    removals: list[str] = []

    def _cut(m: re.Match[str]) -> str:
        removals.append(m.group("what").strip())
        return " , "

    rest = _FILLER_RX.sub(" , ", rest)
    rest = _REMOVAL_RX.sub(_cut, rest)
    return rest, [r for r in removals if r]


def _repeat_line(index: CatalogIndex, x: PastLine, order: PastOrder) -> LineMatch | None:
    product = index.product_by_sku(x.sku)
    if product is None:
        return None  # no longer in the catalog: the caller sends the order to review
    variant = variant_named(product, x.variant)
    label = product.name + (f" {variant.name}" if variant else "")
    line = OrderLine(
        quantity=x.quantity,
        unit=None,
        size=None,
        phrase=label,
        original_text=f"(repeat) {label}",
        quantity_explicit=True,
    )
    when = f" of {order.day.isoformat()}" if order.day else ""
    return LineMatch(line, product, variant, 0.95, f"repeat of order {order.ref}{when}")


def _pick_base(kind: Reference, history: CustomerHistory) -> tuple[PastOrder | None, str | None]:
    """(the order to repeat, None) or (None, why the reference cannot be resolved)."""
    recent = history.recent
    if not recent:
        return None, "no earlier order for this customer"
    if kind is Reference.LAST:
        last = recent[0]
        prev = recent[1] if len(recent) > 1 else None
        if (
            prev is not None
            and last.day
            and prev.day
            and prev.basket != last.basket
            and (last.day - prev.day).days < SAME_WEEK_DAYS
        ):
            return None, (
                f"ambiguous: two different recent orders ({recent[1].ref} of {recent[1].day}, "
                f"{last.ref} of {last.day})"
            )
        return last, None
    counts = Counter(o.basket for o in recent)
    ranked = counts.most_common(2)
    if ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None, f"ambiguous: no single usual basket in the last {len(recent)} orders"
    base = next(o for o in recent if o.basket == ranked[0][0])
    return base, None


def resolve_reference(
    text: str, kind: Reference, matches: list[LineMatch], history: CustomerHistory, index: CatalogIndex
) -> tuple[list[LineMatch], list[str], str | None]:
    base, why = _pick_base(kind, history)
    if base is None:
        return matches, [f"{HISTORY_UNRESOLVED}: {why}"], None
    rest, removals = without_reference(text)
    reasons: list[str] = []
    repeated: list[LineMatch] = []
    for x in base.lines:
        lm = _repeat_line(index, x, base)
        if lm is None:
            reasons.append(f"{HISTORY_UNRESOLVED}: {x.sku} of order {base.ref} is no longer in the catalog")
            continue
        repeated.append(lm)
    changes: list[str] = []
    for phrase in removals:
        probe = index.match(OrderLine(Decimal(1), None, None, phrase, phrase, False))
        skus = set(probe.candidates) or ({probe.product.sku} if probe.product is not None else set())
        if probe.alternatives and probe.product is not None and not probe.candidates:
            skus |= {s for s, _ in probe.alternatives}
        gone = [r for r in repeated if r.product is not None and r.product.sku in skus]
        if not gone and probe.product is not None:
            # the phrase names a family the basket holds one member of ("no milk", basket has semi-skimmed)
            gone = [r for r in repeated if r.product is not None and _shares_family(probe, r, phrase, index)]
        if not gone:
            reasons.append(f"{HISTORY_UNRESOLVED}: '{phrase}' to remove is not in order {base.ref}")
            continue
        if len(gone) > 1 and len({r.product.sku for r in gone if r.product}) > 1:
            reasons.append(
                f"{HISTORY_UNRESOLVED}: '{phrase}' to remove fits several lines of order {base.ref}"
            )
            continue
        repeated = [r for r in repeated if r not in gone]
        changes.append(f"-{gone[0].product.sku if gone[0].product else phrase}")
    bare = _CONNECTIVES_RX.sub(" ", rest)
    lines = [ln for ln in extract_lines(bare) if ln.understood or ln.quantity_explicit or ln.goods_hint]
    extra = [guided(m, history, index) for m in index.match_all(lines)]
    additions: list[LineMatch] = []
    for m in extra:
        sku = m.resolved_sku
        if m.ambiguity is Ambiguity.PRODUCTS and m.candidates:
            # a family word for a product of the basket ("but only 2 milk", the basket's one milk)
            inside = {r.product.sku for r in repeated if r.product is not None} & set(m.candidates)
            if len(inside) == 1:
                sku = inside.pop()
                product = index.product_by_sku(sku)
                m = replace(m, product=product, ambiguity=Ambiguity.NONE, candidates=(), confidence=0.9)
        same = [r for r in repeated if r.product is not None and r.product.sku == sku and not m.is_ambiguous]
        if sku is not None and same and m.line.quantity_explicit:
            target = same[0]
            additive = _adds(rest, m.line)
            q = target.line.quantity + m.catalog_quantity if additive else m.catalog_quantity
            new_line = replace(target.line, quantity=q)
            variant = m.variant or target.variant
            repeated[repeated.index(target)] = replace(
                target,
                line=new_line,
                variant=variant,
                reason=f"{target.reason}, quantity changed by the message",
            )
            changes.append(f"{sku} {'+' if additive else '='}{m.catalog_quantity.normalize():f}")
            continue
        additions.append(m)
        changes.append(f"+{sku or m.line.phrase}")
    note = f"repeat of order {base.ref}" + (f" of {base.day.isoformat()}" if base.day else "")
    if changes:
        note += " with changes: " + ", ".join(changes)
    return repeated + additions, reasons, note


def _adds(rest: str, line: OrderLine) -> bool:
    """Whether the change adds to the basket's quantity: the nearest marker before (or in) the line's
    words is additive ("plus", "more", "además"), not replacing ("but", "only") and not absent."""
    words = re.findall(r"\w+", line.original_text.lower())
    at = rest.lower().find(words[0]) if words else -1
    window = rest[max(0, at - 30) : at + len(line.original_text)] if at >= 0 else line.original_text
    last_add = max((m.end() for m in _ADDITIVE_RX.finditer(window)), default=-1)
    last_replace = max((m.end() for m in _REPLACING_RX.finditer(window)), default=-1)
    return last_add > last_replace


def _shares_family(probe: LineMatch, r: LineMatch, phrase: str, index: CatalogIndex) -> bool:
    """A removal phrase that names the product in words its name holds ("milk" for semi-skimmed milk)."""
    words = [w for w in re.findall(r"\w+", phrase.lower()) if len(w) > 2]
    name = (r.product.name if r.product else "").lower()
    return bool(words) and all(w.rstrip("s") in name for w in words)
