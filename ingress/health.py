"""``/healthz`` (the process answers), ``/readyz`` (database and broker answer), ``/metrics``."""

from __future__ import annotations

import asyncio

from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest
from sqlalchemy import text
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ingress.receive import app_settings
from worker.settings import Settings

READY_TIMEOUT_SECONDS = 3.0


async def healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> Response:
    settings = app_settings(request)
    checks: dict[str, str] = {}
    for name, probe in (("database", _ping_database), ("broker", _ping_broker)):
        try:
            await asyncio.wait_for(run_in_threadpool(probe, settings), READY_TIMEOUT_SECONDS)
            checks[name] = "ok"
        except Exception as exc:
            checks[name] = f"unavailable ({type(exc).__name__})"
    ready = all(v == "ok" for v in checks.values())
    return JSONResponse(
        {"status": "ready" if ready else "unavailable", "checks": checks}, 200 if ready else 503
    )


async def metrics(request: Request) -> Response:
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)


def _ping_database(settings: Settings) -> None:
    from db.session import app_session

    with app_session(settings) as session:
        session.execute(text("SELECT 1"))


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
