"""Know the customer (issue #15): what a customer's order history settles in a message, as pure text work.

The caller loads a `CustomerHistory` (jobs/customers/guide.py reads it with one indexed read; `oms eval`
and benchmarks/history.py build it from a histories file) and calls `apply_history` between matching and
the order decision. Three things, each only where the history allows it:

1. **Tie-break** (GUIDE): a line the matcher found ambiguous between products (`LineMatch.candidates`)
   is resolved when exactly one candidate is in the guide or the guide strongly prefers one (3+ orders,
   3x any other); likewise a variant left open. The line's reason says "usual for this customer". The guide only chooses among what the text already fits: a line
   the text resolves ("diet coke") is never touched, so the text always wins.
2. **References** ("the usual", "same as last week", "repeat my order", in English, Spanish, French,
   German, Italian): resolved to the last order ("last week/time", "again", "repeat") or to the
   customer's most frequent exact basket ("the usual"), with the message's removals ("no milk", "sin
   leche", "sans lait", "ohne Milch") and changes applied: a product already in the basket takes the
   message's quantity (added to it after "extra"/"more"/"plus"), any other line is added. It goes to
   review, with the reason, when the customer has no history or the reference is ambiguous (no basket
   repeats; two different orders in the last days), or a removal names nothing in the basket.
0. **Learned for this customer** (LEARNED_EVIDENCE): a line whose words a reviewer corrected for this
   customer (``customer_phrases``) takes that product (and variant); other customers are not touched.
3. **Quantity outlier** (QUANTITY_OUTLIER): a stated quantity far above what this customer orders of the
   product (at least 3 earlier orders of it; above both 3x their median and 2x their largest) is a
   review reason. Absolute bounds are the reliability rules' business (issue #6), not this module's.

With no history (None), nothing changes. A customer with an empty guide behaves exactly as before: the
only difference is an extra review reason on a reference the intent rules already send to review.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import Enum
from statistics import median

from jobs.language.extraction import OrderLine, extract_lines
from jobs.language.intent import HISTORY_REFERENCE, HISTORY_REFERENCE_RX, Intent, IntentResult
from jobs.language.learned import LearnedPhrase, learned_key
from jobs.language.matching import Ambiguity, CatalogIndex, CatalogProduct, CatalogVariant, LineMatch
from jobs.language.scripts import fold_message

__all__ = [
    "CustomerHistory",
    "GuideItem",
    "HistoryOutcome",
    "PastLine",
    "PastOrder",
    "Reference",
    "apply_history",
    "reference_kind",
    "reference_intent",
    "GUIDE_EVIDENCE",
    "LEARNED_EVIDENCE",
    "QUANTITY_OUTLIER",
    "HISTORY_UNRESOLVED",
]

GUIDE_EVIDENCE = "usual for this customer"
LEARNED_EVIDENCE = "learned for this customer"
LEARNED_CONFIDENCE = 0.95
QUANTITY_OUTLIER = "QUANTITY_OUTLIER"
HISTORY_UNRESOLVED = "HISTORY_REFERENCE"
RECENT_ORDERS = 20  # past orders a reference is resolved against
OUTLIER_MIN_ORDERS = 3
OUTLIER_MEDIAN_FACTOR = Decimal(3)
OUTLIER_MAX_FACTOR = Decimal(2)
SAME_WEEK_DAYS = 4  # two different orders this close together make "last week" ambiguous
PREFERENCE_MIN_ORDERS = 3  # a "strong preference": in at least this many orders...
PREFERENCE_FACTOR = 3  # ...and at least this many times as many as the next candidate
GUIDE_BASE_CONFIDENCE = 0.86
GUIDE_PER_ORDER = 0.01
GUIDE_MAX_CONFIDENCE = 0.94
REFERENCE_INTENT_CONFIDENCE = 0.9  # a message that asks to repeat an order is an order


# ---- the history ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PastLine:
    sku: str
    variant: str | None  # the variant's name, on products sold in variants
    quantity: Decimal  # in the product's selling unit


@dataclass(frozen=True)
class PastOrder:
    ref: str  # the order's id (or a label in evaluation data)
    day: date | None
    lines: tuple[PastLine, ...]

    @property
    def basket(self) -> tuple[tuple[str, str, str], ...]:
        """The exact basket, order-independent (for "the usual": the most frequent one)."""
        return tuple(
            sorted((x.sku, x.variant or "", format(x.quantity.normalize(), "f")) for x in self.lines)
        )


@dataclass(frozen=True)
class GuideItem:
    """One product (and variant) a customer has ordered, as the order guide keeps it."""

    sku: str
    variant: str | None
    orders: int  # confirmed orders that held it
    quantities: tuple[Decimal, ...] = ()  # its quantity in the most recent of them (up to 10), oldest first
    last_ordered: date | None = None


@dataclass(frozen=True)
class CustomerHistory:
    """A customer's order guide, and (only when a message refers to an earlier order) its recent orders."""

    items: tuple[GuideItem, ...] = ()
    orders: int = 0  # confirmed orders the guide was built from
    recent: tuple[PastOrder, ...] = ()  # newest first; empty when not loaded or none
    phrases: tuple[LearnedPhrase, ...] = ()  # learned for this customer (ACTIVE ones)
    _by_sku: dict[str, list[GuideItem]] = field(default_factory=dict, repr=False, compare=False)
    _phrases: dict[str, LearnedPhrase] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for it in self.items:
            self._by_sku.setdefault(it.sku, []).append(it)
        for lp in self.phrases:
            self._phrases[lp.phrase] = lp

    def learned(self, line: OrderLine) -> LearnedPhrase | None:
        return self._phrases.get(learned_key(line.phrase, line.size)) if self._phrases else None

    @classmethod
    def from_orders(cls, orders: Iterable[PastOrder], keep: int = 10) -> CustomerHistory:
        """The guide and recent orders from a customer's past orders, oldest first (evaluation, tests).
        The same aggregation the database trigger keeps incrementally (jobs/customers/guide.py)."""
        past = list(orders)
        acc: dict[tuple[str, str | None], GuideItem] = {}
        for o in past:
            seen: dict[tuple[str, str | None], Decimal] = {}
            for x in o.lines:
                seen[(x.sku, x.variant)] = seen.get((x.sku, x.variant), Decimal(0)) + x.quantity
            for key, q in seen.items():
                prev = acc.get(key) or GuideItem(key[0], key[1], 0)
                acc[key] = GuideItem(
                    key[0], key[1], prev.orders + 1, (*prev.quantities, q)[-keep:], o.day or prev.last_ordered
                )
        return cls(tuple(acc.values()), len(past), tuple(reversed(past[-RECENT_ORDERS:])))

    @property
    def empty(self) -> bool:
        return not self.items

    def product_orders(self, sku: str) -> int:
        """Orders that held the product, whatever the variant (a product twice in one order counts once
        per variant: an upper bound, enough to tell 'never' from 'usually')."""
        return max((it.orders for it in self._by_sku.get(sku, ())), default=0)

    def variants_of(self, sku: str) -> list[GuideItem]:
        return [it for it in self._by_sku.get(sku, ()) if it.variant]

    def quantities_of(self, sku: str) -> list[Decimal]:
        items = self._by_sku.get(sku, ())
        if len(items) == 1:
            return list(items[0].quantities)
        return [q for it in items for q in it.quantities]  # several variants: their quantities together


