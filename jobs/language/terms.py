"""What an order asks a person to agree before it ships: payment terms (rule `CREDIT_TERMS`), an account not
yet approved (rule `ACCOUNT_PENDING`) or a condition on its delivery
(rule `CONDITIONAL_ORDER`). The rules read only orders.

CREDIT_TERMS: "Can we pay on account?", "on tick till the loan comes in", "un primer pedido a crédito, con pago
a 30 días", "we'll pay on the first invoice" (before the account exists): shipping it means extending credit,
whatever the lines say. Asking about a balance or an invoice is not this.

ACCOUNT_PENDING: "Once the 30-day account is approved please send...", "to go on a new 30-day account", "put this
on the account once it is approved": the order waits on an account a person has not yet opened, so it cannot ship
as written. Saying the account is not approved and paying otherwise ("the account isn't approved yet, so we'll pay
on delivery") is not this.

CONDITIONAL_ORDER: "If you can get it to the showground by 7am Saturday, send 10 boxes...", "only if it arrives
before the weekend", "as long as it's here by Friday": the customer wants the goods only if the delivery can be
promised. A soft preference ("before 10 if possible") is not a condition.
"""

from __future__ import annotations

import re

CREDIT_TERMS = "CREDIT_TERMS"
CONDITIONAL_ORDER = "CONDITIONAL_ORDER"
ACCOUNT_PENDING = "ACCOUNT_PENDING"

