"""The order decision: CONFIRMED only when the whole order is sure, otherwise REVIEW with the reasons."""

from __future__ import annotations

from collections.abc import Sequence

from jobs.language.intent import Intent, IntentResult
from jobs.language.matching import LineMatch

IMPLICIT_QUANTITY_CAP = 0.5  # a line whose quantity was guessed can never auto-confirm


def decide_order(
    intent: IntentResult, matches: Sequence[LineMatch], threshold: float
) -> tuple[str, float, list[str]]:
    """("CONFIRMED" | "REVIEW", order confidence, review reasons) for one message's order.

    Order confidence = min(intent confidence, every line's confidence), where a line whose quantity was
    not stated counts at most IMPLICIT_QUANTITY_CAP: an order is only as sure as its weakest part. It is
    CONFIRMED only when that minimum reaches the threshold and nothing else needs a human (no unmatched
    or ambiguous line, intent ORDER); otherwise REVIEW, with one reason per problem.
    """
    reasons: list[str] = []
    if intent.intent != Intent.ORDER:
        reasons.append(f"intent {intent.intent.value} is not ORDER")
    if intent.confidence < threshold:
        reasons.append(f"intent confidence {intent.confidence:.2f} below threshold {threshold:.2f}")
    if not matches:
        reasons.append("no order lines")
    confidences = [intent.confidence]
    for i, m in enumerate(matches, start=1):
        label = m.line.phrase or m.line.original_text
        line_conf = m.confidence
        if not m.line.understood:
            # a part of the message that may ask for goods but was not read as a line
            reasons.append(f"part of the message was not understood: '{m.line.original_text}'")
            confidences.append(min(line_conf, IMPLICIT_QUANTITY_CAP))
            continue
        if m.product is None:
            reasons.append(f"line {i} '{label}' matched nothing")
        elif m.is_ambiguous:
            skus = ", ".join([m.product.sku] + [s for s, _ in m.alternatives if s != m.product.sku][:3])
            reasons.append(f"line {i} ambiguous: {label} ({skus})")
        elif m.confidence < threshold:
            reasons.append(
                f"line {i} '{label}' confidence {m.confidence:.2f} below threshold {threshold:.2f}"
            )
        if not m.line.quantity_explicit:
            reasons.append(f"line {i} '{label}' quantity not stated (assumed {m.line.quantity})")
            line_conf = min(line_conf, IMPLICIT_QUANTITY_CAP)
        confidences.append(line_conf)
    confidence = min(confidences) if matches else 0.0
    status = "CONFIRMED" if not reasons and confidence >= threshold else "REVIEW"
    return status, round(confidence, 3), reasons
