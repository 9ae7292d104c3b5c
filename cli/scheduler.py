"""`oms scheduler [--list]` and `oms run-job NAME [--distributor ID] [--enqueue]`."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import click

from cli.errors import fail, handles_errors


@click.command("scheduler")
@click.option("--list", "show", is_flag=True, help="list the jobs, schedules, next and last runs, and exit")
@click.option("--json", "as_json", is_flag=True, help="with --list: machine-readable output")
@handles_errors()
def scheduler_cmd(show: bool, as_json: bool) -> None:
    """Run the periodic-job scheduler (one leader across all scheduler processes)."""
    if not show:
        from scheduler.process import run

        run()
        return
    from scheduler.registry import JOBS
    from scheduler.schedules import parse_schedule, schedules
    from scheduler.slots import last_runs
    from worker.settings import get_settings

    now = datetime.now(UTC)
    texts = schedules(get_settings())
    runs = last_runs()
    out = []
    for spec in JOBS:
        trigger = parse_schedule(texts[spec.id])
        nxt = trigger.get_next_fire_time(None, now) if trigger else None
        last = runs.get(spec.id)
        out.append(
            {
                "job": spec.id,
                "schedule": texts[spec.id],
                "next_run": nxt.isoformat() if nxt else None,
                "last_run": last.scheduled_for.isoformat() if last else None,
                "outcome": last.outcome if last else None,
                "batches": f"{last.batches_succeeded}/{last.batches}" if last else None,
                "fired_by": last.fired_by if last else None,
                "error": last.error if last else None,
            }
        )
    if as_json:
        click.echo(json.dumps(out, indent=2))
        return
    click.echo(f"{'job':<28} {'schedule':<14} {'next run (UTC)':<20} {'last run (UTC)':<20} outcome")
    for row in out:
        nxt = (row["next_run"] or "off")[:19].replace("T", " ")
        prev = (row["last_run"] or "never")[:19].replace("T", " ")
        outcome = row["outcome"] or "-"
        if row["outcome"]:
            outcome += f" ({row['batches']} batches)"
        if row["error"]:
            outcome += f": {row['error']}"
        click.echo(f"{row['job']:<28} {row['schedule']:<14} {nxt:<20} {prev:<20} {outcome}")


@click.command("run-job")
@click.argument("name")
@click.option("--distributor", default=None, help="only this tenant (per-tenant jobs)")
@click.option("--enqueue", is_flag=True, help="send to the workers instead of running here")
@handles_errors()
def run_job_cmd(name: str, distributor: str | None, enqueue: bool) -> None:
    """Run one scheduled job now (recorded as a slot like a scheduled run)."""
    from scheduler.registry import JOBS, job
    from scheduler.slots import fire, process_name, run_now

    try:
        spec = job(name)
    except KeyError:
        fail(f"no job {name!r}; jobs: {', '.join(j.id for j in JOBS)}", 2)
    tenant = None
    if distributor is not None:
        if not spec.per_tenant:
            fail(f"{name} is not a per-tenant job: --distributor does not apply", 2)
        try:
            tenant = uuid.UUID(distributor)
        except ValueError:
            fail(f"--distributor: {distributor!r} is not a UUID", 2)
    if enqueue:
        if tenant is not None:
            fail("--enqueue runs every tenant's batches; drop --distributor", 2)
        fire(spec, datetime.now(UTC), process_name("run-job"))
        click.echo(f"{name}: enqueued")
        return
    if tenant is not None:
        from scheduler.slots import active_tenants

        if not active_tenants(tenant):
            fail(f"no distributor {tenant}", 1)
    slot = run_now(spec, tenant)
    click.echo(f"{name}: done (slot {slot.scheduled_for.isoformat()})")


COMMANDS = (scheduler_cmd, run_job_cmd)
