"""QUANTITY_OUTLIER: a stated quantity far above what this customer orders of the product (at least
OUTLIER_MIN_ORDERS earlier orders of it; above both OUTLIER_MEDIAN_FACTOR times their median and OUTLIER_MAX_FACTOR
times their largest) is a review reason. Absolute bounds are jobs/pipeline/bounds.py's (issue #6)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from statistics import median

from jobs.language.history.customer import CustomerHistory
from jobs.language.matching import LineMatch

QUANTITY_OUTLIER = "QUANTITY_OUTLIER"
OUTLIER_MIN_ORDERS = 3
OUTLIER_MEDIAN_FACTOR = Decimal(3)
OUTLIER_MAX_FACTOR = Decimal(2)


def quantity_outliers(matches: Sequence[LineMatch], history: CustomerHistory) -> list[str]:
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
