"""The worker's and the scheduler's own HTTP endpoint: `/metrics` (Prometheus) and `/healthz`.

`oms worker` starts `serve_worker` as a dramatiq fork process beside the worker processes: its
`/metrics` sums every worker process (prometheus_client's multiprocess collector) and its `/healthz`
answers 200 while at least one worker process touched its liveness file within `STALE_SECONDS`
(usable as a container health check: `curl -f localhost:9191/healthz`). The scheduler runs
`start_in_thread` with its own probe. Port 0 disables the endpoint.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from worker.metrics import exposition
from worker.process_stats import HEARTBEAT_SECONDS, health_dir

STALE_SECONDS = HEARTBEAT_SECONDS * 3 + 5
Probe = Callable[[], tuple[bool, dict[str, object]]]


def _handler(probe: Probe) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server spelling
            path = self.path.split("?", 1)[0]
            if path == "/metrics":
                body, content_type = exposition()
                self._send(200, body, content_type)
            elif path in ("/healthz", "/readyz"):
                ok, details = probe()
                payload = {"status": "ok" if ok else "unhealthy", **details}
                self._send(200 if ok else 503, json.dumps(payload, default=str).encode(), "application/json")
            else:
                self._send(404, b"not found\n", "text/plain")

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - scrapes are not news
            return

    return Handler


def make_server(host: str, port: int, probe: Probe) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer((host, port), _handler(probe))
    server.daemon_threads = True
    return server


def start_in_thread(host: str, port: int, probe: Probe) -> ThreadingHTTPServer | None:
    if port == 0:
        return None
    try:
        server = make_server(host, port, probe)
    except OSError as exc:  # the port is taken (another process on this host): run on without it
        import structlog

        structlog.get_logger("oms.ops").error("ops_endpoint_unavailable", port=port, error=str(exc))
        return None
    threading.Thread(target=server.serve_forever, name="oms-ops-http", daemon=True).start()
    return server


def worker_probe() -> tuple[bool, dict[str, object]]:
    now = time.time()
    alive: list[int] = []
    for path in health_dir().glob("worker-*.alive"):
        try:
            if now - path.stat().st_mtime <= STALE_SECONDS:
                alive.append(int(path.stem.split("-", 1)[1].split(".")[0]))
        except (OSError, ValueError):
            continue
    return bool(alive), {"processes": sorted(alive)}


def serve_worker() -> int:
    """dramatiq fork function (`--fork-function worker.ops_server:serve_worker`)."""
    port = int(os.environ.get("OMS_WORKER_METRICS_PORT", "9191"))
    host = os.environ.get("OMS_METRICS_HOST", "127.0.0.1")
    try:
        server = make_server(host, port, worker_probe)
    except OSError as exc:  # the port is taken: the workers matter more than their endpoint
        import structlog

        structlog.get_logger("oms.worker").error("metrics_endpoint_unavailable", port=port, error=str(exc))
        threading.Event().wait()
        return 1
    server.serve_forever()
    return 0
