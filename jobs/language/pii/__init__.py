"""PII detection and redaction for inbound order messages (pure Python, no DB, no network).

``detect(text, rules)`` returns non-overlapping `PiiFinding` spans sorted by start; ``redact(text,
findings)`` replaces each span with ``<TYPE>`` (``<EMAIL>``, ``<PHONE>``, ...). The AI only ever sees
the redacted text, so the recognisers aim for high recall on real PII *and* for not eating the order
itself: order messages are full of long digit runs (barcodes, SKUs, PO and invoice numbers, prices,
dates, quantities) that naive patterns flag as phones or cards.

Recognisers: EMAIL (real TLD), PHONE (``phonenumbers`` plus evidence that a run is written like a phone:
``+``, trunk prefix, or phone context words; never right after an order-identifier label), CREDIT_CARD
(Luhn, a known IIN, and card formatting or card context), IBAN (length table and mod-97), SSN (valid
ranges, context for undashed forms), IP_ADDRESS (validated by `ipaddress`), and tenant rules (`PiiRule`
regexes; `compile_rules` raises on an invalid rule, so PII handling fails closed). Overlapping candidates
compete: highest score, then longest span, then earliest start. Each recogniser's score is a named
constant below. Deterministic: no randomness, no I/O.

Why each recogniser is shaped as it is (the cases it accepts and refuses): docs/pii.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from jobs.language.pii.findings import PiiFinding, PiiRule, PiiType
from jobs.language.pii.phones import detect_phones
from jobs.language.pii.recognisers import detect_cards, detect_emails, detect_ibans, detect_ips, detect_ssns
from jobs.language.pii.rules import compile_rules, detect_rules

__all__ = [
    "PiiFinding",
    "PiiRule",
    "PiiType",
    "compile_rules",
    "detect",
    "redact",
]


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


def _resolve_overlaps(findings: Iterable[PiiFinding]) -> list[PiiFinding]:
    """Greedy: highest score, then longest, then earliest wins; overlapping losers are dropped."""
    ranked = sorted(
        findings,
        key=lambda f: (-f.score, -(f.end - f.start), f.start, f.pii_type, f.recognizer, f.rule_id or ""),
    )
    kept: list[PiiFinding] = []
    for f in ranked:
        if not any(f.start < k.end and k.start < f.end for k in kept):
            kept.append(f)
    kept.sort(key=lambda f: (f.start, f.end))
    return kept


def detect(text: str, rules: Sequence[PiiRule] = (), *, default_region: str = "GB") -> list[PiiFinding]:
    """Find PII in ``text``: built-in recognisers plus tenant ``rules``.

    Returns non-overlapping findings sorted by start. ``default_region`` is the ISO 3166 region
    used for national-format phone numbers. Raises ValueError if a rule is invalid.
    """
    if not text:
        detect_rules(text, rules)  # still validate the rules
        return []
    candidates: list[PiiFinding] = []
    candidates += detect_emails(text)
    candidates += detect_ibans(text)
    candidates += detect_cards(text)
    candidates += detect_ssns(text)
    candidates += detect_ips(text)
    candidates += detect_phones(text, default_region)
    candidates += detect_rules(text, rules)
    return _resolve_overlaps(candidates)


def redact(text: str, findings: Sequence[PiiFinding]) -> str:
    """Replace every finding's span with ``<TYPE>``.

    Findings may come in any order and may overlap (e.g. assembled by hand): overlapping spans are
    merged and labelled with the type of the strongest finding in the group, so no part of any
    flagged value survives.
    """
    spans = sorted(findings, key=lambda f: (f.start, -f.end))
    for f in spans:
        if not 0 <= f.start <= f.end <= len(text):
            raise ValueError(f"finding span {f.start}:{f.end} outside text of length {len(text)}")
    pieces: list[str] = []
    cursor = 0
    i = 0
    while i < len(spans):
        group_start, group_end = spans[i].start, spans[i].end
        best = spans[i]
        j = i + 1
        while j < len(spans) and spans[j].start < group_end:
            group_end = max(group_end, spans[j].end)
            if (spans[j].score, spans[j].end - spans[j].start) > (best.score, best.end - best.start):
                best = spans[j]
            j += 1
        if group_end > group_start:
            pieces.append(text[cursor:group_start])
            pieces.append(f"<{str(best.pii_type)}>")
            cursor = group_end
        i = j
    pieces.append(text[cursor:])
    return "".join(pieces)
