"""Intent classification for inbound messages: ORDER / QUESTION / COMPLAINT / CANCEL / CHANGE / OTHER.

A transparent, rule-and-feature scorer (the local AI provider): every cue adds evidence to one intent,
the scores go through a softmax against a constant "nothing special" baseline, and the winner's share is
the confidence. So a message with one clear kind of cue scores 0.9+, and mixed signals (a complaint that
also asks a question) land lower, which is what sends them to review. The reasons name the cues that
fired, for the reviewer and for debugging.

Precedence that the scores encode: order lines plus a request make an ORDER even when phrased as a
question ("can you send 2 cases coke zero?"); asking about price, stock or delivery is a QUESTION even
with a quantity in it ("how much for 20 sacks?"); quantities describing what went wrong ("2 cases
missing") are a COMPLAINT, not an order.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from db.enums import MessageIntent
from jobs.language.extraction import OrderLine, extract_lines
from jobs.language.extraction.corrections import without_corrections
from jobs.language.extraction.lines import Reads
from jobs.language.extraction.patterns import SUBJECT_LINE_RE
from jobs.language.extraction.talk_words import FOOD_STATES
from jobs.language.intent_cues import (  # the cue vocabulary (data)
    _ANGRY,
    _ASKS_HOW,
    _CANCEL,
    _CHANGE,
    _COMPLAINT,
    _NARRATIVE_QTY,
    _OTHER,
    _QTY_UNIT,
    _REQUEST,
    _STRONG_QUESTION,
    _WH_START,
    ACK_SHORT,
    HISTORY_REFERENCE_RX,
    NAMED_CHANGE,
    NOT_ABOUT_GOODS,
)
from jobs.language.intent_notices import CONDITIONAL_STOCK, CORRECTED_COUNT, EMPTIES, NOTICE
from jobs.language.non_order import NON_ORDER_REQUEST, asks_to_know, goods_line, non_order_intent
from jobs.language.scripts import fold_message
from jobs.language.word_patterns import LATIN_LETTER_RE, LETTERS_RE

__all__ = ["NON_ORDER_REQUEST", "Intent", "IntentResult", "classify_intent"]


# The intents are the database's own (messages.ai_extracted_intent), under the name the classifier uses.
Intent = MessageIntent


@dataclass(frozen=True)
class IntentResult:
    intent: Intent
    confidence: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class IntentWeights:
    """How much each cue adds to (or takes from) an intent's score, before the softmax."""

    baseline: float = 1.2  # the OTHER score a message gets for merely existing
    empty_confidence: float = 0.95  # an empty message is OTHER with this confidence
    # ORDER
    order_lines: float = 2.5  # the message has order lines ...
    per_extra_line: float = 0.5  # ... plus this per further line, up to max_extra_lines
    max_extra_lines: int = 3
    quantity_with_unit: float = 0.6  # per "2 cases", "x3", up to max_quantities
    max_quantities: int = 3
    request_with_lines: float = 2.0  # "can I get", "we need" with order lines
    request_alone: float = 1.2
    list_formatting: float = 0.8  # two or more bullet or numbered lines
    usual_order: float = 2.5  # "the usual", "same as last week"
    quantities_without_product: float = 2.0  # "2 trays"
    products_without_quantities: float = 1.6
    only_order_content: float = 1.5  # order lines and no question, complaint, cancel or change
    aside_question: float = 1.0  # order lines with a separate question about something else
    # QUESTION
    strong_question: float = 2.5  # asks about price, stock or delivery ...
    per_extra_question: float = 0.5  # ... plus this per further such cue, up to two
    question_mark_on_request: float = 0.6  # "can you send ...?" is still a request
    question_mark: float = 1.6
    question_start: float = 1.0  # "what", "when", "do you" at the start, no request
    # COMPLAINT
    complaint: float = 2.8  # problem words ...
    per_extra_complaint: float = 0.8  # ... plus this per further one, up to three
    angry: float = 0.8  # "!!", angry emoji
    narrative_complaint: float = 1.0  # quantities describing what went wrong ...
    narrative_order_penalty: float = (
        1.5  # ... take this from ORDER (narrative_request_penalty with a request)
    )
    narrative_request_penalty: float = 0.5
    complaint_order_penalty: float = 1.0  # numbers in a problem report, nothing asked for
    why_question_penalty: float = 1.0  # "why have we been charged ...?" is a grievance
    angry_question_penalty: float = 1.5  # "why has the price gone up again??" is not a real question
    # CANCEL / CHANGE / OTHER
    cancel: float = 4.5
    change: float = 4.0  # plus one per further change cue, up to two
    change_order_penalty: float = 1.0
    change_question_penalty: float = 1.0
    other_cue: float = 2.0  # acknowledgement, greeting, notice
    no_words: float = 2.5  # emoji or punctuation only
    # interplay
    request_over_question: float = 1.0  # a direct order request outweighs a question
    question_not_order: float = 1.5  # asking about an order is a question


