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
from jobs.language.extraction import OrderLine, extract_lines, names_goods
from jobs.language.extraction.corrections import without_corrections
from jobs.language.extraction.lines import Reads
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
    ADD_COUNT,
    HISTORY_REFERENCE_RX,
    NAMED_CHANGE,
    NOT_ABOUT_GOODS,
    SEND_COUNT,
    SEND_NOW,
)
from jobs.language.scripts import fold_message

__all__ = ["Intent", "IntentResult", "classify_intent"]


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
    result = _non_order_request(body, extracted, scores.result(), cues.history)
    if cues.history:
        result = IntentResult(result.intent, result.confidence, (*result.reasons, HISTORY_REFERENCE))
    return result


# NON_ORDER_REQUEST: "I would like to book a flight", "can I see my last 5 transactions", "I'd like a
# window seat": a request opener is not an order. A message classified ORDER stays ORDER only when a
# line with a stated quantity names goods (food, drink, catering supplies) or it says "order"/refers to
# an earlier order; a request whose opener is followed by "to <verb>" where the verb is not one of
# ordering ("to book", "to transfer") never is. It becomes QUESTION when it asks, otherwise OTHER.
NON_ORDER_REQUEST = "non-order request: a request opener with no goods and quantities"
_REQUEST_TO_VERB = re.compile(
    r"\b(?:i|we)(?:'d|\s+would)\s+(?:like|love)\s+to\s+(?P<a>[a-z]+)|\b(?:i|we)\s+(?:want|need)\s+to\s+(?P<b>[a-z]+)"
    r"|\b(?:can|could|may)\s+(?:i|we|you|u)\s+(?:please\s+|pls\s+|also\s+|just\s+)*(?P<c>[a-z]+)",
    re.IGNORECASE,
)
_ORDER_VERBS = frozenset(
    [
        "order",
        "reorder",
        "get",
        "have",
        "add",
        "place",
        "buy",
        "take",
        "increase",
        "up",
        "swap",
        "grab",
        "bring",
        "send",
        "deliver",
        "drop",
        "pop",
        "put",
        "include",
        "change",
        "top",
        "do",
        "supply",
        "try",
    ]
)
_ORDER_WORD = re.compile(r"\b(?:order|orders|pedido|commande|bestellung|bestellen|ordine|cases?|cs)\b", re.I)
_ASKS = re.compile(
    r"\?\s*$|^\s*(?:do|does|is|are|what|what's|how|when|where|which|who|why|can\s+i\s+(?:see|bring)|"
    r"should)\b"
    # "I would like to know whether you deliver to Frome", "vorrei sapere se...", "quisiera saber si..."
    r"|\b(?:i|we)(?:'d|\s+would)\s+like\s+to\s+(?:know|ask|check|find\s+out)\b|\bcan\s+i\s+ask\b"
    r"|\b(?:vorrei|volevo)\s+sapere\b|\b(?:quisiera|quer[ií]a|me\s+gustar[ií]a)\s+saber\b"
    r"|\b(?:gostaria\s+de|queria)\s+saber\b|\bje\s+(?:voudrais|souhaiterais)\s+savoir\b"
    r"|\bich\s+(?:m[öo]chte|w[üu]rde\s+gerne?)\s+wissen\b",
    re.IGNORECASE,
)


_OPENER = re.compile(
    r"^\s*(?:(?:hi|hello|hey)\b[ ,!]*)?(?:(?:i|we)(?:'d|\s+would)\s+(?:like|love)|(?:i|we)\s+(?:want|need)|"
    r"(?:can|could|may)\s+(?:i|we|you)|please|pls|do\s+i|je\s+voudrais|quisiera|vorrei|ich\s+m[öo]chte|"
    r"order\s+me|get\s+me|find\s+me|add\b|send\b|set\b|log\b|dim\b|move\b|convert\b|calculate\b|what'?s\b)",
    re.IGNORECASE,
)
_PERSONAL = re.compile(
    r"\b(?:shopping\s+list|my\s+list|calendar|playlist|reminder|flight|accounts?|appointment|tickets?|meeting|email|"
    r"mortgage|luggage|lights|heating|taxi|uber|percent|degrees|thousand|euros|dollars|pounds|birthday|"
    r"table\s+for\s+\d+)\b|[£$€]\s?\d",
    re.IGNORECASE,
)


