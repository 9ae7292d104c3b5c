"""Absolute bounds on auto-confirmation (#6 item 3): an absurd order is never CONFIRMED, however sure
the language stages are of what it says.

Each bound is a named rule; its review reason starts with the name (README, "Order decision rules"):

| rule | an order goes to review when |
|---|---|
| `QUANTITY_ABOVE_RANGE` | a line's quantity, in the product's selling unit, is above the product's normal maximum |
| `SIGNED_QUANTITY` | a line's quantity is written with a sign ("-5 cases", "+5", "−2 kg") |
| `UNSTORABLE_QUANTITY` | a quantity that cannot be stored as it was written ("0.0001 kg" rounds to 0 at the 3 decimal places an order line keeps; above 999,999.999): the line is stored clamped to the nearest storable value for a reviewer to correct, never failed and retried |
| `TOO_MANY_LINES` | more lines than `max_lines` |
| `ORDER_TOTAL_ABOVE_CAP` | the priced total is above the tenant's cap |
| `ORDER_TOTAL_ABOVE_USUAL` | the customer has ordered before (`min_orders_for_usual` orders) and the total is above `usual_multiplier` x their average order, and above `usual_floor` |
| `TEXT_TOO_LONG` | the message is longer than the analysis reads (`MAX_ANALYSED_CHARS`): only its start was analysed, a human must read the rest |

Per tenant, ``distributors.settings -> 'order_bounds'`` overrides any default below; a malformed value
falls back to the default. Keys: ``max_line_quantity`` (any unit), ``unit_max`` ({unit: max}),
``product_max`` ({sku: max}; a variant's own SKU or its product's), ``max_lines``, ``max_order_total``
(null: no cap), ``usual_multiplier``, ``usual_floor``, ``min_orders_for_usual``.

Quantity against the customer's own history per product is issue #15's (another rule); these are the
absolute bounds that hold for every customer, the first order of a new one included.
"""

from __future__ import annotations

import re
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from jobs.language.matching import LineMatch

QUANTITY_ABOVE_RANGE = "QUANTITY_ABOVE_RANGE"
SIGNED_QUANTITY = "SIGNED_QUANTITY"
UNSTORABLE_QUANTITY = "UNSTORABLE_QUANTITY"
TOO_MANY_LINES = "TOO_MANY_LINES"
ORDER_TOTAL_ABOVE_CAP = "ORDER_TOTAL_ABOVE_CAP"
ORDER_TOTAL_ABOVE_USUAL = "ORDER_TOTAL_ABOVE_USUAL"
TEXT_TOO_LONG = "TEXT_TOO_LONG"
RULES = (
    QUANTITY_ABOVE_RANGE,
    SIGNED_QUANTITY,
    UNSTORABLE_QUANTITY,
    TOO_MANY_LINES,
    ORDER_TOTAL_ABOVE_CAP,
    ORDER_TOTAL_ABOVE_USUAL,
    TEXT_TOO_LONG,
)

SETTINGS_KEY = "order_bounds"
# The analysis reads at most this many characters of a message (about 600 order lines): its cost grows
# with the text, and a 100 KB message took 17 s. Deterministic (a character count, not a clock), so a
# redo of the same message makes the same order.
MAX_ANALYSED_CHARS = 12_000

# order_products.quantity is numeric(12,3), CHECK (quantity > 0).
QUANTITY_STEP = Decimal("0.001")
MIN_STORABLE = QUANTITY_STEP
# A practical ceiling below the column's (9 integer digits): a million units of one line is no order,
# and it keeps every line price and the total within numeric(14,2) for any catalog price.
MAX_STORABLE = Decimal("999999.999")
MAX_MONEY = Decimal("999999999999.99")  # orders.total_amount and order_products.line_price: numeric(14,2)

DEFAULT_MAX_LINE_QUANTITY = Decimal(200)
DEFAULT_UNIT_MAX: Mapping[str, Decimal] = {
    "each": Decimal(1000),
    "kg": Decimal(500),
    "g": Decimal(100000),
    "l": Decimal(500),
    "litre": Decimal(500),
    "ml": Decimal(100000),
    "keg": Decimal(50),
}


def _dec(value: Any, default: Decimal | None) -> Decimal | None:
    try:
        d = Decimal(str(value))
    except (InvalidOperation, ValueError, TypeError):
        return default
    return d if d.is_finite() and d > 0 else default


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else default


