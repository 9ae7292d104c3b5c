"""An order that asks for payment terms (rule `CREDIT_TERMS`).

"Can we pay on account?", "on tick till the loan comes in", "un primer pedido a crédito, con pago a 30
días", "we'll pay on the first invoice" (before the account exists): shipping it means extending credit,
which a person agrees, whatever the lines say. Asking about a balance or an invoice is not this: the
rule reads only orders.
"""

from __future__ import annotations

import re

CREDIT_TERMS = "CREDIT_TERMS"

CREDIT_RE = re.compile(
    r"\b(?:on\s+(?:tick|credit|the\s+slate)|pay\s+(?:(?:this|it)\s+)?(?:on\s+account|later|next\s+"
    r"(?:week|month)|(?:on|with|after)\s+(?:the\s+)?(?:first|next)\s+invoice)|(?:a|à|en|in|auf|op|na)\s+"
    r"(?:cr[ée]dito?|kredit|krediet)|(?:con\s+pago|paiement|zahlung|pagamento|betaling)\s+(?:a|à|in|zu|em|"
    r"op)\s+\d+\s+(?:d[ií]as|jours|tagen?|giorni|dias|dagen)|net\s*(?:30|60|90)\b|till\s+(?:the\s+)?"
    r"\w+\s+comes\s+in|(?:before|until)\s+the\s+account\s+is|(?:setting|set)\s+up\s+the\s+account|"
    r"(?:on|to)\s+(?:an?\s+|our\s+|the\s+)?\d+[-\s]?days?\s+(?:account|terms|credit)|"
    r"(?:account|credit)\s+application|payment\s+terms|(?<!pay\s)on\s+account(?!\s+of\b))\b",
    re.IGNORECASE,
)


def credit_terms(text: str) -> str | None:
    """The review reason when an order asks for credit or payment terms, else None."""
    m = CREDIT_RE.search(text)
    if m is None:
        return None
    return f"{CREDIT_TERMS}: the order asks for payment terms ('{m.group(0)}'): a person agrees them"