WEIGHTS = IntentWeights()
W = WEIGHTS

_LIST_LINE_RE = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+\S", re.MULTILINE)


def classify_intent(
    text: str,
    *,
    has_order_lines: bool | None = None,
    lines: Sequence[OrderLine] | None = None,
    reads: Reads | None = None,
) -> IntentResult:
    """Classify one (redacted) message. ``has_order_lines`` None means: run extraction to find out.
    ``lines``: ``extract_lines(text)`` when the caller has it already (extraction is the costly part),
    ``reads`` what that extraction read (extraction.lines.Reads), reused for the body's."""
    t = fold_message((text or "").strip())  # other scripts as the extractor reads them
    if not t:
        return IntentResult(Intent.OTHER, W.empty_confidence, ("empty message",))
    body = _strip_email_furniture(t)
    extracted = lines if lines is not None and body == t else extract_lines(body, reads)
    cues = _cues(body, extracted, has_order_lines)
    scores = _Scores()
    _order_cues(scores, cues)
    _question_cues(scores, cues)
    _complaint_cues(scores, cues)
    _cancel_change_other_cues(scores, cues)
    _interplay(scores, cues)
    result = scores.result()
    if (
        not_order := non_order_intent(body, extracted, result.intent, cues.history, knows=cues.asks_to_know)
    ) is not None:
        result = IntentResult(not_order, W.empty_confidence, (*result.reasons, NON_ORDER_REQUEST))
    if cues.history:
        result = IntentResult(result.intent, result.confidence, (*result.reasons, HISTORY_REFERENCE))
    return result


# HISTORY_REFERENCE: the message refers to an earlier order ("same as last week", "the usual", "repeat
# my order") that the text does not spell out. The order decision sends such a message to review: the
# explicit extras alone are never the whole order.
HISTORY_REFERENCE = "history reference: refers to an earlier order the message does not spell out"


@dataclass(frozen=True)
class _Cues:
    """What the message shows, before scoring."""

    body: str
    has_order_lines: bool
    n_lines: int
    lines: list[OrderLine]  # understood lines that name a product (all of them only with order lines)
    productless: bool  # a stated quantity with no product ("2 trays")
    request: re.Match[str] | None
    qty_units: int
    question_marks: int
    strong_q: list[str]
    complaints: list[str]
    narrative: bool
    cancel_or_change: bool
    # the body as read for CHANGE cues: without the message's own corrections ("3 cases no wait make it
    # 4" corrects a new order, it does not amend a placed one: SELF_CORRECTION)
    change_text: str
    history: (
        bool  # the body refers to an earlier order ("same as last week"): HISTORY_REFERENCE_RX, read once
    )
    corrected: bool  # a count corrected against another, no repeated order (CORRECTED_COUNT)
    reported: str  # change_text without what it reports came (_PAST_NOT), read for CHANGE cues
    asks_to_know: bool  # KNOW_ASK (non_order.py): a sentence opens by asking to know


def _without_side_questions(body: str, extracted: Sequence[OrderLine]) -> str:
    """The body as read for question cues: without the questions asked beside an order with stated
    quantities (SIDE_QUESTION), which do not make the message a question."""
    side = [ln.original_text for ln in extracted if ln.question and not ln.understood]
    if not side or not any(ln.understood and ln.quantity_explicit for ln in extracted):
        return body
    for text in side:
        if text:  # an empty side question cuts nothing (its pattern would match between every two letters)
            body = _cut_question(body, text)
    return body


def _cut_question(body: str, text: str) -> str:
    r"""``body`` with each ``text`` and the spaces and question marks after it made one space: the literal
    search the pattern ``re.escape(text) + r"\s*[?？]*"`` did, without compiling a pattern per message."""
    out: list[str] = []
    i = 0
    while (j := body.find(text, i)) >= 0:
        k = j + len(text)
        while k < len(body) and body[k].isspace():
            k += 1
        while k < len(body) and body[k] in "?？":
            k += 1
        out.append(body[i:j])
        out.append(" ")
        i = k
    out.append(body[i:])
    return "".join(out)


