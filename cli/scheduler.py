"""`oms scheduler`: the periodic-job process (scheduler/process.py)."""

from __future__ import annotations

import click


@click.command("scheduler")
def scheduler_cmd() -> None:
    """Run the periodic-job scheduler (one leader across all scheduler processes)."""
    from scheduler.process import run

    run()


COMMANDS = (scheduler_cmd,)
