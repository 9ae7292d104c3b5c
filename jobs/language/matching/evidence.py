"""The outcome of matching one line, and the evidence it was decided on, as flags rather than text."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import Enum

from jobs.language.extraction import OrderLine
from jobs.language.matching.catalog import CatalogProduct, CatalogVariant
from jobs.language.matching.quantities import catalog_quantity
from jobs.language.matching.weights import WEIGHTS

NO_MATCH_REASON = "no catalog match"
NOT_UNDERSTOOD_REASON = "part of the message was not understood"
# UNREAD_LIST_ITEM: a line of the order's list whose words name nothing the system knows ("黄油" alone on its
# line after "老干妈 2箱"): an item it could not read, never dropped in silence
UNREAD_LIST_ITEM = "UNREAD_LIST_ITEM"


class Unread(Enum):
    """Why a part of the message that was not understood is kept for the reviewer (`LineMatch.unread`)."""

    PART = "part"  # it may ask for goods: a count, a goods word, a catalog word (NOT_UNDERSTOOD_REASON)
    LIST_ITEM = "list item"  # UNREAD_LIST_ITEM: a line of the list whose words name nothing known


class MatchKind(Enum):
    """How well the chosen string names the line (the first word of the reason)."""

    EXACT = "exact"
    CLOSE = "close"
    FUZZY = "fuzzy"


class Ambiguity(Enum):
    NONE = "none"
    PRODUCTS = "products"  # several products fit equally well: the product is only a best guess
    VARIANT = "variant"  # the product is clear, not which of its variants ("olive oil", 1L or 5L)


@dataclass
class Evidence:
    """What a line's size and pack say about one product: flags decide, notes explain (in the reason)."""

    size_agrees: bool = False
    size_conflicts: bool = False  # a size, or a bare size number, the product is not sold in
    unit_agrees: bool = False  # the line's pack or weight is one the product is sold by
    wrong_pack: bool = False  # an outer pack the product is never sold in ("a case" of a keg)
    other_pack: bool = False  # GOODS_PACK_WORD: another goods pack's word for its own ("2 bag" of a box)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class LineMatch:
    """The outcome for one line; product None means it matched nothing and is kept for a reviewer."""

    line: OrderLine
    product: CatalogProduct | None
    variant: CatalogVariant | None
    confidence: float
    reason: str
    alternatives: tuple[tuple[str, float], ...] = ()  # (sku, score) runners-up
    ambiguity: Ambiguity = Ambiguity.NONE
    # Ambiguity.PRODUCTS: every product that fits the line equally well (the best guess first). A
    # customer's order guide may choose among exactly these (jobs/language/history/), never beyond.
    candidates: tuple[str, ...] = ()
    kind: MatchKind | None = None  # set for a line that names one product (not ambiguous, not unmatched)
    unread: Unread | None = None  # set for a part of the message that was not understood

    def for_a_person(self, reason: str, candidates: tuple[str, ...]) -> LineMatch:
        """The line held for a person to choose among ``candidates`` (confidence at most 0.5): two products said
        as one line (TWO_PRODUCTS, RUN_TOGETHER, JOINED_ITEMS, PACK_WORD_PAIRED)."""
        return replace(
            self,
            confidence=min(self.confidence, 0.5),
            reason=reason,
            ambiguity=Ambiguity.PRODUCTS,
            candidates=candidates,
        )

    @property
    def is_ambiguous(self) -> bool:
        """Several products, or several variants of the product, fit equally well."""
        return self.ambiguity is not Ambiguity.NONE

    @property
    def resolved_sku(self) -> str | None:
        """The SKU to act on without a human: None when unmatched, ambiguous between products or below
        the resolve floor (an unclear variant still names the product)."""
        if self.product is None or self.ambiguity is Ambiguity.PRODUCTS:
            return None
        if self.confidence < WEIGHTS.resolve_floor and not self.is_ambiguous:
            return None
        return self.product.sku

    @property
    def catalog_quantity(self) -> Decimal:
        """The line's quantity in the product's selling unit (2 kg coffee -> 2 x 1kg bags)."""
        if self.product is None:
            return self.line.quantity
        return catalog_quantity(self.line, self.product, self.variant)
