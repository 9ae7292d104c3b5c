"""`oms demo` (and `oms dev --demo`): a demo distributor with a realistic catalog and an API key, a batch
of sample customer messages sent through the running ingress, and a table of what became of each."""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any

import click

from cli.errors import handles_errors

CATALOG = Path(__file__).parent / "demo_data" / "catalog.json"

SAMPLES: tuple[tuple[str, str, str], ...] = (
    ("SMS", "+447700900101", "2 cases of coke zero 330ml and 5kg tomatoes"),
    ("SMS", "+447700900102", "hi can we get 3 cases diet coke 330ml + 2 cases sprite 330ml for tmrw pls"),
    ("WHATSAPP", "+447700900103", "1 keg heineken 50l and 2 boxes of peroni 330ml"),
    ("SMS", "+447700900104", "6 whole milk 2L, 2 double cream 1L, 1 salted butter 250g"),
    (
        "EMAIL",
        "orders@thecornercafe.example",
        "Please send 2kg espresso blend coffee beans and 30 free range eggs",
    ),
    ("SMS", "+447700900106", "3 coke and 2 boxes of dragon fruit pls"),
    ("WHATSAPP", "+447700900107", "same as last week but double the gin"),
    ("SMS", "+447700900108", "do you deliver on sundays?"),
    (
        "EMAIL",
        "manager@thebluebar.example",
        "The last delivery was missing two cases of tonic, and one keg was warm.",
    ),
    ("SMS", "+447700900110", "4 bottles house red merlot, 4 house white pinot grigio, 2 prosecco"),
    ("WHATSAPP", "+447700900111", "what time does the driver usually come?"),
    ("SMS", "+447700900112", "10 still water 500ml and 10 sparkling water 500ml"),
)


@click.command("demo")
@click.option("--base-url", default=None, help="the ingress [default: http://127.0.0.1:$PORT]")
@click.option("--wait", type=click.FloatRange(min=1), default=90, show_default=True, help="seconds to wait")
@handles_errors()
def demo(base_url: str | None, wait: float) -> None:
    """Create a demo distributor, send sample messages through the ingress, show the outcomes."""
    import httpx

    from db.catalog_import import import_catalog, parse_file
    from db.integrations import add_integration
    from db.tenants import create_tenant
    from worker.settings import get_settings

    s = get_settings()
    base = (base_url or f"http://127.0.0.1:{s.ingress_port}").rstrip("/")
    tenant = create_tenant(
        f"Demo Foods {uuid.uuid4().hex[:4]}", threshold=0.85, budget_usd=50, currency="GBP"
    )
    import_catalog(tenant.id, parse_file(CATALOG))
    key = add_integration(tenant.id, "api", "demo").api_key
    assert key is not None
    _remember_key(key)
    click.echo(f"demo: distributor {tenant.name} ({tenant.id}), {CATALOG.name} imported, API key {key}")
    ids: list[str] = []
    with (
        httpx.Client(timeout=15) as client,
        click.progressbar(SAMPLES, label="sending sample messages") as bar,
    ):
        for channel, sender, body in bar:
            r = client.post(
                base + "/v1/messages",
                headers={"Authorization": f"Bearer {key}"},
                json={"channel": channel, "from": sender, "body": body},
            )
            r.raise_for_status()
            ids.append(r.json()["message_id"])
    rows = _await_outcomes(tenant.id, ids, wait)
    click.echo(_table([body for _, _, body in SAMPLES], rows))
    click.echo("demo: done")


def _remember_key(key: str) -> None:
    import os

    directory = Path(os.environ.get("OMS_DEV_DIR", ".oms-dev"))
    if directory.is_dir():
        path = directory / "demo-api-key"
        path.write_text(key + "\n")
        path.chmod(0o600)


def _outcomes(tenant: uuid.UUID, ids: list[str]) -> dict[str, dict[str, Any]]:
    from sqlalchemy import text

    from db.session import tenant_session

    with tenant_session(tenant) as s:
        rows = s.execute(
            text(
                "SELECT m.id, m.processing_status::text, m.ai_extracted_intent::text, o.status::text, "
                "o.ai_confidence, o.review_reasons, (SELECT count(*) FROM order_products p WHERE p.order_id = o.id) "
                "FROM messages m LEFT JOIN orders o ON o.source_message_id = m.id WHERE m.id = ANY(:ids)"
            ),
            {"ids": [uuid.UUID(i) for i in ids]},
        ).all()
    return {
        str(r[0]): {
            "processing": r[1],
            "intent": r[2],
            "status": r[3],
            "confidence": r[4],
            "reasons": list(r[5] or []),
            "lines": int(r[6] or 0),
        }
        for r in rows
    }


def _await_outcomes(tenant: uuid.UUID, ids: list[str], wait: float) -> list[dict[str, Any]]:
    deadline = time.monotonic() + wait
    while True:
        found = _outcomes(tenant, ids)
        done = all(found.get(i, {}).get("processing") in ("PROCESSED", "FAILED") for i in ids)
        if done or time.monotonic() > deadline:
            return [found.get(i, {"processing": "missing"}) for i in ids]
        time.sleep(0.3)


def _table(bodies: list[str], rows: list[dict[str, Any]]) -> str:
    head = f"{'#':>2}  {'MESSAGE':44} {'INTENT':9} {'LINES':>5}  {'STATUS':10} {'CONF':>5}  REVIEW REASON"
    out = [head, "-" * len(head)]
    for n, (body, row) in enumerate(zip(bodies, rows, strict=True), start=1):
        text = body if len(body) <= 44 else body[:41] + "..."
        status = row.get("status") or (
            "no order" if row.get("processing") == "PROCESSED" else row.get("processing")
        )
        conf = row.get("confidence")
        reasons = "; ".join(row.get("reasons") or []) or "-"
        out.append(
            f"{n:>2}  {text:44} {row.get('intent') or '-':9} {row.get('lines', 0):>5}  {status or '-':10} "
            f"{'-' if conf is None else f'{float(conf):.2f}':>5}  {reasons}"
        )
    return "\n".join(out)


COMMANDS = (demo,)
