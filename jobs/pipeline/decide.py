"""The order decision: CONFIRMED only when the whole order is sure, otherwise REVIEW with the reasons."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from db.enums import OrderStatus
from jobs.language.extraction import OrderLine, size_value
from jobs.language.extraction.patterns import DAY_WORD_RE
from jobs.language.intent import HISTORY_REFERENCE, Intent, IntentResult
from jobs.language.matching import CatalogIndex, LineMatch
from jobs.language.matching.evidence import Unread
from jobs.language.matching.guards import guard_notes
from jobs.language.matching.packs import named_pack_count, pack_count_of, product_info
from jobs.language.matching.quantities import SMALL_CONTAINER_COUNT
from jobs.language.matching.sizing import amount_fits_several
from jobs.language.matching.tokens import strip_accents
from jobs.language.matching.vocabulary import (
    OUTER_PACKS,
    SINGLE_UNITS,
    VOLUME_UNITS,
    WEIGHT_UNITS,
)
from jobs.pipeline import bounds as order_bounds
from jobs.pipeline.pack_or_items import pack_or_items

IMPLICIT_QUANTITY_CAP = 0.5  # a line whose quantity was guessed can never auto-confirm

# Named rules an operator reads in the review reasons (README, "Order decision rules").
VARIANT_REQUIRED = "VARIANT_REQUIRED"  # a product sold in variants, the message names none
FRACTION_OF_UNIT = "FRACTION_OF_UNIT"  # a fraction of an indivisible selling unit (a case, a keg)
# PACK_OR_ITEMS (pack_or_items.py): does the line's count name the pack or its contents?
# The same product (and variant) on two lines of one order: a correction, a repeat or a line that took the
# product of the line before it ("5 x udon, 4 x 16oz boxes" read as 4 more udon). A human says which.
REPEATED_PRODUCT = "REPEATED_PRODUCT"
# "2 x brisket", "3 salmon" of a product sold by the kg: two kilos, or two pieces? A count with no weight.
COUNT_OF_WEIGHED = "COUNT_OF_WEIGHED"
# "5kg lemons" of a box of 80, "2 bags onions" sold by the kg: the line's unit cannot be read in the selling
# unit. Its sub-cases, named in the reason after the rule's name: a weight or volume of a product whose size is
# unknown; an outer pack of a product sold by weight; stems of a product whose stems per pack are unsaid; a
# case of a product sold each or by the bottle whose case size is unsaid; a roll of a pack of rolls; containers
# of a case whose item count is unsaid; items (loaves, punnets) left uncounted in trays or cases.
UNIT_MISMATCH = "UNIT_MISMATCH"
CONTENT_UNKNOWN, PACK_OF_WEIGHED, STEMS_UNCOUNTED = "CONTENT_UNKNOWN", "PACK_OF_WEIGHED", "STEMS_UNCOUNTED"
CASE_OF_ITEMS, ROLL_OF_PACK = "CASE_OF_ITEMS", "ROLL_OF_PACK"
ITEMS_UNCOUNTED, ITEMS_IN_PACKS = "ITEMS_UNCOUNTED", "ITEMS_IN_PACKS"
# "6 kg Leberkäs" of 1,5kg and 3kg loaves: an amount that fills whole numbers of several variants names none
# (matching/sizing.py: amount_fits_several); the largest is the reviewer's first guess.
AMOUNT_FITS_SEVERAL = "AMOUNT_FITS_SEVERAL"
# "... Also do you stock oat milk?": a question beside a complete order (jobs/language/extraction/
# questions.py) does not hold it; the order's notes carry it for whoever answers.
SIDE_QUESTION = "SIDE_QUESTION"
# "huy don thu 3 giup em" (Vietnamese without accents: cancel Tuesday's order), "the smirnoff for fri 3": a line
# whose only count is the number right after a weekday word, said after the line's goods and before none of them,
# took the day (the 3rd; Vietnamese "thứ 3" is Tuesday, Chinese "周3" Wednesday) for a count. A person reads it.
DAY_NUMBER = "DAY_NUMBER"
_DAY_NUMBER = re.compile(
    r"(?<!\w)(?:" + DAY_WORD_RE.pattern + r")\.?\s+(\d{1,2})(?![\w.,/:°])(?!\s*[x×*]\s*\d|\s+x\b)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
# Packs that always hold several items ("a box" or "a bag" may be the item itself: "6 boîtes de tomates").
MULTI_ITEM_PACKS = frozenset({"case", "crate", "tray", "pallet"})
# Units that name one item, never a pack of several, and have no conversion rule of their own (cans, bottles,
# jars and tubs convert by CONTAINERS_AS_UNITS): a count of them is not a count of cases.
ITEM_UNITS = frozenset({"punnet", "loaf", "bunch", "head"})
# ROLL_OF_PACK: units that name one item of a pack the catalog sells whole, when the product's name says that
# item ("1 rotolo scottex" of Kitchen Roll (pack of 12)): a count of them, left unconverted, is rolls or packs?
# A person asks. Not when the line's own name says it ("2 blue roll", "jumbo sausage rolls": the product's
# name, not a unit) nor when the name does not ("a roll of blue aprons" of a pack of 200 is the pack).
ROLL_UNITS = frozenset({"roll"})
_ROLL_WORD = re.compile(r"\brolls?\b(?!\s+of\s+\d)", re.IGNORECASE)  # "(roll of 200)": the roll is the pack
# Units that are sold whole: a fractional quantity of these is a quantity question, never a shipment.
INDIVISIBLE_UNITS = frozenset(
    {"case", "pack", "box", "keg", "tray", "each", "bottle", "bag", "sack", "tub", "tin", "sleeve", "crate"}
)


def _line_rule_reasons(i: int, label: str, m: LineMatch, index: CatalogIndex | None) -> list[str]:
    """Reasons from the named line rules (variant named, whole selling units) for one matched line."""
    reasons: list[str] = []
    p = m.product
    if p is None or m.resolved_sku is None:
        return reasons
    if len(p.variants) >= 2 and m.variant is None:
        names = "/".join(v.name for v in p.variants)
        reasons.append(f"{VARIANT_REQUIRED}: line {i} '{label}' is {p.sku}, sold as {names}; which one?")
    elif m.line.quantity_explicit and amount_fits_several(p, product_info(p).variant_sizes, m.line):
        q0 = m.line.quantity.normalize()
        reasons.append(
            f"{AMOUNT_FITS_SEVERAL}: line {i} '{label}' says {q0:f} {m.line.unit} of {p.sku}, which fills whole "
            f"numbers of several of its sizes; which size, how many?"
        )
    unit = (p.unit or "").lower()
    asked = pack_or_items(i, label, m, index)
    if asked is not None:
        reasons.append(asked)
    # ... also "20 pieces" / "20 tane" of fish sold by the kg: pieces are never kilos
    if (
        m.line.quantity_explicit
        and m.line.unit in (None, "each")
        and m.line.size is None
        and unit in WEIGHT_UNITS
    ):
        q0 = m.line.quantity.normalize()
        reasons.append(
            f"{COUNT_OF_WEIGHED}: line {i} '{label}' says {q0:f} of {p.sku}, sold by the {unit}: {unit} or pieces?"
        )
    if day := _day_number(m.line):
        reasons.append(f"{DAY_NUMBER}: line {i} '{label}' takes its count from '{day}': a day, or a count?")
    mismatch = _unit_mismatch(m, unit)
    if mismatch:
        reasons.append(f"{UNIT_MISMATCH} ({mismatch[0]}): line {i} '{label}' {mismatch[1]}")
    if m.line.quantity_explicit and unit in INDIVISIBLE_UNITS:
        q = m.catalog_quantity
        if q != q.to_integral_value():
            reasons.append(
                f"{FRACTION_OF_UNIT}: line {i} '{label}' is {q.normalize():f} {unit} of {p.sku}, "
                f"which is sold by the whole {unit}"
            )
    return reasons


def _day_number(line: OrderLine) -> str | None:
    """DAY_NUMBER: the words "thu 3" when the line's count is the number after a weekday word, its goods said
    before the day and none after it ("monday 3 x 4pt whole", "Šeštadieniui 10 Bočių duonos" count goods)."""
    if not line.quantity_explicit or line.unit is not None or line.size is not None:
        return None
    text = strip_accents(line.original_text).lower()
    goods = set(_WORD.findall(strip_accents(line.phrase).lower())) - {"x"}
    for m in _DAY_NUMBER.finditer(text):
        if int(m.group(1)) != line.quantity:
            continue
        before, after = set(_WORD.findall(text[: m.start()])), set(_WORD.findall(text[m.end() :]))
        if goods & before and not goods & after:
            return m.group(0)
    return None


def side_questions(lines: Sequence[OrderLine]) -> str | None:
    """The order's note for the questions asked beside it, None when there are none."""
    asked = [ln.original_text for ln in lines if ln.question and not ln.understood]
    if not asked or not any(ln.understood for ln in lines):
        return None
    return f"{SIDE_QUESTION}: the customer also asks " + "; ".join(f"'{q}'" for q in asked)


