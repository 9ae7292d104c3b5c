"""RabbitMQ counts through the management API when OMS_RABBITMQ_MANAGEMENT_URL is set, against a
loopback HTTP server speaking that API (ready, unacknowledged, consumers; delayed and dead queues)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

from dramatiq.brokers.rabbitmq import RabbitmqBroker

from jobs.ops.broker_state import RabbitInspector

QUEUES = {
    "mgmt_q": {"messages_ready": 0, "messages_unacknowledged": 4, "consumers": 2, "messages": 4},
    "mgmt_q.DQ": {"messages": 2},
    "mgmt_q.XQ": {"messages": 5},
}


class Management(BaseHTTPRequestHandler):
    seen: list[tuple[str, str | None]] = []

    def do_GET(self) -> None:  # noqa: N802
        Management.seen.append((self.path, self.headers.get("authorization")))
        parts = [unquote(p) for p in self.path.split("/")]
        if parts[1:3] == ["api", "queues"] and len(parts) == 5 and parts[4] in QUEUES:
            body, status = json.dumps({"name": parts[4], "vhost": parts[3], **QUEUES[parts[4]]}).encode(), 200
        elif parts[1:3] == ["api", "queues"] and len(parts) == 4:
            body, status = json.dumps([{"name": n} for n in QUEUES]).encode(), 200
        else:
            body, status = b'{"error":"Object Not Found","reason":"Not Found"}', 404
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        return


def test_counts_come_from_the_management_api() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Management)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    broker = RabbitmqBroker(url="amqp://guest:guest@127.0.0.1:5672/%2F", middleware=[])
    try:
        url = f"http://guest:guest@127.0.0.1:{server.server_address[1]}"
        insp = RabbitInspector(broker, url)
        counts = insp.counts("mgmt_q")
        assert (counts.ready, counts.delayed, counts.in_flight, counts.dead, counts.consumers) == (
            0,
            2,
            4,
            5,
            2,
        )
        assert insp.queue_names() == {"mgmt_q"}
        assert Management.seen[0][0] == "/api/queues/%2F/mgmt_q"
        assert all(auth and auth.startswith("Basic ") for _, auth in Management.seen)
        missing = insp.counts("not_there")
        assert (missing.ready, missing.dead, missing.in_flight) == (0, 0, 0)
    finally:
        server.shutdown()
        broker.close()
