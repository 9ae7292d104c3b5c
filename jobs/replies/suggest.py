"""Suggested replies to a processed message (``messages.ai_suggested_responses``), 1-3 per message, in
the customer's language, from local templates (no model call, nothing to meter):

- an order: CONFIRMED, a confirmation restating lines, quantities and total; REVIEW, the one question
  that would resolve its first review problem (which product, which of two, how many...), and a holding
  reply;
- a question: an answer from the catalog when it names a product (availability, price, pack size),
  otherwise an acknowledgement;
- a complaint: an apology citing the order it refers to (the customer's latest), and an escalation;
- a cancel or change: an acknowledgement naming the order it was linked to;
- anything else: an acknowledgement.

Every suggestion is ``{"agent_type": "CUSTOMER_SUPPORT", "kind", "language", "text", "source"}``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from db.enums import OrderStatus
from jobs.language.extraction import OrderLine
from jobs.language.matching import CatalogIndex, CatalogProduct
from jobs.language.matching.evidence import Ambiguity
from jobs.replies.language import detect_language
from jobs.replies.templates import render

AGENT = "CUSTOMER_SUPPORT"
ANSWER_FLOOR = 0.5
# Question words stripped before the rest of a question is matched to the catalog.
_QUESTION_WORDS = re.compile(
    r"\b(what'?s|what|which|is|are|the|price|prices|cost|of|do|does|you|have|has|got|any|in|stock|available|"
    r"how|much|many|tienen|tiene|hay|precio|cu[aá]nto|avez|vous|prix|combien|haben|sie|preis|avete|prezzo|"
    r"quanto|kostet|wie|viel|a|an|per|please|pls|bitte|svp|por|favor|favore)\b|[?¿!¡]",
    re.IGNORECASE,
)


# Intents whose replies need the customer's orders (and, for CANCEL/CHANGE, link the message to one):
# the fused path words them in the writer's transaction (jobs/replies/respond.py), but for a complaint
# whose snapshot read the customer's latest order (jobs/pipeline/plan.py `replies`).
NEEDS_ORDERS = frozenset({"COMPLAINT", "CANCEL", "CHANGE"})


def needs_catalog(intent: str, decided: dict[str, Any] | None) -> bool:
    """A question is answered from the catalog; a review question may name catalog products."""
    return intent == "QUESTION" or (
        intent == "ORDER" and decided is not None and decided.get("status") != OrderStatus.CONFIRMED
    )


@dataclass(frozen=True)
class OrderRef:
    """The order a complaint, cancel or change refers to, as the customer would recognise it."""

    order_id: str
    created_at: datetime

    @property
    def ref(self) -> str:
        return "#" + self.order_id.replace("-", "")[:8].upper()


def _reply(kind: str, language: str, text: str) -> dict[str, Any]:
    return {"agent_type": AGENT, "kind": kind, "language": language, "text": text, "source": "template"}


def _qty(value: Any) -> str:
    d = Decimal(str(value)).normalize()
    return format(d, "f")


def _product(index: CatalogIndex | None, sku: str) -> CatalogProduct | None:
    """The catalog's product `sku` (the index keeps its by-SKU map: a per-message dict of a 20,000-product
    catalog cost about 1 ms of CPU)."""
    return index.product_by_sku(sku) if index is not None else None


def order_replies(
    language: str, decided: dict[str, Any], total: Any, currency: str, index: CatalogIndex | None
) -> list[dict[str, Any]]:
    if decided.get("status") == OrderStatus.CONFIRMED:
        lines = ", ".join(
            f"{_qty(x['quantity'])} x {x['product_name'] or x['line']['phrase']}" for x in decided["lines"]
        )
        text = render("confirmation", language, lines=lines, total=total, currency=currency)
        return [_reply("confirmation", language, text)]
    question = _resolving_question(language, decided, index)
    holding = _reply("holding", language, render("holding", language))
    return [question, holding] if question else [holding]


def _ambiguity(line: dict[str, Any]) -> str:
    """A matched line's ambiguity flag (a line stored before the flag existed: from its reason)."""
    if "ambiguity" in line:
        return str(line["ambiguity"])
    return Ambiguity.PRODUCTS.value if str(line.get("reason", "")).startswith("ambiguous") else "none"