def _unit_mismatch(m: LineMatch, unit: str) -> tuple[str, str] | None:
    """UNIT_MISMATCH: what the line's unit says cannot be read in the product's selling unit: "5kg lemons"
    of a box of 80 (no weight to convert with), "2 bags brown onions" sold by the kg. (the sub-case's name, what
    the line says) or None."""
    lu = m.line.unit
    if lu is None or not m.line.quantity_explicit or lu == unit or m.product is None:
        return None
    measured = WEIGHT_UNITS.keys() | VOLUME_UNITS.keys()
    said = f"says {m.line.quantity.normalize():f} {lu} of {m.product.sku}, sold by the {unit}"
    if lu in measured and unit not in measured:
        dim = "wt" if lu in WEIGHT_UNITS else "vol"
        sizes = product_info(m.product).sizes
        if not any((v := size_value(sz)) is not None and v[0] == dim and v[1] > 0 for sz in sizes):
            return CONTENT_UNKNOWN, f"{said}, whose {lu} content is unknown"  # no size to convert with
    if lu in OUTER_PACKS and unit in WEIGHT_UNITS:
        return PACK_OF_WEIGHED, f"{said}: how many {unit} to the {lu}?"
    if lu == "stem" and unit != "each" and m.catalog_quantity == m.line.quantity:
        return STEMS_UNCOUNTED, f"{said}: how many stems to the {unit}?"  # STEMS_OF_A_BUNCH: no stem count
    unconverted = m.catalog_quantity == m.line.quantity
    cased = lu in MULTI_ITEM_PACKS and unit in SINGLE_UNITS and lu not in product_info(m.product).containers
    if cased and (unit == "each" or unconverted):
        # "4 cases of hand gel" of a pump bottle sold each; and "a case of moet 75" of champagne sold by the
        # bottle: 6 bottles (or 12), never one
        return CASE_OF_ITEMS, f"{said}: how many to the {lu}?"
    pack_of = pack_count_of(m.product, m.variant) or named_pack_count(m.product.name) or 0
    rolled = _ROLL_WORD.search(m.product.name) is not None and _ROLL_WORD.search(m.line.phrase) is None
    if lu in ROLL_UNITS and unit in OUTER_PACKS and unconverted and pack_of > 1 and rolled:
        return ROLL_OF_PACK, f"{said} of {pack_of}: {lu}s or {unit}s?"
    uncounted = m.catalog_quantity == m.line.quantity and m.line.quantity > SMALL_CONTAINER_COUNT
    if (
        lu in SINGLE_UNITS
        and lu != "each"
        and unit in MULTI_ITEM_PACKS
        and uncounted
        and not pack_count_of(m.product, m.variant)
    ):
        # "12 tins mushy peas" of a case whose tin count the catalog does not say: 12 cases, or 12 tins?
        return ITEMS_UNCOUNTED, f"{said}, whose items per {unit} are unknown: how many {unit}s is that?"
    if lu in ITEM_UNITS and unit in MULTI_ITEM_PACKS and uncounted:
        # "36 loaves" of a tray of 12: a count of items left uncounted in trays ("2 punnets" is 2 trays, the
        # trade's usual meaning of a small count: CONTAINERS_AS_UNITS)
        return ITEMS_IN_PACKS, f"{said}: how many {unit}s is that?"
    return None