@dataclass(frozen=True)
class OrderBounds:
    max_line_quantity: Decimal = DEFAULT_MAX_LINE_QUANTITY
    unit_max: Mapping[str, Decimal] = field(default_factory=lambda: dict(DEFAULT_UNIT_MAX))
    product_max: Mapping[str, Decimal] = field(default_factory=dict)
    max_lines: int = 50
    max_order_total: Decimal | None = Decimal(20000)
    usual_multiplier: Decimal = Decimal(5)
    usual_floor: Decimal = Decimal(500)
    min_orders_for_usual: int = 3

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any] | None) -> OrderBounds:
        """The tenant's bounds from `distributors.settings`; anything malformed is the default."""
        raw = (settings or {}).get(SETTINGS_KEY)
        if not isinstance(raw, Mapping):
            return DEFAULT_BOUNDS
        d = DEFAULT_BOUNDS
        unit_max = dict(d.unit_max)
        if isinstance(raw.get("unit_max"), Mapping):
            for unit, value in raw["unit_max"].items():
                parsed = _dec(value, None)
                if parsed is not None:
                    unit_max[str(unit).lower()] = parsed
        product_max: dict[str, Decimal] = {}
        if isinstance(raw.get("product_max"), Mapping):
            for sku, value in raw["product_max"].items():
                parsed = _dec(value, None)
                if parsed is not None:
                    product_max[str(sku)] = parsed
        cap: Decimal | None = d.max_order_total
        if "max_order_total" in raw:
            cap = None if raw["max_order_total"] is None else _dec(raw["max_order_total"], d.max_order_total)
        return cls(
            max_line_quantity=_dec(raw.get("max_line_quantity"), d.max_line_quantity) or d.max_line_quantity,
            unit_max=unit_max,
            product_max=product_max,
            max_lines=_int(raw.get("max_lines"), d.max_lines),
            max_order_total=cap,
            usual_multiplier=_dec(raw.get("usual_multiplier"), d.usual_multiplier) or d.usual_multiplier,
            usual_floor=_dec(raw.get("usual_floor"), d.usual_floor) or d.usual_floor,
            min_orders_for_usual=_int(raw.get("min_orders_for_usual"), d.min_orders_for_usual),
        )

    def line_max(self, sku: str | None, variant_sku: str | None, unit: str | None) -> Decimal:
        for key in (variant_sku, sku):
            if key and key in self.product_max:
                return self.product_max[key]
        return self.unit_max.get((unit or "").lower(), self.max_line_quantity)


DEFAULT_BOUNDS = OrderBounds()


# ----------------------------------------------------------------------------- quantities
# A sign written right before a quantity: "-5 cases", "+5", "x -3", "−2kg" (U+2212 also with a space),
# at the start of a line or after a space/comma/colon/"x" - not a range "2-3", a code "COKE-330", a
# dash between items "coke zero - 3 cases", nor a list's bullets (two or more lines opening with the
# same dash or plus, "-2 cases coke" / "-3 kg tomatoes").
_SIGNS = "-+\u2212\u2013\u2014\u2012\u2796\u2795\ufe63\uff0b\uff0d"
_SIGNED = re.compile(
    rf"(?:^|(?<=[\s,;:(x*]))([{_SIGNS}]\d|\u2212\s*\d)(?![\d\s]{{5}}\d)"
)  # not "+44 7700..."
_BULLET = re.compile(rf"^\s*([{_SIGNS}])")


def signed_quantities(text: str) -> list[str]:
    """The lines of `text` that write a quantity with a sign (the extraction reads "-5" as 5)."""
    lines = (text or "").splitlines()
    bullets: dict[str, int] = {}
    for line in lines:
        if b := _BULLET.match(line):
            bullets[b.group(1)] = bullets.get(b.group(1), 0) + 1
    found = []
    for line in lines:
        for hit in _SIGNED.finditer(line):
            at_start = not line[: hit.start()].strip()
            if at_start and bullets.get(hit.group(1)[0], 0) >= 2 and hit.group(1)[0] != "\u2212":
                continue
            found.append(line.strip()[:60])
            break
    return found


def signed_reason(text: str) -> str | None:
    """The SIGNED_QUANTITY reason the analysis adds to its intent reasons, or None."""
    found = signed_quantities(text)
    if not found:
        return None
    return f"{SIGNED_QUANTITY}: a quantity is written with a sign: " + "; ".join(f"'{x}'" for x in found[:3])


def storable(quantity: Decimal) -> Decimal:
    """The nearest quantity an order line can store (3 decimal places, > 0, <= MAX_STORABLE)."""
    try:
        q = quantity.quantize(QUANTITY_STEP)
    except InvalidOperation:  # too many digits to quantize
        return MAX_STORABLE if quantity > 0 else MIN_STORABLE
    if q < MIN_STORABLE:
        return MIN_STORABLE
    return min(q, MAX_STORABLE)


def is_storable(quantity: Decimal) -> bool:
    return quantity.is_finite() and storable(quantity) == quantity


def money_storable(amount: Decimal) -> Decimal:
    """A line price or total as it can be stored: never above MAX_MONEY (the order is in review then)."""
    return min(amount, MAX_MONEY)


def _fmt(q: Decimal) -> str:
    try:
        return f"{q.normalize():f}" if abs(q) < Decimal("1e15") else f"{q:.3E}"
    except InvalidOperation:
        return str(q)


