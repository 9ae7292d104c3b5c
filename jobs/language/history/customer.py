"""A customer's order history as the history rules read it: their order guide (what they ordered, how often, how
much), their recent orders and the phrases learned for them. jobs/customers/guide.py reads it from the database;
`CustomerHistory.from_orders` builds it from past orders (evaluation, tests)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from jobs.language.extraction import OrderLine
from jobs.language.learned import LearnedPhrase, learned_key

RECENT_ORDERS = 20  # past orders a reference is resolved against


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
