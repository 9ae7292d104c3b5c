"""`oms eval`: score the language stages on a labelled JSONL corpus, no database needed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from cli.errors import fail


@click.command("eval")
@click.argument("corpus", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--catalog",
    "catalog_path",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="catalog JSON (default: catalog.json beside the corpus)",
)
@click.option("--threshold", type=click.FloatRange(0, 1), default=0.85, show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.option(
    "--failures",
    type=click.IntRange(min=0),
    default=10,
    show_default=True,
    help="how many misclassified messages to list",
)
def eval_cmd(corpus: str, catalog_path: str | None, threshold: float, as_json: bool, failures: int) -> None:
    """Score the pipeline's language stages on a labelled JSONL corpus."""
    from jobs.language.matching import CatalogIndex, load_catalog_json
    from jobs.pipeline.evaluation import evaluate

    cat = Path(catalog_path) if catalog_path else Path(corpus).with_name("catalog.json")
    if not cat.is_file():
        fail(f"no catalog: pass --catalog (looked for {cat})", 2)
    rows = read_corpus(corpus)
    index = CatalogIndex.build(load_catalog_json(cat))
    report = evaluate(rows, index, threshold=threshold)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2, default=str))
    else:
        click.echo(report.as_text(max_failures=failures))


def read_corpus(corpus: str) -> list[dict[str, Any]]:
    """The corpus rows; a malformed row ends the command with its line number (exit 2)."""
    rows = []
    for n, raw in enumerate(Path(corpus).read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            fail(f"{corpus}: line {n}: invalid JSON ({exc.msg})", 2)
        if (
            not isinstance(row, dict)
            or not isinstance(row.get("text"), str)
            or not isinstance(row.get("intent"), str)
        ):
            fail(f"{corpus}: line {n}: each row needs string fields 'text' and 'intent'", 2)
        if not isinstance(row.get("lines", []), list):
            fail(f"{corpus}: line {n}: 'lines' must be a list of {{sku, quantity}}", 2)
        rows.append(row)
    return rows


COMMANDS = (eval_cmd,)