# ----------------------------------------------------------------------------- text length
def analysable(text: str) -> tuple[str, str | None]:
    """(the part of `text` the analysis reads, the TEXT_TOO_LONG reason or None). Cut at the last line
    break (else space) before the limit, so no line is read half."""
    if len(text) <= MAX_ANALYSED_CHARS:
        return text, None
    head = text[:MAX_ANALYSED_CHARS]
    cut = max(head.rfind("\n"), head.rfind(" "))
    if cut > MAX_ANALYSED_CHARS // 2:
        head = head[:cut]
    reason = (
        f"{TEXT_TOO_LONG}: the message is {len(text):,} characters; only the first {len(head):,} were "
        "analysed, a human must read the rest"
    )
    return head, reason


# ----------------------------------------------------------------------------- the check
CustomerUsual = Callable[[], "tuple[int, Decimal] | None"]


def check(
    matches: Sequence[LineMatch],
    bounds: OrderBounds | None = None,
    *,
    intent_reasons: Sequence[str] = (),
    customer_usual: CustomerUsual | None = None,
) -> list[str]:
    """The review reasons of every bound this order breaks (empty: within bounds).

    `customer_usual` is called only when the total is above the usual-check floor: it returns the
    customer's (order count, total spent) or None."""
    b = bounds or DEFAULT_BOUNDS
    reasons = [r for r in intent_reasons if r.startswith((TEXT_TOO_LONG, SIGNED_QUANTITY))]
    if len(matches) > b.max_lines:
        reasons.append(f"{TOO_MANY_LINES}: {len(matches)} lines, more than the {b.max_lines} auto-confirmed")
    total = Decimal(0)
    for i, m in enumerate(matches, start=1):
        line = m.line
        label = line.phrase or line.original_text
        if signed_quantities(line.original_text) and not any(r.startswith(SIGNED_QUANTITY) for r in reasons):
            reasons.append(
                f"{SIGNED_QUANTITY}: line {i} '{label}' has a signed quantity ('{line.original_text.strip()[:60]}')"
            )
        q = m.catalog_quantity
        unit = (m.product.unit if m.product is not None else line.unit) or ""
        if not q.is_finite() or not is_storable(q):
            reasons.append(
                f"{UNSTORABLE_QUANTITY}: line {i} '{label}' quantity {_fmt(q)} {unit} cannot be stored "
                f"(0.001 to 999,999.999, three decimal places); stored as {_fmt(storable(q))}"
            )
        p = m.product
        if p is not None and m.resolved_sku is not None:
            v = m.variant
            limit = b.line_max(p.sku, v.sku if v is not None else None, p.unit)
            if q > limit:
                reasons.append(
                    f"{QUANTITY_ABOVE_RANGE}: line {i} '{label}' is {_fmt(q)} {unit} of {p.sku}, above the "
                    f"normal maximum of {_fmt(limit)}"
                )
            price = v.unit_price if v is not None and v.unit_price is not None else p.unit_price
            if price is not None and q.is_finite():
                total += storable(q) * Decimal(str(price))
    if total > MAX_MONEY:
        reasons.append(
            f"{UNSTORABLE_QUANTITY}: the total {_fmt(total)} cannot be stored; stored as {MAX_MONEY}"
        )
    if b.max_order_total is not None and total > b.max_order_total:
        reasons.append(
            f"{ORDER_TOTAL_ABOVE_CAP}: total {total:.2f} is above the cap of {b.max_order_total:.2f}"
        )
    elif customer_usual is not None and total > b.usual_floor:
        usual = customer_usual()
        if usual is not None:
            orders, spent = usual
            if orders >= b.min_orders_for_usual and spent > 0:
                average = spent / orders
                if total > average * b.usual_multiplier:
                    reasons.append(
                        f"{ORDER_TOTAL_ABOVE_USUAL}: total {total:.2f} is more than {_fmt(b.usual_multiplier)} x "
                        f"this customer's average order of {average:.2f} ({orders} orders)"
                    )
    return reasons


# ----------------------------------------------------------------------------- tenant settings
_CACHE_SECONDS = 30.0
_cache: dict[uuid.UUID, tuple[float, OrderBounds]] = {}
_cache_lock = threading.Lock()


def for_tenant(tenant: uuid.UUID, settings: Mapping[str, Any] | None = None) -> OrderBounds:
    """The tenant's bounds: from `settings` when the caller has the distributor's settings at hand,
    else read (one small query) and kept for 30 s per process."""
    if settings is not None:
        return OrderBounds.from_settings(settings)
    now = time.monotonic()
    with _cache_lock:
        hit = _cache.get(tenant)
    if hit is not None and now - hit[0] < _CACHE_SECONDS:
        return hit[1]
    from sqlalchemy import text

    from db.session import tenant_session

    with tenant_session(tenant) as s:
        raw = s.scalar(text("SELECT settings FROM distributors WHERE id = :t"), {"t": tenant})
    bounds = OrderBounds.from_settings(raw if isinstance(raw, Mapping) else None)
    with _cache_lock:
        _cache[tenant] = (now, bounds)
    return bounds
