"""Analysis by a paid provider (`openai` or `hybrid`), made before any stage transaction opens.

A model takes from a few hundred milliseconds to minutes (with retries), so the call is never made while
a row lock or a database connection is held: `prepare` reads what it needs in one short transaction,
closes it, and only then calls the model through jobs/ai/calls.py on the process's call runner (many
calls in flight per process, each budgeted and metered per HTTP attempt as it ends). The stage that
writes the result opens its own transaction afterwards and is handed the analysis.

What is sent: the PII-redacted text with names, addresses and spelled-out emails replaced as well
(jobs/language/personal.py, the tenant's catalog words protected), or, when the tenant's setting
``settings.ai.send`` is ``order_text``, only the order lines the local reading understood (nothing at
all, and no call, when it found none: the local reading stands).

A text longer than the analysis reads (``MAX_ANALYSED_CHARS``, 12,000 characters) is never sent: the
local reading marks it TEXT_TOO_LONG and the order goes to review.

``hybrid``: the local analysis runs first and the model is called only when the local result is not
sure: an order that would not auto-confirm, or another intent below the tenant's threshold.

A failure (after the bounded retries), an open circuit or the budget falls back to the local analysis
and sends the order to review with the reason. A reply already paid for (a redo after an interrupted
worker) is reused, not bought again.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select

from db import models as m
from db.enums import OrderStatus
from jobs.ai.calls import ATTEMPT_STAGE, Policy, analysis_from_output, call_model
from jobs.ai.providers import AIUsage, Analysis, get_provider, local_provider
from jobs.ai.runner import get_runner
from jobs.language.intent import Intent
from jobs.language.matching import CatalogIndex
from jobs.language.personal import redact_for_model
from jobs.language.pii import detect, redact
from jobs.pipeline import outputs as out
from jobs.pipeline.bounds import MAX_ANALYSED_CHARS
from jobs.pipeline.catalog_cache import catalog_index
from jobs.pipeline.decide import decide_order
from jobs.pipeline.plan import Reading
from jobs.pipeline.rules_cache import pii_rules
from worker.settings import Settings

SEND_ORDER_TEXT = "order_text"


PaidAnalysis = Reading  # the reading a paid call made: the stage meters nothing (its attempts are)


@dataclass(frozen=True)
class _Read:
    redacted: str
    ai_settings: dict[str, Any]
    threshold: float
    index: CatalogIndex
    paid_output: tuple[dict[str, Any], str, str] | None


_words_by_catalog: dict[str, frozenset[str]] = {}


def _catalog_words(index: CatalogIndex) -> frozenset[str]:
    """The catalog's words (names, aliases, keywords): never taken for a person's name."""
    found = _words_by_catalog.get(index.fingerprint)
    if found is None:
        words: set[str] = set()
        for p in index.products:
            for phrase in (p.name, *p.aliases, *p.keywords):
                words.update(w for w in re.findall(r"[\w'’-]+", phrase.lower()) if len(w) > 1)
        if len(_words_by_catalog) > 256:
            _words_by_catalog.clear()
        found = _words_by_catalog[index.fingerprint] = frozenset(words)
    return found


def _read(session: Any, tenant: uuid.UUID, mid: uuid.UUID) -> _Read | None:
    msg = session.get(m.Message, mid)
    if msg is None or msg.ai_extracted_intent is not None or out.is_media_only(msg.content, msg.media):
        return None
    redacted = msg.redacted_content
    if redacted is None:  # fused: the PII stage runs in the same transaction later, to the same result
        content = msg.content or ""
        redacted = redact(content, detect(content, pii_rules(session, tenant)))
    distributor = session.get(m.Distributor, tenant)
    assert distributor is not None
    paid = session.execute(
        select(m.AIResponse.output, m.AIResponse.provider, m.AIResponse.model)
        .where(
            m.AIResponse.message_id == mid,
            m.AIResponse.stage == ATTEMPT_STAGE,
            m.AIResponse.output["outcome"].astext == "ok",
        )
        .limit(1)
    ).first()
    return _Read(
        redacted,
        dict((distributor.settings or {}).get("ai") or {}),
        float(distributor.ai_confidence_threshold),
        catalog_index(session, tenant),
        (paid[0], paid[1], paid[2] or "") if paid else None,
    )


def local_is_sure(local: Analysis, index: CatalogIndex, threshold: float) -> bool:
    """Would the local reading stand without a human? An order that auto-confirms, or a non-order intent
    at or above the threshold."""
    if local.intent.intent != Intent.ORDER:
        return local.intent.confidence >= threshold
    status, _, _ = decide_order(local.intent, index.match_all(local.lines), threshold)
    return status == OrderStatus.CONFIRMED


def model_text(
    redacted: str, local: Analysis, ai_settings: dict[str, Any], index: CatalogIndex
) -> str | None:
    """The text the model is sent, or None when there is nothing the tenant allows to send."""
    protected = _catalog_words(index)
    if ai_settings.get("send") == SEND_ORDER_TEXT:
        parts = [x.original_text for x in local.lines if x.original_text and x.understood]
        if not parts:
            return None
        return "\n".join(redact_for_model(p, protected) for p in parts)
    return redact_for_model(redacted, protected)


def _free(analysis: Analysis) -> Analysis:
    """The paid analysis as the stage records it: its cost is on its attempts' rows already."""
    u = analysis.usage
    return replace(analysis, usage=AIUsage(u.provider, u.model, latency_ms=u.latency_ms))


def prepare(tenant: uuid.UUID, mid: uuid.UUID, settings: Settings) -> PaidAnalysis | None:
    """The classify stage's analysis for a paid provider, or None when that stage has nothing to
    analyse (already classified, media only, gone). Opens and closes its own short transaction, then
    calls the model with none open."""
    from db.session import tenant_session

    with tenant_session(tenant) as s:
        read = _read(s, tenant, mid)
    if read is None:
        return None
    local = local_provider().analyze(read.redacted)
    if len(read.redacted) > MAX_ANALYSED_CHARS:
        # Longer than any analysis reads: the local reading marks it TEXT_TOO_LONG, which sends it to
        # review; a model would be paid to read what a human must read anyway.
        return PaidAnalysis(local)
    if read.paid_output is not None:
        output, name, model = read.paid_output
        return PaidAnalysis(analysis_from_output(output["reply"], AIUsage(name, model)), None, True)
    if settings.ai_provider == "hybrid" and local_is_sure(local, read.index, read.threshold):
        return PaidAnalysis(local)
    text = model_text(read.redacted, local, read.ai_settings, read.index)
    if text is None:
        return PaidAnalysis(local)
    provider = get_provider(settings)
    result = get_runner().run(call_model(provider, tenant, mid, text, Policy.from_settings(settings)))
    if result.analysis is not None:
        return PaidAnalysis(_free(result.analysis), None, True)
    err = result.error
    assert err is not None
    if err.kind == "budget":
        reason = f"{err}: analysed locally"
    elif err.kind == "circuit_open":
        reason = "AI provider unavailable (circuit open): analysed locally"
    else:
        reason = f"AI provider failed ({err.kind}): analysed locally"
    return PaidAnalysis(local, reason, result.attempts > 0)
