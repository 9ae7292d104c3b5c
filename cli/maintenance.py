"""`oms sweep`, `oms dead-letters`, `oms replay`: queue operations across tenants."""

from __future__ import annotations

import click

from cli.errors import fail, handles_errors, parse_uuid


@click.command("sweep")
@click.option("--older-than", type=click.IntRange(min=0), default=300, show_default=True, help="seconds")
@handles_errors()
def sweep_cmd(older_than: int) -> None:
    """Re-enqueue messages that stalled before finishing the pipeline (all tenants)."""
    from jobs.pipeline.maintenance import sweep_stalled

    click.echo(f"re-enqueued {sweep_stalled(older_than)} stalled message(s)")


@click.command("dead-letters")
@click.option("--distributor", default=None)
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@handles_errors()
def dead_letters_cmd(distributor: str | None, limit: int) -> None:
    """Messages that failed for good, with the stage and error."""
    from jobs.pipeline.maintenance import dead_letters

    rows = dead_letters(parse_uuid(distributor) if distributor else None, limit)
    if not rows:
        click.echo("no dead letters")
        return
    for r in rows:
        click.echo(
            f"{r.message_id}  {r.distributor_id}  {r.failed_at:%Y-%m-%d %H:%M:%S}  {r.stage or '-'}  {r.error}"
        )


@click.command("replay")
@click.argument("message_id")
@click.option("--distributor", required=True)
@handles_errors()
def replay_cmd(message_id: str, distributor: str) -> None:
    """Send a FAILED message through the pipeline again."""
    from jobs.pipeline.maintenance import replay

    if not replay(parse_uuid(message_id, "MESSAGE_ID"), parse_uuid(distributor)):
        fail(f"message {message_id} is not a dead letter of distributor {distributor}", 2)
    click.echo(f"replaying {message_id}")


COMMANDS = (sweep_cmd, dead_letters_cmd, replay_cmd)