@dataclass
class HistoryOutcome:
    intent: IntentResult
    matches: list[LineMatch]
    reasons: list[str] = field(default_factory=list)  # review reasons the history adds
    note: str | None = None  # "repeat of order X with changes: ..." when a reference was resolved


# ---- references ---------------------------------------------------------------------------------------
class Reference(Enum):
    LAST = "last"  # the customer's last order
    USUAL = "usual"  # the customer's most frequent exact basket


_USUAL_RX = re.compile(
    r"\b(?:(?:(?:the|my|our)\s+usual(?:\s+order)?|usual\s+order|same\s+as\s+(?:usual|always)|"
    r"usual(?=\s+(?:please|pls|plz|thanks|cheers|again|bhej\w*|mokl\w*|send)\b))"
    r"(?!\s+(?:address|time|day|place|driver|slot|delivery|spot|way|price|drop|door|hour|guy|bloke|one|person))|"
    r"lo\s+(?:de\s+siempre|habitual)|(?:el\s+)?pedido\s+(?:de\s+siempre|habitual)|"
    r"comme\s+d'habitude|(?:la\s+)?commande\s+habituelle|"
    r"wie\s+(?:immer|gewohnt|üblich|ueblich)|das\s+(?:übliche|uebliche)|die\s+übliche\s+bestellung|"
    r"il\s+solito|come\s+(?:sempre|al\s+solito))",
    re.IGNORECASE,
)
# "double the usual", "on top of the usual", "Thursday as usual": the earlier order is a yardstick or a
# habit, not the order to repeat
_NOT_A_REPEAT_RX = re.compile(
    r"(?:double|twice|half|triple|than|top\s+of|besides|apart\s+from|addition\s+to|as|doble|mitad|"
    r"double\s+de|moiti[eé]|doppelt|h[aä]lfte|als|doppio|met[aà])\s*$",
    re.IGNORECASE,
)
_LAST_RX = re.compile(
    r"\b(?:same\s+(?:order\s+)?(?:again|as\s+(?:last|before|previous)(?:\s+(?:week|weeks|time|order|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?)?(?:\s+order)?)|same\s+order\s+as\s+last\s+\w+|"
    r"repeat\s+(?:my|our|the|last)(?:\s+(?:last|previous))?(?:\s+(?:week's|weeks|time's))?(?:\s+order)?|"
    r"(?:lo\s+mismo|el\s+mismo\s+pedido)\s+que\s+(?:la\s+semana\s+pasada|la\s+(?:última|ultima)\s+vez|"
    r"el\s+(?:último|ultimo)\s+pedido|el\s+\w+\s+pasado)|repet(?:ir|id|ime|idme)\s+el\s+(?:último\s+|ultimo\s+)?pedido|"
    r"(?:la\s+m[eê]me\s+(?:commande\s+)?que\s+|comme\s+)(?:la\s+semaine\s+derni[eè]re|la\s+derni[eè]re\s+fois|"
    r"la\s+derni[eè]re\s+commande)|la\s+m[eê]me\s+commande|"
    r"(?:das\s+(?:gleiche|selbe)|dieselbe\s+bestellung|die\s+gleiche\s+bestellung)\s+wie\s+"
    r"(?:letzte\s+woche|letztes\s+mal|beim\s+letzten\s+mal)|wie\s+(?:letzte\s+woche|letztes\s+mal|beim\s+"
    r"letzten\s+mal|gehabt)|das\s+(?:gleiche|selbe)(?:\s+nochmal)?|"
    r"come\s+la\s+settimana\s+scorsa|lo\s+stesso\s+(?:ordine\s+)?(?:della|dell'|di)\s*\w*|"  # and Roman Hindi:
    r"pichh?l[aei]\s+(?:hafte|week|baar|bar)\s+(?:wala|wale|vala|jaisa|da|di|ka|ki)|pehle\s+jaisa)",
    re.IGNORECASE,
)
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


