"""Schedules: each job's default from the registry, overridden by `OMS_SCHEDULES`.

`OMS_SCHEDULES="recompute_customer_statuses=every 30m; purge=off; ai_budget_alerts=*/5 * * * *"`: a
`;`-separated list of `job_id=schedule`, where a schedule is `every N{s,m,h,d}`, a five-field crontab
line (UTC), or `off`. Interval schedules are anchored at a fixed instant (2000-01-01 UTC), so every
scheduler replica computes the same slots, which is what makes a slot a key.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from scheduler.registry import JOBS
from worker.settings import Settings, SettingsError

ANCHOR = datetime(2000, 1, 1, tzinfo=UTC)
_EVERY = re.compile(r"every\s+(\d+)\s*([smhd])", re.IGNORECASE)
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_schedule(spec: str) -> BaseTrigger | None:
    """A trigger for `spec`, or None for `off`; ValueError says what is wrong."""
    spec = spec.strip()
    if spec.lower() == "off":
        return None
    every = _EVERY.fullmatch(spec)
    if every:
        seconds = int(every.group(1)) * _UNIT[every.group(2).lower()]
        if seconds < 1:
            raise ValueError("an interval must be at least 1s")
        return IntervalTrigger(seconds=seconds, start_date=ANCHOR, timezone=UTC)
    if len(spec.split()) != 5:
        raise ValueError("expected 'every N{s,m,h,d}', a five-field crontab line, or 'off'")
    return CronTrigger.from_crontab(spec, timezone=UTC)


def schedules(settings: Settings) -> dict[str, str]:
    """Every job's effective schedule text; SettingsError names a bad entry of OMS_SCHEDULES."""
    out = {spec.id: spec.schedule for spec in JOBS}
    for item in filter(None, (part.strip() for part in settings.schedules.split(";"))):
        job_id, sep, spec = item.partition("=")
        job_id = job_id.strip()
        if not sep or job_id not in out:
            raise SettingsError(
                f"OMS_SCHEDULES: {item!r}: expected job_id=schedule, job_id one of {sorted(out)}"
            )
        try:
            parse_schedule(spec)
        except ValueError as exc:
            raise SettingsError(f"OMS_SCHEDULES: {job_id}={spec.strip()!r}: {exc}") from None
        out[job_id] = spec.strip()
    return out


def triggers(settings: Settings) -> dict[str, BaseTrigger]:
    """The enabled jobs' triggers."""
    out = {}
    for job_id, spec in schedules(settings).items():
        trigger = parse_schedule(spec)
        if trigger is not None:
            out[job_id] = trigger
    return out


def first_slot(trigger: BaseTrigger, now: datetime, grace_seconds: int) -> datetime | None:
    """The slot to start from: the latest one still within its misfire grace (a slot a dead leader
    may have missed; claiming it is a no-op if it ran), else the next one."""
    return trigger.get_next_fire_time(None, now - timedelta(seconds=grace_seconds))
