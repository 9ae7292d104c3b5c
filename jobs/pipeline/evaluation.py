"""Accuracy evaluation against a labelled corpus (`oms eval`). Each message goes through `analyse`
(jobs/pipeline/plan.py), the function the worker runs, with the local provider and no tenant PII rules, so
it measures exactly what production does (tests/test_eval_matches_production.py proves it).

Conventions:

* Only messages classified ORDER produce order lines (as in production: other intents create no order).
* A predicted line is the pair (SKU, quantity). The SKU is the matched product's, or None when the line
  matched nothing *or* is ambiguous (the product is then only a reviewer's hint). The quantity is in the
  product's selling unit (`LineMatch.catalog_quantity`), or None when the message did not state it.
* A line is correct when both SKU and quantity equal a labelled line's. A labelled ``"sku": null`` line
  is matched by a predicted unmatched/ambiguous line with the same quantity: "kept for the reviewer" is
  the right answer for a product that is not in the catalog or not identifiable. Lines are compared as
  multisets, so order does not matter.
* auto_confirm_precision: of the messages `decide_order` CONFIRMs, the share whose labelled intent is
  ORDER and whose lines are all exactly right; strict, also naming every labelled variant, on a row not
  labelled ``expect_review``. touchless: of the clean ORDER rows (no ``expect_review``), the share
  auto-confirmed strictly right: precision is easy to buy by reviewing everything, so both are reported.
  review_rate: share of ORDER-classified messages routed to REVIEW.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from db.enums import OrderStatus
from jobs.ai.providers import local_provider
from jobs.language.intent import Intent
from jobs.language.matching import CatalogIndex, LineMatch
from jobs.pipeline.plan import Decision, HistorySource, Plan, Snapshot, analyse

__all__ = ["EvalReport", "eval_snapshot", "evaluate", "plan_for_text", "predicted_pairs", "quantity_key"]

_Pair = tuple[str | None, str | None]


def quantity_key(q: Decimal | float | int | str | None) -> str | None:
    """A quantity as labels and predictions compare it ("2.0", 2 and "2" are "2"); None stays None."""
    if q is None:
        return None
    d = q if isinstance(q, Decimal) else Decimal(str(q))
    return format(d.normalize(), "f")


def _is_order_line(m: LineMatch) -> bool:
    """A not-understood part with no stated quantity is a reviewer's note, not a predicted order line."""
    return m.line.understood or m.line.quantity_explicit


def predicted_pairs(matches: Sequence[LineMatch]) -> list[_Pair]:
    """(SKU or None, quantity or None) per order line, as the evaluation compares them."""
    out: list[_Pair] = []
    for m in matches:
        if not _is_order_line(m):
            continue
        sku = m.resolved_sku
        if not m.line.quantity_explicit:
            qty = None
        else:
            qty = quantity_key(m.catalog_quantity if sku is not None else m.line.quantity)
        out.append((sku, qty))
    return out


_EVAL = uuid.UUID("6f1d3b0a-2c4e-4f7a-9b8d-1e5c7a9f3d20")
_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


def eval_snapshot(
    text: str, threshold: float, n: int = 0, currency: str = "EUR", history: HistorySource = None
) -> Snapshot:
    """A corpus row as the worker's snapshot of a message: an SMS with no media from a known customer."""
    ids = [uuid.uuid5(_EVAL, f"{kind}:{n}") for kind in ("message", "conversation", "customer")]
    return Snapshot(
        message_id=ids[0],
        content=text,
        media=[],
        untouched=True,
        conversation_id=ids[1],
        customer_id=ids[2],
        conversation_customer_id=ids[2],
        channel="SMS",
        created_at=_EPOCH,
        threshold=Decimal(str(threshold)),
        currency=currency,
        history=history,
    )


def plan_for_text(text: str, index: CatalogIndex, threshold: float = 0.85, n: int = 0) -> Plan:
    """What the worker plans for this text (local provider, no tenant PII rules)."""
    return analyse(eval_snapshot(text, threshold, n), (), index, local_provider())


