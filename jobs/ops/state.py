"""The operations tables (db/ops_models.py): queue pauses, worker heartbeats, per-minute throughput and
the audit trail. Workers write as the application role (no tenant: these tables have none); the
levers (pause, resume, replay, purge) run as the owner and leave an audit row naming who and when."""

from __future__ import annotations

import getpass
import json
import os
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import structlog
from sqlalchemy import text

from db.session import app_session, privileged_session
from worker.process_stats import Report

log = structlog.get_logger("oms.ops")

STALE_AFTER_SECONDS = 30
FORGET_AFTER_SECONDS = 3600
WINDOWS_MINUTES = (1, 5, 15)


def operator() -> str:
    """Who is acting, for the audit trail: OMS_OPERATOR, else user@host."""
    configured = os.environ.get("OMS_OPERATOR", "").strip()
    if configured:
        return configured[:200]
    try:
        user = getpass.getuser()
    except Exception:
        user = f"uid{os.getuid()}"
    return f"{user}@{socket.gethostname()}"[:200]


def audit(action: str, target: str, who: str, details: dict[str, Any] | None = None) -> None:
    with privileged_session() as s:
        s.execute(
            text(
                "INSERT INTO ops_audit (who, action, target, details) VALUES (:who, :action, :target, "
                "CAST(:details AS jsonb))"
            ),
            {
                "who": who,
                "action": action,
                "target": target,
                "details": json.dumps(details or {}, default=str),
            },
        )
    log.warning("ops_action", action=action, target=target, who=who, **(details or {}))


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    who: str
    action: str
    target: str
    details: dict[str, Any]


def recent_audit(limit: int = 20) -> list[AuditEntry]:
    with privileged_session() as s:
        rows = s.execute(
            text("SELECT at, who, action, target, details FROM ops_audit ORDER BY id DESC LIMIT :n"),
            {"n": limit},
        ).all()
    return [AuditEntry(*r) for r in rows]


# ------------------------------------------------------------------------------------------ pauses
def pause(queue: str, who: str, reason: str | None = None) -> bool:
    """Pause QUEUE; False when it already was."""
    with privileged_session() as s:
        added = s.execute(
            text(
                "INSERT INTO ops_queue_pauses (queue_name, paused_by, reason) VALUES (:q, :who, :reason) "
                "ON CONFLICT (queue_name) DO NOTHING"
            ),
            {"q": queue, "who": who, "reason": reason},
        ).rowcount  # type: ignore[attr-defined]
    if added:
        audit("queue.pause", queue, who, {"reason": reason} if reason else None)
    return bool(added)


def resume(queue: str, who: str) -> bool:
    with privileged_session() as s:
        removed = s.execute(text("DELETE FROM ops_queue_pauses WHERE queue_name = :q"), {"q": queue}).rowcount  # type: ignore[attr-defined]
    if removed:
        audit("queue.resume", queue, who)
    return bool(removed)


@dataclass(frozen=True)
class Pause:
    queue: str
    paused_by: str
    paused_at: datetime
    reason: str | None


def pauses() -> dict[str, Pause]:
    with app_session() as s:
        rows = s.execute(text("SELECT queue_name, paused_by, paused_at, reason FROM ops_queue_pauses")).all()
    return {r[0]: Pause(*r) for r in rows}


def paused_queue_names() -> frozenset[str]:
    with app_session() as s:
        return frozenset(s.execute(text("SELECT queue_name FROM ops_queue_pauses")).scalars())


