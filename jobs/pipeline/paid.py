"""Analysis by a paid provider (`openai` or `hybrid`): the `PaidReader` that `analyse` reads with.

`analyse` (jobs/pipeline/plan.py) runs with no transaction open, so the model call it makes through a
`PaidReader` holds no row lock and no database connection while the model thinks. The call goes through
jobs/ai/calls.py on the process's call runner (many calls in flight per process, each budgeted and
metered per HTTP attempt as it ends). Its first reservation looks for a reply an earlier attempt
already paid for (a redo after an interrupted worker): that reply is reused, not bought again. The
look-up (and the tenant's budget, which a lease is checked against) comes with the message's snapshot
(`oms_message_snapshot` with `p_reuse`, migrations 0037 and 0040: `looked`), so a paid message makes no
round trip for it. The tenant's `settings.ai` is kept for 30 s per process.

What is sent: the PII-redacted text with names, addresses and spelled-out emails replaced as well
(jobs/language/personal.py, the tenant's catalog words protected), or, when the tenant's setting
``settings.ai.send`` is ``order_text``, only the order lines the local reading understood (nothing at
all, and no call, when it found none: the local reading stands).

A text longer than the analysis reads (``MAX_ANALYSED_CHARS``, 12,000 characters) is never sent: the
local reading marks it TEXT_TOO_LONG and the order goes to review.

``hybrid``: the local analysis runs first and the model is called only when the local result is not
sure: an order that the message's decision on it would not auto-confirm (`plan.decide`, every rule it
applies: the terms, ADDRESS_OR_GOODS, the customer's history, the bounds), or another intent below the
tenant's threshold. With ``openai`` the local analysis runs only when it is needed (the order_text setting,
or a fallback).

A failure (after the bounded retries), an open circuit or the budget falls back to the local analysis
and sends the order to review with the reason.
"""

from __future__ import annotations

import re
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from db.enums import OrderStatus
from db.session import tenant_session
from jobs.ai.budget import Looked, Unsettled
from jobs.ai.calls import Policy, prepared_call
from jobs.ai.providers import AIUsage, Analysis, get_provider, local_provider
from jobs.ai.runner import get_runner
from jobs.language.intent import Intent
from jobs.language.matching import CatalogIndex
from jobs.language.personal import redact_for_model
from jobs.pipeline.bounds import MAX_ANALYSED_CHARS
from jobs.pipeline.plan import Reader, Reading, Snapshot, decide, with_history_intent
from worker.settings import Settings

SEND_ORDER_TEXT = "order_text"


_SETTINGS_SECONDS = 30.0
_ai_settings: dict[uuid.UUID, tuple[float, dict[str, Any]]] = {}
_ai_settings_lock = threading.Lock()


_words_by_catalog: dict[str, frozenset[str]] = {}


def catalog_words(index: CatalogIndex) -> frozenset[str]:
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


def tenant_ai_settings(tenant: uuid.UUID) -> dict[str, Any]:
    """The tenant's `settings.ai`, read at most every 30 s per process."""
    now = time.monotonic()
    with _ai_settings_lock:
        hit = _ai_settings.get(tenant)
    if hit is not None and now - hit[0] < _SETTINGS_SECONDS:
        return hit[1]
    from sqlalchemy import text

    with tenant_session(tenant) as s:
        raw = s.scalar(text("SELECT settings FROM distributors WHERE id = :t"), {"t": tenant})
    found = dict(((raw or {}).get("ai") or {}) if isinstance(raw, dict) else {})
    with _ai_settings_lock:
        if len(_ai_settings) > 10_000:
            _ai_settings.clear()
        _ai_settings[tenant] = (now, found)
    return found


def local_is_sure(local: Analysis, snap: Snapshot, redacted: str, index: CatalogIndex) -> bool:
    """Would the local reading stand without a human? An order the message's own decision confirms
    (`plan.decide` on this reading, so every rule that sends an order to review counts: a model's reading
    might have been right where the local one was not), or a non-order intent at or above the threshold."""
    intent = with_history_intent(snap, redacted, local.intent)
    if intent.intent != Intent.ORDER:
        return intent.confidence >= float(snap.threshold)
    decision = decide(snap, intent, local.lines, None, index, redacted, local.addresses)
    return decision.status == OrderStatus.CONFIRMED


def model_text(
    redacted: str, local: Callable[[], Analysis], ai_settings: dict[str, Any], index: CatalogIndex
) -> str | None:
    """The text the model is sent, or None when there is nothing the tenant allows to send."""
    protected = catalog_words(index)
    if ai_settings.get("send") == SEND_ORDER_TEXT:
        parts = [x.original_text for x in local().lines if x.original_text and x.understood]
        if not parts:
            return None
        return "\n".join(redact_for_model(p, protected) for p in parts)
    return redact_for_model(redacted, protected)


def _free(analysis: Analysis) -> Analysis:
    """The paid analysis as the write records it: its cost is on its attempts' rows already."""
    u = analysis.usage
    return replace(analysis, usage=AIUsage(u.provider, u.model, latency_ms=u.latency_ms))


@dataclass
class PaidReader(Reader):
    """A paid provider's reading of one message, made when `analyse` asks for it (`read`)."""

    tenant: uuid.UUID
    message_id: uuid.UUID
    settings: Settings
    snap: Snapshot  # what the decision on the local reading reads (`local_is_sure`)
    index: Callable[[], CatalogIndex]
    # What the first reservation looks up, read with the message's snapshot (jobs/pipeline/fused.py)
    looked: Looked | None = None
    _local: Analysis | None = field(default=None, init=False, repr=False)
    # The successful attempt's settlement, which the write makes in its own transaction (store.record);
    # whoever ends the message's run without that write settles it on its own (fused.run).
    unsettled: Unsettled | None = field(default=None, init=False, repr=False)

    def local(self, redacted: str) -> Analysis:
        if self._local is None:
            self._local = local_provider().analyze(redacted)
        return self._local

    def read(self, redacted: str) -> Reading:
        local = lambda: self.local(redacted)  # noqa: E731 - made only when needed
        if len(redacted) > MAX_ANALYSED_CHARS:
            # Longer than any analysis reads: the local reading marks it TEXT_TOO_LONG, which sends it
            # to review; a model would be paid to read what a human must read anyway.
            return Reading(local())
        if self.settings.ai_provider == "hybrid" and local_is_sure(
            local(), self.snap, redacted, self.index()
        ):
            return Reading(local())
        text = model_text(redacted, local, tenant_ai_settings(self.tenant), self.index())
        if text is None:
            return Reading(local())
        provider = get_provider(self.settings)
        policy = Policy.from_settings(self.settings)
        call = prepared_call(provider, self.tenant, self.message_id, text, policy, self.looked)
        result = get_runner().run(call)
        self.unsettled = result.unsettled
        if result.analysis is not None:
            return Reading(_free(result.analysis), None, True)
        err = result.error
        assert err is not None
        if err.kind == "budget":
            reason = f"{err}: analysed locally"
        elif err.kind == "circuit_open":
            reason = "AI provider unavailable (circuit open): analysed locally"
        else:
            reason = f"AI provider failed ({err.kind}): analysed locally"
        return Reading(local(), reason, result.attempts > 0)