@dataclass
class EvalReport:
    n_messages: int
    intent_accuracy: float
    line_precision: float
    line_recall: float
    line_f1: float
    auto_confirm_precision: float
    review_rate: float
    # strict: also every labelled variant named and the row not labelled `expect_review`
    auto_confirm_precision_strict: float = 1.0
    touchless: float = 0.0  # clean ORDER rows (no `expect_review`) auto-confirmed strictly right
    n_clean: int = 0
    per_intent: dict[str, dict[str, int]] = field(default_factory=dict)  # expected -> predicted -> n
    failures: list[dict[str, Any]] = field(default_factory=list)
    threshold: float = 0.85
    n_order_predicted: int = 0
    n_auto_confirmed: int = 0
    n_lines_expected: int = 0
    n_lines_predicted: int = 0
    n_lines_correct: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def as_text(self, max_failures: int = 20) -> str:
        """A compact human-readable report: headline metrics, the confusion matrix, some failures."""
        out = [
            f"messages            {self.n_messages}   ({self.seconds * 1000:.0f} ms)",
            f"intent accuracy     {self.intent_accuracy:.3f}",
            f"line precision      {self.line_precision:.3f}   ({self.n_lines_correct}/{self.n_lines_predicted})",
            f"line recall         {self.line_recall:.3f}   ({self.n_lines_correct}/{self.n_lines_expected})",
            f"line F1             {self.line_f1:.3f}",
            f"auto-confirm prec.  {self.auto_confirm_precision:.3f}   ({self.n_auto_confirmed} confirmed "
            f"at threshold {self.threshold:.2f})",
            f"  strict            {self.auto_confirm_precision_strict:.3f}   (variants named, no row labelled "
            "for review)",
            f"touchless           {self.touchless:.3f}   ({round(self.touchless * self.n_clean)}/{self.n_clean} clean "
            "orders auto-confirmed right)",
            f"review rate         {self.review_rate:.3f}   (of {self.n_order_predicted} ORDER messages)",
            "",
            "confusion (rows expected, columns predicted):",
        ]
        labels = [i.value for i in Intent]
        out.append("  " + " " * 10 + "".join(f"{lab[:9]:>10}" for lab in labels))
        for exp in labels:
            row = self.per_intent.get(exp, {})
            if not row:
                continue
            out.append("  " + f"{exp:<10}" + "".join(f"{row.get(lab, 0):>10}" for lab in labels))
        if self.failures:
            out.append("")
            out.append(f"failures ({len(self.failures)}, first {min(max_failures, len(self.failures))}):")
            for f in self.failures[:max_failures]:
                text = f["text"].replace("\n", " / ")
                out.append(f"  {f['id']}: {text[:90]}")
                for problem in f["problems"]:
                    out.append(f"      - {problem}")
        return "\n".join(out)


def _failure(
    row: dict[str, Any],
    plan: Plan,
    expected: list[_Pair],
    predicted: list[_Pair],
    expected_intent: str,
    confirmed_wrong: bool,
) -> dict[str, Any] | None:
    """What went wrong with one row (None: nothing)."""
    predicted_intent = plan.intent.intent.value
    problems: list[str] = []
    if predicted_intent != expected_intent:
        problems.append(
            f"intent {predicted_intent} ({plan.intent.confidence:.2f}) expected {expected_intent}"
        )
    missing = Counter(expected) - Counter(predicted)
    extra = Counter(predicted) - Counter(expected)
    if missing:
        problems.append("missing " + ", ".join(f"{s}×{q}" for s, q in missing.elements()))
    if extra:
        problems.append("unexpected " + ", ".join(f"{s}×{q}" for s, q in extra.elements()))
    if confirmed_wrong:
        problems.append("auto-confirmed but wrong")
    if not problems:
        return None
    matches = [x for x in (plan.decision.matches if plan.decision else ()) if _is_order_line(x)]
    return {
        "id": row.get("id"),
        "text": str(row.get("text") or ""),
        "expected_intent": expected_intent,
        "predicted_intent": predicted_intent,
        "intent_confidence": plan.intent.confidence,
        "expected_lines": [{"sku": s, "quantity": q} for s, q in expected],
        "predicted_lines": [
            {"sku": s, "quantity": q, "phrase": m.line.phrase, "confidence": m.confidence, "reason": m.reason}
            for (s, q), m in zip(predicted, matches, strict=True)
        ],
        "decision": plan.decision.status.value if plan.decision else None,
        "problems": problems,
    }


