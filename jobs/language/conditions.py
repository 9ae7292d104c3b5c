"""An order sent on a condition the distributor must meet (rule `CONDITIONAL_ORDER`).

"If you can get it to the showground by 7am Saturday, send 10 boxes...", "only if it arrives before the
weekend", "as long as it's here by Friday": the customer wants the goods only if the delivery can be
promised, which a person does. A soft preference ("before 10 if possible") is not a condition.
"""

from __future__ import annotations

import re

CONDITIONAL_ORDER = "CONDITIONAL_ORDER"
CONDITION_RE = re.compile(
    r"\b(?:if\s+(?:you|u|ya)\s+(?:can|could|are\s+able\s+to)\s+(?:\w+\s+){0,2}?(?:get|deliver|have|make|drop|"
    r"bring)\b|only\s+if\b|as\s+long\s+as\s+(?:it|you|u|they|we)\b|provided\s+(?:that\s+)?(?:it|you|u|they)\b|"
    r"on\s+condition\s+that|si\s+(?:vous\s+pouvez|tu\s+peux)\s+(?:nous\s+)?livrer|"
    r"si\s+(?:pod[eé]is|puedes|puede)\s+(?:\w+\s+)?(?:entregar|traer)|solo\s+si|seulement\s+si|nur\s+wenn|"
    r"solo\s+se|s[oó]\s+se|tylko\s+je[sś]li)",
    re.IGNORECASE,
)


def conditional_order(text: str) -> str | None:
    """The review reason when an order is sent on a condition about its delivery, else None."""
    m = CONDITION_RE.search(text)
    if m is None:
        return None
    return f"{CONDITIONAL_ORDER}: the order depends on a condition ('{m.group(0)}'): a person confirms it"