# BILLING_ACCOUNT: where an order is billed ("Invoice to account NK-0043", "charge it to our account") is no personal
# account: an order of goods with quantities stays an order (its credit terms are CREDIT_TERMS's, pipeline/decide.py)
_BILLING = re.compile(
    r"\b(?:invoice|bill|charge)\s+(?:it\s+|this\s+|them\s+)?(?:to|on|against)\s+(?:the\s+|our\s+|my\s+)?account\b",
    re.IGNORECASE,
)
# "... Not ordering yet", "just comparing": a price asked for is asked, whatever else the message says
_NOT_YET_WORDS = r"not\s+ordering\s+(?:yet|now|today)|just\s+comparing|poki\s+ne\s+zamovlyayu|prosto\s+pitayu"
_NOT_YET = re.compile(rf"\b(?:{_NOT_YET_WORDS})\b", re.I)
_QUOTE = re.compile(
    r"\b(?:a\s+)?(?:quote|quotation|estimate|price\s+list|prices?\s+for|a\s+price\s+on|pricing\s+for|presupuesto|cotizaci[oó]n|"
    + _NOT_YET_WORDS
    + r"|devis|angebot|kostenvoranschlag|preventivo|discount|(?:a\s+)?(?:better|good)\s+(?:price|deal)|descuento|remise|"
    r"rabatt|sconto|korting|desconto)\b",
    re.IGNORECASE,
)
# ...unless the message also places an order ("send 2 cases now and quote me for 50")
_ORDER_VERB_NOW = re.compile(
    r"\b(?:send(?!\s+(?:me|us)\s+(?:a|the|your)\s+(?:quote|price|prices|quotation))|deliver|please\s+add|"
    r"add\s+\d|we'?ll\s+take|order\s+\d)\b",
    re.IGNORECASE,
)


def _goods_line(line: OrderLine) -> bool:
    """A line with a stated quantity of something sold: a goods noun, or a pack, weight or size."""
    if not (line.understood and line.quantity_explicit):
        return False
    return names_goods(line.phrase) or line.unit is not None or line.size is not None


def _non_order_request(
    body: str, lines: Sequence[OrderLine], result: IntentResult, history: bool
) -> IntentResult:
    """NON_ORDER_REQUEST (above): an ORDER result that opens with a request and carries no goods with
    quantities, or asks for a non-ordering action, becomes QUESTION or OTHER (``history``: the body refers
    to an earlier order)."""
    if (
        result.intent == Intent.ORDER
        and len(body) <= 300
        and _QUOTE.search(body)
        and (not _ORDER_VERB_NOW.search(body) or _NOT_YET.search(body))
    ):
        # "can I have a quote for 50 cases of pepsi max?": a price asked for goods is not an order of them
        return IntentResult(Intent.QUESTION, W.empty_confidence, (*result.reasons, NON_ORDER_REQUEST))
    if result.intent != Intent.ORDER or len(body) > 300 or not _OPENER.search(body):
        return result
    if history:
        return result
    goods = any(_goods_line(x) for x in lines)
    m = _REQUEST_TO_VERB.search(body)
    verb = (m.group("a") or m.group("b") or m.group("c")).lower() if m else None
    # "set the lights to 50%" is no order; "2 x 10kg 70.5% callets" is: a percentage counts without goods
    percent = re.search(r"\d\s?%", body) is not None and not goods
    personal = _PERSONAL.search(_BILLING.sub(" ", body))  # "Invoice to account NK-0043" bills an order
    foreign = (verb is not None and verb not in _ORDER_VERBS) or bool(personal) or percent
    if foreign and not (goods and _ORDER_WORD.search(body)):
        return _not_order(body, result)
    if goods or _ORDER_WORD.search(body):
        return result
    if verb in _ORDER_VERBS and any(
        x.understood and (x.quantity_explicit or names_goods(x.phrase)) for x in lines
    ):
        return result
    counted = sum(1 for x in lines if x.understood and x.quantity_explicit)
    if SEND_NOW.match(body) and counted >= 2:
        return result  # "Send 200 maggi star and 120 knorr cubes": an imperative with counted lines
    if (ADD_COUNT.match(body) or SEND_COUNT.match(body)) and counted >= 1:
        return result  # "add 3 biscoff pls": adding a count of something is ordering it
    return _not_order(body, result)


