"""``/healthz`` (the process answers), ``/readyz`` (database and broker answer, and the database is
migrated to this code's head revision), ``/metrics`` (the ingress's own metrics plus the ops gauges:
queue depth and age, AI budget used and review backlog per tenant; jobs/ops/collector.py)."""

from __future__ import annotations

from functools import partial

import anyio
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest
from sqlalchemy import text
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ingress.receive import app_settings
from jobs.ops.collector import install as install_ops_collector
from worker.settings import Settings

READY_TIMEOUT_SECONDS = 3.0


async def healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> Response:
    settings = app_settings(request)
    checks: dict[str, str] = {}
    for name, probe in (("database", _ping_database), ("broker", _ping_broker)):
        try:
            with anyio.fail_after(READY_TIMEOUT_SECONDS):  # abandoned, not awaited, past the deadline
                await anyio.to_thread.run_sync(partial(probe, settings), abandon_on_cancel=True)
            checks[name] = "ok"
        except SchemaBehind as exc:
            checks[name] = f"schema behind ({exc})"
        except Exception as exc:
            checks[name] = f"unavailable ({type(exc).__name__})"
    ready = all(v == "ok" for v in checks.values())
    return JSONResponse(
        {"status": "ready" if ready else "unavailable", "checks": checks}, 200 if ready else 503
    )


async def metrics(request: Request) -> Response:
    install_ops_collector()
    body = await run_in_threadpool(generate_latest, REGISTRY)  # the ops gauges read broker and database
    return Response(body, media_type=CONTENT_TYPE_LATEST)


class SchemaBehind(Exception):
    """The database answers but is not migrated to this code's head revision."""


def _ping_database(settings: Settings) -> None:
    """Reachable as the application role, and migrated to the revision this code expects."""
    from sqlalchemy.exc import ProgrammingError

    from db.migrate import head
    from db.session import app_session

    try:
        with app_session(settings) as session:
            revision = session.execute(text("SELECT public.oms_schema_revision()")).scalar()
    except ProgrammingError:  # older than migration 0009, which added the function
        revision = None
    if revision != head():
        raise SchemaBehind(f"at {revision or 'an older revision'}, this code needs {head()}")


def _ping_broker(settings: Settings) -> None:
    from worker.broker import broker

    client = getattr(broker, "client", None)  # RedisBroker
    if client is not None:
        client.ping()
        return
    connection = broker.connection  # type: ignore[attr-defined]  # RabbitmqBroker: opens if needed
    if not connection.is_open:
        raise ConnectionError("broker connection is closed")


ROUTES = [
    Route("/healthz", healthz, methods=["GET"]),
    Route("/readyz", readyz, methods=["GET"]),
    Route("/metrics", metrics, methods=["GET"]),
]
