"""Phrases learned for one customer (#15): the key a phrase is stored and looked up by, and what the
pipeline carries of each (jobs/learning/phrases.py writes them; jobs/language/history/ applies them)."""

from __future__ import annotations

import re
from dataclasses import dataclass


def learned_key(phrase: str | None, size: str | None) -> str:
    """The key a learned phrase is stored and looked up by: a line's product words and size, lowercased,
    whitespace collapsed (as jobs/learning/phrases.py stores them)."""
    return re.sub(r"\s+", " ", f"{phrase or ''} {size or ''}".strip().lower())[:300]


@dataclass(frozen=True)
class LearnedPhrase:
    """A phrase a reviewer corrected for this customer: what it means for them."""

    phrase: str  # learned_key form
    sku: str
    variant: str | None = None
