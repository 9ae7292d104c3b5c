"""The HTTP ingress: provider webhooks and the JSON API in, committed and enqueued messages out.

Adding routes: write `ingress/<name>.py` with module-level handlers and `ROUTES = [Route(...), ...]`,
then add its module name to `ROUTE_MODULES` below; that one line is the whole registration. Handlers
read what they need from ``request.app.state`` (``settings``, ``resolver``: see ingress/receive.py) and
fail by raising ``ingress.errors.Rejected``, answered by the one handler in ingress/errors.py.

Every inbound route does the same four things, in this order, and nothing else (no AI, no downloads):

1. authenticate: the API key, or the provider's signature checked with the secret of the integration
   that receives at the addressed number/email (cached: ingress/resolution.py);
2. parse the provider payload into :class:`~ingress.payloads.InboundMessage` (400 naming the field);
3. ``enqueue_inbound``: one statement (``oms_ingest_message``) in its own tenant transaction, COMMIT,
   then enqueue (duplicates answer success);
4. answer at once.

Database work is synchronous (SQLAlchemy's pool, psycopg), run in the thread pool. Logs carry ids,
never content.
"""

from __future__ import annotations

import importlib

from starlette.applications import Starlette
from starlette.routing import BaseRoute, Route

from ingress.errors import EXCEPTION_HANDLERS
from ingress.gate import DependencyGate
from ingress.inbound import start_pipeline
from ingress.middleware import BodyLimit, Timing
from ingress.outbox import Outbox
from ingress.resolution import Resolver
from worker.settings import Settings, get_settings

__all__ = ["ROUTE_MODULES", "create_app"]

ROUTE_MODULES = (
    "ingress.routes_api",
    "ingress.routes_webhooks",
    "ingress.health",
    "ingress.review_routes",
    "ingress.ops",
)


def routes(modules: tuple[str, ...] = ROUTE_MODULES) -> list[BaseRoute]:
    """Every route of every module in ``modules``, in order."""
    return [route for name in modules for route in importlib.import_module(name).ROUTES]


def create_app(settings: Settings | None = None) -> Starlette:
    """An ingress application; its resolution cache is its own (two apps never share answers)."""
    s = settings or get_settings()
    all_routes = routes()
    app = Starlette(routes=all_routes, exception_handlers=EXCEPTION_HANDLERS)
    app.state.settings = s
    app.state.outbox = Outbox(start_pipeline)
    app.state.db_gate = DependencyGate("database", s.dependency_timeout_ms / 1000)
    app.state.resolver = Resolver(s, gate=app.state.db_gate)
    app.add_middleware(BodyLimit, max_bytes=s.max_body_bytes)
    app.add_middleware(Timing, routes=frozenset(r.path for r in all_routes if isinstance(r, Route)))
    return app
