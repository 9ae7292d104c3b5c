"""Know the customer (issue #15): what a customer's order history settles in a message, as pure text work.

The caller loads a `CustomerHistory` (jobs/customers/guide.py reads it with one indexed read; `oms eval`
and benchmarks/history.py build it from a histories file) and calls `apply_history` between matching and
the order decision. Three things, each only where the history allows it:

1. **Tie-break** (GUIDE): a line the matcher found ambiguous between products (`LineMatch.candidates`)
   is resolved when exactly one candidate is in the guide or the guide strongly prefers one (3+ orders,
   3x any other); likewise a variant left open. The line's reason says "usual for this customer". The guide only chooses among what the text already fits: a line
   the text resolves ("diet coke") is never touched, so the text always wins.
2. **References** ("the usual", "same as last week", "repeat my order", in English, Spanish, French,
   German, Italian): resolved to the last order ("last week/time", "again", "repeat") or to the
   customer's most frequent exact basket ("the usual"), with the message's removals ("no milk", "sin
   leche", "sans lait", "ohne Milch") and changes applied: a product already in the basket takes the
   message's quantity (added to it after "extra"/"more"/"plus"), any other line is added. It goes to
   review, with the reason, when the customer has no history or the reference is ambiguous (no basket
   repeats; two different orders in the last days), or a removal names nothing in the basket.
0. **Learned for this customer** (LEARNED_EVIDENCE): a line whose words a reviewer corrected for this
   customer (``customer_phrases``) takes that product (and variant); other customers are not touched.
3. **Quantity outlier** (QUANTITY_OUTLIER): a stated quantity far above what this customer orders of the
   product (at least 3 earlier orders of it; above both 3x their median and 2x their largest) is a
   review reason. Absolute bounds are the reliability rules' business (issue #6), not this module's.

With no history (None), nothing changes. A customer with an empty guide behaves exactly as before: the
only difference is an extra review reason on a reference the intent rules already send to review.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from jobs.language.history.customer import (
    RECENT_ORDERS,
    CustomerHistory,
    GuideItem,
    PastLine,
    PastOrder,
)
from jobs.language.history.guide import GUIDE_EVIDENCE, LEARNED_EVIDENCE, guided, learned_match
from jobs.language.history.outliers import QUANTITY_OUTLIER, quantity_outliers
from jobs.language.history.references import (
    REFERENCE_INTENT_CONFIDENCE,
    Reference,
    reference_intent,
    reference_kind,
)
from jobs.language.history.repeat import HISTORY_UNRESOLVED, resolve_reference
from jobs.language.intent import HISTORY_REFERENCE, Intent, IntentResult
from jobs.language.matching import CatalogIndex, LineMatch

__all__ = [
    "CustomerHistory",
    "GuideItem",
    "HistoryOutcome",
    "PastLine",
    "PastOrder",
    "Reference",
    "apply_history",
    "reference_kind",
    "reference_intent",
    "GUIDE_EVIDENCE",
    "LEARNED_EVIDENCE",
    "QUANTITY_OUTLIER",
    "HISTORY_UNRESOLVED",
    "RECENT_ORDERS",
]


@dataclass
class HistoryOutcome:
    intent: IntentResult
    matches: list[LineMatch]
    reasons: list[str] = field(default_factory=list)  # review reasons the history adds
    note: str | None = None  # "repeat of order X with changes: ..." when a reference was resolved


# ---- the entry point --------------------------------------------------------------------------------
def apply_history(
    text: str,
    intent: IntentResult,
    matches: Sequence[LineMatch],
    index: CatalogIndex,
    history: CustomerHistory | None,
) -> HistoryOutcome:
    """What the customer's history settles in one message (module docstring). ``history`` None: no
    change at all. The outcome's ``reasons`` are review reasons for `decide_order`."""
    if history is None:
        return HistoryOutcome(intent, list(matches))
    if intent.intent != Intent.ORDER:  # only orders are matched (as in the pipeline)
        return HistoryOutcome(intent, list(matches))
    if history.phrases:  # the customer's own words first: a reviewer said what they mean
        matches = [learned_match(m, history, index) for m in matches]
    flagged = HISTORY_REFERENCE in intent.reasons
    kind = reference_kind(text) if (flagged or history.orders > 0) else None
    if kind is None:  # (a reference the intent rules flag but this module does not read stays for review)
        tie_broken = [guided(m, history, index) for m in matches] if not history.empty else list(matches)
        return HistoryOutcome(intent, tie_broken, quantity_outliers(tie_broken, history))
    resolved, reasons, note = resolve_reference(text, kind, list(matches), history, index)
    if note is None:  # not resolved: the reference stays a review reason
        tie_broken = [guided(m, history, index) for m in matches] if not history.empty else list(matches)
        if not flagged:
            reasons = [f"HISTORY_REFERENCE: {HISTORY_REFERENCE.split(': ', 1)[1]}", *reasons]
        return HistoryOutcome(intent, tie_broken, reasons)
    kept = tuple(r for r in intent.reasons if r != HISTORY_REFERENCE)
    new_intent = IntentResult(
        intent.intent,
        max(intent.confidence, REFERENCE_INTENT_CONFIDENCE),
        (*kept, f"history reference: {note}"),
    )
    return HistoryOutcome(new_intent, resolved, reasons + quantity_outliers(resolved, history), note)