def _resolving_question(
    language: str, decided: dict[str, Any], index: CatalogIndex | None
) -> dict[str, Any] | None:
    """The one question that would resolve the order's first review problem."""
    threshold = float(decided.get("threshold") or 0.85)
    if not decided.get("lines") and any("media-only" in r for r in decided.get("reasons", [])):
        return _reply("question", language, render("ask_media", language))
    for x in decided.get("lines", []):
        line = x.get("line") or {}
        phrase = line.get("phrase") or line.get("original_text") or ""
        if not line.get("understood", True):
            return _reply(
                "question", language, render("ask_unread", language, phrase=line.get("original_text"))
            )
        if x.get("sku") is None:
            products = [_product(index, s) for s, _score in x.get("alternatives", [])]
            alternatives = [p.name for p in products if p is not None]
            if _ambiguity(x) == Ambiguity.PRODUCTS.value and len(alternatives) >= 2:
                text = render("ask_choice", language, phrase=phrase, a=alternatives[0], b=alternatives[1])
            else:
                text = render("ask_unmatched", language, phrase=phrase)
            return _reply("question", language, text)
        if float(x.get("confidence") or 0) < threshold:
            return _reply(
                "question", language, render("ask_confirm", language, phrase=phrase, a=x["product_name"])
            )
        if not line.get("quantity_explicit", True):
            return _reply("question", language, render("ask_quantity", language, a=x["product_name"]))
    return None


def question_replies(
    language: str, text: str, lines: Sequence[OrderLine], index: CatalogIndex | None, currency: str
) -> list[dict[str, Any]]:
    """An answer from the catalog when the question names a product it sells, else an acknowledgement."""
    products = _asked_about(lines, index, text) if index is not None else []
    if not products:
        return [_reply("acknowledgement", language, render("unknown_question", language))]
    options = [
        render(
            "option",
            language,
            name=p.name,
            price=p.unit_price if p.unit_price is not None else "?",
            currency=currency,
            unit=p.unit or "unit",
        )
        + (render("pack", language, pack=p.variants[0].name) if p.variants else "")
        for p in products
    ]
    text = render("answer", language, options=render("and", language).join(options))
    return [_reply("answer", language, text)]


def _asked_about(lines: Sequence[OrderLine], index: CatalogIndex, text: str) -> list[CatalogProduct]:
    if not lines:
        lines = [OrderLine(Decimal(1), None, None, text, text, False)]
    for line in lines:
        phrase = " ".join(_QUESTION_WORDS.sub(" ", line.phrase or line.original_text).split())
        if not phrase:
            continue
        match = index.match(replace(line, phrase=phrase, understood=True), nearest=False)
        if match.product is None or match.confidence < ANSWER_FLOOR:
            continue
        found = [match.product]
        if match.resolved_sku is None and match.alternatives:
            others = (_product(index, s) for s, _ in match.alternatives if s != match.product.sku)
            found += [p for p in others if p is not None][:1]
        return found
    return []


def complaint_replies(language: str, order: OrderRef | None) -> list[dict[str, Any]]:
    if order is None:
        apology = render("apology", language)
    else:
        apology = render("apology_order", language, ref=order.ref, date=order.created_at.strftime("%Y-%m-%d"))
    return [
        _reply("apology", language, apology),
        _reply("escalation", language, render("escalation", language)),
    ]


def request_replies(language: str, intent: str, order: OrderRef | None) -> list[dict[str, Any]]:
    if order is None:
        return [_reply("question", language, render("request_no_order", language))]
    key = "request_cancel" if intent == "CANCEL" else "request_change"
    return [_reply("acknowledgement", language, render(key, language, ref=order.ref))]


def suggest(
    intent: str,
    text: str,
    *,
    lines: Sequence[OrderLine] = (),
    decided: dict[str, Any] | None = None,
    total: Any = None,
    currency: str = "EUR",
    index: CatalogIndex | None = None,
    order: OrderRef | None = None,
) -> list[dict[str, Any]]:
    """The suggested replies for a message of `intent` (a MessageIntent value)."""
    language = detect_language(text)
    if intent == "ORDER" and decided is not None:
        return order_replies(language, decided, total, currency, index)
    if intent == "QUESTION":
        return question_replies(language, text, lines, index, currency)
    if intent == "COMPLAINT":
        return complaint_replies(language, order)
    if intent in ("CANCEL", "CHANGE"):
        return request_replies(language, intent, order)
    return [_reply("acknowledgement", language, render("acknowledgement", language))]