def _variants_named(row: dict[str, Any], decision: Decision | None) -> bool:
    """Every variant the label names is on a confirmed line."""
    want = Counter(
        (ln["sku"], ln["variant"]) for ln in row.get("lines") or [] if ln.get("variant") and ln.get("sku")
    )
    got = Counter(
        (m.product.sku, m.variant.name)
        for m in (decision.matches if decision else ())
        if m.product is not None and m.variant is not None
    )
    return not (want - got)


@dataclass
class _Tally:
    n: int = 0
    intent_ok: int = 0
    tp: int = 0
    n_pred: int = 0
    n_exp: int = 0
    confirmed: int = 0
    confirmed_ok: int = 0
    confirmed_strict: int = 0
    clean: int = 0
    touchless: int = 0
    order_predicted: int = 0
    review: int = 0
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    failures: list[dict[str, Any]] = field(default_factory=list)

    def add(self, row: dict[str, Any], plan: Plan) -> None:
        expected_intent = str(row.get("intent") or "OTHER").upper()
        expected: list[_Pair] = [
            (ln.get("sku"), quantity_key(ln.get("quantity"))) for ln in row.get("lines") or []
        ]
        predicted_intent = plan.intent.intent.value
        row_counts = self.confusion.setdefault(expected_intent, {})
        row_counts[predicted_intent] = row_counts.get(predicted_intent, 0) + 1
        self.intent_ok += predicted_intent == expected_intent
        decision = plan.decision
        if decision is not None:
            self.order_predicted += 1
            self.review += decision.status == OrderStatus.REVIEW
        predicted = predicted_pairs(list(decision.matches) if decision else [])
        self.tp += sum((Counter(predicted) & Counter(expected)).values())
        self.n_pred += len(predicted)
        self.n_exp += len(expected)
        all_right = Counter(predicted) == Counter(expected) and expected_intent == Intent.ORDER.value
        confirmed = decision is not None and decision.status == OrderStatus.CONFIRMED
        self.confirmed += confirmed
        self.confirmed_ok += confirmed and all_right
        clean = expected_intent == Intent.ORDER.value and not row.get("expect_review")
        strict = confirmed and all_right and clean and _variants_named(row, decision)
        self.confirmed_strict += strict
        self.clean += clean
        self.touchless += strict
        failure = _failure(row, plan, expected, predicted, expected_intent, confirmed and not all_right)
        if failure is not None:
            self.failures.append(failure)


def evaluate(
    corpus_rows: Iterable[dict[str, Any]], index: CatalogIndex, *, threshold: float = 0.85
) -> EvalReport:
    """Plan every labelled row with `analyse`, as the worker would, and score intents, lines and decisions."""
    started = time.perf_counter()
    t = _Tally()
    for row in corpus_rows:
        t.n += 1
        t.add(row, plan_for_text(str(row.get("text") or ""), index, threshold, t.n))
    precision = t.tp / t.n_pred if t.n_pred else 1.0
    recall = t.tp / t.n_exp if t.n_exp else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return EvalReport(
        n_messages=t.n,
        intent_accuracy=t.intent_ok / t.n if t.n else 0.0,
        line_precision=precision,
        line_recall=recall,
        line_f1=f1,
        auto_confirm_precision=t.confirmed_ok / t.confirmed if t.confirmed else 1.0,
        review_rate=t.review / t.order_predicted if t.order_predicted else 0.0,
        auto_confirm_precision_strict=t.confirmed_strict / t.confirmed if t.confirmed else 1.0,
        touchless=t.touchless / t.clean if t.clean else 0.0,
        n_clean=t.clean,
        per_intent=t.confusion,
        failures=t.failures,
        threshold=threshold,
        n_order_predicted=t.order_predicted,
        n_auto_confirmed=t.confirmed,
        n_lines_expected=t.n_exp,
        n_lines_predicted=t.n_pred,
        n_lines_correct=t.tp,
        seconds=time.perf_counter() - started,
    )