def _cues(body: str, extracted: Sequence[OrderLine], has_order_lines: bool | None) -> _Cues:
    # parts of the message the extractor did not understand are no evidence of an order
    all_lines = [ln for ln in extracted if ln.understood]
    change_text = without_corrections(body) if any(ln.corrected for ln in all_lines) else body
    history = HISTORY_REFERENCE_RX.search(body) is not None
    # ... read without the message's own corrections, or in the whole body beside another change cue ("change fri
    # order: udon 3 not 2"; "4 box chicken seekh... nahi 5 box" corrects a new order: SELF_CORRECTION)
    reported = _PAST_NOT.sub(" ", change_text)
    corrected = not history and bool(
        CORRECTED_COUNT.search(reported)
        or (
            _CHANGE.search(change_text)
            and CORRECTED_COUNT.search(reported if change_text == body else _PAST_NOT.sub(" ", body))
        )
    )
    asked = _without_side_questions(body, extracted)
    if has_order_lines and not all_lines:
        has_order_lines = None  # the caller counted only not-understood parts: decide from the text
    lines = [ln for ln in all_lines if ln.phrase]  # "2 trays" alone names no product: weaker evidence
    productless = has_order_lines is not False and any(
        ln.quantity_explicit and not ln.phrase for ln in all_lines
    )
    explicit_lines = any(line.quantity_explicit for line in lines)
    if has_order_lines is None:
        has_order_lines = explicit_lines
    elif has_order_lines and lines and not explicit_lines:
        has_order_lines = False  # only products without quantities: weaker evidence, scored below
    elif not has_order_lines:
        lines = []
    return _Cues(
        body=body,
        has_order_lines=has_order_lines,
        n_lines=max(len(lines), 1) if has_order_lines else 0,
        lines=lines,
        productless=productless,
        request=_REQUEST.search(body),
        qty_units=len(_QTY_UNIT.findall(body)),
        question_marks=asked.count("?") + asked.count("¿"),
        strong_q=_STRONG_QUESTION.findall(CONDITIONAL_STOCK.sub(" ", asked)),
        complaints=_complaints(body, lines),
        narrative=_NARRATIVE_QTY.search(body) is not None,
        cancel_or_change=bool(_CANCEL.search(body) or _CHANGE.search(change_text) or corrected),
        change_text=change_text,
        history=history,
        corrected=corrected,
        reported=reported,
        asks_to_know=asks_to_know(body),
    )


def _complaints(body: str, lines: Sequence[OrderLine]) -> list[str]:
    """The complaint words of the message that are not words of an order line's product ("2 buckets
    cracked green olives": the olives are cracked, nothing was broken)."""
    named = {w for ln in lines for w in ln.phrase.lower().split()[:-1]} & FOOD_STATES  # before its noun
    found: list[str] = _COMPLAINT.findall(body)
    return [c for c in found if not (set(LETTERS_RE.findall(c.lower())) & named)]


class _Scores:
    """Each intent's score, and the cues that fired for it."""

    def __init__(self) -> None:
        self.scores = {i: 0.0 for i in Intent}
        self.scores[Intent.OTHER] = W.baseline
        self.reasons: dict[Intent, list[str]] = {i: [] for i in Intent}

    def add(self, intent: Intent, amount: float, why: str) -> None:
        self.scores[intent] += amount
        self.reasons[intent].append(why)

    def take(self, intent: Intent, amount: float) -> None:
        self.scores[intent] -= amount

    def result(self) -> IntentResult:
        """The winner, its softmax share as the confidence, and its reasons."""
        scores = self.scores
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        winner = ranked[0][0]
        z = sum(math.exp(v) for v in scores.values())
        confidence = math.exp(scores[winner]) / z
        why = tuple(self.reasons[winner]) or ("no specific cues",)
        return IntentResult(winner, round(confidence, 3), why)


