"""`oms dlq list|show|replay|purge`: the broker's dead-lettered messages, joined with the database."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import click

from cli.errors import fail, handles_errors

_RELATIVE = re.compile(r"^(\d+)\s*([smhd])$")


def _since(value: str | None) -> datetime | None:
    """`--since`: an ISO time, or an age like 30m, 2h, 7d."""
    if not value:
        return None
    match = _RELATIVE.match(value.strip())
    if match:
        n, unit = int(match.group(1)), match.group(2)
        seconds = n * {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit]
        return datetime.now(UTC) - timedelta(seconds=seconds)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r}: an ISO time or an age like 30m, 2h, 7d", param_hint="--since"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _filters(fn: Any) -> Any:
    fn = click.option("--since", default=None, help="dead since: ISO time or an age (30m, 2h, 7d)")(fn)
    fn = click.option("--actor", default=None, help="only this actor")(fn)
    fn = click.option("--queue", default=None, help="only this queue")(fn)
    return fn


@click.group("dlq")
def dlq() -> None:
    """Dead-lettered messages as the broker holds them (after their retries ran out)."""


@dlq.command("list")
@_filters
@click.option("--json", "as_json", is_flag=True)
@handles_errors()
def list_cmd(queue: str | None, actor: str | None, since: str | None, as_json: bool) -> None:
    from jobs.ops.dlq import Filter, list_dead

    rows = list_dead(Filter(queue, actor, _since(since)))
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in rows], indent=2, default=str))
        return
    if not rows:
        click.echo("no dead letters")
        return
    click.echo(f"{'JOB':36} {'QUEUE':14} {'ACTOR':18} {'DEAD AT':19} {'RETRIES':>7} {'STATUS':9} ERROR")
    for r in rows:
        dead = r.dead_at.strftime("%Y-%m-%d %H:%M:%S") if r.dead_at else "-"
        click.echo(
            f"{r.job_id:36} {r.queue:14} {r.actor:18} {dead:19} {r.retries:>7} {r.status or '-':9} "
            f"{(r.error or '-')[:80]}"
        )


@dlq.command("show")
@click.argument("job_id")
@click.option("--queue", default=None, help="only look in this queue")
@click.option("--json", "as_json", is_flag=True)
@handles_errors()
def show_cmd(job_id: str, queue: str | None, as_json: bool) -> None:
    """Everything known about one dead letter: the broker's job and the database's message."""
    from jobs.ops.dlq import Filter, list_dead

    rows = list_dead(Filter(queue, job_ids=frozenset({job_id})))
    if not rows:
        fail(f"no dead letter {job_id}", 1)
    found = rows[0].as_dict()
    if as_json:
        click.echo(json.dumps(found, indent=2, default=str))
        return
    for key, value in found.items():
        click.echo(f"{key + ':':16} {'-' if value is None else value}")


@dlq.command("replay")
@click.argument("job_ids", nargs=-1)
@_filters
@click.option("--all", "everything", is_flag=True, help="every dead letter the filters select")
@click.option("--json", "as_json", is_flag=True)
@handles_errors()
def replay_cmd(
    job_ids: tuple[str, ...],
    queue: str | None,
    actor: str | None,
    since: str | None,
    everything: bool,
    as_json: bool,
) -> None:
    """Send dead letters (JOB_IDS, or --all matching the filters) again with a fresh retry count."""
    from jobs.ops.dlq import Filter, replay
    from jobs.ops.state import operator

    if not job_ids and not everything:
        fail("name the JOB_IDS to replay, or pass --all (with filters) to replay every match", 2)
    flt = Filter(queue, actor, _since(since), frozenset(job_ids) if job_ids else None)
    rows = replay(flt, operator())
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in rows], indent=2, default=str))
    else:
        click.echo(f"replayed {len(rows)} dead letter(s)")
    missing = set(job_ids) - {r.job_id for r in rows}
    if missing:
        fail(f"not found among the dead letters: {', '.join(sorted(missing))}", 1)


@dlq.command("purge")
@click.argument("job_ids", nargs=-1)
@_filters
@click.option("--yes", is_flag=True, help="do not ask for confirmation")
@click.option("--json", "as_json", is_flag=True, help='print {"purged": [JOB...]}')
@handles_errors()
def purge_cmd(
    job_ids: tuple[str, ...],
    queue: str | None,
    actor: str | None,
    since: str | None,
    yes: bool,
    as_json: bool,
) -> None:
    """Delete dead letters for good (JOB_IDS, or every one the filters select)."""
    from jobs.ops.dlq import Filter, list_dead, purge
    from jobs.ops.state import operator

    flt = Filter(queue, actor, _since(since), frozenset(job_ids) if job_ids else None)
    count = len(list_dead(flt))
    if (
        count
        and not yes
        and not click.confirm(f"delete {count} dead letter(s) for good?", default=False, err=True)
    ):
        fail("nothing purged", 1)
    purged = purge(flt, operator()) if count else []
    if as_json:
        click.echo(json.dumps({"purged": purged}))
    else:
        click.echo(f"purged {len(purged)} dead letter(s)" if count else "no dead letters match")


COMMANDS = (dlq,)
