"""The pipeline's Prometheus counters, counted once the transaction that wrote the fact committed
(a rolled-back stage is retried and counted then, never twice)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from worker import metrics

_KEY = "oms_metrics_after_commit"


def _after_commit(session: Session, fn: Callable[[], None]) -> None:
    session.info.setdefault(_KEY, []).append(fn)


@event.listens_for(Session, "after_commit")
def _run(session: Session) -> None:
    for fn in session.info.pop(_KEY, ()):
        fn()


@event.listens_for(Session, "after_rollback")
def _drop(session: Session) -> None:
    session.info.pop(_KEY, None)


def _label(value: Any) -> str:
    return str(getattr(value, "value", value) or "unknown")


def message_classified(session: Session | None, channel: Any, intent: Any) -> None:
    def count() -> None:
        metrics.MESSAGES.labels(channel=_label(channel), intent=_label(intent)).inc()

    count() if session is None else _after_commit(session, count)


def order_created(session: Session | None, order: Mapping[str, Any]) -> None:
    def count() -> None:
        metrics.count_order(
            _label(order.get("status")), bool(order.get("requires_review")), order.get("review_reasons") or ()
        )

    count() if session is None else _after_commit(session, count)


def ai_usage(
    session: Session, tenant: Any, model: str | None, prompt: int, completion: int, cost_cents: Any
) -> None:
    cost_usd = float(cost_cents or 0) / 100

    _after_commit(session, lambda: metrics.count_ai_usage(str(tenant), model, prompt, completion, cost_usd))
