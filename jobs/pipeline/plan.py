"""`analyse`: one message to its `Plan`, with no database and no transaction.

This is the one composition of the language core (PII -> the provider's reading -> matching -> the order
decision -> the order, its events and replies). The worker runs it (jobs/pipeline/fused.py `run`, in
both modes, for every message; the one writer, jobs/pipeline/store.py, writes the plan), and so do
`oms eval` (jobs/pipeline/evaluation.py) and the benchmarks; tests/test_eval_matches_production.py
holds them to it.

Hooks for other work: whatever must be known about the message or its tenant before analysis belongs on
`Snapshot` (filled by `oms_message_snapshot`, and by `fused.with_stored` for a touched message); a rule
that changes the order's outcome belongs in `jobs/pipeline/decide.py`, which `decide` calls.
"""

from __future__ import annotations

import time
import uuid
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal
from functools import cached_property
from typing import Any

from db.enums import MessageIntent, OrderStatus
from jobs.ai.providers import AIProvider, AIUsage, Analysis
from jobs.language.coverage import unread_counts
from jobs.language.extraction import OrderLine
from jobs.language.history import CustomerHistory, apply_history, reference_intent, reference_kind
from jobs.language.intent import HISTORY_REFERENCE, Intent, IntentResult
from jobs.language.matching import CatalogIndex, LineMatch
from jobs.language.matching.address_goods import address_goods
from jobs.language.offers import accepted_offer
from jobs.language.pii import PiiFinding, PiiRule, detect, redact
from jobs.language.terms import terms_asked
from jobs.pipeline import bounds as order_bounds
from jobs.pipeline import outputs as out
from jobs.pipeline.decide import decide_order, side_questions
from jobs.pipeline.stages import Stage, StageFailed
from jobs.replies.suggest import NEEDS_ORDERS, OrderRef, needs_catalog, suggest
from jobs.webhooks import events, payloads
from worker import metrics

Row = dict[str, Any]
# The customer's order history (issue #15): the history itself, or a function that loads it (True: with
# the recent orders a reference like "the usual" needs); None: not known (evaluation without histories)
HistorySource = CustomerHistory | Callable[[bool], CustomerHistory | None] | None


@dataclass(frozen=True)
class Snapshot:
    """What analysis reads about one message: the message, its conversation and its tenant's settings
    (column order = `oms_message_snapshot`'s, after the message id)."""

    message_id: uuid.UUID
    content: str
    media: list[dict[str, Any]]
    untouched: bool
    conversation_id: uuid.UUID
    customer_id: uuid.UUID | None
    conversation_customer_id: uuid.UUID
    channel: str
    created_at: datetime
    threshold: Decimal
    currency: str
    pii_rules_stamp: str = ""
    catalog_stamp: str = ""
    # The tenant's absolute bounds on auto-confirmation (jobs/pipeline/bounds.py; None: the defaults) and
    # a reader of the customer's order count and spend, called only when a total needs it.
    bounds: order_bounds.OrderBounds | None = None
    customer_usual: order_bounds.CustomerUsual | None = field(default=None, compare=False)
    history: HistorySource = field(default=None, compare=False, repr=False)
    # What an earlier run stored (a touched message only): its reading, which a redo must neither buy
    # nor make again, and its order decision (the match_products output), which a redo must not remake.
    stored_reading: Reading | None = field(default=None, compare=False, repr=False)
    stored_decision: Row | None = field(default=None, compare=False, repr=False)
    # A reader of the customer's latest order, which a complaint's replies name (read only for a
    # complaint); None: not readable here, the writer's transaction words those replies.
    latest_order: Callable[[], OrderRef | None] | None = field(default=None, compare=False, repr=False)
    # Does the tenant have an active webhook endpoint? Without one the plan carries no events (nothing
    # would deliver them), and its write is refused as stale if one was added meanwhile (migration 0038).
    webhooks: bool = True

    @property
    def order_customer_id(self) -> uuid.UUID:
        return self.customer_id or self.conversation_customer_id


@dataclass(frozen=True)
class Reading:
    """The provider's reading of the redacted text, as the classify stage records it. `review_reason`
    forces review (a paid call that fell back to the local reading); `paid`: its attempts are metered."""

    analysis: Analysis
    review_reason: str | None = None
    paid: bool = False


