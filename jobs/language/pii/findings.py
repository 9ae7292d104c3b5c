"""What PII detection finds and the rules tenants add, and the context tests the recognisers share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from db.enums import PiiType as DbPiiType

# Kinds of PII: the database's own enum (a StrEnum: the value is the name, stored and used in redaction
# tags; members compare equal to their plain-string values).
PiiType = DbPiiType


@dataclass(frozen=True)
class PiiRule:
    """A tenant-defined regex rule."""

    pii_type: str
    pattern: str
    confidence: float
    rule_id: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class PiiFinding:
    """One detected PII span ``text[start:end]``."""

    pii_type: str
    start: int
    end: int
    score: float
    recognizer: str
    rule_id: str | None = None


# --------------------------------------------------------------------------------------------
# shared helpers
# --------------------------------------------------------------------------------------------

CONTEXT_WINDOW = 40


def has_context(text: str, start: int, end: int, pattern: re.Pattern[str]) -> bool:
    before = text[max(0, start - CONTEXT_WINDOW) : start]
    after = text[end : end + CONTEXT_WINDOW]
    return pattern.search(before) is not None or pattern.search(after) is not None


# An order-identifier label immediately before a number: "PO 4500012345", "LOT: 2024-118-07",
# "order no. 123", "SKU#4006381333931", "invoice 79927398713".
_ID_LABEL_RE = re.compile(
    r"(?:^|[^\w])(?:"
    r"p\.?\s?o|purchase\s+order|order|ord|invoice|inv|lot|batch|sku|ean|upc|gtin|barcode|"
    r"item|art|article|code|ref|reference|account|acct|a/c|tracking|quote|quotation|"
    r"serial|s/n|part|model|plu|product|prod|id|delivery\s+note|dn|credit\s+note"
    r")\.?\s*(?:no\.?|nr\.?|num(?:ber)?\.?|#|id|code|ref)?\s*[:#.\-]?\s*$"
    r"|(?:^|[^\w.,])\d+\s*[x\u00d7*]\s*$",  # a quantity: "2 x 0123456789" is a product code
    re.IGNORECASE,
)
_LABEL_LOOKBACK = 30


def label_before(text: str, start: int) -> bool:
    return _ID_LABEL_RE.search(text[max(0, start - _LABEL_LOOKBACK) : start]) is not None
