"""`oms learning list|remove`: what the matcher learned from reviewers' corrections, and undoing it.

`list` shows every learned phrasing with its product, status (ACTIVE, CONFLICT: corrected to different
products and not used, REMOVED), how many corrections taught it, and where it came from. `remove` undoes
one (a MANAGER or above when `--user` is given); if it was one side of a conflict, the other side
becomes ACTIVE. Exit codes as for `oms review`.
"""

from __future__ import annotations

import json

import click

from cli.errors import handles_errors, parse_uuid
from cli.review import resolve_actor


def _errors():  # type: ignore[no-untyped-def]
    from jobs.learning.phrases import UnknownPhrase
    from jobs.review.actor import Forbidden

    return handles_errors((UnknownPhrase, 1), (Forbidden, 5))


@click.group("learning")
def learning() -> None:
    """Phrasings learned from review corrections."""


@learning.command("list")
@click.option("--distributor", default=None, help="distributor id")
@click.option("--user", envvar="OMS_USER", default=None, help="act as this tenant user (id)")
@click.option("--status", type=click.Choice(["active", "conflict", "removed"], case_sensitive=False))
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
@_errors()
def learning_list(distributor: str | None, user: str | None, status: str | None, as_json: bool) -> None:
    """Learned phrasings, conflicts first."""
    from jobs.learning.phrases import list_learned

    rows = list_learned(resolve_actor(distributor, user), status)
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    if not rows:
        click.echo("nothing learned yet")
    for r in rows:
        variant = f" [{r['variant']}]" if r["variant"] else ""
        scope = "tenant" if r["scope"] == "tenant" else f"for {r['customer'] or 'a customer'}"
        click.echo(
            f"{r['id']}  {r['status']:<8}  {scope:<20}  {r['phrase']!r} -> {r['sku']}{variant}  "
            f"x{r['corrections']}  "
            f"from order {r['source_order_id'] or '-'} ({r['customer'] or 'unknown customer'})"
        )


@learning.command("remove")
@click.argument("learned_id")
@click.option("--distributor", default=None, help="distributor id")
@click.option("--user", envvar="OMS_USER", default=None, help="act as this tenant user (id)")
@click.option("--json", "as_json", is_flag=True, help="machine-readable output")
@_errors()
def learning_remove(learned_id: str, distributor: str | None, user: str | None, as_json: bool) -> None:
    """Undo one learned phrasing."""
    from jobs.learning.phrases import remove_learned

    result = remove_learned(resolve_actor(distributor, user), parse_uuid(learned_id, "LEARNED_ID"))
    if as_json:
        click.echo(json.dumps(result))
    else:
        click.echo(f"removed {result['id']}; the phrase is now {result['phrase_status']}")


COMMANDS = (learning,)