class Reader(ABC):
    """A reading made per message when `analyse` asks for it, with a review reason when it fell back (a
    paid provider: jobs/pipeline/paid.py `PaidReader`). A base class, not a protocol: `read` tells a reader
    from an `AIProvider` by its class (a runtime protocol check reads the members anew at every call)."""

    @abstractmethod
    def read(self, redacted: str) -> Reading: ...


Provider = AIProvider | Reader | Reading


@dataclass(frozen=True)
class Decision:
    """The order decision: CONFIRMED only when the whole order is sure, else REVIEW with reasons."""

    status: OrderStatus
    confidence: float
    reasons: tuple[str, ...]
    matches: tuple[LineMatch, ...]
    threshold: float
    latency_ms: int = 0
    note: str | None = None  # "repeat of order X with changes: ..." (#15), the order's notes

    @cached_property
    def output(self) -> Row:
        """The match_products ai_responses.output (the order's rows are built from it)."""
        return out.match_output(
            self.status,
            self.confidence,
            list(self.reasons),
            out.matched_lines(list(self.matches)),
            self.threshold,
            self.note,
        )


@dataclass(frozen=True)
class OrderRows:
    order: Row
    lines: list[Row]
    attachments: list[Row]


@dataclass(frozen=True)
class Plan:
    """Everything a message's processing writes, as values. `replies` None: they need the database
    (a CANCEL/CHANGE is linked to its order, a complaint cites the latest one)."""

    message_id: uuid.UUID
    content: str
    redacted: str
    pii: tuple[PiiFinding, ...]
    intent: IntentResult
    lines: tuple[OrderLine, ...]
    provider: str
    model: str
    usage: AIUsage | None
    review_reason: str | None
    read_ms: int
    decision: Decision | None = None
    order: OrderRows | None = None
    events: tuple[Row, ...] = field(default_factory=tuple)
    replies: list[Row] | None = None
    stage: Stage = Stage.CLASSIFY_INTENT
    addresses: tuple[str, ...] = ()  # the street addresses the extractor set aside (ADDRESS_OR_GOODS)

    @property
    def message_intent(self) -> MessageIntent:
        return MessageIntent(self.intent.intent.value)

    @property
    def is_order(self) -> bool:
        return self.message_intent == MessageIntent.ORDER

    def classification(self) -> Row:
        """The classify_intent ai_responses row (without distributor and message ids)."""
        return out.classification_response(
            self.intent,
            list(self.lines),
            self.review_reason,
            provider=self.provider,
            model=self.model,
            usage=self.usage,
            latency_ms=self.read_ms,
            addresses=self.addresses,
        )


Catalog = CatalogIndex | Callable[[], CatalogIndex]


def _index(catalog: Catalog) -> CatalogIndex:
    return catalog if isinstance(catalog, CatalogIndex) else catalog()


def _history(snap: Snapshot, recent: bool) -> CustomerHistory | None:
    source = snap.history
    if source is None or isinstance(source, CustomerHistory):
        return source
    return source(recent)


def with_history_intent(snap: Snapshot, redacted: str, intent: IntentResult) -> IntentResult:
    """A message read as OTHER/QUESTION that only asks for an earlier order again is an ORDER when the
    customer has one (jobs/language/history/references.py `reference_intent`); the history is read only for such."""
    if snap.history is None or intent.intent.value == MessageIntent.ORDER.value:
        return intent
    if reference_kind(redacted) is None:
        return intent
    history = _history(snap, True)
    return intent if history is None else reference_intent(redacted, intent, history.orders)


# ----------------------------------------------------------------------------- the steps
def read(snap: Snapshot, redacted: str, provider: Provider) -> Reading:
    """The provider's reading; a media-only message is an order only a human can read."""
    if out.is_media_only(snap.content, snap.media):
        return Reading(
            Analysis(out.MEDIA_ONLY_INTENT, [], AIUsage(out.MEDIA_ONLY_PROVIDER, out.MEDIA_ONLY_MODEL))
        )
    if isinstance(provider, Reading):
        return provider
    if isinstance(provider, Reader):
        return provider.read(redacted)
    return Reading(provider.analyze(redacted))


