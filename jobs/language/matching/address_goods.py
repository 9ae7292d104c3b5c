"""ADDRESS_OR_GOODS: the extractor reads "N word(s) lane/road/hill/park..." as a street address and drops it,
without the catalog (extraction/patterns.py `STREET_ADDRESS`), and says which it dropped (`Extraction.addresses`,
carried on the reading to the decision). When the words of such an address are a product's own name or alias ("2
naomi 70cm, 1 penny lane, 3 ile de france" of the Penny Lane rose), the part may be a line the order lost: the rest
was confirmed without it. The order goes to a person with the words quoted; an address whose words name no product
("deliver to 12 mill lane") changes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from jobs.language.extraction.order_line import OrderLine
from jobs.language.matching.evidence import MatchKind

if TYPE_CHECKING:
    from jobs.language.matching.index import CatalogIndex

ADDRESS_OR_GOODS = "ADDRESS_OR_GOODS"


def address_goods(index: CatalogIndex, addresses: Sequence[str]) -> list[str]:
    """The review reasons for the street addresses the extractor set aside whose words name a product exactly."""
    reasons: list[str] = []
    for address in addresses:
        words = address.rstrip(".").partition(" ")[2]  # without the house number
        phrase = " ".join(words.lower().split())
        line = OrderLine(Decimal(1), None, None, phrase, address, quantity_explicit=False)
        hit = index.match(line, nearest=False)
        if hit.product is None or hit.is_ambiguous or hit.kind is not MatchKind.EXACT:
            continue
        reasons.append(
            f"{ADDRESS_OR_GOODS}: '{address.strip()}' reads as a street address and as {hit.product.sku}: "
            "was it ordered?"
        )
    return reasons