def _not_order(body: str, result: IntentResult) -> IntentResult:
    intent = Intent.QUESTION if _ASKS.search(body) else Intent.OTHER
    return IntentResult(intent, W.empty_confidence, (*result.reasons, NON_ORDER_REQUEST))


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


def _without_side_questions(body: str, extracted: Sequence[OrderLine]) -> str:
    """The body as read for question cues: without the questions asked beside an order with stated
    quantities (SIDE_QUESTION), which do not make the message a question."""
    side = [ln.original_text for ln in extracted if ln.question and not ln.understood]
    if not side or not any(ln.understood and ln.quantity_explicit for ln in extracted):
        return body
    for text in side:
        body = _cut_question(body, text) if text else re.sub(r"\s*[?？]*", " ", body)
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
        strong_q=_STRONG_QUESTION.findall(asked),
        complaints=_complaints(body, lines),
        narrative=_NARRATIVE_QTY.search(body) is not None,
        cancel_or_change=bool(_CANCEL.search(body) or _CHANGE.search(change_text)),
        change_text=change_text,
        history=HISTORY_REFERENCE_RX.search(body) is not None,
    )


def _complaints(body: str, lines: Sequence[OrderLine]) -> list[str]:
    """The complaint words of the message that are not words of an order line's product ("2 buckets
    cracked green olives": the olives are cracked, nothing was broken)."""
    named = {w for ln in lines for w in ln.phrase.lower().split()[:-1]} & FOOD_STATES  # before its noun
    found: list[str] = _COMPLAINT.findall(body)
    return [c for c in found if not (set(_LETTERS_RE.findall(c.lower())) & named)]


# Words of a food's state that are also words of damage: "cracked olives", "crushed ice", "split peas".
FOOD_STATES = frozenset({"cracked", "crushed", "split", "smashed", "melted", "squashed", "broken"})


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
    r"\b(?:was|were|came|arrived)\s+[\d.,-]+\s*\w{0,3}\s+not\s+[\d.,-]+|\bprivezli\b.{0,60}\bzamist\s+\d+",
    re.I,
)


def _cancel_change_other_cues(s: _Scores, c: _Cues) -> None:
    body = c.body
    if _CANCEL.search(body):
        s.add(Intent.CANCEL, W.cancel, "cancellation words")
    # "were 300-400 not 400-500" reports what came (a complaint), "make it 4 not 3" changes an order; "repeat
    # last week's order but 10 rice instead of 8" names the order it repeats, not one it changes
    text = _PAST_NOT.sub(" ", c.change_text)
    history = HISTORY_REFERENCE_RX.search(text) is not None
    if history:
        text = NAMED_CHANGE.sub(" ", text)
    change_cues = len(_CHANGE.findall(text))
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
    counted = c.has_order_lines and any(ln.understood and ln.quantity_explicit for ln in c.lines)
    if _OTHER.search(body) or (ACK_SHORT.search(body) and not counted):
        s.add(Intent.OTHER, W.other_cue, "acknowledgement / greeting / notice")
    if not _LATIN_LETTER_RE.search(body):
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


_LATIN_LETTER_RE = re.compile(r"[a-zA-Zà-ÿ]")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_WHY_RE = re.compile(r"^\W*why\b")
_SUBJECT_LINE_RE = re.compile(r"^\s*(?:subject|asunto|objet|betreff|oggetto)\s*:", re.IGNORECASE)
_QUOTE_START_RE = re.compile(r"^\s*(?:on\s.+wrote:|-----\s*original message|sent from my)", re.IGNORECASE)


def _strip_email_furniture(text: str) -> str:
    """Drop subject lines, quoted replies and signatures so their words don't count as content."""
    lines = text.split("\n")
    out: list[str] = []
    for ln in lines:
        if _SUBJECT_LINE_RE.match(ln):
            continue
        if ln.startswith(">"):
            continue
        if _QUOTE_START_RE.match(ln):
            break
        out.append(ln)
    return "\n".join(out).strip() or text