def _order_cues(s: _Scores, c: _Cues) -> None:
    body = c.body
    if c.has_order_lines:
        s.add(
            Intent.ORDER,
            W.order_lines + min(c.n_lines - 1, W.max_extra_lines) * W.per_extra_line,
            f"{c.n_lines} order line(s)",
        )
    if c.qty_units:
        s.add(
            Intent.ORDER, min(c.qty_units, W.max_quantities) * W.quantity_with_unit, "quantities with units"
        )
    if c.request:
        amount = W.request_with_lines if c.has_order_lines else W.request_alone
        s.add(Intent.ORDER, amount, f"request '{c.request.group(0).strip()}'")
    if len(_LIST_LINE_RE.findall(body)) >= 2:
        s.add(Intent.ORDER, W.list_formatting, "list formatting")
    if c.history:
        s.add(Intent.ORDER, W.usual_order, "refers to a usual order")
    if c.productless and not c.has_order_lines and not c.complaints:
        s.add(Intent.ORDER, W.quantities_without_product, "quantities without a named product")
    vague_lines = [ln for ln in c.lines if not ln.quantity_explicit]
    if vague_lines and not c.has_order_lines:
        s.add(Intent.ORDER, W.products_without_quantities, "products named without quantities")
    if (
        c.has_order_lines
        and not c.complaints
        and not c.strong_q
        and not c.question_marks
        and not c.cancel_or_change
    ):
        s.add(Intent.ORDER, W.only_order_content, "nothing but order content")


def _question_cues(s: _Scores, c: _Cues) -> None:
    if c.strong_q:
        s.add(
            Intent.QUESTION,
            W.strong_question + W.per_extra_question * min(len(c.strong_q) - 1, 2),
            "asks about price/stock/delivery",
        )
    if c.question_marks:
        # a request phrased as a question ("can you send ...?") is still a request
        amount = W.question_mark_on_request if c.request and c.has_order_lines else W.question_mark
        s.add(Intent.QUESTION, amount, "question mark")
    if _WH_START.search(c.body) and not c.request:
        s.add(Intent.QUESTION, W.question_start, "starts like a question")
    if c.asks_to_know:  # KNOW_ASK: "I would like to know if you can take the empty cylinders back"
        s.add(Intent.QUESTION, W.question_mark, "asks to know")


def _complaint_cues(s: _Scores, c: _Cues) -> None:
    complaints = c.complaints
    if complaints:
        s.add(
            Intent.COMPLAINT,
            W.complaint + W.per_extra_complaint * min(len(complaints) - 1, 3),
            "problem words: " + ", ".join(sorted({x.strip().lower() for x in complaints})[:3]),
        )
    if _ANGRY.search(c.body) and (complaints or not c.has_order_lines):
        s.add(Intent.COMPLAINT, W.angry, "angry punctuation")
    if c.narrative and complaints:
        s.add(Intent.COMPLAINT, W.narrative_complaint, "quantities describe a problem")
        s.take(Intent.ORDER, W.narrative_order_penalty if not c.request else W.narrative_request_penalty)
    elif complaints and not c.request:
        s.take(Intent.ORDER, W.complaint_order_penalty)  # "4 packs unusable": nothing asked for
    if complaints and _WHY_RE.match(c.body.lower()):
        s.take(Intent.QUESTION, W.why_question_penalty)  # "why have we been charged ...?" is a grievance


_PAST_NOT = re.compile(
    r"\b(?:was|were|came|arrived|had|got|received|weighed|weighs|ehoun|eixe|itan|kam|tuli|kom)\s+(?:in\s+at\s+)?[\d.,-]+\s*\w{0,5}"
    r"(?:\s+\w+){0,2}\s+(?:not|oxi|nicht|ikke|inte)\s+[\d.,-]+|\bprivezli\b.{0,60}\bzamist\s+\d+"
    r"|\b(?:irthe|irthan|ierthe)\b.{0,40}\banti\s+gia\b",
    re.I,
)


# NOTICE's test for a line of goods: empties and invoice or payment references are none ("1,240.50 sent ... INV-55087")
_NOT_GOODS = re.compile(
    EMPTIES.pattern + r"|\b(?:inv|invoice|payment|bacs|faktura|fattura|facture|factura|rechnung|lasku)\b",
    re.I,
)


# the request a cancellation's order word made ("order for", "pedido", "commande") names the order it cancels
_ORDER_NAMED = re.compile(r"\b(?:order|pedido|commande|encomenda|ordine|bestellung)\b", re.I)