# --------------------------------------------------------------------------------- worker reports
_UPSERT_WORKER = text(
    """
    INSERT INTO ops_workers (worker_id, host, pid, queues, threads, busy, processed, failed, started_at,
                             heartbeat_at)
    VALUES (:worker_id, :host, :pid, :queues, :threads, :busy, :processed, :failed, :started_at, now())
    ON CONFLICT (worker_id) DO UPDATE SET host = EXCLUDED.host, pid = EXCLUDED.pid,
        queues = EXCLUDED.queues, threads = EXCLUDED.threads, busy = EXCLUDED.busy,
        processed = EXCLUDED.processed, failed = EXCLUDED.failed, started_at = EXCLUDED.started_at,
        heartbeat_at = now()
    """
)
_ADD_MINUTE = text(
    """
    INSERT INTO ops_queue_stats (queue_name, minute, processed, failed) VALUES (:q, :minute, :p, :f)
    ON CONFLICT (queue_name, minute) DO UPDATE SET processed = ops_queue_stats.processed + EXCLUDED.processed,
        failed = ops_queue_stats.failed + EXCLUDED.failed
    """
)


def store_report(report: Report) -> None:
    """One worker process's heartbeat and the throughput it counted since its last one."""
    with app_session() as s:
        s.execute(
            _UPSERT_WORKER,
            {
                "worker_id": report.worker_id,
                "host": report.host,
                "pid": report.pid,
                "queues": report.queues,
                "threads": report.threads,
                "busy": report.busy,
                "processed": report.processed,
                "failed": report.failed,
                "started_at": report.started_at,
            },
        )
        for (queue, minute), (processed, failed) in sorted(report.minutes.items()):
            s.execute(_ADD_MINUTE, {"q": queue, "minute": minute, "p": processed, "f": failed})
        # Housekeeping rides along: throughput older than the longest window, workers long gone.
        s.execute(text("DELETE FROM ops_queue_stats WHERE minute < now() - interval '1 hour'"))
        s.execute(
            text("DELETE FROM ops_workers WHERE heartbeat_at < now() - make_interval(secs => :age)"),
            {"age": FORGET_AFTER_SECONDS},
        )


def forget_worker(worker_id: str) -> None:
    with app_session() as s:
        s.execute(text("DELETE FROM ops_workers WHERE worker_id = :w"), {"w": worker_id})


@dataclass(frozen=True)
class WorkerInfo:
    worker_id: str
    host: str
    pid: int
    queues: list[str]
    threads: int
    busy: int
    processed: int
    failed: int
    started_at: datetime
    heartbeat_at: datetime
    heartbeat_age_s: float
    stale: bool

    def as_dict(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["started_at"] = self.started_at.isoformat()
        out["heartbeat_at"] = self.heartbeat_at.isoformat()
        out["heartbeat_age_s"] = round(self.heartbeat_age_s, 1)
        return out


def workers() -> list[WorkerInfo]:
    with app_session() as s:
        rows = s.execute(
            text(
                "SELECT worker_id, host, pid, queues, threads, busy, processed, failed, started_at, "
                "heartbeat_at, extract(epoch FROM now() - heartbeat_at) FROM ops_workers "
                "ORDER BY host, pid"
            )
        ).all()
    out = []
    for r in rows:
        age = float(r[10])
        out.append(
            WorkerInfo(
                r[0],
                r[1],
                r[2],
                list(r[3]),
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
                age,
                age > STALE_AFTER_SECONDS,
            )
        )
    return out


def throughput(queues: Iterable[str]) -> dict[str, dict[str, dict[str, int]]]:
    """{queue: {"processed": {"1m": n, "5m": n, "15m": n}, "failed": {...}}} over the last minutes
    (the current, partial minute included)."""
    names = list(queues)
    out = {
        q: {
            "processed": {f"{w}m": 0 for w in WINDOWS_MINUTES},
            "failed": {f"{w}m": 0 for w in WINDOWS_MINUTES},
        }
        for q in names
    }
    with app_session() as s:
        rows = s.execute(
            text(
                "SELECT queue_name, ceil(extract(epoch FROM now() - minute) / 60)::int, processed, failed "
                "FROM ops_queue_stats WHERE minute > now() - interval '16 minutes' AND queue_name = ANY(:q)"
            ),
            {"q": names},
        ).all()
    for queue, age_minutes, processed, failed in rows:
        for window in WINDOWS_MINUTES:
            if age_minutes <= window:
                out[queue]["processed"][f"{window}m"] += processed
                out[queue]["failed"][f"{window}m"] += failed
    return out