def reference_kind(text: str) -> Reference | None:
    """Which earlier order the message asks for again, or None when it asks for none."""
    text = fold_message(text)  # "老样子", "nhu moi khi": the usual, as the extractor reads it
    for rx, kind in ((_USUAL_RX, Reference.USUAL), (_LAST_RX, Reference.LAST)):
        for m in rx.finditer(text):
            if not _NOT_A_REPEAT_RX.search(text[max(0, m.start() - 24) : m.start()]):
                return kind
    return None


def _without_reference(text: str) -> tuple[str, list[str]]:
    """The message without its reference and removal clauses (its changes and additions), and the removals."""
    rest = _USUAL_RX.sub(" ", text)
    rest = _LAST_RX.sub(" ", rest)
    rest = HISTORY_REFERENCE_RX.sub(" ", rest)
    removals: list[str] = []

    def _cut(m: re.Match[str]) -> str:
        removals.append(m.group("what").strip())
        return " , "

    rest = _FILLER_RX.sub(" , ", rest)
    rest = _REMOVAL_RX.sub(_cut, rest)
    return rest, [r for r in removals if r]


# ---- the pieces --------------------------------------------------------------------------------------
def _guide_confidence(orders: int) -> float:
    return round(min(GUIDE_MAX_CONFIDENCE, GUIDE_BASE_CONFIDENCE + GUIDE_PER_ORDER * max(orders, 1)), 3)


def _variant_named(product: CatalogProduct, name: str | None) -> CatalogVariant | None:
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
    variant = _variant_named(product, pick[0])
    return (variant, pick[1]) if variant is not None else None


def _learned(m: LineMatch, history: CustomerHistory, index: CatalogIndex) -> LineMatch:
    """A phrase learned for this customer: the product (and variant) a reviewer gave these words."""
    lp = history.learned(m.line)
    product = index.product_by_sku(lp.sku) if lp is not None else None
    if lp is None or product is None:
        return m
    variant = _variant_named(product, lp.variant)
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


def _guided(m: LineMatch, history: CustomerHistory, index: CatalogIndex) -> LineMatch:
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


def _outliers(matches: Sequence[LineMatch], history: CustomerHistory) -> list[str]:
    reasons: list[str] = []
    for i, m in enumerate(matches, start=1):
        sku = m.resolved_sku
        if sku is None or not m.line.quantity_explicit or m.is_ambiguous:
            continue
        past = history.quantities_of(sku)
        if len(past) < OUTLIER_MIN_ORDERS:
            continue
        q = m.catalog_quantity
        med = Decimal(str(median(past)))
        top = max(past)
        if q > med * OUTLIER_MEDIAN_FACTOR and q > top * OUTLIER_MAX_FACTOR:
            label = m.line.phrase or m.line.original_text
            unit = (m.product.unit if m.product else None) or "units"
            reasons.append(
                f"{QUANTITY_OUTLIER}: line {i} '{label}' is {q.normalize():f} {unit} of {sku}; this customer "
                f"usually orders {med.normalize():f} (at most {top.normalize():f} in {len(past)} orders)"
            )
    return reasons