CREDIT_RE = re.compile(
    r"\b(?:on\s+(?:tick|credit|the\s+slate)|pay\s+(?:(?:this|it)\s+)?(?:on\s+account|later|next\s+"
    r"(?:week|month)|(?:on|with|after)\s+(?:the\s+)?(?:first|next)\s+invoice)|(?:a|à|en|in|auf|op|na)\s+"
    r"(?:cr[ée]dito?|kredit|krediet)|(?:con\s+pago|paiement|zahlung|pagamento|betaling)\s+(?:a|à|in|zu|em|"
    r"op)\s+\d+\s+(?:d[ií]as|jours|tagen?|giorni|dias|dagen)|net\s*(?:30|60|90)\b|till\s+(?:the\s+)?"
    r"\w+\s+comes\s+in|(?:before|until)\s+the\s+account\s+is|(?:setting|set)\s+up\s+the\s+account|"
    r"(?:on|to)\s+(?:an?\s+|our\s+|the\s+)?\d+[-\s]?days?\s+(?:account|terms|credit)|"
    r"(?:account|credit)\s+application|payment\s+terms|(?<!pay\s)on\s+account(?!\s+of\b)|"
    # "Can we open a 30 day account? If so add ...": the order waits on an account a person opens
    r"(?:open|opening|set\s+up|setting\s+up|start)\s+(?:an?\s+|our\s+)?(?:\d+[-\s]?days?\s+|trade\s+|credit\s+)"
    r"account|"
    # romanised Hindi/Urdu: "payment agle hafte karunga udhaar pe" (on credit, paying next week)
    r"udh?aa?r\s+(?:pe|par|mein|me)|payment\s+agle\s+(?:hafte|mahine)|"
    # Vietnamese "cho em nợ tuần này" (let me owe this week), "ghi nợ" (put it on the tab), "trả sau" (pay later)
    r"cho\s+(?:em|mình|anh|chị|tôi|con)\s+nợ|ghi\s+nợ|nợ\s+lại|trả\s+sau)\b"
    # Chinese and Thai, written without spaces: 赊账/挂账 (on the tab), 月结 (settled monthly), เครดิต (credit)
    r"|赊账|賒賬|赊帐|挂账|掛賬|挂帐|月结|月結|ติดไว้ก่อน|เครดิต",
    re.IGNORECASE,
)
_APPROVED = r"(?:approved|accepted|opened|open|set\s+up|live|active|through|confirmed|sorted)"
ACCOUNT_PENDING_RE = re.compile(
    # "once the 30-day account is approved", "when our new account has been set up"
    r"\b(?:(?:once|when|after|as\s+soon\s+as)\s+(?:the\s+|our\s+|my\s+|your\s+)?(?:new\s+)?(?:\d+[-\s]?days?\s+|"
    r"trade\s+|credit\s+)?account\s+(?:is|has\s+been|gets|goes|comes)\s+" + _APPROVED + r"|"
    # "put this on the account once it is approved"
    r"account\s+(?:once|when|after|as\s+soon\s+as)\s+(?:it|that)(?:'s|\s+is|\s+has\s+been|\s+gets)\s+"
    + _APPROVED
    + r"|"
    # "to go on a new 30-day account", "put it on our new trade account"
    r"(?:go|goes|put|charge|invoice|bill)\w*\s+(?:\w+\s+){0,2}?(?:on|onto|to|under)\s+(?:a|an|the|our|my)\s+new\s+"
    r"(?:\d+[-\s]?days?\s+|trade\s+|credit\s+)?account|"
    r"(?:subject\s+to|pending|awaiting|waiting\s+(?:on|for))\s+(?:the\s+|our\s+)?(?:account|credit)\s+(?:approval|check)|"
    r"po\s+zatwierdzeniu\s+konta|zodra\s+(?:de|het|onze|mijn)\s+(?:rekening|account)\s+(?:is\s+)?(?:goedgekeurd|geopend)|"
    r"sobald\s+(?:das|unser|mein)\s+(?:kunden)?konto\s+(?:freigeschaltet|genehmigt|eröffnet)|"
    r"d[èe]s\s+que\s+(?:le|notre|mon)\s+compte\s+(?:est|sera)\s+(?:ouvert|valid[ée]|approuv[ée])|"
    r"(?:cuando|una\s+vez)\s+(?:se\s+)?(?:aprueben?|aprobada|abran?|abierta)\s+(?:la|nuestra)\s+cuenta)",
    re.IGNORECASE,
)
CONDITION_RE = re.compile(
    r"\b(?:if\s+(?:you|u|ya)\s+(?:can|could|are\s+able\s+to)\s+(?:\w+\s+){0,2}?(?:get|deliver|have|make|drop|"
    r"bring)\b|only\s+if\b|as\s+long\s+as\s+(?:it|you|u|they|we)\b|provided\s+(?:that\s+)?(?:it|you|u|they)\b|"
    r"on\s+condition\s+that|si\s+(?:vous\s+pouvez|tu\s+peux)\s+(?:nous\s+)?livrer|"
    r"si\s+(?:pod[eé]is|puedes|puede)\s+(?:\w+\s+)?(?:entregar|traer)|solo\s+si|seulement\s+si|nur\s+wenn|"
    r"solo\s+se|s[oó]\s+se|tylko\s+je[sś]li|"
    # "if u can do sunday delivery then 2 box corn dogs ..., otherwise leave it"
    r"if\s+(?:you|u|ya)\s+(?:can|could)\s+do\s+(?:\w+\s+){0,2}?deliver(?:y|ies)\b|"
    r"otherwise\s+(?:leave\s+it|don'?t\s+bother|forget\s+it|skip\s+it|nothing)\b)",
    re.IGNORECASE,
)


def _quoted(rx: re.Pattern[str], text: str, reason: str) -> str | None:
    m = rx.search(text)
    return None if m is None else reason.format(m.group(0))


def credit_terms(text: str) -> str | None:
    """The review reason when an order asks for credit or payment terms, else None."""
    return _quoted(
        CREDIT_RE, text, CREDIT_TERMS + ": the order asks for payment terms ('{}'): a person agrees them"
    )


def account_pending(text: str) -> str | None:
    """The review reason when an order waits on an account being approved, else None."""
    return _quoted(
        ACCOUNT_PENDING_RE,
        text,
        ACCOUNT_PENDING + ": the order waits on an account being approved ('{}'): a person confirms it",
    )


def conditional_order(text: str) -> str | None:
    """The review reason when an order is sent on a condition about its delivery, else None."""
    return _quoted(
        CONDITION_RE,
        text,
        CONDITIONAL_ORDER + ": the order depends on a condition ('{}'): a person confirms it",
    )


def terms_asked(text: str) -> list[str]:
    """Every review reason of these rules for an order's text."""
    return [r for r in (credit_terms(text), account_pending(text), conditional_order(text)) if r is not None]
