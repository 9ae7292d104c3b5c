"""`oms ingress`: the HTTP ingress under uvicorn."""

from __future__ import annotations

import click

from cli.errors import fail
from worker.settings import SettingsError, get_settings


@click.command("ingress")
@click.option("--host", default=None, help="bind address [default: OMS_INGRESS_HOST or 127.0.0.1]")
@click.option("--port", default=None, type=click.IntRange(1, 65535), help="port [default: PORT or 8000]")
def ingress(host: str | None, port: int | None) -> None:
    """Run the HTTP ingress (provider webhooks, JSON API, /healthz, /readyz, /metrics)."""
    import uvicorn

    from ingress.app import create_app

    try:
        s = get_settings()
    except SettingsError as exc:
        fail(f"configuration: {exc}", 2)
    uvicorn.run(
        create_app(s),
        host=host or s.ingress_host,
        port=port or s.ingress_port,
        log_config=None,  # keep the process's structlog configuration
        access_log=False,  # the ingress logs each message itself (ids only) and times every route
        loop="uvloop",
        http="httptools",
        server_header=False,
    )


COMMANDS = (ingress,)
