"""`oms queues` and the ops page's queue table: the broker's counts, the pauses, the throughput the
workers reported, and the workers themselves, in one snapshot."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from jobs.ops import state
from jobs.ops.broker_state import QueueCounts, inspector
from worker.queue_names import is_companion_queue


@dataclass
class QueueView:
    counts: QueueCounts
    paused: bool = False
    paused_by: str | None = None
    paused_at: datetime | None = None
    processed: dict[str, int] = field(default_factory=dict)
    failed: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self.counts)
        out.update(
            paused=self.paused,
            paused_by=self.paused_by,
            paused_at=self.paused_at.isoformat() if self.paused_at else None,
            processed=self.processed,
            failed=self.failed,
        )
        return out


@dataclass
class Snapshot:
    broker: str
    queues: list[QueueView]
    workers: list[state.WorkerInfo]

    def as_dict(self) -> dict[str, Any]:
        return {
            "broker": self.broker,
            "queues": [q.as_dict() for q in self.queues],
            "workers": [w.as_dict() for w in self.workers],
        }


def declared_queue_names() -> set[str]:
    """Every queue an actor of this system consumes (importing the actor modules declares them)."""
    from jobs import queues
    from worker.broker import broker

    named = {
        value for key, value in vars(queues).items() if key.endswith("_QUEUE") and isinstance(value, str)
    }
    return named | {q for q in broker.get_declared_queues() if not is_companion_queue(q)}


def snapshot(only: list[str] | None = None) -> Snapshot:
    insp = inspector()
    pauses = state.pauses()
    names = set(only) if only else declared_queue_names() | insp.queue_names() | set(pauses)
    counts = insp.all_counts(names)
    rates = state.throughput(names)
    views = []
    for c in counts:
        pause = pauses.get(c.name)
        views.append(
            QueueView(
                c,
                paused=pause is not None,
                paused_by=pause.paused_by if pause else None,
                paused_at=pause.paused_at if pause else None,
                processed=rates[c.name]["processed"],
                failed=rates[c.name]["failed"],
            )
        )
    return Snapshot(insp.kind, views, state.workers())


def render_text(snap: Snapshot) -> str:
    """The human table of `oms queues`."""
    lines = [
        f"broker: {snap.broker}",
        f"{'QUEUE':24} {'READY':>7} {'DELAYED':>7} {'IN-FLIGHT':>9} {'DEAD':>6} {'OLDEST':>8} "
        f"{'DONE 1/5/15m':>15} {'FAILED 1/5/15m':>15}  STATE",
    ]
    for q in snap.queues:
        c = q.counts
        oldest = "-" if c.oldest_age_s is None else _age(c.oldest_age_s)
        in_flight = "?" if c.in_flight is None else str(c.in_flight)
        done = "/".join(str(q.processed.get(k, 0)) for k in ("1m", "5m", "15m"))
        failed = "/".join(str(q.failed.get(k, 0)) for k in ("1m", "5m", "15m"))
        status = f"PAUSED by {q.paused_by}" if q.paused else "active"
        lines.append(
            f"{c.name:24} {c.ready:>7} {c.delayed:>7} {in_flight:>9} {c.dead:>6} {oldest:>8} "
            f"{done:>15} {failed:>15}  {status}"
        )
    lines.append("")
    lines.append(
        f"{'WORKER':32} {'THREADS':>7} {'BUSY':>5} {'PROCESSED':>10} {'FAILED':>7} {'HEARTBEAT':>10}"
    )
    if not snap.workers:
        lines.append("(no worker has reported in the last hour)")
    for w in snap.workers:
        beat = _age(w.heartbeat_age_s) + " ago" + (" STALE" if w.stale else "")
        lines.append(
            f"{w.worker_id:32} {w.threads:>7} {w.busy:>5} {w.processed:>10} {w.failed:>7} {beat:>10}"
        )
    return "\n".join(lines)


def _age(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f}s"
    if seconds < 7200:
        return f"{seconds / 60:.0f}m"
    return f"{seconds / 3600:.1f}h"