def _repeat_line(index: CatalogIndex, x: PastLine, order: PastOrder) -> LineMatch | None:
    product = index.product_by_sku(x.sku)
    if product is None:
        return None  # no longer in the catalog: the caller sends the order to review
    variant = _variant_named(product, x.variant)
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


def _resolve_reference(
    text: str, kind: Reference, matches: list[LineMatch], history: CustomerHistory, index: CatalogIndex
) -> tuple[list[LineMatch], list[str], str | None]:
    base, why = _pick_base(kind, history)
    if base is None:
        return matches, [f"{HISTORY_UNRESOLVED}: {why}"], None
    rest, removals = _without_reference(text)
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
    extra = [_guided(m, history, index) for m in index.match_all(lines)]
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


_ASKS_TO_REPEAT = re.compile(
    r"^\W*(?:[^\W\d_][\w']*(?:[ \t]+[^\W\d_][\w']*){0,3}[ \t]*[,!.]+\s*)?"  # a greeting: "Buenas,", "Good morning,"
    r"(?:(?:please|pls|kindly)\s+|(?:can|could)\s+(?:you|u)\s+(?:please\s+)?)?"
    r"(?:repeat|same|the\s+usual|usual|lo\s|el\s+mismo|repet|comme|la\s+m[eê]me|wie|das|dasselbe|die\s+gleiche|"
    r"il\s+solito|come|lo\s+stesso)",
    re.IGNORECASE,
)


def reference_intent(text: str, intent: IntentResult, past_orders: int) -> IntentResult:
    """A message read as OTHER or QUESTION that only asks for an earlier order again ("Please repeat last
    week's order.", "lo mismo que la semana pasada") is an ORDER when the customer has one to repeat
    (``past_orders`` > 0); any other result is returned as it is. With no history nothing changes."""
    if past_orders <= 0 or intent.intent not in (Intent.OTHER, Intent.QUESTION):
        return intent
    if reference_kind(text) is None:
        return intent
    body = re.sub(r"(?im)^\s*subject:.*$", " ", text).strip()
    if not _ASKS_TO_REPEAT.search(body) or len(body) > 300:
        return intent
    if intent.intent is Intent.QUESTION and not re.match(r"^\W*(?:can|could)\s+(?:you|u)\b", body, re.I):
        return intent
    reasons = (*intent.reasons, "asks to repeat an earlier order", HISTORY_REFERENCE)
    return IntentResult(Intent.ORDER, max(intent.confidence, REFERENCE_INTENT_CONFIDENCE), reasons)


# ---- the entry point --------------------------------------------------------------------------------
def apply_history(
    text: str,
    intent: IntentResult,
    matches: Sequence[LineMatch],
    index: CatalogIndex,
    history: CustomerHistory | None,
) -> HistoryOutcome:
    """What the customer's history settles in one message (module docstring). ``history`` None: no
    change at all. The outcome's ``reasons`` are review reasons for `decide_order`."""
    if history is None:
        return HistoryOutcome(intent, list(matches))
    if intent.intent != Intent.ORDER:  # only orders are matched (as in the pipeline)
        return HistoryOutcome(intent, list(matches))
    if history.phrases:  # the customer's own words first: a reviewer said what they mean
        matches = [_learned(m, history, index) for m in matches]
    flagged = HISTORY_REFERENCE in intent.reasons
    kind = reference_kind(text) if (flagged or history.orders > 0) else None
    if kind is None:  # (a reference the intent rules flag but this module does not read stays for review)
        guided = [_guided(m, history, index) for m in matches] if not history.empty else list(matches)
        return HistoryOutcome(intent, guided, _outliers(guided, history))
    resolved, reasons, note = _resolve_reference(text, kind, list(matches), history, index)
    if note is None:  # not resolved: the reference stays a review reason
        guided = [_guided(m, history, index) for m in matches] if not history.empty else list(matches)
        if not flagged:
            reasons = [f"HISTORY_REFERENCE: {HISTORY_REFERENCE.split(': ', 1)[1]}", *reasons]
        return HistoryOutcome(intent, guided, reasons)
    kept = tuple(r for r in intent.reasons if r != HISTORY_REFERENCE)
    new_intent = IntentResult(
        intent.intent,
        max(intent.confidence, REFERENCE_INTENT_CONFIDENCE),
        (*kept, f"history reference: {note}"),
    )
    return HistoryOutcome(new_intent, resolved, reasons + _outliers(resolved, history), note)