def _cancel_change_other_cues(s: _Scores, c: _Cues) -> None:
    body = c.body
    cancel = _CANCEL.search(body) is not None
    if cancel:
        s.add(Intent.CANCEL, W.cancel, "cancellation words")
        # "please cancel the Hatfield Barn order for Saturday": the request names the order it cancels
        if c.request and _ORDER_NAMED.search(c.request.group(0)):
            s.take(Intent.ORDER, W.change_order_penalty)
    # "were 300-400 not 400-500" reports what came (a complaint), "make it 4 not 3" changes an order; "repeat
    # last week's order but 10 rice instead of 8" names the order it repeats, not one it changes
    text = c.reported
    history = HISTORY_REFERENCE_RX.search(text) is not None
    if history:
        text = NAMED_CHANGE.sub(" ", text)
    # CORRECTED_COUNT (intent_cues.py, read in the whole body: "udon 3 not 2" is no self-correction of a new order
    # when the message changes one) adds one cue, never to a repeated order or a cancellation
    corrected = c.corrected and not cancel
    change_cues = len(_CHANGE.findall(text)) + int(corrected)
    if change_cues:
        s.add(Intent.CHANGE, W.change + min(change_cues - 1, 2), "change to an existing order")
        s.take(Intent.ORDER, W.change_order_penalty)
        s.take(Intent.QUESTION, W.change_question_penalty)
        if not history and NAMED_CHANGE.search(text):
            s.take(Intent.ORDER, W.change_order_penalty)  # its order word names the order it changes
    if NOT_ABOUT_GOODS.search(body):
        s.add(Intent.OTHER, W.other_cue, "not about goods (a table, an automatic reply, a direct debit)")
        s.take(Intent.ORDER, W.other_cue)
        s.take(Intent.CANCEL, W.other_cue)
    if NOTICE.search(body) and not any(
        goods_line(ln) and not _NOT_GOODS.search(ln.original_text) for ln in c.lines
    ):
        s.take(Intent.ORDER, W.other_cue)  # ... and a notice beside a change or a question leaves them be
        if not (
            c.cancel_or_change
            or c.strong_q
            or (c.question_marks and _WH_START.search(body))
            or c.asks_to_know
        ):
            s.add(Intent.OTHER, W.other_cue, "a notice: closed, paid, a new address, empties back (NOTICE)")
    counted = c.has_order_lines and any(ln.understood and ln.quantity_explicit for ln in c.lines)
    # ACK_HISTORY: "Ta idia me tin proigoumeni fora" (the same as last time) opens like "ta" (thanks) but asks
    # for an earlier order: a message that refers to one is no bare acknowledgement
    if _OTHER.search(body) or (ACK_SHORT.search(body) and not counted and not c.history):
        s.add(Intent.OTHER, W.other_cue, "acknowledgement / greeting / notice")
    if not LATIN_LETTER_RE.search(body):
        s.add(Intent.OTHER, W.no_words, "no words (emoji or punctuation only)")


def _interplay(s: _Scores, c: _Cues) -> None:
    """A direct order request outweighs a question; asking about an order is a question; an order with
    a separate question ("3 trays eggs, 2 greek yog. Also do you stock oat milk?") stays an order."""
    if _ASKS_HOW.search(c.body):
        s.add(Intent.QUESTION, W.strong_question, "asks how to order")
        s.take(Intent.ORDER, W.question_not_order)
    elif c.has_order_lines and c.request and s.scores[Intent.ORDER] > 0:
        s.take(Intent.QUESTION, W.request_over_question)
    if c.strong_q and not c.request:
        aside_question = (
            c.has_order_lines
            and sum(1 for ln in c.lines if ln.quantity_explicit) >= 2
            and not any(
                "?" in ln.original_text or _STRONG_QUESTION.search(ln.original_text) for ln in c.lines
            )
            and not c.complaints
        )
        if aside_question:
            s.add(Intent.ORDER, W.aside_question, "order lines with a separate question")
        else:
            s.take(Intent.ORDER, W.question_not_order)
    if c.complaints and _ANGRY.search(c.body):
        s.take(Intent.QUESTION, W.angry_question_penalty)  # "why has the price gone up again??"


_WHY_RE = re.compile(r"^\W*why\b")
_QUOTE_START_RE = re.compile(r"^\s*(?:on\s.+wrote:|-----\s*original message|sent from my)", re.IGNORECASE)


def _strip_email_furniture(text: str) -> str:
    """Drop subject lines, quoted replies and signatures so their words don't count as content."""
    lines = text.split("\n")
    out: list[str] = []
    for ln in lines:
        if SUBJECT_LINE_RE.match(ln):
            continue
        if ln.startswith(">"):
            continue
        if _QUOTE_START_RE.match(ln):
            break
        out.append(ln)
    return "\n".join(out).strip() or text
