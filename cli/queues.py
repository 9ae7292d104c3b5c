"""`oms queues [--json] [--watch]`, `oms queues pause Q`, `oms queues resume Q`."""

from __future__ import annotations

import json
import time

import click

from cli.errors import handles_errors


@click.group("queues", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
@click.option("--watch", is_flag=True, help="redraw every --interval seconds until Ctrl-C")
@click.option("--interval", type=click.FloatRange(min=0.5), default=2.0, show_default=True)
@click.pass_context
@handles_errors()
def queues(ctx: click.Context, as_json: bool, watch: bool, interval: float) -> None:
    """Per queue: ready, delayed, in flight, dead, oldest age, processed/failed over 1/5/15 minutes;
    per worker process: host, pid, threads, busy, last heartbeat (stale after 30 s)."""
    if ctx.invoked_subcommand is not None:
        return
    from jobs.ops.queues import render_text, snapshot

    while True:
        snap = snapshot()
        out = json.dumps(snap.as_dict(), indent=2, default=str) if as_json else render_text(snap)
        if watch and not as_json:
            click.clear()
        click.echo(out)
        if not watch:
            return
        try:
            time.sleep(interval)
        except KeyboardInterrupt:
            return


@queues.command("pause")
@click.argument("queue")
@click.option("--reason", default=None, help="recorded in the audit trail")
@handles_errors()
def pause_cmd(queue: str, reason: str | None) -> None:
    """Workers stop taking from QUEUE within seconds; producers keep enqueuing (messages wait)."""
    from jobs.ops import state

    if state.pause(queue, state.operator(), reason):
        click.echo(f"paused {queue}")
    else:
        click.echo(f"{queue} was already paused")


@queues.command("resume")
@click.argument("queue")
@handles_errors()
def resume_cmd(queue: str) -> None:
    """Workers take from QUEUE again."""
    from jobs.ops import state

    if state.resume(queue, state.operator()):
        click.echo(f"resumed {queue}")
    else:
        click.echo(f"{queue} was not paused")


COMMANDS = (queues,)
