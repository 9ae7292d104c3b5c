"""ASGI middleware of the ingress: the body-size limit and the per-route latency histogram."""

from __future__ import annotations

import time

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ingress.errors import BodyTooLarge, too_large
from ingress.metrics import LATENCY


class BodyLimit:
    """413 for a body over ``max_bytes``: from Content-Length before reading, else while streaming."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = Headers(scope=scope).get("content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                size = -1
            if size < 0:
                await JSONResponse({"error": "invalid Content-Length", "field": None}, 400)(
                    scope, receive, send
                )
                return
            if size > self.max_bytes:
                await too_large(scope, self.max_bytes)(scope, receive, send)
                return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge()
            return message

        await self.app(scope, limited, send)


class Timing:
    """Request latency histogram, labelled by route (unknown paths fold into "other")."""

    def __init__(self, app: ASGIApp, routes: frozenset[str]) -> None:
        self.app, self.routes = app, routes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        path = scope.get("path", "")
        route = path if path in self.routes else "other"
        try:
            await self.app(scope, receive, send)
        finally:
            LATENCY.labels(route=route, method=scope.get("method", "")).observe(time.perf_counter() - started)