def decide(
    snap: Snapshot,
    intent: IntentResult,
    lines: Sequence[OrderLine],
    review_reason: str | None,
    catalog: Catalog,
    text: str = "",
    addresses: Sequence[str] = (),
) -> Decision:
    """Match the lines and decide, from the intent as stored (confidence rounded, as a redo reads it).
    ``addresses``: the street addresses the extractor set aside, which ADDRESS_OR_GOODS reads."""
    started = time.perf_counter()
    threshold = float(snap.threshold)
    note: str | None = None  # a resolved reference's "repeat of order X with changes: ..."
    if out.is_media_only(snap.content, snap.media):
        status, score, reasons = out.media_only_decision(snap.media)
        matches: list[LineMatch] = []
    else:
        stored = IntentResult(intent.intent, float(out.confidence(intent.confidence)), intent.reasons)
        index = _index(catalog)
        matches = index.match_all([out.line_from_json(out.line_to_json(x)) for x in lines])
        extra: list[str] = []
        if snap.history is not None:  # what the customer's order history settles (#15)
            recent = HISTORY_REFERENCE in stored.reasons or reference_kind(text) is not None
            settled = apply_history(text, stored, matches, index, _history(snap, recent))
            stored, matches, extra, note = settled.intent, settled.matches, settled.reasons, settled.note
        extra += terms_asked(text)
        if (offered := accepted_offer(text)) is not None:
            extra.append(offered)
        if stored.intent is Intent.ORDER:
            extra += address_goods(index, addresses)
            extra += unread_counts(text, lines)
        status, score, reasons = decide_order(
            stored, matches, threshold, snap.bounds, snap.customer_usual, extra_reasons=extra, index=index
        )
        asked = side_questions(lines)
        note = f"{note}; {asked}" if note and asked else note or asked
        if review_reason:
            status, reasons = OrderStatus.REVIEW, [*reasons, review_reason]
    latency = int((time.perf_counter() - started) * 1000)
    return Decision(OrderStatus(status), score, tuple(reasons), tuple(matches), threshold, latency, note)


def order_rows(snap: Snapshot, decision: Decision) -> OrderRows:
    return order_rows_from(snap, decision.output)


def order_rows_from(snap: Snapshot, decided: Row) -> OrderRows:
    """The order, its lines and attachments from a match_products output (the plan's, or a stored one)."""
    order, lines = out.order_rows(decided, order_id=out.order_id_for(snap.message_id), currency=snap.currency)
    order.update(
        customer_id=snap.order_customer_id, conversation_id=snap.conversation_id, channel=snap.channel
    )
    return OrderRows(order, lines, out.attachment_rows(order["id"], snap.media))


def message_events(snap: Snapshot, redacted: str, intent: IntentResult) -> list[Row]:
    if not snap.webhooks:
        return []
    mid = snap.message_id
    created = payloads.message_data(
        mid, snap.conversation_id, snap.customer_id, snap.channel, redacted, snap.media, snap.created_at
    )
    return [
        events.build_event(
            events.MESSAGE_CREATED, mid, created, message_id=mid, customer_id=snap.customer_id
        ),
        events.build_event(
            events.MESSAGE_CLASSIFIED,
            mid,
            out.classified_data(mid, intent),
            message_id=mid,
            customer_id=snap.customer_id,
        ),
    ]


def order_events(snap: Snapshot, rows: OrderRows) -> list[Row]:
    if not snap.webhooks:
        return []
    order, mid, customer = rows.order, snap.message_id, snap.order_customer_id
    data = payloads.order_data(
        order,
        rows.lines,
        customer_id=customer,
        message_id=mid,
        conversation_id=snap.conversation_id,
        channel=snap.channel,
    )
    return [
        events.build_event(
            kind, order["id"], data, order_id=order["id"], message_id=mid, customer_id=customer
        )
        for kind in out.order_events(order)
    ]


def replies(
    snap: Snapshot, plan_: Plan, catalog: Catalog, decided: Row | None = None, total: Any = None
) -> list[Row] | None:
    """Suggested replies, or None when they need the customer's orders (the database): a CANCEL or
    CHANGE, which is linked to its order as its replies are worded, and a complaint whose snapshot cannot
    read the customer's latest order."""
    intent = plan_.message_intent.value
    order = None
    if intent == "COMPLAINT" and snap.latest_order is not None:
        order = snap.latest_order()
    elif intent in NEEDS_ORDERS:
        return None
    index = _index(catalog) if needs_catalog(intent, decided) else None
    return suggest(
        intent,
        plan_.redacted,
        lines=list(plan_.lines),
        decided=decided,
        total=total,
        currency=snap.currency,
        index=index,
        order=order,
    )