def _repeated_products(matches: Sequence[LineMatch]) -> list[str]:
    """A REPEATED_PRODUCT reason for each product and variant that more than one line resolves to."""
    seen: dict[tuple[str, str | None], int] = {}
    reasons: list[str] = []
    for i, m in enumerate(matches, start=1):
        if m.resolved_sku is None or not m.line.understood:
            continue
        key = (m.resolved_sku, m.variant.name if m.variant is not None else None)
        if key in seen:
            reasons.append(f"{REPEATED_PRODUCT}: lines {seen[key]} and {i} are both {m.resolved_sku}")
        else:
            seen[key] = i
    return reasons


class Verdict(NamedTuple):
    status: OrderStatus  # CONFIRMED or REVIEW
    confidence: float
    reasons: list[str]


def decide_order(
    intent: IntentResult,
    matches: Sequence[LineMatch],
    threshold: float,
    bounds: order_bounds.OrderBounds | None = None,
    customer_usual: order_bounds.CustomerUsual | None = None,
    extra_reasons: Sequence[str] = (),
    index: CatalogIndex | None = None,
) -> Verdict:
    """(CONFIRMED | REVIEW, order confidence, review reasons) for one message's order.

    Order confidence = min(intent confidence, every line's confidence), where a line whose quantity was
    not stated counts at most IMPLICIT_QUANTITY_CAP: an order is only as sure as its weakest part. It is
    CONFIRMED only when that minimum reaches the threshold and nothing else needs a human (no unmatched
    or ambiguous line, intent ORDER, within the absolute bounds of jobs/pipeline/bounds.py: the tenant's
    `bounds`, the defaults when None); otherwise REVIEW, with one reason per problem. ``extra_reasons``:
    review reasons found elsewhere (the customer's history, jobs/language/history/), each one enough
    for REVIEW. ``index``: the catalog the lines were matched in, for the rules that read the runners-up's
    products (PACK_OR_ITEMS's COUNT_OF_CONTENTS); without it they are not asked.
    """
    reasons: list[str] = []
    if intent.intent != Intent.ORDER:
        reasons.append(f"intent {intent.intent.value} is not ORDER")
    if intent.confidence < threshold:
        reasons.append(f"intent confidence {intent.confidence:.2f} below threshold {threshold:.2f}")
    if HISTORY_REFERENCE in intent.reasons:
        reasons.append(f"HISTORY_REFERENCE: {HISTORY_REFERENCE.split(': ', 1)[1]}")
    if not matches:
        reasons.append("no order lines")
    confidences = [intent.confidence]
    for i, m in enumerate(matches, start=1):
        label = m.line.phrase or m.line.original_text
        line_conf = m.confidence
        if m.line.question and not m.line.understood and any(x.line.understood for x in matches):
            continue  # SIDE_QUESTION: a question beside the order; the order's notes carry it
        if not m.line.understood:
            # a part of the message that may ask for goods but was not read as a line
            unknown = m.unread is Unread.LIST_ITEM  # UNREAD_LIST_ITEM: the line's words name nothing known
            reasons.append(
                m.reason if unknown else f"part of the message was not understood: '{m.line.original_text}'"
            )
            confidences.append(min(line_conf, IMPLICIT_QUANTITY_CAP))
            continue
        rule_reasons = _line_rule_reasons(i, label, m, index)
        reasons.extend(rule_reasons)
        if m.product is None:
            reasons.append(f"line {i} '{label}' matched nothing")
        elif rule_reasons:
            pass
        elif m.is_ambiguous:
            skus = ", ".join([m.product.sku] + [s for s, _ in m.alternatives if s != m.product.sku][:3])
            reasons.append(f"line {i} ambiguous: {label} ({skus})")
        elif m.confidence < threshold:
            reasons.append(
                f"line {i} '{label}' confidence {m.confidence:.2f} below threshold {threshold:.2f}"
                + guard_notes(m.reason)
            )
        if not m.line.quantity_explicit:
            reasons.append(f"line {i} '{label}' quantity not stated (assumed {m.line.quantity})")
            line_conf = min(line_conf, IMPLICIT_QUANTITY_CAP)
        confidences.append(line_conf)
    reasons.extend(_repeated_products(matches))
    reasons.extend(
        order_bounds.check(matches, bounds, intent_reasons=intent.reasons, customer_usual=customer_usual)
    )
    reasons.extend(extra_reasons)
    confidence = min(confidences) if matches else 0.0
    status = OrderStatus.CONFIRMED if not reasons and confidence >= threshold else OrderStatus.REVIEW
    return Verdict(status, round(confidence, 3), reasons)
