"""COUNT_OF_CONTENTS: a bare count converted into whole packs ("200 stems naomi 60" -> 2 of the Naomi box of 100
stems, by the "60 eggs" rule of quantities.py) when the same goods are also sold in another format (the Naomi
bunch of 20): 200 stems are 2 boxes or 10 bunches, and only the customer knows which. The order goes to a person;
a count that names its pack ("2 boxes naomi") or a product sold in one format only converts as before."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from jobs.language.matching.packs import pack_count_of, product_info
from jobs.language.matching.tokens import tokens
from jobs.language.matching.vocabulary import PACK_TOKENS

if TYPE_CHECKING:
    from jobs.language.matching.evidence import LineMatch
    from jobs.language.matching.index import CatalogIndex

COUNT_OF_CONTENTS = "COUNT_OF_CONTENTS"


def contents_in_two_formats(index: CatalogIndex, matches: Sequence[LineMatch]) -> list[str]:
    """The review reasons for the lines whose bare count became packs of a product also sold in another
    format of the same goods (a runner-up of the same category whose name holds the line's product words)."""
    reasons: list[str] = []
    for i, m in enumerate(matches, 1):
        p, line = m.product, m.line
        if p is None or m.resolved_sku is None or not line.quantity_explicit or line.unit is not None:
            continue
        if m.catalog_quantity == line.quantity:
            continue  # nothing converted
        said = {t for t in tokens(line.phrase)[0] if t.isalpha() and t not in PACK_TOKENS}
        own = product_info(p).name_content
        for sku, _ in m.alternatives:
            other = index.product_by_sku(sku)
            if other is None or other.sku == p.sku or other.category != p.category:
                continue
            theirs = product_info(other).name_content
            # the line's words name both ("naomi"), its other words only the one it took ("stems" of 100 stems),
            # and the other's name says nothing the one taken does not: the same goods (not the hot cup's lid)
            same_goods = bool(said & own & theirs) and said <= own | theirs and theirs - PACK_TOKENS <= own
            if same_goods and pack_count_of(other, None) != pack_count_of(p, m.variant):
                reasons.append(
                    f"{COUNT_OF_CONTENTS}: line {i} '{line.phrase}' counts {line.quantity.normalize():f}, read as "
                    f"{m.catalog_quantity.normalize():f} of {p.sku}; {other.sku} sells the same in another format"
                )
                break
    return reasons