# ----------------------------------------------------------------------------- the composition
class _StageClock:
    """Each stage's time in `analyse` into oms_stage_duration_seconds{stage} (the paid reading's call
    included in classify_intent's); a stage that raised is timed too."""

    def __init__(self) -> None:
        self.stage, self.started = Stage.DETECT_PII, time.perf_counter()

    def enter(self, stage: Stage) -> None:
        self.stop()
        self.stage, self.started = stage, time.perf_counter()

    def stop(self) -> None:
        metrics.stage_seconds(self.stage.value).observe(time.perf_counter() - self.started)


def analyse(
    snap: Snapshot,
    rules: Sequence[PiiRule],
    catalog: Catalog,
    provider: Provider,
    until: Stage = Stage.CREATE_ORDER,
) -> Plan:
    """One message's whole processing as values, or as far as `until` (a stage of the chained mode
    needs only the analysis up to its own). `catalog` may be a function that loads the index (called
    only when the message needs it); `provider` may be a `Reader` (a paid provider's, which calls the
    model when asked: this runs with no transaction open) or a `Reading` made earlier; a reading or decision the snapshot says is stored is used instead. A failure is
    raised as `StageFailed` naming the stage."""
    clock = _StageClock()
    try:
        content = snap.content or ""
        findings = detect(content, rules)
        redacted = redact(content, findings)
        if until == Stage.DETECT_PII:
            return _pii_only(snap, content, redacted, findings)
        clock.enter(Stage.CLASSIFY_INTENT)
        plan_ = _classified(snap, content, redacted, findings, snap.stored_reading or provider)
        if not plan_.is_order:
            return _with(plan_, replies=replies(snap, plan_, catalog))
        if until == Stage.CLASSIFY_INTENT:
            return plan_
        clock.enter(Stage.MATCH_PRODUCTS)
        decided = snap.stored_decision
        decision = None
        if decided is None:
            decision = decide(
                snap, plan_.intent, plan_.lines, plan_.review_reason, catalog, redacted, plan_.addresses
            )
            decided = decision.output
        plan_ = _with(plan_, decision=decision, stage=Stage.MATCH_PRODUCTS)
        if until == Stage.MATCH_PRODUCTS:
            return plan_
        clock.enter(Stage.CREATE_ORDER)
        rows = order_rows_from(snap, decided)
        plan_ = _with(
            plan_, order=rows, events=(*plan_.events, *order_events(snap, rows)), stage=Stage.CREATE_ORDER
        )
        return _with(plan_, replies=replies(snap, plan_, catalog, decided, rows.order["total_amount"]))
    except Exception as exc:
        raise StageFailed.wrap(clock.stage, exc) from exc
    finally:
        clock.stop()


def _classified(
    snap: Snapshot,
    content: str,
    redacted: str,
    findings: Sequence[PiiFinding],
    provider: Provider,
) -> Plan:
    """The plan up to the provider's reading (the intent, its lines and the message events)."""
    started = time.perf_counter()
    reading = read(snap, redacted, provider)
    analysis = reading.analysis
    intent = with_history_intent(snap, redacted, analysis.intent)
    if intent is not analysis.intent:
        analysis = replace(analysis, intent=intent)
    usage = None if out.is_media_only(snap.content, snap.media) else analysis.usage
    return Plan(
        message_id=snap.message_id,
        content=content,
        redacted=redacted,
        pii=tuple(findings),
        intent=analysis.intent,
        lines=tuple(analysis.lines),
        provider=analysis.usage.provider,
        model=analysis.usage.model,
        usage=usage,
        review_reason=reading.review_reason,
        read_ms=int((time.perf_counter() - started) * 1000),
        events=tuple(message_events(snap, redacted, analysis.intent)),
        addresses=analysis.addresses,
    )


_UNREAD = IntentResult(Intent.OTHER, 0.0, ())


def _pii_only(snap: Snapshot, content: str, redacted: str, findings: Sequence[PiiFinding]) -> Plan:
    """The detect_pii stage's plan: the findings, the redacted text and `message.created` (the intent
    fields are placeholders no writer reads: `stage` says the plan stops here)."""
    return Plan(
        message_id=snap.message_id,
        content=content,
        redacted=redacted,
        pii=tuple(findings),
        intent=_UNREAD,
        lines=(),
        provider="",
        model="",
        usage=None,
        review_reason=None,
        read_ms=0,
        events=tuple(message_events(snap, redacted, _UNREAD)[:1]),
        stage=Stage.DETECT_PII,
    )


def _with(plan_: Plan, **changes: Any) -> Plan:
    return replace(plan_, **changes)
